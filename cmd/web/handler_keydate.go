package main

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/timeline/keydate"
	"storyline/views"
)

// Key dates are the days of a story that matter most (see timeline/keydate).
// They are ranked from the events any audience may see: never hidden,
// merged or rejected ones, whoever asks, and no page or answer says who
// pinned or edited a day except the newsroom's history.

// keyDateParam is the query parameter of the story page and the exports
// that says how many key dates to show; the API calls it n.
const keyDateParam = "keydates"

// maxKeyDates bounds n, so that a request asks for no more than there can be.
const maxKeyDates = 10000

// keyDateCount reads how many key dates to show: "" gives def, "all" every
// day (-1), else a number from 1 to maxKeyDates.
func keyDateCount(name, raw string, def int) (int, error) {
	raw = strings.TrimSpace(raw)
	switch strings.ToLower(raw) {
	case "":
		return def, nil
	case "all":
		return -1, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 || n > maxKeyDates {
		return 0, timeline.Errorf(timeline.EInvalid, "%s=%q: give a number from 1 to %d, or all.", name, strings.ToValidUTF8(raw, "\uFFFD"), maxKeyDates)
	}
	return n, nil
}

// rankKeyDates ranks the days of a story from the events its view gives a
// publication format (for outsiders what the audience rule lets through;
// for the newsroom never hidden, merged or rejected events either) and lays
// the journalists' choices over them. The result is kept (see
// rankedKeyDates): a view of an unchanged story ranks nothing again. The
// days returned are the caller's to change.
func (a *App) rankKeyDates(c echo.Context, v export.View) ([]keydate.Day, error) {
	events := v.Published().Events
	// The story's row as canReadStory read it, before the view: a write
	// between the two gives a ranking of the newer story kept under the
	// older version, never the reverse.
	info, ok := c.Get(storyInfoKey).(db.StoryInfo)
	keep := ok && info.ID == v.Story.ID
	var key rankedKey
	if keep {
		key = rankedKey{story: v.Story.ID, version: info.Version, audience: v.Audience, events: eventsHash(events)}
		if days, ok := a.keyDates.get(key); ok {
			return days, nil
		}
	}
	ranked := keydate.Rank(v.Story.Documents, events)
	choices, err := a.store.KeyDateChoices(c.Request().Context(), v.Story.ID)
	if err != nil {
		return nil, err
	}
	days := keydate.Apply(ranked, choices)
	if keep {
		a.keyDates.put(key, days)
		return slices.Clone(days), nil
	}
	return days, nil
}

// rankedKeyDates keeps the key dates of the stories viewed last, ranked
// and with the journalists' choices applied, by story, version, audience
// and the events ranked (a filter of the page narrows them): every write
// to a story, its key-date choices included, bumps its version, so a kept
// ranking is never stale. The summaries made for one request serve the
// next (keydate makes each day's once). At most maxRankedKeyDates rankings
// are kept, the least recently used leaving first, and a story's older
// versions leave when a newer one comes.
type rankedKeyDates struct {
	mu      sync.Mutex
	entries []rankedEntry
	clock   uint64
}

// maxRankedKeyDates bounds the rankings kept: each holds its story's
// events and documents.
const maxRankedKeyDates = 16

type rankedKey struct {
	story, version int64
	audience       timeline.Audience
	events         uint64
}

type rankedEntry struct {
	key  rankedKey
	days []keydate.Day
	used uint64
}

// eventsHash tells the sets of events a story's views rank apart.
func eventsHash(events []timeline.Event) uint64 {
	h := fnv.New64a()
	var b [8]byte
	for _, e := range events {
		binary.LittleEndian.PutUint64(b[:], uint64(e.ID))
		h.Write(b[:])
	}
	return h.Sum64()
}

// get returns a copy of the days kept under k (the caller may summarize
// and change its copy).
func (r *rankedKeyDates) get(k rankedKey) ([]keydate.Day, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range r.entries {
		if r.entries[i].key == k {
			r.clock++
			r.entries[i].used = r.clock
			return slices.Clone(r.entries[i].days), true
		}
	}
	return nil, false
}

// put keeps days under k, dropping the story's older versions and, past
// the bound, the least recently used ranking.
func (r *rankedKeyDates) put(k rankedKey, days []keydate.Day) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries = slices.DeleteFunc(r.entries, func(e rankedEntry) bool {
		return e.key.story == k.story && (e.key.version < k.version || e.key == k)
	})
	if len(r.entries) >= maxRankedKeyDates {
		oldest := 0
		for i, e := range r.entries {
			if e.used < r.entries[oldest].used {
				oldest = i
			}
		}
		r.entries = slices.Delete(r.entries, oldest, oldest+1)
	}
	r.clock++
	r.entries = append(r.entries, rankedEntry{key: k, days: days, used: r.clock})
}

// topKeyDates returns the first n days (n from the query parameter name,
// by default as many as the story's size asks for) and whether all are
// shown.
func topKeyDates(days []keydate.Day, documents int, name, raw string) ([]keydate.Day, bool, error) {
	n, err := keyDateCount(name, raw, keydate.DefaultN(documents, len(days)))
	if err != nil {
		return nil, false, err
	}
	top := keydate.Top(days, n)
	return top, len(top) == len(days), nil
}

