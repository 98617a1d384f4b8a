// Package event codes who did what to whom, and when, in Dutch news text as
// PLOVER events; it merges reports of one event across articles and writes
// event exports (GDELT-like CSV, PLOVER JSON lines).
package event
