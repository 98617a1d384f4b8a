// Package pipeline runs kroniek's stages over articles: cleaning, language,
// Dutch text, the extractors, then cross-document resolution and stories.
// Stages are plain functions wired explicitly by cmd/kroniek.
package pipeline
