package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// loginRequest posts the login form from remote address ip.
func loginRequest(c *client, ip, name, password string) *httptest.ResponseRecorder {
	c.t.Helper()
	if c.token == "" {
		c.get("/login")
	}
	v := url.Values{"name": {name}, "password": {password}, "next": {"/stories/new"}, "_csrf": {c.token}}
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = ip + ":4242"
	return c.do(req)
}

func TestLogin(t *testing.T) {
	app := newTestApp(t, false)
	u := newUser(t, app, timeline.RoleEditor)
	c := newClient(t, app)
	rec := loginRequest(c, "192.0.2.1", u.Name, testPassword)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/stories/new" {
		t.Fatalf("POST /login = %d Location %q, want 303 to /stories/new", rec.Code, rec.Header().Get("Location"))
	}
	var ck *http.Cookie
	for _, k := range rec.Result().Cookies() {
		if k.Name == sessionCookie {
			ck = k
		}
	}
	if ck == nil || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Value == "" {
		t.Fatalf("session cookie = %+v, want HttpOnly, SameSite=Strict, with a value", ck)
	}
	// Over TLS the cookie is also Secure.
	tlsClient := newClient(t, app)
	tlsClient.get("/login")
	v := url.Values{"name": {u.Name}, "password": {testPassword}, "_csrf": {tlsClient.token}}
	req := httptest.NewRequest(http.MethodPost, "https://example.org/login", strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	secure := false
	for _, k := range tlsClient.do(req).Result().Cookies() {
		secure = secure || (k.Name == sessionCookie && k.Secure)
	}
	if !secure {
		t.Errorf("session cookie over TLS is not Secure")
	}
	if rec := c.get("/stories/new"); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), u.Name) {
		t.Errorf("GET /stories/new after sign-in = %d, want 200 naming %s", rec.Code, u.Name)
	}
	// Signing out ends the session on the server too.
	old := c.session
	if rec := c.postForm("/logout", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST /logout = %d, want 303", rec.Code)
	}
	if _, err := app.store.SessionUser(context.Background(), old); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("SessionUser after sign-out: %v, want unauthorized", err)
	}
	if rec := c.get("/stories/new"); rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login?next=") {
		t.Errorf("GET /stories/new after sign-out = %d %q, want 303 to /login", rec.Code, rec.Header().Get("Location"))
	}
}

func TestLoginRateLimit(t *testing.T) {
	app := newTestApp(t, false)
	u := newUser(t, app, timeline.RoleEditor)
	other := newUser(t, app, timeline.RoleViewer)
	c := newClient(t, app)
	for i := range loginLimit {
		if rec := loginRequest(c, "192.0.2.1", u.Name, "wrong password "+strconv.Itoa(i)); rec.Code != http.StatusUnauthorized {
			t.Fatalf("failed sign-in %d = %d, want 401", i+1, rec.Code)
		}
	}
	tests := []struct {
		name, ip, user string
		want           int
	}{
		{"same IP, same user, right password", "192.0.2.1", u.Name, http.StatusTooManyRequests},
		{"other IP, same user", "198.51.100.7", u.Name, http.StatusTooManyRequests},
		{"same IP, other user", "192.0.2.1", other.Name, http.StatusTooManyRequests},
		{"other IP, other user", "198.51.100.7", other.Name, http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newClient(t, app)
			rec := loginRequest(c, tc.ip, tc.user, testPassword)
			if rec.Code != tc.want {
				t.Fatalf("POST /login = %d, want %d", rec.Code, tc.want)
			}
			if tc.want == http.StatusTooManyRequests {
				if !strings.Contains(rec.Body.String(), "Too many failed sign-ins") {
					t.Errorf("429 body lacks the explanation")
				}
				if c.session != "" {
					t.Errorf("a refused sign-in set a session cookie")
				}
			}
		})
	}
}

func TestLimiterWindow(t *testing.T) {
	l := newLimiter(2, time.Minute)
	now := time.Date(2022, 9, 14, 12, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return now }
	l.fail("k")
	l.fail("k")
	if !l.blocked("k") {
		t.Fatalf("blocked after 2 failures = false, want true")
	}
	now = now.Add(61 * time.Second)
	if l.blocked("k") {
		t.Errorf("blocked a minute later = true, want false")
	}
}

