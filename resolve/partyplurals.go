package resolve

import (
	"strings"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// partyPlurals are plural nouns of political leanings that the knowledge
// base gives as another name of one foreign party (de Conservatieven for
// the British Conservative Party, de Democraten for the American one).
// The same word also names the people of that leaning anywhere:
// "Conservatieven en progressieven binnen de kerk" is no British party.
var partyPlurals = setOf("conservatieven", "democraten", "republikeinen", "liberalen", "socialisten", "groenen",
	"christendemocraten", "sociaaldemocraten", "sociaal-democraten", "christen-democraten")

// partyElsewhere reports whether match m is such a plural, linked to a
// foreign party, in an article that names no other name of the party's
// country (no place, person, body or demonym of it): then the word is
// the leaning, not the party. "Premier May en de Conservatieven" keeps
// the party; "Conservatieven moeten de toekomst omarmen" in a Dutch
// opinion piece does not.
func partyElsewhere(m kb.Match, matches []kb.Match, text string) bool {
	e := m.Entries[0]
	if e.Kind != kb.KindOrg || e.Country == "" || e.Country == "NL" || !partyPlurals[strings.ToLower(text[m.Start:m.End])] {
		return false
	}
	for _, o := range matches {
		if o.Start != m.Start && !partyPlurals[strings.ToLower(text[o.Start:o.End])] && o.Entries[0].Country == e.Country {
			return false
		}
	}
	return true
}

// partyName reports whether a name is such a plural, capitalised, alone
// or after De: written so mid-sentence it names a party ("CDU, SPD, de
// Groenen", "een woordvoerder van De Groenen"), whatever the tagger
// took it for.
func partyName(name string) bool {
	w := strings.TrimPrefix(name, "De ")
	return w != strings.ToLower(w) && partyPlurals[strings.ToLower(w)]
}

// partyMembers are the singulars of partyPlurals and "Tory": a member of
// a leaning or party, a common noun however it is written ("voormalig
// minister en vooraanstaand Tory", "de Republikein zelf").
var partyMembers = setOf("conservatief", "democraat", "republikein", "liberaal", "socialist",
	"christendemocraat", "sociaaldemocraat", "sociaal-democraat", "christen-democraat", "tory")

// dropPartyMembers drops a one-word name of no knowledge-base entry that
// is such a member noun: the tagger reads a capitalised "Tory" as a person.
func dropPartyMembers(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.entry == nil && partyMembers[strings.ToLower(c.text(doc))] {
			continue
		}
		out = append(out, c)
	}
	return out
}
