package resolve

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// portfolios are the names Dutch gives a ministry by its portfolio alone
// ("minister van Defensie", "Justitie onderzoekt"). Every country has
// them, so the name alone does not say whose ministry it is.
var portfolios = setOf("defensie", "justitie", "binnenlandse zaken", "buitenlandse zaken", "financien",
	"economische zaken", "sociale zaken", "volksgezondheid", "onderwijs", "landbouw", "handel",
	"justitie en veiligheid", "veiligheid en justitie", "binnenlandse veiligheid", "staatsveiligheid",
	"verkeer en waterstaat", "infrastructuur en waterstaat", "infrastructuur en milieu", "infrastructuur", "cultuur", "milieu", "energie",
	"buitenlandse handel", "ontwikkelingssamenwerking", "volksgezondheid, welzijn en sport",
	"economische zaken en klimaat", "binnenlandse zaken en koninkrijksrelaties", "sociale zaken en werkgelegenheid",
	"landbouw, natuur en voedselkwaliteit", "onderwijs, cultuur en wetenschap", "algemene zaken",
	// bodies every country has under one Dutch name
	"kiesraad", "hooggerechtshof", "openbaar ministerie", "grondwettelijk hof", "rekenkamer", "kustwacht")

// isPortfolio reports whether a name is a portfolio, alone or as its
// ministry: "Defensie", "ministerie van Defensie".
func isPortfolio(name string) bool {
	f := kb.Fold(name)
	return portfolios[f] || portfolios[strings.TrimPrefix(f, "ministerie van ")]
}

// portfolioCountries gives the country of each portfolio name in the
// article ("Defensie" of the Netherlands or of another country): a
// demonym right before its "ministerie van" ("het Japanse ministerie van
// Defensie") decides; otherwise the country the article speaks of most
// when that is not the Netherlands ("minister Florence Parly van
// Defensie" in a report from Paris); otherwise the Netherlands, the
// country of the newspaper. A foreign portfolio loses its link to the
// Dutch ministry and keeps its country, so that it joins only the same
// country's ministry in other articles.
func portfolioCountries(doc *nl.Doc, cs []cand, matches []kb.Match) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	any := false
	for i := range cs {
		if isPortfolio(cs[i].text(doc)) {
			any = true
			break
		}
	}
	if !any {
		return
	}
	article := foreignTopic(countSignals(matches, 0, len(doc.Text)), 3)
	for i := range cs {
		c := &cs[i]
		if !isPortfolio(c.text(doc)) {
			continue
		}
		country := article
		if lo, hi, ok := paragraphOf(doc, c.start); ok {
			if f := foreignTopic(countSignals(matches, lo, hi), 2); f != "NL" {
				country = f
			}
		}
		if d := demonymBefore(doc, c.start, matches); d != "" {
			country = d
		}
		c.country = country
		if country != "NL" && c.entry != nil && c.entry.Country == "NL" {
			c.entry, c.fromKB = nil, false
		}
		if c.entry != nil && c.entry.Kind == kb.KindOrg && localPortfolio(doc, c.start) {
			// an alderman's portfolio is the town's, not the ministry
			c.entry, c.fromKB, c.typ = nil, false, kroniek.ORG
		}
	}
}

// demonymBefore returns the country of a demonym in the few words before
// off: "het Japanse ministerie van [Defensie]", "het Amerikaanse
// ministerie van [Justitie]".
func demonymBefore(doc *nl.Doc, off int, matches []kb.Match) string {
	ti := tokenIndex(doc, off)
	if ti < 0 {
		return ""
	}
	lo := ti - 4
	if lo < 0 {
		lo = 0
	}
	for i := sort.Search(len(matches), func(i int) bool { return matches[i].Tok >= lo }); i < len(matches) && matches[i].Tok < ti; i++ {
		if m := matches[i]; m.Entries[0].Kind == kb.KindDemonym && (m.Entries[0].Country != "" || m.Entries[0].Target != "") {
			// only "ministerie van" may stand between
			// (nothing when the name itself opens with "ministerie van")
			between := strings.Fields(strings.ToLower(doc.Text[m.End:off]))
			ok := len(between) > 0 || strings.HasPrefix(strings.ToLower(doc.Text[off:]), "ministerie ")
			for _, w := range between {
				if w != "ministerie" && w != "van" && w != "minister" && w != "departement" && w != "commissaris" && w != "voor" && w != "staatssecretaris" {
					ok = false
				}
			}
			if ok {
				if c := m.Entries[0].Country; c != "" {
					return c
				}
				return m.Entries[0].Target // Europees commissaris voor Sociale Zaken
			}
		}
	}
	return ""
}

