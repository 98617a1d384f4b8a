package searchtext

import (
	"fmt"

	"github.com/kroniek/kroniek"
)

// FacetSize is the number of stories and of entities a search counts.
const FacetSize = 10

// NoFacets returns every search facet, empty: the facets of a query that
// nothing matches.
func NoFacets() map[string][]kroniek.FacetCount {
	facets := map[string][]kroniek.FacetCount{}
	for _, name := range []string{kroniek.FacetOutlet, kroniek.FacetLang, kroniek.FacetStory, kroniek.FacetEntity, kroniek.FacetEvent} {
		facets[name] = []kroniek.FacetCount{}
	}
	return facets
}

// HitFacets counts hits per outlet (those of no outlet last, as
// kroniek.NoOutlet), language and story (the FacetSize largest stories,
// labelled with storyTitle) into facets, and returns the
// hits' article ids for the entity and event facets, which the stores
// count in SQL.
func HitFacets(hits []kroniek.SearchHit, facets map[string][]kroniek.FacetCount, storyTitle func(id string) (string, error)) ([]string, error) {
	outlets, langs, stories := map[string]int{}, map[string]int{}, map[string]int{}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Article
		outlets[h.Outlet]++
		langs[h.Lang]++
		stories[h.Story]++
	}
	facets[kroniek.FacetOutlet] = TopCounts(outlets, 0)
	if n := outlets[""]; n > 0 {
		// The articles that name no outlet: a value of their own, last,
		// so the facet adds up to the total and they can be chosen.
		facets[kroniek.FacetOutlet] = append(facets[kroniek.FacetOutlet], kroniek.FacetCount{Value: kroniek.NoOutlet, Count: n})
	}
	facets[kroniek.FacetLang] = TopCounts(langs, 0)
	facets[kroniek.FacetStory] = TopCounts(stories, FacetSize)
	for i, f := range facets[kroniek.FacetStory] {
		title, err := storyTitle(f.Value)
		if err != nil {
			return nil, fmt.Errorf("story facet: %w", err)
		}
		facets[kroniek.FacetStory][i].Label = title
	}
	return ids, nil
}
