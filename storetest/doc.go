// Package storetest is the contract test suite of kroniek.Store: every
// implementation runs the same tests on the same hand-written fixtures.
//
// An implementation's test calls Run with a function that opens a new,
// empty store and closes it in t.Cleanup:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) kroniek.Store { return openTemp(t) })
//	}
//
// Stores that need a server (PostgreSQL) run the suite only when its
// address is set (KRONIEK_PG_DSN) and skip otherwise.
//
// Synthetic and DPGMediaArticles give the stores' benchmarks one set of
// data: generated articles with analyses and a corpus, or the dpgmedia2019
// articles from ../shared.
package storetest
