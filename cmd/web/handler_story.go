package main

import (
	"context"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/views"
)

// storyList is the home page: every story and the new-story form.
func (a *App) storyList(c echo.Context) error {
	rows, err := a.storyRows(c)
	if err != nil {
		return err
	}
	p := views.StoryList{Page: a.page(c, "Stories"), Stories: rows, Notice: notices[c.QueryParam("notice")]}
	p.Nav = "stories"
	return render(c, http.StatusOK, views.StoryListView(p))
}

func (a *App) storyRows(c echo.Context) ([]views.StoryRow, error) {
	sums, err := a.readableStories(c)
	if err != nil {
		return nil, err
	}
	rows := make([]views.StoryRow, 0, len(sums))
	for _, s := range sums {
		rows = append(rows, storyRow(s))
	}
	return rows, nil
}

// readableStories lists the stories the request may read: all of them for
// a signed-in user, the public ones for anybody else, whose counts and
// dates are those of the events outsiders see (the view of each public
// story), so that the list does not tell how many events the newsroom
// hid or rejected, nor their dates.
func (a *App) readableStories(c echo.Context) ([]db.StorySummary, error) {
	sums, err := a.store.ListStories(c.Request().Context())
	if err != nil {
		return nil, err
	}
	aud := audience(c)
	if aud == timeline.Newsroom {
		return sums, nil
	}
	public, err := a.store.PublicStories(c.Request().Context())
	if err != nil {
		return nil, err
	}
	out := sums[:0]
	for _, s := range sums {
		if !public[s.ID] {
			continue
		}
		sum, err := a.outsideSummaryOf(c, s)
		if err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	a.outside.keepOnly(out)
	return out, nil
}

// outsideSummaries keeps the outsiders' list entry of each public story
// with the version of the story it was made from, so that listing the
// stories reads a story's whole view again only after the story changed
// (any write bumps its version), not on every request.
type outsideSummaries struct {
	mu sync.Mutex
	m  map[int64]versionedSummary
}

type versionedSummary struct {
	version int64
	sum     db.StorySummary
}

// outsideSummaryOf is the list entry of public story s for outsiders. The
// version is read before the view, so an entry is never kept under a
// version newer than the view it was made from.
func (a *App) outsideSummaryOf(c echo.Context, s db.StorySummary) (db.StorySummary, error) {
	info, err := a.infos.get(c.Request().Context(), s.ID)
	if err != nil {
		return db.StorySummary{}, err
	}
	a.outside.mu.Lock()
	kept, ok := a.outside.m[s.ID]
	a.outside.mu.Unlock()
	if ok && kept.version == info.Version {
		return kept.sum, nil
	}
	v, err := a.view(c, s.ID, timeline.StoryFilter{})
	if err != nil {
		return db.StorySummary{}, err
	}
	sum := outsideSummary(s, v)
	a.outside.mu.Lock()
	if a.outside.m == nil {
		a.outside.m = map[int64]versionedSummary{}
	}
	a.outside.m[s.ID] = versionedSummary{version: info.Version, sum: sum}
	a.outside.mu.Unlock()
	return sum, nil
}

// keepOnly forgets the entries of stories not in list (deleted, or no
// longer public).
func (o *outsideSummaries) keepOnly(list []db.StorySummary) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.m) == len(list) {
		return
	}
	listed := make(map[int64]bool, len(list))
	for _, s := range list {
		listed[s.ID] = true
	}
	for id := range o.m {
		if !listed[id] {
			delete(o.m, id)
		}
	}
}

// outsideSummary is the list entry of a story for outsiders: its counts
// and dates from the view v, no creation time.
func outsideSummary(s db.StorySummary, v export.View) db.StorySummary {
	out := db.StorySummary{ID: s.ID, Title: v.Story.Title, Documents: len(v.Story.Documents), Events: len(v.Story.Events)}
	for _, e := range v.Story.Events {
		if e.Date.Start != "" && (out.First == "" || e.Date.Start < out.First) {
			out.First = e.Date.Start
		}
		if e.Date.End != "" && e.Date.End > out.Last {
			out.Last = e.Date.End
		}
	}
	return out
}

