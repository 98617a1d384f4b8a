package nl

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on linux/amd64 and
// arm64 (with 4 KB base pages).
const hugePage = 2 << 20

// madvHugepage is MADV_HUGEPAGE (linux/mman.h), which package syscall
// does not name on every architecture.
const madvHugepage = 14

// makeWeights returns n zeroed weights for a loaded model, placed on
// 2 MB boundaries and marked for transparent huge pages before they are
// first written. The models' lookups are random rows of tables of 4 to
// 25 MB; with 4 KB pages nearly every lookup misses the TLB and waits
// for a page walk, with huge pages the tables need 20 TLB entries
// (tagging and parsing 7–17 % less CPU, measured in alternation in one
// process). Where the kernel declines, the pages are ordinary ones.
func makeWeights(n int) []int16 {
	const per = hugePage / 2 // weights per huge page
	if n < per {
		return make([]int16, n)
	}
	q := make([]int16, (n+per-1)/per*per+per)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(q)))
	skip := int((hugePage - p%hugePage) % hugePage / 2)
	q = q[skip : skip+n : skip+(n+per-1)/per*per]
	start := uintptr(unsafe.Pointer(unsafe.SliceData(q)))
	// best effort: an error (no THP in this kernel) changes nothing else
	syscall.Syscall(syscall.SYS_MADVISE, start, uintptr(cap(q))*2, madvHugepage)
	return q
}
