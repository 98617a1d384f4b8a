package story

import (
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kroniek/kroniek"
)

// probeLift raises the threshold for probes: a digest item is short, and
// a few shared words say less than in a whole article.
const probeLift = 2

// NoDate is the day number of an article without a publication date.
const NoDate = math.MinInt32

// DateSpan returns the first and last day, counted from 1970-01-01, that a
// date may mean (kroniek.ParseDate: one day for "YYYY-MM-DD", the whole
// month for "YYYY-MM", the week, season or year for those), and NoDate for
// anything else, a date without its year included. A timestamp counts by
// its day.
func DateSpan(s string) (first, last int) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	d, ok := kroniek.ParseDate(s)
	if !ok {
		return NoDate, NoDate
	}
	f, l, ok := d.Span()
	if !ok {
		return NoDate, NoDate
	}
	return int(f.Unix() / 86400), int(l.Unix() / 86400)
}

// dateKey orders undated articles after dated ones.
func dateKey(d int) int {
	if d == NoDate {
		return math.MaxInt32
	}
	return d
}

// ClusterDoc is what clustering needs of one article.
type ClusterDoc struct {
	ID   string
	Date int // days since 1970-01-01, or NoDate; see DateSpan
	// DateEnd is the last day Date may mean (a month-only date spans the
	// month); 0 means Date.
	DateEnd int
	Lang    string
	Title   string
	Text    string
	// Entities lists the resolved entity id of every mention (repeats count).
	Entities []string
	// EntityText is the text of each mention in Entities, when known: an
	// entity weighs as much as the rarest name word it is mentioned with.
	EntityText []string
	// EntityPlace marks the mentions in Entities that name a place: a
	// shared place ties no story (a club's city, a summit's venue).
	EntityPlace []bool
	// Probe marks a doc that joins the story it is most similar to, if
	// any, without changing it: it opens no story and adds nothing to a
	// story's centroid (a digest's item). Probes are placed after all other
	// docs, so the other docs' stories do not depend on them.
	Probe bool
}

// sparse is a sparse vector over term or entity ids, sorted by id.
type sparse struct {
	ids []int32
	ws  []float64
}

// vectorize turns counts into an L2-normalised TF-IDF vector of at most
// keep entries (the heaviest), sorted by id. Ids with idf 0 are skipped.
func vectorize(counts map[int32]int, idf []float64, keep int) sparse {
	return vectorizeBy(counts, func(id int32) float64 { return idf[id] }, keep)
}

// vectorizeBy is vectorize with the weight of each id given by idf.
func vectorizeBy(counts map[int32]int, idf func(int32) float64, keep int) sparse {
	type iw struct {
		id int32
		w  float64
	}
	items := make([]iw, 0, len(counts))
	for id, c := range counts {
		w := idf(id)
		if w <= 0 {
			continue
		}
		items = append(items, iw{id, (1 + math.Log(float64(c))) * w})
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].w != items[j].w {
			return items[i].w > items[j].w
		}
		return items[i].id < items[j].id
	})
	if keep > 0 && len(items) > keep {
		items = items[:keep]
	}
	var norm float64
	for _, it := range items {
		norm += it.w * it.w
	}
	norm = math.Sqrt(norm)
	sort.Slice(items, func(i, j int) bool { return items[i].id < items[j].id })
	v := sparse{ids: make([]int32, len(items)), ws: make([]float64, len(items))}
	for i, it := range items {
		v.ids[i], v.ws[i] = it.id, it.w/norm
	}
	return v
}

// top returns the ids of v's n heaviest entries.
func (v sparse) top(n int) []int32 {
	idx := make([]int, len(v.ids))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		if v.ws[idx[a]] != v.ws[idx[b]] {
			return v.ws[idx[a]] > v.ws[idx[b]]
		}
		return v.ids[idx[a]] < v.ids[idx[b]]
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	out := make([]int32, len(idx))
	for i, k := range idx {
		out[i] = v.ids[k]
	}
	return out
}

// centroid is the running sum of a story's unit vectors, with the number
// of members that have each id.
type centroid struct {
	w     map[int32]float64
	df    map[int32]int
	n     int
	norm2 float64
}

