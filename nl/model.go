package nl

// models are the embedded tagger, lemmatiser and parser.
type models struct{}

// loadModels reads the embedded models; until they are trained it
// returns nil models.
func loadModels() (*models, error) { return nil, nil }

// tagSentence sets POS, Feats and Lemma of sentence si's tokens.
func (s *Syntax) tagSentence(d *Doc, si int) {}

// parseSentence sets Head and Rel of sentence si's tokens and marks it
// parsed.
func (s *Syntax) parseSentence(d *Doc, si int) {}
