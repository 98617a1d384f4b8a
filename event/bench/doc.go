// Package bench measures the event extractor inside the real pipeline
// stages (tagger, resolution, time expressions) on the dpgmedia2019 corpus.
// It owns only that benchmark; it holds no code of the extractor.
package bench
