package story

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"slices"
	"sync"

	"github.com/kroniek/kroniek"
)

// lastLink keeps the last linking Build made with the default term
// function, keyed by a hash of all it read. The pipeline builds the
// stories a second time after completing year-less dates from them
// (pipeline.fillYears): that changes timelines, not what linking reads
// (texts, titles, publication dates, resolved entity mentions), so the
// second build reuses the duplicates, genres and clusters of the first.
var lastLink struct {
	sync.Mutex
	key [sha256.Size]byte
	l   linked
}

// linkMemo is linkAll, reusing the last result when its input is the
// same. Callers must not modify the result's groups or space; its links
// are the caller's own.
func linkMemo(articles []*kroniek.Article, analyses map[string]*kroniek.Analysis, opts Options, memo bool) linked {
	if !memo {
		return linkAll(articles, analyses, opts)
	}
	key := linkKey(articles, analyses, opts)
	lastLink.Lock()
	l, ok := lastLink.l, lastLink.key == key && lastLink.l.links != nil
	lastLink.Unlock()
	if !ok {
		l = linkAll(articles, analyses, opts)
		lastLink.Lock()
		lastLink.key, lastLink.l = key, l
		lastLink.Unlock()
	}
	l.links = slices.Clone(l.links)
	return l
}

// linkKey hashes everything linkAll reads: the options (but the term
// function, which must be the default), each article's id, publication
// date, language, title and text, and the resolved entity mentions of its
// text.
func linkKey(articles []*kroniek.Article, analyses map[string]*kroniek.Analysis, opts Options) [sha256.Size]byte {
	h := sha256.New()
	o := opts
	o.Terms = nil
	fmt.Fprintf(h, "%+v\n", o)
	var buf [8]byte
	num := func(h hash.Hash, n int) {
		binary.LittleEndian.PutUint64(buf[:], uint64(n))
		h.Write(buf[:])
	}
	str := func(h hash.Hash, s string) {
		num(h, len(s))
		h.Write([]byte(s))
	}
	num(h, len(articles))
	for _, a := range articles {
		str(h, a.ID)
		str(h, a.Published)
		str(h, a.Lang)
		str(h, a.Title)
		str(h, a.Text)
		an := analyses[a.ID]
		if an == nil {
			num(h, -1)
			continue
		}
		for _, m := range an.Mentions {
			if m.Entity == "" || m.Field != "" {
				continue
			}
			str(h, m.Entity)
			num(h, m.Start)
			num(h, m.End)
			str(h, m.Text)
			str(h, m.Type)
		}
		num(h, -2)
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key
}
