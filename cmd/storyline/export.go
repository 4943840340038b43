package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
)

func init() {
	register("export", "write a stored story as ics, timelinejs, storymap, geojson, csv or json", cmdExport)
	register("import", "store a story JSON file (as export -format json writes it) as a new story", cmdImport)
}

// exportFormats are the values of export -format, in the order usage lists them.
var exportFormats = []string{"ics", "timelinejs", "storymap", "geojson", "csv", "json"}

func cmdExport(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", os.Getenv("STORYLINE_DB"), "SQLite database `file` (default $STORYLINE_DB)")
	storyID := fl.Int64("story", 0, "`id` of the story to export")
	format := fl.String("format", "json", "output format: "+strings.Join(exportFormats, ", "))
	periods := fl.Bool("periods", false, "ics: add events known only to the week, month, season or year as whole-period spans")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline export -db FILE -story ID -format "+strings.Join(exportFormats, "|")+" [-periods]")
		fmt.Fprintln(stderr, "\nWrites the story to standard output.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	switch {
	case fl.NArg() > 0:
		fl.Usage()
		return fmt.Errorf("unexpected argument %q", fl.Arg(0))
	case *storyID <= 0:
		fl.Usage()
		return errors.New("-story ID is required")
	case !slices.Contains(exportFormats, *format):
		return fmt.Errorf("unknown -format %q: want one of %s", *format, strings.Join(exportFormats, ", "))
	case *periods && *format != "ics":
		return errors.New("-periods applies to -format ics only")
	}
	store, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	s, err := store.Story(ctx, *storyID)
	if err != nil {
		return errors.New(message(err))
	}
	// The exports follow the review: hidden and merged events are left out
	// everywhere, rejected ones everywhere but the Story JSON, which keeps
	// them with their state.
	evs, err := store.Events(ctx, s.ID, timeline.StoryFilter{})
	if err != nil {
		return errors.New(message(err))
	}
	reviews, err := export.ReadReviews(ctx, store, s.ID, evs)
	if err != nil {
		return errors.New(message(err))
	}
	published := export.Publishable(s, evs)
	// Write to a buffer first, so a failure prints nothing half-done.
	var b bytes.Buffer
	switch *format {
	case "ics":
		err = export.WriteICS(&b, published, export.ICSOptions{Periods: *periods, Now: time.Now().UTC().Truncate(time.Second), Reviews: reviews})
	case "timelinejs":
		err = export.WriteTimelineJS(&b, published)
	case "storymap":
		err = export.WriteStoryMap(&b, published)
	case "geojson":
		err = export.WriteGeoJSON(&b, published)
	case "csv":
		err = export.WriteReviewedCSV(&b, published, reviews)
	case "json":
		err = export.WriteReviewedJSON(&b, export.Selected(s, evs), reviews)
	}
	if err != nil {
		return err
	}
	_, err = b.WriteTo(stdout)
	return err
}

func cmdImport(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("import", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", os.Getenv("STORYLINE_DB"), "SQLite database `file` (default $STORYLINE_DB); created when missing")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline import -db FILE STORY.json")
		fmt.Fprintln(stderr, "\nStores the story JSON file (- for standard input) as a new story and prints its id.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return errors.New("give one story JSON file")
	}
	if *dbPath == "" {
		return errors.New("-db FILE is required")
	}
	var r io.Reader = os.Stdin
	if name := fl.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	s, reviews, err := export.ImportReviewedJSON(r)
	if err != nil {
		return fmt.Errorf("%s: %s", fl.Arg(0), message(err))
	}
	store, err := db.Open(*dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	stored, err := store.ImportStory(ctx, s)
	if err != nil {
		return errors.New(message(err))
	}
	if err := export.ApplyReviews(ctx, store, s, stored, reviews, "import"); err != nil {
		// Leave nothing half written.
		if derr := store.DeleteStory(ctx, stored.ID); derr != nil {
			err = errors.Join(err, derr)
		}
		return errors.New(message(err))
	}
	fmt.Fprintf(stdout, "%d\n", stored.ID)
	return nil
}

// openExisting opens a database that must already exist: db.Open would
// create an empty one, and exporting from that only hides a wrong path.
func openExisting(path string) (*db.DB, error) {
	if path == "" {
		return nil, errors.New("-db FILE is required")
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("database %s does not exist", path)
	}
	return db.Open(path)
}

// message is what to tell the user about err: the safe message of a
// timeline error, and the full text of an internal one (the command line
// is its operator's own).
func message(err error) string {
	if code := timeline.ErrorCodeOf(err); code != timeline.EInternal {
		return timeline.ErrorMessage(err)
	}
	return err.Error()
}
