package story

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek/nl"
)

// Genres an article may have. An article of any genre but news is kept out
// of story clustering: it tells no story of its own, and its words (a
// column's, a letters page's, a digest's several items) would pull
// unrelated stories together.
const (
	GenreNews    = "news"
	GenreColumn  = "column"
	GenreLetters = "letters"
	GenreDigest  = "digest"
	GenreComic   = "comic"
	GenreWeather = "weather"
	GenreQuiz    = "quiz"
	GenreSeries  = "series"
)

//go:embed genre_words.txt
var genreWordsFile string

// genreWords maps a folded genre phrase to its genre.
var genreWords = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(genreWordsFile, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for _, w := range f[1:] {
			m[strings.Join(words(w), " ")] = f[0]
		}
	}
	return m
}()

// Clustered reports whether articles of genre g take part in story
// clustering.
func Clustered(g string) bool { return g == "" || g == GenreNews }

// GenreDoc is what genre classification needs of one article.
type GenreDoc struct {
	Title string
	Text  string
	// Day is the publication day (see DateSpan), or NoDate.
	Day int
}

// SplitHeadline splits a headline into its head and its kicker: newspaper
// headlines in feeds often carry a section label, a columnist's name or a
// kicker after the headline ("Koeman: 'Ik zie wel gelijkenis'. DÉJA VU",
// "Boycot. Nynke de Jong Column"). The kicker is what follows the first
// sentence end; a head that ends in a question or exclamation mark keeps it.
func SplitHeadline(title string) (head, kicker string) {
	title = strings.TrimSpace(title)
	for i := 0; i+1 < len(title); i++ {
		c := title[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		end := i + 1
		if end < len(title) && title[end] == '.' { // "?." joins a headline and its kicker
			end++
		}
		if end >= len(title) || title[end] != ' ' {
			continue
		}
		if c == '.' && i > 0 && i < len(title) && isAbbrevEnd(title[:i]) {
			continue
		}
		h := strings.TrimSpace(title[:i+1])
		if c == '.' {
			h = strings.TrimSpace(title[:i])
		}
		return h, strings.TrimSpace(title[end:])
	}
	return strings.TrimSuffix(title, "."), ""
}

// isAbbrevEnd reports whether s ends in an initial or a title ("P.",
// "Dr.", "mr."), after which a full stop does not end a headline; a
// lowercase word of two letters ("is", "en") does end one.
func isAbbrevEnd(s string) bool {
	i := strings.LastIndexAny(s, " .'\"")
	r := []rune(s[i+1:])
	switch {
	case len(r) == 1:
		return unicode.IsLetter(r[0])
	case len(r) == 2:
		w := strings.ToLower(string(r))
		return w == "mr" || w == "dr" || w == "st" || w == "jr" || w == "sr" || w == "ir" || w == "ds"
	}
	return false
}

// Genres classifies every doc from the structure of its headline, the
// genre words of headline and kicker (genre_words.txt), and recurrence
// across docs: a headline or a kicker that comes back on different days
// over different texts, never occurring in those texts, names a section
// or a recurring feature rather than a story. A recurring person's name is
// a column; a recurring headline over very short texts a comic; another
// recurring label without a genre word a series. The result depends only
// on the docs, not on their order.
func Genres(docs []GenreDoc) []string {
	out := make([]string, len(docs))
	type rec struct {
		days  map[int]bool
		texts map[string]bool
		inTxt int
		size  []int
	}
	heads, kickers := map[string]*rec{}, map[string]*rec{}
	keyOf := func(s string) string { return strings.Join(words(s), " ") }
	add := func(m map[string]*rec, key string, d GenreDoc, raw string) {
		if key == "" {
			return
		}
		r := m[key]
		if r == nil {
			r = &rec{days: map[int]bool{}, texts: map[string]bool{}}
			m[key] = r
		}
		r.days[d.Day] = true
		r.texts[prefix(d.Text, 200)] = true
		if raw != "" && strings.Contains(nl.Fold(d.Text), nl.Fold(raw)) {
			r.inTxt++
		}
		r.size = append(r.size, len(strings.TrimSpace(d.Text)))
	}
	for _, d := range docs {
		_, kicker := SplitHeadline(d.Title)
		add(heads, keyOf(d.Title), d, "")
		add(kickers, keyOf(kicker), d, kicker)
	}
	// A label recurs when it comes back on different days over different
	// texts, or over no text at all (a cartoon's caption is its headline).
	recurs := func(r *rec) bool {
		return r != nil && len(r.days) >= 2 && (len(r.texts) >= 3 || len(r.size) >= 2 && median(r.size) < 20)
	}
	// A name that signs a kicker with a column word elsewhere ("Titel.
	// Anna Jansen column") is a columnist's: the same name alone as a
	// kicker is that column too, however often texts mention it.
	columnists := map[string]bool{}
	for _, d := range docs {
		_, kicker := SplitHeadline(d.Title)
		if name := columnByline(kicker); name != "" {
			columnists[keyOf(name)] = true
		}
	}
	for i, d := range docs {
		head, kicker := SplitHeadline(d.Title)
		hk, kk := keyOf(head), keyOf(kicker)
		g := ""
		if w, ok := genreWords[hk]; ok && (kk == "" || genreWords[kk] != GenreNews) {
			g = w
		}
		if g == "" && kk != "" {
			g = kickerGenre(kk)
		}
		if g == "" {
			if r := heads[keyOf(d.Title)]; recurs(r) && keyOf(d.Title) != "" {
				if median(r.size) < 150 {
					g = GenreComic
				} else {
					g = GenreSeries
				}
			}
		}
		if g == "" && kk != "" {
			if columnists[kk] && personName(kicker, false) {
				g = GenreColumn
			} else if r := kickers[kk]; recurs(r) && r.inTxt == 0 {
				switch {
				case median(r.size) < 150:
					g = GenreComic
				case personName(kicker, true):
					g = GenreColumn
				default:
					g = GenreSeries
				}
			} else if personName(kicker, false) && len(strings.Fields(kicker)) >= 2 && len(strings.TrimSpace(d.Text)) > 0 &&
				!anyWordIn(kicker, d.Text) && background().names[nameKey(lastWord(kicker))] < 3 {
				// A byline in the headline: a name the text never mentions
				// and the reference corpus's texts hardly use (a place or a
				// public figure is named in texts). Fixed counts give the same
				// answer in any corpus.
				g = GenreColumn
			}
		}
		if g == "" && pointer(d.Text) {
			g = GenreComic
		}
		if g == "" || g == GenreNews {
			g = GenreNews
		}
		out[i] = g
	}
	return out
}

// edgeDigest holds the digest labels that give a longer kicker its genre
// when they stand at its start or end.
var edgeDigest = map[string]bool{"kort": true, "flitsen": true, "sportflitsen": true}

// kickerGenre returns the genre a kicker's genre words give: the kicker
// itself, or one of its words or word pairs ("Nynke de Jong Column").
func kickerGenre(k string) string {
	if g, ok := genreWords[k]; ok {
		return g
	}
	ws := strings.Fields(k)
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			g, ok := genreWords[strings.Join(ws[i:i+n], " ")]
			if !ok {
				continue
			}
			// One loose word inside a longer kicker only counts for the
			// labels that are names of a genre, not for "kort" or "weer".
			if n == 1 && len(ws) > 1 && (g == GenreDigest || g == GenreWeather || g == GenreSeries || g == GenreQuiz) {
				if edgeDigest[ws[i]] && (i == 0 || i == len(ws)-1) {
					// A section label at either end of a kicker that
					// runs on into its items' headlines ("Kort Winst
					// keldert …", "Flitsen VOETBAL WIELRENNEN Kort").
					return GenreDigest
				}
				continue
			}
			return g
		}
	}
	return ""
}

