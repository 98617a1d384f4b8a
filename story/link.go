package story

import (
	"fmt"
	"hash/fnv"
	"sort"

	"github.com/kroniek/kroniek"
)

// group is one story's articles before its view is built: indexes into the
// articles passed to Build, in date order, then id.
type group struct {
	id      string
	members []int
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
		if !Clustered(genres[i]) {
			continue
		}
		d := ClusterDoc{ID: a.ID, Date: dates[i], DateEnd: ends[i], Lang: a.Lang, Title: a.Title, Text: a.Text}
		if an := analyses[a.ID]; an != nil {
			for _, m := range an.Mentions {
				if m.Entity != "" {
					d.Entities = append(d.Entities, m.Entity)
					d.EntityText = append(d.EntityText, m.Text)
				}
			}
		}
		docs = append(docs, d)
		docIdx = append(docIdx, i)
	}
	clusters, sp := cluster(docs, opts)
	vec := make([]int, len(articles))
	for i := range vec {
		vec[i] = -1
	}
	for d, i := range docIdx {
		vec[i] = d
	}

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
