package event

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
)

// CSVHeader is the header row of WriteCSV, GDELT-like.
var CSVHeader = []string{
	"id", "date", "actor", "actor_country", "type", "mode", "recipient", "recipient_country",
	"negated", "hypothetical", "sources", "first_source_url", "evidence",
}

// merged is one event with all its reports.
type merged struct {
	id      string
	reports []kroniek.Event
	first   kroniek.Event // the report of the earliest source
	sources []string
}

// group collects reports by event ID (a report without ID is an event of
// its own) and orders events by date, then ID.
func group(events []kroniek.Event, articles map[string]*kroniek.Article) []*merged {
	byID := map[string]*merged{}
	var out []*merged
	for i, e := range events {
		id := e.ID
		if id == "" {
			id = fmt.Sprintf("%s#%d", e.Article, i)
		}
		m := byID[id]
		if m == nil {
			m = &merged{id: e.ID}
			byID[id] = m
			out = append(out, m)
		}
		m.reports = append(m.reports, e)
	}
	published := func(id string) string {
		// a month-only date sorts after the days of its month
		if a := articles[id]; a != nil && a.Published != "" {
			return a.Published + "~"
		}
		return "~"
	}
	for _, m := range out {
		seen := map[string]bool{}
		for _, r := range m.reports {
			for _, s := range append([]string{r.Article}, r.Sources...) {
				if s != "" && !seen[s] {
					seen[s] = true
					m.sources = append(m.sources, s)
				}
			}
		}
		sort.Slice(m.sources, func(i, j int) bool {
			pi, pj := published(m.sources[i]), published(m.sources[j])
			if pi != pj {
				return pi < pj
			}
			return m.sources[i] < m.sources[j]
		})
		m.first = m.reports[0]
		if len(m.sources) > 0 {
			for _, r := range m.reports {
				if r.Article == m.sources[0] {
					m.first = r
					break
				}
			}
		}
		// the earliest of the most precise dates the reports give
		for _, r := range m.reports {
			if len(r.Date) > len(m.first.Date) || len(r.Date) == len(m.first.Date) && r.Date < m.first.Date {
				m.first.Date, m.first.DateGran = r.Date, r.DateGran
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].first.Date != out[j].first.Date {
			return out[i].first.Date < out[j].first.Date
		}
		return out[i].id < out[j].id
	})
	return out
}

// side names one side of an event: entity display names (or generic keys,
// or the surface text when unresolved) and their countries.
func side(ids []string, text string, entities map[string]*kroniek.Entity) (names, countries []string) {
	for _, id := range ids {
		if strings.HasPrefix(id, "generic:") {
			role, country, _ := strings.Cut(strings.TrimPrefix(id, "generic:"), "@")
			names = append(names, role)
			countries = append(countries, country)
			continue
		}
		if e := entities[id]; e != nil {
			names = append(names, e.Name)
			countries = append(countries, e.Country)
			continue
		}
		names = append(names, id)
		countries = append(countries, "")
	}
	if len(names) == 0 && text != "" {
		names = append(names, text)
	}
	return names, countries
}

func sourceURL(id string, articles map[string]*kroniek.Article) string {
	a := articles[id]
	switch {
	case a == nil:
		return id
	case a.URL != "":
		return a.URL
	case a.Source != "":
		return a.Source
	}
	return id
}

func joinNonEmpty(xs []string) string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return strings.Join(out, ";")
}

