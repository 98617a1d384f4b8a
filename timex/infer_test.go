package timex

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

func TestInferPublishedSeed004(t *testing.T) {
	text := shared.SeedArticle(t, "004").Text
	// Cleaning removes the tweet embed line; the pipeline passes it as extra.
	var body []string
	var extra []string
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "pic.twitter.com") {
			extra = append(extra, line)
			continue
		}
		body = append(body, line)
	}
	if len(extra) != 1 {
		t.Fatalf("embed line not found")
	}
	doc := nl.Parse(strings.Join(body, "\n"), nl.Options{Lang: "nl"})
	date, conf, ok := InferPublished(doc, extra, "")
	if !ok || (date != "2020-09-14" && date != "2020-09-15") {
		t.Fatalf("InferPublished = %q %.2f %v, want 2020-09-14 or 15", date, conf, ok)
	}
	if conf <= 0 || conf > 1 {
		t.Errorf("confidence %.2f outside (0,1]", conf)
	}
	t.Logf("seed 004: %s (confidence %.2f)", date, conf)
	// A month hint narrows, never contradicts.
	if d, _, ok := InferPublished(doc, extra, "2020-09"); !ok || !strings.HasPrefix(d, "2020-09") {
		t.Errorf("with hint 2020-09: %q %v", d, ok)
	}
	// Day-level metadata is returned untouched.
	if d, c, ok := InferPublished(doc, extra, "2020-09-20"); !ok || d != "2020-09-20" || c != 1 {
		t.Errorf("day hint overridden: %q %.2f", d, c)
	}
	// Without the embed there is no full date: no inference.
	if d, _, ok := InferPublished(doc, nil, ""); ok {
		t.Errorf("inferred %q without evidence", d)
	}
}

func TestInferPublishedSeeds(t *testing.T) {
	for _, id := range []string{"000", "001", "002", "003"} {
		seed := shared.SeedArticle(t, id)
		text, month := seed.Text, seed.Month
		d, c, ok := InferPublished(nl.Parse(text, nl.Options{Lang: "nl"}), nil, month)
		if ok && month != "" && !strings.HasPrefix(d, month) {
			t.Errorf("%s: %q outside hinted month %s", id, d, month)
		}
		t.Logf("%s (hint %q): %q %.2f %v", id, month, d, c, ok)
	}
}

func TestInferPublishedWeekdays(t *testing.T) {
	// The reported date is a Thursday; "donderdag" in the past tense and
	// "gisteren" (the Wednesday before the publication) agree on Friday.
	text := "Op donderdag 14 maart 2019 stemde de Kamer. Donderdag stemde de Kamer in met de wet. Gisteren, op 14 maart 2019, viel het besluit."
	d, _, ok := InferPublished(nl.Parse(text, nl.Options{Lang: "nl"}), nil, "")
	if !ok || d != "2019-03-15" {
		t.Errorf("got %q %v, want 2019-03-15", d, ok)
	}
}

func TestOtherLanguages(t *testing.T) {
	doc := nl.Parse("Over 14 days, on 9 August 2020, al the leaders met.", nl.Options{Lang: "en"})
	if got := Extract(doc, RefFromPublished("2020-08-18")); len(got) != 0 {
		t.Errorf("English text gave %+v", got)
	}
	if d, _, ok := InferPublished(doc, []string{"— (@x) 14 september 2020"}, ""); ok {
		t.Errorf("English text inferred %s", d)
	}
}

func TestInferPublishedSameSentence(t *testing.T) {
	// "gisteren" and the full date name the same day in one sentence.
	text := "De minister trad gisteren, op 3 april 2019, af. Zijn opvolger is nog niet bekend."
	d, _, ok := InferPublished(nl.Parse(text, nl.Options{Lang: "nl"}), nil, "")
	if !ok || d != "2019-04-04" {
		t.Errorf("got %q %v, want 2019-04-04", d, ok)
	}
}
