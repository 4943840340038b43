// Package keydate finds the key dates of a story: the days that matter most,
// scored from what the story's own articles say, each with a short summary
// chosen from the sentences that report it.
//
// # Scoring
//
// A day is scored by the documents that report something on it. Each
// document counts once per day, with the weight of its strongest report:
//
//   - a report published on the day or the day after counts 1 (the day was
//     covered as news);
//   - a reference back, published two or more days later, counts
//     1 + ln(lag)/2 (about 1.3 two days later, 2 a week later, 2.7 a month
//     later): a later article that recalls a day is the strongest evidence
//     that the day mattered, the principle of date-wise timeline summarizers;
//   - a mention ahead of the day (an announcement, a schedule) counts 1/4.
//
// Only sentences whose own words date them count (a report merged into an
// event without a date of its own, or dated by its article's publication,
// says nothing about the day), and not by a time stamp of the page: the
// header of a reader comment ("At 5:48 pm on 15 Jun 2009, tonytang wrote:"),
// an agency dateline or a "10:25 UK time, Monday, 15 June 2009" stamp glued
// to the sentence say when something was published, as a publication date
// does. Such sentences remain candidates for the day's summary (an agency's
// lead is often the best one). Days long
// before the story's first article are background: their score is
// multiplied by 1/(1+(gap/30)²), gap being the days between them and the
// first article, so a date half a century back ("born on 29 August 1958")
// ranks below the story's own days however often it is recalled. Only events
// dated to a day (or a time of a day) make key dates; weeks, months and years
// are too coarse to be a day of the story.
//
// Events of a day are scored the same way, so the day's events can be
// listed most important first.
//
// # Summaries
//
// A day's summary is one or two sentences taken verbatim from its reports
// (with a page's dateline or time stamp glued to their start removed, the
// day's own date when it opens the sentence before a new clause, and the
// day's own date inside it when "on" introduces it: the key date shows the
// day beside its summary). A sentence scores by its cosine similarity
// (tf-idf over the story's report sentences) to the centroid of the day's
// reports, each weighted as in the score (times 1/2), to the centroid of
// the whole story (times 3), and by its support among the other documents
// (times 4): its mean similarity to the day's sentences printed by documents
// other than its own, the centrality of graph-based summarizers, which a
// long sentence cannot earn from its own words as it can closeness to a
// centroid it is part of. A sentence only printed before its day (an
// announcement, a plan) loses 1/2. The first sentence is the best; the
// second the best that adds words the first did not say (similarity to the
// first below one half), or the first sentence's continuation in its own
// article (the next sentence of its paragraph, when that is not dated
// itself), whichever scores higher. Sentences shorter than 5 or longer than
// 70 words, and sentences in the first person singular outside quotation
// marks or under a reader comment's header (comment, not report), are taken
// only when there is nothing else. A sentence printed by several documents
// is one candidate citing every one of them.
//
// The package reads no clock: everything is relative to the documents'
// publication dates.
package keydate

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"storyline/timeline"
)

// Weights of the scoring, as the package comment explains them.
const (
	// aheadWeight is the weight of a mention published before the day.
	aheadWeight = 0.25
	// nearLag is the largest lag in days of a report that is news of the day.
	nearLag = 1
	// backgroundScale is the gap in days before the story's first article
	// at which a day's score is halved.
	backgroundScale = 30.0
	// secondSimilarity is the similarity to the first summary sentence
	// above which a second sentence repeats it.
	secondSimilarity = 0.5
	// minWords and maxWords bound the length of a summary sentence.
	minWords = 5
	maxWords = 70
)

