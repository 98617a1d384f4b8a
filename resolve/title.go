package resolve

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// Title finds the names of an article's title, parsed as a document of its
// own, and gives each the article's local entity it names: the same
// knowledge-base entry, a name or spelling the text uses for it, or the
// last name of the one person of the text with it (Wiegel for Hans
// Wiegel). A title name the text does not name becomes an entity of its
// own only when nothing makes it a headline's common word: it is linked
// to the knowledge base, or it is more than one word, or it stands
// mid-sentence in the title, and the text never writes it in lower case;
// a title in capitals gives linked names only. It returns locals with the
// new entities appended (keys go on from the text's) and the title's
// mentions, with Field set to kroniek.FieldTitle and offsets into the
// title. tagged are the tagger's mentions of title; text is the
// article's text and mentions its mentions in it. common, when not nil,
// tells a common word (a headline's kicker: Column, Interview,
// Reportage), which a tagged name of the title loses at either end.
func Title(title *nl.Doc, tagged []kroniek.Mention, text string, locals []kroniek.LocalEntity, mentions []kroniek.Mention, k *kb.KB, common func(string) bool) ([]kroniek.LocalEntity, []kroniek.Mention) {
	if title == nil || len(title.Tokens) == 0 {
		return locals, nil
	}
	caps := allCapsTitle(title.Text)
	tls, tms := local(title, trimTitleNames(title, tagged, caps, common), k, true)
	if len(tls) == 0 {
		return locals, nil
	}
	ix := newTextIndex(locals, mentions)
	var lowerText map[string]bool
	lowerInText := func(name string) bool {
		if lowerText == nil {
			lowerText = lowerWordsOf(text)
		}
		for _, w := range strings.Fields(kb.Fold(name)) {
			if !lowerText[w] {
				return false
			}
		}
		return true
	}
	next := 0
	for _, le := range locals {
		if n, err := strconv.Atoi(strings.TrimPrefix(le.Key, "L")); err == nil && n > next {
			next = n
		}
	}
	target := map[string]string{} // title local key -> article local key
	parts := map[int]string{}     // title mention cut to a name of the text -> its local key
	typeOf := map[string]string{}
	fuller := map[string]string{} // article local key -> the title's full name of its signature
	for _, le := range locals {
		typeOf[le.Key] = le.Type
	}
	for _, tl := range tls {
		if key, rule := ix.find(tl); key != "" {
			target[tl.Key] = key
			if rule != "" {
				ix.link(key, tl.Name+" (title): "+rule)
			}
			if strings.HasPrefix(rule, signatureRule) || strings.HasPrefix(rule, givenNameRule) {
				fuller[key] = tl.Name // Hans van Soest, not H. Vansoest
			}
			continue
		}
		// a name of the text glued to headline words: "Elon Musk
		// Twitter", "Ajacied Van de Beek"
		parted := false
		for mi, m := range tms {
			if m.Local != tl.Key {
				continue
			}
			if start, end, key, ok := ix.part(m); ok {
				tms[mi].Start, tms[mi].End, tms[mi].Text, tms[mi].Local = start, end, title.Text[start:end], ""
				parts[mi] = key
				if !parted {
					ix.link(key, tl.Name+" (title): the text's name in it")
				}
				parted = true
			}
		}
		if parted {
			continue
		}
		if !titleOnlyName(title, tl, tms, caps, lowerInText) {
			continue
		}
		next++
		le := tl
		le.Key = "L" + strconv.Itoa(next)
		locals = append(locals, le)
		target[tl.Key] = le.Key
		typeOf[le.Key] = le.Type
	}
	for i := range locals {
		if name, ok := fuller[locals[i].Key]; ok {
			locals[i].Name = name
		}
	}
	for k, links := range ix.links {
		for i := range locals {
			if locals[i].Key == k {
				locals[i].Links = append(locals[i].Links, links...)
			}
		}
	}
	var out []kroniek.Mention
	for mi, m := range tms {
		key, ok := target[m.Local]
		if k, cut := parts[mi]; cut {
			key, ok = k, true
		}
		if !ok {
			continue
		}
		m.Local, m.Type, m.Field = key, typeOf[key], kroniek.FieldTitle
		out = append(out, m)
	}
	return locals, out
}