func (c *centroid) add(v sparse) {
	if c.w == nil {
		c.w = make(map[int32]float64, len(v.ids))
		c.df = make(map[int32]int, len(v.ids))
	}
	c.n++
	for i, id := range v.ids {
		c.df[id]++
		old := c.w[id]
		nw := old + v.ws[i]
		c.w[id] = nw
		c.norm2 += nw*nw - old*old
	}
}

// top returns the ids of the centroid's n heaviest entries.
func (c *centroid) top(n int) []int32 {
	v := sparse{ids: make([]int32, 0, len(c.w)), ws: make([]float64, 0, len(c.w))}
	for id, w := range c.w {
		v.ids = append(v.ids, id)
		v.ws = append(v.ws, w)
	}
	return v.top(n)
}

// cosCentroid returns the cosine between two centroids.
func (c *centroid) cosCentroid(o *centroid) float64 {
	if c.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	a, b := c, o
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	var dot float64
	for id, w := range a.w {
		dot += w * b.w[id]
	}
	return dot / math.Sqrt(c.norm2*o.norm2)
}

// coreSupport is the number of members an id needs to be part of a story's
// core: any member of a story of one or two, then two, then a quarter of
// the members. A story grows by what its members share, not by what one of
// them mentions (a name shared with one member is how unrelated items
// chain into a story about someone else).
func coreSupport(n int) int {
	if n < 3 {
		return 1
	}
	return max(2, (n+3)/4)
}

// coreShared returns the number of v's ids in the centroid's core.
func (c *centroid) coreShared(v sparse) int {
	return c.coreSharedIf(v, nil)
}

// coreSharedIf is coreShared counting only the ids keep accepts (all if
// keep is nil).
func (c *centroid) coreSharedIf(v sparse, keep func(int32) bool) int {
	need, k := coreSupport(c.n), 0
	for _, id := range v.ids {
		if c.df[id] >= need && (keep == nil || keep(id)) {
			k++
		}
	}
	return k
}

// contentShare is the share of the text without names in the text
// similarity of an article that shares fewer than two salient names with a
// story, once that text alone has passed MinTextSim, MinShared and
// MinCoreShared; the full text makes up the rest.
const contentShare = 0.5

// salientIDF is the least background weight of a salient name: one in
// about 40 articles or rarer. Country, city and party names are more common
// and say little about which story an article tells.
var salientIDF = math.Log(15)

// coreOverlap returns the number of ids in the cores of both centroids,
// leaving out those skip accepts (none if skip is nil).
func (c *centroid) coreOverlap(o *centroid, skip func(int32) bool) int {
	a, b := c, o
	if len(a.df) > len(b.df) {
		a, b = b, a
	}
	na, nb, k := coreSupport(a.n), coreSupport(b.n), 0
	for id, d := range a.df {
		if d >= na && b.df[id] >= nb && (skip == nil || !skip(id)) {
			k++
		}
	}
	return k
}

// addCentroid adds another centroid's sum into c.
func (c *centroid) addCentroid(o *centroid) {
	if c.w == nil {
		c.w = make(map[int32]float64, len(o.w))
		c.df = make(map[int32]int, len(o.df))
	}
	c.n += o.n
	for id, k := range o.df {
		c.df[id] += k
	}
	for id, w := range o.w {
		old := c.w[id]
		nw := old + w
		c.w[id] = nw
		c.norm2 += nw*nw - old*old
	}
}

// cosShared returns the cosine between unit vector v and the centroid, and
// the number of v's terms the centroid has.
func (c *centroid) cosShared(v sparse) (float64, int) {
	if c.norm2 <= 0 || len(v.ids) == 0 {
		return 0, 0
	}
	var dot float64
	n := 0
	for i, id := range v.ids {
		if w, ok := c.w[id]; ok {
			dot += v.ws[i] * w
			n++
		}
	}
	return dot / math.Sqrt(c.norm2), n
}

