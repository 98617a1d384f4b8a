// Package nats carries articles from publishers to kroniek workers over a
// NATS JetStream stream, with explicit acks after the store commits, so
// that delivery is at least once and writes are idempotent.
package nats
