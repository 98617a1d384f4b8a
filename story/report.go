package story

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
)

// WriteReport prints one story for people: title, date range, outlets,
// actors, timeline, summary, figures and how the sources differ. Articles
// are shown by short labels (the id up to its first '_', at most 10
// characters).
func WriteReport(w io.Writer, s *kroniek.Story) error {
	p := &printer{w: w}
	p.printf("Story %s: %s   (%d articles, %d sources)\n", s.ID, s.Title, len(s.Articles), SourceCount(s))
	if s.Start != "" {
		p.line("Dates", s.Start+" … "+s.End)
	}
	if len(s.Outlets) > 0 {
		p.line("Outlets", strings.Join(s.Outlets, " · "))
	}
	if len(s.Languages) > 0 {
		p.line("Langs", strings.Join(s.Languages, " · "))
	}
	p.line("Articles", labels(s.Articles))
	if len(s.Actors) > 0 {
		parts := make([]string, len(s.Actors))
		for i, a := range s.Actors {
			parts[i] = fmt.Sprintf("%s %d", a.Name, a.Count)
		}
		p.line("Actors", strings.Join(parts, " · "))
	}
	for i, t := range s.Timeline {
		text := t.Text
		if t.Kind != "" && t.Kind != "fact" {
			text += " (" + t.Kind + ")"
		}
		if t.Plan {
			text += " (planned)"
		}
		p.item(i, "Timeline", fmt.Sprintf("%-10s %s   %s", t.Date, clipWords(text, 100), labels(t.Articles)))
	}
	// Background facts are context, not the story's developments: they
	// get a section of their own after the timeline.
	for i, t := range s.Background {
		p.item(i, "Background", fmt.Sprintf("%-10s %s   %s", t.Date, clipWords(t.Text, 100), labels(t.Articles)))
	}
	for i, line := range s.Summary {
		p.item(i, "Summary", line)
	}
	for i, f := range s.Figures {
		what := strings.TrimSpace(f.Unit + " " + f.Object)
		p.item(i, "Figures", fmt.Sprintf("%-24s %s   %s", f.Text, what, label(f.Article)))
	}
	p.sources(s.Sources)
	return p.err
}

// maxUnique is the number of an outlet's own facts a report shows.
const maxUnique = 3

// printer writes report lines and remembers the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) line(head, text string) { p.printf("  %-10s %s\n", head, text) }

// item prints the i-th line of a section; only the first carries the head.
func (p *printer) item(i int, head, text string) {
	if i > 0 {
		head = ""
	}
	p.line(head, text)
}

func (p *printer) sources(views []kroniek.SourceView) {
	// Naming: entity -> spelling -> outlets (display.go).
	n := 0
	for _, naming := range Namings(views) {
		var parts []string
		for _, sp := range naming.Spellings {
			who := strings.Join(sp.Outlets, " ")
			if slices.Contains(sp.Outlets, "") {
				who = labels(sp.Articles) // no outlet name: the articles
			}
			parts = append(parts, fmt.Sprintf("%q: %s", sp.Text, who))
		}
		p.item(n, "Sources", strings.Join(parts, " · "))
		n++
	}
	for _, v := range views {
		first := ""
		if v.First != "" {
			first = " first " + v.First
		}
		name := v.Outlet
		if name == "" {
			name = "unknown outlet" // as the command line's report and the page say
		}
		p.item(n, "Sources", fmt.Sprintf("%s: %s%s", name, labels(v.Articles), first))
		n++
		for i, u := range v.Unique {
			if i == maxUnique {
				p.line("", fmt.Sprintf("  … %d more only here", len(v.Unique)-maxUnique))
				break
			}
			p.line("", "  only here: "+clipWords(u, 100))
		}
	}
}

func sortedMapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// label shortens an article id for reports.
func label(id string) string {
	if i := strings.IndexByte(id, '_'); i > 0 {
		id = id[:i]
	}
	if r := []rune(id); len(r) > 10 {
		id = string(r[:10])
	}
	return id
}

// labels shortens a list of article ids, showing at most eight.
func labels(ids []string) string {
	out := make([]string, 0, len(ids))
	for i, id := range ids {
		if i == 8 {
			out = append(out, fmt.Sprintf("+%d", len(ids)-8))
			break
		}
		out = append(out, label(id))
	}
	return strings.Join(out, " ")
}
