// Package bench measures the event extractor inside the real pipeline
// stages (tagger, resolution, time expressions) on the dpgmedia2019 corpus.
package bench
