package timex

import (
	"math"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// anchor is a fully specified date reported in an article or its embeds.
type anchor struct {
	date   time.Time
	weight float64
}

// Weights of the evidence InferPublished uses.
const (
	embedWeight = 3   // a dated tweet or post cannot postdate the article
	bodyWeight  = 1   // a date reported in the past tense
	inferWindow = 7   // days after the latest anchor a publication may be
	matchWeight = 0.5 // a relative day (maandag, gisteren) landing on an anchor
)

// InferPublished estimates the publication day of an article whose
// metadata lacks one. The evidence is the fully specified dates of the
// text (past or unmarked tense) and of extra (texts cleaning removed, such
// as tweet embeds, which weigh more), and the relative days of the text
// (maandag, gisteren), which should land on reported dates. The article is
// taken to appear on or within a week after its latest anchor date, the
// candidate days are scored by anchors after them (impossible), relative
// days landing on anchors (consistent) and distance from the latest
// anchor. hint is the metadata: a month ("2020-09") narrows the candidates
// to that month; a full day is returned as is, never overridden. ok is
// false when there is no evidence.
func InferPublished(doc *nl.Doc, extra []string, hint string) (date string, confidence float64, ok bool) {
	href := RefFromPublished(hint)
	if href.Gran == RefDay {
		return hint, 1, true
	}
	var anchors []anchor
	collect := func(d *nl.Doc, weight float64) {
		scan(d, href, func(t kroniek.TimeRef, tense int) {
			if t.Kind != kroniek.TimeDate || t.Granularity != kroniek.GranDay || t.Relative && href.Gran == RefNone {
				return
			}
			day, err := time.Parse("2006-01-02", t.Value)
			if err != nil {
				return
			}
			if weight == bodyWeight && (tense == tenseFuture || tense == tensePresent) {
				return // a date announced, not reported
			}
			if t.Relative {
				weight /= 2 // its year came from the hint
			}
			anchors = append(anchors, anchor{date: day, weight: weight})
		})
	}
	if doc != nil {
		collect(doc, bodyWeight)
	}
	for _, e := range extra {
		collect(nl.Parse(e, nl.Options{Lang: "nl"}), embedWeight)
	}
	lo, hi := time.Time{}, time.Time{}
	if href.Gran == RefMonth || href.Gran == RefYear {
		lo, hi = href.bounds()
		// Anchors outside the hinted span only bound it from below.
		kept := anchors[:0]
		for _, a := range anchors {
			if !a.date.After(hi) {
				kept = append(kept, a)
			}
		}
		anchors = kept
	}
	if len(anchors) == 0 {
		return "", 0, false
	}
	latest, strongest := anchors[0].date, 0.0
	for _, a := range anchors {
		if a.date.After(latest) {
			latest = a.date
		}
		strongest = math.Max(strongest, a.weight)
	}
	first := latest
	if !lo.IsZero() && first.Before(lo) {
		first = lo
	}
	best, bestScore, second := time.Time{}, math.Inf(-1), math.Inf(-1)
	var bestMatches int
	for c := first; !c.After(latest.AddDate(0, 0, inferWindow)); c = c.AddDate(0, 0, 1) {
		if !hi.IsZero() && c.After(hi) {
			break
		}
		score, matches := scoreCandidate(doc, c, anchors)
		score -= 0.1 * c.Sub(latest).Hours() / 24
		if score > bestScore {
			second, best, bestScore, bestMatches = bestScore, c, score, matches
		} else if score > second {
			second = score
		}
	}
	if best.IsZero() {
		return "", 0, false
	}
	conf := 0.35
	if strongest >= embedWeight {
		conf = 0.55
	}
	conf += math.Min(0.3, 0.1*float64(bestMatches))
	if !lo.IsZero() {
		conf += 0.05
	}
	if bestScore-second < 0.2 {
		conf -= 0.1
	}
	return dayValue(best), math.Max(0.05, math.Min(conf, 0.95)), true
}

// scoreCandidate scores candidate day c: anchors after c count against
// it; relative days of the text resolving onto an anchor count for it.
func scoreCandidate(doc *nl.Doc, c time.Time, anchors []anchor) (float64, int) {
	score := 0.0
	on := map[time.Time]bool{}
	for _, a := range anchors {
		if a.date.After(c) {
			score -= 2 * a.weight
		}
		on[a.date] = true
	}
	matches := 0
	if doc != nil {
		scan(doc, Ref{Date: c, Gran: RefDay}, func(t kroniek.TimeRef, _ int) {
			if !t.Relative || t.Granularity != kroniek.GranDay {
				return
			}
			if d, err := time.Parse("2006-01-02", t.Value); err == nil && on[d] {
				matches++
				score += matchWeight
			}
		})
	}
	return score, matches
}
