package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"storyline/timeline/extract"
)

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// testExtractor is built once: loading the gazetteer is the slow part.
func testExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	extractorOnce.Do(func() { extractor, extractorErr = NewExtractor() })
	if extractorErr != nil {
		t.Fatalf("NewExtractor: %v", extractorErr)
	}
	return extractor
}

// newTestApp builds an app on a fresh database in a temp directory.
func newTestApp(t testing.TB, demo bool) *App {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = filepath.Join(t.TempDir(), "storyline.db")
	cfg.Demo = demo
	// No page is rendered behind the tests' backs (warm.go; TestWarmPages
	// turns it on).
	cfg.Warm = 0
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	app, err := New(context.Background(), cfg, logger, testExtractor(t))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	app.stderr = io.Discard
	t.Cleanup(func() {
		if err := app.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return app
}

// client talks to the app's handler the way a browser does: it keeps the
// CSRF cookie and fills the _csrf field of forms.
type client struct {
	t     testing.TB
	app   *App
	token string
	// session is the session cookie's value, sent with every request when
	// set; bearer is an API token, sent with /api/ requests when set.
	session string
	bearer  string
}

func newClient(t testing.TB, app *App) *client { return &client{t: t, app: app} }

func (c *client) do(req *http.Request) *httptest.ResponseRecorder {
	c.t.Helper()
	if c.token != "" {
		req.AddCookie(&http.Cookie{Name: "_csrf", Value: c.token})
	}
	if c.session != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: c.session})
	}
	if c.bearer != "" && strings.HasPrefix(req.URL.Path, "/api/") && req.Header.Get("Authorization") == "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	rec := httptest.NewRecorder()
	c.app.Handler().ServeHTTP(rec, req)
	for _, ck := range rec.Result().Cookies() {
		switch ck.Name {
		case "_csrf":
			c.token = ck.Value
		case sessionCookie:
			c.session = ck.Value
			if ck.MaxAge < 0 {
				c.session = ""
			}
		}
	}
	return rec
}

func (c *client) get(path string) *httptest.ResponseRecorder {
	c.t.Helper()
	return c.do(httptest.NewRequest(http.MethodGet, path, nil))
}

// formToken is the token the client's forms carry, as the pages render
// it: derived from the session when signed in, else the _csrf cookie.
func (c *client) formToken() string {
	if c.session != "" {
		return sessionCSRF(c.session)
	}
	return c.token
}

// login fetches a page so that the client holds a CSRF token.
func (c *client) login() {
	c.t.Helper()
	if rec := c.get("/"); rec.Code != http.StatusOK {
		c.t.Fatalf("GET / = %d, want 200", rec.Code)
	}
	if c.formToken() == "" {
		c.t.Fatalf("GET / set no _csrf cookie")
	}
}

// postForm posts url-encoded values with the CSRF token.
func (c *client) postForm(path string, v url.Values) *httptest.ResponseRecorder {
	c.t.Helper()
	v = cloneValues(v)
	if t := c.formToken(); t != "" && !v.Has("_csrf") {
		v.Set("_csrf", t)
	}
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// postMultipart posts a multipart form with an optional file, with the CSRF token.
func (c *client) postMultipart(path string, v url.Values, fileName string, file []byte) *httptest.ResponseRecorder {
	c.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	v = cloneValues(v)
	if t := c.formToken(); t != "" && !v.Has("_csrf") {
		v.Set("_csrf", t)
	}
	for k, vs := range v {
		for _, s := range vs {
			w.WriteField(k, s)
		}
	}
	if fileName != "" {
		fw, err := w.CreateFormFile("file", fileName)
		if err != nil {
			c.t.Fatal(err)
		}
		fw.Write(file)
	}
	w.Close()
	req := httptest.NewRequest(http.MethodPost, path, &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.do(req)
}

// postJSON posts a JSON body (no CSRF token: the API is exempt).
func (c *client) postJSON(path, body string) *httptest.ResponseRecorder {
	c.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return c.do(req)
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func parseHTML(t testing.TB, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	return doc
}

// findAttr returns the elements whose attribute key has value val.
func findAttr(n *html.Node, key, val string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == key && a.Val == val {
					out = append(out, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// testid returns the elements with data-testid=id.
func testid(n *html.Node, id string) []*html.Node { return findAttr(n, "data-testid", id) }

func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
