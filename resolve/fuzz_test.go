package resolve

import (
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// FuzzResolve checks Local and Corpus on two fuzzed articles, a Dutch one
// and one in a fuzzed language. Local must give entities keyed L1, L2, …
// in order of first mention, with a CoNLL type, and mentions sorted by
// offset, on rune boundaries, whose Text is the text they span and whose
// Local is one of the keys, the same every time. Corpus must give every
// mention of a local entity an entity of the corpus, with unique ids and
// counts that match, never joining two knowledge-base ids, and the same
// ids whichever order the articles come in.
func FuzzResolve(f *testing.F) {
	roles := "De Russische president Vladimir Poetin sprak met bondskanselier Merkel. " +
		"Volgens minister van Buitenlandse Zaken Blok en buitenlandchef Borrell is het ernstig. " +
		"Oppositieleider Tichanovskaja vluchtte. Premier Rutte zweeg. President Loekasjenko niet. " +
		"Ook de voorzitter van de Europese Raad, Charles Michel, belde."
	english := "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Monday. " +
		"Putin promised Lukashenko a loan of 1.5 billion dollars. Lukashenko's opponents, led by Svetlana Tikhanovskaya, called the deal illegal."
	german := "Der belarussische Machthaber Alexander Lukaschenko hat Wladimir Putin in Sotschi getroffen. Putin sagte Lukaschenko einen Kredit zu."
	f.Add(roles, english, uint8(1), true)
	f.Add(roles, german, uint8(2), false)
	f.Add("NAVO-troepen trokken naar pro-Loekasjenkobijeenkomst in Moskou; het Kremlin zweeg. In Minsk bleef het rustig.", roles, uint8(0), true)
	for _, row := range shared.TSV(f, "testdata/pairs.tsv", "testdata/pairs_heldout.tsv") {
		if a, b := row.Col(0), row.Col(1); b != "" {
			f.Add(a+" sprak dinsdag met Rutte in Den Haag.", b+" said on Monday that "+a+" was right.", uint8(1), false)
		}
	}
	for _, s := range append(shared.Hostile(), "„", "’", "'Poetin'", "Loekasjenko’", "’s-Hertogenbosch'", "Poetins Loekasjenko’s Merkel's",
		"\xff\xfe Mark \xc3\x28 Rutte \xe2\x82 zei.\xed\xa0\x80 Rutte",
		strings.Repeat("Van der ", 2000)+"Bellen", strings.Repeat("NAVO-", 2000)+"top",
		"99999999999999999999999999999999 Gazprom-aandelen",
		"Zelensky\u0301j en Ме\u0301дведев spraken in Kyiv\u0308. Zelensky\u0301j") {
		f.Add(s, s, uint8(0), false)
		f.Add(roles, s, uint8(3), true)
	}
	k := loadKB(f)
	tagger := nerTag(f)
	langs := []string{"nl", "en", "de", "ru", "und"}
	f.Fuzz(func(t *testing.T, a, b string, lb uint8, ner bool) {
		arts := []*kroniek.Article{
			{ID: "a", Lang: "nl", Text: a},
			{ID: "b", Lang: langs[int(lb)%len(langs)], Text: b},
		}
		tag := capTag
		if ner {
			tag = tagger
		}
		ans := analyseWith(t, k, arts, tag)
		for i, an := range ans {
			checkLocal(t, arts[i].Text, an)
			doc := nl.Parse(arts[i].Text, nl.Options{Lang: arts[i].Lang})
			var tagged []kroniek.Mention
			if arts[i].Lang == "nl" {
				tagged = tag(doc)
			}
			locals, ms := Local(doc, tagged, k)
			for j := range ms {
				ms[j].Article = arts[i].ID
			}
			if !reflect.DeepEqual(locals, an.Locals) || !reflect.DeepEqual(ms, an.Mentions) {
				t.Fatalf("Local not deterministic on %q", arts[i].Text)
			}
		}
		fwd := cloneAnalyses(ans)
		es := Corpus(arts, fwd)
		checkCorpus(t, fwd, es)
		rev := cloneAnalyses([]*kroniek.Analysis{ans[1], ans[0]})
		es2 := Corpus([]*kroniek.Article{arts[1], arts[0]}, rev)
		if !reflect.DeepEqual(entityIDs(es), entityIDs(es2)) || !reflect.DeepEqual(mentionEntities(fwd), mentionEntities(rev)) {
			t.Fatalf("Corpus ids depend on the order of the articles:\n%v\n%v", entityIDs(es), entityIDs(es2))
		}
	})
}

// checkLocal checks the promises of Local on one article.
func checkLocal(t *testing.T, text string, an *kroniek.Analysis) {
	t.Helper()
	bounds := runeBounds(text)
	keys := map[string]bool{}
	for i, l := range an.Locals {
		if l.Key != "L"+strconv.Itoa(i+1) || !isType(l.Type) || l.Name == "" {
			t.Fatalf("local %d %+v: want key L%d, a CoNLL type and a name", i, l, i+1)
		}
		keys[l.Key] = true
	}
	next := 1 // the key the next new entity must have
	seen := map[string]bool{}
	prev := 0
	for i, m := range an.Mentions {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) || !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("mention %d %q at %d:%d out of order (previous %d), empty, or off rune boundaries in %q", i, m.Text, m.Start, m.End, prev, text)
		}
		prev = m.Start
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("mention %d text %q != %q", i, m.Text, text[m.Start:m.End])
		}
		if !keys[m.Local] {
			t.Fatalf("mention %d %q has local %q, no entity", i, m.Text, m.Local)
		}
		if !seen[m.Local] {
			if m.Local != "L"+strconv.Itoa(next) {
				t.Fatalf("mention %d %q is the first of %s, want L%d (keys in order of first mention) in %q", i, m.Text, m.Local, next, text)
			}
			seen[m.Local] = true
			next++
		}
		if m.Type != "" && !isType(m.Type) {
			t.Fatalf("mention %d type %q", i, m.Type)
		}
	}
	if len(seen) != len(an.Locals) {
		t.Fatalf("%d local entities, %d of them mentioned", len(an.Locals), len(seen))
	}
}

