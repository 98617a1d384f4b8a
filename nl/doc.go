// Package nl is kroniek's Dutch text layer: tokens and sentences with byte
// offsets into the cleaned text, Dutch abbreviations, numbers, months and
// weekdays. Text in other languages gets a generic Unicode fallback.
package nl
