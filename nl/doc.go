// Package nl is kroniek's Dutch text layer: tokens and sentences with byte
// offsets into the cleaned text, Dutch abbreviations, numbers, months and
// weekdays, the tagger, lemmatiser and dependency parser, and search
// terms. Text in other languages gets a generic Unicode fallback.
//
// It owns the one Dutch lexicon (lex/, data/), the syntax model (model/)
// and its training; the extractors read Docs and never tokenise again.
package nl
