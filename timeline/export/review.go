package export

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// Review is what the newsroom added to an event: its review state, the
// notes left on it and the history of its edits.
type Review struct {
	State   timeline.ReviewState
	Notes   []timeline.Note
	History []timeline.Change
}

// Reviews are the reviews of a story's events by event ID. An event without
// an entry is as extracted: state new, no notes, no history.
type Reviews map[int64]Review

// Sequence is the iCalendar SEQUENCE of the event: one per change in its
// history, so it rises with each edit.
func (r Review) Sequence() int { return len(r.History) }

// LastModified is the time of the last change, zero when there is none.
func (r Review) LastModified() time.Time {
	var last time.Time
	for _, c := range r.History {
		if c.Time.After(last) {
			last = c.Time
		}
	}
	return last
}

// Confirmed reports whether a journalist verified the event (checked or
// published).
func (r Review) Confirmed() bool {
	return r.State == timeline.StateChecked || r.State == timeline.StatePublished
}

// Publishable returns s with only the events of evs that a publication
// format shows, in the order of evs: not hidden, not merged into another
// event, not rejected, which is what an outsider sees of a story with the
// default setting (timeline.Audience.Sees decides it). The events are taken
// from evs, not from s. Use it to feed the exports from a filtered list of
// reviewed events.
func Publishable(s timeline.Story, evs []timeline.ReviewedEvent) timeline.Story {
	out := s
	out.Events = make([]timeline.Event, 0, len(evs))
	for _, e := range evs {
		if !timeline.Outsider.Sees(e, timeline.ShowAllButRejected) {
			continue
		}
		out.Events = append(out.Events, e.Event)
	}
	return out
}

// Selected returns s with the events of evs, in their order, whatever their
// review state: the Story JSON keeps rejected and hidden events when the
// filter asked for them, with their state.
func Selected(s timeline.Story, evs []timeline.ReviewedEvent) timeline.Story {
	out := s
	out.Events = make([]timeline.Event, 0, len(evs))
	for _, e := range evs {
		out.Events = append(out.Events, e.Event)
	}
	return out
}

// ReviewJSON is the review part of an event in the Story JSON.
type ReviewJSON struct {
	State        string       `json:"state"`
	Sequence     int          `json:"sequence"`
	LastModified string       `json:"last_modified,omitempty"` // RFC 3339
	Notes        []NoteJSON   `json:"notes"`
	History      []ChangeJSON `json:"history"`
}

// NoteJSON is a note on an event; Parent is the id of the note it answers.
type NoteJSON struct {
	ID      int64  `json:"id"`
	Parent  int64  `json:"parent,omitempty"`
	Author  string `json:"author"`
	Body    string `json:"body"`
	Created string `json:"created"` // RFC 3339
}

