// Package ingest adds articles to stories: one at a time (the web form, the
// API) or many as a durable background job (uploads, zips, JSONL files,
// lists of URLs, the command line). The web server and the command-line
// tool both go through its Service, so an article is read, checked,
// recognised as a duplicate, extracted and stored the same way everywhere.
//
// Extraction runs outside any database transaction; only the storing is
// one short transaction, which merges the new document's reports into the
// story's events (see db.IngestDocument).
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/article"
	"storyline/timeline/extract"
	"storyline/timeline/temporal"
)

// Service adds, removes and extracts documents.
type Service struct {
	Store     *db.DB
	Extractor *extract.Extractor
	// Fetcher reads articles from the web; nil refuses URLs.
	Fetcher *Fetcher
	Logger  *slog.Logger
}

// Input is an article as a form, the API, a file or a line of JSONL gives it.
type Input struct {
	Title     string
	Outlet    string
	URL       string
	Published string // YYYY-MM-DD, may be empty
	// Body is the article, read as HTML when HTML is set, else as text.
	Body []byte
	HTML bool
	// Field is the form field the body came from, for error messages.
	Field string
	// Anchoring is how the document's dates are anchored: "", "auto",
	// "news" or "narrative".
	Anchoring string
}

// FieldError is an input error that belongs to one field of a form.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// InvalidField is an EInvalid error of one field.
func InvalidField(field, format string, args ...any) error {
	return &FieldError{Field: field, Err: timeline.Errorf(timeline.EInvalid, format, args...)}
}

// MaxField is the longest title, outlet or URL accepted, in bytes.
const MaxField = 2000

// MaxArticle is the largest article accepted, in bytes.
const MaxArticle = 5 << 20

// Read turns an input into a document of the story: it reads the HTML or
// text, checks every field and finds the publication date. Nothing is
// stored.
func Read(storyID int64, in Input) (timeline.Document, error) {
	for _, f := range []struct{ name, value string }{{"title", in.Title}, {"outlet", in.Outlet}, {"url", in.URL}} {
		if !utf8.ValidString(f.value) {
			return timeline.Document{}, InvalidField(f.name, "The %s is not valid UTF-8 text.", f.name)
		}
		if len(f.value) > MaxField {
			return timeline.Document{}, InvalidField(f.name, "The %s is longer than %d bytes.", f.name, MaxField)
		}
	}
	field := in.Field
	if field == "" {
		field = "text"
	}
	if len(bytes.TrimSpace(in.Body)) == 0 {
		return timeline.Document{}, InvalidField(field, "The article is empty: paste its text or upload a .txt or .html file.")
	}
	if len(in.Body) > MaxArticle {
		return timeline.Document{}, InvalidField(field, "The article is too large: %d MB, at most %d MB.", len(in.Body)>>20, MaxArticle>>20)
	}
	var art article.Article
	var err error
	if in.HTML {
		art, err = article.FromHTML(in.Body)
	} else {
		art, err = article.FromText(in.Body)
	}
	if err != nil {
		if timeline.ErrorCodeOf(err) == timeline.EInvalid {
			return timeline.Document{}, &FieldError{Field: field, Err: err}
		}
		return timeline.Document{}, fmt.Errorf("reading article: %w", err)
	}
	doc := timeline.Document{
		StoryID:         storyID,
		Title:           firstNonEmpty(in.Title, art.Title),
		Outlet:          firstNonEmpty(in.Outlet, art.Outlet),
		URL:             firstNonEmpty(in.URL, art.URL),
		Text:            art.Text,
		Published:       art.Published,
		PublishedSource: art.PublishedSource,
	}
	if strings.TrimSpace(in.Published) != "" {
		t, err := ParsePublished(in.Published)
		if err != nil {
			return timeline.Document{}, &FieldError{Field: "published", Err: err}
		}
		doc.Published, doc.PublishedSource = t, timeline.PublishedUser
	}
	if doc.Published.IsZero() {
		return timeline.Document{}, InvalidField("published", "No publication date was found in the article. Enter the date it was published (YYYY-MM-DD), so that dates like “on Wednesday” can be resolved.")
	}
	if doc.URL != "" {
		if err := CheckURL(doc.URL); err != nil {
			return timeline.Document{}, &FieldError{Field: "url", Err: err}
		}
	}
	if doc.Title == "" {
		doc.Title = "Untitled document"
	}
	if doc.Anchoring, err = temporal.ParseMode(in.Anchoring); err != nil {
		return timeline.Document{}, InvalidField("anchoring", "The anchoring must be “auto”, “news” or “narrative”.")
	}
	return doc, nil
}

// Add reads an article and adds it to a story, merging its events into the
// story's. The same article (same text or same URL) added again is
// answered with the stored document and Duplicate set.
func (s *Service) Add(ctx context.Context, storyID int64, in Input) (db.Addition, error) {
	doc, err := Read(storyID, in)
	if err != nil {
		return db.Addition{}, err
	}
	return s.AddDocument(ctx, doc)
}

