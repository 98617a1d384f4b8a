package kb

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// lexicon is the hand-written part of the knowledge base (kb/lexicon):
// Dutch demonyms and capital names, organisations, metonyms, roles and
// extra aliases for generated entries.
type lexicon struct {
	entries  []Entry             // organisations, demonyms, roles, seats
	capitals map[string][]string // ISO -> Dutch capital names
	cities   []cityMetonym       // cities standing for a government
	aliases  map[string][]string // entry id -> extra aliases
}

type cityMetonym struct {
	name, target, country string
}

// readLexicon parses the embedded lexicon files.
func readLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{capitals: map[string][]string{}, aliases: map[string][]string{}}
	err := eachRow(fsys, "lexicon/demonyms.tsv", 4, func(f []string) error {
		iso, target := f[0], "country:"+f[0]
		if strings.Contains(iso, ":") { // an organisation: Europees → org:eu
			iso, target = "", f[0]
		}
		e := Entry{ID: "demonym:" + strings.ReplaceAll(f[0], "org:", ""), Type: kroniekMISC, Country: iso,
			Kind: KindDemonym, Target: target}
		for _, adj := range list(f[1]) {
			e.Aliases = append(e.Aliases, adj, inflect(adj))
		}
		e.Aliases = append(e.Aliases, list(f[2])...)
		e.Aliases = append(e.Aliases, list(f[3])...)
		e.Inhabitants = list(f[3])
		if len(e.Aliases) == 0 {
			return fmt.Errorf("demonym %s has no forms", iso)
		}
		e.Name = e.Aliases[0]
		for i := range lx.entries { // a second row for a country: regions (Engels, Vlaams)
			if lx.entries[i].ID == e.ID {
				lx.entries[i].Aliases = append(lx.entries[i].Aliases, e.Aliases...) // not the country's inhabitants
				return nil
			}
		}
		lx.entries = append(lx.entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "lexicon/capitals.tsv", 2, func(f []string) error {
		lx.capitals[f[0]] = append(lx.capitals[f[0]], list(f[1])...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "lexicon/orgs.tsv", 5, func(f []string) error {
		aliases := strings.Split(f[4], "|")
		aliases = append(aliases, inflectedNames(append([]string{f[3]}, aliases...))...)
		lx.entries = append(lx.entries, Entry{ID: f[0], Type: f[1], Country: f[2], Kind: KindOrg,
			Name: f[3], Aliases: aliases})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "lexicon/places.tsv", 2, func(f []string) error {
		e := Entry{ID: "place:" + slug(f[0]), Name: f[0], Type: kroniekLOC, Country: f[1], Kind: KindCity, Aliases: []string{f[0]}}
		if len(f) > 2 && f[2] != "" {
			e.Aliases = append(e.Aliases, strings.Split(f[2], "|")...)
		}
		lx.entries = append(lx.entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "lexicon/metonyms.tsv", 4, func(f []string) error {
		switch f[2] {
		case "seat":
			lx.entries = append(lx.entries, Entry{ID: "metonym:" + slug(f[0]), Name: f[0], Type: kroniekLOC,
				Country: f[3], Kind: KindMetonym, Target: f[1], Aliases: []string{f[0]}})
		case "city", "place":
			target := f[1]
			if f[2] == "place" {
				target = "" // a capital that does not stand for its government
			}
			lx.cities = append(lx.cities, cityMetonym{name: f[0], target: target, country: f[3]})
		default:
			return fmt.Errorf("metonym %q: kind %q is neither seat nor city", f[0], f[2])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var roles []string
	err = eachRow(fsys, "lexicon/roles.txt", 1, func(f []string) error {
		roles = append(roles, f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	seenRole := map[string]bool{}
	for _, r := range roles {
		if seenRole[slug(r)] {
			continue
		}
		seenRole[slug(r)] = true
		lx.entries = append(lx.entries, Entry{ID: "role:" + slug(r), Name: r, Kind: KindRole, Aliases: []string{r}})
	}
	err = eachRow(fsys, "lexicon/aliases.tsv", 2, func(f []string) error {
		lx.aliases[f[0]] = append(lx.aliases[f[0]], strings.Split(f[1], "|")...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// Types, spelled here to keep this package free of the root import.
const (
	kroniekPER  = "PER"
	kroniekLOC  = "LOC"
	kroniekORG  = "ORG"
	kroniekMISC = "MISC"
)

// eachRow calls fn with the tab-separated fields of every non-blank,
// non-comment line of a lexicon file that has at least min fields.
func eachRow(fsys fs.FS, name string, min int, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for len(fields) < min {
			fields = append(fields, "")
		}
		if fields[0] == "" {
			return fmt.Errorf("read %s line %d: empty first field", name, n)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("read %s line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// list splits a comma-separated field.
func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// inflect returns the attributive form of a Dutch adjective of
// nationality: Russisch → Russische, Frans → Franse, Pools → Poolse.
func inflect(adj string) string {
	if strings.HasSuffix(adj, "e") {
		return adj
	}
	// a long vowel in an open syllable is written once: Chinees →
	// Chinese, Europees → Europese (but Pools → Poolse, Amerikaans →
	// Amerikaanse)
	if n := len(adj); n >= 4 && isVowel(adj[n-2]) && adj[n-3] == adj[n-2] && !isVowel(adj[n-1]) {
		return adj[:n-2] + adj[n-1:] + "e"
	}
	return adj + "e"
}

// inflectedNames returns the names that open with an adjective in its
// bare form (Europees Parlement, Nationaal Park, Koninklijk Huis) with the
// adjective inflected as the news also writes them after "het" or "de"
// (het Europese Parlement): Dutch grammar, no list of names.
func inflectedNames(names []string) []string {
	var out []string
	for _, n := range names {
		first, rest, ok := strings.Cut(n, " ")
		if !ok || rest == "" {
			continue
		}
		for _, suf := range []string{"ees", "aal", "ijk", "isch", "aar"} {
			if strings.HasSuffix(first, suf) && len(first) > len(suf)+2 {
				out = append(out, inflect(first)+" "+rest)
				break
			}
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// slug makes an id piece of a name: lower case, diacritics folded, words
// joined by hyphens.
func slug(s string) string {
	return strings.Join(splitWords(Fold(s)), "-")
}

// merge combines the lexicon with generated entries. Lexicon entries come
// first and own their aliases: a generated entry loses an alias that a
// lexicon entry of another id also has (PETRARCH2's UNITED_NATIONS under
// the lexicon's Verenigde Naties), and disappears if nothing is left.
func (lx *lexicon) merge(gen []Entry) []Entry {
	out := make([]Entry, 0, len(lx.entries)+len(gen))
	out = append(out, lx.entries...)
	owned := map[string]int{} // folded alias -> index of the lexicon entry
	for i, e := range lx.entries {
		if e.Kind == KindRole || e.Kind == KindDemonym {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			owned[Fold(a)] = i
		}
	}
	isOwned := func(a string) bool {
		_, ok := owned[Fold(a)]
		return ok
	}
	lexIdx := map[string]int{}
	for i, e := range out {
		lexIdx[e.ID] = i
	}
	cityIdx := map[string]int{}
	for _, g := range gen {
		if i, ok := lexIdx[g.ID]; ok { // the gazetteer adds to a hand-written entry
			for _, a := range append([]string{g.Name}, g.Aliases...) {
				if !hasAlias(&out[i], a) {
					out[i].Aliases = append(out[i].Aliases, a)
				}
			}
			continue
		}
		g.Aliases = append(g.Aliases, lx.aliases[g.ID]...)
		if g.Kind == KindCapital {
			if names, ok := lx.capitals[g.Country]; ok && g.ID == "capital:"+g.Country {
				g.Aliases = append(append(g.Aliases, g.Name), names[1:]...)
				g.Name = names[0]
			}
		}
		if g.Kind == KindOrg {
			// PETRARCH2's THE_UNITED_NATIONS is the lexicon's Verenigde
			// Naties: its other names join the lexicon entry
			if i, ok := owned[Fold(strings.TrimPrefix(g.Name, "The "))]; ok {
				for _, a := range g.Aliases {
					if !isOwned(a) && !hasAlias(&out[i], a) {
						out[i].Aliases = append(out[i].Aliases, a)
					}
				}
				continue
			}
		}
		if g.Kind == KindPerson || g.Kind == KindOrg {
			kept := g.Aliases[:0:0]
			for _, a := range g.Aliases {
				if !isOwned(a) {
					kept = append(kept, a)
				}
			}
			if isOwned(g.Name) && len(kept) == 0 {
				continue
			}
			g.Aliases = kept
		}
		if g.Kind == KindCapital || g.Kind == KindCity {
			cityIdx[g.ID] = len(out)
		}
		out = append(out, g)
	}
	for _, c := range lx.cities {
		found := false
		for _, i := range cityIdx {
			if hasAlias(&out[i], c.name) {
				out[i].Target = c.target
				found = true
			}
		}
		if !found && c.target != "" {
			out = append(out, Entry{ID: "city:" + slug(c.name), Name: c.name, Type: kroniekLOC,
				Country: c.country, Kind: KindCity, Target: c.target, Aliases: []string{c.name}})
		}
	}
	return out
}

func hasAlias(e *Entry, a string) bool {
	f := Fold(a)
	if Fold(e.Name) == f {
		return true
	}
	for _, x := range e.Aliases {
		if Fold(x) == f {
			return true
		}
	}
	return false
}
