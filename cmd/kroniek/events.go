package main

import (
	"io"

	"github.com/kroniek/kroniek"
)

// writeEvents writes events as GDELT-like CSV or PLOVER JSON records.
func writeEvents(w io.Writer, doc *kroniek.Export, format string) error {
	return kroniek.Errorf(kroniek.ENOTIMPLEMENTED, "%s export needs the event package", format)
}
