// Package pipeline runs kroniek's stages over articles: cleaning, language,
// Dutch text, the extractors, then cross-document resolution and stories.
// Stages are plain functions wired explicitly by cmd/kroniek.
//
// It owns the order of the stages, idempotent ingest (what is new or
// changed), the generation mark's use and the cross-document rebuild.
package pipeline
