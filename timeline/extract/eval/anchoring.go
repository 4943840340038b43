// Package eval measures the events the extractor makes: event–date
// anchoring against the TLINKs of TimeML corpora (TimeBank, AQUAINT), and
// events a journalist would keep against a hand-annotated set of news
// articles.
package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/temporal/timeml"
)

// AnchorDoc is the anchoring result of one TimeML document.
type AnchorDoc struct {
	Name    string
	Text    string
	Results []timeml.AnchorResult
	// Scores count the words each event's date anchors: its trigger and the
	// other words of happening of the trigger's clause (Source.Also) and
	// its sources' statements with their own dates (Source.Statement);
	// Triggers count the events' triggers alone; Sentences count a gold
	// anchor found when an event told in its sentence carries its date
	// (timeml.ScoreSentences), as a reader of the events' sentences and
	// dates alone would score them.
	Scores, Triggers, Sentences timeml.AnchorScores
	// AlsoOnly are the gold anchors found through a word of Source.Also
	// and on no event's trigger, with the event's trigger that word rides
	// with.
	AlsoOnly []AlsoAnchor
	// Events are the events extracted from the document.
	Events []timeline.Event
}

// AlsoAnchor is a gold anchor found only through a word a source's date
// also anchors: Trigger is the source's trigger, Also the word on the gold
// event.
type AlsoAnchor struct {
	Anchor        timeml.Anchor
	Trigger, Also timeline.Span
}

// Anchoring scores the extractor on every .tml file of dir: each document
// is extracted alone, published on its creation time. The scores count the
// words the events' dates anchor (AnchorDoc.Scores); each document also
// has the scores of the events' triggers alone.
func Anchoring(x *extract.Extractor, dir string) (timeml.AnchorScores, []AnchorDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return timeml.AnchorScores{}, nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(files) == 0 {
		return timeml.AnchorScores{}, nil, fmt.Errorf("no .tml files in %s", dir)
	}
	sort.Strings(files)
	var sum timeml.AnchorScores
	var docs []AnchorDoc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return sum, nil, fmt.Errorf("read gold: %w", err)
		}
		d, err := timeml.Parse(data)
		if err != nil {
			return sum, nil, fmt.Errorf("%s: %w", f, err)
		}
		r, err := AnchorDocument(x, d)
		if err != nil {
			return sum, nil, fmt.Errorf("%s: %w", f, err)
		}
		r.Name = filepath.Base(f)
		sum.Add(r.Scores)
		docs = append(docs, r)
	}
	return sum, docs, nil
}

// AnchorDocument extracts the events of one TimeML document and matches
// them with its gold anchors, sentences split as the extractor splits them.
func AnchorDocument(x *extract.Extractor, d *timeml.Document) (AnchorDoc, error) {
	doc := timeline.Document{ID: 1, Text: d.Text, Published: d.DCT, PublishedSource: timeline.PublishedUser}
	events, err := x.Extract([]timeline.Document{doc})
	if err != nil {
		return AnchorDoc{}, err
	}
	sents := extract.SplitSentences(d.Text)
	sentence := func(off int) int {
		return sort.Search(len(sents), func(i int) bool { return sents[i].Span.End > off })
	}
	gold := d.Anchors(sentence)
	results, s := timeml.ScoreAnchors(gold, SystemEvents(d.Text, events, true))
	tr, ts := timeml.ScoreAnchors(gold, SystemEvents(d.Text, events, false))
	var alsoOnly []AlsoAnchor
	for i, r := range results {
		if r.Found && !tr[i].Found {
			alsoOnly = append(alsoOnly, alsoAnchor(d.Text, events, r.Anchor))
		}
	}
	ss := timeml.ScoreSentences(gold, sourceDates(events), sentence)
	for _, p := range []*timeml.AnchorScores{&s, &ts, &ss} {
		p.Events = len(events) // events, not their sources
		p.Dated = 0
		for _, e := range events {
			if e.Dated() {
				p.Dated++
			}
			if DateLine(e) {
				p.DateLines++
			}
		}
	}
	return AnchorDoc{Text: d.Text, Results: results, Scores: s, Triggers: ts, Sentences: ss, AlsoOnly: alsoOnly, Events: events}, nil
}

