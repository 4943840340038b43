package db

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// independentEvents are events of the Independent seed, as doc gives them.
func independentEvents(t testing.TB, doc timeline.Document) []timeline.Event {
	t.Helper()
	trip := "Chinese President Xi Jinping on Wednesday started his first trip abroad since the outbreak of the pandemic with a stop in Kazakhstan"
	date := day("2022-09-14", "on Wednesday", spanOf(t, doc.Text, "on Wednesday"), "past")
	return []timeline.Event{{
		Title: "Xi starts his first trip abroad since the pandemic", Trigger: "started", Text: trip,
		Date:    date,
		Places:  []timeline.Place{astana},
		Actors:  []timeline.Actor{xi, {Name: "Vladimir Putin", Kind: "person"}},
		Sources: []timeline.Source{{DocumentID: doc.ID, Span: spanOf(t, doc.Text, trip), Quote: trip, Date: date}},
	}}
}

// seedEvents is a rebuild giving alJazeeraEvents for the first document
// and independentEvents for the second.
func seedEvents(t testing.TB) extraction {
	return func(docs []timeline.Document) ([]timeline.Event, error) {
		var evs []timeline.Event
		for i, d := range docs {
			switch i {
			case 0:
				evs = append(evs, alJazeeraEvents(t, d)...)
			case 1:
				evs = append(evs, independentEvents(t, d)...)
			}
		}
		return evs, nil
	}
}

// seedStory makes a story of the Al Jazeera seed (and the Independent one
// when both) with seedEvents.
func seedStory(t testing.TB, db *DB, both bool) (timeline.Story, []timeline.Document) {
	t.Helper()
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	names := []string{seedAlJazeera}
	if both {
		names = append(names, seedIndependent)
	}
	var docs []timeline.Document
	for _, name := range names {
		doc := timeline.Document{StoryID: story.ID, Text: seed(t, name), Published: published}
		if err := addDocument(ctx, db, &doc, seedEvents(t)); err != nil {
			t.Fatalf("AddDocument(%s): %v", name, err)
		}
		docs = append(docs, doc)
	}
	return story, docs
}

// allEvents reads every event of a story, hidden ones included.
func allEvents(t testing.TB, db *DB, storyID int64) []timeline.ReviewedEvent {
	t.Helper()
	evs, err := db.Events(context.Background(), storyID, timeline.StoryFilter{IncludeHidden: true})
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	return evs
}

// eventWith returns the event whose text contains s.
func eventWith(t testing.TB, evs []timeline.ReviewedEvent, s string) timeline.ReviewedEvent {
	t.Helper()
	for _, e := range evs {
		if strings.Contains(e.Text, s) {
			return e
		}
	}
	t.Fatalf("no event with %q", s)
	return timeline.ReviewedEvent{}
}

func ptr[T any](v T) *T { return &v }

