package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		status int
		code   timeline.ErrorCode
		msg    string
	}{
		{"invalid", timeline.Errorf(timeline.EInvalid, "A story needs a title."), 422, timeline.EInvalid, "A story needs a title."},
		{"wrapped not found", fmt.Errorf("load: %w", timeline.Errorf(timeline.ENotFound, "No story 4.")), 404, timeline.ENotFound, "No story 4."},
		{"conflict", timeline.Errorf(timeline.EConflict, "Taken."), 409, timeline.EConflict, "Taken."},
		{"forbidden", timeline.Errorf(timeline.EForbidden, "No."), 403, timeline.EForbidden, "No."},
		{"unauthorized", timeline.Errorf(timeline.EUnauthorized, "Sign in."), 401, timeline.EUnauthorized, "Sign in."},
		{"too large", timeline.Errorf(timeline.ETooLarge, "Big."), 413, timeline.ETooLarge, "Big."},
		{"internal hides its text", errors.New("sql: database is locked at /secret/path"), 500, timeline.EInternal, "An internal error occurred."},
		{"echo 404", echo.ErrNotFound, 404, timeline.ENotFound, "There is no page at this address."},
		{"echo 413", echo.ErrStatusRequestEntityTooLarge, 413, timeline.ETooLarge, "The request is larger than the 20 MB limit. Split the article or upload a smaller file."},
		{"bad request", badRequest("The request body is not a JSON object."), 400, timeline.EInvalid, "The request body is not a JSON object."},
		{"echo 500 hides its text", echo.NewHTTPError(http.StatusInternalServerError, "secret"), 500, timeline.EInternal, "An internal error occurred."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, code, msg := classify(tc.err)
			if status != tc.status || code != tc.code || msg != tc.msg {
				t.Errorf("classify(%v) = %d, %s, %q, want %d, %s, %q", tc.err, status, code, msg, tc.status, tc.code, tc.msg)
			}
		})
	}
}

// syncBuffer is a log destination that tests can read.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestInternalErrorLoggedOnce(t *testing.T) {
	var logs syncBuffer
	cfg := DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "storyline.db")
	cfg.Demo = false
	app, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(&logs, nil)), testExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	// With the database closed every query fails: an internal error.
	if err := app.store.Close(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/api/stories"} {
		t.Run(path, func(t *testing.T) {
			before := strings.Count(logs.String(), "request failed")
			rec := httptest.NewRecorder()
			app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			if rec.Code != http.StatusInternalServerError {
				t.Fatalf("GET %s with a closed database = %d, want 500", path, rec.Code)
			}
			id := rec.Header().Get(echo.HeaderXRequestID)
			if id == "" {
				t.Fatalf("GET %s: no request id header", path)
			}
			out := logs.String()
			if n := strings.Count(out, "request failed") - before; n != 1 {
				t.Errorf("GET %s: internal error logged %d times, want once:\n%s", path, n, out)
			}
			if !strings.Contains(out, "request_id="+id) {
				t.Errorf("GET %s: the log does not carry request id %s:\n%s", path, id, out)
			}
			body := rec.Body.String()
			if strings.Contains(body, "closed") || strings.Contains(body, "sql") {
				t.Errorf("GET %s: the response shows the internal error: %s", path, body)
			}
			if !strings.Contains(body, "An internal error occurred.") {
				t.Errorf("GET %s: the response lacks the generic message: %s", path, body)
			}
		})
	}
}

// TestClientGoneLoggedAs499 checks that a request whose client went away
// (its context canceled) is logged at INFO with status 499, not as an
// internal error.
func TestClientGoneLoggedAs499(t *testing.T) {
	var logs syncBuffer
	cfg := DefaultConfig()
	cfg.DB = filepath.Join(t.TempDir(), "storyline.db")
	cfg.Demo = true
	app, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(&logs, nil)), testExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	for _, path := range []string{"/stories/1", "/api/stories/1", "/stories/1/export.ics"} {
		t.Run(path, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel() // the reader left before the answer
			before := len(logs.String())
			rec := httptest.NewRecorder()
			app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx))
			out := logs.String()[before:]
			if strings.Contains(out, "level=ERROR") {
				t.Errorf("GET %s with the client gone logged an ERROR:\n%s", path, out)
			}
			if !strings.Contains(out, "level=INFO msg=request") || !strings.Contains(out, "status=499") {
				t.Errorf("GET %s with the client gone: want an INFO request line with status=499, got:\n%s", path, out)
			}
			if strings.Contains(rec.Body.String(), "internal error") {
				t.Errorf("GET %s with the client gone answered an internal error page", path)
			}
		})
	}
}
