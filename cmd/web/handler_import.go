package main

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/ingest"
	"storyline/timeline"
	"storyline/views"
)

// Bulk imports and re-extraction run as durable jobs (see package ingest):
// a request only stores the job and its items, the worker does the rest,
// and the import's page and JSON show how far it got.

// createImport is POST /stories/:id/imports (form): several files (HTML,
// text, zip, JSONL) and/or a list of URLs become one import job; the
// answer is the import's page.
func (a *App) createImport(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	s, err := a.store.StoryBare(c.Request().Context(), id)
	if err != nil {
		return err
	}
	files, err := formFiles(c, "files")
	if err != nil {
		return err
	}
	items := ingest.Items(files)
	items = append(items, ingest.URLItems(c.FormValue("urls"))...)
	if len(items) == 0 {
		form := views.ImportForm{StoryID: s.ID, URLs: c.FormValue("urls"),
			Errors: views.FieldErrors{"files": "Choose one or more files, or give web addresses, to import."}}
		p := views.NewDocument{Page: a.page(c, "Add a document"),
			Form: views.DocumentForm{StoryID: s.ID, StoryTitle: s.Title}, Import: form}
		return render(c, http.StatusUnprocessableEntity, views.NewDocumentView(p))
	}
	job, err := a.enqueue(c, s.ID, db.JobImport, items)
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/imports/"+strconv.FormatInt(job.ID, 10))
}

// formFiles reads the files of a multipart field.
func formFiles(c echo.Context, field string) ([]ingest.File, error) {
	form, err := c.MultipartForm()
	switch {
	case err == nil:
	case errors.Is(err, http.ErrNotMultipart):
		return nil, nil
	case tooLarge(err):
		return nil, err
	default:
		return nil, badRequest("The form could not be read.")
	}
	var files []ingest.File
	for _, fh := range form.File[field] {
		if fh.Size == 0 && fh.Filename == "" {
			continue
		}
		b, err := readUpload(fh)
		if err != nil {
			return nil, err
		}
		files = append(files, ingest.File{Name: fh.Filename, Body: b})
	}
	return files, nil
}

// enqueue stores a job and wakes the worker.
func (a *App) enqueue(c echo.Context, storyID int64, kind string, items []db.JobItem) (db.Job, error) {
	if len(items) > ingest.MaxItems {
		return db.Job{}, timeline.Errorf(timeline.EInvalid, "One import takes at most %d articles; this one has %d.", ingest.MaxItems, len(items))
	}
	author := ""
	if u, ok := currentUser(c); ok {
		author = u.Name
	}
	job, err := a.store.EnqueueJob(c.Request().Context(), db.Job{Kind: kind, StoryID: storyID, Author: author}, items)
	if err != nil {
		return db.Job{}, err
	}
	a.worker.Wake()
	return job, nil
}

// jobParam is the job the route's :id names, once the user may read its story.
func (a *App) jobParam(c echo.Context) (db.Job, error) {
	id, err := idParam(c, "import")
	if err != nil {
		return db.Job{}, err
	}
	job, err := a.store.Job(c.Request().Context(), id)
	if err != nil {
		return db.Job{}, err
	}
	if err := a.canReadStory(c, job.StoryID); err != nil {
		return db.Job{}, err
	}
	return job, nil
}

// showImport is GET /imports/:id: the import's progress.
func (a *App) showImport(c echo.Context) error {
	job, err := a.jobParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	p, err := a.store.JobProgress(ctx, job.ID)
	if err != nil {
		return err
	}
	items, err := a.store.JobItems(ctx, job.ID)
	if err != nil {
		return err
	}
	s, err := a.store.StoryBare(ctx, job.StoryID)
	if err != nil {
		return err
	}
	page := views.ImportPage{Page: a.page(c, "Import "+strconv.FormatInt(job.ID, 10)), ID: job.ID,
		StoryID: s.ID, StoryTitle: s.Title, State: p.State, Error: p.Error, Total: p.Total, Pending: p.Pending,
		Added: p.Added, Duplicates: p.Duplicates, Refused: p.Refused, Cancelled: p.Cancelled,
		CanCancel: allow(c, timeline.ActionEditStory) == nil}
	for _, it := range items {
		if it.State == db.ItemPending {
			continue
		}
		page.Items = append(page.Items, views.ImportItem{Position: it.Position, Name: it.Name, State: it.State,
			Reason: it.Reason, DocumentID: it.DocumentID})
	}
	return render(c, http.StatusOK, views.ImportView(page))
}

