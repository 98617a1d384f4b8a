package event

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/internal/shared"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/timex"
)

// FuzzExtract checks that any annotated text ("[Poetin|PER] viel [Kyiv|LOC]
// aan", see annotate), with its time expressions and one of a few
// publication dates, gives events whose evidence is one sentence of the
// text, whose trigger lies inside it on rune boundaries, of a PLOVER type,
// with actor and recipient keys of existing local entities (or generic
// actors), in text order, the same every time, leaving the inputs as they
// were; and that Merge then gives every event an id and its article as
// source.
func FuzzExtract(f *testing.F) {
	for _, row := range shared.TSV(f, "testdata/labelled.tsv", "testdata/heldout.tsv") {
		f.Add(row.Cols[0], uint8(0))
	}
	if b, err := os.ReadFile("testdata/grensconflict.txt"); err == nil {
		f.Add(string(b), uint8(1))
	}
	for _, s := range shared.Hostile() {
		f.Add(s, uint8(2))
		f.Add("[Poetin] "+s+" viel [Kyiv|LOC] aan.", uint8(2)) // with entities around it
	}
	for _, s := range []string{
		"[", "]", "[]", "[|]", "[=|LOC]", "[Poetin|", "[[Poetin]]", "[Poe]tin viel [Kyiv|LOC] aan.",
		"„[Poetin] viel aan”, zei [Rutte]. „", "’s Avonds viel [’t Leger|ORG] [’s-Hertogenbosch|LOC] aan'",
		"[Rusland|LOC] eiste 99999999999999999999999999999999 euro van [Oekraïne|LOC] op 99999-99-99.",
		"[بوتين] هاجم [كييف|LOC] \u202Eأمس\u202C. \u200F[ישראל|LOC]\u200F protesteerde.",
		"[👨\u200D👩\u200D👧\u200D👦|ORG] protesteerde 👍🏽 tegen [🏳️\u200D🌈|MISC].",
		"De politie arresteerde zaterdag honderden demonstranten in [Minsk|LOC].",
	} {
		f.Add(s, uint8(2))
	}
	refs := []string{"2024-03-12", "2020-09", "", "2020"}
	f.Fuzz(func(t *testing.T, src string, ri uint8) {
		ref := refs[int(ri)%len(refs)]
		text, ms, ls := annotate(src)
		doc := parseDoc(t, text)
		times := timex.Extract(doc, timex.RefFromPublished(ref))
		ms0, ls0, times0 := slices.Clone(ms), slices.Clone(ls), slices.Clone(times)
		evs := Extract(doc, ms, ls, times, ref)
		if !reflect.DeepEqual(ms, ms0) || !reflect.DeepEqual(ls, ls0) || !reflect.DeepEqual(times, times0) {
			t.Fatalf("Extract changed its inputs on %q", src)
		}
		checkEvents(t, doc, evs, ls)
		if again := Extract(doc, ms, ls, times, ref); !reflect.DeepEqual(evs, again) {
			t.Fatalf("Extract not deterministic on %q:\n%+v\n%+v", src, evs, again)
		}
		an := &kroniek.Analysis{Article: "A", Locals: ls, Mentions: ms, Times: times, Events: evs}
		Merge([]*kroniek.Analysis{an})
		for i, e := range an.Events {
			if e.ID == "" || !reflect.DeepEqual(e.Sources, []string{"A"}) {
				t.Fatalf("merged event %d has id %q and sources %q", i, e.ID, e.Sources)
			}
		}
	})
}

// eventDate is a date an event can carry: a day, week, month, year or
// decade, as timex resolves them.
var eventDate = regexp.MustCompile(`^$|^[0-9]{3}[0-9X](-W[0-9]{2}|-[0-9]{2}(-[0-9]{2})?)?$`)

// checkEvents checks the offset and key promises of Extract's events.
func checkEvents(t *testing.T, doc *nl.Doc, evs []kroniek.Event, locals []kroniek.LocalEntity) {
	t.Helper()
	text := doc.Text
	bounds := runeBounds(text)
	sentences := map[[2]int]bool{}
	for _, s := range doc.Sentences {
		sentences[[2]int{s.Start, s.End}] = true
	}
	keys := map[string]bool{}
	for _, l := range locals {
		keys[l.Key] = true
	}
	prev := 0
	for i, e := range evs {
		if !sentences[[2]int{e.Start, e.End}] || e.Text != text[e.Start:e.End] {
			t.Fatalf("event %d at %d:%d %q is not a sentence of %q", i, e.Start, e.End, e.Text, text)
		}
		if e.Start < prev {
			t.Fatalf("event %d at %d before event %d at %d", i, e.Start, i-1, prev)
		}
		prev = e.Start
		ts, te := e.TriggerStart, e.TriggerEnd
		if ts < e.Start || te > e.End || ts >= te || !bounds[ts] || !bounds[te] {
			t.Fatalf("event %d trigger %q at %d:%d outside its sentence %d:%d or off rune boundaries", i, e.Trigger, ts, te, e.Start, e.End)
		}
		if !strings.Contains(e.Trigger, " … ") && e.Trigger != text[ts:te] {
			t.Fatalf("event %d trigger %q != %q", i, e.Trigger, text[ts:te])
		}
		if !slices.Contains(kroniek.EventTypes, e.Type) {
			t.Fatalf("event %d type %q", i, e.Type)
		}
		for _, k := range append(slices.Clone(e.ActorLocal), e.RecipientLocal...) {
			if !keys[k] && !strings.HasPrefix(k, "generic:") {
				t.Fatalf("event %d refers to %q, no local entity", i, k)
			}
		}
		for _, k := range append(slices.Clone(e.Actor), e.Recipient...) {
			if !strings.HasPrefix(k, "generic:") {
				t.Fatalf("event %d has global id %q before resolution", i, k)
			}
		}
		if !eventDate.MatchString(e.Date) {
			t.Fatalf("event %d date %q", i, e.Date)
		}
		if e.ID != "" || len(e.Sources) > 0 {
			t.Fatalf("event %d merged before Merge: %+v", i, e)
		}
	}
}

// runeBounds marks where a span may start and end (see fuzzcheck).
func runeBounds(s string) []bool { return fuzzcheck.RuneBounds(s) }
