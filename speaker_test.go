package kroniek

import "testing"

func TestSpeakerRank(t *testing.T) {
	for _, c := range []struct {
		q    Quote
		want int
	}{
		{Quote{Speaker: "e-1", SpeakerText: "May"}, SpeakerNamed},
		{Quote{Speaker: "e-1", SpeakerText: "ze"}, SpeakerNamed},
		{Quote{SpeakerText: "een van hen"}, SpeakerDescribed},
		{Quote{SpeakerText: " "}, SpeakerUnknown},
		{Quote{}, SpeakerUnknown},
	} {
		if got := c.q.SpeakerRank(); got != c.want {
			t.Errorf("%+v: rank %d, want %d", c.q, got, c.want)
		}
	}
}
