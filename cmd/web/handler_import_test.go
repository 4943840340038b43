package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"storyline/db"
	"storyline/timeline"
)

// articlePage is an HTML article with its publication date in the head.
func articlePage(title, date, body string) string {
	return `<!doctype html><html><head><title>` + title + `</title>
<meta property="article:published_time" content="` + date + `T08:00:00Z"></head>
<body><article><h1>` + title + `</h1><p>` + body + `</p></article></body></html>`
}

// newTestAppAt builds an app on the database file path (kept across apps).
func newTestAppAt(t testing.TB, path string, fetchPrivate bool) *App {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = path
	cfg.Demo = false
	cfg.FetchPrivate = fetchPrivate
	app, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), testExtractor(t))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	app.stderr = io.Discard
	return app
}

// waitImport polls an import's JSON until it is over.
func waitImport(t testing.TB, c *client, id int64) apiImport {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		rec := c.get("/api/imports/" + strconv.FormatInt(id, 10))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET import = %d %s", rec.Code, rec.Body)
		}
		var imp apiImport
		if err := json.Unmarshal(rec.Body.Bytes(), &imp); err != nil {
			t.Fatal(err)
		}
		if imp.State == db.JobDone || imp.State == db.JobFailed || imp.State == db.JobCancelled {
			return imp
		}
		if time.Now().After(deadline) {
			t.Fatalf("import %d still %s after 60 s: %+v", id, imp.State, imp)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// postFiles posts files under the field "files" of the import form.
func (c *client) postFiles(path string, v url.Values, files map[string][]byte) *httptest.ResponseRecorder {
	c.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	if t := c.formToken(); t != "" {
		w.WriteField("_csrf", t)
	}
	for k, vs := range v {
		for _, s := range vs {
			w.WriteField(k, s)
		}
	}
	for name, b := range files {
		fw, err := w.CreateFormFile("files", name)
		if err != nil {
			c.t.Fatal(err)
		}
		fw.Write(b)
	}
	w.Close()
	req := httptest.NewRequest(http.MethodPost, path, &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.do(req)
}

func importID(t testing.TB, rec *httptest.ResponseRecorder) int64 {
	t.Helper()
	loc := rec.Header().Get("Location")
	i := strings.LastIndex(loc, "/")
	id, err := strconv.ParseInt(loc[i+1:], 10, 64)
	if err != nil {
		t.Fatalf("Location %q names no import", loc)
	}
	return id
}

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func itemsByState(imp apiImport) map[string][]apiImportItem {
	m := map[string][]apiImportItem{}
	for _, it := range imp.Items {
		m[it.State] = append(m[it.State], it)
	}
	return m
}

func TestImportFilesAndZip(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	sid := strconv.FormatInt(id, 10)
	met := articlePage("Xi in Astana", "2022-09-14", "Xi was met on Wednesday at the airport in Nur-Sultan by President Tokayev.")
	flew := articlePage("Xi in Samarkand", "2022-09-15", "On Thursday, Xi flew to Samarkand for the summit.")
	files := map[string][]byte{
		"met.html":    []byte(met),
		"undated.txt": []byte("Xi spoke on Wednesday.\n"),
		"binary.txt":  {0x00, 0x01, 0x02, 'x'},
		"more.zip": zipOf(t, map[string]string{
			"flew.html":         flew,
			"again/met.html":    met, // the same article twice
			"__MACOSX/._x.html": "junk",
		}),
	}
	rec := c.postFiles("/stories/"+sid+"/imports", nil, files)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST imports = %d %s, want 303", rec.Code, rec.Body)
	}
	imp := waitImport(t, c, importID(t, rec))
	if imp.State != db.JobDone || imp.Total != 5 || imp.Added != 2 || imp.Duplicates != 1 || imp.Refused != 2 {
		t.Fatalf("import = %+v, want done: 5 items, 2 added, 1 duplicate, 2 refused", imp)
	}
	why := map[string]string{}
	for _, it := range itemsByState(imp)[db.ItemRefused] {
		why[it.Name] = it.Reason
	}
	for name, want := range map[string]string{"undated.txt": "publication date", "binary.txt": "binary"} {
		if !strings.Contains(strings.ToLower(why[name]), want) {
			t.Errorf("%s refused because %q, want it to say %q", name, why[name], want)
		}
	}
	if n := documentCount(t, app, id); n != 2 {
		t.Errorf("story has %d documents, want 2", n)
	}

	// The page shows the result without JavaScript.
	page := c.get("/imports/" + strconv.FormatInt(imp.ID, 10))
	if page.Code != http.StatusOK {
		t.Fatalf("GET import page = %d", page.Code)
	}
	doc := parseHTML(t, page.Body.String())
	for testID, want := range map[string]string{"import-state": "done", "import-added": "2", "import-duplicates": "1", "import-refused": "2", "import-total": "5"} {
		if n := testid(doc, testID); len(n) != 1 || strings.TrimSpace(textOf(n[0])) != want {
			t.Errorf("%s shows %q, want %q", testID, textOfAll(n), want)
		}
	}
	if n := testid(doc, "import-item"); len(n) != 5 {
		t.Errorf("page lists %d items, want 5", len(n))
	}

	// Nothing to import: the form comes back with a message.
	rec = c.postFiles("/stories/"+sid+"/imports", nil, nil)
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "Choose one or more files") {
		t.Errorf("empty import = %d, want 422 with a message", rec.Code)
	}
}

