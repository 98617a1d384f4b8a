package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// domains are the web domains a name of a site or paper may carry:
// "AD.nl", "Stadszaken.nl".
var domains = []string{".nl", ".be", ".com", ".org", ".eu", ".net", ".de", ".fr", ".co.uk"}

// extendSpans widens mentions to what the text shows is part of the
// name: a web domain right after it (AD.nl), an ordinal right before a
// school or other body ("5e Montessorischool"), a capitalised weekday or
// month after a first name ("Jolanda Zondag": Dutch writes weekdays in
// lower case, so a capital one inside a sentence is a family name), and
// a word broken at the end of a line ("Oppen-heimer") that the article
// also writes whole.
func extendSpans(doc *nl.Doc, cs []cand, k *kb.KB) {
	// last names of the article's full person names: Koolmees of Wouter
	// Koolmees is no first name before "van Sociale Zaken"
	lastNames := map[string]bool{}
	for i := range cs {
		if cs[i].typ == kroniek.PER {
			if ws := strings.Fields(cs[i].text(doc)); len(ws) >= 2 {
				lastNames[ws[len(ws)-1]] = true
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		rest := doc.Text[c.end:]
		for _, d := range domains {
			if len(rest) > len(d) && strings.EqualFold(rest[:len(d)], d) || len(rest) == len(d) && strings.EqualFold(rest, d) {
				if after := rest[len(d):]; after == "" || !startsLetter(after) {
					c.end += len(d)
					if c.typ == "" || c.typ == kroniek.PER || c.typ == kroniek.LOC {
						c.typ = kroniek.ORG
					}
					if k != nil && c.entry == nil {
						for _, e := range k.Lookup(c.text(doc)) {
							if e.Kind == kb.KindOrg {
								c.entry = e
								break
							}
						}
					}
				}
				break
			}
		}
		if end, ok := ofName(doc, c, k, lastNames); ok {
			c.end = end
		}
		if ws := strings.Fields(c.text(doc)); c.typ == kroniek.ORG || classOf(ws[len(ws)-1]) == kroniek.ORG {
			if ti := tokenIndex(doc, c.start); ti > 0 {
				p := doc.Tokens[ti-1]
				if ordinalToken(p.Text) && strings.TrimSpace(doc.Text[p.End:c.start]) == "" && c.start-p.End <= 1 {
					c.start = p.Start
					c.entry = nil // "7e Montessorischool" is not the one the name alone may be
				}
			}
		}
		if c.typ == kroniek.PER && !strings.Contains(c.text(doc), " ") {
			if ti := tokenIndex(doc, c.end-1); ti >= 0 && ti+1 < len(doc.Tokens) {
				n := doc.Tokens[ti+1]
				lw := strings.ToLower(n.Text)
				if n.Start == c.end+1 && doc.Text[c.end] == ' ' && n.Text != lw && (nl.Lex().Is(nl.ClassWeekday, lw) || nl.Lex().Is(nl.ClassMonth, lw)) &&
					!startsSentence(doc, n.Start) && firstNameLike(c.text(doc)) {
					c.end = n.End
				}
			}
		}
	}
}

// startsLetter reports whether s begins with a letter or digit.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ordinalToken reports whether a token is an ordinal written in digits:
// 5e, 7de, 21ste.
func ordinalToken(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch s[i:] {
	case "e", "de", "ste":
		return true
	}
	return false
}

// ofName returns the end of a name the tagger cut before its particles:
// a first name before "van de Kerkhof" (Hans van de Kerkhof), a noun of
// a body before "van het Noorden" (Dagblad van het Noorden, Agentschap
// van de Generale Thesaurie). The words after the particles must be
// capitalised and none a place, country or body the knowledge base knows
// (Rutte van Nederland stays Rutte).
func ofName(doc *nl.Doc, c *cand, k *kb.KB, lastNames map[string]bool) (int, bool) {
	text := c.text(doc)
	if strings.Contains(text, " ") || c.entry != nil {
		return 0, false
	}
	person := c.typ == kroniek.PER && firstNameLike(text) && !lastNames[text]
	body := c.typ != kroniek.PER && (placeNouns[strings.ToLower(text)] || classOf(text) != "" || bodyNouns[strings.ToLower(text)])
	if !person && !body {
		return 0, false
	}
	ti := tokenIndex(doc, c.end-1)
	if ti < 0 {
		return 0, false
	}
	j := ti + 1
	nparts := 0
	for j < len(doc.Tokens) && nparts < 3 && nameParticlesNL[doc.Tokens[j].Text] {
		if body && nparts == 0 && doc.Tokens[j].Text != "van" {
			return 0, false
		}
		j++
		nparts++
	}
	if nparts == 0 || j >= len(doc.Tokens) {
		return 0, false
	}
	end := -1
	for j < len(doc.Tokens) {
		t := doc.Tokens[j]
		r, _ := utf8.DecodeRuneInString(t.Text)
		if t.Kind != nl.Word || !unicode.IsUpper(r) || t.Text == strings.ToUpper(t.Text) || startsSentence(doc, t.Start) ||
			strings.ContainsAny(t.Text, "0123456789") || adjective(doc, t.Text) {
			break
		}
		if k != nil && len(k.Lookup(t.Text)) > 0 || portfolioStart[kb.Fold(t.Text)] || person && classOf(t.Text) != "" {
			return 0, false // Slob van Onderwijs, Huyskens van de Bovag-bond
		}
		end = t.End
		j++
		if person {
			// one family name, not the first word of another name
			if j < len(doc.Tokens) {
				if r, _ := utf8.DecodeRuneInString(doc.Tokens[j].Text); unicode.IsUpper(r) && doc.Tokens[j].Kind == nl.Word {
					return 0, false
				}
			}
			break
		}
	}
	if end < 0 || strings.ContainsAny(doc.Text[c.end:end], "\n") {
		return 0, false
	}
	return end, true
}

// bodyNouns are words that open names of papers and bodies followed by
// "van": Dagblad van het Noorden, Agentschap van de Generale Thesaurie.
var bodyNouns = setOf("dagblad", "agentschap", "nieuwsblad", "courant", "krant", "genootschap", "federatie",
	"vereniging", "stichting", "instituut", "centrum", "raad", "hof", "college", "bond", "unie", "fonds", "orde")

// portfolioStart holds the first words of portfolio names: "minister
// Slob van Onderwijs" does not make Slob van Onderwijs a name.
var portfolioStart = func() map[string]bool {
	m := map[string]bool{"rechtsbescherming": true, "medische": true, "milieu": true, "klimaat": true, "wonen": true}
	for p := range portfolios {
		w, _, _ := strings.Cut(p, " ")
		m[strings.TrimSuffix(w, ",")] = true
	}
	return m
}()
