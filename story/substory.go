package story

import (
	"math"
	"sort"

	"github.com/kroniek/kroniek"
)

// Sub-stories: a big story whose articles fall into clear groups (an
// election's campaign, its results, the coalition talks after it) shows
// the groups. They are found by average-link agglomeration of the story's
// articles on their text vectors, stopped at subStoryLink; groups of at
// least two articles count, and only when there are two or more of them.
const (
	minSubStoryArticles = 6
	subStoryLink        = 0.06
	subStoryLift        = 1.5
	maxSubStories       = 6
	subStoryHalfLife    = 4.0 // days between two articles that halve their similarity
)

// subStories splits a story's clustered articles into sub-stories, each
// titled by its most central headline; unit maps the article index of
// each member of a sub-story to its sub-story.
func (b *builder) subStories(ms []*member) (subs []kroniek.SubStory, unit map[int]int) {
	var idx []*member
	for _, m := range ms {
		if b.l.vec[m.i] >= 0 {
			idx = append(idx, m)
		}
	}
	n := len(idx)
	if n < minSubStoryArticles {
		return nil, nil
	}
	vec := func(m *member) sparse { return b.l.space.vecs[b.l.vec[m.i]] }
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			s := dot(vec(idx[i]), vec(idx[j]))
			di, _ := DateSpan(idx[i].a.Published)
			dj, _ := DateSpan(idx[j].a.Published)
			if di != NoDate && dj != NoDate {
				s *= math.Exp2(-math.Abs(float64(di-dj)) / subStoryHalfLife)
			}
			s = roundSim(s)
			sim[i][j], sim[j][i] = s, s
		}
	}
	// A sub-story is tighter than its story: the link must beat the
	// story's mean pairwise similarity by subStoryLift.
	var mean float64
	for i := range sim {
		for j := range i {
			mean += sim[i][j]
		}
	}
	mean /= float64(n * (n - 1) / 2)
	stop := max(subStoryLink, subStoryLift*mean)
	minSize := max(2, n/12)
	// clusters as member index lists; average link between clusters.
	groups := make([][]int, n)
	for i := range groups {
		groups[i] = []int{i}
	}
	link := func(a, b []int) float64 {
		var s float64
		for _, i := range a {
			for _, j := range b {
				s += sim[i][j]
			}
		}
		return s / float64(len(a)*len(b))
	}
	for {
		bi, bj, best := -1, -1, stop
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				if l := link(groups[i], groups[j]); l >= best && (bi < 0 || l > best) {
					bi, bj, best = i, j, l
				}
			}
		}
		if bi < 0 {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		groups = append(groups[:bj], groups[bj+1:]...)
	}
	var out []kroniek.SubStory
	var members [][]*member
	for _, g := range groups {
		if len(g) < minSize {
			continue
		}
		sort.Ints(g)
		sub := make([]*member, len(g))
		for k, i := range g {
			sub[k] = idx[i]
		}
		s := kroniek.SubStory{Title: b.title(sub, b.actors(sub))}
		for _, m := range sub {
			s.Articles = append(s.Articles, m.a.ID)
		}
		out = append(out, s)
		members = append(members, sub)
	}
	if len(out) < 2 {
		return nil, nil
	}
	// Largest first, then by first article; at most maxSubStories.
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return len(out[order[i]].Articles) > len(out[order[j]].Articles) })
	if len(order) > maxSubStories {
		order = order[:maxSubStories]
	}
	unit = map[int]int{}
	for u, k := range order {
		subs = append(subs, out[k])
		for _, m := range members[k] {
			unit[m.i] = u
		}
	}
	return subs, unit
}