func TestEditAndRevert(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	before := allEvents(t, db, story.ID)
	met := eventWith(t, before, "Xi was met")

	// The places table caches one row per gazetteer entry, so the place is
	// the one the other events use (the test's, not the real gazetteer's).
	samarkandPlace := samarkand
	sept13, err := timeline.ParseCorrectedDate("13 Sept 2022", published)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		edit     timeline.Edit
		field    string
		old, new string
		// apply changes the expected event the way the edit should.
		apply func(e *timeline.ReviewedEvent)
	}{
		{"headline", timeline.Edit{Title: ptr("Xi lands in Astana"), Reason: "clearer"}, timeline.FieldTitle,
			"Xi arrives in Kazakhstan", "Xi lands in Astana",
			func(e *timeline.ReviewedEvent) { e.Title = "Xi lands in Astana"; e.Corrected = []string{"title"} }},
		{"date", timeline.Edit{Date: ptr("13 Sept 2022")}, timeline.FieldDate,
			"2022-09-14 (2022-09-14 to 2022-09-14)", "2022-09-13 (2022-09-13 to 2022-09-13)",
			func(e *timeline.ReviewedEvent) { e.Date = sept13; e.Corrected = []string{"date"} }},
		{"place", timeline.Edit{Place: &samarkandPlace}, timeline.FieldPlace,
			"Astana (1526273)", "Samarkand (1216265)",
			func(e *timeline.ReviewedEvent) {
				e.Places = []timeline.Place{samarkandPlace}
				e.Corrected = []string{"place"}
			}},
		{"actors", timeline.Edit{Actors: &[]timeline.Actor{{Name: "Xi Jinping", Kind: "person"}}}, timeline.FieldActors,
			"Xi Jinping, Kassym-Jomart Tokayev", "Xi Jinping",
			func(e *timeline.ReviewedEvent) { e.Actors = []timeline.Actor{xi}; e.Corrected = []string{"actors"} }},
		{"state", timeline.Edit{State: ptr(timeline.StateChecked)}, timeline.FieldState, "new", "checked",
			func(e *timeline.ReviewedEvent) { e.State = timeline.StateChecked }},
		{"hide", timeline.Edit{Hidden: ptr(true)}, timeline.FieldHidden, "false", "true",
			func(e *timeline.ReviewedEvent) { e.Hidden = true }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.EditEvent(ctx, met.ID, tc.edit, "anna")
			if err != nil {
				t.Fatalf("EditEvent(%s): %v", tc.name, err)
			}
			want := make([]timeline.ReviewedEvent, len(before))
			copy(want, before)
			var edited timeline.ReviewedEvent
			for i := range want {
				if want[i].ID == met.ID {
					tc.apply(&want[i])
					edited = want[i]
				}
			}
			if diff := cmp.Diff(edited, got, cmpStory); diff != "" {
				t.Errorf("EditEvent returned (-want +got):\n%s", diff)
			}
			// Only the edited field of the edited event changed (a changed
			// date may reorder the list, so compare by id).
			if diff := cmp.Diff(byID(want), byID(allEvents(t, db, story.ID)), cmpStory); diff != "" {
				t.Errorf("after EditEvent (-want +got):\n%s", diff)
			}
			hist, err := db.History(ctx, met.ID)
			if err != nil {
				t.Fatal(err)
			}
			last := hist[len(hist)-1]
			if last.Field != tc.field || last.Old != tc.old || last.New != tc.new || last.Author != "anna" ||
				last.Reason != tc.edit.Reason || last.EventID != met.ID || last.Key != met.Key {
				t.Errorf("History last = %+v, want field %q from %q to %q by anna", last, tc.field, tc.old, tc.new)
			}

			rev, err := db.Revert(ctx, last.ID, "bo")
			if err != nil {
				t.Fatalf("Revert(%d): %v", last.ID, err)
			}
			if rev.Reverts != last.ID || rev.Field != tc.field || rev.Old != tc.new || rev.New != tc.old || rev.Author != "bo" {
				t.Errorf("Revert = %+v, want a change of %q from %q back to %q by bo reverting %d", rev, tc.field, tc.new, tc.old, last.ID)
			}
			if diff := cmp.Diff(before, allEvents(t, db, story.ID), cmpStory); diff != "" {
				t.Errorf("after Revert (-want +got):\n%s", diff)
			}
			if _, err := db.Revert(ctx, last.ID, "bo"); timeline.ErrorCodeOf(err) != timeline.EConflict {
				t.Errorf("Revert(%d) again = %v, want a conflict", last.ID, err)
			}
		})
	}

	// Setting a field to the value it has records nothing.
	n := len(mustHistory(t, db, met.ID))
	if _, err := db.EditEvent(ctx, met.ID, timeline.Edit{Title: ptr(met.Title)}, "anna"); err != nil {
		t.Fatal(err)
	}
	if got := len(mustHistory(t, db, met.ID)); got != n {
		t.Errorf("a no-op edit added %d history entries", got-n)
	}

	invalid := []struct {
		name string
		edit timeline.Edit
		by   string
		code timeline.ErrorCode
	}{
		{"not a date", timeline.Edit{Date: ptr("banana")}, "anna", timeline.EInvalid},
		{"empty headline", timeline.Edit{Title: ptr(" ")}, "anna", timeline.EInvalid},
		{"unknown state", timeline.Edit{State: ptr(timeline.ReviewState("done"))}, "anna", timeline.EInvalid},
		{"nobody", timeline.Edit{Title: ptr("x")}, "", timeline.EInvalid},
	}
	for _, tc := range invalid {
		t.Run("invalid "+tc.name, func(t *testing.T) {
			if _, err := db.EditEvent(ctx, met.ID, tc.edit, tc.by); timeline.ErrorCodeOf(err) != tc.code {
				t.Errorf("EditEvent(%s) = %v, want code %q", tc.name, err, tc.code)
			}
		})
	}
	if diff := cmp.Diff(before, allEvents(t, db, story.ID), cmpStory); diff != "" {
		t.Errorf("failed edits changed events (-want +got):\n%s", diff)
	}
	if _, err := db.EditEvent(ctx, 9999, timeline.Edit{Title: ptr("x")}, "anna"); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("EditEvent(no such event) = %v, want not found", err)
	}
	if _, err := db.Revert(ctx, 9999, "anna"); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("Revert(no such change) = %v, want not found", err)
	}
}

