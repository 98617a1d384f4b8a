package kb

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	kgzip "github.com/klauspost/compress/gzip"
)

// Kinds of knowledge-base entries.
const (
	KindCountry = "country"
	KindCapital = "capital"
	KindCity    = "city"
	KindOrg     = "org"
	KindPerson  = "person"
	KindDemonym = "demonym" // Rus, Russen, Russisch, Russische: affiliation, not a mention
	KindMetonym = "metonym" // het Kremlin, het Witte Huis: stands for Target
	KindRole    = "role"    // president, minister van Buitenlandse Zaken
)

// Entry is one thing the knowledge base knows by name.
type Entry struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"` // Dutch display name
	Type    string   `json:"type"` // PER, LOC, ORG or MISC; "" for roles
	Country string   `json:"country,omitempty"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	// Target is the entry a metonym, capital or demonym stands for
	// ("country:RU" for het Kremlin and for Russisch).
	Target string `json:"target,omitempty"`
	// Roles are dated role codes from the PETRARCH2 dictionaries
	// ("RUSGOV >080508").
	Roles []string `json:"roles,omitempty"`
	// Inhabitants are a demonym's plural inhabitant names (Russen,
	// Britten): "de Britten" may stand for the country.
	Inhabitants []string `json:"inhabitants,omitempty"`
}

// KB is the loaded knowledge base. It is read-only and safe for
// concurrent use.
type KB struct {
	entries []Entry
	byID    map[string]int32
	exact   map[string][]int32 // folded alias -> entries, best first
	byKey   map[string][]int32 // transliteration key -> person entries
	trie    *node
	// roleFirst holds the folded first words of roles: the only matches
	// that may start with a lower-case word
	roleFirst map[string]bool
	// lowerFirst holds the folded first pieces of one-word aliases that
	// open in lower case (brexit, al-Qaida): they may start a match too
	lowerFirst map[string]bool
}

//go:embed data/kb.json.gz
var dataFS embed.FS

//go:embed lexicon/*.tsv lexicon/*.txt
var lexiconFS embed.FS

// Load returns the embedded knowledge base, built once per process.
func Load() (*KB, error) { return load() }

var load = sync.OnceValues(func() (*KB, error) {
	raw, err := dataFS.ReadFile("data/kb.json.gz")
	if err != nil {
		return nil, fmt.Errorf("read embedded kb: %w", err)
	}
	gen, err := decodeEntries(raw)
	if err != nil {
		return nil, err
	}
	lex, err := readLexicon(lexiconFS)
	if err != nil {
		return nil, err
	}
	return New(lex.merge(gen))
})

// decodeEntries reads a gzipped JSON array of entries.
func decodeEntries(raw []byte) ([]Entry, error) {
	zr, err := kgzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("open kb data: %w", err)
	}
	defer zr.Close()
	var es []Entry
	if err := json.NewDecoder(zr).Decode(&es); err != nil {
		return nil, fmt.Errorf("decode kb data: %w", err)
	}
	return es, nil
}

// WriteEntries writes entries as the gzipped JSON array Load reads.
// The output is deterministic for the same entries.
func WriteEntries(w io.Writer, es []Entry) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("open gzip: %w", err)
	}
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(es); err != nil {
		return fmt.Errorf("encode kb entries: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("close gzip: %w", err)
	}
	return nil
}

// kindRank orders candidates for one surface form: general knowledge
// before office holders.
var kindRank = map[string]int{
	KindCountry: 0, KindOrg: 1, KindMetonym: 2, KindCapital: 3, KindCity: 4,
	KindDemonym: 5, KindRole: 6, KindPerson: 7,
}

// New indexes entries. Entries appearing earlier win ties within a kind.
func New(es []Entry) (*KB, error) {
	k := &KB{
		entries: es,
		byID:    make(map[string]int32, len(es)),
		exact:   make(map[string][]int32, len(es)*2),
		byKey:   make(map[string][]int32),
		trie:    &node{},

		roleFirst:  map[string]bool{},
		lowerFirst: map[string]bool{},
	}
	for i := range es {
		e := &es[i]
		if e.ID == "" {
			return nil, fmt.Errorf("index kb: entry %d has no id", i)
		}
		if _, dup := k.byID[e.ID]; dup {
			return nil, fmt.Errorf("index kb: duplicate id %q", e.ID)
		}
		k.byID[e.ID] = int32(i)
		seen := map[string]bool{}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			f := Fold(a)
			if f == "" {
				continue
			}
			// the same alias in capitals and not (IKEA, Ikea) goes to the
			// trie twice, so that either spelling matches
			named := e.Kind != KindPerson && e.Kind != KindDemonym && e.Kind != KindRole
			k.trie.add(a, int32(i), named)
			if ws := splitWords(f); named && lowerOpening(a) && len(ws) > 0 {
				k.lowerFirst[ws[0]] = true
			}
			if seen[f] {
				continue
			}
			seen[f] = true
			k.exact[f] = append(k.exact[f], int32(i))
			if e.Kind == KindRole {
				if ws := splitWords(f); len(ws) > 0 {
					k.roleFirst[ws[0]] = true
				}
			}
			if e.Kind == KindPerson {
				key := Key(a)
				k.byKey[key] = appendOnce(k.byKey[key], int32(i))
			}
		}
	}
	for f, ids := range k.exact {
		k.exact[f] = k.rank(ids)
	}
	k.trie.walk(func(n *node) {
		sort.SliceStable(n.terms, func(a, b int) bool {
			return kindRank[es[n.terms[a].entry].Kind] < kindRank[es[n.terms[b].entry].Kind]
		})
	})
	return k, nil
}

func appendOnce(ids []int32, id int32) []int32 {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

func (k *KB) rank(ids []int32) []int32 {
	sort.SliceStable(ids, func(a, b int) bool {
		return kindRank[k.entries[ids[a]].Kind] < kindRank[k.entries[ids[b]].Kind]
	})
	return ids
}

// Len returns the number of entries.
func (k *KB) Len() int { return len(k.entries) }

// Entries returns all entries; callers must not modify them.
func (k *KB) Entries() []Entry { return k.entries }

// Get returns the entry with the given id.
func (k *KB) Get(id string) (*Entry, bool) {
	i, ok := k.byID[id]
	if !ok {
		return nil, false
	}
	return &k.entries[i], true
}

// Lookup returns the entries known by surface form s, compared case- and
// diacritic-insensitively, best first.
func (k *KB) Lookup(s string) []*Entry {
	return k.list(k.exact[Fold(strings.TrimSpace(s))])
}

// LookupPerson returns the persons whose name or alias has the same
// transliteration key as s (Poetin finds Vladimir Putin's "Putin").
func (k *KB) LookupPerson(s string) []*Entry {
	return k.list(k.byKey[Key(s)])
}

func (k *KB) list(ids []int32) []*Entry {
	if len(ids) == 0 {
		return nil
	}
	out := make([]*Entry, len(ids))
	for i, id := range ids {
		out[i] = &k.entries[id]
	}
	return out
}

// Resolve follows an entry to what it stands for: a metonym or a
// demonym to its Target; anything else to itself.
func (k *KB) Resolve(e *Entry) *Entry {
	if e.Target != "" {
		if t, ok := k.Get(e.Target); ok {
			return t
		}
	}
	return e
}
