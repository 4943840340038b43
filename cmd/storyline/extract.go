package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"storyline/timeline"
	"storyline/timeline/article"
	"storyline/timeline/export"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

func init() {
	register("extract", "print the story JSON (events, dates, places, sources) of article FILEs", cmdExtract)
}

func cmdExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dctFlag := fs.String("dct", "", "publication date YYYY-MM-DD of every FILE (overrides a date found in the file)")
	outlet := fs.String("outlet", "", "outlet of every FILE (overrides one found in the file)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline extract [-dct YYYY-MM-DD] [-outlet NAME] FILE...")
		fmt.Fprintln(stderr, "\nReads each FILE as one document of one story (.html and .htm as HTML, anything")
		fmt.Fprintln(stderr, "else as UTF-8 text; documents get IDs 1..n in order) and prints the story JSON.")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\n"+geo.Credit)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no files given")
	}
	var dct time.Time
	if *dctFlag != "" {
		t, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			return fmt.Errorf("bad -dct %q: want YYYY-MM-DD", *dctFlag)
		}
		dct = t
	}
	story := timeline.Story{}
	for i, path := range fs.Args() {
		doc, err := readDocument(path)
		if err != nil {
			return err
		}
		doc.ID = int64(i + 1)
		if !dct.IsZero() {
			doc.Published, doc.PublishedSource = dct, timeline.PublishedUser
		}
		if *outlet != "" {
			doc.Outlet = *outlet
		}
		story.Documents = append(story.Documents, doc)
	}
	if story.Title = story.Documents[0].Title; story.Title == "" {
		story.Title = filepath.Base(fs.Arg(0))
	}
	gaz, err := geo.Default()
	if err != nil {
		return fmt.Errorf("loading gazetteer: %w", err)
	}
	events, err := extract.NewExtractor(temporal.NewTagger(), gaz).Extract(story.Documents)
	if err != nil {
		return fmt.Errorf("extracting events: %w", err)
	}
	for i := range events {
		events[i].ID = int64(i + 1)
	}
	story.Events = events
	return export.WriteJSON(stdout, story)
}

// readDocument reads one file as a document: HTML through article.FromHTML,
// anything else through article.FromText.
func readDocument(path string) (timeline.Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return timeline.Document{}, fmt.Errorf("reading %s: %w", path, err)
	}
	var a article.Article
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		a, err = article.FromHTML(b)
	default:
		a, err = article.FromText(b)
	}
	if err != nil {
		return timeline.Document{}, fmt.Errorf("reading %s: %w", path, err)
	}
	return timeline.Document{
		Title: a.Title, Outlet: a.Outlet, URL: a.URL, Text: a.Text,
		Published: a.Published, PublishedSource: a.PublishedSource,
	}, nil
}
