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

// TestScoreWide checks that the quantised tables' scores are the exact
// sums of their weights: scoreWide (four classes per load) and the
// scalar loop against a plain sum, for every class count the models use
// and the extreme weights.
func TestScoreWide(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, nc := range []int{3, 5, 7, 12, 16, 38, 41, 128} {
		m := &dense{bits: 10, nc: nc, q: makeWeights((1 << 10) * nc), qs: 0.5}
		for i := range m.q {
			switch rng.IntN(4) {
			case 0:
				m.q[i] = math.MaxInt16
			case 1:
				m.q[i] = math.MinInt16
			default:
				m.q[i] = int16(rng.Uint32())
			}
		}
		for range 200 {
			feats := make([]uint64, rng.IntN(300))
			for i := range feats {
				feats[i] = rng.Uint64()
			}
			got := make([]float32, nc)
			m.score(feats, got)
			for c := range nc {
				var want int32
				for _, k := range feats {
					want += int32(m.q[m.row(k)+c])
				}
				if got[c] != float32(want)*m.qs {
					t.Fatalf("nc %d, %d features, class %d: score %v, want %v", nc, len(feats), c, got[c], float32(want)*m.qs)
				}
			}
		}
	}
}
