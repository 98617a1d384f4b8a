package main

import (
	"strings"
	"testing"
)

// TestExplainOtherSpelling finds an entity by a spelling no article
// prints: the seeds write Loekasjenko, a reader of English news types
// Lukashenko (the transliteration key joins them); a name that is no
// spelling of any entity is still not found.
func TestExplainOtherSpelling(t *testing.T) {
	_, db := analyzeSeeds(t)
	for _, name := range []string{"Loekasjenko", "Lukashenko", "Lukaschenko"} {
		out, errs, code := run(t, "explain", "--db", db, name)
		if code != 0 || !strings.Contains(firstLine(out), "Loekasjenko") {
			t.Errorf("explain %s: exit %d, first line %q, stderr %q; want the entity Aleksandr Loekasjenko", name, code, firstLine(out), errs)
		}
	}
	if _, errs, code := run(t, "explain", "--db", db, "Lukasjevitsj"); code == 0 || !strings.Contains(errs, "no entity") {
		t.Errorf("explain Lukasjevitsj: exit %d, stderr %q; want no entity", code, errs)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
