package story

import (
	"slices"
	"sort"

	"github.com/kroniek/kroniek"
)

// This file is the one view of a built story that its three renderers
// share: the command line's report (cmd/kroniek), WriteReport and the web
// page (http). They regroup nothing of the story themselves.

// Naming is how the sources of a story spell one entity they name
// differently (kroniek.SourceView.Naming, seen from the entity).
type Naming struct {
	Entity    string     // the entity's display name
	Spellings []Spelling // alphabetical
}

// Spelling is one spelling of an entity and the sources that use it.
type Spelling struct {
	Text string
	// Outlets are the sources using it, in the story's source order; ""
	// stands for a source of no known outlet (an author or one article:
	// several may be "", told apart by Articles and SpelledIn).
	Outlets  []string
	Articles []string // the articles of those sources
}

// Namings groups the spellings of a story's sources by entity: entities
// by display name, each with its spellings alphabetically.
func Namings(sources []kroniek.SourceView) []Naming {
	by := map[string]map[string]*Spelling{}
	for _, src := range sources {
		for entity, text := range src.Naming {
			if by[entity] == nil {
				by[entity] = map[string]*Spelling{}
			}
			sp := by[entity][text]
			if sp == nil {
				sp = &Spelling{Text: text}
				by[entity][text] = sp
			}
			sp.Outlets = append(sp.Outlets, src.Outlet)
			sp.Articles = append(sp.Articles, src.Articles...)
		}
	}
	out := make([]Naming, 0, len(by))
	for _, entity := range sortedMapKeys(by) {
		n := Naming{Entity: entity}
		for _, text := range sortedMapKeys(by[entity]) {
			n.Spellings = append(n.Spellings, *by[entity][text])
		}
		out = append(out, n)
	}
	return out
}

// Spelled returns the spellings the source of outlet uses ("" for the
// articles of no known outlet), entities by display name: one row of a
// source comparison.
func Spelled(namings []Naming, outlet string) []EntitySpelling {
	var out []EntitySpelling
	for _, n := range namings {
		for _, sp := range n.Spellings {
			for _, o := range sp.Outlets {
				if o == outlet {
					out = append(out, EntitySpelling{Entity: n.Entity, Text: sp.Text})
					break
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Entity < out[j].Entity })
	return out
}

// SpelledIn is Spelled for the source of the given articles: a source of no
// known outlet (Outlet "") is told apart from the others by its articles,
// since sources compares such articles one by one (by author or article).
func SpelledIn(namings []Naming, articles []string) []EntitySpelling {
	in := make(map[string]bool, len(articles))
	for _, a := range articles {
		in[a] = true
	}
	var out []EntitySpelling
	for _, n := range namings {
		for _, sp := range n.Spellings {
			if slices.ContainsFunc(sp.Articles, func(a string) bool { return in[a] }) {
				out = append(out, EntitySpelling{Entity: n.Entity, Text: sp.Text})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Entity < out[j].Entity })
	return out
}

// EntitySpelling is the spelling one source uses for an entity.
type EntitySpelling struct {
	Entity string
	Text   string
}
