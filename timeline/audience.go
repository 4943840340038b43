package timeline

import (
	"strings"
	"time"
)

// Audience is who reads a story. The newsroom (a signed-in user) sees
// everything: every event, its review state, notes and history. Everybody
// else, an Outsider (a reader with a share link, a reader of a public story
// or of an embed, and the exports fetched through them), sees the story as
// published: the events Sees lets through, with what Redact leaves of them,
// and never notes, history, review states or reasons, user names or share
// links.
//
// This file is the one place that decides what an audience may see;
// export.ReadView applies it for every page, API route and export.
type Audience uint8

const (
	// Newsroom is a signed-in user of any role.
	Newsroom Audience = iota
	// Outsider is anybody else: a share link, a public story, an embed.
	Outsider
)

func (a Audience) String() string {
	if a == Newsroom {
		return "newsroom"
	}
	return "outsider"
}

// Show is a story's choice of which events outsiders see; the newsroom
// always sees every event.
type Show string

const (
	// ShowAllButRejected shows outsiders every event that is not
	// rejected, hidden or merged into another: the default.
	ShowAllButRejected Show = "all-but-rejected"
	// ShowPublished shows outsiders only the events in state published
	// (and not hidden or merged).
	ShowPublished Show = "published"
)

// Shows lists the choices in the order a form offers them.
var Shows = []Show{ShowAllButRejected, ShowPublished}

// ParseShow reads a show setting; "" is the default.
func ParseShow(s string) (Show, error) {
	switch Show(strings.TrimSpace(s)) {
	case "", ShowAllButRejected:
		return ShowAllButRejected, nil
	case ShowPublished:
		return ShowPublished, nil
	}
	return "", Errorf(EInvalid, "show=%q: use %q or %q.", s, ShowAllButRejected, ShowPublished)
}

// Access is who may read a story and what outsiders see of it.
type Access struct {
	// Public stories are read by anybody without signing in.
	Public bool
	Show   Show
}

// Sees reports whether audience a sees event e of a story whose setting is
// show. Outsiders never see a hidden, merged or rejected event, and with
// ShowPublished only published ones.
func (a Audience) Sees(e ReviewedEvent, show Show) bool {
	if a == Newsroom {
		return true
	}
	if !e.Visible() || e.State == StateRejected {
		return false
	}
	return show != ShowPublished || e.State == StatePublished
}

// Redact returns e as audience a may see it. For outsiders the review is
// gone (state, hidden, merges, corrected fields, the number of notes), and
// a date a journalist corrected keeps its value and bounds but not what
// was typed or how it was read, which are the newsroom's work.
func (a Audience) Redact(e ReviewedEvent) ReviewedEvent {
	if a == Newsroom {
		return e
	}
	out := ReviewedEvent{Event: e.Event}
	if e.IsCorrected(FieldDate) || e.Date.Rule == "user" {
		out.Date.Expression, out.Date.Explanation, out.Date.Rule = "", "", ""
		out.Date.Anchor, out.Date.Tense, out.Date.Span = "", "", Span{}
	}
	return out
}

// Filter returns f as audience a may use it: outsiders cannot ask for
// hidden or merged events, cannot filter by review state (which would tell
// the states apart) and their text search does not look into notes.
func (a Audience) Filter(f StoryFilter) StoryFilter {
	if a == Newsroom {
		return f
	}
	f.IncludeHidden = false
	f.State = ""
	f.SkipNotes = true
	return f
}

// Story returns s as audience a may see it: outsiders do not learn when
// the story was made or when each document was added.
func (a Audience) Story(s Story) Story {
	if a == Newsroom {
		return s
	}
	s.Created = time.Time{}
	docs := make([]Document, len(s.Documents))
	for i, d := range s.Documents {
		d.Added = time.Time{}
		docs[i] = d
	}
	s.Documents = docs
	return s
}
