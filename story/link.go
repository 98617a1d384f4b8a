package story

import (
	"fmt"
	"hash/fnv"
	"sort"
	"unicode"

	"github.com/kroniek/kroniek"
)

// minClusterWords is the fewest words of text an article needs to be
// clustered: a headline over an empty text (a photo, a cartoon) tells no
// story to compare.
const minClusterWords = 8

// group is one story's articles before its view is built: indexes into the
// articles passed to Build, in date order, then id.
type group struct {
	id      string
	members []int
	// items are the digest items clustered into the story.
	items []kroniek.DigestItem
}

// linked is what link decides: per article its link, the stories, and the
// term space with each clustered article's vector (vec[i] < 0 for
// duplicates, which were not clustered).
type linked struct {
	links []kroniek.ArticleLink
	// genres holds each article's genre; only news is clustered.
	genres []string
	groups []group
	space  *space
	vec    []int
}

// link finds duplicates and clusters the articles into stories. Duplicates
// join their original's story but take no part in clustering.
func link(articles []*kroniek.Article, analyses map[string]*kroniek.Analysis, opts Options) ([]kroniek.ArticleLink, []group) {
	l := linkAll(articles, analyses, opts.withDefaults())
	return l.links, l.groups
}

// linkAll is link with the term space; opts must have its defaults.
func linkAll(articles []*kroniek.Article, analyses map[string]*kroniek.Analysis, opts Options) linked {
	dates := make([]int, len(articles))
	ends := make([]int, len(articles))
	dupDocs := make([]DupDoc, len(articles))
	for i, a := range articles {
		dates[i], ends[i] = DateSpan(a.Published)
		dupDocs[i] = DupDoc{ID: a.ID, Date: dates[i], Text: a.Text}
	}
	dups := Dedup(dupDocs, opts)
	gdocs := make([]GenreDoc, len(articles))
	for i, a := range articles {
		gdocs[i] = GenreDoc{Title: a.Title, Text: a.Text, Day: dates[i]}
	}
	genres := Genres(gdocs)
	index := make(map[string]int, len(articles))
	for i, a := range articles {
		index[a.ID] = i
	}
	dupOf := make(map[int]Dup, len(dups))
	for _, d := range dups {
		dupOf[index[d.Article]] = d
	}

	var docs []ClusterDoc
	var docIdx []int
	for i, a := range articles {
		if _, ok := dupOf[i]; ok {
			continue
		}
		if !Clustered(genres[i]) || !atLeastWords(a.Text, minClusterWords) {
			continue
		}
		d := ClusterDoc{ID: a.ID, Date: dates[i], DateEnd: ends[i], Lang: a.Lang, Title: a.Title, Text: a.Text}
		addEntities(&d, analyses[a.ID], 0, len(a.Text))
		docs = append(docs, d)
		docIdx = append(docIdx, i)
	}
	// A digest's items are clustered one by one: each may join the story
	// it belongs to, without the digest's other items, and without changing
	// any story (probes).
	var items []kroniek.DigestItem
	for i, a := range articles {
		if _, ok := dupOf[i]; ok || genres[i] != GenreDigest {
			continue
		}
		for k, it := range splitDigest(a.Text, a.Lang, opts.Terms) {
			body := a.Text[it.Start:it.End]
			if !atLeastWords(body, minClusterWords) {
				continue
			}
			d := ClusterDoc{ID: fmt.Sprintf("%s#%d", a.ID, k), Date: dates[i], DateEnd: ends[i], Lang: a.Lang, Title: it.Title, Text: body, Probe: true}
			addEntities(&d, analyses[a.ID], it.Start, it.End)
			docs = append(docs, d)
			docIdx = append(docIdx, -1-len(items))
			items = append(items, kroniek.DigestItem{Article: a.ID, Title: it.Title, Start: it.Start, End: it.End})
		}
	}
	clusters, sp := cluster(docs, opts)
	vec := make([]int, len(articles))
	for i := range vec {
		vec[i] = -1
	}
	for d, i := range docIdx {
		if i >= 0 {
			vec[i] = d
		}
	}
	// Stories of digest items alone are no stories.
	kept := clusters[:0]
	var itemsOf [][]kroniek.DigestItem
	for _, members := range clusters {
		var arts []int
		var its []kroniek.DigestItem
		for _, m := range members {
			if docIdx[m] >= 0 {
				arts = append(arts, m)
			} else {
				its = append(its, items[-1-docIdx[m]])
			}
		}
		if len(arts) > 0 {
			kept = append(kept, arts)
			itemsOf = append(itemsOf, its)
		}
	}
	clusters = kept

	storyOf := make([]int, len(articles))
	for i := range storyOf {
		storyOf[i] = -1
	}
	groups := make([]group, len(clusters))
	for s, members := range clusters {
		for _, m := range members {
			storyOf[docIdx[m]] = s
			groups[s].members = append(groups[s].members, docIdx[m])
		}
		groups[s].items = itemsOf[s]
	}
	for i := range articles {
		if d, ok := dupOf[i]; ok {
			s := storyOf[index[d.Original]]
			storyOf[i] = s
			if s >= 0 {
				groups[s].members = append(groups[s].members, i)
			}
		}
	}
	for s := range groups {
		m := groups[s].members
		sort.Slice(m, func(a, b int) bool {
			da, db := dateKey(dates[m[a]]), dateKey(dates[m[b]])
			if da != db {
				return da < db
			}
			return articles[m[a]].ID < articles[m[b]].ID
		})
		groups[s].id = storyID(articles[m[0]].ID)
	}
	sort.Slice(groups, func(a, b int) bool {
		return articleLess(articles, dates, groups[a].members[0], groups[b].members[0])
	})
	for s := range groups {
		for _, m := range groups[s].members {
			storyOf[m] = s
		}
	}

	links := make([]kroniek.ArticleLink, len(articles))
	for i, a := range articles {
		links[i] = kroniek.ArticleLink{Article: a.ID}
		if s := storyOf[i]; s >= 0 {
			links[i].Story = groups[s].id
		}
		if d, ok := dupOf[i]; ok {
			links[i].DuplicateOf, links[i].Similarity = d.Original, d.Similarity
		}
	}
	return linked{links: links, genres: genres, groups: groups, space: sp, vec: vec}
}

// atLeastWords reports whether s has at least n words (as strings.Fields
// splits it), without splitting it.
func atLeastWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words >= n {
				return true
			}
		}
	}
	return n <= 0
}

// addEntities adds the resolved entities an analysis mentions between
// start and end to d.
func addEntities(d *ClusterDoc, an *kroniek.Analysis, start, end int) {
	if an == nil {
		return
	}
	for _, m := range an.Mentions {
		if m.Entity != "" && m.Field == "" && m.Start >= start && m.End <= end { // offsets into the text, not the title
			d.Entities = append(d.Entities, m.Entity)
			d.EntityText = append(d.EntityText, m.Text)
			d.EntityPlace = append(d.EntityPlace, m.Type == kroniek.LOC)
		}
	}
}

// articleLess orders articles by date (undated last), then id.
func articleLess(articles []*kroniek.Article, dates []int, a, b int) bool {
	da, db := dateKey(dates[a]), dateKey(dates[b])
	if da != db {
		return da < db
	}
	return articles[a].ID < articles[b].ID
}

// storyID derives a story's stable id from its earliest article's id.
func storyID(articleID string) string {
	h := fnv.New32a()
	h.Write([]byte(articleID))
	return fmt.Sprintf("s-%08x", h.Sum32())
}