func storyRow(s db.StorySummary) views.StoryRow {
	r := views.StoryRow{ID: s.ID, Title: s.Title, Documents: s.Documents, Events: s.Events}
	if !s.Created.IsZero() {
		r.Created = s.Created.Format("2 Jan 2006")
	}
	first, ferr := time.Parse(time.DateOnly, s.First)
	last, lerr := time.Parse(time.DateOnly, s.Last)
	switch {
	case ferr == nil && lerr == nil && first.Equal(last):
		r.Dates = first.Format("2 Jan 2006")
	case ferr == nil && lerr == nil:
		r.Dates = first.Format("2 Jan 2006") + " – " + last.Format("2 Jan 2006")
	case lerr == nil:
		r.Dates = "until " + last.Format("2 Jan 2006")
	case ferr == nil:
		r.Dates = "from " + first.Format("2 Jan 2006")
	}
	return r
}

// newStory is the page with the new-story form alone.
func (a *App) newStory(c echo.Context) error {
	p := views.NewStory{Page: a.page(c, "New story")}
	p.Nav = "new"
	return render(c, http.StatusOK, views.NewStoryView(p))
}

// createStory handles the new-story form; on bad input it shows the form
// again with the title kept and the message next to it.
func (a *App) createStory(c echo.Context) error {
	title := c.FormValue("title")
	s, err := a.store.CreateStory(c.Request().Context(), title)
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		p := views.NewStory{Page: a.page(c, "New story"), Form: views.StoryForm{
			Title: strings.ToValidUTF8(title, "\uFFFD"), Errors: views.FieldErrors{"title": timeline.ErrorMessage(err)},
		}}
		p.Nav = "new"
		return render(c, http.StatusUnprocessableEntity, views.NewStoryView(p))
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, storyPath(s.ID))
}

// showStory is the story page. Readers outside the newsroom get it from
// the cache of rendered pages (per story version and query, see cache.go);
// the newsroom's page carries the user's name and form tokens, so it is
// rendered for each request, within the bound on heavy requests.
func (a *App) showStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	filter, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		return err
	}
	page, err := pageParam(c)
	if err != nil {
		return err
	}
	r, err := a.storyResponse(c, id, "page")
	if err != nil {
		return err
	}
	r.cacheable = audience(c) != timeline.Newsroom
	r.header = htmlHeader
	if r.cacheable && r.public && len(c.QueryParams()) == 0 {
		a.warmPages.note(warmPage{id: id, host: c.Request().Host, tls: c.Request().TLS != nil}, time.Now())
	}
	r.load = func(ctx context.Context) (func(io.Writer) error, error) {
		p, err := a.storyPage(c, id, filter, page)
		if err != nil {
			return nil, err
		}
		p.Notice = notices[c.QueryParam("notice")]
		if token := a.sharedBy(c, id); token != "" {
			// Read through a share link (?share=): the page's links keep it.
			sharedPage(&p, token)
		}
		if p.CanShare() {
			access, err := a.store.StoryAccess(ctx, id)
			if err != nil {
				return nil, err
			}
			p.Public, p.Show = access.Public, string(access.Show)
			links, err := a.store.ShareLinks(ctx, id)
			if err != nil {
				return nil, err
			}
			for _, l := range links {
				row := views.ShareRow{ID: l.ID, URL: a.publicURL(c) + "/share/" + l.Token, By: l.By,
					Created: l.Created.UTC().Format("2 Jan 2006 15:04")}
				if !l.Revoked.IsZero() {
					row.Revoked = l.Revoked.UTC().Format("2 Jan 2006 15:04")
				}
				p.Shares = append(p.Shares, row)
			}
		}
		return func(w io.Writer) error { return views.StoryView(p).Render(ctx, w) }, nil
	}
	return a.serveStory(c, r)
}

