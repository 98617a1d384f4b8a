// Package http serves kroniek's chronicle: a JSON API with an OpenAPI
// document, Prometheus metrics, and server-rendered web pages whose assets
// are embedded. It only reads the store.
//
// It owns routing, the page templates and assets, labels in Dutch and
// English, charts (SVG), downloads and the API's JSON shapes. What a page
// shows is computed elsewhere: entity timelines and co-actors by the
// Store, a story's naming view by story.Namings; this package renders.
package http
