package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"storyline/timeline/extract"
	"storyline/timeline/extract/eval"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
	"storyline/timeline/temporal/timeml"
)

func init() {
	register("eval-events", "score event–date anchoring on TimeML gold documents (EVENT, TLINK)", cmdEvalEvents)
}

func cmdEvalEvents(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval-events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	errs := fs.Bool("errors", false, "print every gold anchor missed or dated wrongly")
	list := fs.Bool("events", false, "print every event made: its date, trigger, the words its date also anchors and its headline")
	also := fs.Bool("also", false, "print every gold anchor found only through a word the event's date also anchors (not on its trigger)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline eval-events [-errors] [-also] [-events] GOLD_DIR...")
		fmt.Fprintln(stderr, "\nFor each gold TLINK that places an EVENT within a DATE or TIME of its sentence")
		fmt.Fprintln(stderr, "with a calendar value, is there an event on that trigger with that date?")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("no gold directory")
	}
	gaz, err := geo.Default()
	if err != nil {
		return fmt.Errorf("loading gazetteer: %w", err)
	}
	x := extract.NewExtractor(temporal.NewTagger(), gaz)
	var total, totalTriggers, totalSentences timeml.AnchorScores
	for _, dir := range fs.Args() {
		s, docs, err := eval.Anchoring(x, dir)
		if err != nil {
			return err
		}
		var triggers, sentences timeml.AnchorScores
		for _, d := range docs {
			triggers.Add(d.Triggers)
			sentences.Add(d.Sentences)
			if *errs {
				printAnchorErrors(stdout, d)
			}
			if *also {
				printAlsoOnly(stdout, d)
			}
			if *list {
				printEvents(stdout, d)
			}
		}
		fmt.Fprintf(stdout, "== %s\n%s\nevents' triggers alone: %s\nby sentence: %s\n\n", dir, s, triggerScores(triggers), triggerScores(sentences))
		total.Add(s)
		totalTriggers.Add(triggers)
		totalSentences.Add(sentences)
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stdout, "== all\n%s\nevents' triggers alone: %s\nby sentence: %s\n", total, triggerScores(totalTriggers), triggerScores(totalSentences))
	}
	return nil
}

// triggerScores says the recall and precision of the events' own triggers.
func triggerScores(s timeml.AnchorScores) string {
	return fmt.Sprintf("recall %.4f (%d of %d), precision %.4f (%d of %d)", s.Recall(), s.Found, s.Gold, s.Precision(), s.Right, s.Checked)
}

func printAnchorErrors(w io.Writer, d eval.AnchorDoc) {
	for _, r := range d.Results {
		if r.Found {
			continue
		}
		e := r.Anchor.Event
		a, b := max(0, e.Start-60), min(len(d.Text), e.End+60)
		ctx := strings.ReplaceAll(d.Text[a:e.Start]+"["+d.Text[e.Start:e.End]+"]"+d.Text[e.End:b], "\n", " ")
		kind := "MISS"
		if len(r.Values) > 0 {
			kind = "WRONG"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\tgold %s\tsys %s\t%s\n", kind, d.Name, e.Class, strings.Join(r.Anchor.Values, ","), strings.Join(r.Values, ","), ctx)
	}
}

// printAlsoOnly prints one ALSO line per gold anchor found only through a
// word of Source.Also: the event's trigger, the gold word and the
// sentence around them, both marked.
func printAlsoOnly(w io.Writer, d eval.AnchorDoc) {
	for _, x := range d.AlsoOnly {
		e := x.Anchor.Event
		a, b := max(0, e.Start-60), min(len(d.Text), e.End+60)
		if t := x.Trigger; t.End > t.Start {
			a, b = min(a, max(0, t.Start-20)), max(b, min(len(d.Text), t.End+20))
		}
		marks := []struct {
			at   int
			mark string
		}{{e.Start, "["}, {e.End, "]"}}
		trig := ""
		if t := x.Trigger; t.End > t.Start {
			trig = d.Text[t.Start:t.End]
			marks = append(marks, struct {
				at   int
				mark string
			}{t.Start, "{"}, struct {
				at   int
				mark string
			}{t.End, "}"})
		}
		sort.SliceStable(marks, func(i, j int) bool { return marks[i].at < marks[j].at })
		var sb strings.Builder
		at := a
		for _, m := range marks {
			if m.at < a || m.at > b {
				continue
			}
			sb.WriteString(d.Text[at:m.at])
			sb.WriteString(m.mark)
			at = m.at
		}
		sb.WriteString(d.Text[at:b])
		ctx := strings.ReplaceAll(sb.String(), "\n", " ")
		fmt.Fprintf(w, "ALSO\t%s\t%s\ttrigger %q\tgold %q\t%s\t%s\n", d.Name, e.Class, trig, d.Text[e.Start:e.End], strings.Join(x.Anchor.Values, ","), ctx)
	}
}

// printEvents prints one EVENT line per event of a document: its date, its
// trigger, the words its sources' dates also anchor and its headline.
func printEvents(w io.Writer, d eval.AnchorDoc) {
	for _, e := range d.Events {
		var also []string
		for _, src := range e.Sources {
			for _, a := range src.Also {
				also = append(also, d.Text[a.Start:a.End])
			}
		}
		fmt.Fprintf(w, "EVENT\t%s\t%s\t%s\t%s\t%s\n", d.Name, e.Date.Value, e.Trigger, strings.Join(also, ","), e.Title)
	}
}
