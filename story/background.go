package story

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// background.txt holds document frequencies of terms and name keys in a
// reference corpus of Dutch news (written by story/internal/gendf). Term
// and name weights come from it rather than from the articles being
// clustered, so that a story clusters the same alone, in a small corpus or
// in a large one.
//
//go:embed background.txt
var backgroundFile string

type backgroundDF struct {
	n     int
	terms map[string]int
	names map[string]int
}

var background = sync.OnceValue(func() backgroundDF {
	b := backgroundDF{terms: map[string]int{}, names: map[string]int{}}
	for _, line := range strings.Split(backgroundFile, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 2 && f[0] == "# documents" {
			b.n, _ = strconv.Atoi(f[1])
			continue
		}
		if len(f) != 3 {
			continue
		}
		c, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		switch f[0] {
		case "t":
			b.terms[f[1]] = c
		case "n":
			b.names[f[1]] = c
		}
	}
	if b.n == 0 {
		b.n = 1
	}
	return b
})

// idf returns the inverse document frequency of a key given its
// background count: log((N+1)/(df+1)), highest for unseen keys.
func (b backgroundDF) idf(df int) float64 {
	return math.Log(float64(b.n+1) / float64(df+1))
}

// termIDF and nameIDF return the fixed weight of a clustering term or name key.
func termIDF(t string) float64 { b := background(); return b.idf(b.terms[t]) }
func nameIDF(k string) float64 { b := background(); return b.idf(b.names[k]) }

// BackgroundKeys returns the clustering terms and name keys of one article,
// each once: what story/internal/gendf counts.
func BackgroundKeys(title, text, lang string) (terms, names map[string]bool) {
	terms, names = map[string]bool{}, map[string]bool{}
	for _, t := range termsOf(title, text, lang) {
		terms[t] = true
	}
	for _, n := range nameKeys(title + "\n" + text) {
		names[n] = true
	}
	return terms, names
}

// termsOf returns the clustering terms of an article with the default
// normaliser.
func termsOf(title, text, lang string) []string {
	o := Options{}.withDefaults()
	return append(o.Terms(title, lang), o.Terms(text, lang)...)
}

// nameKeys returns the name words of text (see names) as transliteration
// keys, so that one name spelt the Dutch, English or German way gives one
// key: Loekasjenko, Lukashenko and Lukaschenko; Sotsji, Sochi and Sotschi;
// Poetin and Putin.
func nameKeys(text string) []string {
	ws := names(text)
	for i, w := range ws {
		ws[i] = nameKey(w)
	}
	return ws
}

// translit rewrites the spellings of Dutch, German and English
// transliteration (of Cyrillic, mostly) to one form; longest first.
var translit = strings.NewReplacer(
	"tsch", "ch", "tsj", "ch", "sch", "sh", "sj", "sh", "kh", "ch",
	"oe", "u", "ou", "u", "j", "y", "w", "v", "ß", "ss", "ck", "k", "ph", "f",
)

// nameKey folds one lowercased name word to its transliteration key,
// without doubled letters.
func nameKey(w string) string {
	w = translit.Replace(w)
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
