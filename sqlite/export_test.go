package sqlite

// SetEarlyDone sets the function BeginCorpus calls when it has written
// the early part of a corpus, and returns the function that unsets it.
func SetEarlyDone(f func()) func() {
	earlyDone = f
	return func() { earlyDone = nil }
}
