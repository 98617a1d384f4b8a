//go:build !unix

package sqlite

import "os"

// tryLock is the lock of systems without flock: none beyond SQLite's own
// locking with its busy timeout, which keeps each transaction whole.
func tryLock(f *os.File) (bool, error) { return true, nil }

func unlock(f *os.File) {}