// cos returns the cosine between unit vector v and the centroid.
func (c *centroid) cos(v sparse) float64 {
	if c.norm2 <= 0 || len(v.ids) == 0 {
		return 0
	}
	var dot float64
	for i, id := range v.ids {
		dot += v.ws[i] * c.w[id]
	}
	return dot / math.Sqrt(c.norm2)
}

// vocab interns strings as dense ids.
type vocab map[string]int32

func (v vocab) id(s string) int32 {
	if id, ok := v[s]; ok {
		return id
	}
	id := int32(len(v))
	v[s] = id
	return id
}

// story is one story being built.
type story struct {
	members []int
	probes  []int // probe docs that joined, in no centroid
	text    centroid
	// content is text without the article's names: what a story is about
	// when no pair of names ties the article to it.
	content centroid
	ents    centroid
	names   centroid
	first   int            // oldest member date, or NoDate
	latest  int            // newest member date, or NoDate
	posted  map[int32]bool // ids in the index: terms as id, entities as -1-id
	langs   map[string]bool
	// places holds the places its members name (where it happens), and
	// salient their salient entities, places included.
	places, salient map[int32]bool
}

// Cluster groups docs into stories online: in order of date, then id, each
// article joins the most similar story that has not faded, if the
// similarity reaches opts.Threshold, or opens a new one. Similarity is the
// cosine between the article's TF-IDF vector and the story's centroid,
// mixed with the cosines of their IDF-weighted entity and name vectors, and
// decayed by the days since the story's newest article; a story with no
// article in the article's language is compared on entities alone. An
// inverted index over the top terms and entities of live stories keeps the
// cost about linear; a last pass merges stories whose centroids grew alike.
// The result lists each story's members as indexes into docs, ordered by
// their first member; it does not depend on the order of docs.
func Cluster(docs []ClusterDoc, opts Options) [][]int {
	groups, _ := cluster(docs, opts.withDefaults())
	return groups
}

// space is the term space of a clustering run: the vocabulary, its IDF and
// each document's TF-IDF vector, kept for the story view.
type space struct {
	terms vocab
	idf   []float64
	vecs  []sparse
	// counts holds each document's term counts (title twice, and text).
	counts  []map[int32]int
	termsOf func(text, lang string) []string
}

