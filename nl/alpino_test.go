package nl

import (
	"fmt"
	"strings"
	"testing"
)

const alpinoPassive = `<?xml version="1.0" encoding="UTF-8"?>
<alpino version="1.2">
<alpino_ds version="1.2" id="t1">
 <node begin="0" cat="top" end="7" rel="top">
  <node begin="0" cat="smain" end="6" rel="--">
   <node begin="0" cat="np" end="2" index="1" rel="su">
    <node begin="0" end="1" pos="det" rel="det" root="de" word="De"/>
    <node begin="1" end="2" pos="noun" rel="hd" root="man" word="man"/>
   </node>
   <node begin="2" end="3" pos="verb" rel="hd" root="word" word="wordt"/>
   <node begin="3" cat="ppart" end="6" rel="vc">
    <node begin="0" end="2" index="1" rel="obj1"/>
    <node begin="3" cat="pp" end="5" rel="mod">
     <node begin="3" end="4" pos="prep" rel="hd" root="door" word="door"/>
     <node begin="4" end="5" pos="noun" rel="obj1" root="politie" word="politie"/>
    </node>
    <node begin="5" end="6" pos="verb" rel="hd" root="pak_op" word="opgepakt"/>
   </node>
  </node>
  <node begin="6" end="7" pos="punct" rel="--" root="." word="."/>
 </node>
 <sentence>De man wordt door politie opgepakt .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="t2">
 <node begin="0" cat="top" end="6" rel="top">
  <node begin="0" cat="smain" end="5" rel="--">
   <node begin="0" end="1" pos="noun" rel="su" root="Jan" word="Jan"/>
   <node begin="1" end="2" pos="verb" rel="hd" root="ben" word="is"/>
   <node begin="2" cat="np" end="5" rel="predc">
    <node begin="2" end="3" pos="det" rel="det" root="de" word="de"/>
    <node begin="3" end="4" pos="adj" rel="mod" root="nieuw" word="nieuwe"/>
    <node begin="4" end="5" pos="noun" rel="hd" root="burgemeester" word="burgemeester"/>
   </node>
  </node>
  <node begin="5" end="6" pos="punct" rel="--" root="." word="."/>
 </node>
 <sentence>Jan is de nieuwe burgemeester .</sentence>
</alpino_ds>
</alpino>`

// TestReadAlpino checks the conversion of Alpino trees to UD: content
// heads, a passive with its agent, a copula under its predicate.
func TestReadAlpino(t *testing.T) {
	sents, skipped, err := ReadAlpino(strings.NewReader(alpinoPassive))
	if err != nil || skipped != 0 || len(sents) != 2 {
		t.Fatalf("ReadAlpino: %d sentences, %d skipped, %v", len(sents), skipped, err)
	}
	want := []string{
		"De/DET/det→man man/NOUN/nsubj:pass→opgepakt wordt/AUX/aux:pass→opgepakt door/ADP/case→politie politie/NOUN/obl:agent→opgepakt opgepakt/VERB/root ./PUNCT/punct→opgepakt",
		"Jan/PROPN/nsubj→burgemeester is/AUX/cop→burgemeester de/DET/det→burgemeester nieuwe/ADJ/amod→burgemeester burgemeester/NOUN/root ./PUNCT/punct→burgemeester",
	}
	for k, s := range sents {
		var parts []string
		for i, w := range s.Words {
			x := fmt.Sprintf("%s/%s/%s", w, s.POS[i], s.Rels[i])
			if h := s.Heads[i]; h >= 0 {
				x += "→" + s.Words[h]
			}
			parts = append(parts, x)
		}
		if got := strings.Join(parts, " "); got != want[k] {
			t.Errorf("sentence %d:\n got %s\nwant %s", k, got, want[k])
		}
	}
}

// TestCoNLLURoundTrip reads a CoNLL-U file with a multiword token and an
// empty node, writes it and scores it against itself.
func TestCoNLLURoundTrip(t *testing.T) {
	in := "# sent_id = 1\n1-2\tdoe's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdoe\tdoen\tVERB\t_\tVerbForm=Fin|Tense=Pres\t0\troot\t_\t_\n2\t's\tns\tPRON\t_\t_\t1\tobj\t_\t_\n2.1\tx\tx\tX\t_\t_\t_\t_\t1:dep\t_\n3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil || len(sents) != 1 || len(sents[0].Words) != 3 {
		t.Fatalf("ReadCoNLLU = %v, %v", sents, err)
	}
	if s := sents[0]; s.Heads[0] != -1 || s.Heads[1] != 0 || s.Rels[1] != "obj" || !s.Feats[0].Has(FeatFin|FeatPres) {
		t.Errorf("read %+v", s)
	}
	var sc TreeScore
	sc.Add(&sents[0], &sents[0])
	if sc.UAS != 3 || sc.LAS != 3 || sc.UPOS != 3 || sc.Lemma != 3 {
		t.Errorf("self score %+v", sc)
	}
	var b strings.Builder
	if err := WriteCoNLLU(&b, sents); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(strings.NewReader(b.String()))
	if err != nil || len(again) != 1 || again[0].Rels[2] != "punct" {
		t.Errorf("round trip: %v %v", again, err)
	}
}
