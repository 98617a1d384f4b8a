package kroniek

import "strings"

// Speaker ranks, the order in which lists of quotes group their speakers.
const (
	SpeakerNamed     = iota // an entity: "Theresa May", "de EU"
	SpeakerDescribed        // words only: "een woordvoerder", "een van hen"
	SpeakerUnknown          // no speaker found
)

// SpeakerRank tells how well a quote's speaker is known: named (an entity,
// or a generic actor such as the police, which the lists name), described
// by the article's words only, or unknown. The web page and the report
// list a story's speakers in this order, so that "een van hen" never
// stands between two named people.
func (q Quote) SpeakerRank() int {
	switch {
	case q.Speaker != "":
		return SpeakerNamed
	case strings.TrimSpace(q.SpeakerText) != "":
		return SpeakerDescribed
	}
	return SpeakerUnknown
}
