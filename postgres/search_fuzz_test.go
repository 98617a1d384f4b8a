package postgres_test

import (
	"testing"

	"github.com/kroniek/kroniek/storetest"
)

// FuzzSearch checks that no query text or language makes a tsquery or
// encoding error, and that every snippet is valid UTF-8 with balanced
// match marks. Without KRONIEK_PG_DSN it skips.
//
//	go test ./postgres -run '^$' -fuzz FuzzSearch -fuzztime 30s
func FuzzSearch(f *testing.F) {
	f.Add("Loekasjenko", "\xff")
	s := openTest(f)
	storetest.FuzzSearch(f, s, `'`, `''`, `\`, `a:*`, `a & b | !c <-> d`, `'x':1A`, "\xff\xfe")
}