// cluster is Cluster with defaults applied; it also returns the term space.
func cluster(docs []ClusterDoc, opts Options) ([][]int, *space) {
	n := len(docs)
	if n == 0 {
		return nil, &space{terms: vocab{}, termsOf: opts.Terms}
	}
	terms, ents, nms := vocab{}, vocab{}, vocab{}
	tcounts := make([]map[int32]int, n)
	ecounts := make([]map[int32]int, n)
	ncounts := make([]map[int32]int, n)
	ccounts := make([]map[int32]int, n)
	eweights := make([]map[int32]float64, n)
	// eplace counts, per document and entity, place mentions minus
	// others: the entity is a place there when positive.
	eplace := make([]map[int32]int, n)
	// etitle marks, per document, the entities its title names.
	etitle := make([]map[int32]int, n)
	// Documents are visited in date order, then id, from the start: term
	// ids break ties between equal weights, so they must not depend on the
	// input order.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if pa, pb := docs[order[a]].Probe, docs[order[b]].Probe; pa != pb {
			return pb
		}
		da, db := dateKey(docs[order[a]].Date), dateKey(docs[order[b]].Date)
		if da != db {
			return da < db
		}
		return docs[order[a]].ID < docs[order[b]].ID
	})
	// Normalising text is the costly part and independent per document:
	// do it on every core, then assign ids in order as before.
	titleTerms, textTerms, nameWords := make([][]string, n), make([][]string, n), make([][]string, n)
	nameTerms := make([]map[string]bool, n)
	parallel(n, func(i int) {
		d := docs[i]
		titleTerms[i] = opts.Terms(d.Title, d.Lang)
		textTerms[i] = opts.Terms(d.Text, d.Lang)
		nameWords[i] = nameKeys(d.Title + "\n" + d.Text)
		nameTerms[i] = nameTermSet(d, opts)
	})
	for _, i := range order {
		d := docs[i]
		tc, cc := map[int32]int{}, map[int32]int{}
		for _, t := range titleTerms[i] {
			id := terms.id(t)
			tc[id] += 2
			if !nameTerms[i][t] {
				cc[id] += 2
			}
		}
		for _, t := range textTerms[i] {
			id := terms.id(t)
			tc[id]++
			if !nameTerms[i][t] {
				cc[id]++
			}
		}
		ccounts[i] = cc
		ec := map[int32]int{}
		ew := map[int32]float64{}
		ep := map[int32]int{}
		et := map[int32]int{}
		for k, e := range d.Entities {
			if e == "" {
				continue
			}
			id := ents.id(e)
			ec[id]++
			if k < len(d.EntityPlace) && d.EntityPlace[k] {
				ep[id]++
			} else {
				ep[id]--
			}
			w := background().idf(0) / 2 // an entity without its text: a middling weight
			if k < len(d.EntityText) {
				w = 0
				for _, nk := range nameKeys(" x " + d.EntityText[k]) {
					w = max(w, nameIDF(nk))
				}
				for _, word := range words(d.EntityText[k]) {
					w = max(w, nameIDF(nameKey(word)))
				}
			}
			ew[id] = max(ew[id], w)
			if k < len(d.EntityText) && d.EntityText[k] != "" && strings.Contains(d.Title, d.EntityText[k]) {
				et[id] = 1
			}
		}
		eweights[i] = ew
		eplace[i] = ep
		etitle[i] = et
		nc := map[int32]int{}
		for _, w := range nameWords[i] {
			nc[nms.id(w)]++
		}
		tcounts[i], ecounts[i], ncounts[i] = tc, ec, nc
	}
	// Ids ordered by string break ties between equal weights the same
	// way in any corpus.
	to := renumber(terms)
	relabel(to, tcounts)
	relabel(to, ccounts)
	to = renumber(ents)
	relabel(to, ecounts)
	relabel(to, eweights)
	relabel(to, eplace)
	relabel(to, etitle)
	// An entity is a place when most documents that mention it name a
	// place with it.
	placeVotes := make([]int, len(ents))
	for _, ep := range eplace {
		for id, v := range ep {
			if v > 0 {
				placeVotes[id]++
			} else {
				placeVotes[id]--
			}
		}
	}
	isPlace := func(id int32) bool { return placeVotes[id] > 0 }
	relabel(renumber(nms), ncounts)
	// Weights are fixed (background.go), not counted over docs: a story
	// clusters the same whatever else is clustered with it.
	tidf, nidf := fixedIDF(terms, termIDF), fixedIDF(nms, nameIDF)
	tvec := make([]sparse, n)
	cvec := make([]sparse, n)
	evec := make([]sparse, n)
	nvec := make([]sparse, n)
	// Each document's vectors read only its own counts and the fixed
	// weights: build them on every core.
	parallel(n, func(i int) {
		tvec[i] = vectorize(tcounts[i], tidf, opts.DocTerms)
		cvec[i] = vectorize(ccounts[i], tidf, opts.DocTerms)
		evec[i] = vectorizeWeighted(ecounts[i], eweights[i], opts.DocTerms)
		nvec[i] = vectorize(ncounts[i], nidf, opts.DocTerms)
	})

	var stories []*story
	postings := map[int32][]int{} // term id -> stories, in creation order
	entPostings := map[int32][]int{}
	mark := make([]int, 0, 64)
	seen := map[int]bool{}
	for _, i := range order {
		d := docs[i]
		if d.DateEnd < d.Date {
			d.DateEnd = d.Date
		}
		mark = mark[:0]
		clear(seen)
		live := func(s int) bool {
			if d.Date == NoDate || stories[s].latest == NoDate {
				return true
			}
			return d.Date-stories[s].latest <= opts.MaxGapDays
		}
		gather := func(post map[int32][]int, ids []int32) {
			for _, id := range ids {
				list := post[id]
				keep := list[:0]
				for _, s := range list {
					if !live(s) {
						if d.Date == NoDate {
							keep = append(keep, s)
						}
						continue
					}
					keep = append(keep, s)
					if !seen[s] {
						seen[s] = true
						mark = append(mark, s)
					}
				}
				if len(keep) == 0 {
					delete(post, id)
				} else {
					post[id] = keep
				}
			}
		}
		gather(postings, tvec[i].ids)
		gather(entPostings, evec[i].ids)
		sort.Ints(mark)

		best, bestSim := -1, 0.0
		for _, s := range mark {
			st := stories[s]
			var sim float64
			if d.Lang != "" && !st.langs[d.Lang] && !st.langs[""] {
				// Another language: words cannot match; resolved entities
				// and transliterated names can.
				x, shared := crossLang(opts, &st.ents, evec[i], &st.names, nvec[i])
				if x < 1 || shared < opts.MinSharedEntities {
					continue
				}
				sim = x * opts.Threshold
			} else {
				// Names and entities count only when the article shares
				// more than one of them with the story's core: one shared
				// name (a company, a club, a city) is no story, and the
				// text without names must then carry the join.
				nsal := salientShared(st, nvec[i], nidf, evec[i], eweights[i], eplace[i])
				salient := nsal >= 2
				tc, tv := &st.text, tvec[i]
				if !salient {
					tc, tv = &st.content, cvec[i]
				} else if !contentHolds(opts, &st.content, cvec[i], nsal) ||
					!namesHold(&st.content, cvec[i], nsal, d.Date, st.latest) {
					continue
				}
				text, shared := tc.cosShared(tv)
				if !salient && text < conflictContentSim && placesConflict(st, evec[i], ecounts[i], etitle[i], eweights[i], eplace[i]) {
					continue
				}
				if text < opts.MinTextSim || shared < min(opts.MinShared, len(tv.ids)) ||
					tc.coreShared(tv) < min(opts.MinCoreShared, len(tv.ids)) {
					continue
				}
				if !salient {
					// The content decides whether the article may join;
					// then names in the text count again, at half.
					text = contentShare*text + (1-contentShare)*st.text.cos(tvec[i])
				}
				sim = mixSim(opts, text,
					st.ents.cos(evec[i]), salient && len(evec[i].ids) > 0 && st.ents.norm2 > 0,
					st.names.cos(nvec[i]), salient && len(nvec[i].ids) > 0 && st.names.norm2 > 0)
			}
			if d.Date != NoDate && st.latest != NoDate && d.Date > st.latest {
				// d.Date is the earliest day the article may be from.
				sim *= math.Exp2(-float64(d.Date-st.latest) / opts.HalfLifeDays)
			}
			sim = roundSim(sim)
			if sim > bestSim {
				best, bestSim = s, sim
			}
		}
		if d.Probe {
			if best >= 0 && bestSim >= probeLift*opts.Threshold {
				stories[best].probes = append(stories[best].probes, i)
			}
			continue
		}
		if best < 0 || bestSim < opts.Threshold {
			best = len(stories)
			stories = append(stories, &story{first: d.Date, latest: NoDate, posted: map[int32]bool{}, langs: map[string]bool{}, places: map[int32]bool{}, salient: map[int32]bool{}})
		}
		st := stories[best]
		st.members = append(st.members, i)
		st.langs[d.Lang] = true
		st.text.add(tvec[i])
		st.content.add(cvec[i])
		st.ents.add(evec[i])
		st.names.add(nvec[i])
		for _, id := range evec[i].ids {
			if eplace[i][id] > 0 {
				st.places[id] = true
			}
			if eweights[i][id] >= salientIDF {
				st.salient[id] = true
			}
		}
		if d.Date != NoDate && (st.latest == NoDate || d.DateEnd > st.latest) {
			st.latest = d.DateEnd
		}
		for _, id := range tvec[i].top(opts.IndexTerms) {
			if !st.posted[id] {
				st.posted[id] = true
				postings[id] = append(postings[id], best)
			}
		}
		for _, id := range evec[i].top(opts.IndexTerms) {
			if !st.posted[-1-id] {
				st.posted[-1-id] = true
				entPostings[id] = append(entPostings[id], best)
			}
		}
	}
	return mergeStories(stories, opts, isPlace), &space{terms: terms, idf: tidf, vecs: tvec, counts: tcounts, termsOf: opts.Terms}
}

