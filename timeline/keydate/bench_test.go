package keydate

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"storyline/timeline"
)

// benchStory makes a story of n events over 60 days, each reported by
// three documents of 200, with sentences of about 20 words.
func benchStory(n int) ([]timeline.Document, []timeline.Event) {
	start := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]timeline.Document, 200)
	for i := range docs {
		docs[i] = timeline.Document{ID: int64(i + 1), Published: start.AddDate(0, 0, i%90)}
	}
	events := make([]timeline.Event, n)
	for i := range events {
		day := start.AddDate(0, 0, i%60).Format(time.DateOnly)
		e := timeline.Event{ID: int64(i + 1), Date: timeline.Date{Value: day, Precision: timeline.PrecisionDay, Start: day, End: day, Expression: "on Monday"}}
		for j := range 3 {
			q := fmt.Sprintf("The minister number %d met the delegation of district %d on Monday to discuss the strike and the budget of %d.", i%97, (i+j)%31, i)
			e.Sources = append(e.Sources, timeline.Source{DocumentID: int64((i*7+j*13)%200 + 1), Quote: q, Date: e.Date})
		}
		events[i] = e
	}
	return docs, events
}

// BenchmarkRank ranks stories of 500, 2,000 and 5,000 events (1,500 to
// 15,000 reports of about 20 words) and summarizes the 10 key dates a page
// shows (top=10) or every day (top=all); the time per event should stay
// flat. cpu-µs/event is the process's CPU time (getrusage, the garbage
// collector's included), which other work on a shared machine does not
// inflate as it does the wall time of µs/event.
func BenchmarkRank(b *testing.B) {
	for _, n := range []int{500, 2000, 5000} {
		docs, events := benchStory(n)
		for _, top := range []int{10, -1} {
			name := fmt.Sprintf("events=%d/top=%d", n, top)
			if top < 0 {
				name = fmt.Sprintf("events=%d/top=all", n)
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					Top(Rank(docs, events), top)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/event")
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N)/float64(n), "cpu-µs/event")
			})
		}
	}
}

// cpuTime is the CPU time the process has used, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
