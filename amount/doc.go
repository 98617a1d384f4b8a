// Package amount finds the figures a Dutch news text reports: numbers in
// digits and words, their unit or currency, modifier and counted object.
//
// It owns the Amount extractor, its word-class lexicons (data/, built by
// internal/mklex) and their golden and gold tests; numbers as tokens are
// nl's.
package amount
