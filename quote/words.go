package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// The Dutch words quote reads come from the one lexicon, nl.Lex(): speech
// verbs, role nouns, person pronouns, weekdays and name particles. Only
// what is particular to attribution stays here.

// cueNouns are nouns that introduce what someone said: "Poetins
// opmerking dat …", "de woorden van X".
var cueNouns = map[string]bool{
	"opmerking": true, "opmerkingen": true, "uitspraak": true, "uitspraken": true, "woorden": true,
	"verklaring": true, "boodschap": true, "waarschuwing": true, "belofte": true, "bewering": true,
	"tweet": true, "tweets": true, "brief": true, "toespraak": true, "oproep": true, "mededeling": true,
	"reactie": true, "antwoord": true, "standpunt": true, "kreet": true, "uitroep": true, "leus": true, "leuze": true,
}

// skipWords may stand between a cue and its speaker: "zei Michel maandag",
// "schreef de minister gisteren", "aldus ook X" (weekdays come from the
// lexicon).
var skipWords = map[string]bool{
	"gisteren": true, "vandaag": true, "eerder": true,
	"later": true, "ook": true, "nog": true, "toen": true, "daarna": true, "dan": true,
	"onlangs": true, "vanochtend": true, "vanmiddag": true, "vanavond": true, "al": true,
	"zelf": true, "dus": true, "toch": true, "wel": true, "nu": true, "eens": true,
	"vorige": true, "week": true, "afgelopen": true, "deze": true, "laatst": true,
	"daaraan": true, "erbij": true, "daarbij": true, "verder": true,
}

// isSkipWord reports whether lw (lowercase) may stand between a cue and
// its speaker.
func isSkipWord(lw string) bool { return skipWords[lw] || nl.Lex().Is(nl.ClassWeekday, lw) }

// isPronoun reports whether lw stands for a person: hij, zij, ze.
func isPronoun(lw string) bool {
	return nl.Lex().Is(nl.ClassPersonPronoun, lw) || lw == "hijzelf" || lw == "zijzelf"
}

// isRoleNoun reports whether w is a role, also as the last part of a
// compound: "eu-diplomaat", "vn-chef", "onderwijsminister".
func isRoleNoun(w string) bool {
	_, ok := nl.Lex().RoleHead(w)
	return ok || feminineLoge(w) != ""
}

// feminineLoge returns the role noun in -loog whose feminine form w in
// -loge is ("sociologe" → "socioloog"), or "".
func feminineLoge(w string) string {
	if !strings.HasSuffix(w, "loge") {
		return ""
	}
	if m := w[:len(w)-2] + "og"; nl.Lex().Is(nl.ClassRole, m) {
		return m
	}
	return ""
}

// maxParticleGap is how many words may stand between a speech verb and
// its particle: "voegt D66-minister Sara van Rossum daaraan toe".
const maxParticleGap = 12

// matchCue matches a speech verb at the start of toks and returns its
// text, lemma and number of tokens (0 when none; the verb alone is the
// cue token). A separable or multiword verb needs its particle later in
// the clause ("liet dat weten", "voegt X eraan toe").
func matchCue(toks []nl.Token) (string, string, int) {
	if len(toks) == 0 || toks[0].Kind != nl.Word {
		return "", "", 0
	}
	lw := strings.ToLower(toks[0].Text)
	plain := ""
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, lw) {
		if e.Particle == "" {
			plain = e.Lemma
			continue
		}
		p := strings.Fields(e.Particle)
		if strings.Contains(e.Lemma, " het ") && !(len(toks) > 1 && strings.EqualFold(toks[1].Text, "het") || len(toks) > 2 && strings.EqualFold(toks[2].Text, "het")) {
			continue // "heeft het over": "het" right after the verb (or its subject), not "heeft verlaagd … voor het eerst … over"
		}
		if hasParticle(toks[1:], p) {
			return lw + " … " + e.Particle, e.Lemma, 1
		}
	}
	if plain != "" && !idiomCue(plain, toks) {
		return lw, plain, 1
	}
	return "", "", 0
}

// hasParticle reports whether the words of particle follow in order in
// toks, within maxParticleGap words and before any punctuation. A comma
// may set off an apposition ("liet X, de president, weten"), and the
// words of a bracketed aside in it do not count ("maakte X, voorzitter
// van de Vereniging Eigen Huis (VEH), bekend").
func hasParticle(toks []nl.Token, particle []string) bool {
	k, n, aside := 0, 0, false
	for _, w := range particle {
		found := false
		for ; k < len(toks) && n < maxParticleGap+len(particle); k++ {
			t := toks[k]
			if aside = inAside(t, aside); aside || t.Text == ")" {
				continue
			}
			n++
			if t.Kind == nl.Punct && t.Text != "-" && t.Text != "," {
				return false
			}
			if strings.EqualFold(t.Text, w) {
				found = true
				k++
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// inAside reports whether token t, in a walk that was inside a bracketed
// aside or not (aside), is an opening bracket or within the aside; its
// closing bracket ends it (false).
func inAside(t nl.Token, aside bool) bool {
	switch t.Text {
	case "(":
		return true
	case ")":
		return false
	}
	return aside
}

// gender is what a pronoun, a given name or a role noun says of a person.
type gender int8

const (
	genderUnknown gender = iota
	genderFemale
	genderMale
)

// nameAccents takes the accents off a name for the gender lists (built
// once: a Replacer built per call cost more than the look-ups).
var nameAccents = strings.NewReplacer("é", "e", "è", "e", "ë", "e", "ï", "i", "ö", "o", "ü", "u", "á", "a")

// wordGender returns the gender a given name or role noun names (nl/lex
// gender.txt), also as the last part of a compound ("vvd-woordvoerster").
func wordGender(w string) gender {
	lw := strings.ToLower(w)
	if i := strings.LastIndexByte(lw, '-'); i >= 0 && i+1 < len(lw) && !nl.Lex().Is(nl.Class("name_female"), lw) && !nl.Lex().Is(nl.Class("name_male"), lw) {
		lw = lw[i+1:]
	}
	lw = nameAccents.Replace(lw) // Sébas, Joël
	f := nl.Lex().Is(nl.Class("name_female"), lw) || nl.Lex().Is(nl.Class("role_female"), lw)
	m := nl.Lex().Is(nl.Class("name_male"), lw) || nl.Lex().Is(nl.Class("role_male"), lw)
	switch {
	case f && !m:
		return genderFemale
	case m && !f:
		return genderMale
	}
	return genderUnknown
}

// pronounGender returns the gender of a person pronoun: hij, hem, zij, ze,
// haar.
func pronounGender(w string) gender {
	switch strings.ToLower(w) {
	case "hij", "hem", "hijzelf", "zijn":
		return genderMale
	case "zij", "ze", "haar", "zijzelf":
		return genderFemale
	}
	return genderUnknown
}
