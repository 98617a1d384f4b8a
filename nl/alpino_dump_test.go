package nl

import (
	"os"
	"testing"
)

func TestDumpAlpino(t *testing.T) {
	p := os.Getenv("ALPINO_XML")
	if p == "" {
		t.Skip()
	}
	f, _ := os.Open(p)
	s, skipped, err := ReadAlpino(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentences, %d skipped", len(s), skipped)
	o, _ := os.Create(os.Getenv("OUT"))
	WriteCoNLLU(o, s)
	o.Close()
}
