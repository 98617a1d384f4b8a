package story

import (
	"math/rand"
	"sort"
	"testing"

	"github.com/kroniek/kroniek"
)

// partition returns, per article, the sorted ids of its story's articles
// (its own id alone for an article in no story): stories compared by
// membership, whatever their ids.
func partition(links []kroniek.ArticleLink) map[string]string {
	members := map[string][]string{}
	for _, l := range links {
		if l.Story != "" {
			members[l.Story] = append(members[l.Story], l.Article)
		}
	}
	out := map[string]string{}
	for _, l := range links {
		if l.Story == "" {
			out[l.Article] = l.Article
			continue
		}
		m := append([]string(nil), members[l.Story]...)
		sort.Strings(m)
		key := ""
		for _, id := range m {
			key += id + ","
		}
		out[l.Article] = key
	}
	return out
}

// TestStoriesInvariantToSubsetAndOrder clusters all dpgmedia articles,
// then again only the articles of every third story (whole stories, in
// shuffled order): each of those stories must come out the same. What
// else is in the store must not change a story.
func TestStoriesInvariantToSubsetAndOrder(t *testing.T) {
	t.Parallel()
	dpg := loadDPG(t)
	links, groups := link(dpg, nil, Options{})
	full := partition(links)
	byID := map[string]*kroniek.Article{}
	for _, a := range dpg {
		byID[a.ID] = a
	}
	var subset []*kroniek.Article
	for s, g := range groups {
		if s%3 != 0 {
			continue
		}
		for _, m := range g.members {
			subset = append(subset, dpg[m])
		}
	}
	rand.New(rand.NewSource(7)).Shuffle(len(subset), func(i, j int) { subset[i], subset[j] = subset[j], subset[i] })
	sub := partition(first(link(subset, nil, Options{})))
	bad := 0
	for _, a := range subset {
		if sub[a.ID] != full[a.ID] {
			bad++
			if bad <= 5 {
				t.Errorf("article %s (%q): story %s in the subset, %s in the whole corpus", a.ID, a.Title, sub[a.ID], full[a.ID])
			}
		}
	}
	t.Logf("%d of %d articles in %d stories clustered the same in a shuffled subset", len(subset)-bad, len(subset), (len(groups)+2)/3)
}