// textIndex finds the entity of the text a title name names.
type textIndex struct {
	byKB    map[string]string
	byName  map[string][]string // name key of a local's name or of a mention's text -> local keys
	bySuff  map[string][]string // last word(s) of a person's name -> local keys
	persons map[string]bool
	alone   map[string]bool     // persons the text names by one word only
	links   map[string][]string // new links per local key, in order
}

func newTextIndex(locals []kroniek.LocalEntity, mentions []kroniek.Mention) *textIndex {
	ix := &textIndex{byKB: map[string]string{}, byName: map[string][]string{}, bySuff: map[string][]string{},
		persons: map[string]bool{}, alone: map[string]bool{}, links: map[string][]string{}}
	add := func(m map[string][]string, k, key string) {
		for _, x := range m[k] {
			if x == key {
				return
			}
		}
		m[k] = append(m[k], key)
	}
	for _, le := range locals {
		if le.KB != "" {
			ix.byKB[le.KB] = le.Key
		}
		add(ix.byName, nameKey(le.Name), le.Key)
		if le.Type != kroniek.PER {
			continue
		}
		ix.persons[le.Key] = true
		ws := nameWords(le.Name)
		ix.alone[le.Key] = len(ws) == 1
		for i := 1; i < len(ws); i++ {
			add(ix.bySuff, strings.Join(ws[i:], " "), le.Key)
		}
	}
	for _, m := range mentions {
		if m.Local != "" && m.Field == "" {
			add(ix.byName, nameKey(m.Text), m.Local)
		}
	}
	return ix
}

// find returns the key of the text's entity that title local tl names,
// and the rule to print when the names differ ("" when they are the
// same name).
func (ix *textIndex) find(tl kroniek.LocalEntity) (string, string) {
	if tl.KB != "" {
		if key, ok := ix.byKB[tl.KB]; ok {
			return key, ""
		}
	}
	if keys := ix.byName[nameKey(tl.Name)]; len(keys) == 1 {
		return keys[0], ""
	}
	// a possessive: Baudets for the text's Baudet
	for _, suf := range []string{"'s", "’s", "s"} {
		if base, ok := strings.CutSuffix(tl.Name, suf); ok && len(base) >= 3 {
			if keys := ix.byName[nameKey(base)]; len(keys) == 1 {
				return keys[0], "possessive of"
			}
		}
	}
	// a place's or body's name without its article: Veerhoeve in the
	// title for the text's camping "De Veerhoeve"
	if tl.KB == "" && !strings.Contains(tl.Name, " ") {
		for _, art := range []string{"De ", "Het "} {
			if keys := ix.byName[nameKey(art+tl.Name)]; len(keys) == 1 && !ix.persons[keys[0]] {
				return keys[0], "without the article of"
			}
		}
	}
	if tl.KB != "" || tl.Type != kroniek.PER && tl.Type != "" && len(nameWords(tl.Name)) > 1 {
		return "", "" // another entry, or a longer name of a place or body
	}
	if keys := ix.bySuff[strings.Join(nameWords(tl.Name), " ")]; len(keys) == 1 {
		return keys[0], "last name of the text's person"
	}
	// a full name in the title, its last name alone in the text
	if ws := nameWords(tl.Name); tl.Type == kroniek.PER && len(ws) >= 2 {
		if keys := ix.byName[nameKey(ws[len(ws)-1])]; len(keys) == 1 && ix.persons[keys[0]] {
			return keys[0], "full name of the text's " + ws[len(ws)-1]
		}
	}
	// a full name in the title, its given name alone in the text: "Hans
	// van der Beek: Schuim" over a column that says Hans
	if ws := strings.Fields(tl.Name); tl.Type == kroniek.PER && len(ws) >= 2 && isGivenName(ws[0]) && !isGivenName(ws[len(ws)-1]) {
		if keys := ix.byName[nameKey(ws[0])]; len(keys) == 1 && ix.persons[keys[0]] && ix.alone[keys[0]] {
			return keys[0], givenNameRule + " " + ws[0]
		}
	}
	// a columnist's name in the title, signed under the column in lower
	// case with the family name's particles run together: "Hans van
	// Soest" and h.vansoest
	if ws := nameWords(tl.Name); tl.Type == kroniek.PER && len(ws) >= 2 {
		r, _ := utf8.DecodeRuneInString(ws[0])
		sig := string(r) + "." + strings.Join(ws[1:], "")
		if keys := ix.byName[nameKey(sig)]; len(keys) == 1 && ix.persons[keys[0]] {
			return keys[0], signatureRule + " " + sig
		}
	}
	return "", ""
}

