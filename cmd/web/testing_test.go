package main

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"

	"storyline/timeline"
)

// Helpers to authenticate in tests. A test makes a user of a role and
// then either a client that carries their session cookie and API token
// (newClientAs), or the raw cookie (sessionCookieFor) or API token
// (apiTokenFor) to add to its own requests.

// testPassword is the password of every user the helpers make.
const testPassword = "correct horse battery"

var userSeq atomic.Int64

// newUser makes a user of role with a unique name and testPassword.
func newUser(t testing.TB, app *App, role timeline.Role) timeline.User {
	t.Helper()
	name := fmt.Sprintf("%s%d", role, userSeq.Add(1))
	u, err := app.store.CreateUser(context.Background(), name, role, testPassword)
	if err != nil {
		t.Fatalf("CreateUser(%q, %s): %v", name, role, err)
	}
	return u
}

// sessionCookieFor makes a user of role and returns a session cookie that
// signs them in.
func sessionCookieFor(t testing.TB, app *App, role timeline.Role) *http.Cookie {
	t.Helper()
	return sessionCookieOf(t, app, newUser(t, app, role))
}

func sessionCookieOf(t testing.TB, app *App, u timeline.User) *http.Cookie {
	t.Helper()
	token, _, err := app.store.CreateSession(context.Background(), u.ID, sessionTTL)
	if err != nil {
		t.Fatalf("CreateSession(%d): %v", u.ID, err)
	}
	return &http.Cookie{Name: sessionCookie, Value: token}
}

// apiTokenFor makes a user of role and returns an API token of theirs, for
// "Authorization: Bearer <token>".
func apiTokenFor(t testing.TB, app *App, role timeline.Role) string {
	t.Helper()
	return apiTokenOf(t, app, newUser(t, app, role))
}

func apiTokenOf(t testing.TB, app *App, u timeline.User) string {
	t.Helper()
	token, _, err := app.store.CreateAPIToken(context.Background(), u.ID, "test")
	if err != nil {
		t.Fatalf("CreateAPIToken(%d): %v", u.ID, err)
	}
	return token
}

// newClientAs returns a client signed in as a new user of role: its pages
// carry the session cookie and its /api/ requests the user's API token.
func newClientAs(t testing.TB, app *App, role timeline.Role) *client {
	t.Helper()
	u := newUser(t, app, role)
	c := newClient(t, app)
	c.session = sessionCookieOf(t, app, u).Value
	c.bearer = apiTokenOf(t, app, u)
	return c
}
