package event

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// annotate strips entity marks from a test text: "[Poetin]" or
// "[Poetin|PER]" mark a mention, "[Moskou=Rusland|LOC]" one that refers to
// the entity written after "=". It stands in for NER and resolution so
// that the tests prove the event logic alone. Equal names share a key.
func annotate(src string) (string, []kroniek.Mention, []kroniek.LocalEntity) {
	var b strings.Builder
	var ms []kroniek.Mention
	var ls []kroniek.LocalEntity
	keys := map[string]string{}
	for {
		i := strings.IndexByte(src, '[')
		if i < 0 {
			b.WriteString(src)
			break
		}
		j := strings.IndexByte(src[i:], ']')
		if j < 0 {
			b.WriteString(src)
			break
		}
		b.WriteString(src[:i])
		body := src[i+1 : i+j]
		src = src[i+j+1:]
		typ := kroniek.PER
		if k := strings.IndexByte(body, '|'); k >= 0 {
			body, typ = body[:k], body[k+1:]
		}
		surface, name := body, body
		if k := strings.IndexByte(body, '='); k >= 0 {
			surface, name = body[:k], body[k+1:]
		}
		key, ok := keys[name]
		if !ok {
			key = "L" + strconv.Itoa(len(keys)+1)
			keys[name] = key
			ls = append(ls, kroniek.LocalEntity{Key: key, Name: name, Type: typ, KB: knownPlace(typ, name)})
		}
		start := b.Len()
		b.WriteString(surface)
		ms = append(ms, kroniek.Mention{Start: start, End: b.Len(), Text: surface, Type: typ, Local: key})
	}
	return b.String(), ms, ls
}

// nameMentions marks every whole-word occurrence of the given names (longest
// first) as a mention; names maps a surface form to entity name and type
// ("Poetin": "Vladimir Poetin|PER").
func nameMentions(text string, names map[string]string) ([]kroniek.Mention, []kroniek.LocalEntity) {
	var surfaces []string
	for s := range names {
		surfaces = append(surfaces, s)
	}
	// longest first so "Charles Michel" wins over "Michel"
	for i := range surfaces {
		for j := i + 1; j < len(surfaces); j++ {
			if len(surfaces[j]) > len(surfaces[i]) || len(surfaces[j]) == len(surfaces[i]) && surfaces[j] < surfaces[i] {
				surfaces[i], surfaces[j] = surfaces[j], surfaces[i]
			}
		}
	}
	taken := make([]bool, len(text))
	var ms []kroniek.Mention
	var ls []kroniek.LocalEntity
	keys := map[string]string{}
	for _, s := range surfaces {
		name, typ, _ := strings.Cut(names[s], "|")
		for off := 0; ; {
			i := strings.Index(text[off:], s)
			if i < 0 {
				break
			}
			st, en := off+i, off+i+len(s)
			off = en
			if st > 0 && isLetterByte(text[st-1]) || en < len(text) && isLetterByte(text[en]) && !strings.HasPrefix(text[en:], "’s") {
				continue
			}
			if taken[st] || taken[en-1] {
				continue
			}
			for k := st; k < en; k++ {
				taken[k] = true
			}
			key, ok := keys[name]
			if !ok {
				key = "L" + strconv.Itoa(len(keys)+1)
				keys[name] = key
				ls = append(ls, kroniek.LocalEntity{Key: key, Name: name, Type: typ, KB: knownPlace(typ, name)})
			}
			ms = append(ms, kroniek.Mention{Start: st, End: en, Text: s, Type: typ, Local: key})
		}
	}
	return ms, ls
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func TestSpanIndex(t *testing.T) {
	ix := newSpanIndex([]kroniek.TimeRef{{Start: 30, End: 40}, {Start: 0, End: 5}, {Start: 10, End: 25}, {Start: 12, End: 14}})
	for off, want := range map[int]bool{0: true, 4: true, 5: false, 9: false, 10: true, 13: true, 20: true, 25: false, 29: false, 30: true, 39: true, 40: false, 100: false, -1: false} {
		if got := ix.covers(off); got != want {
			t.Errorf("covers(%d) = %v, want %v", off, got, want)
		}
	}
}

// parseDoc splits and annotates a Dutch test text as the pipeline does:
// tokens, sentences, and the parse the extractor reads sides from.
func parseDoc(tb testing.TB, text string) *nl.Doc {
	tb.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syn, err := loadSyntax()
	if err != nil {
		tb.Fatalf("load syntax: %v", err)
	}
	syn.Annotate(doc)
	return doc
}

var loadSyntax = sync.OnceValues(nl.LoadSyntax)

// knownPlace stands in for the knowledge-base link resolve gives a known
// place: the places of the test texts are countries and cities.
func knownPlace(typ, name string) string {
	if typ != kroniek.LOC {
		return ""
	}
	return "kb:" + name
}

// eventsOfType extracts the events of src (names marked as annotate reads
// them) and returns its text and those of type typ; none is an error.
func eventsOfType(t *testing.T, src, typ string) (string, []kroniek.Event) {
	t.Helper()
	text, ms, ls := annotate(src)
	var out []kroniek.Event
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no %s event", text, typ)
	}
	return text, out
}

// checkShown extracts the events of src (names marked as annotate reads
// them) and checks the shown event of type typ: with actor "" none may be
// shown; otherwise one must be, with that actor text and, when
// checkRecip, that recipient text.
func checkShown(t *testing.T, src, typ, actor, recip string, checkRecip bool) {
	t.Helper()
	text, ms, ls := annotate(src)
	found := false
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type != typ || !e.Shown {
			continue
		}
		found = true
		switch {
		case actor == "":
			t.Errorf("%q: %s %s shown (%s → %s), want not shown", text, e.Type, e.Trigger, e.ActorText, e.RecipientText)
		case e.ActorText != actor || checkRecip && e.RecipientText != recip:
			t.Errorf("%q: %s → %s, want %s → %s", text, e.ActorText, e.RecipientText, actor, recip)
		}
	}
	if !found && actor != "" {
		t.Errorf("%q: no %s event shown", text, typ)
	}
}

// shownCase is one invented sentence and the shown event it must give:
// with actor "" no event of type typ may be shown.
type shownCase struct {
	src, typ, actor, recip string
}

// checkCases runs checkShown on each case, recipient text checked.
func checkCases(t *testing.T, cases []shownCase) {
	t.Helper()
	for _, c := range cases {
		checkShown(t, c.src, c.typ, c.actor, c.recip, true)
	}
}