// Evidence is what a day's or an event's score comes from, for people:
// "reported by 14 articles, referred to 31 times".
type Evidence struct {
	// Documents is the number of documents with a dated report of it.
	Documents int `json:"documents"`
	// Reports is the number of sentences that report it.
	Reports int `json:"reports"`
	// Near is the number of documents published on the day or the day after.
	Near int `json:"near"`
	// Later is the number of documents published two or more days later
	// that refer back to it.
	Later int `json:"later"`
	// LaterReports is the number of sentences of those documents.
	LaterReports int `json:"later_reports"`
	// Ahead is the number of documents that mention it before it happened.
	Ahead int `json:"ahead"`
	// Background is the number of days between it and the story's first
	// article, 0 when it is not before the story starts.
	Background int `json:"background"`
}

// Source is a document that reports a summary sentence.
type Source struct {
	DocumentID int64 `json:"document"`
	EventID    int64 `json:"event"`
}

// Sentence is one sentence of a summary, as its sources wrote it.
type Sentence struct {
	Text    string   `json:"text"`
	Sources []Source `json:"sources"`
}

// Day is a day of the story with its score and summary.
type Day struct {
	// Date is the civil date, YYYY-MM-DD.
	Date  string  `json:"date"`
	Score float64 `json:"score"`
	Evidence
	// Events are the IDs of the events dated to the day, most important first.
	Events []int64 `json:"events"`
	// Sentences is the summary, in the order chosen.
	Sentences []Sentence `json:"sentences"`
	// Pin and Edited are what journalists decided (see Apply): Edited is
	// their summary, which replaces the sentences when not empty.
	Pin    Pin    `json:"pin,omitempty"`
	Edited string `json:"edited,omitempty"`

	// reps are the day's reports and sum what its summary needs (see
	// Summarize).
	reps []report
	sum  *summarizer
}

