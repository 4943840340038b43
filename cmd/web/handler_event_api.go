package main

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/views"
)

// apiEventBody is an event in the JSON API. Its review is there for the
// newsroom only: for outsiders the embedded pointer is nil and its fields
// are left out.
type apiEventBody struct {
	ID      int64         `json:"id"`
	Story   int64         `json:"story"`
	Title   string        `json:"title"`
	Date    *apiDate      `json:"date"`
	Places  []apiPlace    `json:"places"`
	Actors  []string      `json:"actors"`
	Sources []apiEventSrc `json:"sources"`
	URL     string        `json:"url"`
	*APIEventReview
}

// APIEventReview is the newsroom's part of an event in the API.
type APIEventReview struct {
	State      string   `json:"state"`
	Hidden     bool     `json:"hidden"`
	MergedInto int64    `json:"merged_into,omitempty"`
	Merged     []int64  `json:"merged"`
	Corrected  []string `json:"corrected"`
	Notes      int      `json:"notes"`
}

type apiDate struct {
	Value      string `json:"value"`
	Type       string `json:"type,omitempty"`
	Precision  string `json:"precision"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end,omitempty"`
	Mod        string `json:"mod,omitempty"`
	Label      string `json:"label"`
	Expression string `json:"expression,omitempty"`
}

type apiPlace struct {
	GeonameID int64   `json:"geonameid"`
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
}

type apiEventSrc struct {
	Document int64  `json:"document"`
	Quote    string `json:"quote"`
}

// newAPIEvent is event e in the API as aud may see it; e has been through
// aud.Redact.
func newAPIEvent(e timeline.ReviewedEvent, aud timeline.Audience) apiEventBody {
	out := apiEventBody{
		ID: e.ID, Story: e.StoryID, Title: e.Title, Places: []apiPlace{}, Actors: []string{},
		Sources: []apiEventSrc{}, URL: "/api/events/" + strconv.FormatInt(e.ID, 10),
	}
	if aud == timeline.Newsroom {
		r := &APIEventReview{State: string(e.State), Hidden: e.Hidden, MergedInto: e.MergedInto, Merged: e.Merged,
			Corrected: e.Corrected, Notes: e.Notes}
		if r.Merged == nil {
			r.Merged = []int64{}
		}
		if r.Corrected == nil {
			r.Corrected = []string{}
		}
		out.APIEventReview = r
	}
	if e.Dated() {
		d := e.Date
		out.Date = &apiDate{Value: d.Value, Type: d.Type, Precision: string(d.Precision), Start: d.Start, End: d.End,
			Mod: d.Mod, Label: views.DateLabel(d), Expression: d.Expression}
	}
	for _, p := range e.Places {
		out.Places = append(out.Places, apiPlace{GeonameID: p.GeonameID, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon})
	}
	for _, a := range e.Actors {
		out.Actors = append(out.Actors, a.Name)
	}
	for _, s := range e.Sources {
		out.Sources = append(out.Sources, apiEventSrc{Document: s.DocumentID, Quote: s.Quote})
	}
	return out
}

// readableEvent loads the :id event as the request's audience may see it
// (see readableEventID).
func (a *App) readableEvent(c echo.Context) (timeline.ReviewedEvent, timeline.Audience, error) {
	id, err := idParam(c, "event")
	if err != nil {
		return timeline.ReviewedEvent{}, 0, err
	}
	return a.readableEventID(c, id)
}

// apiEvent is GET /api/events/{id}.
func (a *App) apiEvent(c echo.Context) error {
	e, aud, err := a.readableEvent(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAPIEvent(e, aud))
}

