package http

import (
	"net/http"
	"strings"
)

// labels holds the page texts in Dutch and English.
var labels = map[string]map[string]string{
	"nl": {
		"stories": "Verhalen", "story": "Verhaal", "article_one": "artikel", "search": "Zoeken", "articles": "artikelen", "article": "Artikel",
		"sources": "bronnen", "actors": "Actoren", "timeline": "Tijdlijn", "summary": "Samenvatting",
		"substories": "Deelverhalen", "background": "Achtergrond", "plan": "gepland", "digest_items": "Uit nieuwsoverzichten", "genre": "Genre",
		"quotes": "Citaten", "figures": "Cijfers", "comparison": "Bronnen vergeleken", "network": "Wie doet wat met wie",
		"entity": "Entiteit", "aliases": "Schrijfwijzen", "attention": "Aandacht per dag", "events": "Gebeurtenissen",
		"related": "Komt samen voor met", "removed": "Verwijderd bij opschonen", "published": "Gepubliceerd",
		"inferred": "afgeleid", "outlet": "Medium", "language": "Taal", "from": "Van", "to": "Tot", "type": "Type",
		"no_results": "Niets gevonden.", "results": "resultaten", "only_here": "Alleen hier", "first": "Eerst",
		"naming": "Naamgeving", "said": "zei", "none": "Geen", "mentions": "vermeldingen", "date": "Datum",
		"actor": "Actor", "recipient": "Ontvanger", "evidence": "Bewijs", "all": "alle", "value": "Waarde",
		"text": "Tekst", "legend": "Legenda", "name": "naam", "time": "tijd", "quote": "citaat", "figure": "cijfer",
		"empty": "Nog geen verhalen. Analyseer artikelen met: kroniek analyze PAD", "duplicate_of": "Kopie van",
		"story_of": "Onderdeel van", "search_placeholder": "Zoek in artikelen…", "filter": "Filter",
		"negated": "ontkend", "hypothetical": "voorgenomen", "unknown": "onbekend", "dates": "Periode",
		"facet_entity": "Entiteit", "facet_event": "Gebeurtenis", "facet_lang": "Taal", "facet_story": "Verhaal", "facet_outlet": "Medium",
		"lang": "nl", "result_one": "resultaat", "event_one": "gebeurtenis", "event_many": "gebeurtenissen", "since": "Nieuw", "since_title": "Wat is er nieuw sinds", "since_intro": "Verhalen met artikelen vanaf deze datum; nieuwe artikelen gemarkeerd.",
		"with_single": "ook verhalen van één artikel", "sort": "Volgorde", "sort_new": "nieuwste", "sort_size": "grootste", "sort_sources": "meeste bronnen",
		"download": "Download", "active_filters": "Filters", "remove": "verwijder filter", "first_reported": "Eerst gemeld door",
		"disagree": "Cijfers die verschillen per bron", "indirect": "indirecte rede", "outlets": "Media", "source_one": "bron", "article_many": "artikelen",
		"story_one": "verhaal", "story_many": "verhalen", "stories_of": "Verhalen", "articles_of": "Artikelen", "apply": "Toon",
		"prev": "← vorige", "next": "volgende →", "new": "nieuw", "grew": "gegroeid", "new_story": "nieuw verhaal",
		"alias_note": "Gezocht op alle schrijfwijzen van", "date_range": "Periode", "mode": "Wijze", "on": "op",
		"generic_note": "Een groep zonder eigen naam, zoals de gebeurtenissen die noemen.", "page_of": "van", "entity_id": "id",
		"facet_from": "Van", "facet_to": "Tot", "facet_all": "Ook", "facet_sort": "Volgorde", "all_languages": "alle talen",
		"all_outlets": "alle media", "only_in": "Alleen in", "search_help": "Zoektips: \"hele zin\", OF, NIET, begin*",
	},
	"en": {
		"stories": "Stories", "story": "Story", "article_one": "article", "search": "Search", "articles": "articles", "article": "Article",
		"sources": "sources", "actors": "Actors", "timeline": "Timeline", "summary": "Summary",
		"substories": "Sub-stories", "background": "Background", "plan": "planned", "digest_items": "From news digests", "genre": "Genre",
		"quotes": "Quotes", "figures": "Figures", "comparison": "How the sources differ", "network": "Who acts on whom",
		"entity": "Entity", "aliases": "Spellings", "attention": "Attention per day", "events": "Events",
		"related": "Appears with", "removed": "Removed by cleaning", "published": "Published",
		"inferred": "inferred", "outlet": "Outlet", "language": "Language", "from": "From", "to": "To", "type": "Type",
		"no_results": "Nothing found.", "results": "results", "only_here": "Only here", "first": "First",
		"naming": "Naming", "said": "said", "none": "None", "mentions": "mentions", "date": "Date",
		"actor": "Actor", "recipient": "Recipient", "evidence": "Evidence", "all": "all", "value": "Value",
		"text": "Text", "legend": "Legend", "name": "name", "time": "time", "quote": "quote", "figure": "figure",
		"empty": "No stories yet. Analyse articles with: kroniek analyze PATH", "duplicate_of": "Copy of",
		"story_of": "Part of", "search_placeholder": "Search articles…", "filter": "Filter",
		"negated": "negated", "hypothetical": "planned", "unknown": "unknown", "dates": "Dates",
		"facet_entity": "Entity", "facet_event": "Event", "facet_lang": "Language", "facet_story": "Story", "facet_outlet": "Outlet",
		"lang": "en", "result_one": "result", "event_one": "event", "event_many": "events", "since": "New", "since_title": "What is new since", "since_intro": "Stories with articles from this date on; new articles marked.",
		"with_single": "one-article stories too", "sort": "Order", "sort_new": "newest", "sort_size": "largest", "sort_sources": "most sources",
		"download": "Download", "active_filters": "Filters", "remove": "remove filter", "first_reported": "First reported by",
		"disagree": "Figures that differ between sources", "indirect": "reported speech", "outlets": "Outlets", "source_one": "source", "article_many": "articles",
		"story_one": "story", "story_many": "stories", "stories_of": "Stories", "articles_of": "Articles", "apply": "Show",
		"prev": "← previous", "next": "next →", "new": "new", "grew": "grew", "new_story": "new story",
		"alias_note": "Searched for every spelling of", "date_range": "Dates", "mode": "Mode", "on": "on",
		"generic_note": "A group without a name of its own, as the events name it.", "page_of": "of", "entity_id": "id",
		"facet_from": "From", "facet_to": "To", "facet_all": "Also", "facet_sort": "Order", "all_languages": "all languages",
		"all_outlets": "all outlets", "only_in": "Only in", "search_help": "Tips: \"exact phrase\", OR, NOT, prefix*",
	},
}

// language picks the page language: ?ui=, then the ui cookie, then
// Accept-Language; Dutch or English. (?lang= filters articles by language.)
func language(r *http.Request) string {
	if l := r.URL.Query().Get("ui"); l == "nl" || l == "en" {
		return l
	}
	if c, err := r.Cookie("ui"); err == nil && (c.Value == "nl" || c.Value == "en") {
		return c.Value
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		if strings.HasPrefix(tag, "nl") {
			return "nl"
		}
		if strings.HasPrefix(tag, "en") {
			return "en"
		}
	}
	return "en"
}