// checkCorpus checks that every mention of a local entity has an entity
// of the corpus, that the entities count their mentions, and that no
// entity joins two knowledge-base ids.
func checkCorpus(t *testing.T, ans []*kroniek.Analysis, es []*kroniek.Entity) {
	t.Helper()
	ids := map[string]*kroniek.Entity{}
	for _, e := range es {
		if e.ID == "" || ids[e.ID] != nil || !isType(e.Type) || e.Count != len(e.Mentions) {
			t.Fatalf("entity %+v: empty or duplicate id, bad type, or count %d of %d mentions", e, e.Count, len(e.Mentions))
		}
		ids[e.ID] = e
		// Two different knowledge-base ids never join.
		for _, m := range e.Mentions {
			if m.KB != "" && m.KB != e.KB {
				t.Fatalf("entity %s (kb %q) holds mention %q linked to kb %q", e.ID, e.KB, m.Text, m.KB)
			}
		}
	}
	n := 0
	for _, an := range ans {
		for _, m := range an.Mentions {
			if ids[m.Entity] == nil {
				t.Fatalf("mention %+v of article %s has no entity", m, an.Article)
			}
			n++
		}
	}
	total := 0
	for _, e := range es {
		total += e.Count
	}
	if total != n {
		t.Fatalf("entities count %d mentions, the analyses hold %d", total, n)
	}
}

func cloneAnalyses(ans []*kroniek.Analysis) []*kroniek.Analysis {
	out := make([]*kroniek.Analysis, len(ans))
	for i, an := range ans {
		c := *an
		c.Locals = slices.Clone(an.Locals)
		c.Mentions = slices.Clone(an.Mentions)
		out[i] = &c
	}
	return out
}

func entityIDs(es []*kroniek.Entity) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}

// mentionEntities maps article:start:end of every mention to its entity.
func mentionEntities(ans []*kroniek.Analysis) map[string]string {
	out := map[string]string{}
	for _, an := range ans {
		for _, m := range an.Mentions {
			out[an.Article+":"+strconv.Itoa(m.Start)+":"+strconv.Itoa(m.End)] = m.Entity
		}
	}
	return out
}

func isType(s string) bool {
	return s == kroniek.PER || s == kroniek.LOC || s == kroniek.ORG || s == kroniek.MISC
}

// runeBounds marks where a span may start and end (see fuzzcheck).
func runeBounds(s string) []bool { return fuzzcheck.RuneBounds(s) }
