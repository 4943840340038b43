package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/geo"
	"storyline/views"
)

// placeSearchLimit is how many gazetteer entries the place search offers.
const placeSearchLimit = 12

// showEvent is an event's page: its date and how it was resolved, its places,
// the sentences that report it, and its review: state, edit forms, notes and
// history.
func (a *App) showEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	return a.renderEvent(c, id, http.StatusOK, nil)
}

func (a *App) renderEvent(c echo.Context, id int64, status int, errs views.FieldErrors) error {
	ctx := c.Request().Context()
	e, aud, err := a.readableEventID(c, id)
	if err != nil {
		return err
	}
	s, err := a.store.Story(ctx, e.StoryID)
	if err != nil {
		return err
	}
	p := views.NewEventPage(a.page(c, e.Title), aud.Story(s), e.Event)
	p.Page.Title = p.Title
	if p.Share = a.sharedBy(c, s.ID); p.Share != "" {
		for i := range p.Sources {
			p.Sources[i].Share = p.Share
		}
	}
	if aud != timeline.Newsroom {
		// Outsiders see the event as published: no review, notes or history.
		p.Outside = true
		return render(c, status, views.EventView(p))
	}
	r := views.Review{
		State: string(e.State), Hidden: e.Hidden, Corrected: e.Corrected, MergedInto: e.MergedInto,
		DateText: e.Date.Expression, ActorsText: views.ActorsText(e.Actors), States: views.StateNames(), Errors: errs,
	}
	if e.Date.Rule != "user" && e.Date.Value != "" {
		r.DateText = e.Date.Value
	}
	if len(e.Places) > 0 {
		r.PlaceID = e.Places[0].GeonameID
	}
	if r.History, err = a.history(ctx, id); err != nil {
		return err
	}
	notes, err := a.store.Notes(ctx, id)
	if err != nil {
		return err
	}
	r.Notes = views.NewNoteRows(notes)
	if p.CanEdit() {
		all, err := a.store.Events(ctx, e.StoryID, timeline.StoryFilter{IncludeHidden: true})
		if err != nil {
			return err
		}
		merged := map[int64]bool{}
		for _, m := range e.Merged {
			merged[m] = true
		}
		for _, o := range all {
			switch {
			case merged[o.ID]:
				r.Merged = append(r.Merged, views.EventChoice{ID: o.ID, Label: views.EventChoiceLabel(o.Event)})
			case o.ID != e.ID && o.MergedInto == 0 && len(o.Merged) == 0:
				r.MergeChoices = append(r.MergeChoices, views.EventChoice{ID: o.ID, Label: views.EventChoiceLabel(o.Event)})
			}
		}
		r.PlaceQuery = strings.TrimSpace(c.QueryParam("place_q"))
		r.PlaceChoices, err = a.placeChoices(r.PlaceQuery, e.Places)
		if err != nil {
			return err
		}
	}
	p.Review = r
	return render(c, status, views.EventView(p))
}

// history is an event's history as rows.
func (a *App) history(ctx context.Context, id int64) ([]views.ChangeRow, error) {
	cs, err := a.store.History(ctx, id)
	if err != nil {
		return nil, err
	}
	return views.NewChangeRows(cs), nil
}

// placeChoices are the places the move form offers: the gazetteer's
// answers to the search, or else the event's own places.
func (a *App) placeChoices(query string, current []timeline.Place) ([]views.PlaceChoice, error) {
	var out []views.PlaceChoice
	if query == "" {
		for _, p := range current {
			if p.GeonameID > 0 {
				out = append(out, views.PlaceChoice{ID: p.GeonameID, Label: placeLabel(p.Name, p.Country, "")})
			}
		}
		return out, nil
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	for _, p := range g.Search(query, placeSearchLimit) {
		out = append(out, views.PlaceChoice{ID: p.ID, Label: placeLabel(p.Name, p.Country, p.Admin1)})
	}
	return out, nil
}

func placeLabel(name, country, admin1 string) string {
	var parts []string
	for _, s := range []string{admin1, country} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return name
	}
	return name + " (" + strings.Join(parts, ", ") + ")"
}