// signatureRule opens the rule that links a columnist's name in the
// title to the signature under the column.
const signatureRule = "full name of the text's signature"

// givenNameRule opens the rule that links a full name in the title to
// the one person the text names by the given name alone.
const givenNameRule = "full name of the text's given name"

func (ix *textIndex) link(key, rule string) { ix.links[key] = append(ix.links[key], rule) }

// titleOnlyName reports whether a title name the text does not name is a
// name: linked to the knowledge base, or more than one word, or one
// word mid-sentence (after a word in lower case); never a word the text
// writes in lower case, and in a title in capitals only a linked one.
func titleOnlyName(title *nl.Doc, tl kroniek.LocalEntity, tms []kroniek.Mention, caps bool, lowerInText func(string) bool) bool {
	if tl.KB != "" {
		return true
	}
	if caps || lowerInText(tl.Name) || adjectiveStart(tl.Name) {
		return false
	}
	if len(strings.Fields(tl.Name)) > 1 {
		return true
	}
	for _, m := range tms {
		if m.Local == tl.Key && afterLowerWord(title, m.Start) {
			return true
		}
	}
	return false
}

// afterLowerWord reports whether the word before offset start in doc is
// written in lower case (the name stands mid-sentence).
func afterLowerWord(doc *nl.Doc, start int) bool {
	prev := -1
	for i, t := range doc.Tokens {
		if t.Start >= start {
			break
		}
		prev = i
	}
	return prev >= 0 && doc.Tokens[prev].Kind == nl.Word && startsLower(doc.Tokens[prev].Text)
}

// allCapsTitle reports whether a title is written in capitals (no letter
// in lower case): its capitals say nothing of names.
func allCapsTitle(s string) bool {
	letters, upper := kb.LetterCase(s)
	return letters > 0 && upper == letters
}

