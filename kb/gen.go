package kb

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek/nl"
)

// umpirskyLangs are the umpirsky locales whose country names become
// aliases; the first gives the Dutch display name.
var umpirskyLangs = []string{"nl", "nl_BE", "en", "de", "fr", "es", "it"}

// Generate builds the generated part of the knowledge base from the data
// beside the project (shared is the path of ../shared): countries and
// their capitals from the umpirsky and mledoze gazetteers, and office
// holders and international organisations from the PETRARCH2 actor
// dictionaries. The result is deterministic for the same input.
func Generate(shared string) ([]Entry, error) {
	gaz := filepath.Join(shared, "data", "gazetteer")
	names := map[string]map[string]string{} // lang -> ISO -> name
	for _, lang := range umpirskyLangs {
		m := map[string]string{}
		if err := readJSON(filepath.Join(gaz, "umpirsky", lang, "country.json"), &m); err != nil {
			return nil, err
		}
		names[lang] = m
	}
	var mled []mledozeCountry
	if err := readJSON(filepath.Join(gaz, "mledoze", "countries.json"), &mled); err != nil {
		return nil, err
	}
	iso3 := map[string]string{}
	var es []Entry
	var capitals, demonyms []Entry
	usedCity := map[string]bool{}
	for _, c := range mled {
		if c.CCA2 == "" {
			continue
		}
		iso3[c.CCA3] = c.CCA2
		e := Entry{ID: "country:" + c.CCA2, Type: kroniekLOC, Country: c.CCA2, Kind: KindCountry}
		e.Name = names["nl"][c.CCA2]
		if e.Name == "" {
			e.Name = c.Translations["nld"].Common
		}
		if e.Name == "" {
			e.Name = c.Name.Common
		}
		for _, lang := range umpirskyLangs {
			e.Aliases = append(e.Aliases, names[lang][c.CCA2])
		}
		e.Aliases = append(e.Aliases, c.Name.Common, c.Name.Official,
			c.Translations["nld"].Common, c.Translations["nld"].Official,
			c.Translations["deu"].Common, c.Translations["fra"].Common)
		for _, a := range c.AltSpellings {
			if a != c.CCA2 && a != c.CCA3 {
				e.Aliases = append(e.Aliases, a)
			}
		}
		e.Aliases = cleanAliases(e.Name, e.Aliases)
		es = append(es, e)
		var dem []string
		for _, lang := range []string{"eng", "fra"} {
			if d, ok := c.Demonyms[lang]; ok {
				dem = append(dem, d.M, d.F)
			}
		}
		if dem = cleanAliases("", dem); len(dem) > 0 {
			demonyms = append(demonyms, Entry{ID: "demonym:" + c.CCA2, Name: dem[0], Type: kroniekMISC,
				Country: c.CCA2, Kind: KindDemonym, Target: "country:" + c.CCA2, Aliases: dem})
		}
		if !c.Independent {
			continue // territories: their capitals are too often other words (Stanley, The Valley)
		}
		for i, capName := range c.Capital {
			id := "capital:" + c.CCA2
			kind := KindCapital
			if i > 0 {
				id, kind = "city:"+slug(capName), KindCity
			}
			if usedCity[id] {
				continue
			}
			usedCity[id] = true
			capitals = append(capitals, Entry{ID: id, Name: capName, Type: kroniekLOC, Country: c.CCA2,
				Kind: kind, Target: "country:" + c.CCA2, Aliases: cleanAliases(capName, nil)})
		}
	}
	es = append(es, capitals...)
	es = append(es, demonyms...)
	dict := filepath.Join(shared, "data", "events", "petrarch2", "petrarch2", "data", "dictionaries")
	used := map[string]bool{}
	for _, e := range es {
		used[e.ID] = true
	}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"} {
		actors, err := readActors(filepath.Join(dict, f))
		if err != nil {
			return nil, err
		}
		for _, a := range actors {
			e, ok := actorEntry(a, iso3)
			if !ok {
				continue
			}
			base := e.ID
			for n := 2; used[e.ID]; n++ {
				e.ID = fmt.Sprintf("%s-%d", base, n)
			}
			used[e.ID] = true
			es = append(es, e)
		}
	}
	// municipalities and towns, unless a place or another entry of the
	// generated part or the lexicon has their name
	taken := map[string]bool{}
	lx, err := readLexicon(lexiconFS)
	if err != nil {
		return nil, err
	}
	named := append(append([]Entry(nil), es...), lx.entries...)
	for _, e := range named {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			taken[Fold(a)] = true
		}
	}
	for _, c := range lx.cities {
		taken[Fold(c.name)] = true
	}
	for _, names := range lx.capitals {
		for _, n := range names {
			taken[Fold(n)] = true
		}
	}
	ms, err := municipalities(taken)
	if err != nil {
		return nil, err
	}
	return append(es, ms...), nil
}

type mledozeCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	Independent  bool     `json:"independent"`
	CCA3         string   `json:"cca3"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Translations map[string]struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"translations"`
	Demonyms map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read gazetteer: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	return nil
}

// cleanAliases drops empty, duplicate (after folding), too short and
// stop-word aliases and the display name itself, keeping order.
func cleanAliases(name string, as []string) []string {
	seen := map[string]bool{Fold(name): true}
	var out []string
	for _, a := range as {
		a = strings.TrimSpace(a)
		f := Fold(a)
		if f == "" || seen[f] || !plausibleAlias(a) {
			continue
		}
		seen[f] = true
		out = append(out, a)
	}
	return out
}

// plausibleAlias rejects aliases that would match ordinary words: one
// or two letters unless written as an acronym, and Dutch function words.
func plausibleAlias(a string) bool {
	letters, upper := LetterCase(a)
	if letters < 2 || (letters < 3 && upper < letters) {
		return false
	}
	return !nl.IsStopword(Fold(a))
}

// actor is one PETRARCH2 dictionary record: a primary name, its + aliases
// and its [CODE dates] roles.
type actor struct {
	name    string
	aliases []string
	roles   []string
	comment string
}

var roleRe = regexp.MustCompile(`\[([A-Z-]{3,})([^\]]*)\]`)

// readActors parses a TABARI-format .actors file.
func readActors(path string) ([]actor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open actors: %w", err)
	}
	defer f.Close()
	var out []actor
	var cur *actor
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		body, comment, _ := strings.Cut(line, "#")
		if strings.TrimSpace(body) == "" {
			continue
		}
		switch {
		case strings.HasPrefix(body, "+"):
			if cur != nil {
				name, _, _ := strings.Cut(body[1:], "[")
				cur.aliases = append(cur.aliases, strings.TrimSpace(name))
				cur.roles = append(cur.roles, roles(body)...)
			}
		case body[0] == ' ' || body[0] == '\t':
			if cur != nil {
				cur.roles = append(cur.roles, roles(body)...)
			}
		default:
			out = append(out, actor{comment: comment})
			cur = &out[len(out)-1]
			name, _, _ := strings.Cut(body, "[")
			cur.name = strings.TrimSpace(name)
			cur.roles = roles(body)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s line %d: %w", path, n, err)
	}
	return out, nil
}

func roles(s string) []string {
	var out []string
	for _, m := range roleRe.FindAllStringSubmatch(s, -1) {
		r := m[1]
		if d := strings.TrimSpace(m[2]); d != "" {
			r += " " + d
		}
		out = append(out, r)
	}
	return out
}

// orgWords mark a PETRARCH2 name as an organisation rather than a person.
var orgWords = setOf("ORGANIZATION", "ORGANISATION", "COMMISSION", "UNION", "COUNCIL", "FUND",
	"AGENCY", "ASSOCIATION", "INTERNATIONAL", "BANK", "COURT", "PARLIAMENT", "COMMITTEE", "PROGRAM",
	"PROGRAMME", "INSTITUTE", "FOUNDATION", "NATIONS", "TRIBUNAL", "OFFICE", "LEAGUE", "FEDERATION",
	"MOVEMENT", "PARTY", "FORCE", "FORCES", "ARMY", "MISSION", "SECRETARIAT", "COMMUNITY", "TREATY",
	"CENTER", "CENTRE", "NETWORK", "ALLIANCE", "ASSEMBLY", "GROUP", "PANEL", "CONFERENCE", "BOARD",
	"AUTHORITY", "MINISTRY", "DEPARTMENT", "SOCIETY", "CHURCH", "CONGRESS", "COOPERATION", "PARTNERSHIP",
	"WATCH", "CROSS", "CRESCENT", "RIGHTS", "ACTION", "REPRESENTATIVE", "RAPPORTEUR", "MONITOR",
	"PEACEKEEPER", "PEACEKEEPERS", "TROOPS", "CONTINGENT", "INITIATIVE", "THE", "OF", "FOR", "AND",
	"ADMINISTRATION", "SERVICE", "SERVICES", "BUREAU", "CORPORATION", "COMPANY", "SYSTEMS", "INSTITUTION",
	"UNIVERSITY", "COMMAND", "GUARD", "POLICE", "NAVY", "COAST", "AIRLINES", "AIRWAYS", "NEWS", "RADIO",
	"TELEVISION", "TIMES", "POST", "BRIGADE", "REGIMENT", "DIVISION", "SECURITY", "INC", "LTD", "AIR",
	"GOVERNMENT", "CABINET", "SENATE", "ASSEMBLY", "SCHOOL", "ACADEMY", "HOSPITAL", "FRONT", "BRIGADES")