// apiPatchEvent is PATCH /api/events/{id} with the fields to change:
// title, date (typed text or a TIMEX3 value), place (a GeoNames id),
// actors (names), state, hidden, and an optional reason. It answers with
// the event.
func (a *App) apiPatchEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	if err := allow(c, timeline.ActionReview); err != nil {
		return err
	}
	var in struct {
		Title  *string   `json:"title"`
		Date   *string   `json:"date"`
		Place  *int64    `json:"place"`
		Actors *[]string `json:"actors"`
		State  *string   `json:"state"`
		Hidden *bool     `json:"hidden"`
		Reason string    `json:"reason"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	ed := timeline.Edit{Title: in.Title, Date: in.Date, Hidden: in.Hidden, Reason: strings.TrimSpace(in.Reason)}
	if in.Place != nil {
		p, err := gazetteerPlace(*in.Place)
		if err != nil {
			return err
		}
		ed.Place = &p
	}
	if in.Actors != nil {
		as := actorsFromText(strings.Join(*in.Actors, "\n"))
		ed.Actors = &as
	}
	if in.State != nil {
		st, err := timeline.ParseReviewState(*in.State)
		if err != nil {
			return err
		}
		ed.State = &st
	}
	if err := allow(c, editAction(ed)); err != nil {
		return err
	}
	if ed.IsZero() {
		return timeline.Errorf(timeline.EInvalid, "Send at least one of title, date, place, actors, state and hidden.")
	}
	u, _ := currentUser(c)
	e, err := a.store.EditEvent(c.Request().Context(), id, ed, u.Name)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAPIEvent(e, timeline.Newsroom))
}

// apiChange is one entry of an event's history in the API.
type apiChange struct {
	ID      int64  `json:"id"`
	Event   int64  `json:"event"`
	Author  string `json:"author"`
	Time    string `json:"time"`
	Field   string `json:"field"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Reason  string `json:"reason,omitempty"`
	Reverts int64  `json:"reverts,omitempty"`
}

// apiHistory is GET /api/events/{id}/history, oldest change first; the
// history is the newsroom's (the route needs a signed-in reader).
func (a *App) apiHistory(c echo.Context) error {
	e, _, err := a.readableEvent(c)
	if err != nil {
		return err
	}
	cs, err := a.store.History(c.Request().Context(), e.ID)
	if err != nil {
		return err
	}
	out := struct {
		Changes []apiChange `json:"changes"`
	}{Changes: []apiChange{}}
	for _, ch := range cs {
		out.Changes = append(out.Changes, apiChange{ID: ch.ID, Event: ch.EventID, Author: ch.Author,
			Time: ch.Time.UTC().Format("2006-01-02T15:04:05Z"), Field: ch.Field, Old: ch.Old, New: ch.New,
			Reason: ch.Reason, Reverts: ch.Reverts})
	}
	return c.JSON(http.StatusOK, out)
}

// apiNote is a note in the API.
type apiNote struct {
	ID      int64  `json:"id"`
	Event   int64  `json:"event"`
	Parent  int64  `json:"parent,omitempty"`
	Author  string `json:"author"`
	Body    string `json:"body"`
	Created string `json:"created"`
}

func newAPINote(n timeline.Note) apiNote {
	return apiNote{ID: n.ID, Event: n.EventID, Parent: n.Parent, Author: n.Author, Body: n.Body,
		Created: n.Created.UTC().Format("2006-01-02T15:04:05Z")}
}

// apiNotes is GET /api/events/{id}/notes, in the order they were written;
// notes are the newsroom's (the route needs a signed-in reader).
func (a *App) apiNotes(c echo.Context) error {
	e, _, err := a.readableEvent(c)
	if err != nil {
		return err
	}
	ns, err := a.store.Notes(c.Request().Context(), e.ID)
	if err != nil {
		return err
	}
	out := struct {
		Notes []apiNote `json:"notes"`
	}{Notes: []apiNote{}}
	for _, n := range ns {
		out.Notes = append(out.Notes, newAPINote(n))
	}
	return c.JSON(http.StatusOK, out)
}

// apiAddNote is POST /api/events/{id}/notes {"body", "parent"}.
func (a *App) apiAddNote(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	var in struct {
		Body   string `json:"body"`
		Parent int64  `json:"parent"`
	}
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	if in.Parent < 0 {
		return timeline.Errorf(timeline.EInvalid, "parent is a note id.")
	}
	u, _ := currentUser(c)
	n, err := a.store.AddNote(c.Request().Context(), id, in.Parent, u.Name, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, newAPINote(n))
}
