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
