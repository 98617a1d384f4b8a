package kroniek

import "encoding/json"

// The export contract writes null, not "", for optional values: a quote
// without a speaker, an entity without a country, a figure without a
// modifier, an event without a date. These marshalers do that; reading
// null back gives "".

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MarshalJSON writes speaker as null when the quote has none.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	return json.Marshal(struct {
		plain
		Speaker *string `json:"speaker"`
	}{plain(q), nullable(q.Speaker)})
}

// MarshalJSON writes country as null when it is unknown.
func (e Entity) MarshalJSON() ([]byte, error) {
	type plain Entity
	return json.Marshal(struct {
		plain
		Country *string `json:"country"`
	}{plain(e), nullable(e.Country)})
}

// MarshalJSON writes modifier as null when the figure has none.
func (a Amount) MarshalJSON() ([]byte, error) {
	type plain Amount
	return json.Marshal(struct {
		plain
		Modifier *string `json:"modifier"`
	}{plain(a), nullable(a.Modifier)})
}

// MarshalJSON writes date as null when the event has none.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		plain
		Date *string `json:"date"`
	}{plain(e), nullable(e.Date)})
}
