package nl

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/stopwords.txt
var stopwordData string

var stopwords = loadWordList(stopwordData)

// IsStopword reports whether w (lowercase) is a Dutch function word. It
// serves search and clustering only; extraction must not drop these.
func IsStopword(w string) bool { return stopwords[w] }

var foldPool = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold lowercases s and removes diacritics: "Orbán" -> "orban".
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	if f, ok := foldLatin(s); ok {
		return f
	}
	return foldSlow(s)
}

// foldSlow is Fold by Unicode decomposition: decompose, drop the
// combining marks, recompose, lowercase.
func foldSlow(s string) string {
	t := foldPool.Get().(transform.Transformer)
	defer foldPool.Put(t)
	t.Reset()
	out, _, err := transform.String(t, s)
	if err != nil {
		return strings.ToLower(s)
	}
	return strings.ToLower(out)
}

// latinFolds holds foldSlow of each rune below U+0250 (ASCII and the
// Latin letters: "É" → "e", "ø" → "ø"), computed once from foldSlow
// itself. A text of such runes folds rune by rune to what foldSlow gives
// the whole: none of them is a combining mark or composes with another,
// so decomposing, dropping the marks and recomposing act on each rune
// alone, and lowercasing does too.
var latinFolds = func() (t [0x250]string) {
	for r := range rune(len(t)) {
		t[r] = foldSlow(string(r))
	}
	return t
}()

// foldLatin folds s by latinFolds without the decomposition Fold would
// run ("Orbán", "Genève", "Ørsted": most of the accented words of news
// text); ok is false when s holds a rune outside the table or invalid
// UTF-8 (read as U+FFFD, outside it), which foldSlow handles.
func foldLatin(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= rune(len(latinFolds)) {
			return "", false
		}
		b.WriteString(latinFolds[r])
	}
	return b.String(), true
}

// stemCache remembers stems of frequent words; it is cleared when full so
// its memory stays bounded.
var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: make(map[string]string)}

const stemCacheSize = 1 << 16

// Stem returns the Dutch Snowball stem of a lowercase word.
func Stem(w string) string {
	stemCache.RLock()
	st, ok := stemCache.m[w]
	stemCache.RUnlock()
	if ok {
		return st
	}
	env := snowballstem.NewEnv(w)
	dutch.Stem(env)
	st = env.Current()
	stemCache.Lock()
	if len(stemCache.m) >= stemCacheSize {
		clear(stemCache.m)
	}
	stemCache.m[w] = st
	stemCache.Unlock()
	return st
}

// termToks holds the token buffers of Terms, which only reads the tokens
// (their allocation was most of its time).
var termToks = sync.Pool{New: func() any { return new([]Token) }}

// Terms returns the search and clustering terms of text: lowercased and
// folded words; for Dutch ("nl" or "") also without stop words and
// stemmed. Numbers are kept, punctuation and symbols dropped.
func Terms(text, lang string) []string {
	dutchText := lang == "" || lang == "nl"
	buf := termToks.Get().(*[]Token)
	defer func() {
		clear(*buf) // no texts kept alive by the pool
		termToks.Put(buf)
	}()
	toks := (*buf)[:0]
	if dutchText {
		toks = Tokenize(text, 0, len(text), toks)
	} else {
		toks = tokenizeGeneric(text, 0, len(text), toks)
	}
	*buf = toks
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind != Word && t.Kind != Number {
			continue
		}
		w := Fold(strings.TrimSuffix(t.Text, "."))
		w = strings.TrimRight(w, "’'-")
		// Possessive 's: Loekasjenko’s -> loekasjenko.
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if w == "" {
			continue
		}
		if dutchText {
			if stopwords[w] {
				continue
			}
			if t.Kind == Word {
				w = Stem(w)
			}
		}
		out = append(out, w)
	}
	return out
}
