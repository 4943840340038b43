package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"storyline/timeline/temporal"
	"storyline/timeline/temporal/timeml"
)

func init() {
	register("eval", "score the temporal tagger on TimeML gold documents (TempEval-3)", cmdEval)
}

func cmdEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	errs := fs.Bool("errors", false, "print every miss, spurious hit and wrong value")
	modeFlag := fs.String("mode", "auto", "anchoring mode: auto (chosen per document), news or narrative")
	modes := fs.Bool("modes", false, "print the anchoring mode chosen for each document and why")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline eval [-errors] [-modes] [-mode auto|news|narrative] GOLD_DIR...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("no gold directory")
	}
	mode, err := temporal.ParseMode(*modeFlag)
	if err != nil {
		return err
	}
	tagger := temporal.NewTagger()
	var total timeml.Scores
	for _, dir := range fs.Args() {
		files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
		if err != nil {
			return fmt.Errorf("list %s: %w", dir, err)
		}
		if len(files) == 0 {
			return fmt.Errorf("no .tml files in %s", dir)
		}
		sort.Strings(files)
		var sum timeml.Scores
		count := map[temporal.Mode]int{}
		for _, f := range files {
			s, pairs, doc, tagged, err := evalFile(tagger, f, mode)
			if err != nil {
				return err
			}
			xs := tagged.Timexes
			sum.Add(s)
			count[tagged.Mode]++
			if *modes {
				fmt.Fprintf(stdout, "MODE\t%s\t%s\t%s\n", filepath.Base(f), tagged.Mode, tagged.Why)
			}
			if *errs {
				printErrors(stdout, filepath.Base(f), doc, pairs, xs)
			}
		}
		fmt.Fprintf(stdout, "== %s (%d documents: %d news, %d narrative)\n%s\n\n", dir, len(files), count[temporal.News], count[temporal.Narrative], sum)
		total.Add(sum)
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stdout, "== all\n%s\n", total)
	}
	return nil
}

// evalFile tags one gold document's text and matches the output with its
// annotations.
func evalFile(tagger *temporal.Tagger, path string, mode temporal.Mode) (timeml.Scores, []timeml.Pair, *timeml.Document, temporal.Tagged, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return timeml.Scores{}, nil, nil, temporal.Tagged{}, fmt.Errorf("read gold: %w", err)
	}
	doc, err := timeml.Parse(data)
	if err != nil {
		return timeml.Scores{}, nil, nil, temporal.Tagged{}, fmt.Errorf("%s: %w", path, err)
	}
	tagged := tagger.TagWith(doc.Text, temporal.Options{DCT: doc.DCT, Mode: mode})
	pairs, s := timeml.Match(doc.Timexes, toTimeML(tagged.Timexes))
	return s, pairs, doc, tagged, nil
}

func toTimeML(xs []temporal.Timex) []timeml.Timex {
	out := make([]timeml.Timex, len(xs))
	for i, x := range xs {
		out[i] = timeml.Timex{Start: x.Start, End: x.End, TID: fmt.Sprintf("t%d", i+1), Type: x.Type, Value: x.Value.String(), Mod: x.Mod}
	}
	return out
}

func printErrors(w io.Writer, name string, doc *timeml.Document, pairs []timeml.Pair, xs []temporal.Timex) {
	rule := func(x *timeml.Timex) string {
		for _, s := range xs {
			if s.Start == x.Start {
				return s.Rule
			}
		}
		return ""
	}
	ctx := func(x *timeml.Timex) string {
		a, b := max(0, x.Start-30), min(len(doc.Text), x.End+30)
		return strings.ReplaceAll(doc.Text[a:x.Start]+"["+doc.Text[x.Start:x.End]+"]"+doc.Text[x.End:b], "\n", " ")
	}
	for _, p := range pairs {
		switch {
		case p.System == nil:
			fmt.Fprintf(w, "MISS\t%s\t%s\t%s\t%q\t%s\n", name, p.Gold.Type, p.Gold.Value, doc.Text[p.Gold.Start:p.Gold.End], ctx(p.Gold))
		case p.Gold == nil:
			fmt.Fprintf(w, "SPURIOUS\t%s\t%s\t%s\t%q\trule %s\t%s\n", name, p.System.Type, p.System.Value, doc.Text[p.System.Start:p.System.End], rule(p.System), ctx(p.System))
		default:
			if p.Gold.Start != p.System.Start || p.Gold.End != p.System.End {
				fmt.Fprintf(w, "EXTENT\t%s\tgold %q\tsys %q\t%s\n", name, doc.Text[p.Gold.Start:p.Gold.End], doc.Text[p.System.Start:p.System.End], ctx(p.Gold))
			}
			if p.Gold.Value != p.System.Value {
				fmt.Fprintf(w, "VALUE\t%s\t%q\tgold %s %s\tsys %s %s\tdct %s\trule %s\t%s\n", name, doc.Text[p.Gold.Start:p.Gold.End], p.Gold.Type, p.Gold.Value, p.System.Type, p.System.Value, doc.DCTValue, rule(p.System), ctx(p.Gold))
			}
		}
	}
}
