package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"storyline/timeline"
	"storyline/timeline/export"
)

// demoStory returns the app's demo story, which must exist.
func demoStory(t testing.TB, app *App) timeline.Story {
	t.Helper()
	sums, err := app.store.ListStories(context.Background())
	if err != nil || len(sums) == 0 {
		t.Fatalf("ListStories = %v, %v, want the demo story", sums, err)
	}
	s, err := app.store.Story(context.Background(), sums[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// exportEventOn returns the first event of s dated to the day.
func exportEventOn(t testing.TB, s timeline.Story, day string) timeline.Event {
	t.Helper()
	for _, e := range s.Events {
		if e.Date.Precision == timeline.PrecisionDay && e.Date.Start == day && e.Date.End == day {
			return e
		}
	}
	t.Fatalf("story %d has no event on %s", s.ID, day)
	return timeline.Event{}
}

func setState(t testing.TB, app *App, id int64, st timeline.ReviewState) {
	t.Helper()
	if _, err := app.store.EditEvent(context.Background(), id, timeline.Edit{State: &st}, "tester"); err != nil {
		t.Fatalf("EditEvent(%d, state %s): %v", id, st, err)
	}
}

func exportURL(id int64, suffix string) string {
	return "/stories/" + strconv.FormatInt(id, 10) + "/export" + suffix
}

// timelineHeadlines returns the headlines of the slides of a TimelineJS
// export.
func timelineHeadlines(t testing.TB, body []byte) []string {
	t.Helper()
	var tl struct {
		Events []struct {
			StartDate struct {
				Year, Month, Day int
			} `json:"start_date"`
			Text struct {
				Headline string `json:"headline"`
			} `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal(body, &tl); err != nil {
		t.Fatalf("TimelineJS export: %v\n%s", err, body)
	}
	var out []string
	for _, e := range tl.Events {
		out = append(out, e.Text.Headline)
	}
	return out
}

func TestExportReviewState(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	met, fly, congress := exportEventOn(t, s, "2022-09-14"), exportEventOn(t, s, "2022-09-15"), s.Events[0]
	for _, e := range s.Events {
		if e.Date.Value == "2022-10" {
			congress = e
		}
	}
	if congress.Date.Value != "2022-10" {
		t.Fatalf("demo story has no event in 2022-10 (the October congress)")
	}
	setState(t, app, met.ID, timeline.StateChecked)
	setState(t, app, met.ID, timeline.StatePublished)
	setState(t, app, fly.ID, timeline.StateRejected)
	hidden := true
	if _, err := app.store.EditEvent(context.Background(), congress.ID, timeline.Edit{Hidden: &hidden}, "tester"); err != nil {
		t.Fatal(err)
	}
	c := newClientAs(t, app, timeline.RoleEditor)

	t.Run("ics", func(t *testing.T) {
		rec := c.get(exportURL(s.ID, ".ics?periods=1"))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET export.ics = %d %s", rec.Code, rec.Body)
		}
		cal, err := ical.NewDecoder(bytes.NewReader(rec.Body.Bytes())).Decode()
		if err != nil {
			t.Fatalf("emersion/go-ical cannot decode export.ics: %v", err)
		}
		found := false
		for _, ev := range cal.Events() {
			summary, _ := ev.Props.Text(ical.PropSummary)
			status, _ := ev.Props.Text(ical.PropStatus)
			seq := ev.Props.Get(ical.PropSequence)
			switch {
			case strings.HasSuffix(summary, fly.Title):
				t.Errorf("the rejected event %q is in the calendar", fly.Title)
			case strings.HasSuffix(summary, congress.Title):
				t.Errorf("the hidden event %q is in the calendar", congress.Title)
			case summary == met.Title:
				found = true
				if status != "CONFIRMED" || seq == nil || seq.Value != "2" {
					t.Errorf("published event: STATUS %q SEQUENCE %v, want CONFIRMED 2", status, seq)
				}
			default:
				if status != "TENTATIVE" {
					t.Errorf("new event %q: STATUS %q, want TENTATIVE", summary, status)
				}
			}
		}
		if !found {
			t.Errorf("the published event %q is not in the calendar", met.Title)
		}
	})

	t.Run("timelinejs and csv leave rejected and hidden events out", func(t *testing.T) {
		rec := c.get(exportURL(s.ID, ".timeline.json"))
		heads := timelineHeadlines(t, rec.Body.Bytes())
		for _, h := range heads {
			if h == fly.Title || h == congress.Title {
				t.Errorf("TimelineJS export has the rejected or hidden event %q", h)
			}
		}
		rec = c.get(exportURL(s.ID, ".csv"))
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil {
			t.Fatalf("export.csv: %v", err)
		}
		states := map[string]string{}
		for _, r := range rows[1:] {
			states[r[0]] = r[len(r)-1]
		}
		want := strconv.FormatInt(met.ID, 10)
		if states[want] != "published" {
			t.Errorf("CSV state of event %s = %q, want published", want, states[want])
		}
		if _, ok := states[strconv.FormatInt(fly.ID, 10)]; ok {
			t.Errorf("CSV has a row for the rejected event")
		}
	})

	t.Run("json carries review state and history", func(t *testing.T) {
		rec := c.get(exportURL(s.ID, ".json"))
		var got export.Story
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		states := map[int64]string{}
		for _, e := range got.Events {
			if e.Review == nil {
				t.Fatalf("event %d has no review", e.ID)
			}
			states[e.ID] = e.Review.State
			if e.ID == met.ID && (e.Review.Sequence != 2 || len(e.Review.History) != 2) {
				t.Errorf("review of the published event = %+v, want 2 changes", e.Review)
			}
		}
		if states[met.ID] != "published" || states[fly.ID] != "rejected" {
			t.Errorf("states = %v, want %d published and %d rejected", states, met.ID, fly.ID)
		}
		if _, ok := states[congress.ID]; ok {
			t.Errorf("the hidden event is in the Story JSON without hidden=true")
		}
	})
}

func TestExportFilter(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	c := newClientAs(t, app, timeline.RoleEditor)
	all := timelineHeadlines(t, c.get(exportURL(s.ID, ".timeline.json")).Body.Bytes())
	day := timelineHeadlines(t, c.get(exportURL(s.ID, ".timeline.json?from=2022-09-15&to=2022-09-15")).Body.Bytes())
	if len(day) == 0 || len(day) >= len(all) {
		t.Fatalf("filtered TimelineJS export has %d slides, want some but fewer than %d", len(day), len(all))
	}
	want := map[string]bool{}
	for _, e := range s.Events {
		if e.Date.Start != "" && e.Date.Start <= "2022-09-15" && e.Date.End >= "2022-09-15" {
			want[e.Title] = true
		}
	}
	for _, h := range day {
		if !want[h] {
			t.Errorf("filtered export has %q, which is not on 2022-09-15", h)
		}
	}
	tests := []struct {
		query string
		want  int
	}{
		{"?from=2022-13-01", http.StatusUnprocessableEntity},
		{"?state=done", http.StatusUnprocessableEntity},
		{"?state=new", http.StatusOK},
	}
	for _, tc := range tests {
		for _, f := range exportFormats {
			if rec := c.get(exportURL(s.ID, f.suffix+tc.query)); rec.Code != tc.want {
				t.Errorf("GET export%s%s = %d, want %d", f.suffix, tc.query, rec.Code, tc.want)
			}
		}
	}
}

// withoutIDs blanks the ids of a Story JSON document and the review
// history, so that two imports of one story compare equal.
func withoutIDs(s export.Story) export.Story {
	docs := map[int64]int64{}
	s.ID = 0
	for i := range s.Documents {
		docs[s.Documents[i].ID] = int64(i + 1)
		s.Documents[i].ID = int64(i + 1)
	}
	target := func(t *export.Target) {
		if t != nil {
			t.Document = docs[t.Document]
		}
	}
	for i := range s.Events {
		e := &s.Events[i]
		e.ID = 0
		if e.Date != nil {
			target(e.Date.Target)
		}
		for j := range e.Sources {
			e.Sources[j].Document = docs[e.Sources[j].Document]
			if d := e.Sources[j].Date; d != nil {
				target(d.Target)
			}
			target(e.Sources[j].Trigger)
			for k := range e.Sources[j].Also {
				target(&e.Sources[j].Also[k])
			}
		}
		for j := range e.Places {
			target(e.Places[j].Target)
		}
		for j := range e.Actors {
			target(e.Actors[j].Target)
		}
		if r := e.Review; r != nil {
			r.History, r.Sequence, r.LastModified = nil, 0, ""
			for k := range r.Notes {
				r.Notes[k].ID, r.Notes[k].Parent, r.Notes[k].Created = 0, 0, ""
			}
		}
	}
	return s
}

func TestImportStory(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	met := exportEventOn(t, s, "2022-09-14")
	setState(t, app, met.ID, timeline.StatePublished)
	note, err := app.store.AddNote(context.Background(), met.ID, 0, "ana", "Check the city's name.")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.store.AddNote(context.Background(), met.ID, note.ID, "ben", "Astana since 2022."); err != nil {
		t.Fatal(err)
	}
	u := newUser(t, app, timeline.RoleEditor)
	c := newClient(t, app)
	c.session, c.bearer = sessionCookieOf(t, app, u).Value, apiTokenOf(t, app, u)
	first := c.get(exportURL(s.ID, ".json"))
	if first.Code != http.StatusOK {
		t.Fatalf("GET export.json = %d", first.Code)
	}
	rec := c.postJSON("/api/stories/import", first.Body.String())
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST /api/stories/import = %d %s, want 201", rec.Code, rec.Body)
	}
	var created export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &created); err != nil {
		t.Fatal(err)
	}
	if created.ID == s.ID || rec.Header().Get("Location") != "/api/stories/"+strconv.FormatInt(created.ID, 10) {
		t.Fatalf("import answered story %d at %q, want a new story", created.ID, rec.Header().Get("Location"))
	}
	second := c.get(exportURL(created.ID, ".json"))
	var a, b export.Story
	if err := json.Unmarshal(first.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(second.Body.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	// The notes are the importer's, quoting who wrote them in the file.
	for _, e := range a.Events {
		if e.Review == nil {
			continue
		}
		for k, n := range e.Review.Notes {
			at, err := time.Parse(time.RFC3339Nano, n.Created)
			if err != nil {
				t.Fatal(err)
			}
			e.Review.Notes[k].Author = u.Name
			e.Review.Notes[k].Body = export.ImportedNote(timeline.Note{Author: n.Author, Body: n.Body, Created: at})
		}
	}
	if diff := cmp.Diff(withoutIDs(a), withoutIDs(b)); diff != "" {
		t.Errorf("export, import, export differs, ids and history aside (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(withoutIDs(a), withoutIDs(created)); diff != "" {
		t.Errorf("the import's answer differs from the export, ids and history aside (-export +answer):\n%s", diff)
	}
}

func TestImportStoryBad(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	editor := newClientAs(t, app, timeline.RoleEditor)
	good := editor.get(exportURL(s.ID, ".json")).Body.String()
	var far export.Story
	if err := json.Unmarshal([]byte(good), &far); err != nil {
		t.Fatal(err)
	}
	far.Events[0].Sources[0].End = 1e8
	farJSON, err := json.Marshal(far)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		client *client
		body   string
		status int
		msg    string
	}{
		{"not json", editor, `{"title": "x", "documents": [`, http.StatusBadRequest, "cut short"},
		{"syntax error", editor, `{"title": "x",, }`, http.StatusBadRequest, "malformed at byte"},
		{"trailing data", editor, good + `{}`, http.StatusBadRequest, "malformed"},
		{"invalid UTF-8", editor, strings.Replace(good, s.Title, s.Title+"\xff\xfe", 1), http.StatusBadRequest, "UTF-8"},
		{"empty", editor, " ", http.StatusBadRequest, "empty"},
		{"date not TIMEX3", editor, strings.Replace(good, `"value": "2022-09-14"`, `"value": "14 Sept 2022"`, 1), http.StatusUnprocessableEntity, "not a TIMEX3 value"},
		{"edtf not EDTF", editor, strings.Replace(good, `"edtf": "2022-09-14"`, `"edtf": "Wednesday"`, 1), http.StatusUnprocessableEntity, "not an EDTF"},
		{"document url not http", editor, withDocumentURL(t, good, "javascript:alert(document.cookie)"), http.StatusUnprocessableEntity, "http:// or https://"},
		{"offset outside the text", editor, string(farJSON), http.StatusUnprocessableEntity, "outside the text"},
		{"bad review state", editor, strings.Replace(good, `"state": "new"`, `"state": "approved"`, 1), http.StatusUnprocessableEntity, "approved"},
		{"empty title", editor, strings.Replace(good, `"title": "`+s.Title+`"`, `"title": ""`, 1), http.StatusUnprocessableEntity, "title is empty"},
		{"anonymous", newClient(t, app), good, http.StatusUnauthorized, ""},
		{"viewer", newClientAs(t, app, timeline.RoleViewer), good, http.StatusForbidden, ""},
	}
	before := storyCount(t, app)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.body == good && tc.client == editor {
				t.Fatal("the case does not change the document")
			}
			rec := tc.client.postJSON("/api/stories/import", tc.body)
			if rec.Code != tc.status {
				t.Fatalf("POST /api/stories/import = %d %s, want %d", rec.Code, rec.Body, tc.status)
			}
			var body errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("error body %q: %v", rec.Body, err)
			}
			if !strings.Contains(body.Error.Message, tc.msg) {
				t.Errorf("error message %q, want it to contain %q", body.Error.Message, tc.msg)
			}
			if n := storyCount(t, app); n != before {
				t.Errorf("%d stories after a failed import, want %d", n, before)
			}
		})
	}
}

// withDocumentURL is the story JSON doc with the first document's URL set.
func withDocumentURL(t *testing.T, doc, u string) string {
	t.Helper()
	var s export.Story
	if err := json.Unmarshal([]byte(doc), &s); err != nil {
		t.Fatal(err)
	}
	s.Documents[0].URL = u
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestImportAttribution checks that an import cannot forge the audit
// trail: notes and history in the file, whoever and whenever they claim
// to be from, are stored as the importing user's at the time of the
// import, with the file's author only as quoted text.
func TestImportAttribution(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	editor := newClientAs(t, app, timeline.RoleEditor)
	importer, err := app.store.CreateUser(context.Background(), "importer.ivy", timeline.RoleEditor, testPassword)
	if err != nil {
		t.Fatal(err)
	}
	ic := newClient(t, app)
	ic.bearer = apiTokenOf(t, app, importer)

	var doc export.Story
	if err := json.Unmarshal(editor.get(exportURL(s.ID, ".json")).Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	forgedTime := "2001-02-03T04:05:06Z"
	r := doc.Events[0].Review
	r.State = "published"
	r.Notes = []export.NoteJSON{{ID: 1, Author: "admin", Body: "Approved by the editor-in-chief.", Created: forgedTime}}
	r.History = []export.ChangeJSON{{ID: 1, Author: "admin", Time: forgedTime, Field: "state", Old: "new", New: "published", Reason: "forged"}}
	r.Sequence, r.LastModified = 1, forgedTime
	body, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now().UTC().Add(-time.Minute)
	rec := ic.postJSON("/api/stories/import", string(body))
	if rec.Code != http.StatusCreated {
		t.Fatalf("import = %d %s", rec.Code, rec.Body)
	}
	var created export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &created); err != nil {
		t.Fatal(err)
	}
	got := created.Events[0].Review
	if got == nil || got.State != "published" || len(got.Notes) != 1 {
		t.Fatalf("imported review = %+v, want published with one note", got)
	}
	n := got.Notes[0]
	if n.Author != importer.Name || !strings.Contains(n.Body, "imported; written by “admin” on 3 Feb 2001 04:05 UTC in the source file") ||
		!strings.Contains(n.Body, "Approved by the editor-in-chief.") {
		t.Errorf("imported note by %q: %q; want the importer's, quoting the file's author", n.Author, n.Body)
	}
	if at, err := time.Parse(time.RFC3339Nano, n.Created); err != nil || at.Before(before) {
		t.Errorf("imported note created %q, want the time of the import", n.Created)
	}
	if len(got.History) == 0 {
		t.Fatalf("the import left no history")
	}
	for _, c := range got.History {
		at, err := time.Parse(time.RFC3339Nano, c.Time)
		if c.Author != importer.Name || err != nil || at.Before(before) || c.Reason == "forged" {
			t.Errorf("history entry %+v, want the importer's at the time of the import", c)
		}
	}
	if !strings.Contains(got.History[0].Reason, "the last by “admin” on 3 Feb 2001") {
		t.Errorf("history reason %q does not sum up the file's history", got.History[0].Reason)
	}
}

func TestStoryPageExports(t *testing.T) {
	app := newTestApp(t, true)
	s := demoStory(t, app)
	c := newClientAs(t, app, timeline.RoleEditor)
	query := "from=2022-09-01&q=Xi"
	rec := c.get("/stories/" + strconv.FormatInt(s.ID, 10) + "?" + query)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET story page = %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	var got []string
	for _, a := range testid(doc, "export-link") {
		got = append(got, attrOf(a, "href"))
	}
	var want []string
	for _, f := range exportFormats {
		want = append(want, exportURL(s.ID, f.suffix)+"?"+query)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("export links (-want +got):\n%s", diff)
	}
	areas := testid(doc, "embed-snippet")
	if len(areas) != 1 || areas[0].Data != "textarea" || !hasAttr(areas[0], "readonly") {
		t.Fatalf("story page has %d embed snippets, want one readonly textarea", len(areas))
	}
	snippet := parseHTML(t, textOf(areas[0]))
	frames := elements(snippet, "iframe")
	if len(frames) != 1 {
		t.Fatalf("embed snippet %q has %d iframes, want 1", textOf(areas[0]), len(frames))
	}
	src, err := url.Parse(attrOf(frames[0], "src"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://example.com/stories/" + strconv.FormatInt(s.ID, 10) + "/embed?" + query; src.String() != want {
		t.Errorf("embed iframe src = %s, want this app's embed page %s", src, want)
	}
	if len(testid(doc, "embed-no-public-url")) != 1 {
		t.Errorf("without -public-url the snippet does not say that it uses the request's address")
	}
}

// TestEmbed checks the embed snippet with a public URL and the embed page
// it points at: built on the configured address, served with this app's
// TimelineJS (no CDN), frameable by other sites where no other page is,
// and showing outsiders' events only.
func TestEmbed(t *testing.T) {
	app := newTestApp(t, true)
	app.config.PublicURL = "https://timelines.example.org"
	s := demoStory(t, app)
	editor := newClientAs(t, app, timeline.RoleEditor)
	sid := strconv.FormatInt(s.ID, 10)
	doc := parseHTML(t, editor.get("/stories/"+sid+"?from=2022-09-14&state=new").Body.String())
	areas := testid(doc, "embed-snippet")
	if len(areas) != 1 {
		t.Fatalf("story page has %d embed snippets, want 1", len(areas))
	}
	frames := elements(parseHTML(t, textOf(areas[0])), "iframe")
	if len(frames) != 1 {
		t.Fatalf("snippet %q has %d iframes", textOf(areas[0]), len(frames))
	}
	// The review state filter is the newsroom's: the embed keeps the rest.
	if got, want := attrOf(frames[0], "src"), "https://timelines.example.org/stories/"+sid+"/embed?from=2022-09-14"; got != want {
		t.Errorf("embed iframe src = %s, want %s", got, want)
	}
	if len(testid(doc, "embed-no-public-url")) != 0 {
		t.Errorf("with -public-url set the snippet still says it is unset")
	}

	// On a private story the snippet says readers cannot open it yet; on
	// a share link's page it carries the link's token.
	if rec := editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"public":false}`)); rec.Code != http.StatusOK {
		t.Fatalf("PATCH public=false = %d", rec.Code)
	}
	editor.login()
	if rec := editor.postForm("/stories/"+sid+"/share", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("share = %d", rec.Code)
	}
	doc = parseHTML(t, editor.get("/stories/"+sid).Body.String())
	if len(testid(doc, "embed-private")) != 1 {
		t.Errorf("the snippet of a private story does not say that readers cannot open it")
	}
	links, err := app.store.ShareLinks(context.Background(), s.ID)
	if err != nil || len(links) != 1 {
		t.Fatalf("ShareLinks = %v, %v", links, err)
	}
	shared := parseHTML(t, newClient(t, app).get("/share/"+links[0].Token).Body.String())
	if areas := testid(shared, "embed-snippet"); len(areas) != 1 ||
		!strings.Contains(textOf(areas[0]), "https://timelines.example.org/stories/"+sid+"/embed?share="+url.QueryEscape(links[0].Token)) {
		t.Errorf("the shared page's snippet does not open the embed with the share token")
	}
	if len(testid(shared, "embed-private")) != 0 {
		t.Errorf("the shared page's snippet says readers cannot open it")
	}
	if rec := newClient(t, app).get("/stories/" + sid + "/embed?share=" + url.QueryEscape(links[0].Token)); rec.Code != http.StatusOK {
		t.Errorf("GET the shared embed = %d, want 200", rec.Code)
	}
	if rec := newClient(t, app).get("/stories/" + sid + "/embed"); rec.Code == http.StatusOK {
		t.Errorf("GET the embed of a private story without a link = 200")
	}
	if rec := editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"public":true}`)); rec.Code != http.StatusOK {
		t.Fatalf("PATCH public=true = %d", rec.Code)
	}

	anonymous := newClient(t, app)
	rec := anonymous.get("/stories/" + sid + "/embed")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET embed = %d, want 200: %s", rec.Code, rec.Body)
	}
	if xfo := rec.Header().Get("X-Frame-Options"); xfo != "" {
		t.Errorf("embed page X-Frame-Options = %q, want none: other sites frame it", xfo)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "frame-ancestors *") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("embed page CSP = %q, want frame-ancestors * and scripts from this app only", csp)
	}
	page := parseHTML(t, rec.Body.String())
	var scripts []string
	for _, el := range elements(page, "script") {
		if src := attrOf(el, "src"); src != "" {
			scripts = append(scripts, src)
		}
	}
	if diff := cmp.Diff([]string{"/static/timelinejs/js/timeline.js", "/static/embed.js"}, scripts); diff != "" {
		t.Errorf("embed page scripts (-want +got):\n%s", diff)
	}
	for _, src := range scripts {
		if r := anonymous.get(src); r.Code != http.StatusOK || r.Body.Len() == 0 {
			t.Errorf("GET %s = %d (%d bytes), want the script this app serves", src, r.Code, r.Body.Len())
		}
	}
	if strings.Contains(rec.Body.String(), "knightlab.com") {
		t.Errorf("the embed page loads something from Knight Lab's CDN")
	}
	data := findAttr(page, "id", "timeline-data")
	if len(data) != 1 {
		t.Fatalf("embed page has %d #timeline-data blocks, want 1", len(data))
	}
	var tl struct {
		Events []struct {
			UniqueID string `json:"unique_id"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(textOf(data[0])), &tl); err != nil || len(tl.Events) == 0 {
		t.Fatalf("embed timeline data: %v, %d events", err, len(tl.Events))
	}

	// Every other page may not be framed.
	for _, path := range []string{"/", "/stories/" + sid, "/stories/" + sid + "/export.timeline.json"} {
		r := anonymous.get(path)
		if r.Header().Get("X-Frame-Options") != "DENY" || !strings.Contains(r.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("GET %s: X-Frame-Options %q, CSP %q; want DENY and frame-ancestors 'none'", path,
				r.Header().Get("X-Frame-Options"), r.Header().Get("Content-Security-Policy"))
		}
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
