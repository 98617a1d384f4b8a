// Package ner tags names of persons, places, organisations and other things
// (CoNLL-2002 PER/LOC/ORG/MISC) in Dutch text with an averaged perceptron
// trained on CoNLL-2002 and word clusters learned from unlabelled news text.
//
// It owns the tagger, its training and the shipped model (model/).
package ner
