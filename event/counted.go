package event

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
)

// Counted descriptions as sides: "de twee organisaties", "die twee
// partijen", "beide landen" stand for the parties the article named
// together just before, as many as the description counts.

// countWords are the numbers a counted description may carry.
var countWords = map[string]int{"twee": 2, "drie": 3, "vier": 4, "beide": 2}

// countedKinds maps the plural nouns of a counted description to the
// entity type of what they count.
var countedKinds = map[string]string{
	"organisaties": kroniek.ORG, "partijen": kroniek.ORG, "bedrijven": kroniek.ORG, "bonden": kroniek.ORG,
	"clubs": kroniek.ORG, "fracties": kroniek.ORG, "banken": kroniek.ORG, "instellingen": kroniek.ORG,
	"ziekenhuizen": kroniek.ORG, "landen": kroniek.LOC, "mannen": kroniek.PER, "vrouwen": kroniek.PER,
	"ministers": kroniek.PER, "politici": kroniek.PER, "leiders": kroniek.PER,
}

// counted replaces in side a each counted description (de twee
// organisaties, die twee partijen, beide landen) by the parties it
// counts: the last n names of its type the text joined with commas and en
// before offset at, in this sentence or the ten before ("… stellen Eyes on
// Animals en Dierenbescherming. … vinden de twee organisaties"). A
// description whose parties cannot be found so is kept as it is (a text
// side, or the one entity another layer resolved it to).
func (x *extractor) counted(s *sentenceCtx, a arg, at int) arg {
	var out arg
	changed := false
	for i, t := range a.texts {
		if ms := x.countedParties(s, t, at); len(ms) > 0 {
			for _, m := range ms {
				if !slices.Contains(out.keys, m.Local) {
					out.keys = append(out.keys, m.Local)
					out.texts = append(out.texts, m.Text)
				}
			}
			changed = true
			continue
		}
		out.keys = append(out.keys, a.keys[i])
		out.texts = append(out.texts, t)
	}
	if !changed {
		return a
	}
	out.per, out.female, out.span = a.per, a.female, a.span
	out.plural = true
	return out
}

// countedParties returns the mentions a counted description t stands
// for (see counted), or none.
func (x *extractor) countedParties(s *sentenceCtx, t string, at int) []kroniek.Mention {
	f := strings.Fields(lower(t))
	if len(f) > 0 && (f[0] == "de" || f[0] == "die" || f[0] == "deze") {
		f = f[1:]
	}
	if len(f) != 2 {
		return nil
	}
	n, typ := countWords[f[0]], countedKinds[f[1]]
	if n == 0 || typ == "" || f[0] == "beide" && typ != kroniek.LOC {
		// (beide partijen is as often the two sides of a dispute named
		// with what they dispute about: "een conflict tussen de VS en de
		// EU over subsidies aan Airbus en Boeing. Beide partijen …";
		// beide landen counts countries only)
		return nil
	}
	from := s.sent.Start
	for k := 0; k < 10 && s.index-k-1 >= 0; k++ {
		from = x.doc.Sentences[s.index-k-1].Start
	}
	text := x.doc.Text
	var run []kroniek.Mention // the current run of joined names, in text order
	var best []kroniek.Mention
	for _, m := range x.mentions {
		if m.Start < from || m.End > at {
			continue
		}
		le := x.locals[m.Local]
		if le == nil || le.Type != typ && !(typ == kroniek.ORG && le.Type == kroniek.MISC) {
			run = nil
			continue
		}
		if len(run) > 0 {
			gap := strings.TrimSpace(text[run[len(run)-1].End:max(run[len(run)-1].End, m.Start)])
			if g := lower(gap); g != "," && g != "en" && g != ", en" {
				run = nil
			}
		}
		if !slices.ContainsFunc(run, func(r kroniek.Mention) bool { return r.Local == m.Local }) {
			run = append(run, m)
		}
		if len(run) == n {
			// a run of exactly n names that closes with en between its
			// last two ("Eyes on Animals en Dierenbescherming")
			if g := lower(strings.TrimSpace(text[run[n-2].End:run[n-1].Start])); g == "en" || g == ", en" {
				best = slices.Clone(run)
			}
		}
	}
	return best
}
