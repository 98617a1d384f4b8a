package storeenc

import (
	"encoding/json"

	"github.com/kroniek/kroniek"
)

// InputOf returns kroniek.InputHash of a stored article from its language,
// text and headings column (JSON).
func InputOf(lang, text string, headingsJSON []byte) string {
	var hs []kroniek.Span
	if len(headingsJSON) > 0 {
		_ = json.Unmarshal(headingsJSON, &hs) // a broken column hashes as no headings
	}
	return kroniek.InputHash(lang, text, hs)
}

// Fresh drops from analyses those made from another text than the one
// stored for their article (inputs maps article id to InputOf the stored
// article): a rebuild that read an analysis before a worker replaced the
// article's text must not write the old analysis back. Analyses without
// an Input, or of articles not in inputs, are kept.
func Fresh(analyses []*kroniek.Analysis, inputs map[string]string) []*kroniek.Analysis {
	out := make([]*kroniek.Analysis, 0, len(analyses))
	for _, an := range analyses {
		if in, ok := inputs[an.Article]; ok && an.Input != "" && an.Input != in {
			continue
		}
		out = append(out, an)
	}
	return out
}

// Extraction is one analysis of Corpus.Extracted as its JSON.
type Extraction struct {
	Article, Data string
}

// Extracted checks and encodes c.Extracted for PutCorpus, leaving out
// those Fresh leaves out: each must be of an article whose analysis is in
// c.Analyses (else EINVALID), so that it is stored beside that analysis.
func Extracted(c *kroniek.Corpus, inputs map[string]string) ([]Extraction, error) {
	if len(c.Extracted) == 0 {
		return nil, nil
	}
	in := make(map[string]bool, len(c.Analyses))
	for _, an := range c.Analyses {
		if an != nil {
			in[an.Article] = true
		}
	}
	for _, an := range c.Extracted {
		if an == nil || !in[an.Article] {
			return nil, kroniek.Errorf(kroniek.EINVALID, "extraction without its analysis in the corpus")
		}
	}
	out := make([]Extraction, 0, len(c.Extracted))
	for _, an := range Fresh(c.Extracted, inputs) {
		data, err := JSONText(an)
		if err != nil {
			return nil, err
		}
		out = append(out, Extraction{an.Article, data})
	}
	return out, nil
}