// htmlHeader sets the headers of an HTML page.
func htmlHeader(h http.Header) { h.Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8) }

// storyResponse starts the cacheable response what about story id for the
// request: the story's version, the audience and the query (with the host,
// which addresses on the page may name) that key it.
func (a *App) storyResponse(c echo.Context, id int64, what string) (storyResponse, error) {
	info, err := a.storyInfo(c, id)
	if err != nil {
		return storyResponse{}, err
	}
	q := queryCopy(c)
	if a.config.PublicURL == "" {
		q.Set("\x00host", c.Request().Host)
	}
	if c.Request().TLS != nil {
		q.Set("\x00tls", "1")
	}
	return storyResponse{
		what:     what,
		info:     storyStamp{id: info.ID, version: info.Version, updated: info.Updated},
		audience: audience(c).String(),
		query:    q.Encode(),
		public:   info.Public,
	}, nil
}

// storyInfoKey is where canReadStory (or storyInfo) leaves the row of the
// story it let the request read (db.StoryInfo), read before the story's
// view: what is kept by version is then made of that version or a newer
// one, never an older one.
const storyInfoKey = "storyline.story_info"

// storyInfo is the row of story id as the request read it first, read now
// and kept for the rest of the request when it was not.
func (a *App) storyInfo(c echo.Context, id int64) (db.StoryInfo, error) {
	if info, ok := c.Get(storyInfoKey).(db.StoryInfo); ok && info.ID == id {
		return info, nil
	}
	info, err := a.infos.get(c.Request().Context(), id)
	if err != nil {
		return db.StoryInfo{}, err
	}
	c.Set(storyInfoKey, info)
	return info, nil
}

// listPageSize is the number of events a page of a story's event list
// shows; the timeline and the map show every event of the filter.
const listPageSize = 100

// queryCopy is a copy of the request's query that may be changed (echo
// keeps the parsed query for the rest of the request: never add to it).
func queryCopy(c echo.Context) url.Values {
	if q := maps.Clone(c.QueryParams()); q != nil {
		return q
	}
	return url.Values{}
}

// pageParam reads ?page=N (from 1); a page past the end shows the last.
func pageParam(c echo.Context) (int, error) {
	raw := strings.TrimSpace(c.QueryParam("page"))
	if raw == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 {
		return 0, timeline.Errorf(timeline.EInvalid, "page=%q: use a page number from 1.", strings.ToValidUTF8(raw, "\uFFFD"))
	}
	return n, nil
}

// pageURL is the address of page n of the list at path, keeping the rest
// of the query (the filters).
func pageURL(c echo.Context, n int) string {
	q := queryCopy(c)
	q.Del("page")
	q.Del("notice")
	if n > 1 {
		q.Set("page", strconv.Itoa(n))
	}
	u := c.Request().URL.Path
	if e := q.Encode(); e != "" {
		u += "?" + e
	}
	return u
}

// notices are the messages a page shows after a redirect names one in its
// query (?notice=story-renamed). Only these keys show anything, so a link
// cannot put text of its own on the page.
var notices = map[string]string{
	"document-removed":   "The document was removed with the events no other document reports.",
	"document-duplicate": "The story already has this article (the same text or the same URL): nothing was added.",
	"reextract-queued":   "The story's events are being extracted again from all its documents; reload the page in a moment.",
	"story-renamed":      "The story was renamed.",
	"story-public":       "The story is public now: anybody can read it without signing in.",
	"story-private":      "The story is private now: only the newsroom and people with a share link can read it.",
	"story-show":         "Saved: readers outside the newsroom see the events you chose.",
	"story-deleted":      "The story was deleted with its documents, events, notes and share links.",
}

// redirectNotice redirects to path (which has no query) with a notice.
func redirectNotice(c echo.Context, path, notice, fragment string) error {
	u := path + "?notice=" + notice
	if fragment != "" {
		u += "#" + fragment
	}
	return c.Redirect(http.StatusSeeOther, u)
}

