package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// cabinetNumerals are the numbers of a premier's cabinets, in Roman and
// Arabic figures, by their Roman spelling.
var cabinetNumerals = map[string]string{
	"I": "I", "II": "II", "III": "III", "IV": "IV", "V": "V", "VI": "VI", "VII": "VII", "VIII": "VIII",
	"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V",
}

// cabinets marks the cabinets named after their premier: a family name
// and a numeral ("Rutte III", "Rutte-II", "kabinet-Rutte III", "het
// kabinet Balkenende IV"). A cabinet is an organisation, never the
// person it is named after, and each numeral is another cabinet; its
// name is "Rutte III" however it is written. The numeral the tagger
// left out is taken in ("kabinet-Rutte" + "III"), and a numeral alone
// is no name ("III" after "kabinet-Rutte"). A given name before the
// numeral is a monarch or pope, or a club named after one (Willem II,
// Carlos III), and stays what it was.
func cabinets(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		t := c.text(doc)
		if n, ok := cabinetNumerals[t]; c.entry == nil && ok && n == t {
			// a numeral alone: "III" the tagger split off "kabinet-Rutte
			// III"; after "Rutte-" it takes the family name in
			j := strings.LastIndexAny(doc.Text[:c.start], " \n(\"'")
			if c.start > 0 && doc.Text[c.start-1] == '-' && j < c.start-2 && (len(out) == 0 || out[len(out)-1].end <= j+1) {
				if b, _, _ := cabinetParts(doc.Text[j+1 : c.start-1]); b != "" {
					c.start = j + 1
					c.cabinet, c.typ = true, kroniek.ORG
					out = append(out, c)
				}
			}
			continue
		}
		base, num, prefixed := cabinetParts(t)
		if base == "" {
			out = append(out, c)
			continue
		}
		if num == "" {
			// the numeral after the name: "kabinet-Rutte III", "Rutte II"
			// when the tagger took the family name alone
			rest := doc.Text[c.end:]
			if len(rest) > 1 && (rest[0] == ' ' || rest[0] == '-') {
				w := rest[1:]
				j := 0
				for j < len(w) && (w[j] >= 'A' && w[j] <= 'Z' || w[j] >= '0' && w[j] <= '9') {
					j++
				}
				if n, ok := cabinetNumerals[w[:j]]; ok && j > 0 && (j == len(w) || !isWordByte(w[j])) && (prefixed || n == w[:j]) {
					num = n
					c.end += 1 + j
					for i+1 < len(cs) && cs[i+1].start < c.end {
						i++ // the numeral, or a name the tagger made of it
					}
				}
			}
		}
		if num == "" && !prefixed {
			out = append(out, c)
			continue
		}
		if c.entry != nil && c.entry.Kind != kb.KindPerson {
			out = append(out, c) // a known body or place with a number
			continue
		}
		c.cabinet = true
		c.typ = kroniek.ORG
		c.entry, c.weak, c.fromKB, c.role = nil, false, false, ""
		out = append(out, c)
	}
	return out
}

// cabinetParts splits a mention into a premier's family name and the
// cabinet's numeral in Roman figures ("" when it has none), and reports
// whether "kabinet" opened it. base is "" when it names no cabinet.
func cabinetParts(t string) (base, num string, prefixed bool) {
	lt := strings.ToLower(t)
	for _, p := range []string{"kabinet-", "kabinet "} {
		if strings.HasPrefix(lt, p) {
			t, prefixed = t[len(p):], true
			break
		}
	}
	if i := strings.LastIndexAny(t, " -"); i > 0 {
		if n, ok := cabinetNumerals[t[i+1:]]; ok {
			if !prefixed && t[i+1:] != n {
				return "", "", false // Formule 1, Covid-19: a figure makes no cabinet without "kabinet"
			}
			t, num = t[:i], n
		}
	}
	if strings.ContainsAny(t, " -'’.") || len(t) < 3 || !startsUpper(t) || strings.ToUpper(t) == t || isGivenName(t) {
		return "", "", false
	}
	if num == "" && !prefixed {
		return t, "", false // a family name: a numeral may follow it
	}
	return t, num, prefixed
}

// cabinetName is the name a cabinet mention is compared by: "Rutte III"
// for "kabinet-Rutte III" and "Rutte-III"; "kabinet-Rutte" alone stays so.
func cabinetName(t string) string {
	base, num, _ := cabinetParts(t)
	if base == "" || num == "" {
		return t
	}
	return base + " " + num
}

// isWordByte reports whether b is an ASCII letter or digit, or the first
// byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// interjections are spoken fillers a capital makes look like names:
// ",,Uh, ik mag hopen van niet."
var interjections = setOf("uh", "uhm", "eh", "ehm", "hm", "hmm", "tja", "ach", "och", "oh", "ah", "hè", "huh", "oeps", "jeetje", "nou",
	// English words a quote or a slogan opens with (",,Yes! Yes!", "What
	// doesn't kill you …", "'This is MAGA country'"): no name alone
	"yes", "what", "this", "her", "his", "why", "how", "when", "where", "who", "it's")

// commonTerms are abbreviations of common nouns written in capitals,
// no names of anything: chemical formulas (CO2, the most frequent of
// them in the news, also mistyped with a zero: C02), measures (IQ, BMI), conditions (ADHD, PTSS),
// fields (ICT) and generations of mobile networks (4G, 5G, with the
// full stop a tagger takes along at a sentence's end). General knowledge, as a dictionary lists them in lower
// case (kooldioxide, intelligentiequotiënt).
var commonTerms = setOf("co2", "c02", "no2", "nox", "n2o", "so2", "ch4", "h2o", "pm10", "iq", "bmi", "adhd", "ptss", "copd", "hiv", "aids", "ict", "btw", "gps",
	"2g", "3g", "4g", "5g", "2g.", "3g.", "4g.", "5g.")

