package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// English and German reports meet the Dutch seeds in one corpus.
func TestCrossLanguage(t *testing.T) { withTaggers(t, testCrossLanguage) }

func testCrossLanguage(t *testing.T, tag tagFunc) {
	_, _, es := seedCorpus(t, tag,
		&kroniek.Article{ID: "en-1", Lang: "en", Text: "Belarusian President Alexander Lukashenko met " +
			"Russian President Vladimir Putin in Sochi on Monday. Putin promised Lukashenko a loan of " +
			"1.5 billion dollars. Lukashenko's opponents, led by Svetlana Tikhanovskaya, called the deal illegal. " +
			"Prime Minister Mikhail Mishustin visited Minsk last week."},
		&kroniek.Article{ID: "de-1", Lang: "de", Text: "Der belarussische Machthaber Alexander Lukaschenko " +
			"hat Wladimir Putin in Sotschi getroffen. Putin sagte Lukaschenko einen Kredit zu. " +
			"Die Oppositionsführerin Swetlana Tichanowskaja kritisierte das Treffen. In Schodino und " +
			"Minsk gingen wieder Tausende auf die Straße."},
	)
	same := func(names ...string) { t.Helper(); oneEntity(t, es, names...) }
	same("Loekasjenko", "Lukashenko", "Lukaschenko", "Alexander Lukashenko", "Alexander Lukaschenko")
	same("Poetin", "Putin", "Vladimir Poetin", "Vladimir Putin", "Wladimir Putin")
	same("Tichanovskaja", "Svetlana Tikhanovskaya", "Swetlana Tichanowskaja")
	same("Misjoestin", "Mikhail Mishustin")
	same("Sotsji", "Sochi", "Sotschi")
	if e := byAlias(es, "Lukashenko"); len(e) == 1 && e[0].Name != "Aleksandr Loekasjenko" {
		t.Errorf("display name %q, want the Dutch Aleksandr Loekasjenko", e[0].Name)
	}
	if e := byAlias(es, "Putin"); len(e) == 1 && e[0].Name != "Vladimir Poetin" {
		t.Errorf("display name %q, want the Dutch Vladimir Poetin", e[0].Name)
	}
}
