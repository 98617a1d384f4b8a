package searchtext

import "github.com/kroniek/kroniek/nl"

// maxMemo bounds the number of words a Memo remembers.
const maxMemo = 1 << 17

// Memo returns nl.Terms of text, normalising each distinct word once:
// stemming is the cost of indexing, and words repeat. A Memo is not safe
// for concurrent use; keep one per batch or transaction.
type Memo struct {
	terms map[string]map[string][]string // lang -> word -> terms
	n     int
	// toks is the token buffer Terms tokenises every text into: an
	// article's tokens are read once, so one array serves every call
	// instead of a new one grown per article.
	toks []nl.Token
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{terms: map[string]map[string][]string{}} }

// Terms returns nl.Terms(text, lang). Dutch text is tokenised once and
// each word normalised through the memo.
func (m *Memo) Terms(text, lang string) []string {
	if lang != "" && lang != "nl" {
		return nl.Terms(text, lang)
	}
	m.toks = nl.Tokenize(text, 0, len(text), m.toks[:0])
	out := make([]string, 0, len(m.toks))
	for _, t := range m.toks {
		if t.Kind != nl.Word && t.Kind != nl.Number {
			continue
		}
		out = append(out, m.Word(t.Text, lang)...)
	}
	return out
}

// Word returns nl.Terms of one token's text, memoised.
func (m *Memo) Word(word, lang string) []string {
	if lang == "" {
		lang = "nl"
	}
	byWord := m.terms[lang]
	if ts, ok := byWord[word]; ok {
		return ts
	}
	if byWord == nil || m.n >= maxMemo {
		if m.n >= maxMemo {
			clear(m.terms)
			m.n = 0
		}
		byWord = map[string][]string{}
		m.terms[lang] = byWord
	}
	ts := nl.Terms(word, lang)
	byWord[word] = ts
	m.n++
	return ts
}
