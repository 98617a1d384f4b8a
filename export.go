package kroniek

// Export is the JSON export contract of DESIGN.md: what `kroniek analyze
// --json` and `kroniek export` print. Offsets are byte offsets into each
// article's Text, or into its Title for an item whose Field is FieldTitle
// (a name, quote, figure, time or event of the headline).
type Export struct {
	Articles []ExportArticle `json:"articles"`
	Entities []*Entity       `json:"entities"`
	Quotes   []Quote         `json:"quotes"`
	Amounts  []Amount        `json:"amounts"`
	Times    []TimeRef       `json:"times"`
	Events   []Event         `json:"events"`
	Stories  []*Story        `json:"stories"`
	// Problems lists inputs that failed or were repaired (not part of a
	// store export).
	Problems []Problem `json:"problems,omitempty"`
}

// ExportArticle is an article as the export contract shows it: published
// is null when unknown, duplicate_of null when the article is original.
type ExportArticle struct {
	ID                string    `json:"id"`
	Source            string    `json:"source"`
	URL               string    `json:"url,omitempty"`
	Outlet            string    `json:"outlet"`
	Title             string    `json:"title"`
	Author            string    `json:"author,omitempty"`
	Published         *string   `json:"published"`
	PublishedInferred bool      `json:"published_inferred"`
	PublishedConf     float64   `json:"published_confidence,omitempty"`
	Lang              string    `json:"lang"`
	LangConfidence    float64   `json:"lang_confidence,omitempty"`
	Text              string    `json:"text"`
	Removed           []Removed `json:"removed"`
	Headings          []Span    `json:"headings,omitempty"`
	DuplicateOf       *string   `json:"duplicate_of"`
	Similarity        float64   `json:"similarity,omitempty"`
	Story             *string   `json:"story"`
	// Genre is the genre of the article's analysis (Analysis.Genre):
	// news, column, letters, digest, comic, weather, quiz or series.
	Genre string `json:"genre,omitempty"`
	// Meta holds the source's fields kroniek has no column for (a feed
	// item's guid, "content": "summary" for a teaser stored as it is,
	// the fields of --meta).
	Meta map[string]string `json:"meta,omitempty"`
}

// NewExportArticle converts an article to its export form.
func NewExportArticle(a *Article) ExportArticle {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	removed := a.Removed
	if removed == nil {
		removed = []Removed{}
	}
	return ExportArticle{
		ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
		Published: opt(a.Published), PublishedInferred: a.PublishedInferred,
		PublishedConf: a.PublishedConfidence, Lang: a.Lang, LangConfidence: a.LangConfidence,
		Text: a.Text, Removed: removed, Headings: a.Headings,
		DuplicateOf: opt(a.DuplicateOf), Similarity: a.Similarity, Story: opt(a.Story),
		Author: a.Author, Meta: a.Meta,
	}
}
