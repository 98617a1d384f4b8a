// Command kroniek turns a stream of news articles into a chronicle of the
// stories they tell. See `kroniek help`.
//
// It owns the command line: one file per subcommand, the wiring of the
// pipeline's stages (wire.go) and the text report (report.go). Its tests
// run the real wiring in process, and the test binary itself as the
// kroniek process where one must be killed or raced (main_test.go).
package main