// titleWords are English titles PETRARCH2 puts into aliases ("PRESIDENT
// VLADIMIR PUTIN"); such aliases never match Dutch text and are dropped.
var titleWords = setOf("PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "SECRETARY-GENERAL", "GENERAL",
	"KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "EMIR", "CHANCELLOR", "FOREIGN", "DEFENSE", "DEFENCE",
	"ACTING", "FORMER", "DEPUTY", "VICE", "LEADER", "AMBASSADOR", "CHAIRMAN", "SENATOR", "GOVERNOR",
	"MR", "MRS", "MS", "DR", "SIR", "LORD", "MAYOR", "SPEAKER", "CHIEF", "COLONEL", "HEAD", "RUSSIAN",
	"AMERICAN", "BRITISH", "FRENCH", "GERMAN", "CHINESE", "IRANIAN", "ISRAELI", "OPPOSITION")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// actorWords splits a PETRARCH2 name (VLADIMIR_V._PUTIN_) into words.
func actorWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' })
}

// titleCase turns PETRARCH2's upper-case words into a display name:
// VLADIMIR PUTIN → Vladimir Putin; particles stay lower case.
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && particles[lw] {
			out[i] = lw
			continue
		}
		rs := []rune(lw)
		up := true
		for j, r := range rs {
			if up && unicode.IsLetter(r) {
				rs[j] = unicode.ToUpper(r)
				up = false
			}
			if r == '-' || r == '\'' {
				up = true
			}
		}
		out[i] = string(rs)
	}
	return strings.Join(out, " ")
}

var particles = setOf("van", "de", "der", "den", "ter", "ten", "von", "du", "da", "di", "del", "la", "le", "bin", "al", "el", "y")

// actorEntry turns a PETRARCH2 actor into a person (a head of state or
// government, minister or other government office holder, or the head of
// an international organisation) or an international organisation.
func actorEntry(a actor, iso3 map[string]string) (Entry, bool) {
	words := actorWords(a.name)
	if len(words) == 0 || len(a.roles) == 0 {
		return Entry{}, false
	}
	isOrg := false
	for _, w := range words {
		if orgWords[w] {
			isOrg = true
		}
	}
	acronym := len(words) == 1 && (len(words[0]) <= 4 || !strings.ContainsAny(words[0], "AEIOUY")) &&
		!strings.ContainsAny(words[0], "-'.")
	var country, orgCountry string
	gov, igo, mnc, ngo, dated, eli := false, false, false, false, false, false
	for _, r := range a.roles {
		code, dates, _ := strings.Cut(r, " ")
		if dates != "" {
			dated = true
		}
		if code == "ELI" || strings.HasSuffix(code, "ELI") {
			eli = true
		}
		if len(code) >= 6 && code[3:6] == "GOV" {
			if c, ok := iso3[code[:3]]; ok {
				gov = true
				if country == "" {
					country = c
				}
			}
		}
		switch {
		case strings.HasPrefix(code, "IGO"):
			igo = true
		case strings.HasPrefix(code, "MNC"):
			mnc = true
			if len(code) >= 6 && orgCountry == "" {
				orgCountry = iso3[code[3:6]]
			}
		case strings.HasPrefix(code, "NGO"):
			ngo = true
		}
	}
	switch {
	case mnc || isOrg && (igo || ngo || gov) || acronym && (igo || ngo):
		// international organisations, NGOs and multinational companies
		name := titleCase(words)
		if acronym {
			name = words[0]
		}
		if orgCountry == "" && !igo {
			orgCountry = country
		}
		e := Entry{ID: "org:" + slug(name), Name: name, Type: kroniekORG, Country: orgCountry,
			Kind: KindOrg, Roles: a.roles}
		e.Aliases = actorAliases(a, name, acronym)
		if short := withoutLegalForm(words); short != nil {
			e.Aliases = cleanAliases(name, append(e.Aliases, titleCase(short)))
		}
		return e, true
	case ngo:
		return Entry{}, false // a person or group we cannot tell apart
	case gov || (igo && (dated || eli)):
		if len(words) < 2 {
			return Entry{}, false
		}
		for _, w := range words {
			if titleWords[w] {
				return Entry{}, false
			}
		}
		name := titleCase(words)
		e := Entry{ID: "person:" + slug(name), Name: name, Type: kroniekPER, Country: country,
			Kind: KindPerson, Roles: a.roles}
		e.Aliases = actorAliases(a, name, false)
		return e, true
	}
	return Entry{}, false
}

