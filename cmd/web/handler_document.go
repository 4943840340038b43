package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/article"
	"storyline/views"
)

// documentInput is a document as the form or the API gives it.
type documentInput struct {
	Title     string
	Outlet    string
	URL       string
	Published string // YYYY-MM-DD, may be empty
	// Body is the article, read as HTML when HTML is set, else as text.
	Body []byte
	HTML bool
	// BodyField is the form field the body came from, for error messages.
	BodyField string
}

// fieldError is an input error that belongs to one field of a form.
type fieldError struct {
	Field string
	Err   error
}

func (e *fieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *fieldError) Unwrap() error { return e.Err }

func invalidField(field, format string, args ...any) error {
	return &fieldError{Field: field, Err: timeline.Errorf(timeline.EInvalid, format, args...)}
}

// maxField is the longest title, outlet or URL accepted, in bytes.
const maxField = 2000

// ingest reads, checks and stores a document, extracting the story's events
// again in the same transaction.
func (a *App) ingest(c echo.Context, storyID int64, in documentInput) (timeline.Document, error) {
	for _, f := range []struct{ name, value string }{{"title", in.Title}, {"outlet", in.Outlet}, {"url", in.URL}} {
		if !utf8.ValidString(f.value) {
			return timeline.Document{}, invalidField(f.name, "The %s is not valid UTF-8 text.", f.name)
		}
		if len(f.value) > maxField {
			return timeline.Document{}, invalidField(f.name, "The %s is longer than %d bytes.", f.name, maxField)
		}
	}
	field := in.BodyField
	if field == "" {
		field = "text"
	}
	if len(bytes.TrimSpace(in.Body)) == 0 {
		return timeline.Document{}, invalidField(field, "The article is empty: paste its text or upload a .txt or .html file.")
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
			return timeline.Document{}, &fieldError{Field: field, Err: err}
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
		t, err := parsePublished(in.Published)
		if err != nil {
			return timeline.Document{}, &fieldError{Field: "published", Err: err}
		}
		doc.Published, doc.PublishedSource = t, timeline.PublishedUser
	}
	if doc.Published.IsZero() {
		return timeline.Document{}, invalidField("published", "No publication date was found in the article. Enter the date it was published (YYYY-MM-DD), so that dates like “on Wednesday” can be resolved.")
	}
	if doc.URL != "" {
		if err := checkURL(doc.URL); err != nil {
			return timeline.Document{}, &fieldError{Field: "url", Err: err}
		}
	}
	if doc.Title == "" {
		doc.Title = "Untitled document"
	}
	if err := a.store.AddDocument(c.Request().Context(), &doc, a.extractor.Extract); err != nil {
		return timeline.Document{}, err
	}
	return doc, nil
}

