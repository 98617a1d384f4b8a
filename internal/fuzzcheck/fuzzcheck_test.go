package fuzzcheck

import "testing"

func TestRuneBounds(t *testing.T) {
	b := RuneBounds("aé")
	if !b[0] || !b[1] || b[2] || !b[3] {
		t.Errorf("valid: %v", b)
	}
	b = RuneBounds("a\xffb")
	if !b[0] || !b[1] || !b[2] || !b[3] {
		t.Errorf("invalid: %v", b)
	}
}
