// Package storetest is the contract test suite of kroniek.Store: every
// implementation runs the same tests on the same hand-written fixtures.
package storetest
