package timex

import (
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestGolden extracts the time expressions of testdata/golden/NAME.txt and compares
// them with NAME.golden.json (go test ./timex -run Golden -update).
func TestGolden(t *testing.T) {
	shared.Golden(t, "testdata/golden/*.txt", func(t *testing.T, _ string, in []byte) any {
		return Extract(nl.Parse(string(in), nl.Options{Lang: "nl"}), goldenRef)
	})
}

// goldenRef is the reference date of the golden texts: Tuesday 18 August 2020.
var goldenRef = Ref{Date: time.Date(2020, 8, 18, 0, 0, 0, 0, time.UTC), Gran: RefDay}