// foreignTopic returns the foreign country a stretch of text is about,
// from the countries its names point to, or "NL": a foreign country wins
// when it has at least least signals, more than twice the Netherlands'
// and half of all; or, when nothing points to the Netherlands, a
// quarter more than any other country.
func foreignTopic(count map[string]int, least int) string {
	top, n, total := "", 0, 0
	for c, k := range count {
		total += k
		if c != "NL" && (k > n || k == n && c < top) {
			top, n = c, k
		}
	}
	if n >= least && n > 2*count["NL"] && 2*n >= total {
		return top
	}
	// no Dutch signal at all: the most named foreign country, named more
	// than any other (a Brexit column that also quotes the New York Times)
	second := 0
	for c, k := range count {
		if c != top && k > second {
			second = k
		}
	}
	if count["NL"] == 0 && n >= least && 4*n > 5*second {
		return top
	}
	return "NL"
}

// paragraphOf returns the byte range of the paragraph holding off.
func paragraphOf(doc *nl.Doc, off int) (int, int, bool) {
	ps := doc.Paragraphs
	if i := sort.Search(len(ps), func(i int) bool { return ps[i][1] > off }); i < len(ps) && ps[i][0] <= off {
		return ps[i][0], ps[i][1], true
	}
	return 0, 0, false
}

// localPortfolio reports whether the portfolio name at off is a town's or
// a province's: a municipal or provincial role stands in the few words
// of its sentence before it and no minister's ("wethouder Sharon
// Dijksma (Infrastructuur)", "VVD-gedeputeerde van Financiën").
func localPortfolio(doc *nl.Doc, off int) bool {
	ti := tokenIndex(doc, off)
	for j := ti - 1; j >= 0 && j >= ti-6; j-- {
		w := strings.ToLower(doc.Tokens[j].Text)
		if w == "." || w == "!" || w == "?" || strings.Contains(w, "minister") || strings.Contains(w, "staatssecretaris") {
			return false
		}
		for _, r := range localRoles {
			if strings.HasSuffix(w, r) {
				return true
			}
		}
	}
	return false
}

// localRoles are the roles of a town's or a province's executive.
var localRoles = []string{"wethouder", "wethouders", "gedeputeerde", "gedeputeerden", "portefeuillehouder"}

// aldermanPortfolioWords open the portfolios of aldermen beside those of
// ministers ("wethouder Jan Smit (Grondzaken)").
var aldermanPortfolioWords = setOf("grondzaken", "infrastructuur", "verkeer", "vervoer", "mobiliteit", "wonen", "zorg",
	"financiën", "sport", "economie", "duurzaamheid", "jeugd", "welzijn", "ruimtelijke", "openbare", "armoede",
	"asiel", "werk", "begroting", "spoor", "volksgezondheid", "handhaving", "veiligheid", "integratie",
	"participatie", "stadsontwikkeling", "erfgoed", "toerisme", "buitenruimte", "groen", "afval", "haven", "havens")

// dropAldermanPortfolios drops the portfolio in brackets after an
// alderman's name, which names no body: "wethouder Jan Smit
// (Grondzaken)", "gedeputeerde Ans de Vries (Verkeer en Vervoer)". A
// minister's portfolio is the ministry and stays ("minister De Jonge
// (Volksgezondheid)"), and so does a party ("wethouder Smit (VVD)"),
// which the knowledge base knows or the text writes in capitals. A
// portfolio the knowledge base links to a ministry ("Financiën",
// "Infrastructuur") is still the alderman's and goes.
func dropAldermanPortfolios(doc *nl.Doc, cs []cand) []cand {
	if doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	out := cs[:0]
	until := -1 // the end of the portfolio in brackets after the last name
	for _, c := range cs {
		text := c.text(doc)
		if c.start < until && c.end <= until && (c.entry == nil || isPortfolio(text)) && strings.ToUpper(text) != text {
			continue
		}
		out = append(out, c)
		if end := aldermanPortfolio(doc, c); end > 0 {
			until = end
		}
	}
	return out
}

// aldermanPortfolio returns the end of the portfolio in brackets right
// after p, the name of a town's or province's executive, or -1.
func aldermanPortfolio(doc *nl.Doc, p cand) int {
	open := p.end + 2
	if open >= len(doc.Text) || doc.Text[p.end:open] != " (" {
		return -1
	}
	end := strings.IndexAny(doc.Text[open:], "),\n")
	if end < 0 || end > 60 {
		return -1
	}
	first, _, _ := strings.Cut(strings.ToLower(doc.Text[open:open+end]), " ")
	if !aldermanPortfolioWords[first] && !portfolioStart[first] && !strings.HasSuffix(first, "zaken") {
		return -1
	}
	if !localPortfolio(doc, open) {
		return -1
	}
	return open + end
}
