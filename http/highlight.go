package http

import (
	"html"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
)

// hlSpan is one highlighted range of an article's text.
type hlSpan struct {
	start, end int
	class      string
	title      string
	href       string
}

// highlight renders text with its entities, quotes, figures and dates
// marked. Spans may nest or overlap: the text is cut at every boundary and
// each piece carries the classes of the spans covering it. Every piece of
// text is escaped; paragraphs become <p>.
//
// Each of headings (subheadings, as clean marks them: a line of its own or
// a word run into a one-line text) becomes an <h3 class="subheading">
// between paragraphs, so a heading does not read as the first word of
// the sentence after it.
//
// ev, when it is a byte range "START-END" inside text, marks the evidence a
// quote, figure or event link points at: its pieces get the class
// hl-evidence and an anchor with id "evidence" precedes it, so the link's
// #evidence fragment scrolls there.
//
// L, the page's labels, names what a piece is in its tooltip ("persoon:
// Donald Trump", "citaat: Breuker").
func highlight(text string, headings []kroniek.Span, an *kroniek.Analysis, names map[string]string, ev string, L map[string]string) template.HTML {
	return highlightField(text, headings, an, names, ev, "", L)
}

// highlightField is highlight of the items of an whose Field is field:
// "" for the article's text, kroniek.FieldTitle for its title (their
// offsets point into that string).
func highlightField(text string, headings []kroniek.Span, an *kroniek.Analysis, names map[string]string, ev, field string, L map[string]string) template.HTML {
	var spans []hlSpan
	evStart, evEnd, hasEv := parseRange(ev, len(text))
	if hasEv {
		spans = append(spans, hlSpan{evStart, evEnd, "hl-evidence", "", ""})
	}
	anchored := false
	for _, q := range an.Quotes {
		if q.Field != field {
			continue // offsets into the other string
		}
		title := L["quote"]
		if q.Kind == kroniek.QuoteIndirect {
			title = L["indirect"]
		}
		if q.SpeakerText != "" {
			title += ": " + q.SpeakerText
			if n := names[q.Speaker]; n != "" {
				title += " (" + n + ")"
			}
		}
		if ns := q.SpeakerNames(func(id string) string { return names[id] }); len(ns) > 1 && q.SpeakerText != "" {
			title += " " + L["and"] + " " + kroniek.JoinNames(ns[1:], L["and"]) // "Citaat: A en B"
		}
		for _, p := range q.Pieces() { // the attribution inside it is no quote
			spans = append(spans, hlSpan{p[0], p[1], "hl-quote hl-" + q.Kind, title, ""})
		}
	}
	for _, m := range an.Mentions {
		if m.Field != field {
			continue
		}
		href := ""
		if m.Entity != "" {
			href = "/entities/" + url.PathEscape(m.Entity)
		}
		title := term(L, m.Type)
		if n := names[m.Entity]; n != "" {
			title += ": " + n
		}
		spans = append(spans, hlSpan{m.Start, m.End, "hl-entity hl-" + strings.ToLower(m.Type), title, href})
	}
	for _, a := range an.Amounts {
		if a.Field != field {
			continue
		}
		// The value first, as it is read: "300 g voedsel per dag".
		what := strings.Join(strings.Fields(localValue(L, a.Value)+" "+a.Unit+" "+a.Object), " ")
		spans = append(spans, hlSpan{a.Start, a.End, "hl-amount", what, ""})
	}
	for _, t := range an.Times {
		if t.Field != field {
			continue
		}
		spans = append(spans, hlSpan{t.Start, t.End, "hl-time", dateLabel(L, t.Value), ""})
	}
	var kept []hlSpan
	for _, s := range spans {
		if s.start >= 0 && s.end <= len(text) && s.start < s.end {
			kept = append(kept, s)
		}
	}
	cuts := map[int]bool{0: true, len(text): true}
	for _, s := range kept {
		cuts[s.start], cuts[s.end] = true, true
	}
	headStart, headEnd := map[int]bool{}, map[int]bool{}
	for _, h := range headings {
		// A heading is one line: a range across lines is not one.
		if h.Start >= 0 && h.End <= len(text) && h.Start < h.End && !strings.Contains(text[h.Start:h.End], "\n") {
			headStart[h.Start], headEnd[h.End] = true, true
			cuts[h.Start], cuts[h.End] = true, true
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			cuts[i] = true
			cuts[i+1] = true
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	var active []hlSpan
	next := 0
	points := make([]int, 0, len(cuts))
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	var b strings.Builder
	b.WriteString("<p>")
	for i := 0; i+1 < len(points); i++ {
		from, to := points[i], points[i+1]
		if headEnd[from] {
			b.WriteString("</h3><p>")
		}
		if headStart[from] {
			b.WriteString(`</p><h3 class="subheading">`)
		}
		piece := text[from:to]
		if piece == "\n" {
			// A run of newlines: two or more end a paragraph.
			run := 1
			for i+2 < len(points) && text[points[i+1]:points[i+2]] == "\n" {
				i++
				run++
			}
			if run >= 2 {
				b.WriteString("</p><p>")
			} else {
				b.WriteString("<br>")
			}
			continue
		}
		// Sweep: spans starting by here join the active set, spans that
		// ended leave it; only active spans can cover the piece.
		for next < len(kept) && kept[next].start <= from {
			active = append(active, kept[next])
			next++
		}
		live := active[:0]
		for _, s := range active {
			if s.end > from {
				live = append(live, s)
			}
		}
		active = live
		var classes, titles []string
		href := ""
		for _, s := range active {
			if s.start <= from && s.end >= to {
				classes = append(classes, s.class)
				if s.title != "" {
					titles = append(titles, s.title)
				}
				if s.href != "" {
					href = s.href
				}
			}
		}
		esc := html.EscapeString(piece)
		if hasEv && !anchored && from >= evStart && from < evEnd {
			b.WriteString(`<span id="evidence"></span>`)
			anchored = true
		}
		if len(classes) == 0 {
			b.WriteString(esc)
			continue
		}
		attrs := ` class="` + html.EscapeString(strings.Join(classes, " ")) + `" title="` + html.EscapeString(strings.Join(titles, " · ")) + `"`
		if href != "" {
			b.WriteString(`<a href="` + html.EscapeString(href) + `"` + attrs + `>` + esc + `</a>`)
		} else {
			b.WriteString(`<span` + attrs + `>` + esc + `</span>`)
		}
	}
	if headEnd[len(text)] {
		b.WriteString("</h3><p>")
	}
	b.WriteString("</p>")
	return template.HTML(strings.ReplaceAll(b.String(), "<p></p>", ""))
}

// titleEvidence is the prefix of an evidence range in the title
// ("title:START-END"; see highlight).
const titleEvidence = kroniek.FieldTitle + ":"

// highlightTitle renders an article's title with its own names, quotes,
// figures and dates marked (the items of an with Field kroniek.FieldTitle),
// as highlight renders the text; ev, when it is "title:START-END", marks
// the evidence a link points at in the title.
func highlightTitle(title string, an *kroniek.Analysis, names map[string]string, ev string, L map[string]string) template.HTML {
	if an == nil {
		an = &kroniek.Analysis{}
	}
	ev, ok := strings.CutPrefix(ev, titleEvidence)
	if !ok {
		ev = ""
	}
	h := string(highlightField(title, nil, an, names, ev, kroniek.FieldTitle, L))
	h = strings.TrimSuffix(strings.TrimPrefix(h, "<p>"), "</p>")
	return template.HTML(strings.ReplaceAll(h, "</p><p>", "<br>"))
}

// parseRange reads "START-END", a byte range within [0, n].
func parseRange(s string, n int) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || start < 0 || end > n || start >= end {
		return 0, 0, false
	}
	return start, end, true
}
