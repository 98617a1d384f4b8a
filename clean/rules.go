package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// maxCaption is the longest line removed whole as a caption; longer
// lines lose only their last sentence with the credit.
const maxCaption = 350

// creditWords introduce a photo or video credit ("Beeld EPA", "Foto: ANP").
var creditWords = map[string]bool{
	"Beeld": true, "Foto": true, "Foto's": true, "Foto’s": true, "Fotografie": true,
	"Fotograaf": true, "Illustratie": true, "Afbeelding": true, "Beeldmateriaal": true,
	"Video": true, "Photo": true, "Photograph": true, "Photos": true, "Image": true,
	"Picture": true, "Credit": true, "Credits": true, "Bild": true, "Illustration": true,
	"BEELD": true, "FOTO": true, "PHOTO": true,
}

// agencies are photo agencies and picture desks; a credit that names one
// is a credit even when other words around it are not capitalised.
var agencies = map[string]bool{
	"anp": true, "epa": true, "afp": true, "ap": true, "reuters": true, "getty": true,
	"images": true, "hollandse": true, "hoogte": true, "shutterstock": true, "istock": true,
	"belga": true, "dpa": true, "xinhua": true, "tass": true, "sputnik": true, "ria": true,
	"novosti": true, "imageselect": true, "proshots": true, "alamy": true, "nurphoto": true,
	"sopa": true, "bloomberg": true, "unian": true, "unsplash": true, "pexels": true,
	"flickr": true, "wikimedia": true, "commons": true, "kippa": true, "ddp": true,
	"imago": true, "picture-alliance": true, "eyevine": true, "ritzau": true, "tt": true,
	"ansa": true, "efe": true, "pap": true, "ctk": true, "rtl": true, "nos": true,
	"archief": true, "privécollectie": true, "handout": true, "pool": true, "via": true,
}

// particles are lowercase words allowed inside a name ("Marcel van den
// Bergh", "de Volkskrant").
var particles = map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "het": true, "ten": true, "ter": true,
	"te": true, "von": true, "da": true, "di": true, "le": true, "la": true, "du": true,
	"del": true, "'t": true, "’t": true, "en": true, "and": true, "&": true, "/": true,
	"|": true, "-": true, "–": true, "for": true, "the": true, "via": true,
	"by": true, "door": true, "par": true, "of": true, "courtesy": true,
}

// captionCut tells whether line ends in a photo credit, and where the
// caption starts: 0 (the whole line) for a short line, else the start of
// the sentence the credit closes.
func captionCut(line string) (int, bool) {
	at := creditStart(line)
	if at < 0 {
		return 0, false
	}
	if len(line) <= maxCaption && sentences(line[:at]) <= 3 {
		return 0, true
	}
	// Find the start of the caption sentence before the credit.
	s := strings.TrimRight(line[:at], " ")
	s = strings.TrimRight(s, ".!?")
	for i := len(s) - 1; i > 0; i-- {
		if (s[i-1] == '.' || s[i-1] == '?' || s[i-1] == '!') && s[i] == ' ' {
			if at-i > 250 {
				break
			}
			return i + 1, true
		}
	}
	return at, true
}

// creditStart returns where a trailing credit starts in line, or -1:
// a credit word followed by a name ("Beeld EPA", "Foto: Marcel van den
// Bergh / de Volkskrant", "(Foto ANP)"), or "©"/"(c)" followed by a short
// name, at the end of the line.
func creditStart(line string) int {
	// A credit is short: only the end of the line is looked at.
	off := 0
	if len(line) > creditWindow {
		off = len(line) - creditWindow
		for off < len(line) && !utf8.RuneStart(line[off]) {
			off++
		}
	}
	if i := creditIn(line[off:]); i >= 0 {
		return off + i
	}
	return -1
}

// creditWindow is how far from the end of a line a credit may start.
const creditWindow = 200

