// Package watch is the feed daemon behind `kroniek watch`: it polls RSS and
// Atom feeds politely, fetches new items once and hands them to the pipeline,
// keeping its state in the store so that a restart resumes where it stopped.
// It owns polling, backoff and the feed state; reading a feed is source's.
package watch
