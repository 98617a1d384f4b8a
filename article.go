package kroniek

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Kinds of text that cleaning removes from an article body.
const (
	RemovedCaption = "caption"
	RemovedRelated = "related"
	RemovedEmbed   = "embed"
	RemovedOther   = "other"
)

// Article is one news article as kroniek keeps it: where it came from, its
// metadata, and its cleaned text. All offsets of extracted items point into
// Text.
type Article struct {
	// ID is stable across runs on the same input: the source's own id when
	// it has one, else a hash of the normalised text.
	ID     string `json:"id"`
	Source string `json:"source"` // path, path:line, or URL it was read from
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Author string `json:"author,omitempty"`

	// Published is "YYYY-MM-DD", "YYYY-MM", or "" when unknown.
	Published           string  `json:"published"`
	PublishedInferred   bool    `json:"published_inferred"`
	PublishedConfidence float64 `json:"published_confidence,omitempty"`

	Lang           string  `json:"lang"`
	LangConfidence float64 `json:"lang_confidence,omitempty"`

	// Body is the text as read from the source, before cleaning.
	Body string `json:"-"`
	// Text is the cleaned body; every offset refers to it.
	Text     string    `json:"text"`
	Removed  []Removed `json:"removed"`
	Headings []Span    `json:"headings,omitempty"`

	// Meta holds source fields kroniek has no column for.
	Meta map[string]string `json:"meta,omitempty"`

	DuplicateOf string  `json:"duplicate_of"`
	Similarity  float64 `json:"similarity,omitempty"`
	Story       string  `json:"story"`
}

// Removed is a piece of the body that cleaning took out, with its kind.
// Start and End are byte offsets into the original Body.
type Removed struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"-"`
	End   int    `json:"-"`
}

// Problem is one input that could not be read or processed, with its
// location (file, file:line, URL, or WARC offset). Problems are collected
// and reported; they never abort a batch.
type Problem struct {
	Location string `json:"location"`
	Err      error  `json:"-"`
	Message  string `json:"message"`
	Warning  bool   `json:"warning,omitempty"` // the input was still used (e.g. repaired UTF-8)
}

// Error implements error.
func (p Problem) Error() string {
	if p.Err != nil {
		return p.Location + ": " + p.Err.Error()
	}
	return p.Location + ": " + p.Message
}

// IngestResult counts what a store did with a batch of articles.
type IngestResult struct {
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// UpdatedIDs are the ids of the updated articles, in input order.
	UpdatedIDs []string `json:"updated_ids,omitempty"`
}

// InputHash fingerprints what an article's analysis is made from: its
// language, cleaned text and headings. An analysis whose Input differs
// from the stored article's is stale.
func InputHash(lang, text string, headings []Span) string {
	h := sha256.New()
	h.Write([]byte(lang))
	h.Write([]byte{0})
	h.Write([]byte(text))
	for _, s := range headings {
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End)))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
