// Package views holds Storyline's pages as templ components and the view
// models they take. Components never touch the database or the clock: the
// handlers in cmd/web build the models, and the constructors here turn
// domain values into what a page shows.
package views

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/export"
)

// BasemapAttribution credits the offline basemap the map widget draws.
const BasemapAttribution = "Basemap: Natural Earth (public domain) via world-atlas"

// Page is what every page's layout needs.
type Page struct {
	Title string
	// CSRF is the token forms carry in their hidden _csrf field.
	CSRF string
	// Credit is the GeoNames attribution shown in the footer.
	Credit string
	// Basemap is the basemap attribution shown in the footer.
	Basemap string
	// Nav marks the current navigation entry ("stories", "new").
	Nav string
	// User is the signed-in user's name, "" for anonymous visitors; Role is
	// their role.
	User string
	Role string
}

// CanEdit reports whether the signed-in user may edit events.
func (p Page) CanEdit() bool { return timeline.Can(timeline.Role(p.Role), timeline.ActionEditEvent) }

// CanNote reports whether the signed-in user may add notes.
func (p Page) CanNote() bool { return timeline.Can(timeline.Role(p.Role), timeline.ActionAddNote) }

// CanCreateStory reports whether the signed-in user may create stories.
func (p Page) CanCreateStory() bool {
	return timeline.Can(timeline.Role(p.Role), timeline.ActionCreateStory)
}

// CanEditStory reports whether the signed-in user may add and remove
// documents, change publication dates and rename stories.
func (p Page) CanEditStory() bool {
	return timeline.Can(timeline.Role(p.Role), timeline.ActionEditStory)
}

// IsAdmin reports whether the signed-in user manages users.
func (p Page) IsAdmin() bool { return timeline.Can(timeline.Role(p.Role), timeline.ActionManageUsers) }

// StoryRow is one story on the story list.
type StoryRow struct {
	ID        int64
	Title     string
	Documents int
	Events    int
	Created   string
	// Dates is the span of the story's dated events, "" when none.
	Dates string
}

// URL is the story page's address.
func (r StoryRow) URL() string { return storyURL(r.ID) }

// StoryForm is the new-story form with the user's input and its errors.
type StoryForm struct {
	Title  string
	Errors FieldErrors
}

// FieldErrors maps a form field name to the message shown next to it; the
// empty name holds a message for the whole form.
type FieldErrors map[string]string

// StoryList is the home page: all stories and the new-story form.
type StoryList struct {
	Page
	Stories []StoryRow
	Form    StoryForm
	// Notice says what the last action did ("The story … was deleted."),
	// "" when there is nothing to say.
	Notice string
}

// NewStory is the page with only the new-story form.
type NewStory struct {
	Page
	Form StoryForm
}

// DocumentForm is the add-a-document form with the user's input kept.
type DocumentForm struct {
	StoryID    int64
	StoryTitle string
	Title      string
	Outlet     string
	URL        string
	Published  string // YYYY-MM-DD as typed
	// Anchoring is how the article's dates are to be anchored: "" (chosen
	// from the text), "news" or "narrative".
	Anchoring string
	Text      string
	// Uploaded says Text holds the content of a file uploaded with the
	// form that was refused, which a browser cannot put back in the file
	// input.
	Uploaded bool
	Errors   FieldErrors
}

// Action is where the form posts.
func (f DocumentForm) Action() string { return storyURL(f.StoryID) + "/documents" }

// NewDocument is the add-a-document page.
type NewDocument struct {
	Page
	Form DocumentForm
	// Import is the bulk import form below it.
	Import ImportForm
}

// DocumentRow is one document in a story's document list.
type DocumentRow struct {
	ID              int64
	Title           string
	Outlet          string
	URL             string
	Published       string // "Wed 14 Sep 2022" or "" when unknown
	PublishedSource string
	Share           string // the share token of a visitor who came by a share link
}

// Link is the document page's address.
func (d DocumentRow) Link() string {
	return withShare("/documents/"+strconv.FormatInt(d.ID, 10), d.Share)
}

