package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
)

// localTerms is a temporary stand-in for nl.Terms until it lands: lowercased,
// diacritics folded, Dutch stems without stop words for "nl", plain
// lowercased words otherwise.
func localTerms(text, lang string) []string {
	words := words(text)
	if lang != "nl" && lang != "" {
		return words
	}
	out := words[:0]
	for _, w := range words {
		if dutchStop[w] {
			continue
		}
		env := snowballstem.NewEnv(w)
		dutch.Stem(env)
		out = append(out, env.Current())
	}
	return out
}

// words splits text into lowercased, diacritic-folded words of letters and
// digits; inner hyphens and apostrophes split words.
func words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(fold(unicode.ToLower(r)))
		case unicode.Is(unicode.Mn, r):
		default:
			flush()
		}
	}
	flush()
	return out
}

// fold maps common accented Latin letters to their base letter.
func fold(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if f, ok := foldMap[r]; ok {
		return f
	}
	return r
}

var foldMap = func() map[rune]rune {
	m := map[rune]rune{}
	for base, variants := range map[rune]string{
		'a': "àáâãäåā", 'c': "çćč", 'e': "èéêëēė", 'i': "ìíîïī", 'n': "ñń",
		'o': "òóôõöøō", 'u': "ùúûüū", 'y': "ýÿ", 's': "śš", 'z': "źżž",
	} {
		for _, v := range variants {
			m[v] = base
		}
	}
	return m
}()

var dutchStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`de het een en van in op te dat die is er niet met voor
		zijn aan als ook om bij dan maar door over tot uit of naar al wel nog zo dit
		was werd worden wordt hij zij ze ik je jij we wij u hun hem haar hen mij me ons
		onze uw zich men wat wie waar hoe toen nu heeft hebben had hadden ben bent kan
		kunnen kon konden zal zullen zou zouden moet moeten mag mogen wil willen meer
		veel geen zeer ook heel nog al eens toch dus want omdat terwijl na tegen onder
		sinds zonder tussen binnen volgens deze dezelfde ander andere alle elk ieder
		iets niets niemand iemand hier daar waarin waarop daarom daarmee waren geweest
		gaan gaat ging doen doet deed krijgen kreeg zegt zei zeggen jaar jaren`) {
		m[w] = true
	}
	return m
}()

// names returns the capitalised words of text that do not open a sentence,
// lowercased and folded: a cheap, language-independent signal of the names
// an article is about, used beside resolved entities.
func names(text string) []string {
	var out []string
	start := true // at the start of a sentence
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', '\n', ':', '"', '“', '‘', '\'':
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += s2
		}
		if unicode.IsUpper(r) && !start && j-i > 1 {
			for _, w := range words(text[i:j]) {
				out = append(out, w)
			}
		}
		start = false
		i = j
	}
	return out
}
