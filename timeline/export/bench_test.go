package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
)

// cpuTime is the CPU time this process has used (user and system), which
// suffers less than the wall clock from other work on the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// heldWhileWriting is the most heap that write holds (live after a
// collection, above what was live before it began), sampled every 256 KB
// it writes: flat across story sizes when the export is written as it is
// made, the size of the document when it is built whole first.
func heldWhileWriting(b *testing.B, write func(io.Writer) error) uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	s := &sampler{base: ms.HeapAlloc}
	if err := write(s); err != nil {
		b.Fatal(err)
	}
	return s.most
}

// sampler measures the live heap every 256 KB written to it.
type sampler struct {
	base, most uint64
	since      int
}

func (s *sampler) Write(p []byte) (int, error) {
	s.since += len(p)
	if s.since >= 256<<10 {
		s.since = 0
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > s.base && ms.HeapAlloc-s.base > s.most {
			s.most = ms.HeapAlloc - s.base
		}
	}
	return len(p), nil
}

// counter counts what is written to it and keeps nothing, so that an
// export's allocations are its own, not those of a buffer holding it.
type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

// BenchmarkExports writes each export format of stories of 500, 2,000 and
// 5,000 day-dated events (one place, one source and two actors each; see
// timelinetest.Story) to a writer that keeps nothing. MB/s is the output
// written; cpu-ns/event (getrusage) flat across the sizes means linear, and
// B/op flat per event, not growing with the output held, means the export
// is written as it is made.
func BenchmarkExports(b *testing.B) {
	formats := []struct {
		name  string
		write func(w io.Writer, s timeline.Story) error
	}{
		{"timelinejs", WriteTimelineJS},
		{"storymap", WriteStoryMap},
		{"geojson", WriteGeoJSON},
		{"csv", WritePublicCSV},
		{"ics", func(w io.Writer, s timeline.Story) error {
			return WriteICS(w, s, ICSOptions{Now: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)})
		}},
	}
	for _, n := range []int{500, 2000, 5000} {
		s := timelinetest.Story(fmt.Sprintf("Big story of %d events", n), n)
		s.ID = 1
		for i := range s.Events {
			s.Events[i].ID = int64(i + 1)
		}
		for _, f := range formats {
			b.Run(fmt.Sprintf("%s/events=%d", f.name, n), func(b *testing.B) {
				var size counter
				if err := f.write(&size, s); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(size))
				held := heldWhileWriting(b, func(w io.Writer) error { return f.write(w, s) })
				b.ReportAllocs()
				before := cpuTime()
				for b.Loop() {
					if err := f.write(io.Discard, s); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64((cpuTime()-before).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/event")
				b.ReportMetric(float64(held)/1024, "held-KB")
			})
		}
	}
}

// TestStreamedExportsMatchDocuments checks that the JSON exports written
// event by event are the bytes json.Encoder writes for their whole
// documents, with events, with characters JSON escapes, and with none.
func TestStreamedExportsMatchDocuments(t *testing.T) {
	s := timelinetest.Story("Streamed <exports> & \u2028 more", 30)
	s.ID = 4
	for i := range s.Events {
		s.Events[i].ID = int64(i + 1)
	}
	s.Events[3].Title = `<b>"Quoted"</b> & line` + "\u2029" + `sep`
	s.Events[4].Date = timeline.Date{} // undated: last in GeoJSON, absent from the others
	reversed := s
	reversed.Events = slices.Clone(s.Events)
	slices.Reverse(reversed.Events)
	for _, tc := range []struct {
		name string
		s    timeline.Story
	}{
		{"events", s},
		{"events out of order", reversed},
		{"no events", timeline.Story{ID: 3, Title: "Empty"}},
	} {
		for _, f := range []struct {
			name  string
			doc   func(timeline.Story) any
			write func(io.Writer, timeline.Story) error
		}{
			{"timelinejs", func(s timeline.Story) any { return NewTimelineJS(s) }, WriteTimelineJS},
			{"storymap", func(s timeline.Story) any { return NewStoryMap(s) }, WriteStoryMap},
			{"geojson", func(s timeline.Story) any { return NewGeoJSON(s) }, WriteGeoJSON},
		} {
			t.Run(tc.name+"/"+f.name, func(t *testing.T) {
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetIndent("", "  ")
				if err := enc.Encode(f.doc(tc.s)); err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				if err := f.write(&got, tc.s); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("streamed %s differs from the encoded document:\n%s", f.name, cmp.Diff(want.String(), got.String()))
				}
			})
		}
	}
}

// TestExportsInDateOrder checks that every export lists the events in the
// same order whatever the order of the story's events.
func TestExportsInDateOrder(t *testing.T) {
	s := timelinetest.Story("Order", 40)
	s.ID = 5
	for i := range s.Events {
		s.Events[i].ID = int64(i + 1)
	}
	s.Events[7].Date = timeline.Date{}   // one undated event: last, wherever it is
	s.Events[9].Date = s.Events[30].Date // a tie, broken by the end and the ID
	shuffled := s
	shuffled.Events = slices.Clone(s.Events)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled.Events), func(i, j int) {
		shuffled.Events[i], shuffled.Events[j] = shuffled.Events[j], shuffled.Events[i]
	})
	for name, write := range map[string]func(io.Writer, timeline.Story) error{
		"timelinejs": WriteTimelineJS, "storymap": WriteStoryMap, "geojson": WriteGeoJSON, "csv": WritePublicCSV,
		"ics": func(w io.Writer, s timeline.Story) error { return WriteICS(w, s, ICSOptions{Now: icsNow}) },
	} {
		var a, b bytes.Buffer
		if err := write(&a, s); err != nil {
			t.Fatal(err)
		}
		if err := write(&b, shuffled); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("%s: the order depends on the story's order:\n%s", name, cmp.Diff(a.String(), b.String()))
		}
	}
}

// TestStreamedExportsStopOnError checks that a failing writer stops an
// export with its error.
func TestStreamedExportsStopOnError(t *testing.T) {
	s := timelinetest.Story("Failing", 50)
	for i := range s.Events {
		s.Events[i].ID = int64(i + 1)
	}
	for name, write := range map[string]func(io.Writer, timeline.Story) error{
		"timelinejs": WriteTimelineJS, "storymap": WriteStoryMap, "geojson": WriteGeoJSON, "csv": WritePublicCSV,
		"ics": func(w io.Writer, s timeline.Story) error { return WriteICS(w, s, ICSOptions{Now: icsNow}) },
	} {
		w := &failAfter{n: 2000}
		if err := write(w, s); !errors.Is(err, errFull) {
			t.Errorf("%s to a writer that fails: %v, want %v", name, err, errFull)
		}
	}
}

var errFull = errors.New("disk full")

// failAfter fails once n bytes are written.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errFull
	}
	f.n -= len(p)
	return len(p), nil
}
