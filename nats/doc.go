// Package nats carries articles from publishers to kroniek workers over a
// NATS JetStream stream, with explicit acks after the store commits, so
// that delivery is at least once and writes are idempotent.
//
// It owns the stream, its consumers, rebuild requests, worker heartbeats
// and the queue's binding to one store; what a worker does with a batch
// is cmd/kroniek's.
package nats
