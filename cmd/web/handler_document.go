package main

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/ingest"
	"storyline/timeline"
	"storyline/views"
)

// documentInput is a document as the form or the API gives it.
type documentInput = ingest.Input

// fieldError is an input error that belongs to one field of a form.
type fieldError = ingest.FieldError

func invalidField(field, format string, args ...any) error {
	return ingest.InvalidField(field, format, args...)
}

// addDocument reads, checks and adds a document through the ingest
// service: it is extracted alone, outside any transaction, and merged into
// the story's events in one short one. The same article added again is
// answered with the stored document, Duplicate set.
func (a *App) addDocument(c echo.Context, storyID int64, in documentInput) (db.Addition, error) {
	return a.ingest.Add(c.Request().Context(), storyID, in)
}

var (
	parsePublished = ingest.ParsePublished
	looksLikeHTML  = ingest.LooksLikeHTML
)

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
		Anchoring:  c.FormValue("anchoring"),
		Text:       c.FormValue("text"),
	}
	in := documentInput{Title: form.Title, Outlet: form.Outlet, URL: form.URL, Published: form.Published, Anchoring: form.Anchoring}
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
		in.Body, in.HTML, in.Field = b, looksLikeHTML(file.Filename, b), "file"
	case err == nil, errors.Is(err, http.ErrMissingFile), errors.Is(err, http.ErrNotMultipart):
		in.Body, in.HTML, in.Field = []byte(form.Text), looksLikeHTML("", []byte(form.Text)), "text"
	case tooLarge(err):
		return err
	default:
		return badRequest("The form could not be read.")
	}
	add, err := a.addDocument(c, s.ID, in)
	if err != nil {
		var fe *fieldError
		if in.Field == "file" && errors.As(err, &fe) && fe.Field != "file" && utf8.Valid(in.Body) {
			// the browser cannot fill a file input again: the uploaded
			// article goes into the text box, so that fixing the date
			// (say) loses nothing
			form.Text = string(in.Body)
			form.Uploaded = true
		}
		return a.documentFormError(c, form, err)
	}
	if add.Duplicate {
		return redirectNotice(c, storyPath(add.Document.StoryID), "document-duplicate", "")
	}
	return c.Redirect(http.StatusSeeOther, storyPath(add.Document.StoryID))
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
	return a.renderDocumentWith(c, d, form, anchoringForm(d), status)
}

func (a *App) renderDocumentWith(c echo.Context, d timeline.Document, form views.PublishedForm, anchoring views.AnchoringForm, status int) error {
	// the events the reader sees: for the newsroom hidden ones too
	v, err := a.view(c, d.StoryID, timeline.StoryFilter{IncludeHidden: true})
	if err != nil {
		return err
	}
	s := v.Story
	row := views.NewDocumentRow(d)
	p := views.DocumentPage{
		Page: a.page(c, row.Title), Document: row, StoryID: s.ID, StoryTitle: s.Title,
		Text: d.Text, Form: form, Anchoring: anchoring, Share: a.sharedBy(c, s.ID),
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
		_, err = a.ingest.SetPublished(c.Request().Context(), d, t, timeline.PublishedUser)
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
// the document, its sources and the events no other document supports;
// the other events, their corrections and notes stay as they are.
func (a *App) removeDocument(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	if c.FormValue("confirm") != "remove" {
		errs := views.FieldErrors{"": "Confirm with the button below to remove the document. Nothing was removed."}
		return a.renderRemoveDocument(c, d, errs, http.StatusUnprocessableEntity)
	}
	if _, err := a.ingest.Remove(c.Request().Context(), d.ID); err != nil {
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