func TestRevertOlderChange(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	met := eventWith(t, allEvents(t, db, story.ID), "Xi was met")
	title := func() string {
		t.Helper()
		e, err := db.ReviewedEvent(ctx, met.ID)
		if err != nil {
			t.Fatal(err)
		}
		return e.Title
	}
	for _, s := range []string{"First", "Second"} {
		if _, err := db.EditEvent(ctx, met.ID, timeline.Edit{Title: ptr(s)}, "anna"); err != nil {
			t.Fatal(err)
		}
	}
	hist := mustHistory(t, db, met.ID)
	// Reverting the first change restores the extraction; reverting the
	// second restores the first correction.
	steps := []struct {
		change int64
		want   string
	}{
		{hist[0].ID, met.Title},
		{hist[1].ID, "First"},
	}
	for _, step := range steps {
		if _, err := db.Revert(ctx, step.change, "bo"); err != nil {
			t.Fatalf("Revert(%d): %v", step.change, err)
		}
		if got := title(); got != step.want {
			t.Errorf("after Revert(%d) title = %q, want %q", step.change, got, step.want)
		}
	}
	// The revert of a revert is a change too.
	hist = mustHistory(t, db, met.ID)
	last := hist[len(hist)-1]
	if _, err := db.Revert(ctx, last.ID, "anna"); err != nil {
		t.Fatalf("Revert(revert %d): %v", last.ID, err)
	}
	if got := title(); got != met.Title {
		t.Errorf("after reverting the revert, title = %q, want %q", got, met.Title)
	}
}

func mustHistory(t testing.TB, db *DB, id int64) []timeline.Change {
	t.Helper()
	h, err := db.History(context.Background(), id)
	if err != nil {
		t.Fatalf("History(%d): %v", id, err)
	}
	return h
}

// byID indexes events by id.
func byID(evs []timeline.ReviewedEvent) map[int64]timeline.ReviewedEvent {
	m := make(map[int64]timeline.ReviewedEvent, len(evs))
	for _, e := range evs {
		m[e.ID] = e
	}
	return m
}

