package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"storyline/timeline"
	"storyline/timeline/extract"
)

// GoldEvent is one event a journalist would keep, annotated by hand.
type GoldEvent struct {
	// Snippets are the words that tell the happening, once each in the text;
	// several when the article tells it more than once.
	Snippets []string
	// Dates are the accepted TIMEX3 values, or "START..END" day bounds.
	Dates  []string
	Places []string // accepted place names, none when the text gives none
	Actors []string // words the headline should hold, none when any will do
	Line   int
}

// Article is one article of the news set with its gold events.
type Article struct {
	Name string
	Doc  timeline.Document
	Gold []GoldEvent
}

// ReadNewsSet reads every NAME.txt of dir with its NAME.gold (see
// testdata/newsevents/README.md for the format).
func ReadNewsSet(dir string) ([]Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", dir)
	}
	sort.Strings(files)
	var out []Article
	for _, f := range files {
		a, err := readArticle(f)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func readArticle(path string) (Article, error) {
	name := strings.TrimSuffix(filepath.Base(path), ".txt")
	data, err := os.ReadFile(path)
	if err != nil {
		return Article{}, fmt.Errorf("read article: %w", err)
	}
	head, body, _ := strings.Cut(string(data), "\n")
	outlet, day, ok := strings.Cut(strings.TrimPrefix(head, "=== "), " | ")
	published, perr := time.Parse("2006-01-02", strings.TrimSpace(day))
	if !strings.HasPrefix(head, "=== ") || !ok || perr != nil {
		return Article{}, fmt.Errorf("%s: first line %q, want \"=== Outlet | YYYY-MM-DD\"", path, head)
	}
	a := Article{Name: name, Doc: timeline.Document{ID: 1, Outlet: outlet, Text: body, Published: published, PublishedSource: timeline.PublishedUser}}
	gold, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold")
	if err != nil {
		return Article{}, fmt.Errorf("read gold: %w", err)
	}
	for n, line := range strings.Split(string(gold), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return Article{}, fmt.Errorf("%s.gold:%d: %d fields, want 4 (snippets, date, place, actor)", name, n+1, len(f))
		}
		g := GoldEvent{Snippets: strings.Split(f[0], " || "), Dates: strings.Split(f[1], "|"), Line: n + 1}
		if f[2] != "-" {
			g.Places = strings.Split(f[2], "|")
		}
		if f[3] != "-" {
			g.Actors = strings.Split(f[3], "|")
		}
		for _, s := range g.Snippets {
			if c := strings.Count(body, s); c != 1 {
				return Article{}, fmt.Errorf("%s.gold:%d: snippet %q occurs %d times in the text, want once", name, n+1, s, c)
			}
		}
		a.Gold = append(a.Gold, g)
	}
	return a, nil
}

// NewsScores count the events of the news set.
type NewsScores struct {
	Articles int
	Gold     int // gold events
	Found    int // gold events with a right event of the app
	Events   int // events the app made
	Dated    int // of which dated
	Right    int // events on a gold event not yet claimed, with its date and a headline naming its actor
	// Places checks the right events whose gold names a place.
	PlacesChecked, PlacesRight int
	// PlacesGiven are the right events that carry a place, PlacesGivenRight
	// those whose gold names one of their places (a place given where the
	// gold says the text gives none is wrong).
	PlacesGiven, PlacesGivenRight int
	// DateLines are events made of nothing but a date line ("December 10,
	// 2013" on a line of its own).
	DateLines int
}