// commonHeads end compounds that are common nouns however capitalised
// the name in them: a page, a message or a debate on a name
// (Facebookpagina, Twitterbericht, Kamerdebat), its supporters or
// travellers (Juventusfan, Syriëgangers), a majority or questions of a
// body (Kamermeerderheid, Kamervragen), its committees, seats and letters
// (Kamercommissie, Kamerzetels, Kamerbrief), a fight at an event
// (Boekenbalvechtpartij). The golds count no compound as a form.
var commonHeads = []string{"pagina", "pagina's", "account", "accounts", "bericht", "berichten", "filmpje", "filmpjes",
	"video", "video's", "tweet", "tweets", "debat", "debatten", "fan", "fans", "supporter", "supporters", "gangers",
	"ganger", "vragen", "meerderheid", "vechtpartij", "claimanten", "stuk",
	"commissie", "fractie", "zetel", "zetels", "bankjes", "brief", "brieven", // a committee, a group or a letter of a body (Kamercommissie, Kamerbrief)
	// a deal, a campaign, talks, an effect or an era named after a name
	// (Brexitdeal, Junckercampagne, Brexitgesprekken, Baudeteffect,
	// Sovjettijdperk), its staff, users, drivers, fighters, followers or
	// members (Ryanairpersoneel, Facebookgebruiker, Uberchauffeurs,
	// Dogonstrijders, GroenLinksaanhang, Fideszlidmaatschap), its products
	// and reports (Unileverproducten, Instagramverslagen)
	"deal", "deals", "campagne", "campagnes", "gesprek", "gesprekken", "effect", "schok", "kwestie", "tijdperk",
	"deadline", "variant", "varianten", "personeel", "gebruiker", "gebruikers", "chauffeur", "chauffeurs",
	"sporters", "herders", "strijders", "jagers", "aanhang", "lidmaatschap", "generatie", "held", "helden",
	"producten", "verslagen", "tournee"}

// commonCompound reports whether one word is such a compound: a head of
// commonHeads after four letters or more (not Fan, Stuk alone), written
// in lower case, and no given name (Stefan).
func commonCompound(w string) bool {
	lw := strings.ToLower(w)
	// the head in lower case: a capital on it names a body
	// (KlimaatGesprekken, AccorHotels), not one before it (GroenLinksaanhang)
	return !isGivenName(w) && slices.ContainsFunc(commonHeads, func(h string) bool {
		return len(lw) >= len(h)+4 && strings.HasSuffix(lw, h) && strings.HasSuffix(w, h)
	})
}

// memberSuffixes end the Dutch nouns of a member, a follower or an
// inhabitant written with a capital: Republikein, Democraat, Ajacied,
// Bosschenaar, Afrikaan, Anglofoob (not -er: een Fokker is a plane).
var memberSuffixes = []string{"ein", "aat", "ied", "naar", "aan", "oob"}

// oneOfGroup reports whether one word after an indefinite article ("een",
// "geen", "elke", "iedere") is the noun of a member of a party, a club's
// supporter or an inhabitant, not a name: "Mueller - zelf een Republikein
// -", "In werkelijkheid is hij een Ajacied", "een Bosschenaar". A given
// name stays (een Johan).
func oneOfGroup(doc *nl.Doc, c cand) bool {
	t := c.text(doc)
	if strings.ContainsAny(t, " -") || strings.ToUpper(t) == t || isGivenName(t) || utf8.RuneCountInString(t) < 6 {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 || doc.Tokens[ti].End != c.end {
		return false
	}
	switch strings.ToLower(doc.Tokens[ti-1].Text) {
	case "een", "geen", "elke", "iedere", "ieder":
	default:
		return false
	}
	lw := strings.ToLower(t)
	return slices.ContainsFunc(memberSuffixes, func(s string) bool { return strings.HasSuffix(lw, s) })
}

// describedCompound reports whether a name of two words or more is a
// common compound (commonCompound) after adjectives or the ordinal of a
// chamber: "Arnhemse Syriëgangers", "Nieuwe Syriëgangers", "zijn Tweede
// Kamerfractie", "hoeveel Eerste Kamerzetels". An acronym after it makes
// it a name (de Onafhankelijke Senaatsfractie (OSF)).
func describedCompound(doc *nl.Doc, c cand) bool {
	ws := strings.Fields(c.text(doc))
	if len(ws) < 2 || !commonCompound(ws[len(ws)-1]) || acronymAfter(doc, c.end) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		lw := strings.ToLower(w)
		if lw != "eerste" && lw != "tweede" && (!strings.HasSuffix(lw, "e") || lw == "de" || !doc.CommonWord(lw)) {
			return false
		}
	}
	return true
}

// acronymAfter reports whether an acronym in brackets follows offset
// end: a compound introduced so is a name (Bouwbegeleidingscommissie
// (BBC)).
func acronymAfter(doc *nl.Doc, end int) bool {
	rest, ok := strings.CutPrefix(doc.Text[end:], " (")
	if !ok {
		return false
	}
	acr, _, ok := strings.Cut(rest, ")")
	return ok && len(acr) >= 2 && len(acr) <= 8 && upperCount(acr)*2 > len(acr)
}

// kinAddress are the words of kin a child calls them by, capitalised as
// names but common nouns: "Mama zet je op je voetjes" and "Mama, ik ga
// het vandaag doen" (each a different mother); not the acronym OMA.
var kinAddress = setOf("mama", "mam", "mammie", "papa", "pap", "pappie", "opa", "oma")

// battleWords open the names of battles and sieges, a preposition and a
// place after them: de Slag om Arnhem, het Beleg van Leiden.
var battleWords = setOf("Slag", "Beleg")

