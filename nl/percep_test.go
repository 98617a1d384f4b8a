package nl

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// TestUvarint checks the inline varint decoder against encoding/binary
// on every length of varint, short buffers and overflow included.
func TestUvarint(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var buf [binary.MaxVarintLen64 + 2]byte
	check := func(b []byte) {
		t.Helper()
		g, n := uvarint(b)
		wg, wn := binary.Uvarint(b)
		if g != wg || n != wn {
			t.Fatalf("uvarint(%x) = %d, %d; binary.Uvarint: %d, %d", b, g, n, wg, wn)
		}
	}
	for x := uint64(0); x < 1<<16; x++ {
		n := binary.PutUvarint(buf[:], x)
		buf[n] = byte(rng.Uint32())
		check(buf[:n])
		check(buf[:n+1])
	}
	for range 10000 {
		n := binary.PutUvarint(buf[:], rng.Uint64()>>rng.IntN(64))
		check(buf[:n])
		check(buf[:n+2])
	}
	check(nil)
	check([]byte{0x80})
	check([]byte{0x80, 0x80})
	check(bytes.Repeat([]byte{0xff}, 11))
}

// TestDenseRoundTrip writes a sparse table of weights of every size and
// reads it back: the 16-bit weights are the written ones.
func TestDenseRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := newDense(12, 5, false)
	for i := range m.w {
		if rng.IntN(4) == 0 {
			m.w[i] = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(5))))
		}
	}
	clear(m.w[100:400]) // a gap of two varint bytes
	m.w[0], m.w[len(m.w)-1] = 1e5, -3
	var maxAbs float64
	for _, x := range m.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	if err := m.write(bw); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	r, err := readDense(bufio.NewReaderSize(bytes.NewReader(b.Bytes()), 64))
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range m.w {
		if want := int16(math.Round(float64(x) / (maxAbs / 32000))); r.q[i] != want {
			t.Fatalf("weight %d: %d, want %d", i, r.q[i], want)
		}
	}
}
