package lang

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	kgzip "github.com/klauspost/compress/gzip"
)

// Languages are the ISO 639-1 codes Detect can return, besides Unknown.
var Languages = []string{"nl", "en", "de", "fr", "es", "it", "pl", "ru", "uk"}

// Unknown is returned for text too short or too foreign to tell.
const Unknown = "und"

// MinLetters is the fewest letters Detect needs to tell a language.
const MinLetters = 3

// modelData is the n-gram model, rebuilt (byte-identical) by
// `go generate ./lang` from the lingua-go module's n-gram statistics.
//
//go:generate go run ./internal/gen -o model.bin.gz
//go:embed model.bin.gz
var modelData []byte

//go:embed function_words.txt
var functionWordsData string

// functionBonus is how many nats a function word of a language takes off
// that language's cost.
const functionBonus = 3.0

// numLangs is len(Languages); costs arrays are indexed like Languages.
const numLangs = 9

// Cost scale and back-off penalties, in units of 1/16 nat as stored.
const (
	missing     = 255 // cost byte of an n-gram unseen in a language
	costScale   = 16.0
	backoff     = 3.0  // nats added when backing off to a shorter n-gram
	unseenCost  = 14.0 // nats for a letter unseen in a language
	cyrillicMix = 0.5  // share of Cyrillic letters that makes text Cyrillic
)

// model maps an n-gram (1 to 3 lowercase letters, packed by key) to its
// cost per language.
type model map[uint64][numLangs]byte

// key packs an n-gram of up to three runes below 1<<20 into a map key:
// 20 bits per rune and the length in the top bits. ok is false for runes
// out of range.
func key(rs ...rune) (k uint64, ok bool) {
	for _, r := range rs {
		if r < 0 || r >= 1<<20 {
			return 0, false
		}
		k = k<<20 | uint64(r)
	}
	return k | uint64(len(rs))<<60, true
}

var (
	loadOnce  sync.Once
	theModel  model
	theWords  map[string][numLangs]bool
	errLoaded error
)

// load decodes the embedded model and function words once.
func load() (model, error) {
	loadOnce.Do(func() {
		theModel, errLoaded = decode(modelData)
		if errLoaded == nil {
			theWords, errLoaded = decodeWords(functionWordsData)
		}
	})
	return theModel, errLoaded
}

// decodeWords reads function_words.txt: per line a language code, a tab
// and space-separated words.
func decodeWords(data string) (map[string][numLangs]bool, error) {
	words := make(map[string][numLangs]bool)
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		li := slices.Index(Languages, code)
		if !ok || li < 0 {
			return nil, fmt.Errorf("decode function words line %d: bad language %q", i+1, code)
		}
		for _, w := range strings.Fields(list) {
			v := words[w]
			v[li] = true
			words[w] = v
		}
	}
	return words, nil
}

// decode reads the model format written by lang/internal/gen.
func decode(data []byte) (model, error) {
	zr, err := kgzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode lang model: %w", err)
	}
	br := bufio.NewReader(zr)
	header, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("decode lang model header: %w", err)
	}
	if want := "kroniek-lang 1 " + strings.Join(Languages, " ") + "\n"; header != want {
		return nil, fmt.Errorf("decode lang model: header %q, want %q", header, want)
	}
	m := make(model, 80000)
	var buf [255]byte
	for {
		n, err := br.ReadByte()
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return nil, fmt.Errorf("decode lang model: %w", err)
		}
		if _, err := io.ReadFull(br, buf[:n]); err != nil {
			return nil, fmt.Errorf("decode lang model: %w", err)
		}
		var c [numLangs]byte
		if _, err := io.ReadFull(br, c[:]); err != nil {
			return nil, fmt.Errorf("decode lang model: %w", err)
		}
		var rs [3]rune
		nr, b := 0, buf[:n]
		for len(b) > 0 && nr < 3 {
			r, size := utf8.DecodeRune(b)
			rs[nr], nr, b = r, nr+1, b[size:]
		}
		if len(b) > 0 {
			continue // longer than a trigram: not used
		}
		if k, ok := key(rs[:nr]...); ok {
			m[k] = c
		}
	}
}

