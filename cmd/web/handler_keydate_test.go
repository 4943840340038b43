package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"storyline/timeline"
)

type keyDatesAnswer struct {
	Dates []struct {
		Date      string  `json:"date"`
		Summary   string  `json:"summary"`
		Events    []int64 `json:"events"`
		Documents int     `json:"documents"`
		Score     float64 `json:"score"`
		Pinned    bool    `json:"pinned"`
		Edited    bool    `json:"edited"`
	} `json:"dates"`
	Total int `json:"total"`
}

func getKeyDates(t *testing.T, c *client, story int64, query string) keyDatesAnswer {
	t.Helper()
	path := "/api/stories/" + strconv.FormatInt(story, 10) + "/key-dates" + query
	rec := c.get(path)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s = %d %s, want 200", path, rec.Code, rec.Body)
	}
	var out keyDatesAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return out
}

func TestKeyDatesAPI(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, editor, "Central Asia trip")
	apiDocument(t, editor, id, 0)
	apiDocument(t, editor, id, 1)
	sid := strconv.FormatInt(id, 10)

	all := getKeyDates(t, editor, id, "?n=all")
	if len(all.Dates) < 2 || all.Total != len(all.Dates) {
		t.Fatalf("key dates ?n=all: %d dates, total %d; want at least 2, all of them", len(all.Dates), all.Total)
	}
	for i, d := range all.Dates {
		if d.Summary == "" || len(d.Events) == 0 || d.Documents == 0 || d.Score <= 0 {
			t.Errorf("key date %s = %+v: want a summary, events, documents and a score", d.Date, d)
		}
		if i > 0 && d.Score > all.Dates[i-1].Score {
			t.Errorf("key date %s (score %v) after %s (score %v): want most important first", d.Date, d.Score, all.Dates[i-1].Date, all.Dates[i-1].Score)
		}
	}
	if got := getKeyDates(t, editor, id, "?n=1"); len(got.Dates) != 1 || got.Dates[0].Date != all.Dates[0].Date {
		t.Errorf("?n=1 = %+v, want the first of %+v", got.Dates, all.Dates[0])
	}
	for _, bad := range []string{"?n=0", "?n=-3", "?n=many"} {
		if rec := editor.get("/api/stories/" + sid + "/key-dates" + bad); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("GET key-dates%s = %d, want 422", bad, rec.Code)
		}
	}

	// Writes need the edit right.
	top := all.Dates[0].Date
	patch := func(c *client, date, body string) int {
		return c.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid+"/key-dates/"+date, body)).Code
	}
	if code := patch(newClient(t, app), top, `{"pin":"unpin"}`); code != http.StatusUnauthorized {
		t.Errorf("anonymous PATCH key date = %d, want 401", code)
	}
	if code := patch(newClientAs(t, app, timeline.RoleViewer), top, `{"pin":"unpin"}`); code != http.StatusForbidden {
		t.Errorf("viewer PATCH key date = %d, want 403", code)
	}
	if code := patch(editor, "2022-02-30", `{"pin":"pin"}`); code != http.StatusUnprocessableEntity {
		t.Errorf("PATCH a day that does not exist = %d, want 422", code)
	}
	if code := patch(editor, top, `{"pin":"sometimes"}`); code != http.StatusUnprocessableEntity {
		t.Errorf("PATCH a bad pin = %d, want 422", code)
	}

	// Unpin the top day, pin a day without events with a summary of our own,
	// and edit the summary of the second day.
	second := all.Dates[1].Date
	for _, p := range []struct{ date, body string }{
		{top, `{"pin":"unpin","reason":"not news"}`},
		{"2022-09-01", `{"pin":"pin","summary":"The trip was announced."}`},
		{second, `{"summary":"Xi arrived in Kazakhstan."}`},
	} {
		if code := patch(editor, p.date, p.body); code != http.StatusOK {
			t.Fatalf("PATCH key date %s %s = %d, want 200", p.date, p.body, code)
		}
	}
	// A new document changes the story's events: the choices stay.
	if rec := editor.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents",
		`{"title":"Xi in Samarkand","published":"2022-09-16","text":"Xi Jinping arrived in Samarkand on Thursday for the summit of the Shanghai Cooperation Organization. He met Vladimir Putin on Thursday."}`); rec.Code != http.StatusCreated {
		t.Fatalf("POST a new document = %d %s, want 201", rec.Code, rec.Body)
	}
	got := getKeyDates(t, editor, id, "?n=all")
	if got.Dates[0].Date != "2022-09-01" || !got.Dates[0].Pinned || got.Dates[0].Summary != "The trip was announced." {
		t.Errorf("first key date = %+v, want the pinned 2022-09-01 with its summary", got.Dates[0])
	}
	for _, d := range got.Dates {
		if d.Date == top {
			t.Errorf("unpinned day %s is still a key date", top)
		}
		if d.Date == second && (!d.Edited || d.Summary != "Xi arrived in Kazakhstan.") {
			t.Errorf("day %s = %+v, want the edited summary", second, d)
		}
	}

	// Rejected events never make key dates.
	for _, d := range got.Dates {
		for _, ev := range d.Events {
			if rec := editor.do(jsonRequest(http.MethodPatch, "/api/events/"+strconv.FormatInt(ev, 10), `{"state":"rejected"}`)); rec.Code != http.StatusOK {
				t.Fatalf("reject event %d = %d %s", ev, rec.Code, rec.Body)
			}
		}
	}
	after := getKeyDates(t, editor, id, "?n=all")
	for _, d := range after.Dates {
		if len(d.Events) > 0 {
			t.Errorf("key date %s lists events %v after every event was rejected", d.Date, d.Events)
		}
	}
	if len(after.Dates) != 1 || after.Dates[0].Date != "2022-09-01" {
		t.Errorf("key dates after rejecting every event = %+v, want only the pinned day", after.Dates)
	}
}

