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

// SpeakerNames returns the names of every speaker of q in order, the first
// speaker then its co-speakers: name(id) for one with an entity id (when
// not empty), else its words as printed. Empty when q has no speaker.
func (q Quote) SpeakerNames(name func(id string) string) []string {
	one := func(id, text string) string {
		if id != "" {
			if n := name(id); n != "" {
				return n
			}
		}
		return text
	}
	first := one(q.Speaker, q.SpeakerText)
	if first == "" {
		return nil
	}
	out := []string{first}
	for _, c := range q.CoSpeakers {
		if n := one(c.ID, c.Text); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// JoinNames writes names as a reader lists them, with and as the last
// joiner: "A", "A en B", "A, B en C" ("and" on English pages).
func JoinNames(names []string, and string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + and + " " + names[len(names)-1]
}
