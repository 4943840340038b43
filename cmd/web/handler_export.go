package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/views"
)

// exportFormat is one download of a story. Every format writes from the
// story's View for the request's audience (see timeline.Audience), so no
// format can show an outsider what the newsroom keeps to itself.
type exportFormat struct {
	suffix      string // after /stories/{id}/export
	label       string
	note        string // for the newsroom
	outsideNote string // for readers outside it
	contentType string
	write       func(w io.Writer, v export.View, c echo.Context) error
}

var exportFormats = []exportFormat{
	{".json", "Story JSON", "everything, with dates, places, sources, review state, notes and history",
		"the story with dates, places, actors, sources and quotes", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, v export.View, _ echo.Context) error {
			return export.WriteReviewedJSON(w, v.Story, v.Reviews) // nil for outsiders: no review
		}},
	{".ics", "Calendar (iCalendar)", "dated days; add ?periods=1 for months and years", "", "text/calendar; charset=utf-8",
		func(w io.Writer, v export.View, c echo.Context) error {
			periods, _ := strconv.ParseBool(c.QueryParam("periods"))
			return export.WriteICS(w, v.Published(), export.ICSOptions{Periods: periods, Now: time.Now().UTC().Truncate(time.Second),
				Reviews: v.Reviews, Outside: v.Outside()})
		}},
	{".timeline.json", "TimelineJS", "Knight Lab TimelineJS3 JSON", "", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, v export.View, _ echo.Context) error {
			return export.WriteTimelineJS(w, v.Published())
		}},
	{".storymap.json", "StoryMapJS", "Knight Lab StoryMapJS JSON", "", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, v export.View, _ echo.Context) error { return export.WriteStoryMap(w, v.Published()) }},
	{".geojson", "GeoJSON", "one point per event and place", "", "application/geo+json",
		func(w io.Writer, v export.View, _ echo.Context) error { return export.WriteGeoJSON(w, v.Published()) }},
	{".csv", "CSV", "a spreadsheet row per event", "", "text/csv; charset=utf-8",
		func(w io.Writer, v export.View, _ echo.Context) error {
			if v.Outside() {
				return export.WritePublicCSV(w, v.Published())
			}
			return export.WriteReviewedCSV(w, v.Published(), v.Reviews)
		}},
}

// filteredExportLinks are the downloads of a story for aud, each carrying
// the filter query (without "?") so that it exports what the page shows.
func filteredExportLinks(storyID int64, query string, aud timeline.Audience) []views.ExportLink {
	links := make([]views.ExportLink, 0, len(exportFormats))
	for _, f := range exportFormats {
		u := storyPath(storyID) + "/export" + f.suffix
		if query != "" {
			u += "?" + query
		}
		note := f.note
		if aud != timeline.Newsroom && f.outsideNote != "" {
			note = f.outsideNote
		}
		links = append(links, views.ExportLink{Label: f.label, Note: note, URL: u})
	}
	return links
}

// storyExports returns the export links of the story page for the filter
// in the request's query, as the request's audience may use it, and the
// embed snippet's panel: the absolute address of the story's embed page,
// built on the public URL. A filter that does not parse gives the
// unfiltered links.
func (a *App) storyExports(c echo.Context, storyID int64, access timeline.Access) ([]views.ExportLink, views.ExportPanel) {
	f, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		f = timeline.StoryFilter{}
	}
	links := filteredExportLinks(storyID, audience(c).Filter(f).Encode(), audience(c))
	embed := a.publicURL(c) + storyPath(storyID) + "/embed"
	if q := timeline.Outsider.Filter(f).Encode(); q != "" {
		embed += "?" + q
	}
	return links, views.ExportPanel{EmbedURL: embed, PublicURL: a.config.PublicURL, Private: !access.Public}
}

