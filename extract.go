package kroniek

import "strings"

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
	QuoteTerm     = "term" // scare quotes and titles: not speech
)

// Quote is something said or written, with who said it.
type Quote struct {
	Article string `json:"article"`
	// Field is where the offsets point, as Mention.Field: "" for the
	// article's Text, FieldTitle for its Title (the headline says it).
	Field string `json:"field,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"` // the quoted words, without the marks
	Kind  string `json:"kind"`
	// Speaker is the global entity id; SpeakerLocal the article-local key.
	Speaker      string `json:"speaker"`
	SpeakerLocal string `json:"speaker_local,omitempty"`
	SpeakerText  string `json:"speaker_text"`
	SpeakerStart int    `json:"speaker_start,omitempty"`
	SpeakerEnd   int    `json:"speaker_end,omitempty"`
	// CoSpeakers are the other speakers when the speaker phrase is a
	// coordination of named parties ("volgens de PVV en de SP"): Speaker
	// stays the first, these follow in the order printed. Absent in most
	// quotes.
	CoSpeakers []CoSpeaker `json:"co_speakers,omitempty"`
	Cue        string      `json:"cue"`
	CueStart   int         `json:"cue_start,omitempty"`
	CueEnd     int         `json:"cue_end,omitempty"`
	// Gaps are byte ranges [start, end) of the article text inside
	// [Start, End) that are not the quoted words: an attribution that
	// interrupts them ("X moet, volgens Y, worden …", ",,A'', zegt X,
	// ,,B''"). Text keeps the whole span; Shown leaves the gaps out.
	// In order, not overlapping; absent in most quotes.
	Gaps [][2]int `json:"gaps,omitempty"`
}