// WriteCSV writes one row per merged event (events sharing an ID are one
// row) with GDELT-like columns: see CSVHeader. Names and countries come from
// entities; the first source is the earliest published reporting article.
func WriteCSV(w io.Writer, events []kroniek.Event, entities map[string]*kroniek.Entity, articles map[string]*kroniek.Article) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write events csv header: %w", err)
	}
	for _, m := range group(events, articles) {
		e := m.first
		an, ac := side(e.Actor, e.ActorText, entities)
		rn, rc := side(e.Recipient, e.RecipientText, entities)
		first := "" // a URL or nothing, as GDELT's SOURCEURL: never a file path
		if len(m.sources) > 0 {
			if a := articles[m.sources[0]]; a != nil {
				first = a.URL
			}
		}
		row := []string{
			m.id, e.Date, strings.Join(an, ";"), joinNonEmpty(ac), e.Type, e.Mode,
			strings.Join(rn, ";"), joinNonEmpty(rc),
			strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hypothetical),
			strconv.Itoa(len(m.sources)), first, e.Text,
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write events csv row %s: %w", m.id, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write events csv: %w", err)
	}
	return nil
}

// PLOVERActor is an entity object of a PLOVER record.
type PLOVERActor struct {
	Code           string `json:"code,omitempty"` // country code
	EntityText     string `json:"entity_text,omitempty"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

// PLOVERCite tells where a record was coded from.
type PLOVERCite struct {
	Source  string   `json:"source"`
	Sources []string `json:"sources"`
	Article string   `json:"article"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// PLOVERRecord is one event in the PLOVER JSON format (PLOVER manual,
// "Data format"): the auxiliary modes negation, hypothetical and reported
// go into context.
type PLOVERRecord struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Actor     []PLOVERActor `json:"actor"`
	Recipient []PLOVERActor `json:"recipient"`
	Event     []string      `json:"event"`
	Mode      []string      `json:"mode"`
	Context   []string      `json:"context"`
	EventText []string      `json:"event_text,omitempty"`
	Text      string        `json:"text"`
	CiteInfo  PLOVERCite    `json:"cite_info"`
	Coder     string        `json:"coder"`
	Comment   string        `json:"comment,omitempty"`
}

// WritePLOVER writes one PLOVER JSON record per merged event, one per line
// (JSONL, as the manual suggests).
func WritePLOVER(w io.Writer, events []kroniek.Event, entities map[string]*kroniek.Entity, articles map[string]*kroniek.Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range group(events, articles) {
		e := m.first
		r := PLOVERRecord{
			ID: m.id, Date: e.Date, Event: []string{e.Type}, Mode: []string{}, Context: []string{},
			Actor: ploverSide(e.Actor, e.ActorText, entities), Recipient: ploverSide(e.Recipient, e.RecipientText, entities),
			Text: e.Text, Coder: "kroniek",
			CiteInfo: PLOVERCite{Sources: m.sources, Article: e.Article, Start: e.Start, End: e.End},
		}
		if r.ID == "" {
			r.ID = fmt.Sprintf("%s-%d", e.Article, e.Start)
		}
		if e.Mode != "" {
			r.Mode = append(r.Mode, e.Mode)
		}
		if e.Trigger != "" {
			r.EventText = []string{e.Trigger}
		}
		if e.Negated {
			r.Context = append(r.Context, "negation")
		}
		if e.Hypothetical {
			r.Context = append(r.Context, "hypothetical")
		}
		if e.Reported {
			r.Comment = "reported"
		}
		if len(m.sources) > 0 {
			r.CiteInfo.Source = sourceURL(m.sources[0], articles)
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write plover record %s: %w", r.ID, err)
		}
	}
	return nil
}

func ploverSide(ids []string, text string, entities map[string]*kroniek.Entity) []PLOVERActor {
	out := []PLOVERActor{}
	for _, id := range ids {
		a := PLOVERActor{IdentifierID: id}
		if strings.HasPrefix(id, "generic:") {
			role, country, _ := strings.Cut(strings.TrimPrefix(id, "generic:"), "@")
			a.IdentifierText, a.Code = role, country
		} else if e := entities[id]; e != nil {
			a.IdentifierText, a.Code = e.Name, e.Country
		}
		out = append(out, a)
	}
	if len(out) == 1 {
		out[0].EntityText = text
	} else if len(out) == 0 && text != "" {
		out = append(out, PLOVERActor{EntityText: text})
	}
	return out
}