// parsePublished reads a publication date as the form and the API give it.
func parsePublished(s string) (time.Time, error) {
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

// checkURL accepts absolute http and https URLs only.
func checkURL(s string) error {
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

// looksLikeHTML reports whether pasted or uploaded content is an HTML page.
func looksLikeHTML(name string, b []byte) bool {
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

// newDocument is the add-a-document page.
func (a *App) newDocument(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	p := views.NewDocument{Page: a.page(c, "Add a document"), Form: views.DocumentForm{StoryID: s.ID, StoryTitle: s.Title}}
	return render(c, http.StatusOK, views.NewDocumentView(p))
}

// createDocument handles the add-a-document form: pasted text or an
// uploaded file. Bad input shows the form again with what the user typed
// and the message next to the field.
func (a *App) createDocument(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	form := views.DocumentForm{
		StoryID:    s.ID,
		StoryTitle: s.Title,
		Title:      c.FormValue("title"),
		Outlet:     c.FormValue("outlet"),
		URL:        c.FormValue("url"),
		Published:  c.FormValue("published"),
		Text:       c.FormValue("text"),
	}
	in := documentInput{Title: form.Title, Outlet: form.Outlet, URL: form.URL, Published: form.Published}
	file, err := c.FormFile("file")
	switch {
	case err == nil && file.Size > 0:
		if strings.TrimSpace(form.Text) != "" {
			return a.documentFormError(c, form, invalidField("file", "Paste the text or upload a file, not both."))
		}
		b, err := readUpload(file)
		if err != nil {
			return err
		}
		in.Body, in.HTML, in.BodyField = b, looksLikeHTML(file.Filename, b), "file"
	case err == nil, errors.Is(err, http.ErrMissingFile), errors.Is(err, http.ErrNotMultipart):
		in.Body, in.HTML, in.BodyField = []byte(form.Text), looksLikeHTML("", []byte(form.Text)), "text"
	case tooLarge(err):
		return err
	default:
		return badRequest("The form could not be read.")
	}
	doc, err := a.ingest(c, s.ID, in)
	if err != nil {
		var fe *fieldError
		if in.BodyField == "file" && errors.As(err, &fe) && fe.Field != "file" && utf8.Valid(in.Body) {
			// the browser cannot fill a file input again: the uploaded
			// article goes into the text box, so that fixing the date
			// (say) loses nothing
			form.Text = string(in.Body)
			form.Uploaded = true
		}
		return a.documentFormError(c, form, err)
	}
	return c.Redirect(http.StatusSeeOther, storyPath(doc.StoryID))
}

func readUpload(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("opening upload: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("reading upload: %w", err)
	}
	return b, nil
}

// documentFormError shows the add-a-document form again for input errors,
// and passes other errors on.
func (a *App) documentFormError(c echo.Context, form views.DocumentForm, err error) error {
	if timeline.ErrorCodeOf(err) != timeline.EInvalid {
		return err
	}
	field := ""
	var fe *fieldError
	if errors.As(err, &fe) {
		field = fe.Field
	}
	form.Errors = views.FieldErrors{field: timeline.ErrorMessage(err)}
	if field != "" {
		form.Errors[""] = "The document was not added: see the message below."
	}
	// What the user typed goes back into the form; bytes that are not UTF-8
	// are shown as U+FFFD rather than written raw into the page.
	for _, f := range []*string{&form.Title, &form.Outlet, &form.URL, &form.Published, &form.Text} {
		*f = strings.ToValidUTF8(*f, "\uFFFD")
	}
	p := views.NewDocument{Page: a.page(c, "Add a document"), Form: form}
	return render(c, http.StatusUnprocessableEntity, views.NewDocumentView(p))
}

// showDocument is a document's page.
func (a *App) showDocument(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	if err := a.canReadStory(c, d.StoryID); err != nil {
		return err
	}
	return a.renderDocument(c, d, views.PublishedForm{DocumentID: d.ID, Published: dateString(d.Published)}, http.StatusOK)
}

func (a *App) renderDocument(c echo.Context, d timeline.Document, form views.PublishedForm, status int) error {
	// the events the reader sees: for the newsroom hidden ones too
	v, err := a.view(c, d.StoryID, timeline.StoryFilter{IncludeHidden: true})
	if err != nil {
		return err
	}
	s := v.Story
	row := views.NewDocumentRow(d)
	p := views.DocumentPage{
		Page: a.page(c, row.Title), Document: row, StoryID: s.ID, StoryTitle: s.Title,
		Text: d.Text, Form: form, Share: a.sharedBy(c, s.ID),
	}
	for _, e := range inDateOrder(s.Events) {
		for _, src := range e.Sources {
			if src.DocumentID == d.ID {
				r := views.NewEventRow(e)
				r.Share = p.Share
				p.Events = append(p.Events, r)
				break
			}
		}
	}
	return render(c, status, views.DocumentView(p))
}

// setPublished changes a document's publication date and resolves the
// story's relative dates again.
func (a *App) setPublished(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	value := c.FormValue("published")
	t, err := parsePublished(value)
	if err == nil {
		err = a.store.SetPublished(c.Request().Context(), d.ID, t, timeline.PublishedUser, a.extractor.Extract)
	}
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		if strings.TrimSpace(value) == "" {
			err = timeline.Errorf(timeline.EInvalid, "Enter the publication date (YYYY-MM-DD).")
		}
		form := views.PublishedForm{DocumentID: d.ID, Published: value, Errors: views.FieldErrors{"published": timeline.ErrorMessage(err)}}
		return a.renderDocument(c, d, form, http.StatusUnprocessableEntity)
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/documents/"+strconv.FormatInt(d.ID, 10))
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// removeDocumentPage is GET /documents/:id/remove: it asks to confirm and
// lists the events that go with the document.
func (a *App) removeDocumentPage(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	return a.renderRemoveDocument(c, d, nil, http.StatusOK)
}

func (a *App) renderRemoveDocument(c echo.Context, d timeline.Document, errs views.FieldErrors, status int) error {
	s, err := a.store.Story(c.Request().Context(), d.StoryID)
	if err != nil {
		return err
	}
	row := views.NewDocumentRow(d)
	p := views.RemoveDocumentPage{Page: a.page(c, "Remove "+row.Title), Document: row, StoryID: s.ID,
		StoryTitle: s.Title, Errors: errs}
	for _, e := range inDateOrder(s.Events) {
		cites, only := false, true
		for _, src := range e.Sources {
			if src.DocumentID == d.ID {
				cites = true
			} else {
				only = false
			}
		}
		switch {
		case cites && only:
			p.Lost = append(p.Lost, views.NewEventRow(e))
		case cites:
			p.Shared++
		}
	}
	return render(c, status, views.RemoveDocumentView(p))
}

// removeDocument is POST /documents/:id/remove {confirm=remove}: it removes
// the document and extracts the story's events again from the others, as
// adding a document does; corrections of the events that remain are kept.
func (a *App) removeDocument(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	if c.FormValue("confirm") != "remove" {
		errs := views.FieldErrors{"": "Confirm with the button below to remove the document. Nothing was removed."}
		return a.renderRemoveDocument(c, d, errs, http.StatusUnprocessableEntity)
	}
	if err := a.store.DeleteDocument(c.Request().Context(), d.ID, a.extractor.Extract); err != nil {
		return err
	}
	return redirectNotice(c, storyPath(d.StoryID), "document-removed", "")
}

// documentParam is the document the route's :id names.
func (a *App) documentParam(c echo.Context) (timeline.Document, error) {
	id, err := idParam(c, "document")
	if err != nil {
		return timeline.Document{}, err
	}
	return a.store.Document(c.Request().Context(), id)
}
