package story

import (
	"regexp"
	"strings"

	"github.com/kroniek/kroniek"
)

// The timeline takes dated developments only. These filters read the
// sentence of a dated fact and the words around its time expression; they
// leave the resolution of the expression to timex and only decide whether
// the fact belongs on a timeline at that date.

const weekdays = `(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)`

var (
	// vagueBefore: a hedge before a count ("dik twee weken geleden", "ruim
	// een maand geleden") makes any day it resolves to a guess.
	vagueBefore = regexp.MustCompile(`(?i)\b(?:dik|ruim|bijna|ongeveer|zo'n|circa|pakweg|krap|nog geen|een kleine|een goede|enkele|een paar|over|nearly|almost|about|around|some|over|fast|etwa|gut|knapp|rund)\s*$`)
	// vagueUnit: a count of weeks, months or years before or after now
	// ("twee weken geleden", "drie maanden later") names no day.
	vagueUnit = regexp.MustCompile(`(?i)\b(?:weken|week|maanden|maand|jaren|jaar|weeks|months|years|wochen|monaten|jahren)\b`)
	// schedule: a weekly timetable or opening hours, not an event.
	schedule = regexp.MustCompile(`(?i)\bvan ` + weekdays + ` (?:tot en met|tot|t/m) ` + weekdays + `\b|\b\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:tot|-|–)\s*\d{1,2}[.:]\d{2}\b|\bvan (?:\p{L}+ )?\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:tot|-|–)|\b(?:elke|iedere|every|jeden) ` + weekdays + `|\bopeningstijden\b|\bopening hours\b|\böffnungszeiten\b`)
	// cohort: a year that dates a birth or a school year names a group of
	// people, not a development.
	cohort = regexp.MustCompile(`(?i)\b(?:geboren|geboortejaar|geboortejaren|leeftijd|born|geboren|jahrgang)\b`)
	// announced: a participle of announcing or planning; the day it names
	// lies ahead of the report, so a day resolved to the past is doubtful.
	announced = regexp.MustCompile(`(?i)\b(?:aangekondigd|gepland|aangezegd|uitgeschreven|belegd|verwacht|announced|planned|scheduled|angekündigt|geplant)\b`)
	// future: a word that marks a statement as a plan or an expectation. A
	// weekday after the report in a sentence without one is likely the
	// historical present ("de confrontatie loopt maandag uit de hand",
	// "zondagochtend gaat de telefoon"): present-tense verbs of motion
	// or start are not markers, only modals, agenda verbs and words that
	// point ahead.
	// elsewhere: a relative expression counted from another event, not
	// from the report ("een dag later", "twee dagen eerder", "de dag
	// erna"): timex counts it from the publication, which dates it wrong.
	elsewhere   = regexp.MustCompile(`(?i)^[\s,]*(?:later|daarna|nadien|erna|ervoor|daarvoor|eerder|daarop|after|afterwards|later|before|earlier|danach|später|zuvor|vorher|darauf)\b`)
	elsewhereIn = regexp.MustCompile(`(?i)\b(?:later|daarna|nadien|erna|ervoor|daarvoor|eerder|daarop|afterwards|earlier|danach|später|zuvor|vorher|darauf)$`)
	// unrealised: a date that was planned and did not hold ("de brexit,
	// die op 29 maart was voorzien", "oorspronkelijk gepland voor").
	unrealised = regexp.MustCompile(`(?i)\b(?:was voorzien|waren voorzien|was gepland|waren gepland|stond gepland|stonden gepland|oorspronkelijk|aanvankelijk|had moeten|hadden moeten|originally|initially|was scheduled|was due|ursprünglich|war geplant)\b`)
	// habitual: a weekday with an article or a plural names every such
	// day ("op de vroege zondagochtend", "'s zondags"), no one day.
	habitual = regexp.MustCompile(`(?i)\b(?:op de|on)\s+(?:\p{L}+\s+)?` + weekdays + `(?:ochtend|middag|avond|nacht|morning|afternoon|evening|night)?s?\b|\b` + weekdays + `s\b`)
	// nowadays: "vandaag" with a verb of ability means these days ("boeren
	// kunnen er vandaag mee beginnen").
	nowadays = regexp.MustCompile(`(?i)\b(?:kan|kunnen|kun|vandaag de dag|tegenwoordig|nowadays|heutzutage)\b`)
	// citedAfter: a parenthesis right after the expression that names a
	// paper's section or a date ("Zaterdag (Boeken & Wetenschap, 30
	// maart) schreef …") cites an earlier article.
	citedAfter = regexp.MustCompile(`(?i)^\s*\([^()\n]*(?:\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[^()\n]*\)`)
	// statistic: a sentence with two figures besides its year compares
	// numbers ("telde de school in 2015 nog 734 leerlingen, nu 533"): a
	// figure, not a development of the story's past.
	statistic = regexp.MustCompile(`\(\d{1,3}\)|\d[\d.,]*(?:-jarige?)?`)
	// nightOf and nightTo find the first day of "de nacht van zaterdag op
	// zondag" (night of Saturday to Sunday, Nacht von … auf …).
	nightOf = regexp.MustCompile(`(?i)\b(?:nacht|night) (?:van|from|von)\s*$`)
	nightTo = regexp.MustCompile(`(?i)^\s*(?:op|to|auf|on)\s+(?:` + weekdays + `|\d{1,2}\b)`)
	// weekBack: a weekday counted back by weeks ("een week geleden op
	// zaterdag", "twee weken terug op maandag") is not the last such day.
	weekBack = regexp.MustCompile(`(?i)\b(?:week|weken|weeks?|woche|wochen) (?:geleden|eerder|terug|ago|earlier|her|zuvor)(?:,)?(?: op| on| am)?\s*$`)
	// thatDay: a weekday named with a demonstrative and an adjective ("die
	// dramatische woensdag", "diezelfde zondag"; not "de man die zaterdag
	// werd aangehouden") or counted from ("een dag voor") is a day the
	// text spoke of, not the last such day. Direction words (vorige,
	// komende) are no such adjective: see the check below.
	thatDay       = regexp.MustCompile(`(?i)(?:\b(?:die|that) (?:\p{L}+e|\p{L}+ful)|\b(?:diezelfde|dezelfde|datzelfde|jenem|jener)|\b(?:dag|dagen|week|weken|day|days|tag|tage) (?:voor|vóór|na|before|after|vor|nach)(?: de| het| die| the| dem| der)?(?: \p{L}+e)?)\s+$`)
	directionWord = regexp.MustCompile(`(?i)\b(?:vorige|afgelopen|komende|volgende|aanstaande)\s+$`)
	// forecast and ownPaper: sentences that report a prediction, a
	// comparison with what did not happen ("alsof hij morgen …") or what
	// a newspaper printed.
	forecast = regexp.MustCompile(`(?i)\b(?:voorspel(?:t|de|den|d)?|alsof|predicted|predicts|as if|as though|prognostizierte?|als ob)\b`)
	// listing: two dates written as day/month in one sentence are a
	// tour or programme listing ("7/3 Parktheater, 9/3 Speelhuis").
	listing = regexp.MustCompile(`\b\d{1,2}/\d{1,2}\b\D+\b\d{1,2}/\d{1,2}\b`)
	// pieceOf: a date that names a piece of writing ("in zijn column van
	// 23 maart", "het interview van zaterdag") cites it.
	pieceOf  = regexp.MustCompile(`(?i)\b(?:column|artikel|opiniestuk|stuk|interview|rubriek|brief|article|op-ed|kolumne|beitrag)\s+(?:van|from|of|vom)\s*$`)
	ownPaper = regexp.MustCompile(`(?i)\b(?:in deze krant|in onze krant|in dit blad|in this newspaper|in dieser zeitung)\b`)
	// seriesNote: a sentence that announces the part of a series it opens
	// ("Vandaag deel 8: …") is about the series, not a development.
	seriesNote = regexp.MustCompile(`(?i)^\W*(?:vandaag|vanavond|morgen|deze week|today|heute)?\s*(?:deel|aflevering|part|episode|teil|folge)\s+\d+\s*[:.]`)
	// ownDate: a labelled date field ("Wanneer: woensdag 27 maart", "Datum:
	// 3 april") says on which day the article's scene took place; its
	// relative dates count from that day, not from the publication, and
	// timex resolved them against the publication.
	ownDate = regexp.MustCompile(`(?i)(?:^|[\s.;])(?:wanneer|datum|when|date|wann)\s*:\s*(?:` + weekdays + `,?\s+)?\d{1,2}\s+(?:jan|feb|maa|mar|apr|mei|may|mai|jun|jul|aug|sep|okt|oct|nov|dec)`)
	future  = regexp.MustCompile(`(?i)\b(?:zal|zullen|wil|willen|moet|moeten|kan|kunnen|mag|mogen|hoopt|hopen|morgen|komende?|volgende?|aanstaande|a\.s\.|gepland|verwacht|vergadert|debatteert|stemt|beslist|besluit|uitspraak|behandelt|will|shall|going|expected|due|next|tomorrow|wird|werden|soll|sollen|morgen|nächste[nr]?)\b`)
)

