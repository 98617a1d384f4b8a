package sqlite

import (
	"sync"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// aheadDepth bounds how many items ahead encodes before the writer takes
// them.
const aheadDepth = 64

// ahead runs encode over items on another goroutine, in order, at most
// aheadDepth items before the writer: the JSON encoding of a large write
// (a third of a corpus's) runs beside the SQL statements, which a
// transaction runs one at a time on one core. next returns the encoding
// of the next item; stop ends the goroutine early and may be called more
// than once.
func ahead[S, T any](items []S, encode func(S) T) (next func() T, stop func()) {
	out := make(chan T, aheadDepth)
	done := make(chan struct{})
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- encode(it):
			case <-done:
				return
			}
		}
	}()
	var once sync.Once
	return func() T { return <-out }, func() { once.Do(func() { close(done) }) }
}

// encodedAnalysis is an analysis's JSON: the whole, and each quote,
// amount, time and event row's data column.
type encodedAnalysis struct {
	data                           string
	quotes, amounts, times, events []string
	err                            error
}

// parts says what of an analysis an encoding holds.
type parts uint8

const (
	partData  parts = 1 << iota // the whole analysis
	partEarly                   // quote and amount rows (final before the stories)
	partLate                    // time and event rows
	partRows  = partEarly | partLate
)

// encodeAnalysis encodes what putAnalysis writes of an as JSON. A nil
// analysis or one without article id encodes to nothing (putAnalysis
// refuses it).
func encodeAnalysis(an *kroniek.Analysis) encodedAnalysis { return encodeParts(an, partData|partRows) }

// encodeParts encodes the parts p of an as JSON.
func encodeParts(an *kroniek.Analysis, p parts) encodedAnalysis {
	var e encodedAnalysis
	if an == nil || an.Article == "" {
		return e
	}
	id := an.Article
	if p&partData != 0 {
		if e.data, e.err = storeenc.JSONText(an); e.err != nil {
			return e
		}
	}
	each := func(n int, item func(i int) any) []string {
		out := make([]string, n)
		for i := range out {
			if e.err == nil {
				out[i], e.err = storeenc.JSONText(item(i))
			}
		}
		return out
	}
	if p&partEarly != 0 {
		e.quotes = each(len(an.Quotes), func(i int) any { q := an.Quotes[i]; q.Article = id; return q })
		e.amounts = each(len(an.Amounts), func(i int) any { a := an.Amounts[i]; a.Article = id; return a })
	}
	if p&partLate != 0 {
		e.times = each(len(an.Times), func(i int) any { t := an.Times[i]; t.Article = id; return t })
		e.events = each(len(an.Events), func(i int) any {
			ev := an.Events[i]
			ev.Article = id
			storeenc.EventLists(&ev)
			return ev
		})
	}
	return e
}

// encodeData encodes an as JSON for putAnalysisLater, which writes no
// rows.
func encodeData(an *kroniek.Analysis) encodedAnalysis { return encodeParts(an, partData) }

// encodedEntity is the data column of an entity row (without mentions).
type encodedEntity struct {
	data string
	err  error
}

func encodeEntity(e *kroniek.Entity) encodedEntity {
	if e == nil || e.ID == "" {
		return encodedEntity{}
	}
	rec := *e
	rec.Mentions = nil
	data, err := storeenc.JSONText(rec)
	return encodedEntity{data, err}
}