// strongActors is the number of salient names shared with a story at which
// the actors alone tie an article to it: the seeds' analysis of the EU's
// dealings with Loekasjenko shares him, Poetin and the EU with the reports,
// in other words than theirs. Two shared names (a returning opposition
// leader and the president he defies) also tie other news from the same
// country to the story.
const strongActors = 3

// contentHolds reports whether an article that shares nsal salient names
// with a story also shares what the story tells: once the story has a core
// (three members or more, see coreSupport), an article tied to it by fewer
// than strongActors names must have MinContentCore terms of its text
// without names in the core of the story's name-free centroid. The same
// actors in other news (a blackout in the country of a returning
// opposition leader, a feature on its exiles) share names, not content.
func contentHolds(opts Options, c *centroid, v sparse, nsal int) bool {
	if opts.MinContentCore < 0 || c.n < 3 || nsal >= strongActors {
		return true
	}
	return c.coreShared(v) >= min(opts.MinContentCore, len(v.ids))
}

// smallContentSim is the least cosine of the texts without names at which
// shared names tie an article to a story of one or two members (which has
// no core for contentHolds) more than a day after its newest article: a
// minister's profile and the enquiry vote two days later, a presenter's
// show ending and another show's return, a club's fireworks fine and its
// director leaving share actors, not what they tell.
const smallContentSim = 0.06

