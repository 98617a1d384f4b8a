package timex

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// sharedDir returns ../shared beside the repository, or skips.
func sharedDir(t testing.TB) string { return shared.Dir(t) }