// Add accumulates o into s.
func (s *NewsScores) Add(o NewsScores) {
	s.Articles += o.Articles
	s.Gold += o.Gold
	s.Found += o.Found
	s.Events += o.Events
	s.Dated += o.Dated
	s.Right += o.Right
	s.PlacesChecked += o.PlacesChecked
	s.PlacesRight += o.PlacesRight
	s.PlacesGiven += o.PlacesGiven
	s.PlacesGivenRight += o.PlacesGivenRight
	s.DateLines += o.DateLines
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Precision is the share of the app's events that are right; Recall the
// share of gold events found; Place the share of right events with a gold
// place that carry it (the recall of places); PlacePrecision the share of
// right events carrying a place whose gold names it.
func (s NewsScores) Precision() float64      { return ratio(s.Right, s.Events) }
func (s NewsScores) Recall() float64         { return ratio(s.Found, s.Gold) }
func (s NewsScores) Place() float64          { return ratio(s.PlacesRight, s.PlacesChecked) }
func (s NewsScores) PlacePrecision() float64 { return ratio(s.PlacesGivenRight, s.PlacesGiven) }

func (s NewsScores) String() string {
	return fmt.Sprintf("articles %d, gold events %d, app events %d (%d dated), events made of a date line %d\nprecision %.4f (%d right), recall %.4f (%d found), places %.4f (%d of %d), place precision %.4f (%d of %d)",
		s.Articles, s.Gold, s.Events, s.Dated, s.DateLines, s.Precision(), s.Right, s.Recall(), s.Found, s.Place(), s.PlacesRight, s.PlacesChecked,
		s.PlacePrecision(), s.PlacesGivenRight, s.PlacesGiven)
}

// Verdict is what the scorer made of one event of the app.
type Verdict struct {
	Event timeline.Event
	Gold  *GoldEvent // the gold event it is on, nil for none
	// Why is empty for a right event, else what is wrong: "no gold event",
	// "date", "headline", "duplicate".
	Why   string
	Place bool // the place is right (only for right events with a gold place)
	// PlaceWrong marks a right event that carries a place its gold does not name.
	PlaceWrong bool
}

// ArticleResult is the scoring of one article.
type ArticleResult struct {
	Article  Article
	Verdicts []Verdict
	Missed   []GoldEvent
	Scores   NewsScores
}

// ScoreNews extracts each article alone and scores its events.
func ScoreNews(x *extract.Extractor, articles []Article) (NewsScores, []ArticleResult, error) {
	var sum NewsScores
	var out []ArticleResult
	for _, a := range articles {
		events, err := x.Extract([]timeline.Document{a.Doc})
		if err != nil {
			return sum, nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		r := ScoreArticle(a, events)
		sum.Add(r.Scores)
		out = append(out, r)
	}
	return sum, out, nil
}

// ScoreArticle matches the app's events of one article with its gold: an
// event is on a gold event when the trigger of one of its sources lies
// inside one of the gold snippets; it is right when it has a gold date and
// its headline names the gold actor, and no earlier event claimed that gold
// event (one event per happening).
func ScoreArticle(a Article, events []timeline.Event) ArticleResult {
	text := a.Doc.Text
	r := ArticleResult{Article: a}
	r.Scores = NewsScores{Articles: 1, Gold: len(a.Gold), Events: len(events)}
	claimed := make([]bool, len(a.Gold))
	for _, e := range events {
		if e.Dated() {
			r.Scores.Dated++
		}
		if DateLine(e) {
			r.Scores.DateLines++
		}
		v := Verdict{Event: e, Why: "no gold event"}
		gi := goldOf(text, a.Gold, e)
		if gi >= 0 {
			g := &a.Gold[gi]
			v.Gold = g
			switch {
			case !dateMatches(e.Date, g.Dates):
				v.Why = "date"
			case !headlineNames(e.Title, g.Actors):
				v.Why = "headline"
			case claimed[gi]:
				v.Why = "duplicate"
			default:
				v.Why = ""
				claimed[gi] = true
				r.Scores.Right++
				if len(g.Places) > 0 {
					r.Scores.PlacesChecked++
					if v.Place = placeMatches(e.Places, g.Places); v.Place {
						r.Scores.PlacesRight++
					}
				}
				if len(e.Places) > 0 {
					r.Scores.PlacesGiven++
					if v.Place {
						r.Scores.PlacesGivenRight++
					} else {
						v.PlaceWrong = true
					}
				}
			}
		}
		r.Verdicts = append(r.Verdicts, v)
	}
	for i, g := range a.Gold {
		if claimed[i] {
			r.Scores.Found++
		} else {
			r.Missed = append(r.Missed, g)
		}
	}
	return r
}

// goldOf is the index of the gold event one of e's triggers lies in, or -1.
func goldOf(text string, gold []GoldEvent, e timeline.Event) int {
	for _, src := range e.Sources {
		sp, ok := src.Trigger, src.Trigger.End > src.Trigger.Start
		if !ok {
			sp, ok = TriggerSpan(text, src.Span, e.Trigger)
		}
		if !ok {
			continue
		}
		for gi, g := range gold {
			for _, s := range g.Snippets {
				i := strings.Index(text, s)
				if i >= 0 && sp.Start >= i && sp.End <= i+len(s) {
					return gi
				}
			}
		}
	}
	return -1
}

func dateMatches(d timeline.Date, want []string) bool {
	if d.IsZero() {
		return false
	}
	for _, w := range want {
		if lo, hi, span := strings.Cut(w, ".."); span {
			if d.Start == lo && d.End == hi {
				return true
			}
			continue
		}
		if d.Value == w {
			return true
		}
	}
	return false
}

func headlineNames(title string, actors []string) bool {
	if strings.TrimSpace(title) == "" {
		return false
	}
	if len(actors) == 0 {
		return true
	}
	t := strings.ToLower(title)
	for _, a := range actors {
		if strings.Contains(t, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

func placeMatches(ps []timeline.Place, want []string) bool {
	for _, p := range ps {
		for _, w := range want {
			if strings.EqualFold(p.Name, w) || strings.EqualFold(p.Mention, w) {
				return true
			}
		}
	}
	return false
}

// DateLine reports an event made of nothing but a date: every source's
// sentence is its date expression with at most punctuation around it.
func DateLine(e timeline.Event) bool {
	if len(e.Sources) == 0 {
		return false
	}
	for _, src := range e.Sources {
		expr := src.Date.Expression
		if expr == "" {
			expr = e.Date.Expression
		}
		rest := strings.Replace(src.Quote, expr, "", 1)
		if expr == "" || strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}