// manyActors is the number of shared salient names that tie an article to
// a story of one or two members whatever its words and day.
const manyActors = 5

// namesHold reports whether an article tied to a story by shared salient
// names may join it when the story has no core yet (one or two members):
// what it tells without names must be somewhat alike (smallContentSim), or
// it must be of the same or the next day (a report and its analysis).
func namesHold(c *centroid, v sparse, nsal, date, latest int) bool {
	if c.n >= 3 || nsal >= manyActors || date == NoDate || latest == NoDate || date-latest <= 1 {
		return true
	}
	return c.cos(v) >= smallContentSim
}

// conflictContentSim is the least cosine of the texts without names at
// which an article joins a story when both name salient places and share
// none of them (and no two other salient names): then only the kind of news
// is alike (benefit concerts in two towns, burglaries in two towns, power
// cuts in two countries) and the words must be much closer than MinTextSim.
const conflictContentSim = 0.35

// placesConflict reports whether an article names a salient place more
// than once or in its title (where its news happens), the
// story names none of its places, and the two share no salient name at all
// while the story has some: news from elsewhere about other people.
// Salient places are rare ones (towns, smaller countries), not a country
// or city most news names.
func placesConflict(st *story, ev sparse, ec, et map[int32]int, ew map[int32]float64, ep map[int32]int) bool {
	own := 0
	for _, id := range ev.ids {
		if ep[id] > 0 && st.places[id] || ew[id] >= salientIDF && st.salient[id] {
			return false
		}
		if ep[id] > 0 && ew[id] >= salientIDF && (ec[id] >= 2 || et[id] > 0) {
			own++
		}
	}
	return own > 0 && len(st.salient) > 0
}

// salientShared returns the number of salient names an article shares with
// the story's core: resolved entities when both have them (a name of three
// words is one entity), else capitalised words; only names as rare as
// salientIDF count.
func salientShared(st *story, nv sparse, nidf []float64, ev sparse, ew map[int32]float64, ep map[int32]int) int {
	if len(ev.ids) > 0 && st.ents.n > 0 && st.ents.norm2 > 0 {
		return st.ents.coreSharedIf(ev, func(id int32) bool { return ew[id] >= salientIDF && ep[id] <= 0 })
	}
	return st.names.coreSharedIf(nv, func(id int32) bool { return nidf[id] >= salientIDF })
}

// coreMergeLift raises the merge threshold for two stories of three
// members or more.
const coreMergeLift = 1.25

