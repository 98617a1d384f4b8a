// Package http serves kroniek's chronicle: a JSON API with an OpenAPI
// document, Prometheus metrics, and server-rendered web pages whose assets
// are embedded. It only reads the store.
package http
