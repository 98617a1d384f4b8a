package http_test

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"

	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/sqlite"
)

// BenchmarkStoryPage renders one story page of the store named by
// KRONIEK_BENCH_DB (story KRONIEK_BENCH_STORY), e.g. the 53-article story
// of the dpgmedia store.
func BenchmarkStoryPage(b *testing.B) {
	path, id := os.Getenv("KRONIEK_BENCH_DB"), os.Getenv("KRONIEK_BENCH_STORY")
	if path == "" || id == "" {
		b.Skip("set KRONIEK_BENCH_DB and KRONIEK_BENCH_STORY")
	}
	store, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	srv, err := khttp.NewServer(store)
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/stories/"+id, nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
