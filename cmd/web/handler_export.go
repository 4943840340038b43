package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/views"
)

// exportFormat is one download of a story.
type exportFormat struct {
	suffix      string // after /stories/{id}/export
	label       string
	note        string
	contentType string
	write       func(w io.Writer, s timeline.Story, c echo.Context) error
}

var exportFormats = []exportFormat{
	{".json", "Story JSON", "everything, with dates, places and sources", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, s timeline.Story, _ echo.Context) error { return export.WriteJSON(w, s) }},
	{".ics", "Calendar (iCalendar)", "dated days; add ?periods=1 for months and years", "text/calendar; charset=utf-8",
		func(w io.Writer, s timeline.Story, c echo.Context) error {
			periods, _ := strconv.ParseBool(c.QueryParam("periods"))
			return export.WriteICS(w, s, export.ICSOptions{Periods: periods, Now: time.Now().UTC()})
		}},
	{".timeline.json", "TimelineJS", "Knight Lab TimelineJS3 JSON", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, s timeline.Story, _ echo.Context) error { return export.WriteTimelineJS(w, s) }},
	{".storymap.json", "StoryMapJS", "Knight Lab StoryMapJS JSON", echo.MIMEApplicationJSONCharsetUTF8,
		func(w io.Writer, s timeline.Story, _ echo.Context) error { return export.WriteStoryMap(w, s) }},
	{".geojson", "GeoJSON", "one point per event and place", "application/geo+json",
		func(w io.Writer, s timeline.Story, _ echo.Context) error { return export.WriteGeoJSON(w, s) }},
	{".csv", "CSV", "a spreadsheet row per event", "text/csv; charset=utf-8",
		func(w io.Writer, s timeline.Story, _ echo.Context) error { return export.WriteCSV(w, s) }},
}

// exportLinks are the downloads the story page offers.
func exportLinks(storyID int64) []views.ExportLink {
	links := make([]views.ExportLink, 0, len(exportFormats))
	for _, f := range exportFormats {
		links = append(links, views.ExportLink{Label: f.label, Note: f.note, URL: "/stories/" + strconv.FormatInt(storyID, 10) + "/export" + f.suffix})
	}
	return links
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
		s, err := a.storyParam(c)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := f.write(&buf, s, c); err != nil {
			return fmt.Errorf("export %s of story %d: %w", suffix, s.ID, err)
		}
		name := slug(s.Title) + suffix
		c.Response().Header().Set(echo.HeaderContentDisposition, fmt.Sprintf("attachment; filename=%q", name))
		return c.Blob(http.StatusOK, f.contentType, buf.Bytes())
	}
}

func (a *App) exportJSON(c echo.Context) error       { return a.exportHandler(".json")(c) }
func (a *App) exportICS(c echo.Context) error        { return a.exportHandler(".ics")(c) }
func (a *App) exportTimelineJS(c echo.Context) error { return a.exportHandler(".timeline.json")(c) }
func (a *App) exportStoryMap(c echo.Context) error   { return a.exportHandler(".storymap.json")(c) }
func (a *App) exportGeoJSON(c echo.Context) error    { return a.exportHandler(".geojson")(c) }
func (a *App) exportCSV(c echo.Context) error        { return a.exportHandler(".csv")(c) }

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
