// Package story finds which articles tell the same story: near-duplicate
// detection, online clustering, and the story view (timeline, summary,
// figures, sources and how they differ).
//
// It owns building stories (Build) and the views of a built story that
// its renderers share (display.go: Namings; WriteReport), so that the
// command line, the web page and WriteReport regroup nothing themselves.
package story
