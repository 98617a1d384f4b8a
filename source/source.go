package source

import (
	"io"

	"github.com/kroniek/kroniek"
)

// DefaultMaxSize is the largest input file read unless Options says
// otherwise (JSONL and WARC are read line by line and record by record, and
// it bounds one line or record). One text of 4 MB, a book, takes some 10 s
// on an idle machine and 1.7 GB at most to analyse; 8 MB took 3 GB; a news
// article is a thousand times smaller. --max-size raises it.
const DefaultMaxSize = 4 << 20

// Options configure reading.
type Options struct {
	// MaxSize is the largest file (or fetched body) accepted, in bytes.
	MaxSize int64
	// Meta joins extra fields to articles by id: Meta[id][field] = value.
	// Known fields (outlet, title, url, lang, published_at, author) fill
	// the article's own fields when it has none; the rest go to Article.Meta.
	Meta map[string]map[string]string
	// Fetcher fetches URLs given as inputs and the pages of feed items that
	// carry only a link. Nil: URLs get a default Fetcher, feed items
	// without content are reported and skipped (no network use).
	Fetcher *Fetcher
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Stored, when set, returns the article a store holds under id, or
	// nil. An article whose id comes from its file name (a text file, a
	// page without a canonical URL) and is taken by the stored article of
	// another file with another text gets an id of its own (see Read), so
	// that d1/artikel.txt and, in a later run, d2/artikel.txt never
	// replace each other.
	Stored func(id string) *kroniek.Article
}

// Emit receives each article read. Report receives each problem; reading
// goes on after a problem.
type (
	Emit   func(*kroniek.Article) error
	Report func(kroniek.Problem)
)
