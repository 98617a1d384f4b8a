package event

import (
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// Noun frames: an event noun names its own sides in its own phrase, and
// those outrank any side the clause or the discourse would lend it.
//
//	de Amerikaanse sancties tegen Iran    the nationality adjective is the actor
//	de arrestatie van X door Y            the door-phrase hung on the noun is the actor
//
// (The van-phrase, the compound name (EU-sancties) and the tussen-phrase
// are read in code.)

// nounNation reads a nationality adjective in the noun's own phrase
// (before the noun, after its determiner: "de Amerikaanse sancties", "de
// nieuwe Russische aanval"). It returns the side of that country when the
// article names the country, and whether such an adjective was there at
// all: a phrase whose adjective names a country the article does not
// name still has its actor in the phrase, so no side from elsewhere may
// take the slot.
func (x *extractor) nounNation(s *sentenceCtx, c *clause, tpos int) (arg, bool) {
	k, err := kb.Load()
	if err != nil {
		return arg{}, false
	}
	for q := tpos - 1; q >= 0 && q >= tpos-3; q-- {
		w := s.words[c.words[q]]
		if x.lx.is("det", w.low) || w.POS != nl.ADJ {
			break
		}
		if !capitalised(w.Text) {
			continue // de nieuwe Russische aanval
		}
		for _, e := range k.Lookup(w.Text) {
			if e.Kind != kb.KindDemonym || e.Target == "" {
				continue
			}
			for key, le := range x.locals {
				if le.KB == e.Target && le.Type == kroniek.LOC {
					return x.localArg(key, le.Name), true
				}
			}
			return arg{}, true
		}
	}
	return arg{}, false
}

// nounAgent is the index of the door-phrase unit that the parse hangs on
// the event noun itself, directly or through the noun of its van- or
// op-phrase ("de arrestatie van X door Y", "de moord op X door een team"),
// or -1. A door-phrase the parse gives the verb (the passive's agent: "de
// arrestatie werd door China veroordeeld") is the verb's, not the noun's.
func (x *extractor) nounAgent(s *sentenceCtx, c *clause, us []unit, used map[int]bool, tpos int) int {
	if s.index < 0 || !x.doc.Parsed(s.index) {
		return -1
	}
	d := x.doc
	trig := s.sent.First + c.words[tpos]
	for i, u := range us {
		if u.prep != "door" || used[i] || u.first <= tpos || u.last < 0 || u.last >= len(c.words) {
			continue
		}
		h := s.sent.First + c.words[u.last]
		for n := 0; n < 4 && h >= 0; n++ {
			switch d.Tokens[h].Rel {
			case "flat", "compound", "fixed", "amod", "nummod", "appos":
				h = d.Tokens[h].Head
				continue
			}
			break
		}
		if h < 0 {
			continue
		}
		g := d.Tokens[h].Head
		switch d.Tokens[h].Rel {
		case "nmod":
			if g == trig || g >= 0 && d.Tokens[g].Rel == "nmod" && d.Tokens[g].Head == trig {
				return i
			}
		case "obl", "obl:agent":
			// the parse often hangs the phrase on the verb, even as its
			// agent; an active verb has no agent phrase, so one that
			// follows the noun's own phrases at once is the noun's ("De
			// politie heeft de arrestatie van X door Y bevestigd", "Na de
			// arrestatie van X door Y brak er protest uit")
			if g >= 0 && !x.passiveHead(g) && x.nounPhraseUpTo(s, c, us, tpos, u.first) {
				return i
			}
		}
	}
	return -1
}

// passiveHead reports whether the parse gives verb token v a passive
// auxiliary or a passive subject. (An agent phrase alone does not make it
// passive: the parse calls any door-phrase before an active verb so.)
func (x *extractor) passiveHead(v int) bool {
	return len(x.doc.Dependents(v, "aux:pass")) > 0 || len(x.doc.Dependents(v, "nsubj:pass")) > 0
}

// nounPhraseUpTo reports whether the clause words after the noun at tpos
// up to position end (the head of a door-phrase) are the noun's own
// phrases (van-, op-, tegen- and aan-phrases and what stands inside them),
// then door and the door-phrase's own words before its head.
func (x *extractor) nounPhraseUpTo(s *sentenceCtx, c *clause, us []unit, tpos, end int) bool {
	in := map[int]bool{}
	for _, u := range us {
		switch u.prep {
		case "van", "op", "tegen", "aan":
			for q := u.first; q <= u.last; q++ {
				in[q] = true
			}
		}
	}
	door := -1
	for q := end - 1; q > tpos; q-- {
		if s.words[c.words[q]].low == "door" {
			door = q
			break
		}
	}
	if door < 0 {
		return false
	}
	for q := tpos + 1; q < end; q++ {
		w := s.words[c.words[q]]
		switch {
		case q == door:
			if r := x.doc.Tokens[s.sent.First+c.words[q]].Rel; r != "case" {
				return false // klinkt de kritiek door: a particle
			}
		case in[q]:
		case q > door:
			if w.Kind != nl.Word || w.POS == nl.PRON || x.lx.is("prep", w.low) || x.isVerb(w.low) || x.lx.is("coord", w.low) {
				return false // de Turkse autoriteiten: only the phrase's own words
			}
		case w.low == "van" || w.low == "op" || w.low == "tegen" || w.low == "aan":
		case x.skippable(w) && w.Text != ",":
		default:
			return false
		}
	}
	return true
}
