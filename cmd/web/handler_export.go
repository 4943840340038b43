package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/views"
)

// exportInput is what an export is made of: the story with the events the
// page's filter keeps, and their reviews.
type exportInput struct {
	// story holds the events the filter kept, whatever their review state
	// (the Story JSON); published holds those fit to publish: not hidden,
	// not merged, not rejected (every other format).
	story, published timeline.Story
	reviews          export.Reviews
}

// exportFormat is one download of a story.
type exportFormat struct {
	suffix      string // after /stories/{id}/export
	label       string
	note        string
	contentType string
	write       func(w io.Writer, in exportInput, c echo.Context) error
}

var exportFormats = []exportFormat{
	{".json", "Story JSON", "everything, with dates, places, sources, review state, notes and history", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, in exportInput, _ echo.Context) error {
			return export.WriteReviewedJSON(w, in.story, in.reviews)
		}},
	{".ics", "Calendar (iCalendar)", "dated days; add ?periods=1 for months and years", "text/calendar; charset=utf-8",
		func(w io.Writer, in exportInput, c echo.Context) error {
			periods, _ := strconv.ParseBool(c.QueryParam("periods"))
			return export.WriteICS(w, in.published, export.ICSOptions{Periods: periods, Now: time.Now().UTC().Truncate(time.Second), Reviews: in.reviews})
		}},
	{".timeline.json", "TimelineJS", "Knight Lab TimelineJS3 JSON", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, in exportInput, _ echo.Context) error {
			return export.WriteTimelineJS(w, in.published)
		}},
	{".storymap.json", "StoryMapJS", "Knight Lab StoryMapJS JSON", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, in exportInput, _ echo.Context) error { return export.WriteStoryMap(w, in.published) }},
	{".geojson", "GeoJSON", "one point per event and place", "application/geo+json",
		func(w io.Writer, in exportInput, _ echo.Context) error { return export.WriteGeoJSON(w, in.published) }},
	{".csv", "CSV", "a spreadsheet row per event", "text/csv; charset=utf-8",
		func(w io.Writer, in exportInput, _ echo.Context) error {
			return export.WriteReviewedCSV(w, in.published, in.reviews)
		}},
}

// filteredExportLinks are the downloads of a story, each carrying the
// filter query (without "?") so that it exports what the page shows.
func filteredExportLinks(storyID int64, query string) []views.ExportLink {
	links := make([]views.ExportLink, 0, len(exportFormats))
	for _, f := range exportFormats {
		u := storyPath(storyID) + "/export" + f.suffix
		if query != "" {
			u += "?" + query
		}
		links = append(links, views.ExportLink{Label: f.label, Note: f.note, URL: u})
	}
	return links
}

// storyExports returns the export links of the story page for the filter
// in the request's query, and the absolute address of its TimelineJS
// export, the source of the embed snippet. A filter that does not parse
// gives the unfiltered links.
func (a *App) storyExports(c echo.Context, storyID int64) ([]views.ExportLink, string) {
	f, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		f = timeline.StoryFilter{}
	}
	links := filteredExportLinks(storyID, f.Encode())
	var source string
	for i, x := range exportFormats {
		if x.suffix == ".timeline.json" {
			source = origin(c) + links[i].URL
		}
	}
	return links, source
}

// origin is the scheme and host the request reached the app by.
func origin(c echo.Context) string {
	u := url.URL{Scheme: c.Scheme(), Host: c.Request().Host}
	return u.String()
}

// exportData reads what the exports of the story named by :id are made
// of, honouring the story page's filter in the query.
func (a *App) exportData(c echo.Context) (exportInput, error) {
	filter, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		return exportInput{}, err
	}
	id, err := idParam(c, "story")
	if err != nil {
		return exportInput{}, err
	}
	key := false
	if raw := strings.TrimSpace(c.QueryParam("key")); raw != "" {
		if key, err = strconv.ParseBool(raw); err != nil {
			return exportInput{}, timeline.Errorf(timeline.EInvalid, "key=%q: use 1 for the key dates only, or 0.", strings.ToValidUTF8(raw, "\uFFFD"))
		}
	}
	return a.storyData(c, id, filter, key)
}

