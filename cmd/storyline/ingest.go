package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	"storyline/db"
	"storyline/ingest"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

func init() {
	register("ingest", "add articles (text, HTML, zip, JSONL) to a story, as a resumable import job", cmdIngest)
}

func cmdIngest(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline ingest -db PATH -story N [-fetch-private] FILE...")
		fmt.Fprintln(stderr, "\nAdds the articles of the files to story N: .txt and .html files, .zip files of them,")
		fmt.Fprintln(stderr, ".jsonl files with one {\"text\"|\"html\"|\"url\", \"title\", \"outlet\", \"url\", \"published\"} a line.")
		fmt.Fprintln(stderr, "It runs as an import job in the database, as the web's imports do: interrupted, the next")
		fmt.Fprintln(stderr, "ingest (or a server on the same file) resumes it. Progress goes to stderr.")
		fs.PrintDefaults()
	}
	path := fs.String("db", "", "database `file`")
	storyID := fs.Int64("story", 0, "the story `id` to add to")
	private := fs.Bool("fetch-private", false, "let URLs of JSONL lines reach loopback and private addresses")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *path == "":
		return errors.New("-db is required")
	case *storyID <= 0:
		return errors.New("-story is required")
	case fs.NArg() == 0:
		return errors.New("no file to ingest")
	}
	var files []ingest.File
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		files = append(files, ingest.File{Name: filepath.Base(name), Body: b})
	}
	items := ingest.Items(files)
	if len(items) > ingest.MaxItems {
		return fmt.Errorf("one import takes at most %d articles; these files hold %d", ingest.MaxItems, len(items))
	}
	store, err := db.Open(*path)
	if err != nil {
		return err
	}
	defer store.Close()
	gaz, err := geo.Default()
	if err != nil {
		return fmt.Errorf("loading gazetteer: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	svc := &ingest.Service{Store: store, Extractor: extract.NewExtractor(temporal.NewTagger(), gaz),
		Fetcher: ingest.NewFetcher(*private), Logger: logger}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	job, err := store.EnqueueJob(ctx, db.Job{Kind: db.JobImport, StoryID: *storyID, Author: "command line"}, items)
	if err != nil {
		return err
	}
	bar := newProgressBar(stderr)
	w := ingest.NewWorker(svc, store, logger)
	w.Progress = bar.show
	start := time.Now()
	p, err := w.RunJob(ctx, job.ID)
	bar.end()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "import %d: %s in %.1fs: %d added, %d duplicates, %d refused, %d cancelled (of %d)\n",
		p.ID, p.State, time.Since(start).Seconds(), p.Added, p.Duplicates, p.Refused, p.Cancelled, p.Total)
	if p.Refused > 0 {
		refused, err := store.JobItems(context.WithoutCancel(ctx), p.ID)
		if err != nil {
			return err
		}
		for _, it := range refused {
			if it.State == db.ItemRefused {
				fmt.Fprintf(stdout, "refused %s: %s\n", it.Name, it.Reason)
			}
		}
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted: run the same command again, or start the server, to resume import %d", p.ID)
	}
	return nil
}

// progressBar draws a job's progress on a terminal, or writes a plain line
// every few seconds (and at the end) elsewhere.
type progressBar struct {
	w     io.Writer
	tty   bool
	last  time.Time
	drawn bool
}

func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	return &progressBar{w: w, tty: ok && term.IsTerminal(int(f.Fd()))}
}

func (b *progressBar) show(p db.JobProgress) {
	done := p.Total - p.Pending
	counts := fmt.Sprintf("%d/%d (added %d, duplicates %d, refused %d)", done, p.Total, p.Added, p.Duplicates, p.Refused)
	if !b.tty {
		if time.Since(b.last) >= 2*time.Second || p.Pending == 0 {
			fmt.Fprintln(b.w, "ingest:", counts)
			b.last = time.Now()
		}
		return
	}
	const width = 30
	n := 0
	if p.Total > 0 {
		n = width * done / p.Total
	}
	fmt.Fprintf(b.w, "\r[%s%s] %s", strings.Repeat("#", n), strings.Repeat(".", width-n), counts)
	b.drawn = true
}

func (b *progressBar) end() {
	if b.tty && b.drawn {
		fmt.Fprintln(b.w)
	}
}