var setupLink = regexp.MustCompile(`Open (http://\S+/setup/(slu_\S+)) to create the first admin account`)

func TestFirstRunSetupLink(t *testing.T) {
	app := newTestApp(t, false)
	var out bytes.Buffer
	app.stderr = &out
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	m := setupLink.FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("Start printed %q, want the set-up link", out.String())
	}
	token := m[2]
	// Nobody can write before the first account exists.
	anon := newClient(t, app)
	if rec := anon.postJSON("/api/stories", `{"title":"x"}`); rec.Code != http.StatusUnauthorized {
		t.Errorf("POST /api/stories before set-up = %d, want 401", rec.Code)
	}
	c := newClient(t, app)
	if rec := c.get("/setup/" + token); rec.Code != http.StatusOK {
		t.Fatalf("GET /setup/<token> = %d, want 200", rec.Code)
	}
	rec := c.postForm("/setup/"+token, url.Values{"name": {"chief"}, "password": {testPassword}})
	if rec.Code != http.StatusSeeOther || c.session == "" {
		t.Fatalf("POST /setup/<token> = %d (session %v), want 303 with a session", rec.Code, c.session != "")
	}
	u, err := app.store.UserByName(context.Background(), "chief")
	if err != nil || u.Role != timeline.RoleAdmin {
		t.Fatalf("user chief = %+v, %v; want an admin", u, err)
	}
	if rec := c.get("/admin/users"); rec.Code != http.StatusOK {
		t.Errorf("GET /admin/users as the new admin = %d, want 200", rec.Code)
	}
	// The link works once.
	again := newClient(t, app)
	if rec := again.get("/setup/" + token); rec.Code != http.StatusNotFound {
		t.Errorf("GET /setup/<used token> = %d, want 404", rec.Code)
	}
	if rec := again.postForm("/setup/"+token, url.Values{"name": {"intruder"}, "password": {testPassword}}); rec.Code != http.StatusNotFound {
		t.Errorf("POST /setup/<used token> = %d, want 404", rec.Code)
	}
	if n, _ := app.store.UserCount(context.Background()); n != 1 {
		t.Errorf("users after reusing the link = %d, want 1", n)
	}
}

