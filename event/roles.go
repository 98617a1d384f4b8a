package event

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// roleRef is a person the article introduced with a role noun: "wethouder
// Jan Jansen" or "Jan Jansen, de wethouder van …" (invented names).
type roleRef struct {
	key, text string
	start     int
}

// roleOf is the lemma of the role noun w is or ends in (VVD-leider gives
// leider), or "".
func roleOf(w string) string {
	e, ok := nl.Lex().RoleHead(strings.Trim(w, ".,:;'\"’()"))
	if !ok || e.Tag == "group" {
		return ""
	}
	if e.Lemma != "" {
		return e.Lemma
	}
	return e.Form
}

// collectRoles records, for every person mention with a role noun right
// before it (wethouder X) or an apposition after it (X, wethouder van …),
// that role, in text order.
func (x *extractor) collectRoles() map[string][]roleRef {
	out := map[string][]roleRef{}
	text := x.doc.Text
	for _, m := range x.mentionsOf(kroniek.PER) {
		if w := wordBefore(text, m, 40); w != "" {
			if r := roleOf(w); r != "" {
				out[r] = append(out[r], roleRef{m.Local, m.Text, m.Start})
				continue
			}
		}
		// X, wethouder van …; X is ook wethouder van …
		f := strings.Fields(strings.TrimPrefix(text[m.End:min(len(text), m.End+60)], ","))
		for i := 0; i < len(f) && i < 4; i++ {
			w := strings.TrimRight(f[i], ",")
			if strings.ContainsAny(w, ".;:") {
				break
			}
			if r := roleOf(w); r != "" {
				out[r] = append(out[r], roleRef{m.Local, m.Text, m.Start})
				break
			}
			if !appositionFiller[w] {
				break
			}
		}
	}
	return out
}

// appositionFiller lists the words that may stand between a name and its
// role: "X, de wethouder", "X is ook wethouder", "X was toen minister".
var appositionFiller = map[string]bool{"de": true, "het": true, "is": true, "was": true, "ook": true, "al": true, "nu": true, "toen": true, "destijds": true, "inmiddels": true}

// resolveRoles replaces in a side a definite role phrase without a name
// ("de wethouder", "De verantwoordelijk wethouder") by the one person the
// article gives that role (before or after offset at: an article may say
// "de wethouder" before it names him); with two such persons the phrase
// stays a role.
func (x *extractor) resolveRoles(a arg, at int) arg {
	for i, k := range a.keys {
		if k != "" {
			continue
		}
		f := strings.Fields(lower(a.texts[i]))
		if n := len(f); n > 2 && (f[n-1] == "zelf" || f[n-1] == "zelve") {
			f = f[:n-1] // de president zelf
		}
		if j := slices.Index(f, "van"); j >= 2 {
			f = f[:j] // de minister van Justitie: the role is the head before van
		}
		if len(f) < 2 || len(f) > 4 || f[0] != "de" {
			continue
		}
		r := roleOf(f[len(f)-1])
		refs := x.roles[r]
		if len(f) == 2 && (f[1] == "man" || f[1] == "vrouw") {
			if key, text := x.onlyPerson(f[1] == "vrouw"); key != "" {
				a.keys[i], a.texts[i] = key, text
				a.per, a.female = true, f[1] == "vrouw"
			}
			continue
		}
		if r == "" || len(refs) == 0 {
			continue
		}
		best := &refs[0]
		people := map[string]bool{}
		for j := range refs {
			people[refs[j].key] = true
		}
		if best == nil || len(people) > 1 {
			continue // two ministers: "de minister" is either
		}
		a.keys[i], a.texts[i] = best.key, best.text
		a.per = true
	}
	return a
}

