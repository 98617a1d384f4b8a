// Package clean takes out of an article body what is not the article:
// photo captions, related-article blocks, social-media embeds and share lines, recording each removal and marking subheadings.
package clean