func TestAdminUsers(t *testing.T) {
	app := newTestApp(t, false)
	admin := newClientAs(t, app, timeline.RoleAdmin)
	admin.login()
	rec := admin.postForm("/admin/users", url.Values{"name": {"reporter"}, "role": {"viewer"}})
	if rec.Code != http.StatusOK {
		t.Fatalf("POST /admin/users = %d, want 200", rec.Code)
	}
	urls := testid(parseHTML(t, rec.Body.String()), "setup-url")
	if len(urls) != 1 {
		t.Fatalf("POST /admin/users shows %d set-up links, want 1", len(urls))
	}
	token := textOf(urls[0])[strings.LastIndex(textOf(urls[0]), "/")+1:]
	newcomer := newClient(t, app)
	newcomer.get("/setup/" + token)
	if rec := newcomer.postForm("/setup/"+token, url.Values{"password": {testPassword}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST /setup/<token> = %d %s, want 303", rec.Code, rec.Body)
	}
	u, err := app.store.UserByName(context.Background(), "reporter")
	if err != nil || u.Role != timeline.RoleViewer {
		t.Fatalf("reporter = %+v, %v; want a viewer", u, err)
	}
	if rec := admin.postForm("/admin/users/"+strconv.FormatInt(u.ID, 10)+"/role", url.Values{"role": {"editor"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST role = %d, want 303", rec.Code)
	}
	if u, _ = app.store.User(context.Background(), u.ID); u.Role != timeline.RoleEditor {
		t.Errorf("role after change = %s, want editor", u.Role)
	}
	if rec := admin.postForm("/admin/users/"+strconv.FormatInt(u.ID, 10)+"/delete", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST delete = %d, want 303", rec.Code)
	}
	if _, err := app.store.User(context.Background(), u.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("User after delete: %v, want not found", err)
	}
}

func TestAccountTokens(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.bearer = ""
	c.login()
	rec := c.postForm("/account/tokens", url.Values{"label": {"script"}})
	if rec.Code != http.StatusOK {
		t.Fatalf("POST /account/tokens = %d, want 200", rec.Code)
	}
	shown := testid(parseHTML(t, rec.Body.String()), "new-token")
	if len(shown) != 1 {
		t.Fatalf("new token shown %d times, want once", len(shown))
	}
	token := textOf(shown[0])
	api := newClient(t, app)
	api.bearer = token
	if rec := api.postJSON("/api/stories", `{"title":"By token"}`); rec.Code != http.StatusCreated {
		t.Fatalf("POST /api/stories with the new token = %d, want 201", rec.Code)
	}
	// The account page lists it but never shows it again.
	if rec := c.get("/account"); strings.Contains(rec.Body.String(), token) {
		t.Errorf("GET /account shows the token again")
	}
	ts, err := app.store.APITokens(context.Background(), mustUser(t, app, c).ID)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, tk := range ts {
		if tk.Label == "script" {
			id = tk.ID
		}
	}
	if rec := c.postForm("/account/tokens/"+strconv.FormatInt(id, 10)+"/revoke", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST revoke = %d, want 303", rec.Code)
	}
	if rec := api.postJSON("/api/stories", `{"title":"By revoked token"}`); rec.Code != http.StatusUnauthorized {
		t.Errorf("POST /api/stories with a revoked token = %d, want 401", rec.Code)
	}
}

func mustUser(t *testing.T, app *App, c *client) timeline.User {
	t.Helper()
	u, err := app.store.SessionUser(context.Background(), c.session)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// snapshot is what the forbidden-writes test checks stays the same.
type snapshot struct {
	Stories int
	Users   []timeline.User
	Events  []timeline.ReviewedEvent
	History []timeline.Change
	Notes   []timeline.Note
	Shares  []timeline.ShareLink
	Docs    int
}

func takeSnapshot(t *testing.T, app *App, story, event int64) snapshot {
	t.Helper()
	ctx := context.Background()
	var s snapshot
	var err error
	if s.Stories, err = app.store.StoryCount(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Users, err = app.store.Users(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Events, err = app.store.Events(ctx, story, timeline.StoryFilter{IncludeHidden: true}); err != nil {
		t.Fatal(err)
	}
	if s.History, err = app.store.History(ctx, event); err != nil {
		t.Fatal(err)
	}
	if s.Notes, err = app.store.Notes(ctx, event); err != nil {
		t.Fatal(err)
	}
	if s.Shares, err = app.store.ShareLinks(ctx, story); err != nil {
		t.Fatal(err)
	}
	s.Docs = documentCount(t, app, story)
	return s
}

// TestForbiddenWrites tries every write as each role that may not do it
// and checks the answer and that nothing changed.
func TestForbiddenWrites(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	story := apiStory(t, editor, "Trip")
	s := apiDocument(t, editor, story, 0)
	ev, other := s.Events[0].ID, s.Events[1].ID
	// One change and one note, for revert and reply.
	if rec := editor.do(jsonRequest(http.MethodPatch, "/api/events/"+strconv.FormatInt(ev, 10), `{"title":"Edited"}`)); rec.Code != http.StatusOK {
		t.Fatalf("PATCH as editor = %d %s", rec.Code, rec.Body)
	}
	hist, _ := app.store.History(context.Background(), ev)
	change := strconv.FormatInt(hist[0].ID, 10)
	viewer := newUser(t, app, timeline.RoleViewer)

	sid, eid, oid := strconv.FormatInt(story, 10), strconv.FormatInt(ev, 10), strconv.FormatInt(other, 10)
	uid := strconv.FormatInt(viewer.ID, 10)
	type write struct {
		name   string
		method string
		path   string
		form   url.Values // a form post when set (or when body is "")
		body   string     // a JSON body
	}
	writes := []write{
		{"create story", "POST", "/stories", url.Values{"title": {"New"}}, ""},
		{"add document", "POST", "/stories/" + sid + "/documents", url.Values{"text": {seedText(t, 1)}}, ""},
		{"set published", "POST", "/documents/" + strconv.FormatInt(s.Documents[0].ID, 10) + "/published", url.Values{"published": {"2022-09-15"}}, ""},
		{"edit title", "POST", "/events/" + eid + "/edit", url.Values{"title": {"Hacked"}}, ""},
		{"set state", "POST", "/events/" + eid + "/edit", url.Values{"state": {"published"}}, ""},
		{"correct date", "POST", "/events/" + eid + "/edit", url.Values{"date": {"April 2022"}}, ""},
		{"hide", "POST", "/events/" + eid + "/edit", url.Values{"hidden": {"true"}}, ""},
		{"merge", "POST", "/events/" + eid + "/merge", url.Values{"from": {oid}}, ""},
		{"add note", "POST", "/events/" + eid + "/notes", url.Values{"body": {"psst"}}, ""},
		{"revert", "POST", "/changes/" + change + "/revert", url.Values{}, ""},
		{"share", "POST", "/stories/" + sid + "/share", url.Values{}, ""},
		{"add user", "POST", "/admin/users", url.Values{"name": {"mallory"}, "role": {"admin"}}, ""},
		{"change role", "POST", "/admin/users/" + uid + "/role", url.Values{"role": {"admin"}}, ""},
		{"delete user", "POST", "/admin/users/" + uid + "/delete", url.Values{}, ""},
		{"API create story", "POST", "/api/stories", nil, `{"title":"New"}`},
		{"API add document", "POST", "/api/stories/" + sid + "/documents", nil, `{"text":"On Monday it rained in Paris."}`},
		{"API patch", "PATCH", "/api/events/" + eid, nil, `{"title":"Hacked"}`},
		{"API patch state", "PATCH", "/api/events/" + eid, nil, `{"state":"rejected"}`},
		{"API note", "POST", "/api/events/" + eid + "/notes", nil, `{"body":"psst"}`},
	}
	// Which roles each write forbids beyond anonymous visitors.
	adminOnly := map[string]bool{"add user": true, "change role": true, "delete user": true}
	roles := []timeline.Role{"", timeline.RoleViewer, timeline.RoleEditor}
	for _, role := range roles {
		c := newClient(t, app)
		if role != "" {
			c = newClientAs(t, app, role)
		}
		c.login()
		for _, w := range writes {
			if role == timeline.RoleEditor && !adminOnly[w.name] {
				continue // editors may
			}
			name := string(role)
			if name == "" {
				name = "anonymous"
			}
			t.Run(name+"/"+w.name, func(t *testing.T) {
				before := takeSnapshot(t, app, story, ev)
				var rec *httptest.ResponseRecorder
				if w.body != "" {
					rec = c.do(jsonRequest(w.method, w.path, w.body))
				} else {
					rec = c.postForm(w.path, w.form)
				}
				api := strings.HasPrefix(w.path, "/api/")
				switch {
				case role == "" && api:
					if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Header().Get("Content-Type"), "application/json") {
						t.Errorf("%s %s = %d %s, want 401 JSON", w.method, w.path, rec.Code, rec.Header().Get("Content-Type"))
					}
				case role == "":
					if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login?next=") {
						t.Errorf("%s %s = %d to %q, want 303 to /login", w.method, w.path, rec.Code, rec.Header().Get("Location"))
					}
				default:
					if rec.Code != http.StatusForbidden {
						t.Errorf("%s %s as %s = %d, want 403", w.method, w.path, role, rec.Code)
					}
				}
				if diff := cmp.Diff(before, takeSnapshot(t, app, story, ev)); diff != "" {
					t.Errorf("%s %s as %s changed the database (-before +after):\n%s", w.method, w.path, name, diff)
				}
			})
		}
	}

	// API writes need the token: a session cookie alone does not do.
	t.Run("API with a session cookie only", func(t *testing.T) {
		c := newClientAs(t, app, timeline.RoleEditor)
		c.bearer = ""
		before := takeSnapshot(t, app, story, ev)
		if rec := c.do(jsonRequest(http.MethodPatch, "/api/events/"+eid, `{"title":"Cookie"}`)); rec.Code != http.StatusUnauthorized {
			t.Errorf("PATCH with a cookie only = %d, want 401", rec.Code)
		}
		if diff := cmp.Diff(before, takeSnapshot(t, app, story, ev)); diff != "" {
			t.Errorf("PATCH with a cookie only changed the database:\n%s", diff)
		}
	})
	t.Run("API with a bad token", func(t *testing.T) {
		c := newClient(t, app)
		c.bearer = "sla_nonsense"
		if rec := c.postJSON("/api/stories", `{"title":"x"}`); rec.Code != http.StatusUnauthorized {
			t.Errorf("POST /api/stories with a bad token = %d, want 401", rec.Code)
		}
	})
}

func jsonRequest(method, path, body string) *http.Request {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return req
}

// TestPrivateStories checks what anonymous visitors can read: the public
// demo story, not the newsroom's stories.
func TestPrivateStories(t *testing.T) {
	app := newTestApp(t, true)
	editor := newClientAs(t, app, timeline.RoleEditor)
	private := apiStory(t, editor, "Embargoed scoop")
	anon := newClient(t, app)
	var titles []string
	for _, row := range testid(parseHTML(t, anon.get("/").Body.String()), "story-row") {
		titles = append(titles, strings.TrimSpace(textOf(elements(row, "a")[0])))
	}
	if diff := cmp.Diff([]string{demoTitle}, titles); diff != "" {
		t.Errorf("anonymous story list (-want +got):\n%s", diff)
	}
	list := anon.get("/api/stories").Body.String()
	if strings.Contains(list, "Embargoed scoop") {
		t.Errorf("anonymous GET /api/stories lists the private story")
	}
	var demo int64
	sums, _ := app.store.ListStories(context.Background())
	for _, s := range sums {
		if s.Title == demoTitle {
			demo = s.ID
		}
	}
	tests := []struct {
		path string
		want int
	}{
		{"/stories/" + strconv.FormatInt(demo, 10), http.StatusOK},
		{"/stories/" + strconv.FormatInt(demo, 10) + "/export.json", http.StatusOK},
		{"/api/stories/" + strconv.FormatInt(demo, 10), http.StatusOK},
		{"/stories/" + strconv.FormatInt(private, 10), http.StatusSeeOther},
		{"/stories/" + strconv.FormatInt(private, 10) + "/export.csv", http.StatusSeeOther},
		{"/api/stories/" + strconv.FormatInt(private, 10), http.StatusUnauthorized},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			if rec := anon.get(tc.path); rec.Code != tc.want {
				t.Errorf("anonymous GET %s = %d, want %d", tc.path, rec.Code, tc.want)
			}
		})
	}
	viewer := newClientAs(t, app, timeline.RoleViewer)
	if rec := viewer.get("/stories/" + strconv.FormatInt(private, 10)); rec.Code != http.StatusOK {
		t.Errorf("viewer GET private story = %d, want 200", rec.Code)
	}
}

func TestShareLink(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	editor.login()
	story := apiStory(t, editor, "Shared trip")
	apiDocument(t, editor, story, 0)
	sid := strconv.FormatInt(story, 10)
	if rec := editor.postForm("/stories/"+sid+"/share", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST share = %d, want 303", rec.Code)
	}
	links, err := app.store.ShareLinks(context.Background(), story)
	if err != nil || len(links) != 1 {
		t.Fatalf("ShareLinks = %v, %v; want one", links, err)
	}
	token := links[0].Token
	anon := newClient(t, app)
	rec := anon.get("/share/" + token)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /share/<token> = %d, want 200", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	if len(testid(doc, "event-item")) == 0 || len(testid(doc, "add-document")) != 0 || len(testid(doc, "share-section")) != 0 {
		t.Errorf("shared page: %d events, add-document %d, share section %d; want events and no edit controls",
			len(testid(doc, "event-item")), len(testid(doc, "add-document")), len(testid(doc, "share-section")))
	}
	if rec := anon.get("/stories/" + sid + "/export.json?share=" + token); rec.Code != http.StatusOK {
		t.Errorf("GET export with the share token = %d, want 200", rec.Code)
	}
	// The document links of the shared page open the documents.
	for _, a := range elements(testid(doc, "document-list")[0], "a") {
		href := attrOf(a, "href")
		if !strings.HasPrefix(href, "/documents/") {
			continue
		}
		if rec := anon.get(href); rec.Code != http.StatusOK {
			t.Errorf("GET %s from the shared page = %d, want 200", href, rec.Code)
		}
	}
	// The event links of the shared page open read-only event pages.
	link := attrOf(elements(testid(doc, "event-item")[0], "a")[0], "href")
	if !strings.Contains(link, "share=") {
		t.Errorf("shared page event link = %q, want it to carry the share token", link)
	}
	rec = anon.get(link)
	if rec.Code != http.StatusOK || len(testid(parseHTML(t, rec.Body.String()), "date-form")) != 0 {
		t.Fatalf("GET %s = %d, want 200 without edit forms", link, rec.Code)
	}
	// Every link of the shared event page, back to the story and on to its
	// sources, stays readable without an account.
	eventPage := parseHTML(t, rec.Body.String())
	back := attrOf(testid(eventPage, "breadcrumb")[0], "href")
	if !strings.HasPrefix(back, "/share/"+token+"#event-") {
		t.Errorf("shared event page breadcrumb = %q, want the share link", back)
	}
	sources := testid(eventPage, "source-document")
	if len(sources) == 0 {
		t.Fatal("shared event page has no source links")
	}
	docLink := attrOf(sources[0], "href")
	rec = anon.get(docLink)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s (source of a shared event) = %d, want 200", docLink, rec.Code)
	}
	docPage := parseHTML(t, rec.Body.String())
	if back := attrOf(testid(docPage, "breadcrumb")[0], "href"); back != "/share/"+token {
		t.Errorf("shared document page breadcrumb = %q, want /share/%s", back, token)
	}
	for _, a := range elements(testid(docPage, "document-events")[0], "a") {
		if href := attrOf(a, "href"); !strings.Contains(href, "share="+token) {
			t.Errorf("shared document page event link %q does not carry the share token", href)
		}
	}
	if len(testid(docPage, "remove-document")) != 0 || len(testid(docPage, "published-form")) != 0 {
		t.Error("shared document page shows edit controls")
	}
	if rec := anon.get("/stories/" + sid); rec.Code != http.StatusSeeOther {
		t.Errorf("GET the story itself without signing in = %d, want 303 to sign in", rec.Code)
	}
	if rec := editor.postForm("/stories/"+sid+"/share/"+strconv.FormatInt(links[0].ID, 10)+"/revoke", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST revoke = %d, want 303", rec.Code)
	}
	if rec := anon.get("/share/" + token); rec.Code != http.StatusNotFound {
		t.Errorf("GET /share/<revoked token> = %d, want 404", rec.Code)
	}
	if rec := anon.get("/stories/" + sid + "/export.json?share=" + token); rec.Code == http.StatusOK {
		t.Errorf("GET export with a revoked share token = 200, want refused")
	}
}

