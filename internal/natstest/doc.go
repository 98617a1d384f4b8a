// Package natstest runs an embedded NATS server with JetStream for the
// tests of the queue and of the commands that use it.
package natstest
