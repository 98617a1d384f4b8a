// Package timex finds Dutch time expressions (dates, weekdays, relative
// dates, durations), resolves them against an article's date, and infers
// publication dates from the text when metadata lacks them. It owns the
// time-expression lexicon (data/).
package timex