func TestCorrectionsSurviveReextraction(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	doc := timeline.Document{StoryID: story.ID, Text: seed(t, seedAlJazeera), Published: published}
	// lineEvents dates every event on its document's publication day.
	if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
		t.Fatal(err)
	}
	evs := allEvents(t, db, story.ID)
	if len(evs) < 3 {
		t.Fatalf("%d events, want at least 3", len(evs))
	}
	corrected, titled, plain := evs[0], evs[1], evs[2]
	if _, err := db.EditEvent(ctx, corrected.ID, timeline.Edit{Date: ptr("10 Sept 2022"), State: ptr(timeline.StateChecked)}, "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.EditEvent(ctx, titled.ID, timeline.Edit{Title: ptr("A corrected headline")}, "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, plain.ID, 0, "anna", "check with the desk"); err != nil {
		t.Fatal(err)
	}

	check := func(step, wantExtracted string) {
		t.Helper()
		got := byID(allEvents(t, db, story.ID))
		if e := got[corrected.ID]; e.Date.Value != "2022-09-10" || e.State != timeline.StateChecked || !e.IsCorrected(timeline.FieldDate) {
			t.Errorf("%s: corrected event date %q state %q corrected %v, want 2022-09-10, checked, date", step, e.Date.Value, e.State, e.Corrected)
		}
		if e := got[titled.ID]; e.Title != "A corrected headline" || e.Date.Value != wantExtracted {
			t.Errorf("%s: retitled event %q on %q, want the corrected headline on %q", step, e.Title, e.Date.Value, wantExtracted)
		}
		if e := got[plain.ID]; e.Title != plain.Title || e.Date.Value != wantExtracted || e.Notes != 1 || e.State != timeline.StateNew {
			t.Errorf("%s: uncorrected event %q on %q with %d notes, state %q, want %q on %q with 1 note, new", step, e.Title, e.Date.Value, e.Notes, e.State, plain.Title, wantExtracted)
		}
		// The events on the timeline keep the corrections too.
		s, err := db.Story(ctx, story.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range s.Events {
			if e.ID == corrected.ID && e.Date.Value != "2022-09-10" {
				t.Errorf("%s: Story shows the corrected event on %q", step, e.Date.Value)
			}
		}
	}
	check("after the corrections", "2022-09-14")

	if err := setPublished(ctx, db, doc.ID, time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, lineEvents); err != nil {
		t.Fatal(err)
	}
	check("new publication date", "2022-09-21")

	other := timeline.Document{StoryID: story.ID, Text: seed(t, seedIndependent), Published: published}
	if err := addDocument(ctx, db, &other, lineEvents); err != nil {
		t.Fatal(err)
	}
	check("another document", "2022-09-21")

	// The event disappears from the extraction and comes back: its
	// corrections come back with it.
	dropFirst := func(docs []timeline.Document) ([]timeline.Event, error) {
		evs, err := lineEvents(docs)
		return evs[1:], err
	}
	if err := setPublished(ctx, db, doc.ID, time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, dropFirst); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReviewedEvent(ctx, corrected.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("dropped event: %v, want not found", err)
	}
	if err := setPublished(ctx, db, doc.ID, time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, lineEvents); err != nil {
		t.Fatal(err)
	}
	back := allEvents(t, db, story.ID)[0]
	if back.Key != corrected.Key || back.Date.Value != "2022-09-10" || back.State != timeline.StateChecked {
		t.Errorf("event back: key %q date %q state %q, want %q, 2022-09-10, checked", back.Key, back.Date.Value, back.State, corrected.Key)
	}

	// Reverting the date brings back what the extraction gives now, not what
	// it gave when the correction was made.
	var dateChange int64
	for _, c := range mustHistory(t, db, back.ID) {
		if c.Field == timeline.FieldDate {
			dateChange = c.ID
		}
	}
	if _, err := db.Revert(ctx, dateChange, "anna"); err != nil {
		t.Fatal(err)
	}
	if e, err := db.ReviewedEvent(ctx, back.ID); err != nil || e.Date.Value != "2022-09-21" || e.IsCorrected(timeline.FieldDate) {
		t.Errorf("after reverting the date: %q (corrected %v), %v, want 2022-09-21 from the extraction", e.Date.Value, e.Corrected, err)
	}
}

func TestCorrectionsSurviveRealExtraction(t *testing.T) {
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	extract := extract.NewExtractor(temporal.NewTagger(), gaz).Extract
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	doc := timeline.Document{StoryID: story.ID, Text: seed(t, seedAlJazeera), Published: published}
	if err := addDocument(ctx, db, &doc, extract); err != nil {
		t.Fatal(err)
	}
	evs := allEvents(t, db, story.ID)
	met, fly := eventWith(t, evs, "Xi was met on Wednesday"), eventWith(t, evs, "Xi is due to fly")
	if met.Date.Value != "2022-09-14" || fly.Date.Value != "2022-09-15" {
		t.Fatalf("extracted met on %q, fly on %q, want 2022-09-14 and 2022-09-15", met.Date.Value, fly.Date.Value)
	}
	// A journalist learns Xi landed late on Tuesday.
	if _, err := db.EditEvent(ctx, met.ID, timeline.Edit{Date: ptr("13 Sept 2022"), Reason: "landed Tuesday night"}, "anna"); err != nil {
		t.Fatal(err)
	}
	// The publication date was wrong: the article is of Wednesday 2022-09-21.
	if err := setPublished(ctx, db, doc.ID, time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, extract); err != nil {
		t.Fatal(err)
	}
	evs = allEvents(t, db, story.ID)
	met, fly = eventWith(t, evs, "Xi was met on Wednesday"), eventWith(t, evs, "Xi is due to fly")
	if met.Date.Value != "2022-09-13" || fly.Date.Value != "2022-09-22" {
		t.Errorf("after the new publication date: met on %q, fly on %q, want 2022-09-13 (corrected) and 2022-09-22 (moved)", met.Date.Value, fly.Date.Value)
	}
}

