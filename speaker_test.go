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

// TestSpeakerNames checks that a joint quote names its speakers in order,
// by entity name where known and by the printed words otherwise.
func TestSpeakerNames(t *testing.T) {
	names := map[string]string{"e-1": "Partij voor de Bomen", "e-2": "Anna Vos"}
	name := func(id string) string { return names[id] }
	for _, c := range []struct {
		q    Quote
		want string
	}{
		{Quote{Speaker: "e-1", SpeakerText: "de PvdB"}, "Partij voor de Bomen"},
		{Quote{Speaker: "e-1", SpeakerText: "de PvdB", CoSpeakers: []CoSpeaker{{ID: "e-2", Text: "Vos"}}}, "Partij voor de Bomen en Anna Vos"},
		{Quote{Speaker: "e-2", SpeakerText: "Vos", CoSpeakers: []CoSpeaker{{ID: "e-9", Text: "Jansen"}, {Text: "twee buren"}}}, "Anna Vos, Jansen en twee buren"},
		{Quote{}, ""},
	} {
		if got := JoinNames(c.q.SpeakerNames(name), "en"); got != c.want {
			t.Errorf("%+v: %q, want %q", c.q, got, c.want)
		}
	}
	if ids := (Quote{Speaker: "e-1", CoSpeakers: []CoSpeaker{{Text: "x"}, {ID: "e-2"}}}).SpeakerIDs(); len(ids) != 2 || ids[1] != "e-2" {
		t.Errorf("SpeakerIDs = %v", ids)
	}
}
