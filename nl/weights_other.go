//go:build !linux

package nl

// makeWeights returns n zeroed weights for a loaded model (see
// weights_linux.go for the placement on linux).
func makeWeights(n int) []int16 { return make([]int16, n) }