func TestMergeSplit(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, docs := seedStory(t, db, true)
	before := allEvents(t, db, story.ID)
	met, trip := eventWith(t, before, "Xi was met"), eventWith(t, before, "started his first trip")

	merge, err := db.MergeEvents(ctx, met.ID, trip.ID, "anna", "same arrival")
	if err != nil {
		t.Fatalf("MergeEvents: %v", err)
	}
	checkMerged := func(step string) {
		t.Helper()
		got := byID(allEvents(t, db, story.ID))
		into, from := got[met.ID], got[trip.ID]
		wantSources := append(append([]timeline.Source(nil), met.Sources...), trip.Sources...)
		if diff := cmp.Diff(wantSources, into.Sources, cmpStory); diff != "" {
			t.Errorf("%s: sources of the merged event (-want +got):\n%s", step, diff)
		}
		if diff := cmp.Diff([]int64{trip.ID}, into.Merged); diff != "" {
			t.Errorf("%s: Merged (-want +got):\n%s", step, diff)
		}
		if from.MergedInto != met.ID || from.Visible() {
			t.Errorf("%s: the other event is merged into %d (visible %v), want %d, hidden", step, from.MergedInto, from.Visible(), met.ID)
		}
		visible, err := db.Events(ctx, story.ID, timeline.StoryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := byID(visible)[trip.ID]; ok || len(visible) != len(before)-1 {
			t.Errorf("%s: %d visible events including the merged one %v, want %d without it", step, len(visible), ok, len(before)-1)
		}
		// The merged event is found through either document.
		fromDoc2, err := db.Events(ctx, story.ID, timeline.StoryFilter{Document: docs[1].ID})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := byID(fromDoc2)[met.ID]; !ok {
			t.Errorf("%s: the merged event does not cite document %d", step, docs[1].ID)
		}
	}
	checkMerged("merged")
	if err := setPublished(ctx, db, docs[0].ID, published, timeline.PublishedUser, seedEvents(t)); err != nil {
		t.Fatal(err)
	}
	checkMerged("after re-extraction")

	conflicts := []struct {
		name       string
		into, from int64
		code       timeline.ErrorCode
	}{
		{"itself", met.ID, met.ID, timeline.EInvalid},
		{"already merged", eventWith(t, before, "due to fly").ID, trip.ID, timeline.EConflict},
		{"into a merged event", trip.ID, eventWith(t, before, "due to fly").ID, timeline.EConflict},
		{"no such event", met.ID, 9999, timeline.ENotFound},
	}
	for _, tc := range conflicts {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := db.MergeEvents(ctx, tc.into, tc.from, "anna", ""); timeline.ErrorCodeOf(err) != tc.code {
				t.Errorf("MergeEvents(%d, %d) = %v, want code %q", tc.into, tc.from, err, tc.code)
			}
		})
	}

	split, err := db.SplitEvent(ctx, met.ID, trip.ID, "anna", "")
	if err != nil {
		t.Fatalf("SplitEvent: %v", err)
	}
	if diff := cmp.Diff(before, allEvents(t, db, story.ID), cmpStory); diff != "" {
		t.Errorf("after SplitEvent (-want +got):\n%s", diff)
	}
	if _, err := db.SplitEvent(ctx, met.ID, trip.ID, "anna", ""); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("SplitEvent again = %v, want a conflict", err)
	}
	// Reverting the split merges again; reverting the merge splits.
	if _, err := db.Revert(ctx, split.ID, "bo"); err != nil {
		t.Fatalf("Revert(split): %v", err)
	}
	checkMerged("split reverted")
	if _, err := db.Revert(ctx, merge.ID, "bo"); err != nil {
		t.Fatalf("Revert(merge): %v", err)
	}
	if diff := cmp.Diff(before, allEvents(t, db, story.ID), cmpStory); diff != "" {
		t.Errorf("after reverting the merge (-want +got):\n%s", diff)
	}
	var fields []string
	for _, c := range mustHistory(t, db, met.ID) {
		fields = append(fields, c.Field)
	}
	if diff := cmp.Diff([]string{"merge", "split", "merge", "split"}, fields); diff != "" {
		t.Errorf("history fields (-want +got):\n%s", diff)
	}
}

