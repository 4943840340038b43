package views

import (
	"strconv"
	"strings"

	"storyline/timeline"
)

// Review is what the newsroom added to an event, for the event page.
type Review struct {
	State     string
	Hidden    bool
	Corrected []string
	// DateText is what the date form starts with.
	DateText string
	// ActorsText is the actors, one per line.
	ActorsText string
	// PlaceID is the GeoNames id of the first place, 0 when none.
	PlaceID int64
	// PlaceQuery is the gazetteer search typed, PlaceChoices what it found.
	PlaceQuery   string
	PlaceChoices []PlaceChoice
	// MergeChoices are the other events of the story, Merged the events
	// merged into this one (they can be split off).
	MergeChoices []EventChoice
	Merged       []EventChoice
	MergedInto   int64
	History      []ChangeRow
	Notes        []NoteRow
	States       []string
	Errors       FieldErrors
}

// IsCorrected reports whether a person corrected field.
func (r Review) IsCorrected(field string) bool {
	for _, f := range r.Corrected {
		if f == field {
			return true
		}
	}
	return false
}

// PlaceChoice is one gazetteer entry offered by the place search.
type PlaceChoice struct {
	ID    int64
	Label string
}

// IDString is the id as text.
func (p PlaceChoice) IDString() string { return strconv.FormatInt(p.ID, 10) }

// EventChoice is another event of the story.
type EventChoice struct {
	ID    int64
	Label string
}

// IDString is the id as text.
func (e EventChoice) IDString() string { return strconv.FormatInt(e.ID, 10) }

// ChangeRow is one entry of an event's history.
type ChangeRow struct {
	ID       int64
	Author   string
	Time     string
	Field    string
	Old      string
	New      string
	Reason   string
	Reverts  int64
	Reverted bool
}

// RevertURL is where the revert button posts.
func (c ChangeRow) RevertURL() string { return "/changes/" + strconv.FormatInt(c.ID, 10) + "/revert" }

// NewChangeRows builds the history rows, newest first, marking the changes
// a later change reverted.
func NewChangeRows(cs []timeline.Change) []ChangeRow {
	reverted := map[int64]bool{}
	for _, c := range cs {
		if c.Reverts != 0 {
			reverted[c.Reverts] = true
		}
	}
	rows := make([]ChangeRow, 0, len(cs))
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		rows = append(rows, ChangeRow{ID: c.ID, Author: c.Author, Time: c.Time.UTC().Format("2 Jan 2006 15:04"),
			Field: c.Field, Old: c.Old, New: c.New, Reason: c.Reason, Reverts: c.Reverts, Reverted: reverted[c.ID]})
	}
	return rows
}

// NoteRow is one note in thread order; Depth is how deep a reply it is.
type NoteRow struct {
	ID     int64
	Author string
	Time   string
	Body   string
	Depth  int
}

// IDString is the id as text.
func (n NoteRow) IDString() string { return strconv.FormatInt(n.ID, 10) }

// Indent is the inline style that indents a reply.
func (n NoteRow) Indent() string {
	d := n.Depth
	if d > 6 {
		d = 6
	}
	return "margin-left: " + strconv.Itoa(2*d) + "em"
}

// NewNoteRows orders notes as threads: each note followed by its replies.
func NewNoteRows(ns []timeline.Note) []NoteRow {
	children := map[int64][]timeline.Note{}
	known := map[int64]bool{}
	for _, n := range ns {
		known[n.ID] = true
	}
	var roots []timeline.Note
	for _, n := range ns {
		if n.Parent != 0 && known[n.Parent] {
			children[n.Parent] = append(children[n.Parent], n)
		} else {
			roots = append(roots, n)
		}
	}
	var rows []NoteRow
	var walk func(n timeline.Note, depth int)
	walk = func(n timeline.Note, depth int) {
		rows = append(rows, NoteRow{ID: n.ID, Author: n.Author, Time: n.Created.UTC().Format("2 Jan 2006 15:04"), Body: n.Body, Depth: depth})
		for _, c := range children[n.ID] {
			walk(c, depth+1)
		}
	}
	for _, n := range roots {
		walk(n, 0)
	}
	return rows
}

// ActorsText is the actors one per line, for the actors form.
func ActorsText(as []timeline.Actor) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return strings.Join(names, "\n")
}

// StateNames lists the review states in workflow order.
func StateNames() []string {
	out := make([]string, len(timeline.ReviewStates))
	for i, s := range timeline.ReviewStates {
		out[i] = string(s)
	}
	return out
}

// EventChoiceLabel is how another event is named in a select.
func EventChoiceLabel(e timeline.Event) string {
	l := eventTitle(e)
	if e.Dated() {
		l = DateLabel(e.Date) + " – " + l
	}
	if len(l) > 120 {
		l = strings.ToValidUTF8(l[:120], "") + "…"
	}
	return l
}

// FilterBar is the story page's filter form, filled from the URL.
type FilterBar struct {
	Action   string
	From, To string
	Place    string
	Actor    string
	Source   string
	State    string
	Text     string
	Hidden   bool
	Places   []PlaceChoice
	Sources  []EventChoice
	States   []string
	// Active is whether any filter is set; Shown and Total count events.
	Active bool
	// Outside is set for readers outside the newsroom, who filter by
	// neither review state nor hidden events.
	Outside bool
}

// ReviewQueuePage lists a story's events still to check, most uncertain first.
type ReviewQueuePage struct {
	Page
	StoryID    int64
	StoryTitle string
	Events     []QueueRow
}

// StoryURL is the story page's address.
func (p ReviewQueuePage) StoryURL() string { return storyURL(p.StoryID) }

// QueueRow is one event of the review queue.
type QueueRow struct {
	EventRow
	Score   int
	Reasons string
}

// ShareRow is one share link of a story.
type ShareRow struct {
	ID      int64
	URL     string
	Created string
	By      string
	Revoked string
}

// RevokeURL is where the revoke button posts.
func (s ShareRow) RevokeURL(storyID int64) string {
	return storyURL(storyID) + "/share/" + strconv.FormatInt(s.ID, 10) + "/revoke"
}