// CoSpeaker is one more named party of a quote's coordinated speaker
// phrase: "B" in "A en B zeggen dat …".
type CoSpeaker struct {
	// ID is the global entity id; Local the article-local key.
	ID    string `json:"id,omitempty"`
	Local string `json:"local,omitempty"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// SpeakerIDs returns the entity ids of every speaker of q in order: Speaker
// then the co-speakers that have one; nil when none has an id.
func (q Quote) SpeakerIDs() []string {
	var out []string
	if q.Speaker != "" {
		out = append(out, q.Speaker)
	}
	for _, c := range q.CoSpeakers {
		if c.ID != "" {
			out = append(out, c.ID)
		}
	}
	return out
}

// Shown returns the quoted words as a reader sees them: Text with every
// gap replaced by " … ". A gap outside the span is ignored.
func (q Quote) Shown() string {
	if len(q.Gaps) == 0 {
		return q.Text
	}
	var b strings.Builder
	for i, p := range q.Pieces() {
		if i > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(strings.TrimSpace(strings.Trim(q.Text[p[0]-q.Start:p[1]-q.Start], ",")))
	}
	return b.String()
}

// Pieces returns the byte ranges [start, end) of the quote's own words:
// its span without its gaps, in order, never empty.
func (q Quote) Pieces() [][2]int {
	at := q.Start
	var out [][2]int
	for _, g := range q.Gaps {
		lo, hi := max(g[0], at), min(g[1], q.End)
		if lo >= hi || q.Start+len(q.Text) != q.End {
			continue
		}
		if lo > at {
			out = append(out, [2]int{at, lo})
		}
		at = hi
	}
	if at < q.End {
		out = append(out, [2]int{at, q.End})
	}
	return out
}

// Amount is a reported figure: a number, what it counts, and its unit.
type Amount struct {
	Article string `json:"article"`
	// Field is where the offsets point, as Mention.Field: "" for the
	// article's Text, FieldTitle for its Title (the headline says it).
	Field    string  `json:"field,omitempty"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`     // EUR, USD, RUB, PCT, KM, YEAR, HOUR... or "" for a count
	Modifier string  `json:"modifier"` // bijna, meer dan, ... or ""
	Object   string  `json:"object"`   // the counted head noun
	// ObjectStart/End locate the evidence of Object in the text (or the
	// title, with Field): the words printed, or the written form of a word
	// Object names by its lemma ("zakendoet" for "zakendoen").
	ObjectStart int `json:"object_start,omitempty"`
	ObjectEnd   int `json:"object_end,omitempty"`
}

// Time expression kinds.
const (
	TimeDate     = "date"
	TimeDuration = "duration"
	TimeSet      = "set"
)

// Granularities of a resolved time value.
const (
	GranDay    = "day"
	GranWeek   = "week"
	GranMonth  = "month"
	GranYear   = "year"
	GranDecade = "decade"
	// GranCentury is the granularity of a century (17XX).
	GranCentury = "century"
)

// TimeRef is a time expression and the date it resolves to.
type TimeRef struct {
	Article string `json:"article"`
	// Field is where the offsets point, as Mention.Field: "" for the
	// article's Text, FieldTitle for its Title (the headline says it).
	Field string `json:"field,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is ISO-like: 2020-08-09, 2020-W33, 2020-08, 2020, 199X for
	// dates; P4H, P26Y for durations.
	Value       string `json:"value"`
	Kind        string `json:"kind,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	// Relative is true when Value was computed from the reference date.
	Relative bool `json:"relative,omitempty"`
	// Template is the value as extracted when a year was completed from
	// elsewhere (XXXX-08-09 completed from the story): it is what a later
	// completion starts from, so the result never depends on history.
	Template string `json:"template,omitempty"`
	// Bound is how the text relates what it reports to Value: "" at it;
	// BoundUntil by or up to it, a deadline or the end of a span ("uitstel
	// tot 30 juni", "uiterlijk vrijdag"); BoundFrom from it on ("sinds
	// 2014", "vanaf maandag"). A timeline places events at unbound and
	// from-bound times only.
	Bound string `json:"bound,omitempty"`
}

// Bounds of a time expression (TimeRef.Bound).
const (
	BoundUntil = "until"
	BoundFrom  = "from"
)

// The sixteen PLOVER event types.
var EventTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// Event is who did what to whom and when, coded in PLOVER.
type Event struct {
	// ID is shared by every report of the same event across articles.
	ID      string `json:"id,omitempty"`
	Article string `json:"article"`
	// Field is where the offsets point, as Mention.Field: "" for the
	// article's Text, FieldTitle for its Title (the headline says it).
	Field string `json:"field,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Mode  string `json:"mode"`
	// Actor and Recipient hold global entity ids (or generic actor keys such
	// as "generic:police@BY"); the *Local fields the article-local keys.
	Actor          []string `json:"actor"`
	Recipient      []string `json:"recipient"`
	ActorLocal     []string `json:"actor_local,omitempty"`
	RecipientLocal []string `json:"recipient_local,omitempty"`
	ActorText      string   `json:"actor_text,omitempty"`
	RecipientText  string   `json:"recipient_text,omitempty"`
	Date           string   `json:"date"`
	DateGran       string   `json:"date_granularity,omitempty"`
	Negated        bool     `json:"negated"`
	Hypothetical   bool     `json:"hypothetical"`
	Reported       bool     `json:"reported,omitempty"` // "volgens X"
	// ReportedBy names who the text says reports the event, as written
	// ("de politie" of "volgens de politie", "Reuters" of "aldus Reuters").
	ReportedBy   string `json:"reported_by,omitempty"`
	Trigger      string `json:"trigger,omitempty"`
	TriggerStart int    `json:"trigger_start,omitempty"`
	TriggerEnd   int    `json:"trigger_end,omitempty"`
	Text         string `json:"text"` // the evidence sentence
	// Confidence (0–1) is how well the text supports the event: an entity
	// as actor and recipient, a direct verb frame, a date of its own.
	Confidence float64 `json:"confidence"`
	// Shown is true for the events the report, the web page and the default
	// API lists show (negated, hypothetical and weakly supported ones are
	// only in the export).
	Shown bool `json:"shown"`
	// Sources lists every article reporting this event (set by merging).
	Sources []string `json:"sources,omitempty"`
}

// Analysis is everything extracted from one article. Extraction of one
// article is pure: the same article always gives the same Analysis.
type Analysis struct {
	Article string `json:"article"`
	// Version identifies the extractors that produced it; an analysis of an
	// older version is redone.
	Version string `json:"version,omitempty"`
	// Input fingerprints the text it was made from; an analysis of another
	// text than the stored article's is redone.
	Input    string        `json:"input,omitempty"`
	Locals   []LocalEntity `json:"locals"`
	Mentions []Mention     `json:"mentions"`
	Quotes   []Quote       `json:"quotes"`
	Amounts  []Amount      `json:"amounts"`
	Times    []TimeRef     `json:"times"`
	Events   []Event       `json:"events"`
	// Genre is the article's genre as story building classifies it
	// (news, column, letters, digest, comic, weather, quiz, series); only
	// news is clustered into stories.
	Genre string `json:"genre,omitempty"`
	// Sentences are the text's sentences as the analysis split them, kept
	// in memory only (never stored): story building reads them instead of
	// splitting the text again. Nil when not known (an analysis read back
	// from a store); story building then splits the text itself.
	Sentences []SentenceSpan `json:"-"`
}

// SentenceSpan is one sentence of an article's text: its byte span,
// whether it is a heading, and how many word tokens it holds.
type SentenceSpan struct {
	Start, End int
	Heading    bool
	Words      int
}
