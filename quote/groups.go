package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// groupSpeaks gives a quote whose speaker is the person a group of people
// belongs to back to the group: "door partijgenoten van Erdogan
// aangeraden …", "veel partijgenoten van Trump willen dat …". A plural
// noun for people before "van" and a person names that person's people,
// not the person (as "de advocaat van X" is not X); the speaker becomes
// the group's words, with no entity.
func (x *extractor) groupSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || q.SpeakerEnd <= q.SpeakerStart || !x.isPersonLocal(q.SpeakerLocal) {
		return
	}
	toks := x.doc.Tokens
	i := x.tokenAt(q.SpeakerStart)
	if i >= len(toks) || toks[i].Start != q.SpeakerStart {
		return
	}
	var noun, owner int // the plural noun and the owner's first token
	switch {
	case i >= 2 && strings.EqualFold(toks[i-1].Text, "van") && x.groupNoun(i-2):
		// the owner was taken: "partijgenoten van [Erdogan]"
		noun, owner = i-2, i
	case x.groupNoun(i) && i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "van"):
		// the group's words, linked to the owner: "[partijgenoten] van Trump"
		m, ok := x.mentionAt(toks[i+2].Start, toks[i+2].End)
		if !ok || m.Start != toks[i+2].Start || x.personOf(m) != q.SpeakerLocal {
			return
		}
		noun, owner = i, i+2
	default:
		return
	}
	m, ok := x.mentionAt(toks[owner].Start, toks[owner].End)
	if !ok || m.Start != toks[owner].Start || x.quoted(m.Start) {
		return
	}
	start := noun
	for start > 0 && noun-start < 2 && toks[start-1].Kind == nl.Word && (isArticle(toks, start-1) || groupQuantifiers[strings.ToLower(toks[start-1].Text)] || wordAt(toks, start-1, ownPossessives)) {
		start-- // "veel partijgenoten", "de partijgenoten", "zijn partijgenoten"
	}
	q.SpeakerLocal = ""
	q.SpeakerStart, q.SpeakerEnd = toks[start].Start, m.End
	q.SpeakerText = x.doc.Text[q.SpeakerStart:q.SpeakerEnd]
}

// groupNoun reports whether token i is a lower-case plural noun for people
// ("partijgenoten", "medewerkers", "vrienden"), by the parse's number.
func (x *extractor) groupNoun(i int) bool {
	t := x.doc.Tokens[i]
	if t.Kind != nl.Word || !isLowerWord(t.Text) || !x.parsed(i) || t.POS != nl.NOUN || !t.Feats.Has(nl.FeatPlur) {
		return false
	}
	return people(t.Text)
}

// groupQuantifiers open a group of people: "veel partijgenoten", "enkele
// collega's".
var groupQuantifiers = map[string]bool{
	"veel": true, "vele": true, "enkele": true, "sommige": true, "diverse": true, "verschillende": true,
	"meerdere": true, "twee": true, "drie": true, "alle": true,
}
