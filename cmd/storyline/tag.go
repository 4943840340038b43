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
	"runtime"
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
	out := fs.String("out", "", "output directory (one file per input); with -format jsonl, \"-\" (standard output) or a .jsonl file writes one stream")
	modeFlag := fs.String("mode", "auto", "anchoring mode: auto (chosen per document), news or narrative")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline tag [-format timeml|jsonl] [-mode auto|news|narrative] [-dct YYYY-MM-DD] -out DIR|-|FILE.jsonl FILE...")
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
	mode, err := temporal.ParseMode(*modeFlag)
	if err != nil {
		return err
	}
	var dct time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			return fmt.Errorf("bad -dct %q: want YYYY-MM-DD", *dctFlag)
		}
		dct = t
	}
	stream := *format == "jsonl" && (*out == "-" || strings.EqualFold(filepath.Ext(*out), ".jsonl"))
	if *out == "-" && !stream {
		return errors.New("-out - (standard output) needs -format jsonl")
	}
	var w *bufio.Writer
	switch {
	case *out == "-":
		w = bufio.NewWriterSize(stdout, 1<<16)
	case stream:
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		defer f.Close()
		w = bufio.NewWriterSize(f, 1<<16)
	default:
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return fmt.Errorf("create output directory: %w", err)
		}
	}
	tagger := temporal.NewTagger()
	err = eachInOrder(fs.Args(), func(path string) (tagged, error) {
		return tagFile(tagger, path, *format, dct, mode)
	}, func(path string, r tagged) error {
		if w != nil {
			_, err := w.Write(r.body)
			return err
		}
		if err := os.WriteFile(filepath.Join(*out, r.name), r.body, 0o644); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	})
	if w != nil {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("write output: %w", ferr)
		}
	}
	return err
}

// tagged is one input's output: the file name it is written to (when
// outputs are files) and its bytes.
type tagged struct {
	name string
	body []byte
}

// eachInOrder runs work over paths on every core and hands the results to
// emit in the order of paths; it stops at the first error. At most a
// bounded window of results waits for its turn, so memory stays flat
// however many files there are.
func eachInOrder(paths []string, work func(string) (tagged, error), emit func(string, tagged) error) error {
	type result struct {
		r    tagged
		err  error
		done chan struct{}
	}
	workers := runtime.GOMAXPROCS(0)
	window := make(chan struct{}, 4*workers)
	results := make([]*result, len(paths))
	for i := range results {
		results[i] = &result{done: make(chan struct{})}
	}
	jobs := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(jobs)
		for i := range paths {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				res := results[i]
				res.r, res.err = work(paths[i])
				close(res.done)
			}
		}()
	}
	for i, path := range paths {
		res := results[i]
		<-res.done
		results[i] = nil
		if res.err != nil {
			return res.err
		}
		if err := emit(path, res.r); err != nil {
			return err
		}
		<-window
	}
	return nil
}

func tagFile(tagger *temporal.Tagger, path, format string, dct time.Time, mode temporal.Mode) (tagged, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return tagged{}, fmt.Errorf("read input: %w", err)
	}
	name := filepath.Base(path)
	var doc *timeml.Document
	text, id := string(data), strings.TrimSuffix(name, filepath.Ext(name))
	if strings.EqualFold(filepath.Ext(path), ".tml") {
		doc, err = timeml.Parse(data)
		if err != nil {
			return tagged{}, fmt.Errorf("%s: %w", path, err)
		}
		text = doc.Text
		if doc.ID != "" {
			id = doc.ID
		}
		if dct.IsZero() {
			dct = doc.DCT
		}
	} else if dct.IsZero() {
		return tagged{}, fmt.Errorf("%s: a .txt file needs -dct YYYY-MM-DD", path)
	}
	res := tagger.TagWith(text, temporal.Options{DCT: dct, Mode: mode})
	switch format {
	case "jsonl":
		body, err := jsonLines(id, text, res)
		if err != nil {
			return tagged{}, err
		}
		return tagged{name: strings.TrimSuffix(name, filepath.Ext(name)) + ".jsonl", body: body}, nil
	}
	if doc != nil {
		return tagged{name: name, body: []byte(doc.Annotate(toTimeML(res.Timexes)))}, nil
	}
	return tagged{name: name, body: []byte(timeml.Insert(text, toTimeML(res.Timexes)))}, nil
}

type jsonTimex struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
	Mode  string `json:"mode,omitempty"`
}

// jsonLines writes one JSON object per expression, offsets in code points,
// each with the document's id and anchoring mode, so that the lines of many
// documents can share one stream.
func jsonLines(id, text string, res temporal.Tagged) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	cp, last := 0, 0 // code points before byte offset last
	toCP := func(off int) int {
		cp += utf8.RuneCountInString(text[last:off])
		last = off
		return cp
	}
	for _, x := range res.Timexes {
		start := toCP(x.Start)
		end := toCP(x.End)
		if err := enc.Encode(jsonTimex{ID: id, Start: start, End: end, Text: x.Text, Type: x.Type, Value: x.Value.String(), Mod: x.Mod, Mode: string(res.Mode)}); err != nil {
			return nil, fmt.Errorf("encode: %w", err)
		}
	}
	return []byte(b.String()), nil
}