// onlyPerson returns the one person the article names when every person
// it names has a known gender and exactly one is a woman (female) or a man
// (not female): "Karel Dorp (52) … De man werd opgepakt" (invented). An
// article with a person of unknown gender, or two of the gender, gives
// "".
func (x *extractor) onlyPerson(female bool) (string, string) {
	key, text := "", ""
	for _, le := range x.localList {
		if le.Type != kroniek.PER {
			continue
		}
		f := strings.Fields(lower(le.Name))
		if len(f) < 2 {
			return "", "" // a surname or given name alone says no gender
		}
		isF, isM := x.female(le.Name), givenMale(f[0])
		if isF == isM {
			return "", ""
		}
		if isF != female {
			continue
		}
		if key != "" {
			return "", ""
		}
		key, text = le.Key, le.Name
	}
	if key != "" && !x.introducedSubject(key) {
		return "", ""
	}
	return key, text
}

// introducedSubject reports whether the article introduces person key as
// news reports introduce the one they are about, whom they then call "de
// man" or "de vrouw": with an age in brackets ("Karel Dorp (52)") or a
// surname cut to its initial ("Karel D."). A spokesman or director named
// beside an unnamed "46-jarige man" is not (invented examples).
func (x *extractor) introducedSubject(key string) bool {
	text := x.doc.Text
	for _, m := range x.mentions {
		if m.Local != key {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) == 0 {
			continue
		}
		if last := f[len(f)-1]; len(f) > 1 && len(last) == 2 && last[1] == '.' {
			return true
		}
		rest := strings.TrimLeft(text[m.End:min(len(text), m.End+8)], " ")
		if i := strings.IndexByte(rest, ')'); strings.HasPrefix(rest, "(") && i > 1 && isDigits(rest[1:i]) {
			return true
		}
	}
	return false
}

// givenMale reports whether the one Dutch lexicon knows w as a man's given
// name and not also a woman's.
func givenMale(w string) bool {
	return nl.Lex().Is(nl.Class("name_male"), w) && !nl.Lex().Is(nl.Class("name_female"), w)
}

// stateRoles are the group roles that stand for a state's government.
var stateRoles = map[string]bool{"generic:government": true, "generic:authorities": true}

// stateSides replaces in a side a government group named by a nationality
// adjective ("de Hongaarse autoriteiten", "de Britse regering") by that
// country's entity when the article mentions the country, as the gold
// guidelines code a state's government by the state.
func (x *extractor) stateSides(a arg, sentence string) arg {
	for i, k := range a.keys {
		if !stateRoles[k] {
			continue
		}
		// the group's words with the two words before them in the sentence
		phrase := a.texts[i]
		if j := strings.Index(sentence, phrase); j > 0 {
			before := strings.Fields(sentence[:j])
			phrase = strings.Join(before[max(0, len(before)-2):], " ") + " " + phrase
		}
		if key := x.countryOf(phrase); key != "" {
			a.keys[i] = key
			a.plural = len(a.keys) > 1
		}
	}
	return a
}

// countryOf is the local key of the country a nationality adjective in
// text names, when the article mentions that country, or "".
func (x *extractor) countryOf(text string) string {
	k, err := kb.Load()
	if err != nil {
		return ""
	}
	for _, w := range strings.Fields(text) {
		if !capitalised(w) {
			continue
		}
		for _, e := range k.Lookup(w) {
			if e.Kind != kb.KindDemonym || e.Target == "" {
				continue
			}
			for key, le := range x.locals {
				if le.KB == e.Target && le.Type == kroniek.LOC {
					return key
				}
			}
		}
	}
	return ""
}

// orgKindWords are the kind nouns an organisation is introduced with
// ("vakbond FNV", "energiebedrijf Nuon"), matched as the noun or the tail
// of a compound; "de bond", "het bedrijf" later refer to it.
var orgKindWords = []string{"bond", "partij", "bedrijf", "club", "bank", "krant", "omroep", "stichting", "vereniging",
	"organisatie", "universiteit", "ziekenhuis", "concern", "fabrikant", "maatschappij", "federatie", "supermarkt",
	"ministerie", "rechtbank", "gemeente", "provincie", "zender", "keten", "verzekeraar", "corporatie", "school"}