// trimTitleNames cuts off the words of tagged title names that are no
// part of a name: at either end a common word or one in lower case
// ("Interview Rob Jetten", "Jerry Goossens Column"; not a particle before
// the rest of a name: De Bilde), a common word that opens a clause before
// another word of the name, an adjective at the end ("Marktplaats
// Europese cokehandel"), and anywhere a word
// of four capitals or more in a title not all in capitals ("COLUMN
// ANGELA DE JONG": a kicker in capitals, where the knowledge base still
// finds the places it names). A name left with nothing is dropped.
func trimTitleNames(doc *nl.Doc, tagged []kroniek.Mention, caps bool, common func(string) bool) []kroniek.Mention {
	var out []kroniek.Mention
	for _, m := range tagged {
		var toks []nl.Token
		shouting := false
		for _, t := range doc.Tokens {
			if t.Start >= m.Start && t.End <= m.End {
				toks = append(toks, t)
				if letters, upper := kb.LetterCase(t.Text); t.Kind == nl.Word && !caps && letters >= 4 && upper == letters {
					shouting = true
				}
			}
		}
		if shouting || len(toks) == 0 {
			continue
		}
		outer := func(t nl.Token) bool {
			return t.Kind != nl.Word || startsLower(t.Text) || sectionLabels[strings.ToLower(t.Text)]
		}
		lead := func(i, j int) bool {
			if i+1 < j && particles[strings.ToLower(toks[i].Text)] && !outer(toks[i+1]) {
				return false // De Bilde
			}
			if outer(toks[i]) {
				return true
			}
			// a common word opening a clause before a name:
			// "Speurder Willeke Dost", "Ontvoerder Hannah"
			return i+1 < j && common != nil && common(toks[i].Text) && titleClauseStart(doc, toks[i].Start) && !outer(toks[i+1])
		}
		i, j := 0, len(toks)
		for i < j && lead(i, j) {
			i++
		}
		for j > i && (outer(toks[j-1]) || j-i > 1 && adjectiveShape(toks[j-1].Text)) {
			j--
		}
		if i == j {
			continue
		}
		m.Start, m.End = toks[i].Start, toks[j-1].End
		m.Text = doc.Text[m.Start:m.End]
		out = append(out, m)
	}
	return out
}

// adjectiveStart reports whether a name begins with a word of an
// adjective's shape, -se or -sche after a stem of four letters or more
// (Rijsbergse galerij, Caribische eilanden, Brusselse WW-maatregel): no
// name of a headline begins so unless the knowledge base knows it.
func adjectiveStart(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	return adjectiveShape(w)
}

// adjectiveShape reports whether w has an adjective's shape: -se or -sche
// after a stem of four letters or more, and no given name (Therese).
func adjectiveShape(w string) bool {
	f := kb.Fold(w)
	return len(f) >= 7 && (strings.HasSuffix(f, "se") || strings.HasSuffix(f, "sche")) && !isGivenName(w)
}

// sectionLabels are the labels of a newspaper's sections and genres that
// headlines put before or after a name ("Column Sjoerd Mossou",
// "Interview Rob Jetten"): never part of the name.
var sectionLabels = setOf("column", "commentaar", "interview", "reportage", "analyse", "recensie", "profiel",
	"portret", "personalia", "opinie", "achtergrond", "verslag", "beschouwing", "ingezonden", "reactie",
	"beweringen", "cartoon", "necrologie", "vraag", "stelling", "podcast", "video", "fotoserie", "liveblog")

// titleClauseStart reports whether offset start opens the title or a
// clause of it: after nothing, a full stop, colon, question or
// exclamation mark, or a quote.
func titleClauseStart(doc *nl.Doc, start int) bool {
	before := strings.TrimRight(doc.Text[:start], " ")
	if before == "" {
		return true
	}
	for _, p := range []string{".", ":", "?", "!", "'", "\"", "‘", "“", ",", "|"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// part finds the longest run of whole words of a title mention, at its
// start or its end, that the text uses as a name of exactly one of its
// entities, and returns its offsets in the title and the entity's key.
func (ix *textIndex) part(m kroniek.Mention) (start, end int, key string, ok bool) {
	type word struct{ start, end int }
	var ws []word
	for i := 0; i < len(m.Text); {
		j := strings.IndexByte(m.Text[i:], ' ')
		if j < 0 {
			j = len(m.Text) - i
		}
		if j > 0 {
			ws = append(ws, word{i, i + j})
		}
		i += j + 1
	}
	for n := len(ws) - 1; n >= 1; n-- {
		for _, w := range [][2]int{{0, n}, {len(ws) - n, len(ws)}} {
			s, e := ws[w[0]].start, ws[w[1]-1].end
			if keys := ix.byName[nameKey(m.Text[s:e])]; len(keys) == 1 && len(m.Text[s:e]) >= 2 {
				return m.Start + s, m.Start + e, keys[0], true
			}
		}
	}
	return 0, 0, "", false
}
