package nl

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"runtime"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// This file holds the machinery the syntax models share: 64-bit feature
// hashes built without allocating, and averaged perceptrons over a fixed
// table of hashed feature rows (one weight per class in each row), which
// keeps the models small, fast and free of string keys.

const (
	hashSeed = 0x9E3779B97F4A7C15
	fnvOff   = 14695981039346656037
	fnvPrime = 1099511628211
)

// mix combines a hash with a value (a strong 64-bit mixer).
func mix(h, v uint64) uint64 {
	h ^= v + hashSeed + (h << 6) + (h >> 2)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// fk builds a feature key from a template number and up to three values.
func fk1(t, a uint64) uint64    { return mix(t*hashSeed, a) }
func fk2(t, a, b uint64) uint64 { return mix(mix(t*hashSeed, a), b) }
func fk3(t, a, b, c uint64) uint64 {
	return mix(mix(mix(t*hashSeed, a), b), c)
}

// hashStr is FNV-1a of s.
func hashStr(s string) uint64 {
	h := uint64(fnvOff)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is FNV-1a of s lowercased, without allocating.
func hashLower(s string) uint64 {
	h := uint64(fnvOff)
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			h ^= uint64(r)
			h *= fnvPrime
			continue
		}
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		for i := range n {
			h ^= uint64(b[i])
			h *= fnvPrime
		}
	}
	return h
}

// dense is a multi-class linear model over hashed feature rows: feature
// key k selects row k>>(64-bits), which holds nc weights.
type dense struct {
	bits uint8
	nc   int
	w    []float32
	// q holds the weights of a loaded model quantised to 16 bits (w is
	// then nil): half the memory, so more of it stays in cache.
	q  []int16
	qs float32
	// training state: sum of counter-weighted updates (the averaging trick
	// of Daumé: average = w - acc/n)
	acc []float64
	n   float64
}

func newDense(bits uint8, nc int, train bool) *dense {
	m := &dense{bits: bits, nc: nc, w: make([]float32, (1<<bits)*nc)}
	if train {
		m.acc = make([]float64, len(m.w))
		m.n = 1
	}
	return m
}

func (m *dense) row(k uint64) int { return int(k>>(64-m.bits)) * m.nc }

// score adds the weights of feats to out (len nc).
func (m *dense) score(feats []uint64, out []float32) {
	nc := m.nc
	if m.q != nil && nc == 3 {
		// the parser's three moves: no inner loop, no slicing
		var a0, a1, a2 int32
		shift := 64 - m.bits
		q := m.q
		for _, k := range feats {
			r := int(k>>shift) * 3
			if r+2 >= len(q) {
				continue
			}
			a0 += int32(q[r])
			a1 += int32(q[r+1])
			a2 += int32(q[r+2])
		}
		out[0] += float32(a0) * m.qs
		out[1] += float32(a1) * m.qs
		out[2] += float32(a2) * m.qs
		return
	}
	if m.q != nil && nc > 4 && nc <= 4*maxGroups && wideLoads {
		m.scoreWide(feats, out)
		return
	}
	if m.q != nil && nc <= 128 {
		var acc [128]int32
		a := acc[:nc]
		shift := 64 - m.bits
		if nc > 4 {
			out[0] += float32(m.touch(feats)) * 0 // keeps the loads; adds nothing
		}
		for _, k := range feats {
			r := int(k>>shift) * nc
			row := m.q[r : r+nc]
			for c := range a {
				a[c] += int32(row[c])
			}
		}
		for c := range a {
			out[c] += float32(a[c]) * m.qs
		}
		return
	}
	for _, k := range feats {
		r := m.w[m.row(k) : m.row(k)+nc]
		for c := range out[:nc] {
			out[c] += r[c]
		}
	}
}