// mergeStories joins stories whose centroids have grown alike: an online
// pass sees each article against a story's centroid at that time, and
// loosely written stories (letters, columns, reactions) can open several
// stories that together share much more vocabulary. Stories are visited in
// creation order; each merges into the most similar earlier live story
// whose centroid similarity reaches opts.MergeThreshold.
func mergeStories(stories []*story, opts Options, isPlace func(int32) bool) [][]int {
	parent := make([]int, len(stories))
	for i := range parent {
		parent[i] = i
	}
	if opts.MergeThreshold > 0 {
		postings := map[int32][]int{}
		for s, st := range stories {
			top := st.text.top(opts.IndexTerms * 2)
			seen := map[int]bool{}
			best, bestSim := -1, 0.0
			for _, id := range top {
				for _, o := range postings[id] {
					r := find(parent, o)
					if seen[r] {
						continue
					}
					seen[r] = true
					other := stories[r]
					if st.first != NoDate && other.latest != NoDate && st.first-other.latest > opts.MaxGapDays {
						continue
					}
					var sim float64
					if !shareLanguage(st.langs, other.langs) {
						// As in the online pass: across languages only
						// entities count.
						x := 0.0
						if opts.EntityWeight > 0 {
							x = st.ents.cosCentroid(&other.ents) / opts.CrossLangThreshold
						}
						if opts.NameWeight > 0 {
							x = max(x, st.names.cosCentroid(&other.names)/opts.CrossLangNameThreshold)
						}
						if x < 1 {
							continue
						}
						sim = x * opts.MergeThreshold
					} else {
						// As in the online pass: names and entities count
						// when the two cores share more than one, and
						// else the text without names decides.
						shared := st.names.coreOverlap(&other.names, nil)
						if st.ents.norm2 > 0 && other.ents.norm2 > 0 {
							// Entities know a name of two words is one
							// name, and which names are places.
							shared = st.ents.coreOverlap(&other.ents, isPlace)
						}
						salient := shared >= 2
						a, b := &st.text, &other.text
						if !salient {
							a, b = &st.content, &other.content
						} else if opts.MergeContentSim > 0 && (st.content.cosCentroid(&other.content) < opts.MergeContentSim ||
							st.content.coreOverlap(&other.content, nil) < opts.MinCoreShared) {
							// Shared actors merge two stories only when what
							// they tell is alike too.
							continue
						}
						text := a.cosCentroid(b)
						if text < opts.MinTextSim || a.coreOverlap(b, nil) < opts.MinCoreShared {
							continue
						}
						sim = mixSim(opts, text,
							st.ents.cosCentroid(&other.ents), salient && st.ents.norm2 > 0 && other.ents.norm2 > 0,
							st.names.cosCentroid(&other.names), salient && st.names.norm2 > 0 && other.names.norm2 > 0)
					}
					if gap := st.first - other.latest; st.first != NoDate && other.latest != NoDate && gap > 0 {
						// As in the online pass: a story that went quiet
						// weeks before counts less.
						sim *= math.Exp2(-float64(gap) / opts.HalfLifeDays)
					}
					if len(st.members) >= 3 && len(other.members) >= 3 {
						// Two stories with cores of their own: each
						// already tells its story, and merging them
						// chains sub-stories (an election night's results
						// and the coalition talks weeks later).
						sim /= coreMergeLift
					}
					sim = roundSim(sim)
					if sim > bestSim || sim == bestSim && r < best {
						best, bestSim = r, sim
					}
				}
			}
			if best >= 0 && bestSim >= opts.MergeThreshold {
				parent[s] = best
				into := stories[best]
				into.members = append(into.members, st.members...)
				into.probes = append(into.probes, st.probes...)
				into.text.addCentroid(&st.text)
				into.content.addCentroid(&st.content)
				into.ents.addCentroid(&st.ents)
				into.names.addCentroid(&st.names)
				for l := range st.langs {
					into.langs[l] = true
				}
				if st.latest > into.latest {
					into.latest = st.latest
				}
			}
			r := find(parent, s)
			for _, id := range top {
				postings[id] = append(postings[id], r)
			}
		}
	}
	var out [][]int
	for s, st := range stories {
		if parent[s] == s {
			out = append(out, append(st.members, st.probes...))
		}
	}
	return out
}

