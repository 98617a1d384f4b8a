package nl

// Syntax annotates Dutch documents with parts of speech, features, lemmas
// and a dependency parse from the embedded models. It is safe for
// concurrent use by several goroutines (each on its own Doc).
type Syntax struct {
	m *models // nil: no models, Annotate marks docs annotated but finds nothing
	// kept holds the parses Keep kept for AnnotateOnDemand (nil: none
	// are kept); copies of a Syntax share it.
	kept *kept
	// Lazy makes Annotate tag every token but leave parsing to the first
	// accessor that needs a sentence (Doc.Parsed parses on demand). A
	// lazily annotated Doc is then not safe for concurrent use.
	Lazy bool
}

// LoadSyntax returns the syntax annotator with the embedded models.
func LoadSyntax() (*Syntax, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return &Syntax{m: m, kept: &kept{}}, nil
}

// Annotate sets POS, Feats and Lemma of every token of a Dutch doc (Lang
// "nl" or "") and the Head and Rel of every sentence (or, with Lazy, of
// each sentence when it is first asked for). Docs in other languages are
// left unannotated: POS zero, and every accessor finds nothing.
func (s *Syntax) Annotate(d *Doc) {
	if !s.prepare(d) {
		return
	}
	if s.Lazy {
		// kept for the sentences parsed later, so words are hashed once
		d.syn.reps = make([]tokRep, len(d.Tokens))
	}
	for si := range d.Sentences {
		s.tagSentence(d, si)
	}
	if s.Lazy {
		d.syn.s = s
		return
	}
	for si := range d.Sentences {
		s.parseSentence(d, si)
	}
}

// prepare gives a Dutch doc its syntax record with every head unset and
// reports whether a model is there to fill it; a doc in another language
// is left as it is (false).
func (s *Syntax) prepare(d *Doc) bool {
	if d.Lang != "" && d.Lang != "nl" {
		return false
	}
	d.syn = &docSyntax{parsed: make([]bool, len(d.Sentences))}
	for i := range d.Tokens {
		d.Tokens[i].Head = -1
	}
	if s == nil || s.m == nil {
		return false
	}
	d.syn.lem = &s.m.lem
	return true
}

// AnnotateOnDemand prepares a Dutch doc for a reader that looks at a few
// of its sentences: Doc.Parsed tags, lemmatises and parses a sentence
// when it is first asked for, as Annotate would have, and the tokens of
// a sentence never asked for stay untagged (POS zero). Tagging reads one
// sentence at a time, so a sentence comes out as Annotate makes it. Docs
// in other languages are left unannotated, as by Annotate. The doc is
// then not safe for concurrent use.
func (s *Syntax) AnnotateOnDemand(d *Doc) {
	if !s.prepare(d) {
		return
	}
	d.syn.reps = make([]tokRep, len(d.Tokens))
	d.syn.tagged = make([]bool, len(d.Sentences))
	d.syn.s = s
	if kd := s.kept.take(d); kd != nil {
		kd.attach(d)
	}
}