// EventRow is one event in the plain-HTML event list.
type EventRow struct {
	ID        int64
	Title     string
	Text      string
	Label     string // the date as shown, "" for undated events
	Value     string // the TIMEX3 value
	Precision string
	// Open is set when the date has no lower or no upper bound ("before
	// Sep 2020"): the badge says so rather than only its precision.
	Open    bool
	Places  []string
	Sources int
	// Disagreement says what the sources disagree on.
	Disagreement string
	// State is the review state, "" when unknown; Hidden whether the
	// event is hidden or merged into another.
	State  string
	Hidden bool
	// Share is the share token of a page opened through a share link; the
	// event's link carries it.
	Share string
}

// URL is the event page's address.
func (e EventRow) URL() string { return withShare(eventURL(e.ID), e.Share) }

// Anchor is the element id of the list item, also the URL hash the widgets react to.
func (e EventRow) Anchor() string { return "event-" + strconv.FormatInt(e.ID, 10) }

// ExportLink is one download on the story page.
type ExportLink struct {
	Label string
	URL   string
	Note  string
}

// StoryPage is a story: its documents, event list, timeline and map.
type StoryPage struct {
	Page
	ID        int64
	Title     string
	Documents []DocumentRow
	Events    []EventRow // dated events, in date order
	Undated   []EventRow
	Data      StoryData
	// Pager pages the event list of a big story.
	Pager   Pager
	Exports []ExportLink
	// Embed is the export section's embed snippet: the embed page's
	// address and what the snippet must say about it (see ExportPanel).
	Embed ExportPanel
	// Filter is the filter bar; Shares the story's share links (for
	// editors); ShareToken is set on a page opened through a share link,
	// which is read-only.
	Filter     FilterBar
	Shares     []ShareRow
	ShareToken string
	// NewShare is a share link just made.
	NewShare string
	// Public says whether anybody may read the story without signing in;
	// Show what readers outside the newsroom see of it (timeline.Show).
	Public bool
	Show   string
	// Outside is set on a page built for readers outside the newsroom
	// (a share link, a public story read without signing in).
	Outside bool
	// Notice says what the last action did ("The document was removed."),
	// "" when there is nothing to say.
	Notice string
	// KeyDates is the key-dates panel the page opens on.
	KeyDates KeyDatesPanel
}

// PublicURL is where the public/private form posts.
func (p StoryPage) PublicURL() string { return storyURL(p.ID) + "/public" }

// ManageURL is the address of the rename-or-delete page.
func (p StoryPage) ManageURL() string { return storyURL(p.ID) + "/manage" }

// CanManage reports whether the user may rename the story (and so open the
// page that also deletes it, for admins).
func (p StoryPage) CanManage() bool { return p.CanAddDocument() }

// ManageStoryPage is the page that renames a story and, for admins,
// deletes it.
type ManageStoryPage struct {
	Page
	ID    int64
	Title string // the stored title
	// Rename is the rename form: the title typed and its error.
	Rename StoryForm
	// Delete is the delete form: the title typed to confirm and its error.
	Delete StoryForm
}

// StoryURL is the story page's address.
func (p ManageStoryPage) StoryURL() string { return storyURL(p.ID) }

// RenameURL is where the rename form posts.
func (p ManageStoryPage) RenameURL() string { return storyURL(p.ID) + "/title" }

// DeleteURL is where the delete form posts.
func (p ManageStoryPage) DeleteURL() string { return storyURL(p.ID) + "/delete" }

// CanDelete reports whether the user may delete the story.
func (p ManageStoryPage) CanDelete() bool {
	return timeline.Can(timeline.Role(p.Role), timeline.ActionDeleteStory)
}

// ReviewURL is the address of the story's review queue.
func (p StoryPage) ReviewURL() string { return storyURL(p.ID) + "/review" }

// ShareURL is where the new-share-link form posts.
func (p StoryPage) ShareURL() string { return storyURL(p.ID) + "/share" }

// CanShare reports whether the user may make share links.
func (p StoryPage) CanShare() bool {
	return p.ShareToken == "" && timeline.Can(timeline.Role(p.Role), timeline.ActionShareStory)
}

// CanAddDocument reports whether the user may add documents.
func (p StoryPage) CanAddDocument() bool {
	return p.ShareToken == "" && timeline.Can(timeline.Role(p.Role), timeline.ActionEditStory)
}

// AddDocumentURL is the address of the add-a-document page.
func (p StoryPage) AddDocumentURL() string { return storyURL(p.ID) + "/documents/new" }