// creditIn is creditStart on the end of a line.
func creditIn(l string) int {
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndexByte(l, '('); i >= 0 {
			inner := l[i+1 : len(l)-1]
			if !strings.HasPrefix(inner, "c) ") && !strings.HasPrefix(inner, "C) ") && isCreditPhrase(inner) {
				return i
			}
		}
	}
	for _, mark := range []string{"©", "(c)", "(C)"} {
		if i := strings.LastIndex(l, mark); i >= 0 {
			tail := strings.TrimSpace(l[i+len(mark):])
			if tail != "" && len(tail) <= 60 && words(tail) <= 8 && !endsInPunct(tail) {
				return i
			}
		}
	}
	// Look at the last few words for a credit word.
	fields := fieldIndexes(l)
	for k := len(fields) - 1; k >= 0 && k >= len(fields)-10; k-- {
		w := strings.TrimRight(l[fields[k][0]:fields[k][1]], ":")
		if !creditWords[w] {
			continue
		}
		if isCreditPhrase(l[fields[k][0]:]) {
			return fields[k][0]
		}
		return -1
	}
	return -1
}

// isCreditPhrase tells whether s is a credit word and a credit name:
// "Beeld EPA", "Foto: ANP", "Foto Marcel van den Bergh / de Volkskrant".
func isCreditPhrase(s string) bool {
	w, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
	w = strings.TrimRight(w, ":")
	if !creditWords[w] {
		return false
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	if rest == "" || len(rest) > 80 || endsInPunct(rest) {
		return false
	}
	n, agency := 0, false
	for _, tok := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '/' || r == '|' || r == ',' }) {
		n++
		lt := strings.ToLower(tok)
		if agencies[lt] {
			agency = true
			continue
		}
		if particles[lt] && lt == tok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tok)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return n > 0 && (n <= 7 || agency && n <= 10)
}

// fieldIndexes returns the [start, end) offsets of the space-separated
// words of s.
func fieldIndexes(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// tweetSignature matches the signature line of an embedded tweet:
// "— Name (@handle) 14 september 2020" or "… (@handle) September 14, 2020".
var tweetSignature = regexp.MustCompile(`(?:—|–|-|&mdash;)\s*[^()\n]{0,80}\(@\w{1,15}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})`)

// embedMarkers are phrases that only occur in embedded posts.
var embedMarkers = []string{
	"pic.twitter.com/", "A post shared by", "Een bericht gedeeld door",
	"View this post on Instagram", "Bekijk dit bericht op Instagram",
	"Dit bericht bekijken op Instagram", "Bekijk deze post op Instagram",
	"Watch on YouTube", "Bekijk op YouTube", "Bekijk deze video op YouTube",
	"Dit bericht op Instagram bekijken", "View on Threads", "Bekijk op TikTok",
}

// embedHosts are hosts whose bare links are embeds.
var embedHosts = []string{
	"twitter.com/", "x.com/", "youtube.com/", "youtu.be/", "instagram.com/",
	"tiktok.com/", "facebook.com/", "fb.watch/", "t.co/", "vimeo.com/", "threads.net/",
}

// isEmbed tells whether a line is (part of) an embedded social-media post.
func isEmbed(line string) bool {
	for _, m := range embedMarkers {
		if strings.Contains(line, m) {
			return true
		}
	}
	if strings.Contains(line, "(@") && len(line) <= 600 && tweetSignature.MatchString(line) {
		return true
	}
	if !strings.ContainsRune(line, ' ') {
		l := strings.TrimPrefix(strings.TrimPrefix(line, "https://"), "http://")
		l = strings.TrimPrefix(l, "www.")
		l = strings.TrimPrefix(l, "m.")
		for _, h := range embedHosts {
			if strings.HasPrefix(l, h) {
				return true
			}
		}
	}
	return false
}

// sharePrefixes start share, follow and subscribe lines (lowercased).
var sharePrefixes = []string{
	"deel dit artikel", "deel dit bericht", "deel dit via", "deel via", "delen via",
	"deel op facebook", "deel op twitter", "deel op whatsapp", "delen:", "deel:",
	"schrijf je in voor", "schrijf u in voor", "schrijf je hier in", "meld je aan voor",
	"meld je nu aan", "meld je hier aan", "abonneer je", "abonneer nu", "word abonnee",
	"volg ons op", "volg ons via", "volg ons ook", "volg de laatste ontwikkelingen",
	"ontvang onze nieuwsbrief", "ontvang de nieuwsbrief", "mis niets", "download de app",
	"download onze app", "tip de redactie", "heb je een tip", "reageer op dit artikel",
	"share this article", "share this story", "share on", "sign up for", "subscribe to",
	"subscribe now", "follow us on", "teilen:", "artikel teilen", "newsletter abonnieren",
	"partager cet article", "abonnez-vous", "inschrijven voor de nieuwsbrief",
}

// isShare tells whether a short line asks readers to share, follow or
// subscribe.
func isShare(line string) bool {
	if len(line) > 160 {
		return false
	}
	l := strings.ToLower(line)
	for _, p := range sharePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return l == "nieuwsbrief" || l == "delen" || l == "share" || l == "deel dit artikel"
}

// relatedHeads start related-article blocks (lowercased).
var relatedHeads = []string{
	"lees ook", "lees meer", "lees verder", "lees hier", "meer over", "bekijk ook",
	"ook interessant", "gerelateerd", "gerelateerde artikelen", "zie ook", "kijk ook",
	"luister ook", "meer lezen", "eerder verschenen", "meer nieuws", "read more",
	"read also", "related", "see also", "more on", "lesen sie auch", "mehr zum thema",
	"à lire aussi", "lire aussi",
}

// relatedHead tells whether line starts a related-article block, and
// whether it is a bare header ("Lees ook:") followed by teasers rather
// than a single link line ("Lees ook: Europa wacht af").
func relatedHead(line string) (head, bare bool) {
	if len(line) > 200 {
		return false, false
	}
	l := strings.ToLower(line)
	for _, p := range relatedHeads {
		if !strings.HasPrefix(l, p) {
			continue
		}
		rest := l[len(p):]
		if rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, ":-–—|>» "))
		if rest == "" {
			return true, true
		}
		// "Lees meer: titel" is a link; "Meer over Wit-Rusland" a header;
		// prose ("Lees ook het rapport.") ends in a full stop.
		if strings.HasSuffix(rest, ".") && !strings.ContainsAny(l[len(p):], ":»>|") {
			return false, false
		}
		if strings.ContainsAny(l[len(p):min(len(l), len(p)+3)], ":»>|-–—") {
			return true, false
		}
		return true, words(rest) <= 4
	}
	return false, false
}