// touch loads the first and last weight of every row of feats before
// they are summed: the loads are independent, so their cache misses
// overlap instead of stalling the sums in turn. The caller must use the
// result, or the compiler drops the loads.
func (m *dense) touch(feats []uint64) int16 {
	shift, nc := 64-m.bits, m.nc
	var t int16
	for _, k := range feats {
		r := int(k>>shift) * nc
		t |= m.q[r] | m.q[r+nc-1]
	}
	return t
}

// wideLoads reports whether scoreWide may read four weights as one
// unaligned little-endian uint64.
const wideLoads = runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64"

// maxGroups bounds the classes scoreWide sums (4 per group).
const maxGroups = 32

// scoreWide is score for a quantised table of more than four classes
// (the tagger, the labeller, the feature sets): the weights of four
// classes at a time, read as one uint64 and summed as two pairs of
// 32-bit lanes. Each 16-bit weight w enters its lane as w+32768 (in [0,
// 65535], so a lane cannot carry into the next before 65,536 features)
// and the bias is taken off at the end: the sums are the exact integer
// sums of score's scalar loop.
func (m *dense) scoreWide(feats []uint64, out []float32) {
	const (
		lanes = 0x0000FFFF0000FFFF
		bias  = 0x0000800000008000
	)
	nc := m.nc
	groups := nc / 4
	var even, odd [maxGroups]uint64
	shift := 64 - m.bits
	q := m.q
	t := m.touch(feats)
	for _, k := range feats {
		r := int(k>>shift) * nc
		row := q[r : r+nc]
		p := unsafe.Pointer(unsafe.SliceData(row))
		for g := range groups {
			x := *(*uint64)(unsafe.Add(p, g*8)) // row[4g : 4g+4]
			even[g] += x&lanes ^ bias
			odd[g] += x>>16&lanes ^ bias
		}
	}
	out = out[:nc]
	out[0] += float32(t) * 0 // keeps the loads; adds nothing
	n := uint32(len(feats)) * 0x8000
	for g := range groups {
		e, o := even[g], odd[g]
		out[4*g] += float32(int32(uint32(e)-n)) * m.qs
		out[4*g+1] += float32(int32(uint32(o)-n)) * m.qs
		out[4*g+2] += float32(int32(uint32(e>>32)-n)) * m.qs
		out[4*g+3] += float32(int32(uint32(o>>32)-n)) * m.qs
	}
	if rest := nc - 4*groups; rest > 0 {
		var a [3]int32
		for _, k := range feats {
			r := int(k>>shift)*nc + 4*groups
			for c, w := range q[r : r+rest] {
				a[c] += int32(w)
			}
		}
		for c := range rest {
			out[4*groups+c] += float32(a[c]) * m.qs
		}
	}
}

// update moves the weights of feats towards class good and away from bad.
func (m *dense) update(feats []uint64, good, bad int, v float32) {
	if good == bad {
		return
	}
	for _, k := range feats {
		r := m.row(k)
		m.w[r+good] += v
		m.acc[r+good] += m.n * float64(v)
		if bad >= 0 {
			m.w[r+bad] -= v
			m.acc[r+bad] -= m.n * float64(v)
		}
	}
}

// tick counts one training instance (for averaging).
func (m *dense) tick() { m.n++ }

// average replaces the weights by their averages and ends training.
func (m *dense) average() {
	for i := range m.w {
		m.w[i] = float32(float64(m.w[i]) - m.acc[i]/m.n)
	}
	m.acc = nil
}

// argmax returns the best class among those allowed (nil: all).
func argmax(s []float32, allowed func(int) bool) int {
	best, bv := -1, float32(math.Inf(-1))
	for c, v := range s {
		if (allowed == nil || allowed(c)) && v > bv {
			best, bv = c, v
		}
	}
	return best
}

