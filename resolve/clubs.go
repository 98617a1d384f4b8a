package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
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
// a match report, a place name after "tegen" ("thuis tegen Vitesse");
// all the article's mentions of that name follow.
func typeByClub(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	report := -1 // unknown until a place after "tegen" asks
	club := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.typ != kroniek.PER && c.typ != kroniek.LOC {
			continue
		}
		name := c.text(doc)
		if w := strings.Fields(name); len(w) > 1 && !strings.Contains(name, "-") && (clubPrefixes[w[0]] || clubSuffixes[w[len(w)-1]]) {
			club[name] = true
			continue
		}
		if c.typ != kroniek.LOC || c.classTyped {
			continue
		}
		if ti := tokenIndex(doc, c.start); ti > 0 && strings.ToLower(doc.Tokens[ti-1].Text) == "tegen" {
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
		if c := &cs[i]; c.entry == nil && club[c.text(doc)] {
			c.typ, c.classTyped = kroniek.ORG, true
		}
	}
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
