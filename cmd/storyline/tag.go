package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline/temporal"
	"storyline/timeline/temporal/timeml"
)

func init() {
	register("tag", "find and normalize temporal expressions (TIMEX3) in .tml or .txt files", cmdTag)
}

func cmdTag(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "timeml", "output format: timeml or jsonl")
	dctFlag := fs.String("dct", "", "document creation time YYYY-MM-DD (required for .txt input; overrides the DCT of .tml files)")
	out := fs.String("out", "", "output directory (required)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline tag [-format timeml|jsonl] [-dct YYYY-MM-DD] -out DIR FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return errors.New("need -out DIR and at least one FILE")
	}
	if *format != "timeml" && *format != "jsonl" {
		return fmt.Errorf("unknown -format %q (timeml or jsonl)", *format)
	}
	var dct time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			return fmt.Errorf("bad -dct %q: want YYYY-MM-DD", *dctFlag)
		}
		dct = t
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	tagger := temporal.NewTagger()
	for _, path := range fs.Args() {
		if err := tagFile(tagger, path, *out, *format, dct); err != nil {
			return err
		}
	}
	return nil
}

func tagFile(tagger *temporal.Tagger, path, outDir, format string, dct time.Time) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	name := filepath.Base(path)
	var doc *timeml.Document
	text, id := string(data), strings.TrimSuffix(name, filepath.Ext(name))
	if strings.EqualFold(filepath.Ext(path), ".tml") {
		doc, err = timeml.Parse(data)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		text = doc.Text
		if doc.ID != "" {
			id = doc.ID
		}
		if dct.IsZero() {
			dct = doc.DCT
		}
	} else if dct.IsZero() {
		return fmt.Errorf("%s: a .txt file needs -dct YYYY-MM-DD", path)
	}
	xs := tagger.Tag(text, dct)
	var body string
	switch format {
	case "timeml":
		if doc != nil {
			body = doc.Annotate(toTimeML(xs))
		} else {
			body = timeml.Insert(text, toTimeML(xs))
		}
	case "jsonl":
		body, err = jsonLines(id, text, xs)
		if err != nil {
			return err
		}
		name = strings.TrimSuffix(name, filepath.Ext(name)) + ".jsonl"
	}
	target := filepath.Join(outDir, name)
	if err := os.WriteFile(target, []byte(body), 0o644); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

type jsonTimex struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// jsonLines writes one JSON object per expression, offsets in code points.
func jsonLines(id, text string, xs []temporal.Timex) (string, error) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	cp, last := 0, 0 // code points before byte offset last
	toCP := func(off int) int {
		cp += utf8.RuneCountInString(text[last:off])
		last = off
		return cp
	}
	for _, x := range xs {
		start := toCP(x.Start)
		end := toCP(x.End)
		if err := enc.Encode(jsonTimex{ID: id, Start: start, End: end, Text: x.Text, Type: x.Type, Value: x.Value.String(), Mod: x.Mod}); err != nil {
			return "", fmt.Errorf("encode: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	return b.String(), nil
}