// manageStory is GET /stories/:id/manage: the rename form and, for admins,
// the delete form.
func (a *App) manageStory(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.ManageStoryView(a.managePage(c, s)))
}

func (a *App) managePage(c echo.Context, s timeline.Story) views.ManageStoryPage {
	return views.ManageStoryPage{Page: a.page(c, "Rename or delete "+s.Title), ID: s.ID, Title: s.Title,
		Rename: views.StoryForm{Title: s.Title}}
}

// renameStory is POST /stories/:id/title. A bad title shows the form again
// with what was typed and the message; the story keeps its title.
func (a *App) renameStory(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	title := c.FormValue("title")
	_, err = a.store.UpdateStory(c.Request().Context(), s.ID, db.StoryUpdate{Title: &title})
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		p := a.managePage(c, s)
		p.Rename = views.StoryForm{Title: strings.ToValidUTF8(title, "\uFFFD"),
			Errors: views.FieldErrors{"title": timeline.ErrorMessage(err)}}
		return render(c, http.StatusUnprocessableEntity, views.ManageStoryView(p))
	}
	if err != nil {
		return err
	}
	return redirectNotice(c, storyPath(s.ID), "story-renamed", "")
}

// deleteStory is POST /stories/:id/delete {confirm}: it deletes the story
// when confirm is its title, and otherwise shows the form again with
// nothing deleted.
func (a *App) deleteStory(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	confirm := c.FormValue("confirm")
	if strings.TrimSpace(confirm) != s.Title {
		p := a.managePage(c, s)
		p.Delete = views.StoryForm{Title: strings.ToValidUTF8(confirm, "\uFFFD"), Errors: views.FieldErrors{
			"confirm": "Type the title exactly as shown to delete the story. Nothing was deleted.",
		}}
		return render(c, http.StatusUnprocessableEntity, views.ManageStoryView(p))
	}
	if err := a.store.DeleteStory(c.Request().Context(), s.ID); err != nil {
		return err
	}
	return redirectNotice(c, "/", "story-deleted", "")
}

// setStoryPublic is POST /stories/:id/public {public=true|false,
// show=all-but-rejected|published}, either or both: who may read the story
// and what readers outside the newsroom see of it.
func (a *App) setStoryPublic(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	var u db.StoryUpdate
	if raw := c.FormValue("public"); raw != "" {
		public, err := strconv.ParseBool(strings.TrimSpace(raw))
		if err != nil {
			return timeline.Errorf(timeline.EInvalid, "public=%q: use true or false.", strings.ToValidUTF8(raw, "\uFFFD"))
		}
		u.Public = &public
	}
	if raw := c.FormValue("show"); raw != "" {
		show, err := timeline.ParseShow(strings.ToValidUTF8(raw, "\uFFFD"))
		if err != nil {
			return err
		}
		u.Show = &show
	}
	if u.Public == nil && u.Show == nil {
		return timeline.Errorf(timeline.EInvalid, "Choose public or private, or what readers outside the newsroom see.")
	}
	if _, err := a.store.UpdateStory(c.Request().Context(), id, u); err != nil {
		return err
	}
	notice := "story-show"
	switch {
	case u.Public != nil && *u.Public:
		notice = "story-public"
	case u.Public != nil:
		notice = "story-private"
	}
	return redirectNotice(c, storyPath(id), notice, "visibility-heading")
}

func storyPath(id int64) string { return "/stories/" + strconv.FormatInt(id, 10) }

