// Package clean takes out of an article body what is not the article:
// photo captions, related-article blocks with their teasers, social-media
// embeds and share lines, recording each removal, and marks subheadings.
//
// It owns the cleaning rules and their golden files; reading the body
// from its source is source's.
package clean
