package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
)

func TestTsvectorText(t *testing.T) {
	got := tsvectorText([]string{"poetin", "o'neil"}, []string{`a\b`, "poetin", ""})
	want := `'poetin':1A,5 'o''neil':2A 'a\\b':4` // text starts after a gap
	if got != want {
		t.Errorf("tsvector\n got %s\nwant %s", got, want)
	}
	// Positions stop at the server's maximum, a lexeme keeps at most 256.
	many := make([]string, 20000)
	for i := range many {
		many[i] = "w"
	}
	v := tsvectorText(nil, many)
	if n := strings.Count(v, ","); n != maxPositions-1 {
		t.Errorf("%d positions, want %d", n+1, maxPositions)
	}
	long := strings.Repeat("x", maxLexemeBytes+1)
	if v := tsvectorText([]string{long, "kort"}, nil); v != `'kort':2A` {
		t.Errorf("over-long lexeme kept: %.40s", v)
	}
}

func TestTsqueryText(t *testing.T) {
	q := searchtext.ParseQuery(`Wit-Rusland 'x' OR (verkiezingen`, "")
	got := tsqueryText(q)
	for _, want := range []string{`'verkiez'`, ` & `, ` | `} {
		if !strings.Contains(got, want) {
			t.Errorf("tsquery %s lacks %s", got, want)
		}
	}
	if strings.Contains(got, "OR") || strings.Count(got, "(") != strings.Count(got, ")") {
		t.Errorf("tsquery %s", got)
	}
	q = searchtext.Query{Words: [][][]string{{{strings.Repeat("x", maxLexemeBytes+1)}}}}
	if got := tsqueryText(q); got != "" {
		t.Errorf("unusable word: %q, want \"\" (nothing matches)", got)
	}
}

func TestTransient(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "40001"}, true},
		{&pgconn.PgError{Code: "40P01"}, true},
		{fmt.Errorf("commit: %w", &pgconn.PgError{Code: "57P01"}), true},
		{&pgconn.PgError{Code: "08006"}, true},
		{&pgconn.PgError{Code: "23505"}, false},
		{&pgconn.PgError{Code: "42601"}, false},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{fmt.Errorf("read: %w", syscall.ECONNRESET), true},
		{errRetry, true},
		{context.Canceled, false},
		{kroniek.Errorf(kroniek.ENOTFOUND, "x"), false},
		{errors.New("other"), false},
	} {
		if got := transient(tt.err); got != tt.want {
			t.Errorf("transient(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
	if code := kroniek.ErrorCode(mapError(&pgconn.PgError{Code: "40001"})); code != kroniek.ECONFLICT {
		t.Errorf("serialization failure maps to %q", code)
	}
}