// datedFactOK reports whether the sentence sent, with the time expression t
// at [t.Start, t.End) of text, dated by value in an article published pub,
// is a development a timeline may place at that date.
func datedFactOK(text, sent string, t kroniek.TimeRef, value, pub string) bool {
	if t.Start < 0 || t.End > len(text) || t.Start > t.End {
		return true
	}
	expr := text[t.Start:t.End]
	before := text[max(0, t.Start-24):t.Start]
	after := text[t.End:min(len(text), t.End+16)]
	if t.Relative {
		if vagueBefore.MatchString(before) || vagueBefore.MatchString(firstWords(expr, 2)) {
			return false
		}
		if vagueUnit.MatchString(expr) || vagueUnit.MatchString(before[max(0, len(before)-12):]) && strings.Contains(strings.ToLower(expr+after), "geleden") {
			return false
		}
	}
	near := before + expr + after
	if nightOf.MatchString(before) && nightTo.MatchString(after) {
		// "in de nacht van donderdag op vrijdag": what happened that
		// night is dated by its second day, after midnight.
		return false
	}
	if seriesNote.MatchString(sent) {
		return false
	}
	if schedule.MatchString(sent) || listing.MatchString(sent) || unrealised.MatchString(near) {
		return false
	}
	if isYear(value) && (cohort.MatchString(sent) || otherFigures(sent, expr) >= 2 || subordinate(text[max(0, t.Start-80):t.Start])) {
		return false
	}
	if inParentheses(text, t) || citedAfter.MatchString(text[t.End:min(len(text), t.End+60)]) {
		// "(Trouw, 16 februari)", "(Ten eerste, 30 maart, pag. 6)": a
		// citation of an earlier article, no development.
		return false
	}
	if t.Relative && (elsewhere.MatchString(after) || elsewhereIn.MatchString(strings.TrimSpace(expr))) {
		return false
	}
	if t.Relative && (weekBack.MatchString(before) || thatDay.MatchString(before) && !directionWord.MatchString(before)) {
		// "een week geleden op zaterdag", "een dag voor die dramatische
		// woensdag": not the last Saturday or Wednesday.
		return false
	}
	if forecast.MatchString(sent) || ownPaper.MatchString(sent) || pieceOf.MatchString(before) {
		// A pundit's prediction, an "as if", what this paper printed that
		// day or a piece of writing cited by its date is no development of
		// the story.
		return false
	}
	if habitual.MatchString(before[max(0, len(before)-16):]+expr+after) && !strings.ContainsAny(expr, "0123456789") {
		return false
	}
	if t.Relative && strings.EqualFold(strings.TrimSpace(expr), "vandaag") && nowadays.MatchString(near) {
		return false
	}
	if t.Relative && pub != "" {
		switch {
		case value < pub[:min(len(pub), len(value))] && announced.MatchString(sent):
			return false
		case afterPub(value, pub) && !future.MatchString(sent):
			return false
		}
	}
	return true
}