// Summary is the journalists' summary when there is one, else the day's
// summary sentences joined by a space.
func (d Day) Summary() string {
	if d.Edited != "" {
		return d.Edited
	}
	var b strings.Builder
	for i, s := range d.Sentences {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// EventScore is an event's importance and its evidence.
type EventScore struct {
	EventID int64   `json:"event"`
	Score   float64 `json:"score"`
	Evidence
}

// report is one source's dated report of an event.
type report struct {
	event   int
	doc     int64
	lag     int // days from the event's day to the document's publication
	quote   string
	weight  float64
	dateStr string
	// stamp is set when the report's date is the page's time stamp (see
	// stamped): a candidate for the summary, no evidence for the score.
	stamp bool
	// expr is the report's date expression.
	expr string
}

// DayOf returns the civil day an event is dated to and true, or "" and
// false when its date is coarser than a day or missing.
func DayOf(d timeline.Date) (string, bool) {
	if d.IsZero() || d.Start == "" || d.Start != d.End {
		return "", false
	}
	switch d.Precision {
	case timeline.PrecisionDay, timeline.PrecisionTime:
		return d.Start, true
	}
	return "", false
}

// weight is what a report published lag days after its day counts.
func weight(lag int) float64 {
	switch {
	case lag < 0:
		return aheadWeight
	case lag <= nearLag:
		return 1
	default:
		return 1 + math.Log(float64(lag))/2
	}
}

// backgroundFactor scales the score of a day gap days before the story's
// first article.
func backgroundFactor(gap int) float64 {
	if gap <= 0 {
		return 1
	}
	r := float64(gap) / backgroundScale
	return 1 / (1 + r*r)
}

// Rank scores every day of the story that has an event dated to it and
// returns the days most important first (ties: earlier first), each with its
// evidence and its events; Summarize adds the summaries of the days shown. docs give the publication dates;
// events are what the audience may see (the caller leaves out rejected and
// hidden events). Reports from documents without a publication date count as
// news of the day. The cost is linear in the number of reports, plus sorting.
func Rank(docs []timeline.Document, events []timeline.Event) []Day {
	days, _ := rank(docs, events)
	return days
}

// Events scores each event dated to a day, in the order given.
func Events(docs []timeline.Document, events []timeline.Event) []EventScore {
	_, scores := rank(docs, events)
	return scores
}

func rank(docs []timeline.Document, events []timeline.Event) ([]Day, []EventScore) {
	// Publication days, at midnight UTC, as daysBetween reads them.
	published := make(map[int64]time.Time, len(docs))
	var first time.Time
	for _, d := range docs {
		if d.Published.IsZero() {
			continue
		}
		published[d.ID] = midnight(d.Published)
		if first.IsZero() || d.Published.Before(first) {
			first = d.Published
		}
	}
	if !first.IsZero() {
		first = midnight(first)
	}
	// The reports of a day are next to each other in one slice, in the
	// order of their events: a first pass finds each event's day and
	// counts the reports of each day, a second writes them in place.
	type dated struct {
		day int32 // index in dayNames, -1 for an event without a day
		t   time.Time
	}
	dayIndex := map[string]int32{}
	var dayNames []string
	var dayCount []int
	evDays := make([]dated, len(events))
	nreps := 0
	for i := range events {
		e := &events[i]
		evDays[i].day = -1
		day, ok := DayOf(e.Date)
		if !ok {
			continue
		}
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			continue
		}
		n := 0
		for j := range e.Sources {
			if e.Sources[j].Date.Expression != "" {
				n++
			}
		}
		if n == 0 {
			continue
		}
		k, ok := dayIndex[day]
		if !ok {
			k = int32(len(dayNames))
			dayIndex[day] = k
			dayNames = append(dayNames, day)
			dayCount = append(dayCount, 0)
		}
		dayCount[k] += n
		nreps += n
		evDays[i] = dated{k, t}
	}
	all := make([]report, nreps)
	dayStart := make([]int, len(dayNames)+1)
	for k, n := range dayCount {
		dayStart[k+1] = dayStart[k] + n
	}
	pos := slices.Clone(dayStart[:len(dayNames)])
	scores := make([]EventScore, 0, len(events))
	var tl tallier
	for i := range events {
		k, t := evDays[i].day, evDays[i].t
		if k < 0 {
			continue
		}
		e := &events[i]
		day := dayNames[k]
		start := pos[k]
		for j := range e.Sources {
			s := &e.Sources[j]
			if s.Date.Expression == "" {
				continue // merged in without a date of its own, or dated by publication
			}
			lag := 0
			if p, ok := published[s.DocumentID]; ok {
				lag = daysFrom(t, p)
			}
			all[pos[k]] = report{event: i, doc: s.DocumentID, lag: lag, quote: s.Quote, weight: weight(lag), dateStr: day,
				stamp: stamped(s.Quote, s.Date.Expression), expr: s.Date.Expression}
			pos[k]++
		}
		reps := all[start:pos[k]]
		if !evident(reps) {
			continue // dated only by time stamps of pages: a candidate for the summary, no evidence
		}
		gap := 0
		if !first.IsZero() {
			gap = daysFrom(t, first)
		}
		score, ev := tl.tally(reps, gap)
		scores = append(scores, EventScore{EventID: e.ID, Score: score, Evidence: ev})
	}
	byDay := make([][]report, len(dayNames))
	for k := range dayNames {
		byDay[k] = all[dayStart[k]:dayStart[k+1]:dayStart[k+1]]
	}
	if len(scores) == 0 {
		scores = nil // no event scored: nil, as Events has always answered
	}
	eventScore := make(map[int64]float64, len(scores))
	for _, s := range scores {
		eventScore[s.EventID] = s.Score
	}

	days := make([]Day, 0, len(byDay))
	idf := newIDF(all) // the days' reports, day after day
	texts := make(map[int64]string, len(docs))
	for _, d := range docs {
		if d.Text != "" {
			texts[d.ID] = d.Text
		}
	}
	sum := &summarizer{idf: idf, events: events, texts: texts, scratch: make([]float64, len(idf.df)), all: make([]float64, len(idf.df))}
	type scored struct {
		id    int64
		score float64
	}
	var order []scored
	for k, reps := range byDay {
		if !evident(reps) {
			continue
		}
		day := dayNames[k]
		t, _ := time.Parse(time.DateOnly, day)
		gap := 0
		if !first.IsZero() {
			gap = daysFrom(t, first)
		}
		score, ev := tl.tally(reps, gap)
		d := Day{Date: day, Score: round(score), Evidence: ev}
		// An event's reports are next to each other in its day's.
		order = order[:0]
		for k, r := range reps {
			if k == 0 || reps[k-1].event != r.event {
				id := events[r.event].ID
				order = append(order, scored{id, eventScore[id]})
			}
		}
		slices.SortStableFunc(order, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		d.Events = make([]int64, len(order))
		for k, o := range order {
			d.Events[k] = o.id
		}
		d.reps, d.sum = reps, sum
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b Day) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Date, b.Date)
	})
	for i := range scores {
		scores[i].Score = round(scores[i].Score)
	}
	return days, scores
}

