// Package clock holds the waiting that the fetcher and the feed watcher
// share.
package clock
