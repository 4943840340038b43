package extract

import (
	"storyline/timeline"
)

// Report is one happening as one sentence of one document tells it: what
// the stages before merge make of a document, and what merge groups into
// events. It is plain data (JSON-encodable), so a store can keep the reports
// of a story and merge a new document's reports into its events later
// without reading the story's documents again.
type Report struct {
	Document int64 `json:"document"` // the document's ID
	// Order places the document among the story's documents (its ID when
	// extracted alone, its index in a batch); a report earlier in order
	// gives an event its headline, text and first source.
	Order     int64         `json:"order"`
	Sentence  timeline.Span `json:"sentence"`
	Paragraph int           `json:"paragraph"`
	Quote     string        `json:"quote"` // the sentence's text
	Title     string        `json:"title"` // the headline
	Trigger   string        `json:"trigger,omitempty"`
	// TriggerSpan is where the trigger stands in the document.
	TriggerSpan timeline.Span `json:"trigger_span"`
	// Also are the other words of happening its date anchors (see
	// timeline.Source.Also).
	Also []timeline.Span `json:"also,omitempty"`
	// Statement is the verb of saying that reports the happening, when it
	// has its own date other than the happening's (see timeline.Source.Statement).
	Statement *Statement `json:"statement,omitempty"`
	// Kind is the kind of happening ("meet", "arrive"; "" without trigger)
	// and Object the content words of its direct object, sorted.
	Kind   string   `json:"kind,omitempty"`
	Object []string `json:"object,omitempty"`
	Speech bool     `json:"speech,omitempty"` // a verb of saying
	// Speaker is who said it, as the headline names them ("" when not a
	// saying or not known).
	Speaker string  `json:"speaker,omitempty"`
	Date    Date    `json:"date"`
	Places  []Place `json:"places,omitempty"`
	Actors  []Actor `json:"actors,omitempty"`
	// Parties are the people and organizations taking part, with the person
	// a pronoun subject stands for ("He will travel on to Paris").
	Parties []string `json:"parties,omitempty"`
	// Retold is set on a report dated only by its publication day that
	// joined an event dated earlier as a retelling of it (see retellable):
	// its date is the day it was told again, not the happening's, so it
	// gives the event no date and is filed under no key.
	Retold bool `json:"retold,omitempty"`
}

// Statement is a saying of the report's sentence with its own date: its
// word's place in the document and its date, the date's span the outer
// field's as in Date.
type Statement struct {
	Trigger timeline.Span `json:"trigger"`
	Date    Date          `json:"date"`
}

// statement is the domain's statement, nil for none.
func (s *Statement) statement() *timeline.Statement {
	if s == nil {
		return nil
	}
	return &timeline.Statement{Trigger: s.Trigger, Date: s.Date.date()}
}

// Date, Place and Actor are the domain's types with their spans, which the
// domain types leave out of JSON.
type (
	Date struct {
		timeline.Date
		Span timeline.Span `json:"span"`
	}
	Place struct {
		timeline.Place
		Span timeline.Span `json:"span"`
	}
	Actor struct {
		timeline.Actor
		Span timeline.Span `json:"span"`
	}
)

func (d Date) date() timeline.Date {
	out := d.Date
	out.Span = d.Span
	return out
}

func (p Place) place() timeline.Place {
	out := p.Place
	out.Span = p.Span
	return out
}

func (a Actor) actor() timeline.Actor {
	out := a.Actor
	out.Span = a.Span
	return out
}

// reportOf turns a draft, after its headline, into its report.
func reportOf(d *draft) Report {
	r := Report{
		Document:    d.doc.ID,
		Order:       int64(d.docOrder),
		Sentence:    d.sent,
		Paragraph:   d.para,
		Quote:       d.doc.Text[d.sent.Start:d.sent.End],
		Title:       d.title,
		Trigger:     d.trigger,
		TriggerSpan: d.triggerSpan(),
		Also:        d.alsoSpans(),
		Speech:      d.info.speech,
		Speaker:     d.speaker,
		Date:        Date{Date: d.date, Span: d.date.Span},
	}
	r.Date.Date.Span = timeline.Span{} // the span is the outer field's, as in JSON
	if st := d.statement; st != nil {
		r.Statement = &Statement{Trigger: st.trigger, Date: Date{Date: st.date, Span: st.date.Span}}
		r.Statement.Date.Date.Span = timeline.Span{}
	}
	for _, p := range d.places {
		r.Places = append(r.Places, Place{Place: p, Span: p.Span})
		r.Places[len(r.Places)-1].Place.Span = timeline.Span{}
	}
	what := happeningOf(d)
	r.Kind = what.kind
	r.Object = what.object // sorted
	for _, m := range d.actors {
		r.Actors = append(r.Actors, Actor{Actor: m.Actor, Span: m.Actor.Span})
		r.Actors[len(r.Actors)-1].Actor.Span = timeline.Span{}
	}
	r.Parties = d.parties()
	return r
}

// places are the report's places with their spans.
func (r *Report) places() []timeline.Place {
	out := make([]timeline.Place, len(r.Places))
	for i, p := range r.Places {
		out[i] = p.place()
	}
	return out
}

// hasActor reports an actor of the report by canonical name.
func (r *Report) hasActor(name string) bool {
	for _, a := range r.Actors {
		if a.Name == name {
			return true
		}
	}
	return false
}

// triggerSpan is where the draft's trigger stands in its document.
func (d *draft) triggerSpan() timeline.Span {
	if d.trig < 0 || d.trig >= len(d.words) {
		return timeline.Span{}
	}
	return timeline.Span{Start: d.words[d.trig].start, End: d.words[d.trig].end}
}

// alsoSpans are where the words of happening the draft's date also anchors
// stand in its document.
func (d *draft) alsoSpans() []timeline.Span {
	var out []timeline.Span
	for _, k := range d.also {
		out = append(out, timeline.Span{Start: d.words[k].start, End: d.words[k].end})
	}
	return out
}
