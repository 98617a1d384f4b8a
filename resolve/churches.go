// This file types the names of churches as bodies.

package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// denominationAdjectives end the adjectives that name a denomination:
// "Protestantse", "Roemeens Orthodoxe", "Nederlands Gereformeerde".
var denominationAdjectives = []string{"protestantse", "gereformeerde", "hervormde", "anglicaanse", "orthodoxe",
	"katholieke", "lutherse", "evangelische", "remonstrantse", "doopsgezinde", "apostolische", "baptistische",
	"koptische", "methodistische", "oudkatholieke"}

// denominations types a church named by its denomination as a body: "de
// Protestantse Kerk", "de Roemeens Orthodoxe Kerk", "de Anglicaanse
// Kerk in Ierland" speak and decide. Kerk is a building's head
// otherwise (de Grote Kerk, Augustinuskerk), and a known link keeps its
// type.
func denominations(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.typ == kroniek.ORG {
			continue
		}
		ws := strings.Fields(c.text(doc))
		if len(ws) < 2 || ws[len(ws)-1] != "Kerk" {
			continue
		}
		adj := strings.ToLower(ws[len(ws)-2])
		for _, d := range denominationAdjectives {
			if strings.HasSuffix(adj, d) {
				c.typ, c.classTyped = kroniek.ORG, true
				break
			}
		}
	}
}
