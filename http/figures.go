package http

import (
	"context"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/story"
)

// figureDates returns dateOf for story.Disputes: the date of the first time
// expression that resolves to a date in the figure's sentence, from the
// article's analysis, loaded once per article when first needed.
func (s *Server) figureDates(ctx context.Context, byID map[string]*kroniek.Article) func(kroniek.Amount) (string, error) {
	times := map[string][]kroniek.TimeRef{}
	return func(f kroniek.Amount) (string, error) {
		a := byID[f.Article]
		if a == nil {
			return "", nil
		}
		ts, ok := times[f.Article]
		if !ok {
			an, err := s.Store.Analysis(ctx, f.Article)
			if err != nil && kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
				return "", err
			}
			if an != nil {
				ts = an.Times
			}
			times[f.Article] = ts
		}
		text := a.Text
		if f.Field == kroniek.FieldTitle {
			text = a.Title
		}
		return story.SentenceDate(text, f.Start, f.End, inField(ts, f.Field)), nil
	}
}

// inField returns the times of ts whose offsets point into field (""
// the text, kroniek.FieldTitle the title).
func inField(ts []kroniek.TimeRef, field string) []kroniek.TimeRef {
	var out []kroniek.TimeRef
	for _, t := range ts {
		if t.Field == field {
			out = append(out, t)
		}
	}
	return out
}

// restated reports whether a figure's text says no more than its value
// cell would: a bare number with no unit or modifier ("27" of "27
// regeringsleiders", "1542" of "1542 fietsers"), which the page shows
// once, not as "27 · 27".
func restated(L map[string]string, f kroniek.Amount) bool {
	if f.Unit != "" || f.Modifier != "" {
		return false
	}
	text := strings.TrimSpace(f.Text)
	plain := strconv.FormatFloat(f.Value, 'f', -1, 64) // "1542" as written, without the dot of "1.542"
	return text == localValue(L, f.Value) || text == formatValue(f.Value) || text == plain
}
