package http

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestOutlineOpenOnPhone: the first sections of a story page are its
// outline and stay open on a phone unless very long (a timeline of 14
// rows, 5 sub-stories), while a section past them folds sooner (7
// events).
func TestOutlineOpenOnPhone(t *testing.T) {
	st := &kroniek.Story{ID: "s1", Timeline: make([]kroniek.TimelineItem, 14), SubStories: make([]kroniek.SubStory, 5)}
	sp := &storyPage{StoryView: &StoryView{Story: st, Events: make(eventList, 7)}}
	for section, open := range map[string]bool{"timeline": true, "substories": true, "events": false} {
		if sp.Open(section) != open {
			t.Errorf("%s of %d: open %v, want %v", section, sp.Count(section), !open, open)
		}
	}
	st.Timeline = make([]kroniek.TimelineItem, 21)
	if sp.Open("timeline") {
		t.Error("a timeline of 21 rows is open on a phone")
	}
}
