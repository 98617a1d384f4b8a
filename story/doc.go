// Package story finds which articles tell the same story: near-duplicate
// detection, online clustering, and the story view (timeline, summary, sources).
package story
