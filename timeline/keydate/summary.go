package keydate

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"storyline/timeline"
)

// idf is the inverse document frequency of words over the story's distinct
// report sentences.
type idf struct {
	df map[string]int
	tf map[string]int
	n  int
	// story is the centroid of every distinct report sentence of the story.
	story vector
}

func newIDF(byDay map[string][]report) idf {
	x := idf{df: map[string]int{}, tf: map[string]int{}}
	seen := map[string]bool{}
	for _, reps := range byDay {
		for _, r := range reps {
			key := normalize(r.quote)
			if seen[key] {
				continue
			}
			seen[key] = true
			x.n++
			uniq := map[string]bool{}
			for _, w := range words(r.quote) {
				x.tf[w]++
				if !uniq[w] {
					uniq[w] = true
					x.df[w]++
				}
			}
		}
	}
	x.story = vector{w: make(map[string]float64, len(x.tf))}
	for w, n := range x.tf {
		f := float64(n) * x.weight(w)
		x.story.w[w] = f
		x.story.norm += f * f
	}
	x.story.norm = math.Sqrt(x.story.norm)
	return x
}

func (x idf) weight(w string) float64 {
	return math.Log(float64(x.n+1) / float64(x.df[w]+1))
}

// vector is a sparse tf-idf vector with its norm.
type vector struct {
	w    map[string]float64
	norm float64
}

func (x idf) vector(text string) vector {
	v := vector{w: map[string]float64{}}
	for _, w := range words(text) {
		v.w[w] += x.weight(w)
	}
	for _, f := range v.w {
		v.norm += f * f
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	dot := 0.0
	for w, f := range a.w {
		dot += f * b.w[w]
	}
	return dot / (a.norm * b.norm)
}

// normalize is the key under which copies of one sentence are one candidate.
func normalize(s string) string { return strings.Join(words(s), " ") }

// candidate is a distinct sentence of a day's reports.
type candidate struct {
	text    string
	sources []Source
	docs    map[int64]bool
	vec     vector
	score   float64
	n       int // words
	order   int
}

// storyWeight is how much more a summary sentence's closeness to the whole
// story counts than its closeness to the day's reports: a key date's summary
// says what happened in this story on that day, so a sentence of an article
// that is about something else, or of a column's aside, loses to one on the
// story's subject.
const storyWeight = 2.0

// summarize picks one or two sentences of the day's reports: the one that
// best combines closeness to the centroid of the day's reports (references
// back weighing as they do in the score) and to the centroid of the whole
// story, and a second that says something else when several documents
// report the day.
func summarize(reps []report, events []timeline.Event, x idf) []Sentence {
	byKey := map[string]*candidate{}
	var cands []*candidate
	centroid := vector{w: map[string]float64{}}
	docs := map[int64]bool{}
	for _, r := range reps {
		docs[r.doc] = true
		text := trimStamp(r.quote)
		key := normalize(text)
		if key == "" {
			continue
		}
		c := byKey[key]
		if c == nil {
			c = &candidate{text: strings.TrimSpace(text), docs: map[int64]bool{}, vec: x.vector(text), n: len(words(text)), order: len(cands)}
			byKey[key] = c
			cands = append(cands, c)
		}
		if !c.docs[r.doc] {
			c.docs[r.doc] = true
			c.sources = append(c.sources, Source{DocumentID: r.doc, EventID: events[r.event].ID})
		}
		for w, f := range c.vec.w {
			centroid.w[w] += f * r.weight
		}
	}
	for _, f := range centroid.w {
		centroid.norm += f * f
	}
	centroid.norm = math.Sqrt(centroid.norm)
	if len(cands) == 0 {
		return nil
	}
	usable := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		if c.n >= minWords && c.n <= maxWords && !personal(c.text) {
			usable = append(usable, c)
		}
	}
	if len(usable) == 0 {
		usable = cands
	}
	for _, c := range usable {
		c.score = cosine(c.vec, centroid) + storyWeight*cosine(c.vec, x.story)
	}
	slices.SortStableFunc(usable, func(a, b *candidate) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	best := usable[0]
	out := []Sentence{{Text: best.text, Sources: best.sources}}
	if len(docs) < 2 {
		return out
	}
	for _, c := range usable[1:] {
		if cosine(c.vec, best.vec) < secondSimilarity {
			out = append(out, Sentence{Text: c.text, Sources: c.sources})
			break
		}
	}
	return out
}

// personal reports whether a sentence speaks in the first person singular
// outside quotation marks ("I am worried", "my office") or carries a reader
// comment's header ("At 16:14 29th Apr 2009, colinbannon wrote:"): comment
// and column, not a report of what happened.
func personal(text string) bool {
	if strings.Contains(text, " wrote:") {
		return true
	}
	quoted := false
	start := -1
	check := func(w string) bool {
		switch w {
		case "I", "I'm", "I've", "I'd", "I'll", "my", "My", "me", "I’m", "I’ve", "I’d", "I’ll":
			return true
		}
		return false
	}
	for i, r := range text + " " {
		switch {
		case r == '"' || r == '“' || r == '”' || r == '`':
			if start >= 0 && !quoted && check(text[start:i]) {
				return true
			}
			start = -1
			switch r {
			case '“', '`':
				quoted = true
			case '”':
				quoted = false
			default:
				quoted = !quoted
			}
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 && !quoted && check(text[start:i]) {
				return true
			}
			start = -1
		}
	}
	return false
}
