// Package kroniek holds the domain of kroniek: articles, the entities,
// quotes, figures, dates and events extracted from them, the stories they
// tell, and the Store that keeps them. It imports nothing heavy; every
// dependency lives in a folder of its own that implements these types.
//
// It owns the domain types and their JSON, the error codes, the Store
// interface (with the views a page needs: an entity's timeline and
// co-actors) and the keys every package shares, such as the generic
// actor key (GenericKey, ParseGeneric).
package kroniek
