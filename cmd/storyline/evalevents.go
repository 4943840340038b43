package main

import (
	"flag"
	"fmt"
	"io"
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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline eval-events [-errors] GOLD_DIR...")
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
