package resolve

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// foreignTwins unlinks a Dutch body the knowledge base knows when a
// foreign country names another one: a nationality adjective right
// before it ("het Italiaanse Openbaar Ministerie", "de Spaanse Hoge
// Raad") or "van" and a country right after it ("de Eerste Kamer van
// Algerije"). The mention is linked instead to that country's twin, one
// entity per body and country across articles, as bodyMentions does for
// "de Duitse politie".
func foreignTwins(doc *nl.Doc, cs []cand, matches []kb.Match) {
	for i := range cs {
		c := &cs[i]
		if c.entry == nil || c.entry.Country != "NL" || c.entry.Kind != kb.KindOrg {
			continue
		}
		first, last := tokenIndex(doc, c.start), tokenIndex(doc, c.end-1)
		if first < 0 || last < first {
			continue
		}
		country, _ := adjectiveBefore(doc, first, matches)
		if country == "" {
			country = countryAfterVan(doc, last, matches)
		}
		if country == "" || country == "NL" {
			continue
		}
		c.entry, c.fromKB, c.country = twinEntry(c.entry, country), true, country
	}
}

// countryAfterVan is the country named by "van" and a country's name
// right after token ti ("van Algerije"), or "".
func countryAfterVan(doc *nl.Doc, ti int, matches []kb.Match) string {
	if ti+2 >= len(doc.Tokens) || strings.ToLower(doc.Tokens[ti+1].Text) != "van" {
		return ""
	}
	j := sort.Search(len(matches), func(j int) bool { return matches[j].Tok >= ti+2 })
	if j < len(matches) && matches[j].Tok == ti+2 {
		if e := matches[j].Entries[0]; e.Kind == kb.KindCountry {
			return e.Country
		}
	}
	return ""
}

// twinEntry is the foreign twin of the Dutch body e in country, made
// once per body and country.
func twinEntry(e *kb.Entry, country string) *kb.Entry {
	id := e.ID + "@" + strings.ToLower(country)
	bodyMu.Lock()
	defer bodyMu.Unlock()
	if t := bodyEntries[id]; t != nil {
		return t
	}
	t := &kb.Entry{ID: id, Name: e.Name + " (" + country + ")", Type: e.Type, Country: country, Kind: kb.KindOrg}
	bodyEntries[id] = t
	return t
}
