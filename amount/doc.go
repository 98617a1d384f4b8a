// Package amount finds the figures a Dutch news text reports: numbers in
// digits and words, their unit or currency, modifier and counted object.
package amount
