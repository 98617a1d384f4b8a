package http

import (
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// assetFiles are the embedded assets, finished once: typed, tagged and,
// where it helps, compressed. There is no directory listing.
type assetFiles map[string]*response

func newAssetFiles() (assetFiles, error) {
	files := assetFiles{}
	err := fs.WalkDir(assetFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(assetFS(), p)
		if err != nil {
			return err
		}
		b := newBufferWriter()
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		b.Header().Set("Content-Type", ct)
		b.Header().Set("Cache-Control", "public, max-age=3600")
		_, _ = b.Write(body)
		files[p] = b.finish()
		return nil
	})
	return files, err
}

func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimPrefix(r.URL.Path, "/assets/")
	a := s.assets[name]
	if a == nil {
		s.pages.renderError(w, r, http.StatusNotFound, notFoundMessage(r))
		return nil
	}
	a.serve(w, r, startTime)
	return nil
}
