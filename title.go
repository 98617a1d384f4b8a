package kroniek

import (
	"slices"
	"strings"
	"unicode"
)

// An article's title is analysed as well as its text: quotes, figures,
// times and events of the title carry Field FieldTitle and offsets into
// the Title. A headline mostly repeats what the text says; the export
// keeps both (each is evidence), and what a reader sees (the report, the
// web page, the API lists, story timelines and summaries) shows an item
// of the title that repeats one of the text once, from the text. These
// functions tell such repeats.

// QuoteRepeat reports whether q is a quote of a title whose words a quote
// of the text of the same article in all gives as well (the same words,
// or the headline's words inside the text's longer quote).
func QuoteRepeat(q Quote, all []Quote) bool {
	if q.Field != FieldTitle {
		return false
	}
	w := " " + foldWords(q.Text) + " "
	if w == "  " {
		return false
	}
	for _, b := range all {
		if b.Field == "" && b.Article == q.Article && strings.Contains(" "+foldWords(b.Text)+" ", w) {
			return true
		}
	}
	return false
}

// AmountRepeat reports whether a is a figure of a title that a figure of
// the text of the same article in all gives as well: the same value in the
// same unit.
func AmountRepeat(a Amount, all []Amount) bool {
	if a.Field != FieldTitle {
		return false
	}
	for _, b := range all {
		if b.Field == "" && b.Article == a.Article && b.Unit == a.Unit && b.Value == a.Value {
			return true
		}
	}
	return false
}

// TimeRepeat reports whether t is a time of a title that a time of the
// text of the same article in all resolves to as well.
func TimeRepeat(t TimeRef, all []TimeRef) bool {
	if t.Field != FieldTitle {
		return false
	}
	for _, b := range all {
		if b.Field == "" && b.Article == t.Article && b.Value == t.Value {
			return true
		}
	}
	return false
}

// EventRepeat reports whether e is an event of a title that a shown event
// of the text of the same article in all reports as well: the same type,
// actors and recipients.
func EventRepeat(e Event, all []Event) bool {
	if e.Field != FieldTitle {
		return false
	}
	k := eventSides(e)
	for _, b := range all {
		if b.Field == "" && b.Shown && b.Article == e.Article && b.Type == e.Type && eventSides(b) == k {
			return true
		}
	}
	return false
}

// WithoutTitleRepeats returns the items of xs but those of a title that
// repeat an item of the text in xs (QuoteRepeat, AmountRepeat, TimeRepeat,
// EventRepeat). xs is not modified.
func WithoutTitleRepeats[T Quote | Amount | TimeRef | Event](xs []T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if !titleRepeat(x, xs) {
			out = append(out, x)
		}
	}
	return out
}

func titleRepeat[T Quote | Amount | TimeRef | Event](x T, xs []T) bool {
	switch v := any(x).(type) {
	case Quote:
		return QuoteRepeat(v, any(xs).([]Quote))
	case Amount:
		return AmountRepeat(v, any(xs).([]Amount))
	case TimeRef:
		return TimeRepeat(v, any(xs).([]TimeRef))
	case Event:
		return EventRepeat(v, any(xs).([]Event))
	}
	return false
}

// eventSides is the actors and recipients of e, global and local, as one
// comparable string.
func eventSides(e Event) string {
	side := func(global, local []string) string {
		s := append(append([]string(nil), global...), local...)
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	return side(e.Actor, e.ActorLocal) + "|" + side(e.Recipient, e.RecipientLocal)
}

// foldWords folds a text for comparison: lower case, letters and digits
// only, one space between words.
func foldWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