// Detect returns the language of text as an ISO 639-1 code from
// Languages, with a confidence in [0, 1]: the posterior probability of
// the best language against the others. Text with fewer than MinLetters
// letters, or whose letters are mostly neither Latin nor Cyrillic, gives
// (Unknown, 0). Long texts are read until the answer is clear.
func Detect(text string) (code string, confidence float64) {
	m, err := load()
	if err != nil {
		return Unknown, 0
	}
	var d detector
	d.m = m
	var w [3]rune // the last letters of the current word, w[2] newest
	n := 0        // letters in the current word
	var word []byte
	var wordBuf [32]byte
	word = wordBuf[:0]
	for _, r := range text {
		if !unicode.IsLetter(r) {
			if n > 0 {
				d.function(word)
			}
			n, word = 0, word[:0]
			continue
		}
		switch {
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			d.latin++
		case unicode.Is(unicode.Cyrillic, r):
			d.cyr++
		default:
			d.other++
		}
		w[0], w[1], w[2] = w[1], w[2], unicode.ToLower(r)
		n++
		if len(word) < cap(wordBuf) {
			word = utf8.AppendRune(word, w[2])
		}
		d.add(w, min(n, 3))
		if letters := d.latin + d.cyr + d.other; letters >= minDecide && letters%64 == 0 && d.clear() || letters >= maxLetters {
			break
		}
	}
	if n > 0 {
		d.function(word)
	}
	if d.latin+d.cyr < MinLetters || d.other > d.latin+d.cyr {
		return Unknown, 0
	}
	allowed := d.allowed()
	best := d.best(allowed)
	if !d.enough(allowed, best) {
		return Unknown, 0
	}
	// Posterior over the allowed languages, from total costs (nats).
	sum := 0.0
	for i, c := range d.cost {
		if allowed[i] {
			sum += math.Exp(d.cost[best] - c)
		}
	}
	return Languages[best], 1 / sum
}

// Reading limits: a decision is tried from minDecide letters on, and no
// more than maxLetters are read.
const (
	minDecide  = 192
	maxLetters = 3000
	clearGap   = 40.0 // nats between the best two languages that settle it
)

// A short text (fewer than shortLetters letters: a comic's title, a
// name, a caption) is told only when the best language leads the second
// by shortGap nats and the text holds one of its function words, or when
// it leads by sureGap: "John", "TOM" or "toosenhenk.nl" say nothing of
// the language they are written in.
const (
	shortLetters = 60
	shortGap     = 3.0
	sureGap      = 8.0
)

// detector accumulates per-language costs over the letters of a text.
type detector struct {
	m                 model
	cost              [numLangs]float64
	latin, cyr, other int
	// words counts the function words seen per language.
	words [numLangs]int
}

// enough tells whether the text says enough to call it best (see
// shortLetters). Cyrillic texts are left to the script: the two
// Cyrillic languages are told apart by letters of their own.
func (d *detector) enough(allowed [numLangs]bool, best int) bool {
	if d.latin+d.cyr >= shortLetters || !allowed[0] {
		return true
	}
	gap := math.Inf(1)
	for i, c := range d.cost {
		if allowed[i] && i != best {
			gap = min(gap, c-d.cost[best])
		}
	}
	return gap >= sureGap || gap >= shortGap && d.words[best] > 0
}

// function lowers the cost of the languages that have word as a
// function word.
func (d *detector) function(word []byte) {
	if len(word) > 12 {
		return
	}
	if v, ok := theWords[string(word)]; ok {
		for li, in := range v {
			if in {
				d.cost[li] -= functionBonus
				d.words[li]++
			}
		}
	}
}

// allowed gives the languages of the text's main script.
func (d *detector) allowed() [numLangs]bool {
	if float64(d.cyr) > cyrillicMix*float64(d.latin+d.cyr) {
		return [numLangs]bool{7: true, 8: true}
	}
	return [numLangs]bool{true, true, true, true, true, true, true, false, false}
}

// best returns the allowed language of least cost.
func (d *detector) best(allowed [numLangs]bool) int {
	best := -1
	for i, c := range d.cost {
		if allowed[i] && (best < 0 || c < d.cost[best]) {
			best = i
		}
	}
	return best
}

// clear tells whether the best language leads the second by clearGap.
func (d *detector) clear() bool {
	allowed := d.allowed()
	best := d.best(allowed)
	for i, c := range d.cost {
		if allowed[i] && i != best && c-d.cost[best] < clearGap {
			return false
		}
	}
	return true
}

// add scores the newest letter w[2] given the n-1 letters before it in
// its word, under each language's character trigram model, backing off
// to bigrams and unigrams for n-grams a language has not seen.
func (d *detector) add(w [3]rune, n int) {
	var found [3][numLangs]byte
	var ok [3]bool
	for k := 0; k < n; k++ {
		if kk, valid := key(w[2-k:]...); valid {
			found[k], ok[k] = d.m[kk]
		}
	}
	for li := range d.cost {
		c, penalty := -1.0, 0.0
		for k := n - 1; k >= 0; k-- {
			if ok[k] && found[k][li] != missing {
				c = float64(found[k][li])/costScale + penalty
				break
			}
			penalty += backoff
		}
		if c < 0 {
			c = unseenCost + penalty
		}
		d.cost[li] += c
	}
}

// ErrModel reports a model that failed to load (never expected: the
// model is embedded and tested).
var ErrModel = errors.New("lang model not loaded")

// Check loads the model and reports whether it is usable.
func Check() error {
	if _, err := load(); err != nil {
		return errors.Join(ErrModel, err)
	}
	return nil
}
