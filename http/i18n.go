package http

import (
	"net/http"
	"strings"
)

// texts holds every page text: its key, Dutch, English.
var texts = [][3]string{
	{"stories", "Verhalen", "Stories"},
	{"story", "Verhaal", "Story"},
	{"article_one", "artikel", "article"},
	{"search", "Zoeken", "Search"},
	{"articles", "artikelen", "articles"},
	{"copy_one", "kopie", "copy"},
	{"copies", "kopieën", "copies"},
	{"articles_head", "Artikelen", "Articles"},
	{"article", "Artikel", "Article"},
	{"sources", "bronnen", "sources"},
	{"actors", "Actoren", "Actors"},
	{"timeline", "Tijdlijn", "Timeline"},
	{"summary", "Samenvatting", "Summary"},
	{"substories", "Deelverhalen", "Sub-stories"},
	{"background", "Achtergrond", "Background"},
	{"plan", "gepland", "planned"},
	{"digest_items", "Uit nieuwsoverzichten", "From news digests"},
	{"genre", "Genre", "Genre"},
	{"genre_news", "nieuws", "news"},
	{"genre_column", "column", "column"},
	{"genre_letters", "brieven", "letters"},
	{"genre_digest", "nieuwsoverzicht", "digest"},
	{"genre_comic", "strip", "comic"},
	{"genre_weather", "weer", "weather"},
	{"genre_quiz", "quiz", "quiz"},
	{"genre_series", "serie", "series"},
	{"quotes", "Citaten", "Quotes"},
	{"figures", "Cijfers", "Figures"},
	{"comparison", "Bronnen vergeleken", "How the sources differ"},
	{"network", "Wie doet wat met wie", "Who acts on whom"},
	{"entity", "Entiteit", "Entity"},
	{"aliases", "Schrijfwijzen", "Spellings"},
	{"attention", "Aandacht per dag", "Attention per day"},
	{"events", "Gebeurtenissen", "Events"},
	{"related", "Komt samen voor met", "Appears with"},
	{"removed", "Verwijderd bij opschonen", "Removed by cleaning"},
	{"published", "Gepubliceerd", "Published"},
	{"inferred", "afgeleid", "inferred"},
	{"outlet", "Medium", "Outlet"},
	{"language", "Taal", "Language"},
	{"from", "Van", "From"},
	{"to", "Tot", "To"},
	{"type", "Type", "Type"},
	{"no_results", "Niets gevonden.", "Nothing found."},
	{"no_word", "Niets gezocht: de zoekvraag bevat geen woord, alleen leestekens.", "Nothing searched: the query holds no word, only punctuation."},
	{"only_stop_words", "Niets gevonden: zulke veelvoorkomende woorden (de, het, een, …) worden niet gezocht. Voeg een woord toe dat meer zegt.", "Nothing found: words as common as these (de, het, een, …) are not searched. Add a word that says more."},
	{"results", "resultaten", "results"},
	{"only_here", "Alleen hier", "Only here"},
	{"first", "Eerst", "First"},
	{"naming", "Naamgeving", "Naming"},
	{"said", "zei", "said"},
	{"none", "Geen", "None"},
	{"mentions", "vermeldingen", "mentions"},
	{"mention_one", "vermelding", "mention"},
	{"summary_only", "Alleen de samenvatting uit de feed: kroniek analyze --fetch leest het hele artikel.", "Only the feed's summary: kroniek analyze --fetch reads the whole article."},
	{"single_one", "verhaal van één artikel niet getoond", "one-article story not shown"},
	{"single_many", "verhalen van één artikel niet getoond", "one-article stories not shown"},
	{"date", "Datum", "Date"},
	{"lang_und", "onbepaald", "undetermined"},
	{"no_text", "Dit artikel heeft geen tekst: de bron gaf alleen de gegevens hierboven.", "This article has no text: its source gave only the details above."},
	{"date_week", "week %d van %d", "week %d of %d"},
	{"date_weekend", "weekend van week %d, %d", "weekend of week %d, %d"},
	{"date_decade", "jaren %d", "%ds"},
	{"date_century", "%de eeuw", "%d%s century"},
	{"season_SP", "voorjaar", "spring"},
	{"season_SU", "zomer", "summer"},
	{"season_FA", "najaar", "autumn"},
	{"season_WI", "winter", "winter"},
	{"actor", "Actor", "Actor"},
	{"recipient", "Ontvanger", "Recipient"},
	{"evidence", "Bewijs", "Evidence"},
	{"all", "alle", "all"},
	{"value", "Waarde", "Value"},
	{"text", "Tekst", "Text"},
	{"legend", "Legenda", "Legend"},
	{"name", "naam", "name"},
	{"time", "tijd", "time"},
	{"quote", "citaat", "quote"},
	{"figure", "cijfer", "figure"},
	{"figure_head", "Cijfer", "Figure"},
	{"counted", "Wat", "What"},
	{"empty", "Nog geen verhalen. Analyseer artikelen met: kroniek analyze PAD", "No stories yet. Analyse articles with: kroniek analyze PATH"},
	{"behind", "De verhalen lopen achter op de opgeslagen artikelen (een analyse loopt nog of werd onderbroken); kroniek rebuild of dezelfde analyze opnieuw werkt ze bij.", "The stories are behind the stored articles (an analysis is still running or was interrupted); kroniek rebuild, or the same analyze again, brings them up to date."},
	{"duplicate_of", "Kopie van", "Copy of"},
	{"story_of", "Onderdeel van", "Part of"},
	{"search_placeholder", "Zoek in artikelen…", "Search articles…"},
	{"filter", "Filter", "Filter"},
	{"negated", "ontkend", "negated"},
	{"hypothetical", "voorgenomen", "planned"},
	{"unknown", "onbekend", "unknown"},
	{"unknown_speaker", "spreker onbekend", "unknown speaker"},
	{"and", "en", "and"},
	{"together_with", "samen met", "together with"},
	{"no_outlet", "geen medium genoemd", "no outlet named"},
	{"more_quotes", "nog %d citaten", "%d more quotes"},
	{"dates", "Periode", "Dates"},
	{"facet_entity", "Entiteit", "Entity"},
	{"facet_event", "Gebeurtenis", "Event"},
	{"facet_lang", "Taal", "Language"},
	{"facet_story", "Verhaal", "Story"},
	{"facet_outlet", "Medium", "Outlet"},
	{"lang", "nl", "en"},
	{"result_one", "resultaat", "result"},
	{"event_one", "gebeurtenis", "event"},
	{"event_many", "gebeurtenissen", "events"},
	{"since", "Nieuw", "New"},
	{"since_title", "Wat is er nieuw sinds", "What is new since"},
	{"since_heading", "Wat is er nieuw", "What is new"},
	{"since_nodate", "Nog geen artikelen met een datum. Analyseer artikelen met: kroniek analyze PAD", "No dated articles yet. Analyse articles with: kroniek analyze PATH"},
	{"since_none", "Geen verhalen met artikelen vanaf deze datum.", "No stories with articles from this date on."},
	{"since_intro", "Verhalen met artikelen vanaf deze datum; nieuwe artikelen gemarkeerd.", "Stories with articles from this date on; new articles marked."},
	{"with_single", "ook verhalen van één artikel", "one-article stories too"},
	{"sort", "Volgorde", "Order"},
	{"sort_new", "nieuwste", "newest"},
	{"sort_size", "grootste", "largest"},
	{"sort_sources", "meeste bronnen", "most sources"},
	{"download", "Download", "Download"},
	{"active_filters", "Filters", "Filters"},
	{"remove", "verwijder filter", "remove filter"},
	{"first_reported", "Eerst gemeld door", "First reported by"},
	{"disagree", "Cijfers die verschillen per bron", "Figures that differ between sources"},
	{"indirect", "indirecte rede", "reported speech"},
	{"outlets", "Media", "Outlets"},
	{"source_one", "bron", "source"},
	{"article_many", "artikelen", "articles"},
	{"story_one", "verhaal", "story"},
	{"story_many", "verhalen", "stories"},
	{"stories_of", "Verhalen", "Stories"},
	{"articles_of", "Artikelen", "Articles"},
	{"apply", "Toon", "Show"},
	{"prev", "← vorige", "← previous"},
	{"next", "volgende →", "next →"},
	{"new", "nieuw", "new"},
	{"grew", "gegroeid", "grew"},
	{"new_story", "nieuw verhaal", "new story"},
	{"alias_note", "Gezocht op alle schrijfwijzen van", "Searched for every spelling of"},
	{"date_range", "Periode", "Dates"},
	{"mode", "Wijze", "Mode"},
	{"on", "op", "on"},
	{"generic_note", "Een groep zonder eigen naam, zoals de gebeurtenissen haar noemen.", "A group without a name of its own, as the events name it."},
	{"page_of", "van", "of"},
	{"entity_id", "id", "id"},
	{"facet_from", "Van", "From"},
	{"facet_to", "Tot", "To"},
	{"facet_all", "Ook", "Also"},
	{"facet_sort", "Volgorde", "Order"},
	{"all_languages", "alle talen", "all languages"},
	{"all_outlets", "alle media", "all outlets"},
	{"only_in", "Alleen in", "Only in"},
	{"search_help", "Zoektips: \"hele zin\", OF, NIET, begin*", "Tips: \"exact phrase\", OR, NOT, prefix*"},
}

// labels holds the page texts by language ("nl", "en") and key.
var labels = func() map[string]map[string]string {
	m := map[string]map[string]string{"nl": {}, "en": {}}
	for _, t := range texts {
		m["nl"][t[0]], m["en"][t[0]] = t[1], t[2]
	}
	return m
}()

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