// legalForms end company names (ALCOA_INC): the name without them is
// how the news writes it.
var legalForms = setOf("INC", "INC.", "INCORPORATED", "CORPORATION", "CORP", "CORP.", "CO", "CO.",
	"COMPANY", "LTD", "LTD.", "LIMITED", "PLC", "AG", "SA", "NV", "BV", "GROUP", "HOLDINGS", "LLC")

// withoutLegalForm returns the words of a company name without its legal
// form, when what is left is specific enough: two words, or one of six
// letters or more.
func withoutLegalForm(words []string) []string {
	n := len(words)
	for n > 0 && legalForms[words[n-1]] {
		n--
	}
	if n == len(words) || n == 0 || n == 1 && len(words[0]) < 6 {
		return nil
	}
	return words[:n]
}

// actorAliases converts an actor's + aliases, dropping titled ones and,
// for persons, one-word aliases shorter than four letters.
func actorAliases(a actor, name string, keepShort bool) []string {
	var as []string
	for _, al := range a.aliases {
		ws := actorWords(al)
		titled := false
		for _, w := range ws {
			if titleWords[w] || strings.ContainsAny(w, "0123456789") {
				titled = true
			}
		}
		if titled || len(ws) == 0 || (len(ws) == 1 && len(ws[0]) < 4 && !keepShort) {
			continue
		}
		if len(ws) == 1 && len(ws[0]) <= 5 && keepShort {
			as = append(as, ws[0])
			continue
		}
		as = append(as, titleCase(ws))
	}
	as = cleanAliases(name, as)
	sort.Strings(as)
	return as
}

// municipalityFS holds the generator's own input: the municipalities of
// the Netherlands and Belgium and their main towns (kb/gen).
//
//go:embed gen/municipalities.tsv
var municipalityFS embed.FS

// municipalities makes a LOC entry (kind city) of every municipality and
// town in gen/municipalities.tsv whose name no other entry (taken) has. A
// name marked "?" is also a common word or a person's name and is left
// out, as is a given name.
func municipalities(taken map[string]bool) ([]Entry, error) {
	var es []Entry
	add := func(prefix, name, country string) {
		if strings.HasPrefix(name, "?") || name == "" {
			return
		}
		f := Fold(name)
		if taken[f] || !strings.Contains(name, " ") && isGiven(name) {
			return
		}
		taken[f] = true
		es = append(es, Entry{ID: prefix + strings.ToLower(country) + ":" + slug(name), Name: name,
			Type: kroniekLOC, Country: country, Kind: KindCity, Aliases: []string{name}})
	}
	err := eachRow(municipalityFS, "gen/municipalities.tsv", 3, func(f []string) error {
		if f[1] != "NL" && f[1] != "BE" {
			return fmt.Errorf("municipality %q: country %q is neither NL nor BE", f[0], f[1])
		}
		add("municipality:", f[0], f[1])
		if len(f) > 3 && f[3] != "" {
			for _, t := range strings.Split(f[3], "|") {
				add("town:", t, f[1])
			}
		}
		return nil
	})
	return es, err
}

// isGiven reports whether w is a common given name of the Dutch lexicon.
func isGiven(w string) bool {
	lw := strings.ToLower(w)
	return nl.Lex().Is(nl.Class("name_female"), lw) || nl.Lex().Is(nl.Class("name_male"), lw)
}
