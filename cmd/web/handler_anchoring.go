package main

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/temporal"
	"storyline/views"
)

// modeTagger reads which anchoring mode a document's text calls for, for
// the document page; a Tagger holds no state between calls.
var modeTagger = temporal.NewTagger()

// anchoringForm is the document page's anchoring form: the user's setting
// and the mode the tagger uses with it, and why.
func anchoringForm(d timeline.Document) views.AnchoringForm {
	res := modeTagger.TagWith(d.Text, temporal.Options{DCT: d.Published, Mode: d.Anchoring})
	return views.AnchoringForm{DocumentID: d.ID, Setting: string(d.Anchoring), Used: string(res.Mode), Why: res.Why}
}

// parseAnchoring reads the anchoring a form or the API gives: "" or "auto",
// "news" or "narrative".
func parseAnchoring(s string) (temporal.Mode, error) {
	m, err := temporal.ParseMode(s)
	if err != nil {
		return temporal.Auto, invalidField("anchoring", "The anchoring must be “auto”, “news” or “narrative”.")
	}
	return m, nil
}

// setAnchoring is POST /documents/:id/anchoring {anchoring}: it sets how the
// document's dates are anchored and resolves the story's dates again.
func (a *App) setAnchoring(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	mode, err := parseAnchoring(c.FormValue("anchoring"))
	if err == nil {
		_, err = a.ingest.SetAnchoring(c.Request().Context(), d, mode)
	}
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		form := anchoringForm(d)
		form.Errors = views.FieldErrors{"anchoring": timeline.ErrorMessage(err)}
		return a.renderDocumentWith(c, d, views.PublishedForm{DocumentID: d.ID, Published: dateString(d.Published)}, form, http.StatusUnprocessableEntity)
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/documents/"+strconv.FormatInt(d.ID, 10))
}

// apiAnchoring is the answer of PUT /api/documents/{id}/anchoring.
type apiAnchoring struct {
	ID int64 `json:"id"`
	// Anchoring is the setting ("auto", "news" or "narrative"); Used is
	// the mode the tagger uses with it and Why says why.
	Anchoring string `json:"anchoring"`
	Used      string `json:"used"`
	Why       string `json:"why"`
}

// apiSetAnchoring is PUT /api/documents/{id}/anchoring {"anchoring"}.
func (a *App) apiSetAnchoring(c echo.Context) error {
	d, err := a.documentParam(c)
	if err != nil {
		return err
	}
	var in struct {
		Anchoring *string `json:"anchoring"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	if in.Anchoring == nil {
		return timeline.Errorf(timeline.EInvalid, "Give \"anchoring\": \"auto\", \"news\" or \"narrative\".")
	}
	mode, err := parseAnchoring(*in.Anchoring)
	if err != nil {
		return err
	}
	if _, err := a.ingest.SetAnchoring(c.Request().Context(), d, mode); err != nil {
		return err
	}
	d.Anchoring = mode
	f := anchoringForm(d)
	setting := f.Setting
	if setting == "" {
		setting = "auto"
	}
	return c.JSON(http.StatusOK, apiAnchoring{ID: d.ID, Anchoring: setting, Used: f.Used, Why: f.Why})
}
