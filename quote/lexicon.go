package quote

import (
	"bufio"
	_ "embed"
	"strings"
)

//go:embed data/cues.txt
var cueData string

// cue is a speech cue: a verb form or a multiword expression.
type cue struct {
	words []string // lowercase tokens; the last may be a separated particle
	lemma string
}

// singleCues maps one-word cue forms to their lemma; multiCues holds the
// multiword cues.
var singleCues, multiCues = loadCues(cueData)

func loadCues(data string) (map[string]string, []cue) {
	singleCues := map[string]string{}
	var multiCues []cue
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		form, lemma, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		words := strings.Fields(form)
		if len(words) == 1 {
			singleCues[form] = lemma
		} else {
			multiCues = append(multiCues, cue{words: words, lemma: lemma})
		}
	}
	return singleCues, multiCues
}

// cueNouns are nouns that introduce what someone said: "Poetins
// opmerking dat …", "de woorden van X".
var cueNouns = map[string]bool{
	"opmerking": true, "opmerkingen": true, "uitspraak": true, "uitspraken": true, "woorden": true,
	"verklaring": true, "boodschap": true, "waarschuwing": true, "belofte": true, "bewering": true,
	"tweet": true, "tweets": true, "brief": true, "toespraak": true, "oproep": true, "mededeling": true,
	"reactie": true, "antwoord": true, "standpunt": true,
}

// pronouns that can stand for a speaker.
var pronouns = map[string]bool{"hij": true, "zij": true, "ze": true, "zijzelf": true, "hijzelf": true}

// roleNouns are nouns that describe a speaker by function.
var roleNouns = map[string]bool{
	"president": true, "premier": true, "minister": true, "leider": true, "buitenlandchef": true,
	"woordvoerder": true, "woordvoerster": true, "kanselier": true, "bondskanselier": true,
	"oppositieleider": true, "voorzitter": true, "burgemeester": true, "staatssecretaris": true,
	"koning": true, "koningin": true, "paus": true, "generaal": true, "commandant": true,
	"ambassadeur": true, "topman": true, "topvrouw": true, "directeur": true, "baas": true,
	"chef": true, "diplomaat": true, "functionaris": true, "politicus": true, "leiders": true,
	"regeringsleider": true, "staatshoofd": true, "dictator": true, "autocraat": true,
	"secretaris-generaal": true, "fractievoorzitter": true, "partijleider": true, "kamerlid": true,
	"onderzoeker": true, "hoogleraar": true, "deskundige": true, "expert": true, "advocaat": true,
	"officier": true, "rechter": true, "politie": true, "agent": true, "sprekers": true,
	"oppositie": true, "regering": true, "kabinet": true, "demonstranten": true, "deskundigen": true,
	"experts": true, "critici": true, "bronnen": true, "ingewijden": true, "onderzoekers": true,
	"analisten": true, "functionarissen": true, "autoriteiten": true, "ministerie": true,
	"ex-president": true, "oud-premier": true, "oud-president": true, "vicepresident": true,
	"vicepremier": true, "presidente": true, "minister-president": true,
}

// skipWords may stand between a cue and its speaker: "zei Michel maandag",
// "schreef de minister gisteren", "aldus ook X".
var skipWords = map[string]bool{
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true,
	"zaterdag": true, "zondag": true, "gisteren": true, "vandaag": true, "eerder": true,
	"later": true, "ook": true, "nog": true, "toen": true, "daarna": true, "dan": true,
	"onlangs": true, "vanochtend": true, "vanmiddag": true, "vanavond": true, "al": true,
	"zelf": true, "dus": true, "toch": true, "wel": true, "nu": true, "eens": true,
	"vorige": true, "week": true, "afgelopen": true, "deze": true, "laatst": true,
}