// Pager is the paging of a story's event list: dated events first, then
// undated ones, Size a page; the address of each page keeps the filters.
type Pager struct {
	Page, Pages, Size, Total int
	// First and Last are the positions (from 1) of the events this page
	// shows.
	First, Last int
	// Prev and Next are the addresses of the pages around this one, ""
	// at either end; UndatedURL is the first page that shows undated
	// events when this page shows none of them, and Undated their number.
	Prev, Next string
	UndatedURL string
	Undated    int
}

// Paged reports whether the list has more than one page.
func (p Pager) Paged() bool { return p.Pages > 1 }

// Status is "Events 101–200 of 5,000".
func (p Pager) Status() string {
	return "Events " + thousands(p.First) + "–" + thousands(p.Last) + " of " + thousands(p.Total)
}

// PageStatus is "page 2 of 50".
func (p Pager) PageStatus() string {
	return "page " + thousands(p.Page) + " of " + thousands(p.Pages)
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// StoryData is the JSON the timeline and map widgets read from #story-data:
// every dated event the filter keeps, in the list's order, however the list
// is paged. It travels in a compact form (see storydata.go).
type StoryData struct {
	Events          []WidgetEvent
	Tiles           string
	TileAttribution string
	Credit          string
	// Share is the share token of a page opened through a share link; the
	// widgets' event links carry it.
	Share string
	// PageSize is the number of events a page of the list shows, so the
	// list can say which page shows an event; 0 when it is not paged.
	PageSize int
}

// WidgetEvent is one dated event for the widgets.
type WidgetEvent struct {
	ID        int64         `json:"id"`
	Title     string        `json:"title"`
	Value     string        `json:"value"`
	Precision string        `json:"precision"`
	Start     string        `json:"start"`
	End       string        `json:"end"`
	Label     string        `json:"label"`
	Mod       string        `json:"mod"`
	URL       string        `json:"url"`
	Places    []WidgetPlace `json:"places"`
	// State is the review state; the timeline item gets class state-<state>.
	State string `json:"state,omitempty"`
}

// WidgetPlace is one place of an event for the map.
type WidgetPlace struct {
	Name      string  `json:"name"`
	Mention   string  `json:"mention"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision string  `json:"precision"`
	GeonameID int64   `json:"geonameid"`
}

// DocumentPage shows one document, its text and its publication date form.
type DocumentPage struct {
	Page
	// Share is the share token of a visitor who came by a share link: the
	// page's links keep it, so they stay readable without an account.
	Share      string
	Document   DocumentRow
	StoryID    int64
	StoryTitle string
	Text       string
	Form       PublishedForm
	Anchoring  AnchoringForm
	Events     []EventRow // events this document reports
}

// AnchoringForm shows and sets how a document's dates are anchored.
type AnchoringForm struct {
	DocumentID int64
	// Setting is what the user chose: "" (automatic), "news" or
	// "narrative"; Used is the mode the tagger used, and Why says why.
	Setting, Used, Why string
	Errors             FieldErrors
}

// Action is where the anchoring form posts.
func (f AnchoringForm) Action() string {
	return "/documents/" + strconv.FormatInt(f.DocumentID, 10) + "/anchoring"
}

// AnchoringChoices are the options of the anchoring form: value and label.
var AnchoringChoices = [][2]string{
	{"", "Automatic (chosen from the text)"},
	{"news", "News: relative to the publication date"},
	{"narrative", "Narrative: relative to the dates the text gives"},
}

// Paragraphs is the document text split at line ends, blank lines dropped.
func (p DocumentPage) Paragraphs() []string {
	var out []string
	for _, line := range strings.Split(p.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// StoryURL is the address of the document's story.
func (p DocumentPage) StoryURL() string { return sharedStoryURL(p.StoryID, p.Share, "") }

// sharedStoryURL is the address of a story, through its share link for a
// visitor who came by one, pointing at anchor when it is not empty.
func sharedStoryURL(id int64, share, anchor string) string {
	u := storyURL(id)
	if share != "" {
		u = "/share/" + url.PathEscape(share)
	}
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// withShare adds the share token of a visitor who came by a share link to a
// local address.
func withShare(u, share string) string {
	if share == "" {
		return u
	}
	return u + "?share=" + url.QueryEscape(share)
}

// PublishedForm changes a document's publication date.
type PublishedForm struct {
	DocumentID int64
	Published  string
	Errors     FieldErrors
}

// RemoveURL is the address of the page that confirms removing the
// document from its story.
func (p DocumentPage) RemoveURL() string {
	return "/documents/" + strconv.FormatInt(p.Document.ID, 10) + "/remove"
}

// RemoveDocumentPage asks to confirm removing a document from its story and
// lists the events that go with it.
type RemoveDocumentPage struct {
	Page
	Document   DocumentRow
	StoryID    int64
	StoryTitle string
	// Lost are the events only this document reports: they disappear.
	// Shared is how many events other documents report too: they stay.
	Lost   []EventRow
	Shared int
	Errors FieldErrors
}

// StoryURL is the story page's address.
func (p RemoveDocumentPage) StoryURL() string { return storyURL(p.StoryID) }

// Action is where the confirmation form posts.
func (p RemoveDocumentPage) Action() string {
	return "/documents/" + strconv.FormatInt(p.Document.ID, 10) + "/remove"
}

// Action is where the form posts.
func (f PublishedForm) Action() string {
	return "/documents/" + strconv.FormatInt(f.DocumentID, 10) + "/published"
}

// EventPage is the detail of one event.
type EventPage struct {
	Page
	// Share is the share token of a visitor who came by a share link.
	Share        string
	ID           int64
	StoryID      int64
	StoryTitle   string
	Title        string
	Label        string
	Value        string
	Type         string
	Mod          string
	Precision    string
	EDTF         string
	Bounds       string // "2022-09-14 .. 2022-09-14"
	Expression   string
	Explanation  string
	Rule         string
	Places       []PlaceRow
	Actors       []string
	Sources      []SourceView
	Disagreement string
	// Review is the review state, history, notes and the edit forms, for
	// the newsroom; Outside is set for readers outside it, who see none
	// of it.
	Review  Review
	Outside bool
}

// StoryURL is the address of the event's story, pointing at the event.
func (p EventPage) StoryURL() string {
	return sharedStoryURL(p.StoryID, p.Share, "event-"+strconv.FormatInt(p.ID, 10))
}

// PlaceRow is a place on the event page.
type PlaceRow struct {
	Name      string
	Mention   string
	Country   string
	Precision string
	Coords    string
	GeonameID int64
}

// GeoNamesURL is the place's GeoNames page.
func (p PlaceRow) GeoNamesURL() string {
	return "https://www.geonames.org/" + strconv.FormatInt(p.GeonameID, 10)
}

// SourceView is one sentence that reports an event, split so that the date
// expression can be highlighted.
type SourceView struct {
	Share         string // the share token of a visitor who came by a share link
	DocumentID    int64
	DocumentTitle string
	Outlet        string
	URL           string
	Published     string
	// Segments is the sentence in pieces, the date expression and the place
	// names marked.
	Segments    []Segment
	Label       string // the date as this source gives it
	Explanation string
	// Statement is the saying that reports the event with a date of its own
	// (timeline.Source.Statement), as its word and date: "said Mon 18 Mar
	// 2024"; "" for none.
	Statement string
}

// Meta says when the source was published and how it dates the event:
// "published Wed 14 Sep 2022; dates it Wed 14 Sep 2022".
func (s SourceView) Meta() string {
	var parts []string
	if s.Published != "" {
		parts = append(parts, "published "+s.Published)
	}
	if s.Label != "" {
		parts = append(parts, "dates it "+s.Label)
	}
	return strings.Join(parts, "; ")
}

// DocumentLink is the source document's page.
func (s SourceView) DocumentLink() string {
	return withShare("/documents/"+strconv.FormatInt(s.DocumentID, 10), s.Share)
}

// ErrorPage is shown for every failed request that wants HTML.
type ErrorPage struct {
	Page
	Status    int
	Message   string
	RequestID string
}

func storyURL(id int64) string { return "/stories/" + strconv.FormatInt(id, 10) }
func eventURL(id int64) string { return "/events/" + strconv.FormatInt(id, 10) }

// NewStoryData builds the widgets' JSON from a story's events; undated
// events are left out (they appear in the list only).
func NewStoryData(events []timeline.Event, tiles, tileAttribution, credit string) StoryData {
	d := StoryData{Events: []WidgetEvent{}, Tiles: tiles, TileAttribution: tileAttribution, Credit: credit}
	for _, e := range events {
		if !e.Dated() {
			continue
		}
		w := WidgetEvent{
			ID:        e.ID,
			Title:     e.Title,
			Value:     e.Date.Value,
			Precision: string(e.Date.Precision),
			Start:     e.Date.Start,
			End:       e.Date.End,
			Label:     DateLabel(e.Date),
			Mod:       e.Date.Mod,
			URL:       eventURL(e.ID),
			Places:    []WidgetPlace{},
		}
		for _, p := range e.Places {
			w.Places = append(w.Places, WidgetPlace{
				Name: p.Name, Mention: p.Mention, Lat: p.Lat, Lon: p.Lon,
				Precision: string(p.Precision), GeonameID: p.GeonameID,
			})
		}
		d.Events = append(d.Events, w)
	}
	return d
}

// NewEventRow builds a list entry for an event.
func NewEventRow(e timeline.Event) EventRow {
	r := EventRow{
		ID:           e.ID,
		Title:        eventTitle(e),
		Text:         e.Text,
		Value:        e.Date.Value,
		Precision:    string(e.Date.Precision),
		Sources:      len(e.Sources),
		Disagreement: e.Disagreement,
	}
	if e.Dated() {
		r.Label = DateLabel(e.Date)
		r.Open = e.Date.Start == "" || e.Date.End == ""
	}
	for _, p := range e.Places {
		r.Places = append(r.Places, p.Name)
	}
	return r
}

func eventTitle(e timeline.Event) string {
	if strings.TrimSpace(e.Title) != "" {
		return e.Title
	}
	if e.Text != "" {
		return e.Text
	}
	return "Event " + strconv.FormatInt(e.ID, 10)
}

// NewDocumentRow builds a document list entry.
func NewDocumentRow(d timeline.Document) DocumentRow {
	r := DocumentRow{ID: d.ID, Title: d.Title, Outlet: d.Outlet, URL: d.URL, PublishedSource: d.PublishedSource}
	if r.Title == "" {
		r.Title = "Document " + strconv.FormatInt(d.ID, 10)
	}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format("Mon 2 Jan 2006")
	}
	return r
}

// NewEventPage builds the event detail from the event and the documents of
// its story (looked up by ID for the sources).
func NewEventPage(p Page, s timeline.Story, e timeline.Event) EventPage {
	v := EventPage{
		Page:         p,
		ID:           e.ID,
		StoryID:      s.ID,
		StoryTitle:   s.Title,
		Title:        eventTitle(e),
		Value:        e.Date.Value,
		Type:         e.Date.Type,
		Mod:          e.Date.Mod,
		Precision:    string(e.Date.Precision),
		EDTF:         e.Date.EDTF,
		Expression:   e.Date.Expression,
		Explanation:  e.Date.Explanation,
		Rule:         e.Date.Rule,
		Disagreement: e.Disagreement,
	}
	if e.Dated() {
		v.Label = DateLabel(e.Date)
		v.Bounds = orOpen(e.Date.Start) + " .. " + orOpen(e.Date.End)
	}
	for _, pl := range e.Places {
		v.Places = append(v.Places, PlaceRow{
			Name: pl.Name, Mention: pl.Mention, Country: pl.Country, Precision: string(pl.Precision),
			Coords: fmt.Sprintf("%.4f, %.4f", pl.Lat, pl.Lon), GeonameID: pl.GeonameID,
		})
	}
	for _, a := range e.Actors {
		v.Actors = append(v.Actors, a.Name)
	}
	docs := make(map[int64]timeline.Document, len(s.Documents))
	for _, d := range s.Documents {
		docs[d.ID] = d
	}
	for i, src := range e.Sources {
		date := src.Date
		if date.IsZero() && i == 0 {
			date = e.Date
		}
		sv := SourceView{DocumentID: src.DocumentID, Explanation: date.Explanation}
		if !date.IsZero() {
			sv.Label = DateLabel(date)
		}
		if d, ok := docs[src.DocumentID]; ok {
			row := NewDocumentRow(d)
			sv.DocumentTitle, sv.Outlet, sv.URL, sv.Published = row.Title, row.Outlet, row.URL, row.Published
		}
		sv.Statement = statementLabel(src)
		marks := []Mark{{Span: date.Span, Text: date.Expression, Kind: MarkTimex}}
		if src.Trigger.Len() > 0 {
			// placed by its span only: the first "said" of a sentence
			// need not be the one the event stands on
			marks = append(marks, Mark{Span: src.Trigger, Kind: MarkTrigger})
		}
		if i == 0 {
			for _, pl := range e.Places {
				marks = append(marks, Mark{Span: pl.Span, Text: pl.Mention, Kind: MarkPlace})
			}
		}
		sv.Segments = Highlight(src.Quote, src.Span, marks)
		v.Sources = append(v.Sources, sv)
	}
	return v
}

// statementLabel is a source's statement as its word and its date ("said
// Mon 18 Mar 2024"), "" when the source has none or its word lies outside
// the source's sentence.
func statementLabel(src timeline.Source) string {
	st := src.Statement
	if st == nil || st.Date.IsZero() {
		return ""
	}
	a, b := st.Trigger.Start-src.Span.Start, st.Trigger.End-src.Span.Start
	if a < 0 || b <= a || b > len(src.Quote) {
		return ""
	}
	return src.Quote[a:b] + " " + DateLabel(st.Date)
}

func orOpen(s string) string {
	if s == "" {
		return "open"
	}
	return s
}

// Kinds of marked text in a source sentence.
const (
	MarkTimex   = "timex"   // a date expression
	MarkPlace   = "place"   // a place name
	MarkTrigger = "trigger" // the word of happening the event stands on
)

// Mark is a piece of a document to mark in a source sentence: its span in
// the document and its text.
type Mark struct {
	Span timeline.Span
	Text string
	Kind string
}

// Segment is a piece of a source sentence; Kind is "" for plain text.
type Segment struct {
	Text string
	Kind string
}

// Highlight splits a source sentence, which covers span sentence of its
// document, into segments with the marks marked. A mark is placed by its
// span; when the span is not inside the sentence or does not hold the mark's
// text (a date that came from another sentence), the first occurrence of
// the text is marked instead. Marks that overlap one placed earlier, or that
// would cut a UTF-8 sequence, are left out.
func Highlight(quote string, sentence timeline.Span, marks []Mark) []Segment {
	type placed struct {
		start, end int
		kind       string
	}
	var ps []placed
	taken := func(s, e int) bool {
		for _, p := range ps {
			if s < p.end && p.start < e {
				return true
			}
		}
		return false
	}
	for _, m := range marks {
		s, e := -1, -1
		if m.Span.Len() > 0 && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End {
			ss, ee := m.Span.Start-sentence.Start, m.Span.End-sentence.Start
			if ee <= len(quote) && (m.Text == "" || quote[ss:ee] == m.Text) {
				s, e = ss, ee
			}
		}
		if s < 0 && m.Text != "" {
			if i := strings.Index(quote, m.Text); i >= 0 {
				s, e = i, i+len(m.Text)
			}
		}
		if s < 0 || s == e || !boundary(quote, s) || !boundary(quote, e) || taken(s, e) {
			continue
		}
		ps = append(ps, placed{s, e, m.Kind})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].start < ps[j].start })
	var out []Segment
	at := 0
	for _, p := range ps {
		if p.start > at {
			out = append(out, Segment{Text: quote[at:p.start]})
		}
		out = append(out, Segment{Text: quote[p.start:p.end], Kind: p.kind})
		at = p.end
	}
	if at < len(quote) {
		out = append(out, Segment{Text: quote[at:]})
	}
	return out
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// DateLabel is a date as people read it, at the precision it has, as the
// exports label it ("Apr 2022", "Q3 2022", "before Sep 2020"), with the
// weekday in front of a single day ("Wed 14 Sep 2022").
func DateLabel(d timeline.Date) string {
	s := export.Label(d)
	if d.Precision == timeline.PrecisionDay && d.Mod == "" && d.Start != "" && d.Start == d.End {
		if t, err := time.Parse(time.DateOnly, d.Start); err == nil {
			return t.Format("Mon") + " " + s
		}
	}
	return s
}
