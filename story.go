package kroniek

// Story is a set of articles telling one story, with its chronicle.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Articles lists the story's original articles; Copies the near
	// duplicates of them (ArticleLink.DuplicateOf), which count once.
	Articles []string `json:"articles"`
	Copies   []string `json:"copies,omitempty"`
	// Start and End are the first and last publication dates (YYYY-MM-DD or
	// YYYY-MM), Updated the newest activity, for ordering lists.
	Start     string       `json:"start,omitempty"`
	End       string       `json:"end,omitempty"`
	Outlets   []string     `json:"outlets"` // named outlets; [] when none is known
	Languages []string     `json:"languages,omitempty"`
	Actors    []StoryActor `json:"actors,omitempty"`
	Summary   []string     `json:"summary"`
	// SummarySources names, per summary sentence, the article it is from.
	SummarySources []string       `json:"summary_sources,omitempty"`
	Timeline       []TimelineItem `json:"timeline"`
	// Background lists dated facts older than the story by more than a
	// year, apart from the timeline.
	Background []TimelineItem `json:"background,omitempty"`
	Figures    []Amount       `json:"figures,omitempty"`
	Sources    []SourceView   `json:"sources,omitempty"`
	// DigestItems are the items of news digests that tell of this story.
	DigestItems []DigestItem `json:"digest_items,omitempty"`
	// SubStories are clear groups within a big story, largest first.
	SubStories []SubStory `json:"substories,omitempty"`
}

// DigestItem is one item of a news digest ("Kort nieuws") that belongs to
// a story: the digest itself is in no story, each of its items may be.
// Start and End are byte offsets into the digest's text.
type DigestItem struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// SubStory is a group of a story's articles about one part of it.
type SubStory struct {
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
}

// StoryActor is an entity with its number of mentions in a story.
type StoryActor struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Count  int    `json:"count"`
}

// TimelineItem is one dated fact or event of a story, merged across the
// articles that report it.
type TimelineItem struct {
	Date     string   `json:"date"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Kind     string   `json:"kind,omitempty"`  // event type, or "fact"
	Event    string   `json:"event,omitempty"` // merged event id
	// Plan marks a plan, deadline or expectation: an item dated after the
	// article reporting it, or a hypothetical event.
	Plan bool `json:"plan,omitempty"`
	// Background marks a fact older than its story by more than a year.
	Background bool `json:"background,omitempty"`
}

// SourceView compares one outlet with the rest of its story.
type SourceView struct {
	Outlet   string   `json:"outlet"`
	Articles []string `json:"articles"`
	First    string   `json:"first,omitempty"` // earliest publication date
	// Unique lists facts only this outlet reports.
	Unique []string `json:"unique,omitempty"`
	// Naming maps an entity's display name to the spelling this outlet uses
	// when outlets differ.
	Naming map[string]string `json:"naming,omitempty"`
}

// ArticleLink is what cross-document work decides about one article.
type ArticleLink struct {
	Article     string  `json:"article"`
	DuplicateOf string  `json:"duplicate_of"`
	Similarity  float64 `json:"similarity,omitempty"`
	Story       string  `json:"story"`
}

// Corpus is the result of cross-document work over a whole store: resolved
// entities, analyses whose items carry global entity ids, links and stories.
// A store replaces its previous corpus with it in one transaction.
type Corpus struct {
	Entities []*Entity   `json:"entities"`
	Analyses []*Analysis `json:"analyses"`
	// Extracted are analyses of Analyses not stored before, as the
	// extractors made them (the cross-document stages rewrite Analyses in
	// place): PutCorpus keeps them as the articles' Extractions.
	Extracted []*Analysis   `json:"extracted,omitempty"`
	Links     []ArticleLink `json:"links"`
	Stories   []*Story      `json:"stories"`
	// Generation is the store's Data generation the corpus was built
	// from (read before the articles); 0 when unknown, which PutCorpus
	// takes as built from what is stored now.
	Generation int64 `json:"generation,omitempty"`
}
