package story

import (
	"reflect"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestLinkMemo builds the same input twice, as the pipeline does after
// completing dates: the second build reuses the first linking and gives
// what a build without the memo gives; a changed text or mention misses.
func TestLinkMemo(t *testing.T) {
	articles, analyses, entities := viewFixture()
	byArticle := map[string]*kroniek.Analysis{}
	for _, an := range analyses {
		byArticle[an.Article] = an
	}
	opts := Options{}.withDefaults()
	key := linkKey(articles, byArticle, opts)
	links1, stories1 := Build(articles, analyses, entities, Options{})
	lastLink.Lock()
	hit := lastLink.key == key
	lastLink.Unlock()
	if !hit {
		t.Fatal("Build did not keep its linking")
	}
	links2, stories2 := Build(articles, analyses, entities, Options{})
	fresh := Options{Terms: nl.Terms} // a term function of its own: no memo
	links3, stories3 := Build(articles, analyses, entities, fresh)
	if !reflect.DeepEqual(links1, links2) || !reflect.DeepEqual(stories1, stories2) {
		t.Error("second build differs from the first")
	}
	if !reflect.DeepEqual(links2, links3) || !reflect.DeepEqual(stories2, stories3) {
		t.Error("memoised build differs from a fresh one")
	}
	links2[0].Story = "changed"
	if links4, _ := Build(articles, analyses, entities, Options{}); links4[0].Story == "changed" {
		t.Error("the caller's links are the memo's")
	}

	moved := *articles[0]
	moved.Text += " Nog een zin."
	if linkKey([]*kroniek.Article{&moved, articles[1], articles[2], articles[3]}, byArticle, opts) == key {
		t.Error("a changed text keeps the key")
	}
	an := *byArticle[analyses[0].Article]
	an.Mentions = append([]kroniek.Mention(nil), an.Mentions...)
	an.Mentions[0].Entity = "other"
	changed := map[string]*kroniek.Analysis{}
	for id, x := range byArticle {
		changed[id] = x
	}
	changed[an.Article] = &an
	if linkKey(articles, changed, opts) == key {
		t.Error("a changed mention keeps the key")
	}
	an.Mentions[0].Entity = byArticle[an.Article].Mentions[0].Entity
	an.Times = append(an.Times, kroniek.TimeRef{Value: "2020-08-09"})
	if linkKey(articles, changed, opts) != key {
		t.Error("a time changes the key (linking does not read times)")
	}
}