// alsoAnchor finds the source whose Also word, or statement, stands on a
// gold anchor's event with one of its dates.
func alsoAnchor(text string, events []timeline.Event, a timeml.Anchor) AlsoAnchor {
	out := AlsoAnchor{Anchor: a}
	for _, e := range events {
		for _, src := range e.Sources {
			if st := src.Statement; st != nil && timeml.SameDate(a.Values, st.Date.Value) && st.Trigger.Start < a.Event.End && a.Event.Start < st.Trigger.End {
				out.Also, out.Trigger = st.Trigger, src.Trigger
				return out
			}
			if !timeml.SameDate(a.Values, sourceValue(e, src)) {
				continue
			}
			for _, w := range src.Also {
				if w.Start < a.Event.End && a.Event.Start < w.End {
					out.Also, out.Trigger = w, src.Trigger
					if out.Trigger.End <= out.Trigger.Start {
						out.Trigger, _ = TriggerSpan(text, src.Span, e.Trigger)
					}
					return out
				}
			}
		}
	}
	return out
}

// sourceDates gives one Dated per source of each event, at the start of
// the source's sentence, with the date that source gave (the event's date
// when the source has none).
func sourceDates(events []timeline.Event) []timeml.Dated {
	var out []timeml.Dated
	for _, e := range events {
		for _, src := range e.Sources {
			out = append(out, timeml.Dated{Start: src.Span.Start, End: src.Span.End, Value: sourceValue(e, src)})
		}
	}
	return out
}

// SystemEvents gives one Dated per source of each event: the span of the
// source's trigger (found by its word in the source's sentence when the
// source does not say) and the date that source gave (the event's date
// when the source has none); with also, one more for each word of
// happening the source's date also anchors (timeline.Source.Also), and one
// for the source's statement with its own date (timeline.Source.Statement).
func SystemEvents(text string, events []timeline.Event, also bool) []timeml.Dated {
	var out []timeml.Dated
	for _, e := range events {
		for _, src := range e.Sources {
			sp, ok := src.Trigger, src.Trigger.End > src.Trigger.Start
			if !ok {
				sp, ok = TriggerSpan(text, src.Span, e.Trigger)
			}
			if !ok {
				continue
			}
			v := sourceValue(e, src)
			out = append(out, timeml.Dated{Start: sp.Start, End: sp.End, Value: v})
			if !also {
				continue
			}
			for _, a := range src.Also {
				out = append(out, timeml.Dated{Start: a.Start, End: a.End, Value: v})
			}
			if st := src.Statement; st != nil && !st.Date.IsZero() {
				out = append(out, timeml.Dated{Start: st.Trigger.Start, End: st.Trigger.End, Value: st.Date.Value})
			}
		}
	}
	return out
}

// TriggerSpan finds the trigger word in a sentence: its first occurrence
// there as a whole word.
func TriggerSpan(text string, sent timeline.Span, trigger string) (timeline.Span, bool) {
	if trigger == "" || sent.End > len(text) {
		return timeline.Span{}, false
	}
	s := text[sent.Start:sent.End]
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], trigger)
		if i < 0 {
			return timeline.Span{}, false
		}
		i += from
		j := i + len(trigger)
		if !letterBefore(s, i) && !letterAfter(s, j) {
			return timeline.Span{Start: sent.Start + i, End: sent.Start + j}, true
		}
		from = j
	}
	return timeline.Span{}, false
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func letterAfter(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return j < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// sourceValue is the date a source gave its event: its own, else the
// event's.
func sourceValue(e timeline.Event, src timeline.Source) string {
	if src.Date.Value != "" {
		return src.Date.Value
	}
	return e.Date.Value
}
