// Package event codes who did what to whom, and when, in Dutch news text as
// PLOVER events; it merges reports of one event across articles and writes
// event exports (GDELT-like CSV, PLOVER JSON lines).
//
// It owns the event lexicon (lexicon/), the coding rules, the merge of
// events across articles and the event export formats; generic actor keys
// are built and parsed with kroniek.GenericKey and kroniek.ParseGeneric.
package event
