package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// discard is a ResponseWriter that keeps the headers and drops the body,
// so that a benchmark counts the server's work, not a recorder's copy.
type discard struct {
	h    http.Header
	code int
	n    int
}

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) WriteHeader(code int)        { d.code = code }
func (d *discard) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

// processCPU is the CPU time this process has used (getrusage).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCachedRequest is one request of an anonymous reader, with
// gzip, for the public page and the embed page of a story of 5,000 events
// once they are cached: the server's work behind a load test, without the
// network and the client. Read cpu-µs/op (getrusage) and B/op.
func BenchmarkCachedRequest(b *testing.B) {
	app := newTestApp(b, false)
	id := bigStory(b, app, 5000)
	h := app.Handler()
	for _, suffix := range []string{"", "/embed"} {
		path := "/stories/" + strconv.FormatInt(id, 10) + suffix
		b.Run(fmt.Sprintf("events=5000/%s", path[len("/stories/1"):]), func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, path, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			h.ServeHTTP(&discard{h: http.Header{}}, req) // fills the cache
			b.ReportAllocs()
			before := processCPU()
			for b.Loop() {
				w := &discard{h: http.Header{}}
				h.ServeHTTP(w, req)
				if w.code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, w.code)
				}
			}
			b.ReportMetric(float64((processCPU()-before).Microseconds())/float64(b.N), "cpu-µs/op")
		})
	}
}
