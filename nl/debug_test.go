package nl

import (
	"os"
	"strings"
	"testing"
)

func TestDebugParse(t *testing.T) {
	in := os.Getenv("SENT")
	if in == "" {
		t.Skip()
	}
	s := loadTestSyntax(t)
	for _, x := range strings.Split(in, "|") {
		d := annotated(t, s, x)
		t.Log(dump(d))
	}
}
