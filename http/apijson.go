package http

import (
	"encoding/json"

	"github.com/kroniek/kroniek"
)

// apiEvent writes an event as the API documents it: like the export
// (date null when unknown), and mode null when the event has none.
type apiEvent kroniek.Event

// MarshalJSON implements json.Marshaler.
func (e apiEvent) MarshalJSON() ([]byte, error) {
	type plain kroniek.Event
	return json.Marshal(struct {
		plain
		Date *string `json:"date"`
		Mode *string `json:"mode"`
	}{plain(e), nullable(e.Date), nullable(e.Mode)})
}

// eventList writes events as apiEvents.
type eventList []kroniek.Event

// MarshalJSON implements json.Marshaler.
func (l eventList) MarshalJSON() ([]byte, error) {
	out := make([]apiEvent, len(l))
	for i, e := range l {
		out[i] = apiEvent(e)
	}
	return json.Marshal(out)
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MarshalJSON writes the article, its analysis with its events as
// eventList, and the entity names.
func (v *ArticleView) MarshalJSON() ([]byte, error) {
	type analysis struct {
		*kroniek.Analysis
		Events eventList `json:"events"`
	}
	an := analysis{Analysis: v.Analysis}
	if v.Analysis != nil {
		an.Events = v.Analysis.Events
	}
	if an.Events == nil {
		an.Events = eventList{}
	}
	return json.Marshal(struct {
		*kroniek.Article
		Analysis analysis          `json:"analysis"`
		Names    map[string]string `json:"entity_names"`
	}{v.Article, an, v.Names})
}
