package nl

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, with inner hyphens and apostrophes: Wit-Rusland, Loekasjenko’s, zo’n
	Number                 // 200.000, 1,3, 9, 2,5
	Punct                  // . , ; : ! ? ( ) – - and quote marks
	Symbol                 // € $ % @ # emoji and other symbols
	URL                    // http://…, pic.twitter.com/…, @handles and #tags
)

// Token is one token: Text == doc.Text[Start:End]. POS, Feats, Lemma,
// Head and Rel are zero until Syntax.Annotate fills them; Head and Rel are
// meaningful only when Doc.Parsed reports the token's sentence parsed
// (the accessors in syntax.go check that for you).
type Token struct {
	Start int
	End   int
	Text  string
	Kind  Kind

	POS   POS    // universal part of speech (UD UPOS)
	Feats Feats  // morphological features the extractors need
	Lemma string // zegt → zeggen, ontmoetten → ontmoeten; riep … op → oproepen once parsed
	Head  int    // index into Doc.Tokens of the head; -1 for a sentence's root
	Rel   string // UD relation to the head: nsubj, nsubj:pass, obj, obl:agent, …, root
}

// Sentence is a run of tokens. Tokens is a sub-slice of Doc.Tokens;
// First is the index of its first token in Doc.Tokens.
type Sentence struct {
	Start     int
	End       int
	First     int
	Tokens    []Token
	Heading   bool // a subheading line, not prose
	Paragraph int  // index into Doc.Paragraphs
}

// Doc is an analysed text. Sentences never cross paragraph boundaries.
type Doc struct {
	Text       string
	Lang       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs [][2]int // byte ranges of blank-line separated paragraphs

	syn *docSyntax // annotation state; nil until Syntax.Annotate
}

// Options tell Parse what cleaning and language detection found.
type Options struct {
	// Lang is the article's language; "nl" (or "") gets the Dutch rules,
	// anything else the generic Unicode (UAX#29) fallback.
	Lang string
	// Headings are byte ranges of subheading lines: each becomes one
	// sentence with Heading set.
	Headings [][2]int
}
