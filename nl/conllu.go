package nl

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreeSentence is one sentence of a dependency treebank: words with their
// gold (or predicted) tags, lemmas, features, heads (0-based, -1 for the
// root) and relations.
type TreeSentence struct {
	ID     string
	Words  []string
	Lemmas []string
	POS    []POS
	Feats  []Feats
	Heads  []int
	Rels   []string
}

// Len returns the number of words.
func (s *TreeSentence) Len() int { return len(s.Words) }

// ReadCoNLLU reads a CoNLL-U file. Multiword token lines (1-2) and empty
// nodes (1.1) are skipped: the syntactic words are kept.
func ReadCoNLLU(r io.Reader) ([]TreeSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []TreeSentence
	var cur TreeSentence
	n := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = TreeSentence{}
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				cur.ID = v
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("read conllu line %d: %d fields, want 10", n, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token or empty node
		}
		h := -1
		if f[6] != "_" {
			x, err := strconv.Atoi(f[6])
			if err != nil {
				return nil, fmt.Errorf("read conllu line %d: head %q: %w", n, f[6], err)
			}
			h = x - 1
		}
		cur.Words = append(cur.Words, f[1])
		cur.Lemmas = append(cur.Lemmas, f[2])
		cur.POS = append(cur.POS, ParsePOS(f[3]))
		cur.Feats = append(cur.Feats, parseUDFeats(f[5]))
		cur.Heads = append(cur.Heads, h)
		cur.Rels = append(cur.Rels, f[7])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	flush()
	return out, nil
}

// udFeatGroups lists the UD features Feats carries, one group per
// feature; a word has at most one value of a group.
var udFeatGroups = [...][]struct {
	f  Feats
	ud string
}{
	{{FeatSing, "Number=Sing"}, {FeatPlur, "Number=Plur"}},
	{{FeatPerson1, "Person=1"}, {FeatPerson2, "Person=2"}, {FeatPerson3, "Person=3"}},
	{{FeatPast, "Tense=Past"}, {FeatPres, "Tense=Pres"}},
	{{FeatFin, "VerbForm=Fin"}, {FeatInf, "VerbForm=Inf"}, {FeatPart, "VerbForm=Part"}},
}

// parseUDFeats maps UD features (VerbForm=Fin|Tense=Past|Number=Sing) to
// Feats.
func parseUDFeats(s string) Feats {
	var f Feats
	for kv := range strings.SplitSeq(s, "|") {
		for _, g := range udFeatGroups {
			for _, x := range g {
				if x.ud == kv {
					f |= x.f
				}
			}
		}
	}
	return f
}

// udFeats writes Feats as UD features.
func udFeats(f Feats) string {
	var parts []string
	for _, g := range udFeatGroups {
		for _, x := range g {
			if f.Has(x.f) {
				parts = append(parts, x.ud)
				break
			}
		}
	}
	if len(parts) == 0 {
		return "_"
	}
	return strings.Join(parts, "|")
}

// WriteCoNLLU writes sentences in CoNLL-U.
func WriteCoNLLU(w io.Writer, sents []TreeSentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		fmt.Fprintf(bw, "# text = %s\n", strings.Join(s.Words, " "))
		for i, w := range s.Words {
			lemma, pos, feats, rel := "_", "_", "_", "_"
			if i < len(s.Lemmas) && s.Lemmas[i] != "" {
				lemma = s.Lemmas[i]
			}
			if i < len(s.POS) && s.POS[i] != 0 {
				pos = s.POS[i].String()
			}
			if i < len(s.Feats) {
				feats = udFeats(s.Feats[i])
			}
			if i < len(s.Rels) && s.Rels[i] != "" {
				rel = s.Rels[i]
			}
			h := 0
			if i < len(s.Heads) {
				h = s.Heads[i] + 1
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t_\t%s\t%d\t%s\t_\t_\n", i+1, w, lemma, pos, feats, h, rel)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write conllu: %w", err)
	}
	return nil
}

// TreeScore counts agreement of predicted with gold analyses, as CoNLL
// 2018 does on gold tokenisation: every word counts, punctuation
// included, and LAS compares only the universal part of the relation
// (nsubj:pass counts as nsubj).
type TreeScore struct {
	Words, UPOS, UAS, LAS, Lemma, Feats int
}

// Add scores one predicted sentence against its gold version.
func (sc *TreeScore) Add(gold, pred *TreeSentence) {
	for i := range gold.Words {
		sc.Words++
		if i >= len(pred.Words) {
			continue
		}
		if pred.POS[i] == gold.POS[i] {
			sc.UPOS++
		}
		if pred.Lemmas[i] == gold.Lemmas[i] {
			sc.Lemma++
		}
		if pred.Feats[i] == gold.Feats[i] {
			sc.Feats++
		}
		if pred.Heads[i] == gold.Heads[i] {
			sc.UAS++
			if universal(pred.Rels[i]) == universal(gold.Rels[i]) {
				sc.LAS++
			}
		}
	}
}

// Pct returns 100·n/Words.
func (sc *TreeScore) Pct(n int) float64 {
	if sc.Words == 0 {
		return 0
	}
	return 100 * float64(n) / float64(sc.Words)
}

// universal returns a relation without its subtype.
func universal(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}
