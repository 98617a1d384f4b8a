package timex

import (
	"math"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// anchor is a fully specified date reported in an article or its embeds.
type anchor struct {
	date   time.Time
	weight float64
	// sentence is the body sentence's start offset, -1 for extra texts.
	sentence int
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
	if doc != nil && doc.Lang != "" && doc.Lang != "nl" {
		return "", 0, false // Dutch rules only
	}
	var anchors []anchor
	var yearless [][2]int // month and day of dates reported without a year
	maxYear := 0          // the latest year the text reports in the past tense
	collect := func(d *nl.Doc, weight float64, body bool) {
		scan(d, href, func(t kroniek.TimeRef, x *sentence) {
			if t.Kind == kroniek.TimeDate && !t.Relative && len(t.Value) >= 4 && x.tenseAt(x.index(t.Start)) == tensePast && !x.forward() {
				if y := atoi(t.Value[:4]); y > maxYear && y < 2200 {
					maxYear = y
				}
			}
			if len(t.Value) == 10 && t.Value[:4] == "XXXX" {
				yearless = append(yearless, [2]int{atoi(t.Value[5:7]), atoi(t.Value[8:10])})
			}
			if t.Kind != kroniek.TimeDate || t.Granularity != kroniek.GranDay || t.Relative && href.Gran == RefNone {
				return
			}
			day, err := time.Parse("2006-01-02", t.Value)
			if err != nil {
				return
			}
			if weight == bodyWeight && (x.tenseAt(x.index(t.Start)) != tensePast || x.forward()) {
				return // a date announced or listed, not reported
			}
			if t.Relative {
				weight /= 2 // its year came from the hint
			}
			sent := -1
			if body {
				sent = x.toks[0].Start
			}
			anchors = append(anchors, anchor{date: day, weight: weight, sentence: sent})
		})
	}
	if doc != nil {
		collect(doc, bodyWeight, true)
	}
	for _, e := range extra {
		collect(nl.Parse(e, nl.Options{Lang: "nl"}), embedWeight, false)
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
	var bestMatches, bestSame int
	for c := first; !c.After(latest.AddDate(0, 0, inferWindow)); c = c.AddDate(0, 0, 1) {
		if !hi.IsZero() && c.After(hi) {
			break
		}
		score, matches, same := scoreCandidate(doc, c, anchors)
		// News appears mostly the day after what it reports, else the same
		// day or a few days later.
		score -= 0.1 * math.Abs(c.Sub(latest).Hours()/24-1)
		if score > bestScore {
			second, best, bestScore, bestMatches, bestSame = bestScore, c, score, matches, same
		} else if score > second {
			second = score
		}
	}
	if best.IsZero() {
		return "", 0, false
	}
	// A lone full date may be history (17 augustus 1996): answer only when
	// something says the article is near it: an embed, a relative day in
	// the anchor's own sentence, or, with a month hint, weekdays landing on
	// anchors, a date without a year close to it, or the hint itself.
	// Without a hint those weaker signs proved to be chance on dpgmedia2019
	// (a commemoration falls on the same weekday one year in seven).
	hinted := !lo.IsZero()
	corroborated := strongest >= embedWeight || bestSame > 0 || hinted && (bestMatches > 0 || !latest.Before(lo))
	for _, md := range yearless {
		if hinted && validDate(latest.Year(), md[0], md[1]) {
			d := time.Date(latest.Year(), time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			if !d.Before(latest.AddDate(0, 0, -31)) && !d.After(best.AddDate(0, 0, inferWindow)) {
				corroborated = true
			}
		}
	}
	if !corroborated || latest.Year() < maxYear {
		return "", 0, false // or the text reports later years: history
	}
	conf := 0.35
	if strongest >= embedWeight {
		conf = 0.55
	}
	conf += math.Min(0.3, 0.1*float64(bestMatches+2*bestSame))
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
func scoreCandidate(doc *nl.Doc, c time.Time, anchors []anchor) (score float64, matches, same int) {
	on := map[time.Time]bool{}
	inSentence := map[[2]int64]bool{} // anchor day and sentence
	for _, a := range anchors {
		if a.date.After(c) {
			score -= 2 * a.weight
		}
		on[a.date] = true
		inSentence[[2]int64{a.date.Unix(), int64(a.sentence)}] = true
	}
	if doc != nil {
		scan(doc, Ref{Date: c, Gran: RefDay}, func(t kroniek.TimeRef, x *sentence) {
			if !t.Relative || t.Granularity != kroniek.GranDay {
				return
			}
			d, err := time.Parse("2006-01-02", t.Value)
			if err != nil || !on[d] {
				return
			}
			switch {
			case inSentence[[2]int64{d.Unix(), int64(x.toks[0].Start)}]:
				// "Gisteren, op 14 maart, ...": the same sentence names the
				// day both ways.
				same++
				score += 2 * matchWeight
			case namesWeekday(t.Text):
				// Any anchor is "gisteren" for the day after it; only a
				// weekday landing on an anchor is evidence (1 in 7 by chance).
				matches++
				score += matchWeight
			default:
				score += matchWeight / 4
			}
		})
	}
	return score, matches, same
}

// namesWeekday reports whether a time expression names a weekday.
func namesWeekday(text string) bool {
	text = strings.ToLower(text)
	for name := range getLexicon().words["weekday"] {
		if strings.Contains(text, name) {
			return true
		}
	}
	return false
}
