package pipeline

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestKeepMetadataContent: a field a rerun leaves out is kept, but a
// feed summary's "content: summary" does not stay on the page's whole text
// that replaces it.
func TestKeepMetadataContent(t *testing.T) {
	old := &kroniek.Article{Text: "Korte samenvatting.", Meta: map[string]string{"content": "summary", "guid": "g-1", "genre": "news"}}
	page := &kroniek.Article{Text: "Korte samenvatting. En de rest van het hele artikel.", Meta: map[string]string{"guid": "g-1"}}
	keepMetadata(old, page)
	if page.Meta["content"] != "" || page.Meta["genre"] != "news" {
		t.Errorf("page after summary: meta %v, want genre kept and no content: summary", page.Meta)
	}
	same := &kroniek.Article{Text: "Korte samenvatting."}
	keepMetadata(old, same)
	if same.Meta["content"] != "summary" {
		t.Errorf("same summary read again: meta %v, want content: summary kept", same.Meta)
	}
}
