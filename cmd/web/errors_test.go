package main

import (
	"errors"
	"fmt"
	"net/http"
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