// apiKeyDate is a key date as the API answers it.
type apiKeyDate struct {
	Date      string             `json:"date"`
	Summary   string             `json:"summary"`
	Events    []int64            `json:"events"`
	Documents int                `json:"documents"`
	Score     float64            `json:"score"`
	Evidence  keydate.Evidence   `json:"evidence"`
	Sentences []keydate.Sentence `json:"sentences"`
	Pinned    bool               `json:"pinned"`
	Edited    bool               `json:"edited"`
}

func newAPIKeyDate(d keydate.Day) apiKeyDate {
	out := apiKeyDate{Date: d.Date, Summary: d.Summary(), Events: d.Events, Documents: d.Documents, Score: d.Score,
		Evidence: d.Evidence, Sentences: d.Sentences, Pinned: d.Pin == keydate.PinPinned, Edited: d.Edited != ""}
	if out.Events == nil {
		out.Events = []int64{}
	}
	if out.Sentences == nil || out.Edited {
		out.Sentences = []keydate.Sentence{}
	}
	return out
}

// apiKeyDates is GET /api/stories/{id}/key-dates?n=K: the story's key
// dates, most important first.
func (a *App) apiKeyDates(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	// The version first, then the view (see rankKeyDates).
	if _, err := a.storyInfo(c, id); err != nil {
		return err
	}
	v, err := a.view(c, id, timeline.StoryFilter{})
	if err != nil {
		return err
	}
	days, err := a.rankKeyDates(c, v)
	if err != nil {
		return err
	}
	top, _, err := topKeyDates(days, len(v.Story.Documents), "n", c.QueryParam("n"))
	if err != nil {
		return err
	}
	out := struct {
		Dates []apiKeyDate `json:"dates"`
		Total int          `json:"total"`
	}{Dates: make([]apiKeyDate, 0, len(top)), Total: len(days)}
	for _, d := range top {
		kd := newAPIKeyDate(d)
		if v.Outside() {
			// Readers outside the newsroom see the key dates, not the
			// newsroom's work on them.
			kd.Pinned, kd.Edited = false, false
		}
		out.Dates = append(out.Dates, kd)
	}
	return c.JSON(http.StatusOK, out)
}