// write stores the table as quantised 16-bit weights, sparse: runs of
// zeros as varint gaps. The encoding is deterministic.
func (m *dense) write(w *bufio.Writer) error {
	var maxAbs float64
	for _, x := range m.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) {
		n := binary.PutUvarint(buf[:], x)
		w.Write(buf[:n])
	}
	put(uint64(m.bits))
	put(uint64(m.nc))
	put(math.Float64bits(scale))
	nz := 0
	for _, x := range m.w {
		if int16(math.Round(float64(x)/scale)) != 0 {
			nz++
		}
	}
	put(uint64(nz))
	last := -1
	for i, x := range m.w {
		q := int16(math.Round(float64(x) / scale))
		if q == 0 {
			continue
		}
		put(uint64(i - last))
		n := binary.PutVarint(buf[:], int64(q))
		w.Write(buf[:n])
		last = i
	}
	return nil
}

func readDense(r *bufio.Reader) (*dense, error) {
	get := func() (uint64, error) { return binary.ReadUvarint(r) }
	bits, err := get()
	if err != nil {
		return nil, fmt.Errorf("read weights: %w", err)
	}
	nc, err := get()
	if err != nil || bits > 28 || nc > 4096 || nc == 0 {
		return nil, fmt.Errorf("read weights: bad header")
	}
	sb, err := get()
	if err != nil {
		return nil, fmt.Errorf("read weights: %w", err)
	}
	scale := math.Float64frombits(sb)
	nz, err := get()
	if err != nil {
		return nil, fmt.Errorf("read weights: %w", err)
	}
	m := &dense{bits: uint8(bits), nc: int(nc), q: makeWeights((1 << bits) * int(nc)), qs: float32(scale)}
	if err := readWeights(r, nz, m.q); err != nil {
		return nil, err
	}
	return m, nil
}

// readWeights reads nz (gap, weight) varint pairs into q, decoding from
// the reader's buffer in place (a byte-at-a-time interface call per
// varint made reading the syntax model take ~0.3 s of CPU).
func readWeights(r *bufio.Reader, nz uint64, q []int16) error {
	const need = 2 * binary.MaxVarintLen64 // one pair at most
	i := -1
	for k := uint64(0); k < nz; {
		buf, err := r.Peek(r.Size())
		last := err != nil // the buffer holds the rest of the input
		if len(buf) == 0 {
			return fmt.Errorf("read weights: %w", io.ErrUnexpectedEOF)
		}
		off := 0
		for k < nz && (last || len(buf)-off >= need) {
			g, n := uvarint(buf[off:])
			if n <= 0 {
				return fmt.Errorf("read weights: bad gap")
			}
			uw, n2 := uvarint(buf[off+n:])
			if n2 <= 0 {
				return fmt.Errorf("read weights: bad weight")
			}
			w := int64(uw>>1) ^ -int64(uw&1) // zigzag, as binary.Varint
			off += n + n2
			i += int(g)
			if g > uint64(len(q)) || i < 0 || i >= len(q) || w < math.MinInt16 || w > math.MaxInt16 {
				return fmt.Errorf("read weights: index out of range")
			}
			q[i] = int16(w)
			k++
		}
		if _, err := r.Discard(off); err != nil {
			return fmt.Errorf("read weights: %w", err)
		}
	}
	return nil
}

// uvarint is binary.Uvarint with the varints of one and two bytes (most
// gaps and weights) decoded inline.
func uvarint(buf []byte) (uint64, int) {
	if len(buf) > 1 {
		if buf[0] < 0x80 {
			return uint64(buf[0]), 1
		}
		if buf[1] < 0x80 {
			return uint64(buf[0]&0x7f) | uint64(buf[1])<<7, 2
		}
	}
	return binary.Uvarint(buf)
}

// writeStrings and readStrings store a string list.
func writeStrings(w *bufio.Writer, ss []string) {
	var buf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], uint64(len(ss)))
	w.Write(buf[:n])
	for _, s := range ss {
		n := binary.PutUvarint(buf[:], uint64(len(s)))
		w.Write(buf[:n])
		w.WriteString(s)
	}
}

func readStrings(r *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("read strings: bad count")
	}
	out := make([]string, n)
	for i := range out {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<16 {
			return nil, fmt.Errorf("read strings: bad length")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("read strings: %w", err)
		}
		out[i] = string(b)
	}
	return out, nil
}
