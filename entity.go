package kroniek

// Entity types, as in CoNLL-2002.
const (
	PER  = "PER"
	LOC  = "LOC"
	ORG  = "ORG"
	MISC = "MISC"
)

// Entity is one actor, place, organisation or other named thing, resolved
// across every spelling and article in the store.
type Entity struct {
	// ID is stable across runs on the same input.
	ID      string   `json:"id"`
	Name    string   `json:"name"` // display name: the fullest form
	Type    string   `json:"type"` // PER, LOC, ORG or MISC
	Country string   `json:"country"`
	KB      string   `json:"kb,omitempty"` // knowledge-base id, when linked
	Aliases []string `json:"aliases"`
	// StandsFor is the entity this place or building stands for when it
	// is used as an actor ("Moskou eist…", "het Kremlin"): the id of the
	// government's entity, or its knowledge-base id when the corpus has
	// no entity for it.
	StandsFor string `json:"stands_for,omitempty"`
	// Links say why the entity holds each article's name: the rule that
	// joined it (kroniek explain prints them).
	Links []Link `json:"links,omitempty"`
	// Count is the number of mentions; Mentions may be left empty in lists.
	Count    int       `json:"count"`
	Mentions []Mention `json:"mentions"`
}

// Link is one reason an entity holds a name: within an article (a short
// form, an acronym introduced in the text) or across articles (the same
// knowledge-base id, the same full name).
type Link struct {
	Article string `json:"article"`
	Name    string `json:"name"` // the name as the article gives it
	Rule    string `json:"rule"`
}

// FieldTitle is Mention.Field of a name in the article's title.
const FieldTitle = "title"

// Mention is one occurrence of a name in an article.
type Mention struct {
	Article string `json:"article"`
	// Field is where the offsets point: "" for the article's Text,
	// FieldTitle for its Title (a name the headline alone gives).
	Field string `json:"field,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Type is the tagger's or knowledge base's type for this occurrence.
	Type string `json:"type,omitempty"`
	// Local is the article-local entity key set by extraction ("L3");
	// Entity is the global entity id set by cross-document resolution.
	Local  string `json:"local,omitempty"`
	Entity string `json:"entity,omitempty"`
	// KB is the knowledge-base id the mention links to, if any.
	KB string `json:"kb,omitempty"`
	// Role is a title or role that came with the mention ("president").
	Role string `json:"role,omitempty"`
	// StandsFor is the knowledge-base id of what a place or building
	// used as an actor stands for ("Moskou eist…": country:RU).
	StandsFor string `json:"stands_for,omitempty"`
}

// LocalEntity is what one article says of one entity: its fullest name in
// that article and the knowledge-base link, before cross-document
// resolution joins it with the same entity in other articles.
type LocalEntity struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Country string   `json:"country,omitempty"`
	KB      string   `json:"kb,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	// StandsFor is the knowledge-base id of what the place or building
	// stands for where the article uses it as an actor.
	StandsFor string `json:"stands_for,omitempty"`
	// Links say why names of the article were joined into this entity
	// ("Loekasjenko: short form of Aleksandr Loekasjenko").
	Links []string `json:"links,omitempty"`
}