// editFromForm reads the fields a form sent into an edit; fields the form
// does not have stay nil.
func editFromForm(c echo.Context) (timeline.Edit, error) {
	form, err := c.FormParams()
	if err != nil {
		return timeline.Edit{}, badRequest("The form could not be read.")
	}
	var ed timeline.Edit
	ed.Reason = strings.TrimSpace(form.Get("reason"))
	if form.Has("title") {
		t := form.Get("title")
		ed.Title = &t
	}
	if form.Has("date") {
		d := form.Get("date")
		ed.Date = &d
	}
	if form.Has("place") {
		id, err := strconv.ParseInt(strings.TrimSpace(form.Get("place")), 10, 64)
		if err != nil || id <= 0 {
			return timeline.Edit{}, timeline.Errorf(timeline.EInvalid, "Choose a place from the gazetteer search.")
		}
		p, err := gazetteerPlace(id)
		if err != nil {
			return timeline.Edit{}, err
		}
		ed.Place = &p
	}
	if form.Has("actors") || form.Has("actors_set") {
		as := actorsFromText(form.Get("actors"))
		ed.Actors = &as
	}
	if form.Has("state") {
		st, err := timeline.ParseReviewState(form.Get("state"))
		if err != nil {
			return timeline.Edit{}, err
		}
		ed.State = &st
	}
	if form.Has("hidden") {
		h, err := strconv.ParseBool(form.Get("hidden"))
		if err != nil {
			return timeline.Edit{}, timeline.Errorf(timeline.EInvalid, "hidden is true or false.")
		}
		ed.Hidden = &h
	}
	return ed, nil
}

func gazetteerPlace(id int64) (timeline.Place, error) {
	g, err := geo.Default()
	if err != nil {
		return timeline.Place{}, err
	}
	return timeline.GazetteerPlace(g, id)
}

// actorsFromText reads actors one per line (or comma-separated).
func actorsFromText(s string) []timeline.Actor {
	as := []timeline.Actor{}
	seen := map[string]bool{}
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' }) {
		name := strings.TrimSpace(line)
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		as = append(as, timeline.Actor{Name: name})
	}
	return as
}

// editAction is the right an edit needs: setting the review state alone
// is reviewing; anything else is editing the event.
func editAction(ed timeline.Edit) timeline.Action {
	if ed.State != nil && ed.Title == nil && ed.Date == nil && ed.Place == nil && ed.Actors == nil && ed.Hidden == nil {
		return timeline.ActionReview
	}
	return timeline.ActionEditEvent
}

// editEvent is POST /events/:id/edit from the event page's forms.
func (a *App) editEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	if err := allow(c, timeline.ActionReview); err != nil {
		return err
	}
	ed, err := editFromForm(c)
	if err == nil {
		if err := allow(c, editAction(ed)); err != nil {
			return err
		}
		if ed.IsZero() {
			err = timeline.Errorf(timeline.EInvalid, "The form changed nothing.")
		}
	}
	if err == nil {
		u, _ := currentUser(c)
		_, err = a.store.EditEvent(c.Request().Context(), id, ed, u.Name)
	}
	return a.afterEventChange(c, id, err)
}

// afterEventChange redirects to the event page after a change, or shows
// it again with the message of invalid input.
func (a *App) afterEventChange(c echo.Context, id int64, err error) error {
	if code := timeline.ErrorCodeOf(err); err != nil && (code == timeline.EInvalid || code == timeline.EConflict) {
		status, _, msg := classify(err)
		return a.renderEvent(c, id, status, views.FieldErrors{"": msg})
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/events/"+strconv.FormatInt(id, 10))
}

// formID reads a positive id from a form field.
func formID(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(c.FormValue(name)), 10, 64)
	if err != nil || id <= 0 {
		return 0, timeline.Errorf(timeline.EInvalid, "Choose an event.")
	}
	return id, nil
}

// mergeEvent is POST /events/:id/merge {from}: event from is merged into :id.
func (a *App) mergeEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	from, err := formID(c, "from")
	if err == nil {
		u, _ := currentUser(c)
		_, err = a.store.MergeEvents(c.Request().Context(), id, from, u.Name, strings.TrimSpace(c.FormValue("reason")))
	}
	return a.afterEventChange(c, id, err)
}