// sceneDated reports whether text has a labelled date field of its own
// (ownDate): its relative dates then count from that day, which timex did
// not know, and stay off the timeline. Asked once per article.
func sceneDated(text string) bool { return dateLabel(text) && ownDate.MatchString(text) }

// dateLabel reports whether text has a colon after one of ownDate's field
// names (spaces between): a text without one cannot match ownDate, and
// most texts are ruled out without running the expression over them.
func dateLabel(text string) bool {
	for i := strings.IndexByte(text, ':'); i >= 0; {
		before := strings.TrimRight(text[:i], "\t\n\f\r ")
		for _, k := range [...]string{"wanneer", "datum", "when", "date", "wann"} {
			if len(before) >= len(k) && strings.EqualFold(before[len(before)-len(k):], k) {
				return true
			}
		}
		next := strings.IndexByte(text[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// insideQuote reports whether the time expression t lies in a quotation:
// one of the direct quotes, or after an opening quote mark that prefix (the
// sentence up to t) leaves open. A relative date in a quoted message ("'Ben
// vandaag druk'") counts from when it was said, which the report does not
// tell.
func insideQuote(prefix string, t kroniek.TimeRef, quotes []kroniek.Span) bool {
	for _, q := range quotes {
		if q.Start <= t.Start && t.End <= q.End {
			return true
		}
	}
	open := strings.Count(prefix, "‘") + strings.Count(prefix, "“") + strings.Count(prefix, "„") + strings.Count(prefix, ",,") + strings.Count(prefix, "«") -
		strings.Count(prefix, "’") - strings.Count(prefix, "”") - strings.Count(prefix, "''") - strings.Count(prefix, "»")
	if open > 0 || strings.Count(prefix, `"`)%2 == 1 {
		return true
	}
	// A straight apostrophe opens a quote after a space or a colon and
	// closes one before a space or punctuation.
	n := 0
	for i := 0; i < len(prefix); i++ {
		if prefix[i] != '\'' {
			continue
		}
		switch {
		case i == 0 || prefix[i-1] == ' ' || prefix[i-1] == ':':
			n++
		case i+1 == len(prefix) || strings.IndexByte(" .,;:!?", prefix[i+1]) >= 0:
			n--
		}
	}
	return n > 0
}

// subordinators open a clause that tells a side fact of the sentence's
// subject ("zoals hij dat in 2017 al deed", "waar hij in 1977 tafelde"):
// a year there is trivia, not the story's background. "Toen" and "als"
// clauses ("toen hij in 2003 werd doodgeschoten") tell past events and
// are not subordinators here; "dat" and "die" are also demonstratives.
var subordinators = map[string]bool{"zoals": true, "waar": true, "waarin": true, "waarbij": true, "waarmee": true,
	"which": true, "where": true, "wo": true, "like": true}

// subordinate reports whether the clause that prefix ends in (after its
// last comma, colon or sentence end) opens with, or holds, a subordinator.
func subordinate(prefix string) bool {
	if i := strings.LastIndexAny(prefix, ",;:.!?("); i >= 0 {
		prefix = prefix[i+1:]
	}
	for _, w := range strings.Fields(prefix) {
		if subordinators[strings.ToLower(strings.Trim(w, "'\"‘’“”"))] {
			return true
		}
	}
	return false
}

// inParentheses reports whether the time expression t lies within
// parentheses or brackets of one line of text ("[BD 24 maart]").
func inParentheses(text string, t kroniek.TimeRef) bool {
	open := strings.LastIndexAny(text[max(0, t.Start-60):t.Start], "()[]\n")
	if open < 0 {
		return false
	}
	o := text[max(0, t.Start-60)+open]
	if o != '(' && o != '[' {
		return false
	}
	end := text[t.End:min(len(text), t.End+60)]
	cl := strings.IndexAny(end, "()[]\n")
	return cl >= 0 && (o == '(' && end[cl] == ')' || o == '[' && end[cl] == ']')
}

// otherFigures counts the numbers of sent other than its time expression expr.
func otherFigures(sent, expr string) int {
	n := 0
	for _, f := range statistic.FindAllString(sent, -1) {
		if f != expr && !strings.Contains(expr, f) && !strings.HasSuffix(f, "jarig") && !strings.HasSuffix(f, "jarige") && !strings.HasPrefix(f, "(") {
			// Ages ("80-jarige", "(13)") are no figures.
			n++
		}
	}
	return n
}

// afterPub is after for a value and a publication date.
func afterPub(value, pub string) bool { return after(value, pub) }

// firstWords returns the first n words of s joined by spaces.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