// AddDocument adds a document that Read made: it is extracted alone,
// outside any transaction, and merged into the story's events in one short
// write. A story whose events were extracted before reports were stored is
// extracted again first, once.
func (s *Service) AddDocument(ctx context.Context, doc timeline.Document) (db.Addition, error) {
	// A duplicate is recognised before the extraction, which it spares; the
	// write checks again, in case another process added it meanwhile.
	if old, ok, err := s.Store.Duplicate(ctx, doc.StoryID, doc.Text, doc.URL); err != nil {
		return db.Addition{}, err
	} else if ok {
		return db.Addition{Document: old, Duplicate: true}, nil
	}
	for attempt := 0; ; attempt++ {
		reports, lookup, err := s.reportsOf(ctx, doc)
		if err != nil {
			return db.Addition{}, err
		}
		d := doc
		add, err := s.Store.IngestDocument(ctx, &d, lookup, merger(ctx, reports, lookup))
		if errors.Is(err, db.ErrReportsMissing) && attempt == 0 {
			if err := s.Reextract(ctx, doc.StoryID); err != nil {
				return db.Addition{}, err
			}
			continue
		}
		return add, err
	}
}

// SetPublished sets a document's publication date and extracts that
// document again with it; the story's other documents are not read.
func (s *Service) SetPublished(ctx context.Context, doc timeline.Document, published time.Time, source string) (db.Addition, error) {
	doc.Published, doc.PublishedSource = published, source
	return s.again(ctx, doc)
}

// SetAnchoring sets how a document's dates are anchored (news, narrative
// or chosen from the text) and extracts that document again with it.
func (s *Service) SetAnchoring(ctx context.Context, doc timeline.Document, mode temporal.Mode) (db.Addition, error) {
	doc.Anchoring = mode
	return s.again(ctx, doc)
}

// again extracts a stored document again in place, after a change to how
// its dates resolve.
func (s *Service) again(ctx context.Context, doc timeline.Document) (db.Addition, error) {
	for attempt := 0; ; attempt++ {
		alone := doc
		alone.ID = 0
		reports, lookup, err := s.reportsOf(ctx, alone)
		if err != nil {
			return db.Addition{}, err
		}
		add, err := s.Store.ReplaceDocumentReports(ctx, doc, lookup, merger(ctx, reports, lookup), rebuild)
		if errors.Is(err, db.ErrReportsMissing) && attempt == 0 {
			if err := s.Reextract(ctx, doc.StoryID); err != nil {
				return db.Addition{}, err
			}
			continue
		}
		return add, err
	}
}

// Remove removes a document: the events only it supported go, the others
// are built again from their other reports.
func (s *Service) Remove(ctx context.Context, docID int64) (db.Removal, error) {
	return s.Store.RemoveDocument(ctx, docID, rebuild)
}

// Reextract extracts a whole story again from its documents (after a rule
// changed, or on request) and replaces its events, keeping corrections.
// The extraction runs outside the write; when a document is added or
// removed meanwhile it starts again, a few times at most.
func (s *Service) Reextract(ctx context.Context, storyID int64) error {
	for attempt := 0; ; attempt++ {
		docs, err := s.Store.DocumentsOf(ctx, storyID)
		if err != nil {
			return err
		}
		evs, reports, err := s.storyEvents(ctx, docs)
		if err != nil {
			return err
		}
		err = s.Store.ReplaceStoryEvents(ctx, storyID, docs, evs, reports)
		if timeline.ErrorCodeOf(err) != timeline.EConflict || attempt >= 3 {
			return err
		}
	}
}

// ParsePublished reads a publication date as the form and the API give it.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		var y, m, d int
		if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == 10 {
			return time.Time{}, timeline.Errorf(timeline.EInvalid, "There is no date %s: check the month and the day.", s)
		}
		return time.Time{}, timeline.Errorf(timeline.EInvalid, "“%s” is not a date: write it as YYYY-MM-DD, e.g. 2022-09-14.", s)
	}
	if t.Year() < 1 {
		return time.Time{}, timeline.Errorf(timeline.EInvalid, "The year of %s is out of range.", s)
	}
	return t, nil
}

// CheckURL accepts absolute http and https URLs only.
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return timeline.Errorf(timeline.EInvalid, "The URL must be a web address starting with http:// or https://.")
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// LooksLikeHTML reports whether pasted or uploaded content is an HTML page.
func LooksLikeHTML(name string, b []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	case ".txt", ".text":
		return false
	}
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\uFEFF"))))
	if len(head) > 512 {
		head = head[:512]
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// reason is the message of an error as an import lists it: the message of
// an input error, a generic one for the rest (which are logged).
func reason(err error) string {
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		return timeline.ErrorMessage(err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "It took too long."
	}
	return "It could not be stored (internal error)."
}
