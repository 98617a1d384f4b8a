package main

import (
	"github.com/kroniek/kroniek/pipeline"
)

// analyzerVersion names the extractors; bump it when a stage's output
// changes so stored analyses are redone.
const analyzerVersion = "1"

// newPipeline wires every stage that kroniek has into a pipeline.
func newPipeline() (*pipeline.Pipeline, error) {
	var s pipeline.Stages
	return pipeline.New(s, analyzerVersion), nil
}