func TestChangePassword(t *testing.T) {
	app := newTestApp(t, false)
	u := newUser(t, app, timeline.RoleViewer)
	c := newClient(t, app)
	if rec := loginRequest(c, "192.0.2.9", u.Name, testPassword); rec.Code != http.StatusSeeOther {
		t.Fatalf("sign in = %d", rec.Code)
	}
	other := newClient(t, app)
	other.session = sessionCookieOf(t, app, u).Value
	tests := []struct {
		name     string
		old, new string
		want     int
	}{
		{"wrong current password", "nope nope nope", "a brand new password", http.StatusUnprocessableEntity},
		{"too short", testPassword, "short", http.StatusUnprocessableEntity},
		{"ok", testPassword, "a brand new password", http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if rec := c.postForm("/account/password", url.Values{"old": {tc.old}, "password": {tc.new}}); rec.Code != tc.want {
				t.Errorf("POST /account/password = %d, want %d", rec.Code, tc.want)
			}
		})
	}
	if _, err := app.store.Authenticate(context.Background(), u.Name, "a brand new password"); err != nil {
		t.Errorf("Authenticate with the new password: %v", err)
	}
	// This session goes on; the other one was signed out.
	if rec := c.get("/account"); rec.Code != http.StatusOK {
		t.Errorf("GET /account after the change = %d, want 200", rec.Code)
	}
	if rec := other.get("/account"); rec.Code != http.StatusSeeOther {
		t.Errorf("GET /account in the other session = %d, want 303 to sign in", rec.Code)
	}
}