func TestKeyDatesPage(t *testing.T) {
	app := newTestApp(t, false)
	user := newUser(t, app, timeline.RoleEditor)
	editor := newClient(t, app)
	editor.session = sessionCookieOf(t, app, user).Value
	editor.bearer = apiTokenOf(t, app, user)
	id := apiStory(t, editor, "Central Asia trip")
	apiDocument(t, editor, id, 0)
	apiDocument(t, editor, id, 1)
	sid := strconv.FormatInt(id, 10)
	all := getKeyDates(t, editor, id, "?n=all")
	if all.Total < 2 {
		t.Fatalf("the seeds give %d key dates, want at least 2", all.Total)
	}

	rec := editor.get("/stories/" + sid + "?keydates=1")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET story ?keydates=1 = %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	items := findAttr(doc, "data-testid", "key-date")
	if len(items) != 1 {
		t.Errorf("story page ?keydates=1 shows %d key dates, want 1", len(items))
	}
	body := rec.Body.String()
	for _, want := range []string{`data-testid="key-date-evidence"`, "reported by", `data-testid="key-date-source"`, `data-testid="key-dates-all"`,
		`data-testid="export-key-link"`, "key=1", `data-testid="key-date-pin"`} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %s", want)
		}
	}
	if rec := editor.get("/stories/" + sid + "?keydates=zero"); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("GET story ?keydates=zero = %d, want 422", rec.Code)
	}

	// The summary form, as a browser sends it.
	editor.login()
	rec = editor.postForm("/stories/"+sid+"/key-dates", url.Values{"date": {all.Dates[0].Date}, "summary": {"Xi landed in Astana."},
		"reason": {"shorter"}, "keydates": {"2"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/stories/"+sid+"?keydates=2#key-dates" {
		t.Fatalf("POST key-dates form = %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	page := editor.get("/stories/" + sid).Body.String()
	if !strings.Contains(page, "Xi landed in Astana.") || !strings.Contains(page, `data-testid="key-date-change"`) {
		t.Errorf("story page after editing a summary lacks the summary or its history")
	}
	rec = editor.postForm("/stories/"+sid+"/key-dates", url.Values{"date": {all.Dates[0].Date}, "summary": {strings.Repeat("x", 2001)}})
	if rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("POST a summary too long = %d, want 422", rec.Code)
	}

	// Outsiders read a public story's key dates, never who edited them.
	if rec := editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"public":true}`)); rec.Code != http.StatusOK {
		t.Fatalf("make public = %d", rec.Code)
	}
	anon := newClient(t, app)
	public := anon.get("/stories/" + sid).Body.String()
	if !strings.Contains(public, "Xi landed in Astana.") {
		t.Errorf("public story page lacks the edited key date")
	}
	for _, secret := range []string{`data-testid="key-date-change"`, `data-testid="key-date-pin"`, `data-testid="key-date-edited"`, "shorter"} {
		if strings.Contains(public, secret) {
			t.Errorf("public story page shows %s", secret)
		}
	}
	if strings.Contains(public, user.Name) {
		t.Errorf("public story page names the editor %q", user.Name)
	}
	if rec := anon.get("/api/stories/" + sid + "/key-dates"); rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "shorter") {
		t.Errorf("anonymous GET key-dates of a public story = %d %s", rec.Code, rec.Body)
	}

	// An edit reaches readers at once, whatever the page cache held.
	if rec := editor.postForm("/stories/"+sid+"/key-dates", url.Values{"date": {all.Dates[0].Date}, "summary": {"Xi met Tokayev in Astana."}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST key-dates form = %d", rec.Code)
	}
	if page := anon.get("/stories/" + sid).Body.String(); !strings.Contains(page, "Xi met Tokayev in Astana.") || strings.Contains(page, "Xi landed in Astana.") {
		t.Errorf("public story page after a second edit does not show it")
	}
}

func TestKeyDateExports(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, editor, "Central Asia trip")
	apiDocument(t, editor, id, 0)
	apiDocument(t, editor, id, 1)
	sid := strconv.FormatInt(id, 10)
	one := getKeyDates(t, editor, id, "?n=1").Dates[0]

	rows := func(query string) [][]string {
		t.Helper()
		rec := editor.get("/stories/" + sid + "/export.csv" + query)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET export.csv%s = %d %s", query, rec.Code, rec.Body)
		}
		recs, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs[1:]
	}
	full, key := rows(""), rows("?key=1&keydates=1")
	if len(key) == 0 || len(key) >= len(full) {
		t.Fatalf("export.csv?key=1&keydates=1 has %d rows, the full export %d: want fewer, and some", len(key), len(full))
	}
	if len(key) != len(one.Events) {
		t.Errorf("export.csv?key=1&keydates=1 has %d rows, want the %d events of %s", len(key), len(one.Events), one.Date)
	}
	for _, format := range []string{".json", ".ics", ".timeline.json"} {
		if rec := editor.get("/stories/" + sid + "/export" + format + "?key=1"); rec.Code != http.StatusOK {
			t.Errorf("GET export%s?key=1 = %d", format, rec.Code)
		}
	}
	if rec := editor.get("/stories/" + sid + "/export.csv?key=maybe"); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("GET export.csv?key=maybe = %d, want 422", rec.Code)
	}
}

// TestKeyDatesKept checks that a story's ranking is kept by version: a
// second read answers the same from what was kept, and a change to the
// key dates (which bumps the version) replaces the kept ranking.
func TestKeyDatesKept(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, editor, "Central Asia trip")
	apiDocument(t, editor, id, 0)
	apiDocument(t, editor, id, 1)
	kept := func() []rankedKey {
		app.keyDates.mu.Lock()
		defer app.keyDates.mu.Unlock()
		var keys []rankedKey
		for _, e := range app.keyDates.entries {
			if e.key.story == id {
				keys = append(keys, e.key)
			}
		}
		return keys
	}
	first := getKeyDates(t, editor, id, "?n=all")
	keys := kept()
	if len(keys) != 1 {
		t.Fatalf("rankings kept after one read: %v, want one", keys)
	}
	second := getKeyDates(t, editor, id, "?n=all")
	if got := kept(); len(got) != 1 || got[0] != keys[0] {
		t.Errorf("rankings kept after a second read: %v, want %v", got, keys)
	}
	if len(second.Dates) != len(first.Dates) {
		t.Fatalf("second read: %d key dates, first %d", len(second.Dates), len(first.Dates))
	}
	for i := range first.Dates {
		if second.Dates[i].Date != first.Dates[i].Date || second.Dates[i].Summary != first.Dates[i].Summary {
			t.Errorf("second read, key date %d = %s %q, first %s %q", i, second.Dates[i].Date, second.Dates[i].Summary, first.Dates[i].Date, first.Dates[i].Summary)
		}
	}
	day := first.Dates[0].Date
	if rec := editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+strconv.FormatInt(id, 10)+"/key-dates/"+day, `{"summary":"Edited."}`)); rec.Code != http.StatusOK {
		t.Fatalf("PATCH key date = %d %s", rec.Code, rec.Body)
	}
	third := getKeyDates(t, editor, id, "?n=all")
	if third.Dates[0].Summary != "Edited." {
		t.Errorf("after editing %s, its summary = %q, want the edit", day, third.Dates[0].Summary)
	}
	if got := kept(); len(got) != 1 || got[0].version <= keys[0].version {
		t.Errorf("rankings kept after an edit: %v, want one of a version after %d", got, keys[0].version)
	}
}

func TestRankedKeyDatesBound(t *testing.T) {
	var r rankedKeyDates
	for i := range maxRankedKeyDates + 4 {
		r.put(rankedKey{story: int64(i + 1), version: 1}, nil)
	}
	if len(r.entries) != maxRankedKeyDates {
		t.Errorf("%d rankings kept, want at most %d", len(r.entries), maxRankedKeyDates)
	}
	if _, ok := r.get(rankedKey{story: 1, version: 1}); ok {
		t.Error("the least recently used ranking is still kept")
	}
	if _, ok := r.get(rankedKey{story: maxRankedKeyDates + 4, version: 1}); !ok {
		t.Error("the last ranking kept is not found")
	}
	r.put(rankedKey{story: 5, version: 2}, nil)
	if _, ok := r.get(rankedKey{story: 5, version: 1}); ok {
		t.Error("a story's older version is still kept after a newer one")
	}
	if _, ok := r.get(rankedKey{story: 5, version: 2}); !ok {
		t.Error("the newer version is not kept")
	}
}

// BenchmarkNewsroomKeyDates is the newsroom's GET /api/stories/{id}/key-dates
// (the 10 first) on stories of 500 and 2,000 events (timelinetest.Story):
// "kept" as every read after the first gets it, "ranked" with the kept
// rankings dropped before each request. Read ms/op with -cpu 1.
func BenchmarkNewsroomKeyDates(b *testing.B) {
	for _, n := range []int{500, 2000} {
		app := newTestApp(b, false)
		id := bigStory(b, app, n)
		editor := newClientAs(b, app, timeline.RoleEditor)
		path := "/api/stories/" + strconv.FormatInt(id, 10) + "/key-dates?n=10"
		for _, mode := range []string{"kept", "ranked"} {
			b.Run(fmt.Sprintf("events=%d/%s", n, mode), func(b *testing.B) {
				if rec := editor.get(path); rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, rec.Code)
				}
				for b.Loop() {
					if mode == "ranked" {
						app.keyDates.mu.Lock()
						app.keyDates.entries = nil
						app.keyDates.mu.Unlock()
					}
					editor.get(path)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
			})
		}
	}
}

// TestSharedKeyDatesKeepFilters checks that the key-date links of a story
// read through a share link (/share/{token}, or the story's address with
// ?share=) keep the reader's filters and the token: "Fewer" used to drop
// the filters.
func TestSharedKeyDatesKeepFilters(t *testing.T) {
	app := newTestApp(t, false)
	const n = 60
	id := bigStory(t, app, n)
	ctx := t.Context()
	if err := app.store.SetStoryPublic(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	link, err := app.store.CreateShareLink(ctx, id, "ed")
	if err != nil {
		t.Fatal(err)
	}
	sid := strconv.FormatInt(id, 10)
	shareURL := "/share/" + link.Token
	for _, path := range []string{
		shareURL + "?actor=Xi+Jinping&keydates=all",
		"/stories/" + sid + "?share=" + url.QueryEscape(link.Token) + "&actor=Xi+Jinping&keydates=all",
	} {
		t.Run(path, func(t *testing.T) {
			rec := getWith(app.Handler(), path)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s = %d", path, rec.Code)
			}
			page := rec.Body.String()
			if d := storyData(t, page); len(d.Events) == 0 || len(d.Events) >= n {
				t.Errorf("GET %s: %d events of %d, want those of the filter", path, len(d.Events), n)
			}
			fewer := testid(parseHTML(t, page), "key-dates-fewer")
			if len(fewer) != 1 {
				t.Fatalf("GET %s: %d Fewer links, want 1", path, len(fewer))
			}
			u, err := url.Parse(attrOf(fewer[0], "href"))
			if err != nil {
				t.Fatal(err)
			}
			if u.Path != shareURL || u.Query().Get("actor") != "Xi Jinping" || u.Query().Has("keydates") || u.Fragment != "key-dates" {
				t.Errorf("GET %s: Fewer links to %s, want %s?actor=Xi+Jinping#key-dates", path, u, shareURL)
			}
			// The link works for the anonymous reader and keeps the filter.
			back := getWith(app.Handler(), u.RequestURI())
			if back.Code != http.StatusOK {
				t.Fatalf("GET %s = %d, want 200", u.RequestURI(), back.Code)
			}
			if d := storyData(t, back.Body.String()); len(d.Events) >= n {
				t.Errorf("GET %s: %d events of %d, want the filter kept", u.RequestURI(), len(d.Events), n)
			}
		})
	}
}