// evident reports whether some of reps are evidence of their day, not
// only time stamps of pages.
func evident(reps []report) bool {
	return slices.ContainsFunc(reps, func(r report) bool { return !r.stamp })
}

// midnight is the start of t's civil day, in UTC.
func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// daysFrom is the number of civil days from a to b, both at midnight UTC
// (negative when b is before a).
func daysFrom(a, b time.Time) int {
	return int(math.Round(b.Sub(a).Hours() / 24))
}

// tallier adds up reports (see tally), reusing its memory.
type tallier struct {
	docs  []docWeight
	byDoc map[int64]int // index in docs, for many reports
}

// docWeight is a document's strongest report.
type docWeight struct {
	doc int64
	w   float64
	lag int
}

// tally adds up reports: each document once, with its strongest report.
func (tl *tallier) tally(reps []report, gap int) (float64, Evidence) {
	var ev Evidence
	tl.docs = tl.docs[:0]
	many := len(reps) > 16
	if many {
		if tl.byDoc == nil {
			tl.byDoc = map[int64]int{}
		}
		clear(tl.byDoc)
	}
	for _, r := range reps {
		if r.stamp {
			continue
		}
		ev.Reports++
		if r.lag > nearLag {
			ev.LaterReports++
		}
		k := -1
		if many {
			if j, ok := tl.byDoc[r.doc]; ok {
				k = j
			}
		} else {
			for j := range tl.docs {
				if tl.docs[j].doc == r.doc {
					k = j
					break
				}
			}
		}
		switch {
		case k < 0:
			if many {
				tl.byDoc[r.doc] = len(tl.docs)
			}
			tl.docs = append(tl.docs, docWeight{r.doc, r.weight, r.lag})
		case r.weight > tl.docs[k].w:
			tl.docs[k].w, tl.docs[k].lag = r.weight, r.lag
		}
	}
	score := 0.0
	for _, d := range tl.docs {
		score += d.w
		switch {
		case d.lag < 0:
			ev.Ahead++
		case d.lag <= nearLag:
			ev.Near++
		default:
			ev.Later++
		}
	}
	ev.Documents = len(tl.docs)
	if gap > 0 {
		ev.Background = gap
	}
	return score * backgroundFactor(gap), ev
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

// Top returns the first n days of ranked, the key dates, with their
// summaries (see Summarize). A negative n gives all.
func Top(ranked []Day, n int) []Day {
	if n < 0 || n > len(ranked) {
		n = len(ranked)
	}
	Summarize(ranked[:n])
	return ranked[:n]
}

// DefaultN is how many key dates a story of the given number of documents
// and ranked days shows by default: about one for every four documents,
// at least 5 and at most 30, never more than the days there are.
func DefaultN(documents, days int) int {
	n := (documents + 3) / 4
	n = max(n, 5)
	n = min(n, 30)
	return min(n, days)
}

// words splits text into lowercase words of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