// splitEvent is POST /events/:id/split {from}: event from is split off :id.
func (a *App) splitEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	from, err := formID(c, "from")
	if err == nil {
		u, _ := currentUser(c)
		_, err = a.store.SplitEvent(c.Request().Context(), id, from, u.Name, strings.TrimSpace(c.FormValue("reason")))
	}
	return a.afterEventChange(c, id, err)
}

// addNote is POST /events/:id/notes {body, parent}.
func (a *App) addNote(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	var parent int64
	if s := strings.TrimSpace(c.FormValue("parent")); s != "" {
		if parent, err = strconv.ParseInt(s, 10, 64); err != nil || parent <= 0 {
			return a.afterEventChange(c, id, timeline.Errorf(timeline.EInvalid, "The note answered is not a note."))
		}
	}
	u, _ := currentUser(c)
	_, err = a.store.AddNote(c.Request().Context(), id, parent, u.Name, c.FormValue("body"))
	return a.afterEventChange(c, id, err)
}

// revertChange is POST /changes/:id/revert.
func (a *App) revertChange(c echo.Context) error {
	id, err := idParam(c, "change")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	orig, err := a.store.Change(ctx, id)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	rc, err := a.store.Revert(ctx, id, u.Name)
	event := rc.EventID
	if event == 0 {
		event = orig.EventID
	}
	if event == 0 {
		if err != nil {
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/")
	}
	return a.afterEventChange(c, event, err)
}

// placeSearch is GET /places/search?q=: gazetteer entries as JSON, for the
// place field of the event page.
func (a *App) placeSearch(c echo.Context) error {
	q := strings.TrimSpace(c.QueryParam("q"))
	if len(q) > 100 {
		return timeline.Errorf(timeline.EInvalid, "The search is at most 100 bytes.")
	}
	type place struct {
		ID      int64   `json:"geonameid"`
		Name    string  `json:"name"`
		Label   string  `json:"label"`
		Country string  `json:"country"`
		Lat     float64 `json:"lat"`
		Lon     float64 `json:"lon"`
	}
	out := struct {
		Places []place `json:"places"`
	}{Places: []place{}}
	if q != "" {
		g, err := geo.Default()
		if err != nil {
			return err
		}
		for _, p := range g.Search(q, placeSearchLimit) {
			out.Places = append(out.Places, place{ID: p.ID, Name: p.Name, Label: placeLabel(p.Name, p.Country, p.Admin1),
				Country: p.Country, Lat: p.Lat, Lon: p.Lon})
		}
	}
	return c.JSON(http.StatusOK, out)
}

// reviewQueue is GET /stories/:id/review: the events still new, most
// uncertain first.
func (a *App) reviewQueue(c echo.Context) error {
	s, err := a.storyParam(c)
	if err != nil {
		return err
	}
	g, err := geo.Default()
	if err != nil {
		return err
	}
	evs, err := a.store.ReviewQueue(c.Request().Context(), s.ID, func(m string) int { return len(g.Lookup(m)) })
	if err != nil {
		return err
	}
	p := views.ReviewQueuePage{Page: a.page(c, "Review queue: "+s.Title), StoryID: s.ID, StoryTitle: s.Title}
	for _, e := range evs {
		p.Events = append(p.Events, views.QueueRow{EventRow: views.NewEventRow(e.Event), Score: e.Uncertainty.Score,
			Reasons: strings.Join(e.Uncertainty.Reasons, ", ")})
	}
	return render(c, http.StatusOK, views.ReviewQueueView(p))
}

// storyFilterBar builds the story page's filter bar from the filter in the
// URL and the places and documents of the story s, whose events are those
// the reader sees; outside the newsroom it offers no review state and no
// hidden events.
func storyFilterBar(s timeline.Story, f timeline.StoryFilter, outside bool) views.FilterBar {
	b := views.FilterBar{
		Action: storyPath(s.ID), From: f.From, To: f.To, Actor: f.Actor,
		State: string(f.State), Text: f.Text, Hidden: f.IncludeHidden, Active: !f.IsZero(), Outside: outside,
	}
	if !outside {
		b.States = views.StateNames()
	}
	if f.Place != 0 {
		b.Place = strconv.FormatInt(f.Place, 10)
	}
	if f.Document != 0 {
		b.Source = strconv.FormatInt(f.Document, 10)
	}
	seen := map[int64]bool{}
	for _, e := range s.Events {
		for _, p := range e.Places {
			if p.GeonameID > 0 && !seen[p.GeonameID] {
				seen[p.GeonameID] = true
				b.Places = append(b.Places, views.PlaceChoice{ID: p.GeonameID, Label: p.Name})
			}
		}
	}
	sort.Slice(b.Places, func(i, j int) bool { return b.Places[i].Label < b.Places[j].Label })
	for _, d := range s.Documents {
		b.Sources = append(b.Sources, views.EventChoice{ID: d.ID, Label: views.NewDocumentRow(d).Title})
	}
	return b
}

// shareStory is POST /stories/:id/share: a new read-only link.
func (a *App) shareStory(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	if _, err := a.store.CreateShareLink(c.Request().Context(), id, u.Name); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, storyPath(id)+"#share-heading")
}