// cleanNonNames takes out of a name what is none of it, and drops the
// words that are no names at all:
//   - an interjection (Uh), a word of kin (Mama), an abbreviation of a common noun (CO2, IQ,
//     ADHD) or a word stressed with an accent that the
//     article also writes plain in lower case (Oók for ook);
//   - the W of "B en W." (burgemeester en wethouders) read as an initial
//     before the next sentence's name;
//   - a common noun that opens the sentence before a name the article
//     also uses alone ("Pionier Fastned moet …" beside "Fastned");
//   - one word that opens a sentence or a quote which the tagger reads as
//     a common word (openingCommonWord);
//
// and it types what it can from the shape: a battle with its place ("de
// Slag om Arnhem") is one MISC name, and one word glued of two
// capitalised words, a long one first (LokaalHengelo, GroenLinks), is no
// person.
func cleanNonNames(doc *nl.Doc, cs []cand, lower, midCap func(string) bool) []cand {
	alone, lastWords := map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		if t := c.text(doc); !strings.Contains(t, " ") {
			alone[t] = true
		} else {
			lastWords[t[strings.LastIndexByte(t, ' ')+1:]] = true
		}
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		t := c.text(doc)
		if end, ok := gluedOpener(doc, c); ok {
			c.end = end // "in Nederland Sinds het begin …": the next sentence's first word
			t = c.text(doc)
		}
		if citedWord(doc, c) {
			continue // "de woorden 'Veiligheid' en 'Justitie'": a word, not a name
		}
		if c.entry == nil && describedCompound(doc, c) {
			continue // "Arnhemse Syriëgangers", "zijn Tweede Kamerfractie": a common noun
		}
		if c.entry == nil && oneOfGroup(doc, c) {
			continue // "zelf een Republikein", "een Ajacied": one of a group, not its name
		}
		if c.entry == nil && !strings.ContainsAny(t, " -") {
			lw := strings.ToLower(t)
			if interjections[lw] || commonTerms[lw] || kinAddress[lw] && strings.ToUpper(t) != t || commonCompound(t) && strings.ToUpper(t) != t && !acronymAfter(doc, c.end) {
				continue
			}
			if f := kb.Fold(lw); f != lw && lower(f) && !lower(lw) {
				continue // Oók, Ók: stress on a plain word
			}
			if openingCommonWord(doc, c, midCap, lastWords) {
				continue // ",,Flauwekul!", "Saillant is de timing"
			}
			if ellipticCompass(doc, c) {
				continue // "via West- en Oost-Europa": half of a region's name
			}
			if midCap != nil && afterHeadingRun(doc, c, lower, lastWords) {
				continue // "Emotioneel in balans Mensen die …": a subheading run into the text
			}
		}
		// "B en W. LokaalHengelo neemt …"
		if len(t) > 3 && t[1] == '.' && t[2] == ' ' && t[0] >= 'A' && t[0] <= 'Z' && c.start >= 5 && (strings.HasSuffix(doc.Text[:c.start], " en ") || strings.HasSuffix(doc.Text[:c.start], "&")) {
			if b := strings.TrimRight(doc.Text[:c.start], " &en"); len(b) > 0 && b[len(b)-1] >= 'A' && b[len(b)-1] <= 'Z' && (len(b) == 1 || b[len(b)-2] == ' ') {
				c.start += 3
				t = c.text(doc)
				if !strings.Contains(t, " ") && lower(strings.ToLower(t)) {
					continue // "… type A, C, W en Y. Gisteren was …": a word
				}
			}
		}
		// "Pionier Fastned moet …" beside "Fastned"; a class noun so
		// after a dash types the name ("petitie - Jongerenbeweging
		// Exxpose wil …" beside "Exxpose")
		if sp := strings.IndexByte(t, ' '); sp > 0 && c.entry == nil && c.role == "" && !strings.Contains(t[sp+1:], " ") && alone[t[sp+1:]] {
			ti := tokenIndex(doc, c.start)
			opens := ti >= 0 && (ti == 0 || sentenceStart(doc, ti) || dashOrColon(doc.Tokens[ti-1].Text))
			class := classOf(t[:sp])
			if opens && !isGivenName(t[:sp]) && (doc.Tokens[ti].POS == nl.NOUN && lower(strings.ToLower(t[:sp])) || headingWord(doc, t[:sp]) || class != "") {
				c.start += sp + 1
				t = c.text(doc)
				if class != "" {
					c.typ, c.classTyped = class, true
				}
			}
		}
		if battleWords[t] {
			rest := doc.Text[c.end:]
			for _, p := range []string{" om de ", " om het ", " om ", " bij ", " van ", " aan de "} {
				if strings.HasPrefix(rest, p) && startsUpper(rest[len(p):]) {
					end := c.end + len(p)
					for end < len(doc.Text) && !strings.ContainsRune(" ,.;:!?)'\"\n", rune(doc.Text[end])) {
						end++
					}
					c.end, c.typ, c.classTyped = end, kroniek.MISC, true
					for i+1 < len(cs) && cs[i+1].start < c.end {
						c.end = max(c.end, cs[i+1].end)
						i++
					}
					break
				}
			}
		}
		if end, ok := ofTitle(doc, c, lower); ok {
			c.end = end // "de Orde van de Nederlandse Leeuw", "de Partij voor Zeeland"
			for i+1 < len(cs) && cs[i+1].start < c.end {
				c.end = max(c.end, cs[i+1].end)
				i++
			}
			t = c.text(doc)
		}
		if c.entry == nil && c.typ == kroniek.PER && gluedCompound(t) {
			c.typ = kroniek.ORG
		}
		out = append(out, c)
	}
	// "Roos" beside "Roos Verschuur": the given name of the article's one
	// person of that name, not a place the tagger took it for
	firsts := map[string]int{}
	for _, c := range out {
		if t := c.text(doc); c.entry == nil && givenShape(t) {
			firsts[t[:strings.IndexByte(t, ' ')]]++
		}
	}
	for i := range out {
		c := &out[i]
		t := c.text(doc)
		if c.entry != nil || c.typ != kroniek.LOC || firsts[t] != 1 {
			continue
		}
		if ti := tokenIndex(doc, c.start); ti > 0 && placeWords[strings.ToLower(doc.Tokens[ti-1].Text)] {
			continue // "naar Roos": a place after all
		}
		c.typ = kroniek.PER
	}
	return out
}

// sentenceStarters open a sentence after a subheading run into the text.
var sentenceStarters = setOf("Ook", "De", "Het", "Een", "Maar", "In", "Dat", "Die", "Er", "Hoe", "Wat", "Zo", "Toen", "Nu", "Als", "Want", "Dan")

// headingWord reports whether w stands somewhere in the text as a
// subheading run into the next sentence: "… blijken. Pionier Ook de
// groei …".
func headingWord(doc *nl.Doc, w string) bool {
	for i := 0; i+2 < len(doc.Tokens); i++ {
		if doc.Tokens[i].Text == w && sentenceStarters[doc.Tokens[i+1].Text] && startsLower(doc.Tokens[i+2].Text) && (i == 0 || sentenceStart(doc, i)) {
			return true
		}
	}
	return false
}

// gluedCompound reports whether a one-word name is two capitalised words
// glued, the first of four letters or more: LokaalHengelo, GroenLinks,
// not McDonald, DiCaprio or MacArthur.
func gluedCompound(t string) bool {
	if strings.ContainsAny(t, " -'’.") {
		return false
	}
	run := 0
	for i, r := range t {
		if i == 0 {
			if !startsUpper(string(r)) {
				return false
			}
			run = 1
			continue
		}
		if startsUpper(string(r)) {
			return run >= 4 && len([]rune(t[i:])) >= 3
		}
		run++
	}
	return false
}