// crossLang returns the similarity of an article to a story in another
// language as a multiple of its threshold, and the number of entities or
// names they share: the larger of the entity cosine over
// CrossLangThreshold and the cosine of transliterated name keys over
// CrossLangNameThreshold.
func crossLang(opts Options, ents *centroid, ev sparse, nms *centroid, nv sparse) (float64, int) {
	var x float64
	shared := 0
	if opts.EntityWeight > 0 {
		e, n := ents.cosShared(ev)
		x, shared = e/opts.CrossLangThreshold, n
	}
	if opts.NameWeight > 0 {
		if ns, n := nms.cosShared(nv); ns/opts.CrossLangNameThreshold > x {
			x, shared = ns/opts.CrossLangNameThreshold, n
		}
	}
	return x, shared
}

// shareLanguage reports whether two stories have an article in a common
// language; an unknown language ("") matches any.
func shareLanguage(a, b map[string]bool) bool {
	if a[""] || b[""] {
		return true
	}
	for l := range a {
		if b[l] {
			return true
		}
	}
	return false
}

// mixSim combines text, entity and name similarity with the weights of
// opts; a channel that either side lacks drops out and the others share its
// weight.
func mixSim(opts Options, text, ent float64, hasEnt bool, name float64, hasName bool) float64 {
	sum, w := text*opts.textWeight(), opts.textWeight()
	if hasEnt && opts.EntityWeight > 0 {
		sum += ent * opts.EntityWeight
		w += opts.EntityWeight
	}
	if hasName && opts.NameWeight > 0 {
		sum += name * opts.NameWeight
		w += opts.NameWeight
	}
	return sum / w
}

// roundSim rounds a similarity to 1e-9 so that sums taken in map order
// compare the same whatever the order.
func roundSim(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// find returns the root of s in a union-find forest.
func find(parent []int, s int) int {
	for parent[s] != s {
		parent[s] = parent[parent[s]]
		s = parent[s]
	}
	return s
}

// renumber renumbers v's ids in string order and returns old id -> new id.
func renumber(v vocab) []int32 {
	keys := make([]string, 0, len(v))
	for s := range v {
		keys = append(keys, s)
	}
	sort.Strings(keys)
	to := make([]int32, len(v))
	for rank, s := range keys {
		to[v[s]] = int32(rank)
		v[s] = int32(rank)
	}
	return to
}

// relabel rewrites maps keyed by old ids to the new ids of to.
func relabel[T any](to []int32, ms []map[int32]T) {
	for i, m := range ms {
		if m == nil {
			continue
		}
		nm := make(map[int32]T, len(m))
		for id, x := range m {
			nm[to[id]] = x
		}
		ms[i] = nm
	}
}

// fixedIDF returns the background weight of every id of v.
func fixedIDF(v vocab, idf func(string) float64) []float64 {
	out := make([]float64, len(v))
	for s, id := range v {
		out[id] = idf(s)
	}
	return out
}

// vectorizeWeighted is vectorize with a weight per id of this document
// (an id without one weighs nothing). The weights are looked up in their
// map: a slice over the whole vocabulary per document cost a third of
// story building's bytes.
func vectorizeWeighted(counts map[int32]int, weights map[int32]float64, keep int) sparse {
	if len(counts) == 0 {
		return sparse{}
	}
	return vectorizeBy(counts, func(id int32) float64 { return weights[id] }, keep)
}

// growCount extends df to size and counts each id of c once.
func growCount(df []int, size int, c map[int32]int) []int {
	for len(df) < size {
		df = append(df, 0)
	}
	for id := range c {
		df[id]++
	}
	return df
}

// parallel calls f(i) for every i in [0, n) on all cores and waits.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// nameTermSet returns the clustering terms of d's names: its capitalised
// words within sentences and the text of its entity mentions.
func nameTermSet(d ClusterDoc, opts Options) map[string]bool {
	set := map[string]bool{}
	for _, t := range opts.Terms(strings.Join(names(d.Text), " "), d.Lang) {
		set[t] = true
	}
	for _, t := range opts.Terms(strings.Join(d.EntityText, " "), d.Lang) {
		set[t] = true
	}
	return set
}