// cancelImport is POST /imports/:id/cancel.
func (a *App) cancelImport(c echo.Context) error {
	job, err := a.jobParam(c)
	if err != nil {
		return err
	}
	if _, err := a.store.CancelJob(c.Request().Context(), job.ID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/imports/"+strconv.FormatInt(job.ID, 10))
}

// reextractStory is POST /stories/:id/reextract: the story's events are
// extracted again from all its documents, in the background.
func (a *App) reextractStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	if _, err := a.enqueue(c, id, db.JobReextract, nil); err != nil {
		return err
	}
	return redirectNotice(c, storyPath(id), "reextract-queued", "")
}

// apiImport is an import as the API shows it.
type apiImport struct {
	ID         int64           `json:"id"`
	Story      int64           `json:"story"`
	Kind       string          `json:"kind"`
	State      string          `json:"state"`
	Error      string          `json:"error,omitempty"`
	Total      int             `json:"total"`
	Pending    int             `json:"pending"`
	Done       int             `json:"done"`
	Added      int             `json:"added"`
	Duplicates int             `json:"duplicates"`
	Refused    int             `json:"refused"`
	Cancelled  int             `json:"cancelled"`
	Items      []apiImportItem `json:"items"`
	URL        string          `json:"url"`
}

type apiImportItem struct {
	Position int    `json:"position"`
	Name     string `json:"name"`
	State    string `json:"state"`
	Reason   string `json:"reason,omitempty"`
	Document int64  `json:"document,omitempty"`
}

func (a *App) apiImportOf(c echo.Context, id int64) (apiImport, error) {
	ctx := c.Request().Context()
	p, err := a.store.JobProgress(ctx, id)
	if err != nil {
		return apiImport{}, err
	}
	items, err := a.store.JobItems(ctx, id)
	if err != nil {
		return apiImport{}, err
	}
	out := apiImport{ID: p.ID, Story: p.StoryID, Kind: p.Kind, State: p.State, Error: p.Error, Total: p.Total,
		Pending: p.Pending, Done: p.Total - p.Pending, Added: p.Added, Duplicates: p.Duplicates, Refused: p.Refused,
		Cancelled: p.Cancelled, Items: make([]apiImportItem, 0, len(items)), URL: "/imports/" + strconv.FormatInt(id, 10)}
	for _, it := range items {
		out.Items = append(out.Items, apiImportItem{Position: it.Position, Name: it.Name, State: it.State,
			Reason: it.Reason, Document: it.DocumentID})
	}
	return out, nil
}

// apiCreateImport is POST /api/stories/{id}/imports: a JSONL body (one
// article per line: {"text"|"html", "title", "outlet", "url",
// "published"}) or a JSON object {"urls": [...]}; 202 with the import.
func (a *App) apiCreateImport(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	if _, err := a.store.StoryBare(c.Request().Context(), id); err != nil {
		return err
	}
	ct, _, _ := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	var items []db.JobItem
	if ct == echo.MIMEApplicationJSON {
		var in struct {
			URLs []string `json:"urls"`
		}
		if err := decodeJSON(c, &in); err != nil {
			return err
		}
		items = ingest.URLItems(strings.Join(in.URLs, "\n"))
	} else {
		body, err := io.ReadAll(c.Request().Body)
		if err != nil {
			if tooLarge(err) {
				return err
			}
			return badRequest("The request body could not be read.")
		}
		items = ingest.JSONLItems("line", body)
	}
	if len(items) == 0 {
		return timeline.Errorf(timeline.EInvalid, "The import holds no article: send JSONL, one article per line, or {\"urls\": [...]}.")
	}
	job, err := a.enqueue(c, id, db.JobImport, items)
	if err != nil {
		return err
	}
	out, err := a.apiImportOf(c, job.ID)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/imports/"+strconv.FormatInt(job.ID, 10))
	return c.JSON(http.StatusAccepted, out)
}

// apiShowImport is GET /api/imports/{id}: the import's progress.
func (a *App) apiShowImport(c echo.Context) error {
	job, err := a.jobParam(c)
	if err != nil {
		return err
	}
	out, err := a.apiImportOf(c, job.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// apiCancelImport is POST /api/imports/{id}/cancel and DELETE
// /api/imports/{id}: the import stops before its next article (what it
// added stays); the answer is the import.
func (a *App) apiCancelImport(c echo.Context) error {
	job, err := a.jobParam(c)
	if err != nil {
		return err
	}
	if _, err := a.store.CancelJob(c.Request().Context(), job.ID); err != nil {
		return err
	}
	out, err := a.apiImportOf(c, job.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// apiReextract is POST /api/stories/{id}/reextract: 202 with the job, which
// GET /api/imports/{id} follows.
func (a *App) apiReextract(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	job, err := a.enqueue(c, id, db.JobReextract, nil)
	if err != nil {
		return err
	}
	out, err := a.apiImportOf(c, job.ID)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/imports/"+strconv.FormatInt(job.ID, 10))
	return c.JSON(http.StatusAccepted, out)
}