// storyPage builds the story page with the events that pass filter as the
// request's audience sees them (see export.ReadView): for the newsroom
// each with its review state, for outsiders without. The list shows page
// (of listPageSize events, dated first); the widgets' data holds every
// dated event, compactly.
func (a *App) storyPage(c echo.Context, id int64, filter timeline.StoryFilter, page int) (views.StoryPage, error) {
	v, err := a.view(c, id, filter)
	if err != nil {
		return views.StoryPage{}, err
	}
	s := v.Story
	p := views.StoryPage{Page: a.page(c, s.Title), ID: s.ID, Title: s.Title, Outside: v.Outside()}
	for _, d := range s.Documents {
		p.Documents = append(p.Documents, views.NewDocumentRow(d))
	}
	byID := make(map[int64]timeline.ReviewedEvent, len(v.Events))
	for _, e := range v.Events {
		byID[e.ID] = e
	}
	events := inDateOrder(s.Events)
	p.Pager = newPager(c, events, page)
	for _, e := range events[p.Pager.First-1 : p.Pager.Last] {
		row := views.NewEventRow(e)
		row.State, row.Hidden = string(byID[e.ID].State), !byID[e.ID].Visible()
		if e.Dated() {
			p.Events = append(p.Events, row)
		} else {
			p.Undated = append(p.Undated, row)
		}
	}
	p.Data = views.NewStoryData(events, a.config.Tiles, a.config.TileAttribution, p.Credit)
	if p.Pager.Paged() {
		p.Data.PageSize = p.Pager.Size
	}
	for i := range p.Data.Events {
		p.Data.Events[i].State = string(byID[p.Data.Events[i].ID].State)
	}
	p.Filter = storyFilterBar(s, v.Audience.Filter(filter), v.Outside())
	p.Exports, p.Embed = a.storyExports(c, s.ID, v.Access)
	if p.KeyDates, err = a.keyDatesPanel(c, p, v, v.Audience.Filter(filter).Encode()); err != nil {
		return views.StoryPage{}, err
	}
	return p, nil
}

// newPager pages events (in list order, undated last) at page, which is
// clamped to the pages there are.
func newPager(c echo.Context, events []timeline.Event, page int) views.Pager {
	p := views.Pager{Size: listPageSize, Total: len(events)}
	p.Pages = max(1, (p.Total+p.Size-1)/p.Size)
	p.Page = min(max(page, 1), p.Pages)
	p.First = (p.Page-1)*p.Size + 1
	p.Last = min(p.Page*p.Size, p.Total)
	if p.Total == 0 {
		p.First = 1
	}
	if p.Page > 1 {
		p.Prev = pageURL(c, p.Page-1)
	}
	if p.Page < p.Pages {
		p.Next = pageURL(c, p.Page+1)
	}
	dated := 0
	for dated < len(events) && events[dated].Dated() {
		dated++
	}
	p.Undated = len(events) - dated
	if p.Undated > 0 && p.Last <= dated {
		p.UndatedURL = pageURL(c, dated/p.Size+1) + "#undated-heading"
	}
	return p
}

// inDateOrder sorts events by their lower bound (open starts first), then
// upper bound, then id; undated events keep their order at the end.
func inDateOrder(events []timeline.Event) []timeline.Event {
	out := append([]timeline.Event(nil), events...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Dated() != b.Dated() {
			return a.Dated()
		}
		if !a.Dated() {
			return false
		}
		if a.Date.Start != b.Date.Start {
			return a.Date.Start < b.Date.Start
		}
		if a.Date.End != b.Date.End {
			return a.Date.End < b.Date.End
		}
		return a.ID < b.ID
	})
	return out
}

// storyParam loads the story named by the :id parameter.
func (a *App) storyParam(c echo.Context) (timeline.Story, error) {
	id, err := idParam(c, "story")
	if err != nil {
		return timeline.Story{}, err
	}
	return a.store.Story(c.Request().Context(), id)
}

// idParam reads the :id parameter; an id that is not a positive number names
// nothing, so it is not found.
func idParam(c echo.Context, what string) (int64, error) {
	raw := c.Param("id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, timeline.Errorf(timeline.ENotFound, "There is no %s %q.", what, raw)
	}
	return id, nil
}

// tooLarge reports whether err is the body limit being hit while reading.
func tooLarge(err error) bool {
	var he *echo.HTTPError
	var mbe *http.MaxBytesError
	return (errors.As(err, &he) && he.Code == http.StatusRequestEntityTooLarge) || errors.As(err, &mbe)
}
