package http

import (
	"strings"

	"github.com/kroniek/kroniek"
)

// terms translates the codes the analysis uses (PLOVER event types and
// modes, entity types, generic actor roles) for Dutch pages. English
// pages name event and entity types in typeNames, and show modes and roles
// as their codes with dashes as spaces.
var terms = map[string]string{
	// PLOVER event types.
	"AGREE": "akkoord", "CONSULT": "overleg", "SUPPORT": "steun", "CONCEDE": "toegeven", "COOPERATE": "samenwerking",
	"AID": "hulp", "RETREAT": "terugtrekking", "REQUEST": "verzoek", "ACCUSE": "beschuldiging", "REJECT": "afwijzing",
	"THREATEN": "dreiging", "PROTEST": "protest", "SANCTION": "sanctie", "MOBILIZE": "mobilisatie", "COERCE": "dwang",
	"ASSAULT": "geweld",
	// PLOVER modes.
	"abduct": "ontvoering", "access": "toegang", "aerial": "vanuit de lucht", "allege": "bewering", "arrest": "arrestatie",
	"beat": "mishandeling", "boycott": "boycot", "censor": "censuur", "convict": "veroordeling", "crowd-control": "ordehandhaving",
	"demo": "demonstratie", "deport": "uitzetting", "disapprove": "afkeuring", "discontinue": "stopzetting", "expel": "uitwijzing",
	"explosives": "explosieven", "firearms": "vuurwapens", "heavy-weapons": "zware wapens", "investigate": "onderzoek",
	"martial-law": "staat van beleg", "meet": "ontmoeting", "multilateral": "multilateraal", "obstruct": "belemmering",
	"phone": "telefoon", "release": "vrijlating", "resign": "aftreden", "restrict": "beperking", "seize": "inbeslagname",
	"sexual": "seksueel geweld", "strike": "staking", "targeted": "gericht", "torture": "marteling", "troops": "troepen",
	"violence": "geweld", "withdraw": "terugtrekking", "yield": "toegeven", "hunger-strike": "hongerstaking",
	"fact":   "feit",
	"assist": "bijstand", "asylum": "asiel", "blame": "verwijt", "ceasefire": "wapenstilstand", "curfew": "avondklok",
	"cyber": "cyberaanval", "defy": "verzet", "destroy": "vernieling", "disarm": "ontwapening", "economic": "economisch",
	"hunger": "hongerstaking", "kill": "doden", "massacre": "bloedbad", "primitive": "primitieve wapens", "riot": "rellen",
	"stab": "steekpartij", "surrender": "overgave", "third-party": "bemiddeling", "unconventional": "onconventionele wapens",
	"vandalize": "vernieling", "visit": "bezoek", "withhold": "afsluiting",
	// Entity types.
	"PER": "persoon", "ORG": "organisatie", "LOC": "plaats", "MISC": "overig",
	// Generic actor roles (event/lexicon/groups.tsv).
	"police": "politie", "protesters": "demonstranten", "activists": "activisten", "officials": "functionarissen",
	"workers": "arbeiders", "authorities": "autoriteiten", "baltic-states": "Baltische staten", "population": "bevolking",
	"mayors": "burgemeesters", "civilians": "burgers", "neighbours": "buurlanden", "diplomats": "diplomaten",
	"crowd": "menigte", "eu-member-states": "EU-landen", "european-countries": "Europese landen", "security": "veiligheidsdiensten",
	"prisoners": "gevangenen", "journalists": "journalisten", "government": "regering", "candidates": "kandidaten",
	"military": "leger", "leaders": "leiders", "member-states": "lidstaten", "militia": "milities", "nato-members": "NAVO-landen",
	"unknown": "onbekenden", "opposition": "oppositie", "parliament": "parlement", "rebels": "rebellen", "strikers": "stakers",
	"students": "studenten", "suspects": "verdachten", "western-countries": "westerse landen",
	"asylum-seekers": "asielzoekers", "critics": "critici", "employers": "werkgevers", "migrants": "migranten",
	"prosecutors": "aanklagers", "refugees": "vluchtelingen", "residents": "buurtbewoners", "unions": "vakbonden",
}

// typeNames are the English names of PLOVER event types and entity types,
// whose codes are capitals a reader does not write ("ACCUSE" is shown
// "accusation", as the Dutch page shows "beschuldiging"), and of the
// generic actor roles whose code loses a proper noun's capitals
// ("baltic-states").
var typeNames = map[string]string{
	"AGREE": "agreement", "CONSULT": "consultation", "SUPPORT": "support", "CONCEDE": "concession",
	"COOPERATE": "cooperation", "AID": "aid", "RETREAT": "retreat", "REQUEST": "request", "ACCUSE": "accusation",
	"REJECT": "rejection", "THREATEN": "threat", "PROTEST": "protest", "SANCTION": "sanction",
	"MOBILIZE": "mobilisation", "COERCE": "coercion", "ASSAULT": "assault",
	"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other",
	"baltic-states": "Baltic states", "eu-member-states": "EU member states", "european-countries": "European countries",
	"nato-members": "NATO members", "western-countries": "Western countries"}

// term returns the page-language name of an analysis code.
func term(L map[string]string, code string) string {
	if code == "" {
		return ""
	}
	if L["lang"] == "nl" {
		if t := terms[code]; t != "" {
			return t
		}
	} else if t := typeNames[code]; t != "" {
		return t
	}
	if strings.ToUpper(code) == code {
		return code
	}
	return strings.ReplaceAll(code, "-", " ")
}

// isGeneric reports whether id is a generic actor key ("generic:police@BY").
func isGeneric(id string) bool { return kroniek.IsGeneric(id) }

// genericLabel names a generic actor in the page language: "politie (BY)".
func genericLabel(L map[string]string, id string) string {
	role, country, _ := kroniek.ParseGeneric(id)
	name := term(L, role)
	if country != "" {
		name += " (" + country + ")"
	}
	return name
}

// modifiers are the English names of the figures' modifiers, which the
// amount lexicon gives in Dutch (Amount.Modifier: "meer dan", "ruim").
var modifiers = map[string]string{
	"amper": "barely", "bijna": "almost", "enkele": "some", "exact": "exactly", "liefst": "no fewer than",
	"maar liefst": "no fewer than", "maximaal": "at most", "meer dan": "more than", "minder dan": "less than",
	"minstens": "at least", "ongeveer": "about", "precies": "exactly", "rond": "around", "ruim": "over",
	"slechts": "only", "tot": "up to", "tot wel": "up to", "zeker": "at least", "zo'n": "some",
}

// modifier names a figure's modifier in the page language L: as the
// article wrote it on a Dutch page, in English ("more than") on another.
func modifier(L map[string]string, m string) string {
	if L["lang"] != "nl" {
		if t := modifiers[m]; t != "" {
			return t
		}
	}
	return m
}
