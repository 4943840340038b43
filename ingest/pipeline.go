package ingest

import (
	"context"
	"strings"
	"unicode"

	"storyline/timeline"
	"storyline/timeline/extract"
)

// Extractor is the Pipeline of a *timeline.Extractor.
type Extractor struct{ X *extract.Extractor }

// Reports extracts the events of doc alone.
func (e Extractor) Reports(ctx context.Context, doc timeline.Document) ([]timeline.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.X.Extract([]timeline.Document{doc})
}

// Story extracts the events of all of docs.
func (e Extractor) Story(ctx context.Context, docs []timeline.Document) ([]timeline.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.X.Extract(docs)
}

// Match picks the candidate with the same date (value and modifier) whose
// trigger is the report's, or whose headline shares most of its words; -1
// when none does.
func (Extractor) Match(r timeline.Event, cands []timeline.Event) int {
	best, bestScore := -1, 0.0
	rw := words(r.Title + " " + r.Trigger)
	for i, c := range cands {
		if c.Date.Value != r.Date.Value || c.Date.Mod != r.Date.Mod {
			continue
		}
		score := overlap(rw, words(c.Title+" "+c.Trigger))
		if r.Trigger != "" && strings.EqualFold(r.Trigger, c.Trigger) {
			score += 0.5
		}
		if score >= 0.5 && score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > 3 {
			m[w] = true
		}
	}
	return m
}

// overlap is the share of the smaller set's words found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
