// This file widens the title of a work the tagger cut after a class
// noun to the whole capitalised run the class noun opens.

package resolve

import (
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// titleNouns are the class nouns of works whose titles follow them in
// capitals: "de documentaire Terug Naar Je Eige Land", "het nummer
// Sweet Caroline".
var titleNouns = setOf("documentaire", "docu", "docuserie", "film", "speelfilm", "boek", "roman", "serie", "tv-serie",
	"album", "single", "liedje", "lied", "nummer", "song", "popsong", "musical", "podcast", "toneelstuk",
	"voorstelling", "opera", "schilderij", "kunstwerk", "programma", "tv-programma")

// workTitles widens a name after a work's class noun and one or more
// capitalised words to start at the first of them: in "de documentaire
// Terug Naar Huis Toe van Hofman" the tagger may take "Huis Toe" alone,
// but the capitals after "documentaire" are all the title. The whole is
// a work (MISC); a name the run covered is dropped into it. Knowledge-
// base names and roles stay as they are.
func workTitles(doc *nl.Doc, cs []cand) []cand {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" {
			continue
		}
		if start, ok := titleRunStart(doc, c.start); ok {
			c.start, c.typ, c.classTyped = start, kroniek.MISC, true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		for len(out) > 0 && out[len(out)-1].start >= c.start {
			out = out[:len(out)-1] // "Terug Naar" inside the widened title
		}
		if len(out) > 0 && out[len(out)-1].end > c.start {
			continue
		}
		out = append(out, c)
	}
	return out
}

// titleRunStart returns the start of the capitalised words right before
// off when a work's class noun opens them; at least one such word
// must stand between the noun and off.
func titleRunStart(doc *nl.Doc, off int) (int, bool) {
	ti := tokenIndex(doc, off)
	if ti < 2 || doc.Tokens[ti].Start != off {
		return 0, false
	}
	j := ti - 1
	for j >= 0 && doc.Tokens[j].Kind == nl.Word && startsUpper(doc.Tokens[j].Text) && doc.Tokens[j].End < doc.Tokens[j+1].Start {
		j--
	}
	if j == ti-1 || j < 0 || !titleNouns[doc.Tokens[j].Text] || sentenceStart(doc, j+1) {
		return 0, false
	}
	return doc.Tokens[j+1].Start, true
}
