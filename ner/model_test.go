package ner

import "testing"

// TestStageTouch checks that touch reads the first slot of every feature
// (what it loads ahead of the look-ups) and that score2 still sums both
// stages' weights exactly as score does one stage at a time.
func TestStageTouch(t *testing.T) {
	keys := []uint64{3, 5, 1<<40 + 3, 77}
	mk := func(base int16) stageFile {
		f := stageFile{Keys: keys, Scale: 0.5, Trans: make([]float32, (numTags+1)*numTags)}
		for r := range keys {
			for k := range numTags {
				f.Weights = append(f.Weights, base+int16(r*numTags+k))
			}
		}
		return f
	}
	st, err := newStage(mk(1), mk(-40))
	if err != nil {
		t.Fatal(err)
	}
	feats := []uint64{5, 77, 1<<40 + 3, 999}
	var want uint64
	for _, f := range feats {
		want |= st.slots[f&st.mask].key
	}
	if got := st.touch(feats); got != want || got == 0 {
		t.Fatalf("touch = %#x, want %#x", got, want)
	}
	e1, e2 := make([]float32, numTags), make([]float32, numTags)
	st.score2(feats, e1, e2)
	w1, w2 := make([]float32, numTags), make([]float32, numTags)
	st.score(feats, 0, w1)
	st.score(feats, 1, w2)
	for k := range numTags {
		if e1[k] != w1[k] || e2[k] != w2[k] {
			t.Fatalf("tag %d: score2 %v/%v, score %v/%v", k, e1[k], e2[k], w1[k], w2[k])
		}
	}
	if e1[0] == 0 {
		t.Fatal("no weights summed")
	}
}

// TestAllowedPrev checks viterbi's table of predecessors against allowed,
// in increasing order (so ties keep the first tag, as before).
func TestAllowedPrev(t *testing.T) {
	for tag := range numTags {
		var want []int
		for p := range numTags {
			if allowed(p, tag) {
				want = append(want, p)
			}
		}
		if len(want) != len(allowedPrev[tag]) {
			t.Fatalf("tag %d: %v, want %v", tag, allowedPrev[tag], want)
		}
		for i := range want {
			if want[i] != allowedPrev[tag][i] {
				t.Fatalf("tag %d: %v, want %v", tag, allowedPrev[tag], want)
			}
		}
	}
}