// storyData reads story id with the events filter keeps and their reviews;
// with key, only the events of the key dates (?keydates=N) among them.
func (a *App) storyData(c echo.Context, id int64, filter timeline.StoryFilter, key bool) (exportInput, error) {
	ctx := c.Request().Context()
	s, err := a.store.Story(ctx, id)
	if err != nil {
		return exportInput{}, err
	}
	evs, err := a.store.Events(ctx, s.ID, filter)
	if err != nil {
		return exportInput{}, err
	}
	if key {
		if evs, err = a.keyDateEvents(c, s, evs); err != nil {
			return exportInput{}, err
		}
	}
	reviews, err := export.ReadReviews(ctx, a.store, s.ID, evs)
	if err != nil {
		return exportInput{}, err
	}
	return exportInput{story: export.Selected(s, evs), published: export.Publishable(s, evs), reviews: reviews}, nil
}

// exportHandler serves one export format as a download.
func (a *App) exportHandler(suffix string) echo.HandlerFunc {
	var f exportFormat
	for _, ef := range exportFormats {
		if ef.suffix == suffix {
			f = ef
		}
	}
	if f.write == nil {
		panic("web: no export format " + suffix)
	}
	return func(c echo.Context) error {
		in, err := a.exportData(c)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := f.write(&buf, in, c); err != nil {
			return fmt.Errorf("export %s of story %d: %w", suffix, in.story.ID, err)
		}
		name := slug(in.story.Title) + suffix
		h := c.Response().Header()
		h.Set(echo.HeaderContentDisposition, fmt.Sprintf("attachment; filename=%q", name))
		if suffix == ".timeline.json" || suffix == ".storymap.json" {
			// The Knight Lab embeds fetch the export from their own origin.
			h.Set(echo.HeaderAccessControlAllowOrigin, "*")
		}
		return c.Blob(http.StatusOK, f.contentType, buf.Bytes())
	}
}

func (a *App) exportJSON(c echo.Context) error       { return a.exportHandler(".json")(c) }
func (a *App) exportICS(c echo.Context) error        { return a.exportHandler(".ics")(c) }
func (a *App) exportTimelineJS(c echo.Context) error { return a.exportHandler(".timeline.json")(c) }
func (a *App) exportStoryMap(c echo.Context) error   { return a.exportHandler(".storymap.json")(c) }
func (a *App) exportGeoJSON(c echo.Context) error    { return a.exportHandler(".geojson")(c) }
func (a *App) exportCSV(c echo.Context) error        { return a.exportHandler(".csv")(c) }

// importLimit is the largest story JSON POST /api/stories/import accepts.
const importLimit = 10 << 20

// apiImportStory is POST /api/stories/import: a Story JSON document, as
// export.json writes it, stored as a new story with its events' review
// states and notes (history stays with the original: the new story's
// history records the import). The whole document is checked before
// anything is stored, and a failure while storing removes the new story
// again, so nothing is left half written. The answer is the new story's
// JSON.
func (a *App) apiImportStory(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, importLimit+1))
	if err != nil {
		if tooLarge(err) {
			return err
		}
		return badRequest("The request body could not be read.")
	}
	if len(body) > importLimit {
		return timeline.Errorf(timeline.ETooLarge, "A story to import can be at most %d MB.", importLimit>>20)
	}
	s, reviews, err := export.ImportReviewedJSON(bytes.NewReader(body))
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	stored, err := a.store.ImportStory(ctx, s)
	if err != nil {
		return err
	}
	by := "import"
	if u, ok := currentUser(c); ok {
		by = u.Name
	}
	if err := export.ApplyReviews(ctx, a.store, s, stored, reviews, by); err != nil {
		if derr := a.store.DeleteStory(context.WithoutCancel(ctx), stored.ID); derr != nil {
			err = errors.Join(err, derr)
		}
		return err
	}
	in, err := a.storyData(c, stored.ID, timeline.StoryFilter{IncludeHidden: true}, false)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/stories/"+strconv.FormatInt(stored.ID, 10))
	return c.JSON(http.StatusCreated, export.NewReviewedStory(in.story, in.reviews))
}

// slug is a file name made from a title: lowercase ASCII letters and digits
// joined by dashes.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "story"
	}
	return b.String()
}
