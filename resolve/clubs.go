package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// clubPrefixes open the names of sports clubs (FC Den Bosch, AFC Ajax)
// and clubSuffixes close them (Bolton Wanderers, Leeds United).
var (
	clubPrefixes = setOf("FC", "AFC", "SC", "SV", "VV", "RKSV")
	clubSuffixes = setOf("Wanderers", "United", "Rovers", "Athletic", "Albion", "Hotspur")
)

// sportWords are the lemmas that, three times in an article with a
// score (3-2), make it a match report.
var sportWords = setOf("wedstrijd", "doelpunt", "scoren", "speeltijd", "eredivisie",
	"competitie", "trainer", "coach", "duel", "strafschop", "keeper", "degradatie",
	"voetbal", "kampioen", "aftrap", "bekerfinale")

// typeByClub types ORG an unlinked PER or LOC name that is a sports
// club: one opened by a club prefix or closed by a club suffix, and, in
// a match report, a place name after "tegen" or "uit bij" ("thuis tegen
// Vitesse", "een zege uit bij Emmen"); all the article's mentions of that
// name follow. A town or city the knowledge base linked is the club
// there too and loses the link ("Feyenoord speelt tegen Heerenveen",
// "in de Champions League tegen Napoli"), so that the club never joins
// the town; its mentions after a preposition of place ("in Heerenveen")
// stay the town.
func typeByClub(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	report := -1 // unknown until a place after "tegen" asks
	club := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil && !townEntry(c.entry) || c.role != "" || c.typ != kroniek.PER && c.typ != kroniek.LOC {
			continue
		}
		name := c.text(doc)
		if c.entry != nil && c.typ != kroniek.LOC {
			continue
		}
		if w := strings.Fields(name); c.entry == nil && len(w) > 1 && !strings.Contains(name, "-") && (clubPrefixes[w[0]] || clubSuffixes[w[len(w)-1]]) {
			club[name] = true
			continue
		}
		if c.typ != kroniek.LOC || c.classTyped {
			continue
		}
		if ti := tokenIndex(doc, c.start); ti > 0 && opponentBefore(doc, ti) {
			if report < 0 {
				report = 0
				if matchReport(doc) {
					report = 1
				}
			}
			if report == 1 {
				club[name] = true
			}
		}
	}
	if len(club) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if !club[c.text(doc)] {
			continue
		}
		if c.entry == nil {
			c.typ, c.classTyped = kroniek.ORG, true
		} else if townEntry(c.entry) && c.role == "" && !placeBefore(doc, tokenIndex(doc, c.start)) {
			c.entry, c.typ, c.classTyped = nil, kroniek.ORG, true
		}
	}
}

// townEntry reports whether a knowledge-base entry is a town or city, a
// name that a club may bear (no country: "tegen Wit-Rusland" is the
// national team, which the golds keep with the country).
func townEntry(e *kb.Entry) bool {
	return e.Kind == kb.KindCity || e.Kind == kb.KindCapital
}

// opponentBefore reports whether the words before token ti name a
// match's opponent: "tegen X", "uit bij X".
func opponentBefore(doc *nl.Doc, ti int) bool {
	p := strings.ToLower(doc.Tokens[ti-1].Text)
	return p == "tegen" || p == "bij" && ti > 1 && strings.ToLower(doc.Tokens[ti-2].Text) == "uit"
}

// placeBefore reports whether a preposition of place opens the name at
// token ti: "in Heerenveen", "naar Emmen", "uit Heerenveen" (not "uit
// bij", which names the opponent).
func placeBefore(doc *nl.Doc, ti int) bool {
	if ti < 1 {
		return false
	}
	switch strings.ToLower(doc.Tokens[ti-1].Text) {
	case "in", "naar", "uit", "vanuit", "nabij", "rond", "richting":
		return true
	}
	return false
}

// matchReport reports whether doc reads as a match report: a score
// ("3-2") and three words of sport.
func matchReport(doc *nl.Doc) bool {
	score, sport := false, 0
	for _, t := range doc.Tokens {
		if isScore(t.Text) {
			score = true
		}
		if sportWords[strings.ToLower(t.Lemma)] || sportWords[strings.ToLower(t.Text)] {
			sport++
		}
	}
	return score && sport >= 3
}

// isScore reports whether s is a score: one or two digits, a hyphen, one
// or two digits.
func isScore(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	digits := func(x string) bool {
		if len(x) == 0 || len(x) > 2 {
			return false
		}
		for _, r := range x {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return ok && digits(a) && digits(b)
}