// ChangeJSON is one entry of an event's history.
type ChangeJSON struct {
	ID      int64  `json:"id"`
	Author  string `json:"author"`
	Time    string `json:"time"` // RFC 3339
	Field   string `json:"field"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Reason  string `json:"reason,omitempty"`
	Reverts int64  `json:"reverts,omitempty"`
}

func newReview(r Review) *ReviewJSON {
	out := &ReviewJSON{
		State:        string(r.State),
		Sequence:     r.Sequence(),
		LastModified: formatTime(r.LastModified()),
		Notes:        make([]NoteJSON, 0, len(r.Notes)),
		History:      make([]ChangeJSON, 0, len(r.History)),
	}
	if out.State == "" {
		out.State = string(timeline.StateNew)
	}
	for _, n := range r.Notes {
		out.Notes = append(out.Notes, NoteJSON{ID: n.ID, Parent: n.Parent, Author: n.Author, Body: n.Body, Created: formatTime(n.Created)})
	}
	for _, c := range r.History {
		out.History = append(out.History, ChangeJSON{ID: c.ID, Author: c.Author, Time: formatTime(c.Time),
			Field: c.Field, Old: c.Old, New: c.New, Reason: c.Reason, Reverts: c.Reverts})
	}
	return out
}

// fromReview reads an event's review back; eventID is the event's ID in the
// document.
func fromReview(in ReviewJSON, eventID int64) (Review, error) {
	state, err := timeline.ParseReviewState(in.State)
	if err != nil {
		return Review{}, fmt.Errorf("review: state %q is not new, checked, published or rejected", in.State)
	}
	r := Review{State: state}
	noteIDs := make(map[int64]bool, len(in.Notes))
	for i, n := range in.Notes {
		created, err := parseTime(n.Created)
		if err != nil {
			return Review{}, fmt.Errorf("review: note %d: created: %w", i+1, err)
		}
		switch {
		case strings.TrimSpace(n.Author) == "" || len(n.Author) > maxImportedAuthor || !utf8.ValidString(n.Author):
			return Review{}, fmt.Errorf("review: note %d needs an author of 1 to %d bytes of UTF-8", i+1, maxImportedAuthor)
		case strings.TrimSpace(n.Body) == "" || !utf8.ValidString(n.Body):
			return Review{}, fmt.Errorf("review: note %d needs a body of UTF-8 text", i+1)
		}
		if b := ImportedNote(timeline.Note{Author: n.Author, Body: n.Body, Created: created}); len(b) > timeline.MaxNote {
			return Review{}, fmt.Errorf("review: note %d is too long: imported with the line that says who wrote it, it has %d bytes, more than %d",
				i+1, len(b), timeline.MaxNote)
		}
		if n.Parent != 0 && !noteIDs[n.Parent] {
			return Review{}, fmt.Errorf("review: note %d answers note %d, which does not come before it", i+1, n.Parent)
		}
		noteIDs[n.ID] = true
		r.Notes = append(r.Notes, timeline.Note{ID: n.ID, EventID: eventID, Parent: n.Parent, Author: n.Author, Body: n.Body, Created: created})
	}
	for i, c := range in.History {
		at, err := parseTime(c.Time)
		if err != nil {
			return Review{}, fmt.Errorf("review: change %d: time: %w", i+1, err)
		}
		r.History = append(r.History, timeline.Change{ID: c.ID, EventID: eventID, Author: c.Author, Time: at,
			Field: c.Field, Old: c.Old, New: c.New, Reason: c.Reason, Reverts: c.Reverts})
	}
	if in.Sequence != r.Sequence() {
		return Review{}, fmt.Errorf("review: sequence %d is not the number of changes in the history (%d)", in.Sequence, r.Sequence())
	}
	if lm := formatTime(r.LastModified()); in.LastModified != lm {
		return Review{}, fmt.Errorf("review: last_modified %q is not the time of the last change (%q)", in.LastModified, lm)
	}
	return r, nil
}

// ReviewWriter is what ApplyReviews needs of a store: it sets review states
// and adds notes (package db provides both).
type ReviewWriter interface {
	EditEvent(ctx context.Context, id int64, edit timeline.Edit, by string) (timeline.ReviewedEvent, error)
	AddNote(ctx context.Context, eventID, parent int64, author, body string) (timeline.Note, error)
}

// maxImportedAuthor is the longest author name of an imported note, in
// bytes.
const maxImportedAuthor = 200

// ImportedNote is the body an imported note is stored with: the file's
// author and time are not trusted as the newsroom's own record, so the
// note is the importing user's, and who wrote it in the file is quoted
// text in front of it.
func ImportedNote(n timeline.Note) string {
	author := strings.Join(strings.Fields(n.Author), " ")
	when := ""
	if !n.Created.IsZero() {
		when = " on " + n.Created.UTC().Format("2 Jan 2006 15:04 UTC")
	}
	return "(imported; written by “" + author + "”" + when + " in the source file)\n" + strings.TrimSpace(n.Body)
}

// importReason is the reason the review state of an imported event is
// recorded with; the file's history is not taken for the newsroom's own
// (its authors and times cannot be checked), and is summed up instead.
func importReason(r Review) string {
	if len(r.History) == 0 {
		return "imported from a Story JSON file"
	}
	last := r.History[len(r.History)-1]
	for _, c := range r.History {
		if c.Time.After(last.Time) {
			last = c
		}
	}
	who := strings.Join(strings.Fields(last.Author), " ")
	if len(who) > maxImportedAuthor {
		who = strings.ToValidUTF8(who[:maxImportedAuthor], "")
	}
	return fmt.Sprintf("imported from a Story JSON file, whose history of %d changes (the last by “%s” on %s) stays in that file",
		len(r.History), who, last.Time.UTC().Format("2 Jan 2006 15:04 UTC"))
}

// ApplyReviews gives the events of stored, which the store numbered in the
// order of imported's events, the review states and notes of reviews. All
// of it is recorded as the work of by, the importing user, at the time of
// the import: the authors and times the file gives are not the newsroom's
// record and are kept only as quoted text (ImportedNote, and the reason of
// the review state's change, which sums up the file's history).
func ApplyReviews(ctx context.Context, w ReviewWriter, imported, stored timeline.Story, reviews Reviews, by string) error {
	if len(reviews) == 0 {
		return nil
	}
	if len(stored.Events) != len(imported.Events) {
		return fmt.Errorf("import reviews: %d events stored for %d imported", len(stored.Events), len(imported.Events))
	}
	for i, e := range imported.Events {
		r, ok := reviews[e.ID]
		if !ok {
			continue
		}
		id := stored.Events[i].ID
		if r.State != "" && r.State != timeline.StateNew {
			st := r.State
			if _, err := w.EditEvent(ctx, id, timeline.Edit{State: &st, Reason: importReason(r)}, by); err != nil {
				return fmt.Errorf("import review state of event %d: %w", i+1, err)
			}
		}
		notes := make(map[int64]int64, len(r.Notes))
		for _, n := range r.Notes {
			added, err := w.AddNote(ctx, id, notes[n.Parent], by, ImportedNote(n))
			if err != nil {
				return fmt.Errorf("import note of event %d: %w", i+1, err)
			}
			notes[n.ID] = added.ID
		}
	}
	return nil
}

// ReviewReader is what ReadReviews needs of a store (package db provides it).
type ReviewReader interface {
	StoryHistory(ctx context.Context, storyID int64) (map[string][]timeline.Change, error)
	StoryNotes(ctx context.Context, storyID int64) (map[string][]timeline.Note, error)
}

// ReadReviews reads the review state, notes and history of a story's
// events evs: one query for the history of the whole story and one for its
// notes, however many events there are.
func ReadReviews(ctx context.Context, r ReviewReader, storyID int64, evs []timeline.ReviewedEvent) (Reviews, error) {
	history, err := r.StoryHistory(ctx, storyID)
	if err != nil {
		return nil, err
	}
	var notes map[string][]timeline.Note
	for _, e := range evs {
		if e.Notes > 0 {
			if notes, err = r.StoryNotes(ctx, storyID); err != nil {
				return nil, err
			}
			break
		}
	}
	reviews := make(Reviews, len(evs))
	for _, e := range evs {
		reviews[e.ID] = Review{State: e.State, History: history[e.Key], Notes: notes[e.Key]}
	}
	return reviews, nil
}