// embedStory is GET /stories/:id/embed: the page the embed snippet's
// iframe shows on other sites. It is always built for readers outside the
// newsroom (even when a signed-in journalist previews it), with the
// TimelineJS viewer this app serves, and it is the one page other sites may
// frame: it has no forms and acts for nobody, so framing it cannot trick a
// reader into doing anything (every other page keeps frame-ancestors
// 'none' and X-Frame-Options DENY).
func (a *App) embedStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	filter, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		return err
	}
	// Cached like the story page, per story version, query and the
	// request's audience: the page is the outsiders' view for everybody,
	// but its link to the story differs (a signed-in journalist's preview
	// does not pass a share token on).
	r, err := a.storyResponse(c, id, "embed")
	if err != nil {
		return err
	}
	r.cacheable = true
	r.header = htmlHeader
	r.load = func(ctx context.Context) (func(io.Writer) error, error) {
		v, err := export.ReadView(ctx, a.store, timeline.Outsider, id, filter)
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := export.WriteTimelineJS(&buf, v.Published()); err != nil {
			return nil, fmt.Errorf("embed of story %d: %w", id, err)
		}
		readers := a.publicURL(c) + storyPath(id)
		if token := a.sharedBy(c, id); token != "" {
			readers = a.publicURL(c) + "/share/" + url.PathEscape(token)
		} else if !v.Access.Public {
			readers = ""
		}
		p := views.EmbedPage{Title: v.Story.Title, Data: buf.Bytes(), StoryURL: readers}
		return func(w io.Writer) error { return views.EmbedView(p).Render(ctx, w) }, nil
	}
	// Set before the answer, cached or not: the security middleware has
	// set the framing rules of every other page.
	h := c.Response().Header()
	h.Del(echo.HeaderXFrameOptions)
	h.Set(echo.HeaderContentSecurityPolicy, a.contentSecurityPolicy("*"))
	h.Set("Referrer-Policy", "no-referrer")
	return a.serveStory(c, r)
}

// exportData reads the view of the story named by :id that its exports
// are made of, honouring the story page's filter in the query.
func (a *App) exportData(c echo.Context) (export.View, error) {
	filter, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		return export.View{}, err
	}
	id, err := idParam(c, "story")
	if err != nil {
		return export.View{}, err
	}
	key := false
	if raw := strings.TrimSpace(c.QueryParam("key")); raw != "" {
		if key, err = strconv.ParseBool(raw); err != nil {
			return export.View{}, timeline.Errorf(timeline.EInvalid, "key=%q: use 1 for the key dates only, or 0.", strings.ToValidUTF8(raw, "\uFFFD"))
		}
	}
	v, err := a.view(c, id, filter)
	if err != nil || !key {
		return v, err
	}
	return a.keyDateView(c, v)
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
		id, err := idParam(c, "story")
		if err != nil {
			return err
		}
		if _, err := timeline.ParseFilter(c.QueryParams()); err != nil {
			return err
		}
		r, err := a.storyResponse(c, id, "export"+suffix)
		if err != nil {
			return err
		}
		r.cacheable = true
		var title string
		r.load = func(ctx context.Context) (func(io.Writer) error, error) {
			v, err := a.exportData(c)
			if err != nil {
				return nil, err
			}
			title = v.Story.Title
			return func(w io.Writer) error {
				if err := f.write(w, v, c); err != nil {
					return fmt.Errorf("export %s of story %d: %w", suffix, v.Story.ID, err)
				}
				return nil
			}, nil
		}
		r.header = func(h http.Header) {
			h.Set(echo.HeaderContentType, f.contentType)
			h.Set(echo.HeaderContentDisposition, fmt.Sprintf("attachment; filename=%q", slug(title)+suffix))
			if suffix == ".timeline.json" || suffix == ".storymap.json" {
				// The Knight Lab embeds fetch the export from their own origin.
				h.Set(echo.HeaderAccessControlAllowOrigin, "*")
			}
		}
		return a.serveStory(c, r)
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
// states and notes. The importing user is the author of everything
// imported, at the time of the import: a file's authors and times cannot be
// checked, so they are kept only as quoted text (see
// export.ApplyReviews), and the file's history stays with the original.
// A body that is not UTF-8 or not JSON is a bad request (400); the whole
// document is checked (dates are TIMEX3 values with an EDTF form, document
// URLs http(s)) before anything is stored (422), and a failure while
// storing removes the new story again, so nothing is left half written.
// The answer is the new story's JSON.
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
	// What cannot be read at all is a bad request, as in the rest of the
	// API; a document that reads but says something wrong is invalid.
	if !utf8.Valid(body) {
		return badRequest("The story JSON is not valid UTF-8.")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("The request body is empty; send a story JSON as export.json writes it.")
	}
	if !json.Valid(body) {
		var v any
		msg := "The story JSON is malformed."
		var syntax *json.SyntaxError
		switch err := json.Unmarshal(body, &v); {
		case errors.As(err, &syntax) && syntax.Offset >= int64(len(bytes.TrimRight(body, " \t\r\n"))):
			msg = "The story JSON is malformed: it is cut short."
		case errors.As(err, &syntax):
			msg = fmt.Sprintf("The story JSON is malformed at byte %d: %v.", syntax.Offset, syntax)
		}
		return badRequest(msg)
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
	v, err := export.ReadView(ctx, a.store, timeline.Newsroom, stored.ID, timeline.StoryFilter{IncludeHidden: true})
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/stories/"+strconv.FormatInt(stored.ID, 10))
	return c.JSON(http.StatusCreated, export.NewReviewedStory(v.Story, v.Reviews))
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