// revokeShare is POST /stories/:id/share/:link/revoke.
func (a *App) revokeShare(c echo.Context) error {
	id, err := idParam(c, "story")
	if err != nil {
		return err
	}
	link, err := strconv.ParseInt(c.Param("link"), 10, 64)
	if err != nil || link <= 0 {
		return timeline.Errorf(timeline.ENotFound, "There is no share link %q.", c.Param("link"))
	}
	if err := a.store.RevokeShareLink(c.Request().Context(), id, link); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, storyPath(id)+"#share-heading")
}

// showShared is GET /share/:token: the story read-only, for anybody with
// the link, until it is revoked; cached as the story page is.
func (a *App) showShared(c echo.Context) error {
	token := c.Param("token")
	id, err := a.store.SharedStory(c.Request().Context(), token)
	if err != nil {
		return err
	}
	// The filters of the address apply as on the story page, as outsiders
	// may use them (the pager and the key-date links keep them).
	filter, err := timeline.ParseFilter(c.QueryParams())
	if err != nil {
		return err
	}
	page, err := pageParam(c)
	if err != nil {
		return err
	}
	r, err := a.storyResponse(c, id, "share\x00"+token)
	if err != nil {
		return err
	}
	r.cacheable = audience(c) != timeline.Newsroom
	r.public = false // the link is the reader's own
	r.header = func(h http.Header) {
		htmlHeader(h)
		h.Set("Referrer-Policy", "no-referrer")
	}
	r.load = func(ctx context.Context) (func(io.Writer) error, error) {
		p, err := a.storyPage(c, id, filter, page)
		if err != nil {
			return nil, err
		}
		sharedPage(&p, token)
		return func(w io.Writer) error { return views.StoryView(p).Render(ctx, w) }, nil
	}
	return a.serveStory(c, r)
}

// sharedPage makes the links of story page p, read through share link
// token, carry the token, so that its reader is never sent to sign in.
func sharedPage(p *views.StoryPage, token string) {
	p.ShareToken = token
	for i := range p.Exports {
		p.Exports[i].URL = withQuery(p.Exports[i].URL, "share", token)
	}
	p.Embed.EmbedURL = withQuery(p.Embed.EmbedURL, "share", token)
	p.Embed.Private = false // the share token opens it
	for i := range p.Events {
		p.Events[i].Share = token
	}
	for i := range p.Undated {
		p.Undated[i].Share = token
	}
	for i := range p.Documents {
		p.Documents[i].Share = token
	}
	p.Data.Share = token
	for i := range p.Data.Events {
		p.Data.Events[i].URL = withQuery(p.Data.Events[i].URL, "share", token)
	}
	p.KeyDates.Share = token
	for i := range p.KeyDates.Exports {
		p.KeyDates.Exports[i].URL = withQuery(p.KeyDates.Exports[i].URL, "share", token)
	}
	for i := range p.KeyDates.Dates {
		for j := range p.KeyDates.Dates[i].Sentences {
			for k := range p.KeyDates.Dates[i].Sentences[j].Sources {
				p.KeyDates.Dates[i].Sentences[j].Sources[k].Share = token
			}
		}
	}
}

// withQuery adds a query parameter to a local URL.
func withQuery(u, key, value string) string {
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	return u + sep + url.QueryEscape(key) + "=" + url.QueryEscape(value)
}
