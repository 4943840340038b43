package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"storyline/timeline/export"
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
	if os.Getenv("GOGC") == "" {
		// A run over many files allocates a few bytes per input byte and
		// keeps little (a bounded window of results), so with the default
		// the collector runs every few megabytes; a heap up to three times
		// what is live costs some megabytes and saves most of those
		// collections (on 3.7 MB of texts: 6% fewer instructions than
		// the default, about as few as 400 with a third fewer page faults).
		defer debug.SetGCPercent(debug.SetGCPercent(200))
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
// emit in the order of paths; it stops at the first error. Workers (the
// calling goroutine is one) claim paths in batches of consecutive files;
// the worker that finishes the batch next in order emits it and whatever
// finished batches follow it, so no goroutine waits to emit and a run over
// many small files wakes nobody per file. A worker does not claim a batch
// more than a bounded window ahead of the next one to emit, so memory stays
// flat however many files there are.
func eachInOrder(paths []string, work func(string) (tagged, error), emit func(string, tagged) error) error {
	const batch = 8 // files a worker claims at once
	type result struct {
		rs  []tagged
		err error // the error of the file after the last of rs
	}
	n := (len(paths) + batch - 1) / batch
	workers := max(1, min(runtime.GOMAXPROCS(0), n))
	window := 16 * workers
	var (
		mu       sync.Mutex
		room     = sync.NewCond(&mu) // signalled when the next batch to emit moves on
		claimed  int                 // batches claimed so far
		emitted  int                 // batches emitted so far
		finished = map[int]result{}  // batches done and waiting for their turn
		failed   error
	)
	worker := func() {
		for {
			mu.Lock()
			for failed == nil && claimed < n && claimed-emitted >= window {
				room.Wait()
			}
			if failed != nil || claimed >= n {
				mu.Unlock()
				return
			}
			b := claimed
			claimed++
			mu.Unlock()

			var res result
			for _, p := range paths[b*batch : min((b+1)*batch, len(paths))] {
				r, err := work(p)
				if err != nil {
					res.err = err
					break
				}
				res.rs = append(res.rs, r)
			}

			mu.Lock()
			finished[b] = res
			for failed == nil {
				r, ok := finished[emitted]
				if !ok {
					break
				}
				delete(finished, emitted)
				for k, t := range r.rs {
					if err := emit(paths[emitted*batch+k], t); err != nil {
						failed = err
						break
					}
				}
				if failed == nil && r.err != nil {
					failed = r.err
				}
				emitted++
			}
			room.Broadcast()
			mu.Unlock()
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(worker)
	}
	worker()
	wg.Wait()
	return failed
}

func tagFile(tagger *temporal.Tagger, path, format string, dct time.Time, mode temporal.Mode) (tagged, error) {
	name := filepath.Base(path)
	var doc *timeml.Document
	var text string
	id := strings.TrimSuffix(name, filepath.Ext(name))
	if strings.EqualFold(filepath.Ext(path), ".tml") {
		data, err := os.ReadFile(path)
		if err != nil {
			return tagged{}, fmt.Errorf("read input: %w", err)
		}
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
	} else {
		// The text is read into a pooled buffer and tagged in place: what
		// this function returns is built from it (JSON lines, TimeML) and
		// holds none of its bytes, so the buffer goes back to the pool on
		// return instead of a copy of every file being left to the GC.
		bp := readBufs.Get().(*[]byte)
		defer readBufs.Put(bp)
		buf, err := readInto(path, (*bp)[:0])
		*bp = buf
		if err != nil {
			return tagged{}, fmt.Errorf("read input: %w", err)
		}
		text = unsafe.String(unsafe.SliceData(buf), len(buf))
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

// readBufs are the buffers tagFile reads .txt files into.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// minReadBuf is the least room readInto reads into: most news texts fit in
// one read, and a second finds the end.
const minReadBuf = 64 << 10

// readLoop appends what read returns to buf until it reports the end.
func readLoop(buf []byte, read func([]byte) (int, error)) ([]byte, error) {
	if cap(buf) < minReadBuf {
		buf = make([]byte, 0, minReadBuf)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
		}
		n, err := read(buf[len(buf):cap(buf)])
		if n > 0 {
			buf = buf[:len(buf)+n]
		}
		if err == io.EOF || err == nil && n == 0 {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
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

// jsonLines writes one JSON object per expression (the fields of
// jsonTimex, in its order), offsets in code points, each with the
// document's id and anchoring mode, so that the lines of many documents can
// share one stream. It appends by hand what encoding/json would write
// without HTML escaping, with no reflection and one buffer per document.
func jsonLines(id, text string, res temporal.Tagged) ([]byte, error) {
	b := make([]byte, 0, len(res.Timexes)*(len(id)+120))
	cp, last := 0, 0 // code points before byte offset last
	toCP := func(off int) int {
		cp += utf8.RuneCountInString(text[last:off])
		last = off
		return cp
	}
	for _, x := range res.Timexes {
		b = append(b, `{"id":`...)
		b = appendJSONString(b, id)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(toCP(x.Start)), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(toCP(x.End)), 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, x.Text)
		b = append(b, `,"type":`...)
		b = appendJSONString(b, x.Type)
		b = append(b, `,"value":`...)
		b = appendJSONString(b, x.Value.String())
		b = append(b, `,"mod":`...)
		b = appendJSONString(b, x.Mod)
		if res.Mode != "" {
			b = append(b, `,"mode":`...)
			b = appendJSONString(b, string(res.Mode))
		}
		b = append(b, "}\n"...)
	}
	return b, nil
}

// appendJSONString appends s as a JSON string the way encoding/json writes
// it without HTML escaping.
func appendJSONString(b []byte, s string) []byte { return export.AppendJSONString(b, s, false) }
