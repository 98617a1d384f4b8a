package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// pluralPair gives a quote whose speaker is a bare plural description of
// bodies ("de bonden", "De werkgevers") to the first of the last two
// organisations the article joined with "en" before it, when the
// description fits one of them: the article put the noun before or in its
// name ("de vakbonden FNV en CNV", "Werkgeversorganisaties VNO-NCW en
// MKB-Nederland"), so the plural takes them up again. The second joins
// as a co-speaker. Without such a fit a pair stays unresolved: "de
// senatoren" after "CDA en SP", "de landen" after two police forces.
// pairSpeaks handles the counted descriptions ("de twee organisaties").
func (x *extractor) pluralPair(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerEnd <= q.SpeakerStart || x.documentIn(q) {
		return
	}
	words := strings.Fields(q.SpeakerText)
	if len(words) != 2 || !strings.EqualFold(words[0], "de") || !isLowerWord(words[1]) {
		return
	}
	noun := strings.ToLower(words[1])
	if len(noun) < 5 || singulars(noun) == nil || isPronoun(noun) || nl.IsStopword(noun) {
		return
	}
	a, b, ok := x.joinedPairBefore(q.SpeakerStart, func(a, b kroniek.Mention) bool {
		return x.locals[a.Local].Type == kroniek.ORG && x.locals[b.Local].Type == kroniek.ORG &&
			(x.pluralFits(a, noun) || x.pluralFits(b, noun))
	})
	if ok {
		q.SpeakerLocal = a.Local
		q.CoSpeakers = append(q.CoSpeakers, kroniek.CoSpeaker{Local: b.Local, Text: b.Text, Start: b.Start, End: b.End})
	}
}

// pluralFits reports whether the body of mention m may be called "de
// noun", noun a plural: as "de noun" in the singular (bodyFits), after a
// plural classifier ending in noun ("vakbonden FNV"), or with a name that
// opens with a compound of it ("Werkgeversorganisaties VNO-NCW": de
// werkgevers).
func (x *extractor) pluralFits(m kroniek.Mention, noun string) bool {
	if x.bodyFits(m, noun) {
		return true
	}
	for _, s := range singulars(noun) {
		if len(s) >= 4 && x.bodyFits(m, s) {
			return true
		}
	}
	first := strings.ToLower(strings.Fields(m.Text)[0])
	return strings.HasPrefix(first, noun) && len(first)-len(noun) >= 6 && strings.Contains(m.Text, " ")
}
