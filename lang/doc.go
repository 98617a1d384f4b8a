// Package lang tells the language of an article or a title: nl, en, de,
// fr, es, it, pl, ru or uk, with a compact embedded character n-gram model.
// It owns the model (built by internal/gen) and detection only.
package lang