// orgKindOf is the kind word w is or ends in ("vakbond" gives "bond"), or "".
func orgKindOf(w string) string {
	w = strings.ToLower(strings.Trim(w, ".,:;'\"’()"))
	for _, k := range orgKindWords {
		if strings.HasSuffix(w, k) {
			return k
		}
	}
	return ""
}

// collectOrgKinds records, for every organisation mention with a kind noun
// right before it ("vakbond FNV"), that kind, in text order.
func (x *extractor) collectOrgKinds() map[string][]string {
	out := map[string][]string{}
	for _, m := range x.mentionsOf(kroniek.ORG) {
		if w := wordBefore(x.doc.Text, m, 30); w != "" {
			if k := orgKindOf(w); k != "" && !contains(out[k], m.Local) {
				out[k] = append(out[k], m.Local)
			}
		}
		// a name that opens with its kind ("rechtbank van Breda", "gemeente
		// Nijmegen", "Stichting Islamitisch Primair Onderwijs"): "de
		// rechtbank", "de stichting" later refer to it
		if f := strings.Fields(m.Text); len(f) > 1 {
			if w := lower(f[0]); orgKindOf(w) == w && !contains(out[w], m.Local) {
				out[w] = append(out[w], m.Local)
			}
		}
	}
	x.describedBodies(out)
	return out
}

// mentionsOf returns the mentions of the article's entities of type typ
// whose span lies within the text, in text order.
func (x *extractor) mentionsOf(typ string) []kroniek.Mention {
	var out []kroniek.Mention
	for _, m := range x.mentions {
		if le := x.locals[m.Local]; le != nil && le.Type == typ && m.Start <= len(x.doc.Text) && m.End <= len(x.doc.Text) {
			out = append(out, m)
		}
	}
	return out
}

// wordBefore returns the word right before mention m, looking back at most
// reach bytes; "" when there is none or punctuation stands between.
func wordBefore(text string, m kroniek.Mention, reach int) string {
	before := strings.Fields(text[max(0, m.Start-reach):m.Start])
	if len(before) == 0 || strings.ContainsAny(text[max(0, m.Start-2):m.Start], ",.;:(") {
		return ""
	}
	return before[len(before)-1]
}

// orgByKind is the one organisation the article introduced with the kind
// noun that heads a definite phrase ("De bond" after "vakbond FNV"), or ""
// (none, or two: "de partij" is then either).
func (x *extractor) orgByKind(text string) string {
	f := strings.Fields(lower(text))
	if len(f) != 2 || f[0] != "de" && f[0] != "het" {
		return ""
	}
	if keys := x.orgKinds[strings.Trim(f[1], ".,:;'\"’()")]; len(keys) == 1 && !slices.Contains(orgKindWords, f[1]) {
		return keys[0] // de toezichthouder, het team: a noun the article gave one body
	}
	if key := x.orgByTail(strings.Trim(f[1], ".,:;'\"’()")); key != "" {
		return key // de brigade, after "Deze actiegroep" or "Sint Michaëlbrigade"
	}
	k := orgKindOf(f[1])
	if k == "" || strings.TrimSuffix(strings.Trim(f[1], ".,:;'\"’()"), k) != "" {
		return "" // de bond, not de vakbond (a kind of its own)
	}
	if keys := x.orgKinds[k]; len(keys) == 1 {
		return keys[0]
	}
	return ""
}

// orgByTail is the one organisation whose recorded kind noun is a
// compound ending in w ("actiegroep" for "de groep", "michaëlbrigade" for
// "de brigade"), when w itself names no other body of the article; else "".
func (x *extractor) orgByTail(w string) string {
	if len(w) < 4 || len(x.orgKinds[w]) > 1 {
		return ""
	}
	found := ""
	for k, keys := range x.orgKinds {
		if len(k)-len(w) < 3 || !strings.HasSuffix(k, w) {
			continue
		}
		for _, key := range keys {
			if found != "" && found != key {
				return "" // two bodies of that kind
			}
			found = key
		}
	}
	if ks := x.orgKinds[w]; len(ks) == 1 && found != "" && ks[0] != found {
		return ""
	}
	return found
}
