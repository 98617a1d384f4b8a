package http

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
)

//go:embed openapi.json
var openapiDoc []byte

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openapiDoc)
	return err
}

// queryParams returns, per API path of openapi.json that takes query
// parameters, the names it takes.
func queryParams() (map[string][]string, error) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, In string } `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		return nil, fmt.Errorf("read openapi.json: %w", err)
	}
	out := map[string][]string{}
	for path, ops := range doc.Paths {
		for _, p := range ops["get"].Parameters {
			if p.In == "query" {
				out[path] = append(out[path], p.Name)
			}
		}
	}
	return out, nil
}

// onlyParams answers a request with a query parameter the API path does
// not take with an invalid-request error that names the ones it takes: a
// filter misspelt or taken from another endpoint (/api/entities?q=May)
// would otherwise be ignored and the whole list look like its answer.
// ui, the page language, is taken everywhere.
func onlyParams(path string, names []string, h handlerFunc) handlerFunc {
	ok := map[string]bool{"ui": true}
	for _, n := range names {
		ok[n] = true
	}
	takes := strings.Join(names, ", ")
	return func(w http.ResponseWriter, r *http.Request) error {
		var bad []string
		for k := range r.URL.Query() {
			if !ok[k] {
				bad = append(bad, k)
			}
		}
		if len(bad) > 0 {
			sort.Strings(bad)
			return kroniek.Errorf(kroniek.EINVALID, "unknown parameter %q: %s takes %s", bad[0], path, takes)
		}
		return h(w, r)
	}
}
