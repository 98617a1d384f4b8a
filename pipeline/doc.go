// Package pipeline runs kroniek's stages over articles: cleaning, language,
// Dutch text, the extractors, then cross-document resolution and stories.
// Stages are plain functions wired explicitly by cmd/kroniek. The
// extractors read an article's text and then its title, parsed as a
// document of its own: the title's items carry Field kroniek.FieldTitle
// and offsets into the title; story building sees the text's items only.
//
// It owns the order of the stages, idempotent ingest (what is new or
// changed), the generation mark's use and the cross-document rebuild.
package pipeline
