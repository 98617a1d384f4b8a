package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
)

// parsedFirstConjunct returns the first of coordinated subjects when the
// parse makes the noun phrase of token i (a speaker the words before do not
// join by a bare "en") a later conjunct: "Politie, Openbaar Ministerie,
// burgemeesters en de boerenbelangenvereniging ZLTO geven aan dat …" →
// Politie; "acteur George Clooney en zanger Elton John hebben opgeroepen
// om …" → George Clooney; "volgens vervoerder NS en spoorbeheerder ProRail"
// → NS. The first conjunct may take no preposition but "volgens", and
// must name a person or organisation outside quotation marks (a pronoun
// or a plain noun keeps the speaker).
func (x *extractor) parsedFirstConjunct(i int) (kroniek.Mention, bool) {
	d := x.doc
	h := i
	for n := 0; n < 4 && d.Tokens[h].Head >= 0; n++ {
		r := d.Tokens[h].Rel
		if r != "appos" && !strings.HasPrefix(r, "flat") && !strings.HasPrefix(r, "compound") {
			break
		}
		h = d.Tokens[h].Head
	}
	if !x.parsed(h) || d.Tokens[h].Rel != "conj" {
		return kroniek.Mention{}, false
	}
	f := d.Tokens[h].Head
	for n := 0; n < 6 && f >= 0 && (d.Tokens[f].Rel == "conj" || d.Tokens[f].Rel == "appos" && x.listComma(f)) && d.Tokens[f].Head >= 0 && d.Tokens[f].Head < f; n++ {
		f = d.Tokens[f].Head // "A, B, C en D": the parse may chain D to C, or hang C on A as an apposition
	}
	if f < 0 || f >= h || x.sentenceAt(d.Tokens[f].Start) != x.sentenceAt(d.Tokens[h].Start) {
		return kroniek.Mention{}, false
	}
	for _, c := range d.Dependents(f, "case") {
		if !strings.EqualFold(d.Tokens[c].Text, "volgens") && !(strings.EqualFold(d.Tokens[c].Text, "onder") && c+1 < len(d.Tokens) && wordAt(d.Tokens, c+1, amongOthers)) {
			return kroniek.Mention{}, false // "stapjes van A en B": not who speaks
		}
	}
	if b := f - 1; b >= 0 && d.Tokens[b].Head != f && (isPreposition(d.Tokens[b].Text) || strings.EqualFold(d.Tokens[b].Text, "als")) {
		return kroniek.Mention{}, false
	}
	for k := f; k < h; k++ {
		if k != f && !(d.Tokens[k].Head == f && (d.Tokens[k].Rel == "appos" || strings.HasPrefix(d.Tokens[k].Rel, "flat"))) {
			continue
		}
		m, ok := x.mentionAt(d.Tokens[k].Start, d.Tokens[k].End)
		if !ok || m.Local == "" || x.quoted(m.Start) || m.Start >= d.Tokens[h].Start {
			continue
		}
		if x.isPerson(m) || x.locals[m.Local].Type == kroniek.ORG {
			return m, true
		}
	}
	return kroniek.Mention{}, false
}

// amongOthers are the words of "onder anderen/andere/meer": an aside,
// not a preposition that takes the speaker out of the subject.
var amongOthers = map[string]bool{"anderen": true, "andere": true, "meer": true}

// listComma reports whether token i follows a comma, as a member of a
// list does ("Politie, Openbaar Ministerie, burgemeesters en …").
func (x *extractor) listComma(i int) bool {
	j := i - 1
	for j >= 0 && x.doc.Tokens[j].Head == i && x.doc.Tokens[j].Rel == "det" {
		j--
	}
	return j >= 0 && x.doc.Tokens[j].Text == ","
}