// markRelated marks related-article blocks: their header and the teasers
// after it (a title line, optionally with a short lead) up to the end or
// the next prose.
func markRelated(body string, units []unit) {
	for i := 0; i < len(units); i++ {
		if units[i].kind != "" {
			continue
		}
		head, bare := relatedHead(body[units[i].start:units[i].end])
		if !head {
			continue
		}
		units[i].kind = kroniek.RemovedRelated
		j := i + 1
		for j < len(units) {
			line := body[units[j].start:units[j].end]
			if units[j].kind != "" {
				j++
				continue
			}
			if h, _ := relatedHead(line); h {
				units[j].kind = kroniek.RemovedRelated
				j++
				continue
			}
			if !bare || !isTeaserTitle(line) {
				break
			}
			// A title followed by long prose is a subheading, not a teaser.
			k := j + 1
			if k < len(units) {
				next := body[units[k].start:units[k].end]
				if !isTeaserTitle(next) && !isTeaserLead(next) {
					break
				}
			}
			units[j].kind = kroniek.RemovedRelated
			if k < len(units) && units[k].kind == "" && !isTeaserTitle(body[units[k].start:units[k].end]) {
				units[k].kind = kroniek.RemovedRelated
				k++
			}
			j = k
		}
		i = j - 1
	}
}

// isTeaserTitle tells whether a line looks like the title of a linked
// article: short, and not ending in a full stop (a question mark may end
// it), or a list item.
func isTeaserTitle(line string) bool {
	if len(line) > 160 || words(line) > 20 {
		return false
	}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "» ") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".,;:!…", last)
}

// isTeaserLead tells whether a line is short enough to be the lead of a
// teaser: one to three sentences, at most 300 bytes.
func isTeaserLead(line string) bool {
	return len(line) <= 300 && sentences(line) <= 3
}
