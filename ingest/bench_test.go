package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"storyline/db"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// tlsArticles reads the articles of a Timeline17 story of ../shared/tls-dev
// (research data kept outside the repository); the benchmark skips without it.
func tlsArticles(b *testing.B, story string) []Input {
	b.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "tls-dev", story, "articles.jsonl"))
	if err != nil {
		b.Skipf("no Timeline17 data: %v", err)
	}
	defer f.Close()
	var ins []Input
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var a struct{ Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		ins = append(ins, Input{Body: []byte(a.Text), Published: a.Published})
	}
	return ins
}

func newBenchService(b *testing.B) *Service {
	b.Helper()
	store, err := db.Open(filepath.Join(b.TempDir(), "s.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	gaz, err := geo.Default()
	if err != nil {
		b.Fatal(err)
	}
	return &Service{Store: store, Extractor: extract.NewExtractor(temporal.NewTagger(), gaz),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// BenchmarkServiceAdd adds the last article of H1N1_reuters (Timeline17:
// news articles of a few KB) to a story holding N-1 other articles on the
// same outbreak (H1N1_reuters, H1N1_bbc and H1N1_guardian together: 402),
// with the extraction, then removes it again: the cost of the same add at
// N = 1, 10, 100 and 400 articles.
func BenchmarkServiceAdd(b *testing.B) {
	reuters := tlsArticles(b, "H1N1_reuters")
	in := reuters[len(reuters)-1]
	fill := append(append(reuters[:len(reuters)-1:len(reuters)-1], tlsArticles(b, "H1N1_bbc")...), tlsArticles(b, "H1N1_guardian")...)
	for _, n := range []int{1, 10, 100, 400} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			ctx := context.Background()
			s := newBenchService(b)
			st, err := s.Store.CreateStory(ctx, "H1N1")
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range fill[:n-1] {
				if _, err := s.Add(ctx, st.ID, f); err != nil {
					b.Fatal(err)
				}
			}
			var bytes int64
			var cpu time.Duration
			for b.Loop() {
				start := cpuTime()
				add, err := s.Add(ctx, st.ID, in)
				cpu += cpuTime() - start
				if err != nil || add.Duplicate {
					b.Fatalf("Add = %+v, %v", add.Duplicate, err)
				}
				bytes = int64(len(add.Document.Text))
				b.StopTimer()
				if _, err := s.Remove(ctx, add.Document.ID); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.SetBytes(bytes)
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time the process has used (user and system, SQLite
// included): on a machine shared with other work it measures an operation
// better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
