package amount

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestGolden extracts the figures of testdata/golden/NAME.txt and compares
// them with NAME.golden.json (go test ./amount -run Golden -update).
func TestGolden(t *testing.T) {
	shared.Golden(t, "testdata/golden/*.txt", func(t *testing.T, _ string, in []byte) any {
		return Extract(nl.Parse(string(in), nl.Options{Lang: "nl"}))
	})
}
