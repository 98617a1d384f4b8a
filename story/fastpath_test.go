package story

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// sentenceEnd is the expression sentenceEnds is written from.
var sentenceEnd = regexp.MustCompile(`[.!?]["'”’)]*\s+|\n+`)

// The cheap tests in front of boilerplateRE and ownDate must never change
// an answer, and sentenceEnds must find what its expression finds: every
// sentence (boilerplate) and text (sceneDated, sentenceEnds) of the
// examples and of the first dpgmedia articles gets the answer of the
// expression alone.
func TestFastPathsAgreeWithExpressions(t *testing.T) {
	sentences := []string{
		"Stuur uw mening naar brieven@example.nl.", "Bekijk de video hieronder.", "Lees ook: de nieuwe regels.",
		"Kaarten zijn te koop via de site.", "De entree bedraagt 5 euro.", "Vooraf moeten aanmelden is verplicht.",
		"Read more about it.", "Mehr zum Thema finden Sie hier.", "De redactie behoudt zich het recht voor.",
		"Hij kijkt naar de wedstrijd.", "Het kabinet valt op dinsdag.", "Abonnees lezen meer.",
		"Tickets are available now.", "Admission is free for children.", "Meer informatie op de site.",
	}
	texts := []string{
		"Wanneer: woensdag 27 maart, 20 uur.", "Datum : 3 april", "DATE: 4 May", "when:12 jan", "Tijd: 3 april",
		"Hij zei: 'morgen 3 april'.", "Update:\n5 mei", "date:", "ʼdatum: 3 mei",
		"Eén. Twee!\n\nDrie?\" Vier.”  Vijf.’)\tZes.x Zeven..  Acht.\f", "een\u00a0twee\u2003drie  vier\u200bvijf", "", "\n", ".", "a.”", "a.\xe2\x80 b", "?!. \r\n",
	}
	checkFastPaths(t, sentences, texts)
	t.Run("dpgmedia", func(t *testing.T) {
		var sentences, texts []string
		for _, a := range loadDPG(t)[:300] {
			texts = append(texts, a.Text)
			for _, s := range sentenceEnd.Split(a.Text, -1) {
				sentences = append(sentences, strings.Join(strings.Fields(s), " "))
			}
		}
		checkFastPaths(t, sentences, texts)
	})
}

func checkFastPaths(t *testing.T, sentences, texts []string) {
	for _, s := range sentences {
		if got, want := boilerplate(s), boilerplateByExpression(s); got != want {
			t.Errorf("boilerplate(%q) = %v, the expression says %v", s, got, want)
		}
	}
	for _, s := range texts {
		if got, want := sceneDated(s), ownDate.MatchString(s); got != want {
			t.Errorf("sceneDated(%q) = %v, the expression says %v", s, got, want)
		}
		var want []int
		for _, m := range sentenceEnd.FindAllStringIndex(s+"\n", -1) {
			want = append(want, m[1])
		}
		if got := sentenceEnds(s); !slices.Equal(got, want) {
			t.Errorf("sentenceEnds(%q) = %v, the expression finds %v", s, got, want)
		}
		for n := range 10 {
			if got, want := atLeastWords(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("atLeastWords(%q, %d) = %v, strings.Fields says %v", s, n, got, want)
			}
		}
	}
}

// boilerplateByExpression is boilerplate without boilerplateKeys.
func boilerplateByExpression(text string) bool {
	return hasAddress(text) || boilerplateRE.MatchString(strings.ToLower(text))
}