// apiPatchKeyDate is PATCH /api/stories/{id}/key-dates/{date} with any of
// {"pin": "pin"|"unpin"|"auto", "summary", "reason"}: the choice as it is now.
func (a *App) apiPatchKeyDate(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	var in struct {
		Pin     *string `json:"pin"`
		Summary *string `json:"summary"`
		Reason  string  `json:"reason"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	edit := db.KeyDateEdit{Summary: in.Summary, Reason: in.Reason}
	if in.Pin != nil {
		p, err := keydate.ParsePin(*in.Pin)
		if err != nil {
			return err
		}
		edit.Pin = &p
	}
	u, _ := currentUser(c)
	choice, err := a.store.EditKeyDate(c.Request().Context(), id, c.Param("date"), edit, u.Name)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, choice)
}

// editKeyDate is POST /stories/{id}/key-dates {date, pin, summary, reason,
// keydates}: the forms of the key-dates panel. A form without a summary
// field leaves the summary alone.
func (a *App) editKeyDate(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	form, err := c.FormParams()
	if err != nil {
		return badRequest("The form could not be read.")
	}
	edit := db.KeyDateEdit{Reason: strings.TrimSpace(form.Get("reason"))}
	if form.Has("pin") {
		p, err := keydate.ParsePin(form.Get("pin"))
		if err != nil {
			return err
		}
		edit.Pin = &p
	}
	if form.Has("summary") {
		s := form.Get("summary")
		edit.Summary = &s
	}
	u, _ := currentUser(c)
	if _, err := a.store.EditKeyDate(c.Request().Context(), id, form.Get("date"), edit, u.Name); err != nil {
		return err
	}
	target := storyPath(id)
	if n := form.Get(keyDateParam); n != "" {
		if _, err := keyDateCount(keyDateParam, n, 0); err == nil {
			target += "?" + url.Values{keyDateParam: {n}}.Encode()
		}
	}
	return c.Redirect(http.StatusSeeOther, target+"#key-dates")
}

// keyDatesPanel builds the key-dates panel of the story page from the
// view of the story the page shows (its audience and filter). Only the
// newsroom sees the days taken out and the history.
func (a *App) keyDatesPanel(c echo.Context, p views.StoryPage, v export.View, query string) (views.KeyDatesPanel, error) {
	ctx := c.Request().Context()
	s := v.Story
	days, err := a.rankKeyDates(c, v)
	if err != nil {
		return views.KeyDatesPanel{}, err
	}
	top, all, err := topKeyDates(days, len(s.Documents), keyDateParam, c.QueryParam(keyDateParam))
	if err != nil {
		return views.KeyDatesPanel{}, err
	}
	panel := views.KeyDatesPanel{StoryID: s.ID, Shown: len(top), Total: len(days), All: all, Query: query,
		CanEdit: p.CanEdit() && !v.Outside(), CSRF: p.CSRF, Custom: c.QueryParam(keyDateParam) != "", Outside: v.Outside()}
	docs := make(map[int64]views.DocumentRow, len(s.Documents))
	for _, d := range s.Documents {
		docs[d.ID] = views.NewDocumentRow(d)
	}
	listed := make(map[int64]bool, len(p.Events))
	for _, e := range p.Events {
		listed[e.ID] = true
	}
	for _, d := range top {
		row := views.KeyDateRow{Date: d.Date, Label: d.Date, Edited: d.Edited, Evidence: evidence(d.Evidence),
			Score: strconv.FormatFloat(d.Score, 'f', -1, 64), Pinned: d.Pin == keydate.PinPinned && !v.Outside()}
		if t, err := time.Parse(time.DateOnly, d.Date); err == nil {
			row.Label = t.Format("Mon 2 Jan 2006")
		}
		for _, id := range d.Events {
			if listed[id] {
				row.Events++
				if row.FirstEvent == "" {
					row.FirstEvent = "event-" + strconv.FormatInt(id, 10)
				}
			}
		}
		for _, sen := range d.Sentences {
			vs := views.KeyDateSentence{Text: sen.Text}
			for _, src := range sen.Sources {
				if doc, ok := docs[src.DocumentID]; ok {
					vs.Sources = append(vs.Sources, doc)
				}
			}
			row.Sentences = append(row.Sentences, vs)
		}
		panel.Dates = append(panel.Dates, row)
	}
	if len(top) > 0 {
		q, _ := url.ParseQuery(query)
		if q == nil {
			q = url.Values{}
		}
		q.Set("key", "1")
		q.Set(keyDateParam, panel.KeyDatesParam())
		for _, l := range filteredExportLinks(s.ID, q.Encode(), v.Audience) {
			switch {
			case strings.HasSuffix(l.URL[:strings.IndexByte(l.URL, '?')], ".storymap.json"),
				strings.HasSuffix(l.URL[:strings.IndexByte(l.URL, '?')], ".geojson"):
				continue
			}
			panel.Exports = append(panel.Exports, l)
		}
	}
	if !v.Outside() {
		choices, err := a.store.KeyDateChoices(ctx, s.ID)
		if err != nil {
			return views.KeyDatesPanel{}, err
		}
		for date, ch := range choices {
			if ch.Pin == keydate.PinUnpinned {
				panel.Unpinned = append(panel.Unpinned, date)
			}
		}
		slices.Sort(panel.Unpinned)
		hist, err := a.store.KeyDateHistory(ctx, s.ID)
		if err != nil {
			return views.KeyDatesPanel{}, err
		}
		for i := len(hist) - 1; i >= 0; i-- {
			h := hist[i]
			when := h.Time
			if t, err := time.Parse(time.RFC3339Nano, h.Time); err == nil {
				when = t.UTC().Format("2 Jan 2006 15:04")
			}
			panel.History = append(panel.History, views.KeyDateChangeRow{Date: h.Date, Author: h.Author, Time: when,
				Field: h.Field, Old: h.Old, New: h.New, Reason: h.Reason})
		}
	}
	return panel, nil
}

// evidence says for people where a day's score comes from.
func evidence(e keydate.Evidence) string {
	parts := []string{fmt.Sprintf("reported by %s (%s)", views.Plural(e.Documents, "article"), views.Plural(e.Reports, "sentence"))}
	if e.Near > 0 {
		parts = append(parts, fmt.Sprintf("%d on the day or the next", e.Near))
	}
	if e.Later > 0 {
		parts = append(parts, fmt.Sprintf("%s later %s back to it (%s)", views.Plural(e.Later, "article"), refer(e.Later), views.Plural(e.LaterReports, "time")))
	}
	if e.Ahead > 0 {
		parts = append(parts, fmt.Sprintf("%d before it happened", e.Ahead))
	}
	if e.Background > 0 {
		parts = append(parts, fmt.Sprintf("background: %s before the first article", views.Plural(e.Background, "day")))
	}
	return strings.Join(parts, "; ")
}

func refer(n int) string {
	if n == 1 {
		return "refers"
	}
	return "refer"
}

// keyDateView keeps the events of v that belong to the key dates the
// query asks for (keydates=N, by default as many as the story's size asks).
func (a *App) keyDateView(c echo.Context, v export.View) (export.View, error) {
	days, err := a.rankKeyDates(c, v)
	if err != nil {
		return export.View{}, err
	}
	top, _, err := topKeyDates(days, len(v.Story.Documents), keyDateParam, c.QueryParam(keyDateParam))
	if err != nil {
		return export.View{}, err
	}
	keep := map[int64]bool{}
	for _, d := range top {
		for _, id := range d.Events {
			keep[id] = true
		}
	}
	evs := make([]timeline.ReviewedEvent, 0, len(keep))
	story := make([]timeline.Event, 0, len(keep))
	for _, e := range v.Events {
		if keep[e.ID] {
			evs = append(evs, e)
			story = append(story, e.Event)
		}
	}
	v.Events, v.Story.Events = evs, story
	return v, nil
}