// columnByline returns the person's name in a kicker that is a name and
// a column word at either end ("Anna Jansen column", "Column Anna
// Jansen"), or "".
func columnByline(kicker string) string {
	ws := strings.Fields(kicker)
	isCol := func(w string) bool {
		k := strings.Join(words(w), " ")
		return k != "" && genreWords[k] == GenreColumn
	}
	n := len(ws)
	switch {
	case n >= 3 && isCol(ws[n-1]):
		ws = ws[:n-1]
	case n >= 3 && isCol(ws[0]):
		ws = ws[1:]
	default:
		return ""
	}
	name := strings.Join(ws, " ")
	if !personName(name, false) {
		return ""
	}
	return name
}

// lastWord returns the last word of s, lowercased and folded as names
// gives it.
func lastWord(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// anyWordIn reports whether a capitalised word of name occurs in text.
func anyWordIn(name, text string) bool {
	tw := map[string]bool{}
	for _, w := range words(text) {
		tw[w] = true
	}
	for _, w := range strings.Fields(name) {
		if r := []rune(w); len(r) > 3 && unicode.IsUpper(r[0]) && tw[nl.Fold(strings.ToLower(w))] {
			return true
		}
	}
	return false
}

// pointer reports whether text is only a pointer elsewhere: a few words
// with a web address, as under a comic or a cartoon.
func pointer(text string) bool {
	text = strings.TrimSpace(text)
	if len(text) >= 150 {
		return false
	}
	for _, w := range strings.Fields(text) {
		w = strings.TrimRight(w, ".,;:!?)")
		if strings.HasPrefix(w, "http") || strings.HasPrefix(w, "www.") ||
			strings.Contains(w, ".nl/") || strings.Contains(w, ".com/") || strings.Contains(w, ".de/") {
			return true
		}
	}
	return false
}

// personName reports whether s looks like a person's name: one to four
// words, the first and last capitalised, short lowercase particles between
// ("Anna Jansen", "Rob Visser", "Karim EL AMRANI"), not all in
// capitals. With lowercase, an all-lowercase kicker ("rob de wijk") counts
// too.
func personName(s string, lowercase bool) bool {
	ws := strings.Fields(s)
	if len(ws) < 1 || len(ws) > 4 {
		return false
	}
	if len(ws) == 1 {
		// A surname alone ("Ephimenco") is capitalised, not all caps.
		r := []rune(ws[0])
		return len(r) > 3 && unicode.IsUpper(r[0]) && unicode.IsLower(r[len(r)-1])
	}
	lower := strings.ToLower(s) == s
	if lower && !lowercase || strings.ToUpper(s) == s {
		return false
	}
	for i, w := range ws {
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			return false
		}
		if lower {
			continue
		}
		first, last := i == 0, i == len(ws)-1
		switch {
		case (first || last) && !unicode.IsUpper(r[0]):
			return false
		case !first && !last && unicode.IsLower(r[0]) && len(r) > 3:
			return false
		}
	}
	return true
}

// median returns the median of xs (0 for none).
func median(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[len(s)/2]
}

// prefix returns s cut to at most n bytes.
func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
