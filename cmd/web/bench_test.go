package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkRequests measures whole requests through the router, middleware
// included, on the demo story (two articles, 6.6 KB of text). Read the
// req/s metric; one request at a time on one goroutine.
func BenchmarkRequests(b *testing.B) {
	app := newTestApp(b, true)
	for _, path := range []string{
		"/stories/1",
		"/api/stories/1",
		"/stories/1/export.ics",
		"/stories/1/export.timeline.json",
	} {
		b.Run(path, func(b *testing.B) {
			h := app.Handler()
			if rec := serve(h, path); rec.Code != http.StatusOK {
				b.Fatalf("GET %s = %d, want 200", path, rec.Code)
			}
			for b.Loop() {
				serve(h, path)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}

func serve(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}
