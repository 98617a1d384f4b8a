package ner

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// FuzzTag checks that the tagger gives, for any parsed text, mentions on
// rune boundaries whose Text is the text they span, with a CoNLL type,
// without quote marks at their edges, in order and apart, and the same
// mentions whether or not another document was tagged in between (the
// tagger reuses its working memory).
func FuzzTag(f *testing.F) {
	between := "Bondspresident Alexander Van der Bellen ontving dinsdag in Wenen de Nederlandse premier Mark Rutte.\n\n" +
		"Maar volgens Frans Timmermans van de Europese Commissie is dat niet genoeg. Woensdag reist Timmermans naar Berlijn.\n\n" +
		"In Minsk zei president Loekasjenko dat hij niet zal wijken. Hij rekent op de Russische president Poetin.\n\n" +
		"Loekasjenko’s woordvoerder zei dat de Wit-Russische regering standhoudt. Poetins steun is volgens hem zeker."
	for _, s := range append(shared.Hostile(), between,
		"REGERING WIL MEER GELD VOOR ONDERWIJS EN ZORG\n\nHet kabinet trekt volgend jaar extra geld uit.",
		`" Er zou geen bemoeienis van buitenaf mogen zijn " , schreef Charles Michel maandag .`,
		"“Er zou geen bemoeienis van buitenaf mogen zijn”, schreef Charles Michel maandag op Twitter.",
		"'Poetin' ‘Loekasjenko’ „Rutte” «Macron» \"Merkel\"",
		strings.Repeat("Jan ", 3000)+"Peter",
		"Zelensky\u0301j en Ме\u0301дведев spraken in Kyiv\u0308.") {
		f.Add(s, false)
	}
	f.Add("The President Joe Biden met Angela Merkel in Berlin.", true)
	tg := shared.Must(f, Load)
	other := nl.Parse(between, nl.Options{Lang: "nl"})
	f.Fuzz(func(t *testing.T, text string, english bool) {
		lang := "nl"
		if english {
			lang = "en"
		}
		doc := nl.Parse(text, nl.Options{Lang: lang})
		ms := tg.Tag(doc)
		checkMentions(t, text, ms)
		tg.Tag(other)
		if again := tg.Tag(doc); !reflect.DeepEqual(ms, again) {
			t.Fatalf("Tag not deterministic on %q:\n%+v\n%+v", text, ms, again)
		}
		var sents [][]string
		for _, s := range doc.Sentences {
			var words []string
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
			sents = append(sents, words)
		}
		for i, tags := range tg.TagSentences(sents) {
			if len(tags) != len(sents[i]) {
				t.Fatalf("sentence %d: %d tags for %d words", i, len(tags), len(sents[i]))
			}
			for _, tag := range tags {
				if tag != "O" && !(len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-") && isType(tag[2:])) {
					t.Fatalf("sentence %d: tag %q", i, tag)
				}
			}
		}
	})
}

// checkMentions checks the offset promises of Tag's mentions.
func checkMentions(t *testing.T, text string, ms []kroniek.Mention) {
	t.Helper()
	bounds := runeBounds(text)
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("mention %d %q at %d:%d empty, out of text or before the previous end %d", i, m.Text, m.Start, m.End, prev)
		}
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("mention %d %q at %d:%d not on rune boundaries", i, m.Text, m.Start, m.End)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("mention %d text %q != %q", i, m.Text, text[m.Start:m.End])
		}
		if !isType(m.Type) || m.Article != "" || m.Local != "" {
			t.Fatalf("mention %d %+v: bad type or article/local set", i, m)
		}
		first, _ := utf8.DecodeRuneInString(m.Text)
		last, _ := utf8.DecodeLastRuneInString(m.Text)
		if strings.ContainsRune("\"'“”‘’„«»", first) || strings.ContainsRune("\"'“”‘’„«»", last) {
			t.Fatalf("mention %d %q has a quote mark at its edge", i, m.Text)
		}
		prev = m.End
	}
}

func isType(s string) bool {
	return s == kroniek.PER || s == kroniek.LOC || s == kroniek.ORG || s == kroniek.MISC
}

// runeBounds marks where a span may start and end (see fuzzcheck).
func runeBounds(s string) []bool { return fuzzcheck.RuneBounds(s) }
