package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
)

// apiStorySummary is one story in GET /api/stories.
type apiStorySummary struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Created   string `json:"created,omitempty"` // for the newsroom only
	Documents int    `json:"documents"`
	Events    int    `json:"events"`
	First     string `json:"first,omitempty"`
	Last      string `json:"last,omitempty"`
	URL       string `json:"url"`
}

// apiListStories is GET /api/stories.
func (a *App) apiListStories(c echo.Context) error {
	sums, err := a.readableStories(c)
	if err != nil {
		return err
	}
	out := struct {
		Stories []apiStorySummary `json:"stories"`
	}{Stories: make([]apiStorySummary, 0, len(sums))}
	for _, s := range sums {
		sum := apiStorySummary{
			ID: s.ID, Title: s.Title, Documents: s.Documents, Events: s.Events, First: s.First, Last: s.Last,
			URL: "/api/stories/" + strconv.FormatInt(s.ID, 10),
		}
		if !s.Created.IsZero() {
			sum.Created = s.Created.UTC().Format("2006-01-02T15:04:05Z07:00")
		}
		out.Stories = append(out.Stories, sum)
	}
	return c.JSON(http.StatusOK, out)
}

// apiStory is GET /api/stories/{id}: the story JSON, as the request's
// audience sees it: for the newsroom every event, hidden and rejected ones
// included (their review is on /api/events/{id}); for outsiders the
// published view.
func (a *App) apiStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	r, err := a.storyResponse(c, id, "api")
	if err != nil {
		return err
	}
	r.cacheable = true
	r.header = func(h http.Header) { h.Set(echo.HeaderContentType, echo.MIMEApplicationJSONCharsetUTF8) }
	r.load = func(ctx context.Context) (func(io.Writer) error, error) {
		v, err := a.view(c, id, timeline.StoryFilter{IncludeHidden: true})
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { return json.NewEncoder(w).Encode(export.NewStory(v.Story)) }, nil
	}
	return a.serveStory(c, r)
}

// apiCreateStory is POST /api/stories {"title"}.
func (a *App) apiCreateStory(c echo.Context) error {
	var in struct {
		Title string `json:"title"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	s, err := a.store.CreateStory(c.Request().Context(), in.Title)
	if err != nil {
		return err
	}
	loc := "/api/stories/" + strconv.FormatInt(s.ID, 10)
	c.Response().Header().Set(echo.HeaderLocation, loc)
	return c.JSON(http.StatusCreated, export.NewStory(s))
}

// apiAddDocument is POST /api/stories/{id}/documents {"text" or "html",
// "title", "outlet", "url", "published"}; it answers with the story JSON.
func (a *App) apiAddDocument(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	var in struct {
		Text      *string `json:"text"`
		HTML      *string `json:"html"`
		Title     string  `json:"title"`
		Outlet    string  `json:"outlet"`
		URL       string  `json:"url"`
		Published string  `json:"published"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	doc := documentInput{Title: in.Title, Outlet: in.Outlet, URL: in.URL, Published: in.Published}
	switch {
	case in.Text != nil && in.HTML != nil:
		return timeline.Errorf(timeline.EInvalid, "Give either \"text\" or \"html\", not both.")
	case in.HTML != nil:
		doc.Body, doc.HTML, doc.BodyField = []byte(*in.HTML), true, "html"
	case in.Text != nil:
		doc.Body, doc.BodyField = []byte(*in.Text), "text"
	default:
		return timeline.Errorf(timeline.EInvalid, "The document needs \"text\" or \"html\".")
	}
	if _, err := a.store.Story(c.Request().Context(), id); err != nil {
		return err
	}
	if _, err := a.ingest(c, id, doc); err != nil {
		return err
	}
	s, err := a.store.Story(c.Request().Context(), id)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/stories/"+strconv.FormatInt(id, 10))
	return c.JSON(http.StatusCreated, export.NewStory(s))
}

// apiStoryState is a story's title and visibility, the answer to PATCH
// /api/stories/{id}.
type apiStoryState struct {
	ID     int64         `json:"id"`
	Title  string        `json:"title"`
	Public bool          `json:"public"`
	Show   timeline.Show `json:"show"`
	URL    string        `json:"url"`
}

// apiPatchStory is PATCH /api/stories/{id} {"title", "public", "show"},
// each optional: renaming needs the right to edit the story, making it
// public or private and choosing what outsiders see ("all-but-rejected" or
// "published") the right to share it. All change in one transaction.
func (a *App) apiPatchStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	if err := allow(c, timeline.ActionEditStory); err != nil {
		if allow(c, timeline.ActionShareStory) != nil {
			return err
		}
	}
	var in struct {
		Title  *string `json:"title"`
		Public *bool   `json:"public"`
		Show   *string `json:"show"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	if in.Title == nil && in.Public == nil && in.Show == nil {
		return timeline.Errorf(timeline.EInvalid, "Send any of \"title\", \"public\" and \"show\".")
	}
	var show *timeline.Show
	if in.Show != nil {
		v, err := timeline.ParseShow(*in.Show)
		if err != nil || *in.Show == "" {
			return timeline.Errorf(timeline.EInvalid, "show=%q: use %q or %q.", *in.Show, timeline.ShowAllButRejected, timeline.ShowPublished)
		}
		show = &v
	}
	if in.Title != nil {
		if err := allow(c, timeline.ActionEditStory); err != nil {
			return err
		}
	}
	if in.Public != nil || show != nil {
		if err := allow(c, timeline.ActionShareStory); err != nil {
			return err
		}
	}
	ctx := c.Request().Context()
	s, err := a.store.UpdateStory(ctx, id, db.StoryUpdate{Title: in.Title, Public: in.Public, Show: show})
	if err != nil {
		return err
	}
	access, err := a.store.StoryAccess(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, apiStoryState{ID: s.ID, Title: s.Title, Public: access.Public, Show: access.Show,
		URL: "/api/stories/" + strconv.FormatInt(s.ID, 10)})
}

// apiDeleteStory is DELETE /api/stories/{id}: the story with its
// documents, events, notes and share links.
func (a *App) apiDeleteStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	if err := a.store.DeleteStory(c.Request().Context(), id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// apiDeleteDocument is DELETE /api/documents/{id}: it removes the document
// from its story and extracts the story's events again from the others.
func (a *App) apiDeleteDocument(c echo.Context) error {
	id, err := idParam(c, "document")
	if err != nil {
		return err
	}
	if err := a.store.DeleteDocument(c.Request().Context(), id, a.extractor.Extract); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// decodeJSON reads a JSON request body into v, rejecting bodies that are
// not UTF-8 or not one JSON object.
func decodeJSON(c echo.Context, v any) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		if tooLarge(err) {
			return err
		}
		return badRequest("The request body could not be read.")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("The request body is empty; send a JSON object.")
	}
	if !utf8.Valid(body) {
		return badRequest("The request body is not valid UTF-8.")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return badRequest("The field \"" + te.Field + "\" has the wrong type.")
		}
		return badRequest("The request body is not a JSON object.")
	}
	if dec.More() {
		return badRequest("The request body holds more than one JSON value.")
	}
	return nil
}
