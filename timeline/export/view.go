package export

import (
	"context"

	"storyline/timeline"
)

// View is a story as one audience may see it (see timeline.Audience): the
// one value every page, API route and export of a story is built from, so
// that what an outsider sees is decided in one place.
type View struct {
	Audience timeline.Audience
	Access   timeline.Access
	// Story is the story with the events the audience sees that passed the
	// filter, in date order (undated last). For the newsroom they include
	// hidden and rejected events when the filter asked for them; for
	// outsiders the story and its documents carry no creation times.
	Story timeline.Story
	// Events are the same events with their review; for outsiders the
	// review is empty (timeline.Audience.Redact).
	Events []timeline.ReviewedEvent
	// Reviews hold the state, notes and history of each event, for the
	// newsroom only: nil for outsiders.
	Reviews Reviews
}

// Outside reports whether the view is for readers outside the newsroom.
func (v View) Outside() bool { return v.Audience != timeline.Newsroom }

// Published returns the story with the events a publication format (a
// calendar, TimelineJS, a map) shows: for the newsroom the events that are
// not hidden, merged or rejected; for outsiders every event of the view,
// which the audience rule already narrowed.
func (v View) Published() timeline.Story {
	if v.Outside() {
		return v.Story
	}
	return Publishable(v.Story, v.Events)
}

// ViewReader is what ReadView needs of a store (package db provides it).
type ViewReader interface {
	// StoryDocuments is the story with its documents and no events (the
	// events come from Events): reading them twice doubled the cost of
	// every page of a big story.
	StoryDocuments(ctx context.Context, id int64) (timeline.Story, error)
	StoryAccess(ctx context.Context, id int64) (timeline.Access, error)
	Events(ctx context.Context, storyID int64, filter timeline.StoryFilter) ([]timeline.ReviewedEvent, error)
	ReviewReader
}

// ReadView reads story id as audience aud sees it, with the events filter
// keeps (narrowed first by aud.Filter, so that an outsider's filter can
// neither ask for hidden events nor search notes). Notes and history are
// read for the newsroom only.
func ReadView(ctx context.Context, r ViewReader, aud timeline.Audience, id int64, filter timeline.StoryFilter) (View, error) {
	s, err := r.StoryDocuments(ctx, id)
	if err != nil {
		return View{}, err
	}
	access, err := r.StoryAccess(ctx, id)
	if err != nil {
		return View{}, err
	}
	evs, err := r.Events(ctx, id, aud.Filter(filter))
	if err != nil {
		return View{}, err
	}
	v := NewView(aud, access, s, evs)
	if !v.Outside() {
		if v.Reviews, err = ReadReviews(ctx, r, s.ID, v.Events); err != nil {
			return View{}, err
		}
	}
	return v, nil
}

// NewView builds the view of story s (whose own events are ignored) with
// the reviewed events evs for audience aud: the events aud does not see
// are left out, and the rest redacted for it. Reviews are not filled.
func NewView(aud timeline.Audience, access timeline.Access, s timeline.Story, evs []timeline.ReviewedEvent) View {
	v := View{Audience: aud, Access: access, Story: aud.Story(s)}
	v.Events = make([]timeline.ReviewedEvent, 0, len(evs))
	v.Story.Events = make([]timeline.Event, 0, len(evs))
	for _, e := range evs {
		if !aud.Sees(e, access.Show) {
			continue
		}
		e = aud.Redact(e)
		v.Events = append(v.Events, e)
		v.Story.Events = append(v.Story.Events, e.Event)
	}
	return v
}