func textOfAll(ns []*html.Node) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, textOf(n))
	}
	return strings.Join(parts, "|")
}

func TestImportJSONLAndDuplicates(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	sid := strconv.FormatInt(id, 10)
	lines := []map[string]any{
		{"id": "a1", "text": "Xi was met on Wednesday at the airport in Nur-Sultan by President Tokayev.", "title": "Met", "outlet": "AJ", "published": "2022-09-14"},
		{"html": articlePage("Flew", "2022-09-15", "On Thursday, Xi flew to Samarkand."), "url": "https://example.com/flew"},
		{"text": "Xi was met on Wednesday at the airport in Nur-Sultan by President Tokayev.", "published": "2022-09-14"},
		{"text": "Xi spoke on Wednesday."},
		{"title": "nothing"},
	}
	var body strings.Builder
	for _, l := range lines {
		b, _ := json.Marshal(l)
		body.Write(b)
		body.WriteString("\n\n")
	}
	body.WriteString("{not json\n")
	req := httptest.NewRequest(http.MethodPost, "/api/stories/"+sid+"/imports", strings.NewReader(body.String()))
	req.Header.Set("Content-Type", "application/jsonl")
	rec := c.do(req)
	if rec.Code != http.StatusAccepted {
		t.Fatalf("POST /api/stories/%s/imports = %d %s, want 202", sid, rec.Code, rec.Body)
	}
	imp := waitImport(t, c, importID(t, rec))
	if imp.Total != 6 || imp.Added != 2 || imp.Duplicates != 1 || imp.Refused != 3 {
		t.Fatalf("import = %+v, want 6 items: 2 added, 1 duplicate, 3 refused", imp)
	}
	dup := itemsByState(imp)[db.ItemDuplicate][0]
	if dup.Document == 0 || !strings.Contains(dup.Reason, "already has") {
		t.Errorf("duplicate item = %+v, want the document it matches", dup)
	}

	// The same article through POST documents: 200, the stored document, duplicate set.
	add := `{"text":"Xi was met on Wednesday at the airport in Nur-Sultan by President Tokayev.","published":"2022-09-14"}`
	rec = c.postJSON("/api/stories/"+sid+"/documents", add)
	if rec.Code != http.StatusOK {
		t.Fatalf("POST the same document = %d %s, want 200", rec.Code, rec.Body)
	}
	var got apiAddedDocument
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Duplicate || got.Document.ID != dup.Document {
		t.Errorf("answer = duplicate %v, document %d; want duplicate of %d", got.Duplicate, got.Document.ID, dup.Document)
	}
	// The same URL with other text is the same article too.
	rec = c.postJSON("/api/stories/"+sid+"/documents", `{"text":"Another text on Thursday.","url":"https://example.com/flew","published":"2022-09-15"}`)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"duplicate":true`) {
		t.Errorf("POST the same URL = %d %s, want 200 duplicate", rec.Code, rec.Body)
	}
	if n := documentCount(t, app, id); n != 2 {
		t.Errorf("story has %d documents, want 2", n)
	}
}

func TestImportURLs(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/met":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, articlePage("Xi in Astana", "2022-09-14",
				"Xi was met on Wednesday at the airport in Nur-Sultan by President Kassym-Jomart Tokayev and an honour guard. "+
					"The two leaders signed agreements on trade, energy and transport, officials said after the talks in the capital."))
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte{0x89, 'P', 'N', 'G'})
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	urls := `{"urls":["` + site.URL + `/met","` + site.URL + `/image","` + site.URL + `/gone","ftp://example.com/x"]}`

	t.Run("private addresses allowed", func(t *testing.T) {
		app := newTestAppAt(t, filepath.Join(t.TempDir(), "s.db"), true)
		defer app.Close()
		c := newClientAs(t, app, timeline.RoleEditor)
		id := apiStory(t, c, "Trip")
		rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/imports", urls)
		if rec.Code != http.StatusAccepted {
			t.Fatalf("POST imports = %d %s", rec.Code, rec.Body)
		}
		imp := waitImport(t, c, importID(t, rec))
		if imp.Added != 1 || imp.Refused != 3 {
			t.Fatalf("import = %+v, want 1 added, 3 refused", imp)
		}
		why := map[string]string{}
		for _, it := range imp.Items {
			why[it.Name] = it.Reason
		}
		for name, want := range map[string]string{site.URL + "/image": "image/png", site.URL + "/gone": "404", "ftp://example.com/x": "http://"} {
			if !strings.Contains(why[name], want) {
				t.Errorf("%s refused because %q, want it to say %q", name, why[name], want)
			}
		}
		s := getStory(t, c, id)
		if len(s.Documents) != 1 || s.Documents[0].URL != site.URL+"/met" || s.Documents[0].Published.Date != "2022-09-14" {
			t.Errorf("documents = %+v, want the fetched article of 2022-09-14", s.Documents)
		}
	})
	t.Run("private addresses refused", func(t *testing.T) {
		app := newTestAppAt(t, filepath.Join(t.TempDir(), "s.db"), false)
		defer app.Close()
		c := newClientAs(t, app, timeline.RoleEditor)
		id := apiStory(t, c, "Trip")
		// localhost resolves to a loopback address: refused at dial time too.
		local := strings.Replace(site.URL, "127.0.0.1", "localhost", 1)
		body := `{"urls":["` + site.URL + `/met","` + local + `/met"]}`
		rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/imports", body)
		imp := waitImport(t, c, importID(t, rec))
		if imp.Added != 0 || imp.Refused != 2 {
			t.Fatalf("import = %+v, want both refused", imp)
		}
		for _, it := range imp.Items {
			if !strings.Contains(it.Reason, "internal address") {
				t.Errorf("%s refused because %q, want an internal address", it.Name, it.Reason)
			}
		}
	})
}

func TestImportCancelAndResume(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	app := newTestAppAt(t, path, false)
	// No worker: the import stays where the test puts it.
	app.stopWorker()
	<-app.workerDone
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	sid := strconv.FormatInt(id, 10)
	var body strings.Builder
	for i := range 4 {
		fmt.Fprintf(&body, `{"text":"Xi met leader %d on Wednesday in Astana.","published":"2022-09-14"}`+"\n", i)
	}
	post := func() int64 {
		req := httptest.NewRequest(http.MethodPost, "/api/stories/"+sid+"/imports", strings.NewReader(body.String()))
		rec := c.do(req)
		if rec.Code != http.StatusAccepted {
			t.Fatalf("POST imports = %d %s", rec.Code, rec.Body)
		}
		return importID(t, rec)
	}

	// Cancelled before it starts: nothing is added.
	first := post()
	req := httptest.NewRequest(http.MethodDelete, "/api/imports/"+strconv.FormatInt(first, 10), nil)
	if rec := c.do(req); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"state":"cancelled"`) {
		t.Fatalf("DELETE import = %d %s, want 200 cancelled", rec.Code, rec.Body)
	}

	// A worker adds one article, then its process dies (its lease runs out).
	second := post()
	ctx := context.Background()
	job, ok, err := app.store.ClaimJob(ctx, "dead", -time.Second)
	if err != nil || !ok || job.ID != second {
		t.Fatalf("ClaimJob = %+v, %v, %v; want import %d", job, ok, err, second)
	}
	it, _, err := app.store.NextItem(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	add, err := app.ingest.Add(ctx, id, documentInput{Body: it.Body, Published: it.Published})
	if err != nil {
		t.Fatal(err)
	}
	it.State, it.DocumentID = db.ItemAdded, add.Document.ID
	if err := app.store.FinishItem(ctx, it); err != nil {
		t.Fatal(err)
	}
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}

	// A new server on the same file resumes the import where it stopped.
	app = newTestAppAt(t, path, false)
	defer app.Close()
	c = newClientAs(t, app, timeline.RoleEditor)
	imp := waitImport(t, c, second)
	if imp.State != db.JobDone || imp.Added != 4 || imp.Duplicates != 0 {
		t.Fatalf("resumed import = %+v, want done with 4 added, no duplicate", imp)
	}
	cancelled := waitImport(t, c, first)
	if cancelled.State != db.JobCancelled || cancelled.Cancelled != 4 || cancelled.Added != 0 {
		t.Errorf("cancelled import = %+v, want 4 cancelled items", cancelled)
	}
	if n := documentCount(t, app, id); n != 4 {
		t.Errorf("story has %d documents, want 4", n)
	}
}

func TestReextractJob(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	apiDocument(t, c, id, 0)
	before := getStory(t, c, id)
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/reextract", "")
	if rec.Code != http.StatusAccepted {
		t.Fatalf("POST reextract = %d %s, want 202", rec.Code, rec.Body)
	}
	imp := waitImport(t, c, importID(t, rec))
	if imp.State != db.JobDone {
		t.Fatalf("reextract = %+v, want done", imp)
	}
	after := getStory(t, c, id)
	if len(after.Events) != len(before.Events) {
		t.Errorf("re-extraction gave %d events, want %d", len(after.Events), len(before.Events))
	}
}
