package main

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// echoParam is a path parameter of an echo route (:id).
var echoParam = regexp.MustCompile(`:([A-Za-z_]+)`)

// openAPIPath turns an echo route path (/api/stories/:id) into an OpenAPI
// path template (/api/stories/{id}).
func openAPIPath(p string) string { return echoParam.ReplaceAllString(p, "{$1}") }

// TestOpenAPIMatchesRoutes checks the served OpenAPI document against the
// router: every /api route is described with its method, and every
// operation described is a route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	app := newTestApp(t, false)
	rec := newClient(t, app).get("/api/openapi.json")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("GET /api/openapi.json = %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0.") {
		t.Errorf("openapi = %q, want 3.0.x", doc.OpenAPI)
	}
	methods := map[string]bool{"get": true, "put": true, "post": true, "delete": true, "options": true, "head": true, "patch": true, "trace": true}
	var documented, routedAPI []string
	routes := map[string]bool{}
	for _, r := range app.echo.Routes() {
		op := strings.ToLower(r.Method) + " " + openAPIPath(r.Path)
		routes[op] = true
		if strings.HasPrefix(r.Path, "/api/") {
			routedAPI = append(routedAPI, op)
		}
	}
	for path, item := range doc.Paths {
		for m := range item {
			if !methods[m] {
				continue // parameters, summary, description
			}
			op := m + " " + path
			documented = append(documented, op)
			if !routes[op] {
				t.Errorf("openapi.json describes %s, which is not a route", op)
			}
		}
	}
	docSet := map[string]bool{}
	for _, op := range documented {
		docSet[op] = true
	}
	var missing []string
	for _, op := range routedAPI {
		if !docSet[op] {
			missing = append(missing, op)
		}
	}
	sort.Strings(missing)
	if diff := cmp.Diff([]string(nil), missing); diff != "" {
		t.Errorf("API routes missing from cmd/web/openapi.json (-want +got):\n%s", diff)
	}
}

// TestOpenAPIReferences checks that every $ref of the document points at a
// component it defines.
func TestOpenAPIReferences(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	n := 0
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "$ref" {
					n++
					var cur any = doc
					for _, part := range strings.Split(strings.TrimPrefix(s, "#/"), "/") {
						m, ok := cur.(map[string]any)
						if !ok {
							cur = nil
							break
						}
						cur = m[part]
					}
					if cur == nil {
						t.Errorf("$ref %q points at nothing", s)
					}
					continue
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	if n == 0 {
		t.Errorf("openapi.json has no $ref at all")
	}
}
