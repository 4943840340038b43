package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline/timeline"
)

// tlsDir holds the Timeline17 development stories (../shared/tls-dev from
// the repository root); they are not in the repository.
var tlsDir = filepath.Join("..", "..", "..", "shared", "tls-dev")

// tlsArticles reads the articles of one Timeline17 story as documents,
// skipping the benchmark when the corpus is not there.
func tlsArticles(tb testing.TB, story string) []timeline.Document {
	tb.Helper()
	f, err := os.Open(filepath.Join(tlsDir, story, "articles.jsonl"))
	if err != nil {
		tb.Skipf("Timeline17 articles: %v", err)
	}
	defer f.Close()
	var docs []timeline.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var a struct {
			Published string `json:"published"`
			Text      string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", story, err)
		}
		day, err := time.Parse("2006-01-02", a.Published)
		if err != nil {
			tb.Fatalf("%s: %v", story, err)
		}
		docs = append(docs, timeline.Document{ID: int64(len(docs) + 1), Text: a.Text, Published: day, PublishedSource: timeline.PublishedUser})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// newsText joins Timeline17 articles into one text of about n bytes.
func newsText(tb testing.TB, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, d := range tlsArticles(tb, "H1N1_bbc") {
			b.WriteString(d.Text)
			b.WriteString("\n\n")
			if b.Len() >= n {
				break
			}
		}
	}
	return b.String()
}

// repeat repeats unit until the text is at least n bytes.
func repeat(unit string, n int) string {
	return strings.Repeat(unit, (n+len(unit)-1)/len(unit))
}

// The shapes of input that once made extraction slower than linear.
var shapes = []struct {
	name string
	text func(tb testing.TB, n int) string
}{
	{"news", newsText},
	// One sentence with no boundary: dates, triggers, actors and places all
	// along it, joined by commas and "and".
	{"sentence", func(_ testing.TB, n int) string {
		return repeat("President Xi Jinping met Vladimir Putin in Samarkand on Thursday, and officials said talks began on 14 September 2022, ", n)
	}},
	// One line with sentences but no newline, as a pasted web page gives.
	{"line", func(_ testing.TB, n int) string {
		return repeat("Xi met Putin in Samarkand on Thursday. The talks ended on Friday. ", n)
	}},
	// A table of numbers, years and dates, one row a line.
	{"numbers", func(_ testing.TB, n int) string {
		return repeat("2021 12 345 6.7 2022-09-14 1,234 99% 2020 14 Sep 3 4 5\n", n)
	}},
	// One paragraph of pictures' captions, each with its credit.
	{"captions", func(_ testing.TB, n int) string {
		return repeat("A view of the town. Photo: Jane Doe. ", n)
	}},
	// Short lines: a list of names, datelines and words.
	{"tinylines", func(_ testing.TB, n int) string {
		return repeat("Xi\nMonday\nParis.\n1\n", n)
	}},
}

func BenchmarkExtractShapes(b *testing.B) {
	x := newExtractor(b)
	day := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	for _, shape := range shapes {
		for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
			b.Run(fmt.Sprintf("%s/%dKB", shape.name, n>>10), func(b *testing.B) {
				text := shape.text(b, n)
				docs := []timeline.Document{{ID: 1, Text: text, Published: day}}
				b.SetBytes(int64(len(text)))
				cpu := cpuTime()
				for b.Loop() {
					if _, err := x.Extract(docs); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu, len(text))
			})
		}
	}
}

// BenchmarkAddDocument measures adding one article to a story that already
// holds 10, 100 or 1,000 articles (Timeline17's, repeated as new documents
// past the 540 there are): extracting it alone, loading the stored events
// under its reports' lookup keys into an Index, merging and building the
// changed events. The cost must not grow with the story. The bytes are the
// added article's.
func BenchmarkAddDocument(b *testing.B) {
	x := newExtractor(b)
	var corpus []timeline.Document
	for _, story := range []string{"H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc"} {
		corpus = append(corpus, tlsArticles(b, story)...)
	}
	// The article added: a mid-length one of the story.
	add := corpus[len(corpus)/2]
	for _, n := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("story=%d", n), func(b *testing.B) {
			s := newStore()
			for i := range n {
				d := corpus[i%len(corpus)]
				d.ID = int64(i + 1)
				s.add(b, x, d)
			}
			add.ID = int64(n + 1)
			b.SetBytes(int64(len(add.Text)))
			cpu := cpuTime()
			for b.Loop() {
				for _, c := range s.merge(b, x, add) {
					// The event as all its reports tell it: the stored
					// ones and the added ones.
					all := c.Added
					if e := s.events[c.Event]; e != nil {
						all = append(slices.Clip(e.reports), c.Added...)
					}
					Build(all, c.Disagreement)
				}
			}
			reportCPU(b, cpu, len(add.Text))
			b.ReportMetric(float64(len(s.events)), "events")
		})
	}
}

// cpuTime is the CPU time the process has used, all threads (the garbage
// collector's included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per operation and the MB/s it gives to a
// benchmark's figures. On a machine shared with other work, wall time
// (ns/op) counts the time other processes held the cores; CPU time does not.
func reportCPU(b *testing.B, start time.Duration, size int) {
	used := cpuTime() - start
	if used <= 0 || b.N == 0 {
		return
	}
	perOp := used.Seconds() / float64(b.N)
	b.ReportMetric(perOp*1e3, "cpu-ms/op")
	b.ReportMetric(float64(size)/perOp/1e6, "cpu-MB/s")
}