func TestNotes(t *testing.T) {
	db := openTest(t)
	clk := withClock(db)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	evs := allEvents(t, db, story.ID)
	met, fly := eventWith(t, evs, "Xi was met"), eventWith(t, evs, "due to fly")
	first, err := db.AddNote(ctx, met.ID, 0, "anna", "Which airport?")
	if err != nil {
		t.Fatal(err)
	}
	clk.add(time.Minute)
	reply, err := db.AddNote(ctx, met.ID, first.ID, "bo", "  Nursultan Nazarbayev International.  ")
	if err != nil {
		t.Fatal(err)
	}
	want := []timeline.Note{
		{ID: first.ID, EventID: met.ID, Author: "anna", Body: "Which airport?", Created: time.Date(2022, 9, 14, 12, 0, 0, 0, time.UTC)},
		{ID: reply.ID, EventID: met.ID, Parent: first.ID, Author: "bo", Body: "Nursultan Nazarbayev International.", Created: time.Date(2022, 9, 14, 12, 1, 0, 0, time.UTC)},
	}
	got, err := db.Notes(ctx, met.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Notes (-want +got):\n%s", diff)
	}
	invalid := []struct {
		name   string
		event  int64
		parent int64
		body   string
		code   timeline.ErrorCode
	}{
		{"empty", met.ID, 0, "  ", timeline.EInvalid},
		{"parent of another event", fly.ID, first.ID, "reply", timeline.EInvalid},
		{"too long", met.ID, 0, strings.Repeat("x", timeline.MaxNote+1), timeline.EInvalid},
		{"no such event", 9999, 0, "hello", timeline.ENotFound},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := db.AddNote(ctx, tc.event, tc.parent, "anna", tc.body); timeline.ErrorCodeOf(err) != tc.code {
				t.Errorf("AddNote(%s) = %v, want code %q", tc.name, err, tc.code)
			}
		})
	}
	// Notes are in the history; a note with replies cannot be reverted, a reply can.
	hist := mustHistory(t, db, met.ID)
	if len(hist) != 2 || hist[0].Field != timeline.FieldNote || hist[0].New != "Which airport?" || hist[1].Author != "bo" {
		t.Fatalf("History = %+v, want the two notes", hist)
	}
	if _, err := db.Revert(ctx, hist[0].ID, "anna"); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("Revert(note with replies) = %v, want a conflict", err)
	}
	if _, err := db.Revert(ctx, hist[1].ID, "anna"); err != nil {
		t.Errorf("Revert(reply): %v", err)
	}
	if got, _ := db.Notes(ctx, met.ID); len(got) != 1 || got[0].ID != first.ID {
		t.Errorf("Notes after reverting the reply = %+v, want the first note only", got)
	}
}

// TestStoryHistory checks that the history of a whole story, read at once,
// is each event's History.
func TestStoryHistory(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	evs := allEvents(t, db, story.ID)
	if len(evs) < 2 {
		t.Fatalf("seed story has %d events, want at least 2", len(evs))
	}
	for i, title := range []string{"First", "Second", "Third"} {
		if _, err := db.EditEvent(ctx, evs[i%2].ID, timeline.Edit{Title: ptr(title)}, "anna"); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.StoryHistory(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		want := mustHistory(t, db, e.ID)
		if diff := cmp.Diff(want, got[e.Key]); diff != "" {
			t.Errorf("StoryHistory(%d)[%q] differs from History(%d) (-want +got):\n%s", story.ID, e.Key, e.ID, diff)
		}
	}
	if n := len(got[evs[0].Key]) + len(got[evs[1].Key]); n != 3 {
		t.Errorf("StoryHistory(%d) has %d changes for the two edited events, want 3", story.ID, n)
	}
}

// TestStoryNotes checks that the notes of a whole story, read at once, are
// each event's Notes, replies included.
func TestStoryNotes(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	evs := allEvents(t, db, story.ID)
	if len(evs) < 2 {
		t.Fatalf("seed story has %d events, want at least 2", len(evs))
	}
	first, err := db.AddNote(ctx, evs[0].ID, 0, "anna", "Check the date with the embassy.")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, evs[0].ID, first.ID, "ben", "Embassy confirms."); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, evs[1].ID, 0, "ben", "Second source?"); err != nil {
		t.Fatal(err)
	}
	got, err := db.StoryNotes(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range evs {
		want, err := db.Notes(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got[e.Key]); diff != "" {
			t.Errorf("StoryNotes(%d)[%q] differs from Notes(%d) (-want +got):\n%s", story.ID, e.Key, e.ID, diff)
		}
		n += len(got[e.Key])
	}
	if n != 3 {
		t.Errorf("StoryNotes(%d) has %d notes, want 3", story.ID, n)
	}
}
