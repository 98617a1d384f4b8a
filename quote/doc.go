// Package quote finds quotations in Dutch news text, direct (in every
// quote mark Dutch outlets use) and indirect ("X zei dat …"), and
// attributes each to its speaker: a name, a pronoun or a description.
// It owns the quote extractor and how quotes are shown (ForDisplay).
package quote