// foreignParticles stand between a given name and a family name the
// tagger splits in two ("Khadija al Mourabit", "Rachid el Messaoudi",
// "Badr bin Abdullah"); Dutch words (van, de, in, ben) are left out, as
// they also join a person to a place or a body.
var foreignParticles = setOf("al", "el", "bin", "ibn", "bint", "da", "di", "del", "della", "dos", "das", "du", "le", "la", "von")

// joinParticleNames joins a given name or the tagger's one-word person and the name right after it
// across one foreign particle into one person: "Khadija al Mourabit". k may be nil.
func joinParticleNames(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) {
			d := cs[i+1]
			gap := doc.Text[c.end:min(d.start, len(doc.Text))]
			if c.end <= d.start && c.entry == nil && d.entry == nil && d.typ != kroniek.LOC && !strings.Contains(c.text(doc), " ") &&
				(isGivenName(c.text(doc)) || c.typ == kroniek.PER) && len(gap) >= 3 && gap[0] == ' ' && gap[len(gap)-1] == ' ' && foreignParticles[gap[1:len(gap)-1]] && startsUpper(d.text(doc)) {
				c.end, c.typ = d.end, kroniek.PER
				out = append(out, c)
				i++
				continue
			}
			// "Anco Scholte ter Horst", "Jan de Rijk Logistics": the tagger
			// broke a name at its particle (or took the particle along:
			// "Jan de" and "Rijk Logistics")
			if p, first, ok := brokenAt(doc, c, d); ok && c.entry == nil && d.entry == nil && startsUpper(d.text(doc)) &&
				(k == nil || len(k.Lookup(d.text(doc))) == 0) &&
				(strings.Contains(d.text(doc), " ") == (d.typ == kroniek.ORG || d.typ == kroniek.LOC) || d.typ == kroniek.MISC) &&
				((p == "ter" || p == "ten") && c.typ == kroniek.PER && !strings.Contains(d.text(doc), " ") ||
					p == "de" && !strings.Contains(first, " ") && isGivenName(first)) {
				c.end, c.typ = d.end, kroniek.PER
				if strings.Contains(d.text(doc), " ") {
					c.typ = kroniek.ORG // a firm named after its founder
				}
				out = append(out, c)
				i++
				continue
			}
			// "Charlotte van L.": a person whose family name the paper
			// abbreviates, the initial dropped or split off by the tagger
			if end := initialFamilyEnd(doc, c); end > 0 {
				c.end, c.typ = end, kroniek.PER
				for i+1 < len(cs) && cs[i+1].start < end {
					i++
				}
				out = append(out, c)
				continue
			}
			// "Donny van de Beek", "Beau van Erven Dorens", "Wybren van
			// Haga": the tagger broke a person's name at its Dutch particles
			// and typed the halves anything
			if vanName(doc, cs, i, k) {
				c.end, c.typ = d.end, kroniek.PER
				out = append(out, c)
				i++
				continue
			}
			// "de Johan de Wittlaan": a street named after a person
			if c.end <= d.start && c.entry == nil && !strings.Contains(c.text(doc), " ") && isGivenName(c.text(doc)) && d.typ == kroniek.LOC &&
				!strings.Contains(d.text(doc), " ") && streetWord(d.text(doc)) && len(gap) >= 3 && strings.TrimSpace(gap) != "" &&
				allParticles(strings.Fields(gap)) && gap[0] == ' ' && gap[len(gap)-1] == ' ' {
				c.end, c.typ, c.classTyped = d.end, kroniek.LOC, true
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// initialFamilyEnd returns the end of "van L." after c, a given name or
// the tagger's one-word person: Dutch particles of a family name, then
// the family name's initial and its period ("Charlotte van L.",
// "Aaldert van E."), or 0 when none follows.
func initialFamilyEnd(doc *nl.Doc, c cand) int {
	t := c.text(doc)
	if c.entry != nil || c.role != "" || strings.ContainsAny(t, " -.") || !isGivenName(t) && c.typ != kroniek.PER {
		return 0
	}
	rest := doc.Text[c.end:]
	for _, p := range []string{"van der", "van den", "van de", "van 't", "van", "de", "den", "der", "ter", "ten"} {
		r, ok := strings.CutPrefix(rest, " "+p+" ")
		if !ok {
			continue
		}
		if len(r) >= 2 && r[0] >= 'A' && r[0] <= 'Z' && r[1] == '.' && (len(r) == 2 || !isWordByte(r[2])) {
			return c.end + len(rest) - len(r) + 2
		}
		return 0
	}
	return 0
}

// recursAsPerson reports whether the article names a person, elsewhere
// than cs[i] and cs[i+1], by the family name with its particles ("Van de
// Beek", "van de Beek") or by the whole name cs[i] + particles + last.
func recursAsPerson(doc *nl.Doc, cs []cand, i int, particles, last string) bool {
	family := particles + last // "van de Beek"
	whole := cs[i].text(doc) + " " + family
	for j, o := range cs {
		if j == i || j == i+1 || o.typ != kroniek.PER {
			continue
		}
		if t := o.text(doc); t == whole || strings.EqualFold(t[:min(len(t), 1)], family[:1]) && t[1:] == family[1:] {
			return true
		}
	}
	return false
}

// vanParticles are the particles that join a given name to a family
// name starting with van, ter or ten: van, van de, van der, van den, van
// 't, ter, ten. "de" alone is brokenAt's; "het" is no particle.
var vanParticles = setOf("van", "van de", "van der", "van den", "van 't", "ter", "ten")

// vanName reports whether mentions cs[i] and cs[i+1] are one person's
// name the tagger broke at van, ter or ten: a one-word name no
// knowledge-base entry knows and that is no family name of another
// person of the article ("Schreuders van de Vriendenloterij" is a
// person of a body), then the particles, then a family name of one word
// the tagger took for a person or a place (no acronym, no class noun:
// "Pierre van de Vredeskerk" is the church's priest) or of two words it
// took for a person, no given name opening them ("Astrid van Willem
// Holleeder" names two people), never after another particle ("Aard van
// Alsté van Domain Twente") nor when the family name is another
// person's of the article ("Kamerbrief van Wiebes" beside Eric Wiebes);
// a place's name opens no person ("Grootkruis van Verdienste"). Neither
// half is a name the knowledge
// base knows: "Koolmees van Sociale Zaken", "burgemeester Krewinkel van
// Heerlen".
func vanName(doc *nl.Doc, cs []cand, i int, k *kb.KB) bool {
	c, d := cs[i], cs[i+1]
	if c.end >= d.start || c.entry != nil || d.entry != nil || c.role != "" || d.role != "" || c.byline || d.byline {
		return false
	}
	gap := doc.Text[c.end:d.start]
	if len(gap) < 3 || gap[0] != ' ' || gap[len(gap)-1] != ' ' || !vanParticles[gap[1:len(gap)-1]] {
		return false
	}
	first, last := c.text(doc), d.text(doc)
	if lf := strings.ToLower(first); classOf(first) != "" || institutionShort[lf] || bodyNouns[lf] || placeNouns[lf] {
		return false // "Staten van Velkamp"
	}
	if strings.ContainsAny(first, " -.") || strings.ToUpper(first) == first || !startsUpper(first) || !startsUpper(last) ||
		strings.ToUpper(last) == last || strings.ContainsAny(last, ".0123456789") {
		return false
	}
	if c.typ == kroniek.LOC {
		return false // "Grootkruis van Verdienste" is no person
	}
	if ti := tokenIndex(doc, c.start); ti > 0 && familyParticles[doc.Tokens[ti-1].Text] {
		return false // "Aard van Alsté van Domain Twente": c is a family name already
	}
	lw := strings.Fields(last)
	recurs := len(lw) == 1 && classOf(last) == "" && recursAsPerson(doc, cs, i, gap[1:], last)
	switch {
	case recurs:
		// "Donny van de Beek" the tagger typed two things, beside "Van de Beek"
	case len(lw) == 1:
		if d.typ != kroniek.PER && d.typ != kroniek.LOC || classOf(last) != "" {
			return false
		}
	case len(lw) == 2:
		// "Beau van Erven Dorens", not "Essentialism van Greg McKeown"
		if d.typ != kroniek.PER || c.typ != kroniek.PER && !isGivenName(first) || isGivenName(lw[0]) || classOf(lw[1]) != "" {
			return false
		}
	default:
		return false
	}
	if k != nil && (len(k.Lookup(first)) > 0 || !recurs && len(k.Lookup(last)) > 0) {
		return false
	}
	for j, o := range cs {
		if j == i {
			continue
		}
		if ws := strings.Fields(o.text(doc)); o.typ == kroniek.PER && len(ws) >= 2 && (ws[len(ws)-1] == first || len(lw) == 1 && ws[len(ws)-1] == last && ws[0] != first && !particles[strings.ToLower(ws[0])]) {
			return false // the family name of another person of the article: "Kamerbrief van Wiebes"
		}
	}
	return true
}

// joinAdjacent joins two names the tagger split with one space between
// them into one name: "Passenger Car Association", "Aanpassingswet AVG",
// "Waarborgfonds Sociale Woningbouw", and a body's name and the place of
// its branch ("Damen Shiprepair Amsterdam", "Stichting Topvoetbal
// Oostzaan"). Neither is a person (a letter's signature and its place
// stay two) and neither a name the knowledge base knows, but for a
// place after an unknown body; a name said twice is a heading's echo,
// and a given name after a name opens a person's ("Muziekgebouw Frits
// Philips" cut short).
// The whole takes the type of its last name, the head of the name in
// Dutch and English, or the first's after an acronym or a place.
func joinAdjacent(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) {
			d := cs[i+1]
			place := d.entry != nil && d.typ == kroniek.LOC && c.typ == kroniek.ORG
			if d.start == c.end+1 && doc.Text[c.end] == ' ' && c.entry == nil && (d.entry == nil || place) &&
				c.typ != kroniek.PER && d.typ != kroniek.PER && c.typ != "" && c.role == "" && d.role == "" &&
				!c.byline && !d.byline && !c.cabinet && !d.cabinet && c.text(doc) != d.text(doc) && !isGivenName(strings.Fields(d.text(doc))[0]) &&
				!startsSentence(doc, d.start) {
				if t := d.text(doc); !place && d.typ != "" && strings.ToUpper(t) != t {
					c.typ = d.typ
				}
				c.end, c.classTyped, c.ofJoined = d.end, c.classTyped || d.classTyped, c.ofJoined || d.ofJoined
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// brokenAt returns the particle between mentions c and d that the
// tagger broke one name at, and c's text without it: " ter " between
// them, or c's own last word ("Jan de" before "Rijk Logistics"). Ter and
// ten join no person to anything but his family name; "de" does after a
// given name alone, when the name after it is no body the knowledge base
// knows and has a person's or a firm's shape (one word typed a body or a
// place is an object: "gaf Jan de Kamer een brief").
func brokenAt(doc *nl.Doc, c, d cand) (particle, first string, ok bool) {
	if c.end >= d.start {
		return "", "", false
	}
	gap := doc.Text[c.end:d.start]
	t := c.text(doc)
	if gap == " " {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 || !familyParticles[t[i+1:]] {
			return "", "", false
		}
		return t[i+1:], t[:i], true
	}
	if len(gap) < 3 || gap[0] != ' ' || gap[len(gap)-1] != ' ' || strings.Count(gap, " ") != 2 {
		return "", "", false
	}
	return gap[1 : len(gap)-1], t, true
}

// streetWords end the names of streets named after a person: Johan de
// Wittlaan, Van Oldenbarneveltstraat.
var streetWords = []string{"laan", "straat", "weg", "plein", "kade", "gracht", "singel", "dreef"}

// streetWord reports whether a capitalised word ends in a street noun.
func streetWord(w string) bool {
	lw := strings.ToLower(w)
	for _, h := range streetWords {
		if strings.HasSuffix(lw, h) && len(lw) > len(h)+2 {
			return true
		}
	}
	return false
}

// allParticles reports whether every word is a family name's particle.
func allParticles(ws []string) bool {
	for _, w := range ws {
		if !familyParticles[strings.ToLower(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// openingCommonWord reports whether c is one word at the start of a
// sentence or right after an opening quote, where Dutch capitalises
// every word, that the tagger reads as a common word (a noun, adjective,
// verb, adverb or interjection, not a proper noun) and that the article
// never writes capitalised inside a sentence: ",,Hoogstens een paar",
// "Saillant is de timing", "Vleeswroeging (8 procent) komt …". Given
// names, knowledge-base names (the caller leaves them), words written in
// capitals, a family name the article gives a person (Segers beside
// Gert-Jan Segers), a possessive of a name (Baudets woning) and a
// nickname in quotes in brackets ("('Lip')"), a name after a rank
// ("2. Valverde") or after a name's exclamation mark ("UP! Network")
// stay. A nil midCap (a
// headline) keeps every word.
// citedWord reports whether a one-word name stands alone between quotation
// marks and is a common word of the lexicons: a word cited as a word ("de woorden 'Veiligheid' en
// 'Justitie'", "Hoe 'Justitie' weer de macht greep" of a ministry's new
// name), or a pet's name ("haar kat 'Brexit'"), never the name of the
// thing it is elsewhere. A person's name, a nickname in brackets ("Iliass
// K. ('Lip')") and a name of more words stay.
func citedWord(doc *nl.Doc, c cand) bool {
	t := c.text(doc)
	if c.typ == kroniek.PER || c.entry != nil && c.entry.Kind == kb.KindPerson || strings.ContainsAny(t, " -") || strings.ToUpper(t) == t {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 || ti+1 >= len(doc.Tokens) || doc.Tokens[ti].End != c.end {
		return false
	}
	open, shut := doc.Tokens[ti-1], doc.Tokens[ti+1]
	if !nl.IsQuoteToken(open.Text) || !nl.IsQuoteToken(shut.Text) || open.End != c.start || shut.Start != c.end {
		return false
	}
	if ti >= 2 && doc.Tokens[ti-2].Text == "(" {
		return false
	}
	return doc.CommonWord(strings.ToLower(t))
}

func openingCommonWord(doc *nl.Doc, c cand, midCap func(string) bool, lastWords map[string]bool) bool {
	t := c.text(doc)
	if midCap == nil || c.role != "" || c.classTyped || strings.ToUpper(t) == t || isGivenName(t) || midCap(t) || lastWords[t] {
		return false
	}
	if stem, ok := strings.CutSuffix(t, "s"); ok && (midCap(stem) || lastWords[stem]) {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 0 || doc.Tokens[ti].Start != c.start {
		return false
	}
	if doc.Tokens[ti].End != c.end {
		// the first part of a compound at a sentence's start
		// ("Collega-politici: onacceptabel", "Olie-installaties
		// zorgden", "Bouw- en woningtoezicht"): a word when the lexicons
		// know it as one
		return compoundOpening(doc, c) && startsSentence(doc, c.start) && doc.CommonWord(t)
	}
	if ti > 0 {
		p := doc.Tokens[ti-1]
		if rankBefore(doc, ti) {
			return false // "8.23.50, 2. Valverde +2.47": a ranking
		}
		if (p.Text == "!" || p.Text == "?") && ti >= 2 && doc.Tokens[ti-2].End == p.Start && startsUpper(doc.Tokens[ti-2].Text) {
			return false // "UP! Network": a name with an exclamation mark
		}
	}
	if !startsSentence(doc, c.start) {
		if ti > 0 && spacedDash(doc, ti-1) {
			// "drie boodschappen: - Breng oude fietsen …; - Breng …": a
			// dash opens a clause, and a word the lexicons know opens it
			// as a sentence's first word does (not a name: "- Trump dreigt")
			return !isPortfolio(t) && (doc.CommonWord(t) || imperative(doc, ti))
		}
		if ti == 0 || !nl.IsQuoteToken(doc.Tokens[ti-1].Text) {
			return false
		}
		if ti >= 2 && doc.Tokens[ti-2].Text == "(" {
			return false // "Iliass K. ('Lip')": a nickname
		}
	}
	switch doc.Tokens[ti].POS {
	case nl.NOUN, nl.ADJ, nl.VERB, nl.ADV, nl.INTJ, nl.ADP, nl.PRON, nl.DET, nl.AUX, nl.SCONJ, nl.CCONJ:
		return true
	}
	// the tagger reads most capitalised words as names (Oorsuizen,
	// Spinnengedrag, Hoofdspreker); the lemmatiser's lexicons know them as
	// words, and a ministry's portfolio ("Justitie eist …") stays a name
	return !isPortfolio(t) && !quotedTitle(doc, ti) && (doc.CommonWord(t) || imperative(doc, ti))
}

// imperative reports whether token ti opening a clause is a verb's stem
// giving an order: its form with -t is a word the lexicons know and a
// word in lower case follows ("Breng oude fietsen", "Combineer een
// taks"). The caller keeps a family name the article gives a person in
// full ("Klink zei" beside Erik Klink) and given names (Wil).
func imperative(doc *nl.Doc, ti int) bool {
	w := doc.Tokens[ti].Text
	if strings.HasSuffix(w, "t") || ti+1 >= len(doc.Tokens) {
		return false
	}
	n := doc.Tokens[ti+1]
	return n.Kind == nl.Word && startsLower(n.Text) && doc.CommonWord(w+"t")
}

// spacedDash reports whether token ti is a dash with a space or the
// text's start before it: "boodschappen: - Breng", not the hyphen of a
// word cut at a line break ("Rotterdam- Zuid").
func spacedDash(doc *nl.Doc, ti int) bool {
	d := doc.Tokens[ti]
	if d.Text != "-" && d.Text != "–" && d.Text != "—" {
		return false
	}
	return d.Start == 0 || doc.Text[d.Start-1] == ' ' || doc.Text[d.Start-1] == '\n'
}

// afterHeadingRun reports whether c is one common word that opens a
// sentence right after a subheading run into the text: "… subjectieve
// beleving. Emotioneel in balans Mensen die …". The run is one to
// four words at the start of the sentence with no finite verb and no
// article, not opening with a preposition, ending in
// a content word, no title or class noun (not "In de Senaat …",
// "Staatssecretaris Snel …"); the word is one the lexicons know or the
// article also writes in lower case, and the article writes it
// capitalised nowhere else inside a sentence. Given names, a family name
// the article gives a person, a portfolio and words in capitals stay. The article's own capitalised
// uses of the word are not asked: the run makes the word capitalised
// mid-sentence itself.
func afterHeadingRun(doc *nl.Doc, c cand, lower func(string) bool, lastWords map[string]bool) bool {
	t := c.text(doc)
	if c.role != "" || c.classTyped || strings.ToUpper(t) == t || isGivenName(t) || lastWords[t] || isPortfolio(t) {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 2 || doc.Tokens[ti].Start != c.start || doc.Tokens[ti].End != c.end || ti+1 >= len(doc.Tokens) || !startsLower(doc.Tokens[ti+1].Text) {
		return false
	}
	tok := doc.Tokens[ti]
	if !doc.CommonWord(t) && !lower(strings.ToLower(t)) || capitalisedAgain(doc, ti) {
		return false
	}
	if p := strings.ToLower(doc.Tokens[ti-1].Text); roleCompound(p) || classOf(p) != "" {
		return false // "Staatssecretaris Snel verwerpt", "Actiegroep Bos op het Plein"
	}
	si := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].End > tok.Start })
	if si >= len(doc.Sentences) {
		return false
	}
	first := doc.Sentences[si].First
	if n := ti - first; n < 1 || n > 4 || !startsUpper(doc.Tokens[first].Text) {
		return false
	}
	for j := first; j < ti; j++ {
		r := doc.Tokens[j]
		if r.Kind != nl.Word || r.POS == nl.AUX || r.POS == nl.DET || r.Feats.Has(nl.FeatFin) || r.POS == nl.PROPN && !doc.CommonWord(r.Text) {
			return false
		}
	}
	if f := doc.Tokens[first].POS; f == nl.ADP || f == nl.SCONJ || f == nl.PRON {
		return false // "Volgens het landelijke Klimaatakkoord": a phrase, no heading
	}
	switch doc.Tokens[ti-1].POS {
	case nl.NOUN, nl.ADJ, nl.VERB, nl.ADV:
		return true
	case nl.PROPN:
		return doc.CommonWord(doc.Tokens[ti-1].Text)
	}
	return false
}

// adjectiveNames gives a name of one common word the capitalised
// adjective of place or people before it, after an article: "het
// Romeinse Rijk", "het Britse Rijk", "de Brabantse Milieufederatie". The
// word alone names nothing. A town's adjective (de Amsterdamse School) is
// left to dropTownAdjectives, and a place of more than six letters
// after a region's adjective (het Zuid-Hollandse Meerkerk) is a place in
// a region. Not at a sentence's start.
func adjectiveNames(doc *nl.Doc, cs []cand, k *kb.KB) {
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		if c.entry != nil || c.role != "" || strings.ContainsAny(t, " -") || !doc.CommonWord(t) {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 2 || doc.Tokens[ti].Start != c.start {
			continue
		}
		a, det := doc.Tokens[ti-1], strings.ToLower(doc.Tokens[ti-2].Text)
		if det != "de" && det != "het" || !startsUpper(a.Text) || !adjective(doc, a.Text) || a.End+1 != c.start || sentenceStart(doc, ti-1) {
			continue
		}
		if i > 0 && cs[i-1].end > a.Start {
			continue // the adjective is a name's already
		}
		if cityAdjective(a.Text, k) || c.typ == kroniek.LOC && utf8.RuneCountInString(t) > 6 {
			continue // "de Amsterdamse Vredeskerk", "het Zuid-Hollandse Meerkerk": a place in a place
		}
		c.start = a.Start
	}
}

// cityAdjective reports whether w is the adjective of a Dutch
// municipality (townAdjective) or of a city the knowledge base knows:
// Amsterdamse, Eindhovense.
func cityAdjective(w string, k *kb.KB) bool {
	if k == nil {
		return false
	}
	if townAdjective(w, k) != nil {
		return true
	}
	stem, ok := strings.CutSuffix(w, "se")
	if !ok {
		return false
	}
	for _, name := range []string{stem, stem + "en"} {
		for _, e := range k.Lookup(name) {
			if e.Name == name && (e.Kind == kb.KindCity || e.Kind == kb.KindCapital) {
				return true
			}
		}
	}
	return false
}

// ofTitle returns where a name ends that opens with a capitalised common
// word after an article and goes on with "van de", "van het" or "voor"
// and capitalised words: "de Orde van de Nederlandse Leeuw", "de Nacht van
// de Filosofie", "de Partij voor Zeeland". The word alone is a common word
// (the lexicons know it or the article writes it in lower case), so its
// capital says the name goes on.
func ofTitle(doc *nl.Doc, c cand, lower func(string) bool) (int, bool) {
	t := c.text(doc)
	if c.entry != nil || c.role != "" || strings.ContainsAny(t, " -") || !startsUpper(t) || strings.ToUpper(t) == t {
		return 0, false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 || doc.Tokens[ti].End != c.end {
		return 0, false
	}
	if d := doc.Tokens[ti-1].Text; d != "de" && d != "het" {
		return 0, false
	}
	if !doc.CommonWord(t) && !lower(strings.ToLower(t)) {
		return 0, false
	}
	j := ti + 1
	switch {
	case j+2 < len(doc.Tokens) && doc.Tokens[j].Text == "van" && (doc.Tokens[j+1].Text == "de" || doc.Tokens[j+1].Text == "het"):
		j += 2
	case j+1 < len(doc.Tokens) && doc.Tokens[j].Text == "voor" && utf8.RuneCountInString(t) <= 8:
		j++ // a short head: not "het Luchthavenbesluit voor Lelystad Airport"
	default:
		return 0, false
	}
	end, last := -1, ""
	for ; j < len(doc.Tokens) && doc.Tokens[j].Kind == nl.Word && startsUpper(doc.Tokens[j].Text); j++ {
		end, last = doc.Tokens[j].End, doc.Tokens[j].Text
	}
	if end < 0 || adjective(doc, last) {
		return 0, false // "de Marktplaats van de Europese cocaïnehandel"
	}
	return end, true
}

// gluedOpener returns where a name of two words ends without its second
// word when that word is a function word that opens the next sentence
// after a heading or a full stop the cleaning lost: "vrij in Nederland
// Sinds het begin van …", "PSV Van de zeven resterende duels …". The
// word is capitalised, a stop word or a sentence opener, and a
// lower-case word follows it;
// names of three words or more (De Wereld Draait Door) stay whole, and
// an initial's pair is left to the initials' rule below.
func gluedOpener(doc *nl.Doc, c cand) (int, bool) {
	t := c.text(doc)
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 || c.entry != nil || c.role != "" || strings.ContainsAny(t[sp+1:], " -") || strings.HasSuffix(t[:sp], ".") {
		return 0, false
	}
	last := t[sp+1:]
	if lw := strings.ToLower(last); !startsUpper(last) || strings.ToUpper(last) == last || !nl.IsStopword(lw) && !openersNL[lw] {
		return 0, false
	}
	ti := tokenIndex(doc, c.end-1)
	if ti < 0 || ti+1 >= len(doc.Tokens) || doc.Tokens[ti].End != c.end || doc.Tokens[ti+1].Kind != nl.Word || !startsLower(doc.Tokens[ti+1].Text) {
		return 0, false
	}
	return c.start + sp, true
}

// ellipticCompass reports whether c is a compass word whose region name
// the next conjunct completes: "in Noord- en Zuid-Holland", "via West- en
// Oost-Europa", "in Midden- en Oost-Europa". It names no place of its own
// (not Amsterdam's borough West).
func ellipticCompass(doc *nl.Doc, c cand) bool {
	t := c.text(doc)
	if !compassWords[t] && t != "Midden" {
		return false
	}
	rest, ok := strings.CutPrefix(doc.Text[c.end:], "- en ")
	if !ok {
		if rest, ok = strings.CutPrefix(doc.Text[c.end:], "- of "); !ok {
			return false
		}
	}
	dash := strings.IndexByte(rest, '-')
	return dash > 0 && (compassWords[rest[:dash]] || rest[:dash] == "Midden") && startsUpper(rest[dash+1:])
}

// placeEnds end the one-word names of squares, markets, harbours, dykes,
// lakes and canals: Bloemenmarkt, Houthaven, Paandersdijk, Comomeer.
var placeEnds = []string{"markt", "haven", "dijk", "meer", "gracht", "kanaal", "plein", "kade", "straat", "laan"}

// placeCompounds types a name of one word the tagger called MISC and that
// ends in a place noun of placeEnds after three letters or more as a
// place: "op de Kaasmarkt", "in de Houthaven", "aan het Comomeer". Only
// MISC: a firm (Mediamarkt) and a family (Vermeer, Groenendijk) keep the
// tagger's ORG and PER, and so do links, roles and class nouns. A name
// ending in a building's noun (buildingName) is a place where the tagger
// said MISC or PER: "het Hijschgebouw", "de Taksim Moskee".
func placeCompounds(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		if c.entry != nil || c.role != "" || c.classTyped || !startsUpper(t) || strings.ToUpper(t) == t {
			continue
		}
		if c.typ == kroniek.MISC && !strings.ContainsAny(t, " -") && slices.ContainsFunc(placeEnds, func(e string) bool { return strings.HasSuffix(t, e) && len(t) >= len(e)+3 }) {
			c.typ = kroniek.LOC
		}
		if (c.typ == kroniek.MISC || c.typ == kroniek.PER) && buildingName(t) {
			c.typ = kroniek.LOC
		}
	}
}

// buildingEnds end the names of buildings, which no family name ends in:
// Hijschgebouw, Verkadefabriek, het Badhuis, de Taksim Moskee.
var buildingEnds = []string{"gebouw", "fabriek", "moskee", "badhuis", "paleis", "kathedraal", "synagoge", "klooster", "gevangenis"}

// buildingName reports whether a name's last word is or ends in a
// building's noun, and no given name opens it (a person is never a
// building; a body housed in one, het Concertgebouw, keeps the tagger's
// ORG, as the caller leaves ORG alone).
func buildingName(t string) bool {
	words := strings.Fields(t)
	last := strings.ToLower(words[len(words)-1])
	if len(words) > 1 && isGivenName(words[0]) {
		return false
	}
	return slices.ContainsFunc(buildingEnds, func(e string) bool { return strings.HasSuffix(last, e) })
}

// compassPrefixes open a region of a known place: Noord-Italië,
// Zuidoost-Azië.
var compassPrefixes = setOf("Noord", "Zuid", "Oost", "West", "Midden", "Centraal", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest")

// compassPlaces types a name of one word made of a compass prefix and a
// place the knowledge base knows (a country, capital or city) as a place:
// "de boeren in Noord-Italië", not the tagger's MISC. Names the knowledge
// base links, roles and inhabitants (Zuid-Italianen) keep their type.
func compassPlaces(cs []cand, doc *nl.Doc, k *kb.KB) {
	if k == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.typ == kroniek.LOC {
			continue
		}
		pre, rest, ok := strings.Cut(c.text(doc), "-")
		if !ok || !compassPrefixes[pre] || strings.ContainsAny(rest, " -") {
			continue
		}
		for _, e := range k.Lookup(rest) {
			if e.Type == kroniek.LOC && (e.Kind == kb.KindCountry || e.Kind == kb.KindCapital || e.Kind == kb.KindCity) {
				c.typ, c.classTyped = kroniek.LOC, true
				break
			}
		}
	}
}

// capitalisedAgain reports whether the word of token ti stands
// capitalised elsewhere in the article, not after a sentence's start or
// an opener: then it is a name there too.
func capitalisedAgain(doc *nl.Doc, ti int) bool {
	w := doc.Tokens[ti].Text
	for _, st := range doc.Sentences {
		for i, t := range st.Tokens {
			if t.Text == w && t.Start != doc.Tokens[ti].Start && i > 0 && !opener(st.Tokens[i-1].Text) {
				return true
			}
		}
	}
	return false
}

// quotedTitle reports whether token ti opens a title in single quotes
// that goes on past it: "'Nobelprijs voor de wiskunde'", "'Bloeistraat
// 11'" (a word quoted alone, "'Goeiesmorgens'", is no title).
func quotedTitle(doc *nl.Doc, ti int) bool {
	if ti == 0 || ti+1 >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[ti-1].Text {
	case "'", "‘":
		return !nl.IsQuoteToken(doc.Tokens[ti+1].Text)
	}
	return false
}

// rankBefore reports whether a rank in a list stands right before token
// ti: one or two digits and a full stop after a comma, a colon or a
// semicolon ("…, 2. Valverde"), not a year that ends a sentence.
func rankBefore(doc *nl.Doc, ti int) bool {
	j := ti - 1
	if j >= 0 && doc.Tokens[j].Text == "." {
		j--
	}
	if j < 1 {
		return false
	}
	n := strings.TrimSuffix(doc.Tokens[j].Text, ".")
	if len(n) == 0 || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
		return false
	}
	p := doc.Tokens[j-1].Text
	return p == "," || p == ":" || p == ";"
}

// compoundOpening reports whether a one-word mention is the first part
// of a hyphenated compound in lower case after it ("Collega-politici") or
// of a compound whose head another word gives ("Bouw- en
// woningtoezicht").
func compoundOpening(doc *nl.Doc, c cand) bool {
	rest, ok := strings.CutPrefix(doc.Text[c.end:], "-")
	if !ok {
		return false
	}
	if startsLower(rest) {
		return true
	}
	return strings.HasPrefix(rest, " en ") || strings.HasPrefix(rest, " of ")
}
