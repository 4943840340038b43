package main

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/timeline/export"
)

// sessionCookie is the name of the cookie that holds the session token.
const sessionCookie = "storyline_session"

// sessionTTL is how long a session lasts.
const sessionTTL = 14 * 24 * time.Hour

// setupTTL is how long the first-run set-up link and the links admins
// make stay valid.
const setupTTL = 7 * 24 * time.Hour

// userContextKey is where authenticate leaves the signed-in user.
const userContextKey = "storyline.user"

// currentUser returns the signed-in user, if any.
func currentUser(c echo.Context) (timeline.User, bool) {
	u, ok := c.Get(userContextKey).(timeline.User)
	return u, ok
}

// authenticate is the middleware that finds the user of a request: from an
// "Authorization: Bearer" API token, or else from the session cookie. A bad
// bearer token is an error; a stale session cookie is dropped.
func (a *App) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if strings.HasPrefix(c.Request().URL.Path, "/static/") {
			return next(c) // assets are public; spare the database
		}
		ctx := c.Request().Context()
		if h := c.Request().Header.Get(echo.HeaderAuthorization); h != "" {
			scheme, token, _ := strings.Cut(h, " ")
			if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
				return timeline.Errorf(timeline.EUnauthorized, "Use \"Authorization: Bearer <token>\" with an API token from your account page.")
			}
			u, err := a.store.APITokenUser(ctx, strings.TrimSpace(token))
			if err != nil {
				return err
			}
			c.Set(userContextKey, u)
			return next(c)
		}
		if isAPI(c) && c.Request().Method != http.MethodGet && c.Request().Method != http.MethodHead {
			// API writes authenticate with a token only: a cookie alone
			// does not carry a CSRF check there.
			return next(c)
		}
		if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
			u, err := a.store.SessionUser(ctx, ck.Value)
			switch {
			case err == nil:
				c.Set(userContextKey, u)
				c.Set(sessionTokenKey, ck.Value)
			case timeline.ErrorCodeOf(err) == timeline.EUnauthorized:
				clearSessionCookie(c)
			default:
				return err
			}
		}
		return next(c)
	}
}

// bearer reports whether the request authenticated with an API token; such
// requests need no CSRF token, as no browser sends that header on its own.
func bearer(c echo.Context) bool {
	return c.Request().Header.Get(echo.HeaderAuthorization) != ""
}

// allow checks that the request's user may do action: not signed in is
// unauthorized, a role without the right is forbidden.
func allow(c echo.Context, action timeline.Action) error {
	u, ok := currentUser(c)
	if !ok {
		return timeline.Errorf(timeline.EUnauthorized, "Sign in first.")
	}
	if !u.Can(action) {
		return timeline.Errorf(timeline.EForbidden, "Your role (%s) may not do this.", u.Role)
	}
	return nil
}

// require wraps a handler so that it runs only for users who may do action.
func (a *App) require(action timeline.Action, h echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := allow(c, action); err != nil {
			return err
		}
		return h(c)
	}
}

// canReadStory checks that the request may read a story: any signed-in
// user may, anybody may read a public story, and a share link opens one
// story (see showShared).
func (a *App) canReadStory(c echo.Context, storyID int64) error {
	if _, ok := currentUser(c); ok {
		return nil
	}
	if token := c.QueryParam("share"); token != "" {
		// The exports of a shared story carry its share token.
		shared, err := a.store.SharedStory(c.Request().Context(), token)
		if err == nil && shared == storyID {
			return nil
		}
	}
	// The story's row, kept for storyResponse: a cached page then costs
	// this one read, which concurrent readers of the story share (see
	// story_info.go).
	info, err := a.infos.get(c.Request().Context(), storyID)
	if err != nil {
		return err
	}
	c.Set(storyInfoKey, info)
	if !info.Public {
		// Not found rather than unauthorized for the API would leak less,
		// but people following a link need to be told to sign in.
		return timeline.Errorf(timeline.EUnauthorized, "This story is private to the newsroom: sign in to read it.")
	}
	return nil
}

// audience is who the request reads a story as, once canReadStory let it
// in: the newsroom when a user is signed in, an outsider otherwise (a share
// link, a public story). What each may see is decided by timeline.Audience
// alone, through export.ReadView.
func audience(c echo.Context) timeline.Audience {
	if _, ok := currentUser(c); ok {
		return timeline.Newsroom
	}
	return timeline.Outsider
}

// view reads story id as the request's audience sees it, with the events
// filter keeps; the caller has checked that the request may read it.
func (a *App) view(c echo.Context, id int64, filter timeline.StoryFilter) (export.View, error) {
	return export.ReadView(c.Request().Context(), a.store, audience(c), id, filter)
}

// readableEventID loads event id for the request, which must be able to
// read its story; an outsider asking for an event the audience rule keeps
// from them (hidden, merged, rejected, or not published when the story
// shows published events only) is told there is no such event.
func (a *App) readableEventID(c echo.Context, id int64) (timeline.ReviewedEvent, timeline.Audience, error) {
	ctx := c.Request().Context()
	e, err := a.store.ReviewedEvent(ctx, id)
	if err != nil {
		return timeline.ReviewedEvent{}, 0, err
	}
	if err := a.canReadStory(c, e.StoryID); err != nil {
		return timeline.ReviewedEvent{}, 0, err
	}
	aud := audience(c)
	if aud == timeline.Newsroom {
		return e, aud, nil
	}
	access, err := a.store.StoryAccess(ctx, e.StoryID)
	if err != nil {
		return timeline.ReviewedEvent{}, 0, err
	}
	if !aud.Sees(e, access.Show) {
		return timeline.ReviewedEvent{}, 0, timeline.Errorf(timeline.ENotFound, "event %d not found", id) // as the store says it
	}
	return aud.Redact(e), aud, nil
}

// sharedBy is the share token an anonymous visitor came by, when it opens
// the story storyID; "" otherwise. Pages pass it on in their links, so that
// a visitor with a share link is never sent to the login page.
func (a *App) sharedBy(c echo.Context, storyID int64) string {
	if _, ok := currentUser(c); ok {
		return ""
	}
	token := c.QueryParam("share")
	if token == "" {
		return ""
	}
	if shared, err := a.store.SharedStory(c.Request().Context(), token); err != nil || shared != storyID {
		return ""
	}
	return token
}

// readStory is middleware for routes whose :id is a story: it checks that
// the request may read it.
func (a *App) readStory(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := idParam(c, "story")
		if err != nil {
			return err
		}
		if err := a.canReadStory(c, id); err != nil {
			return err
		}
		return next(c)
	}
}

// setSessionCookie sets the session cookie: HttpOnly, SameSite=Strict, and
// Secure when the request came over TLS.
func setSessionCookie(c echo.Context, token string, expires time.Time) {
	c.SetCookie(&http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", Expires: expires,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: c.Request().TLS != nil,
	})
}

func clearSessionCookie(c echo.Context) {
	c.SetCookie(&http.Cookie{
		Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: c.Request().TLS != nil,
	})
}

// loginURL is the sign-in page that comes back to the current page.
func loginURL(c echo.Context) string {
	next := c.Request().URL.RequestURI()
	if c.Request().Method != http.MethodGet {
		next = c.Request().Referer()
		if u, err := url.Parse(next); err == nil {
			next = u.RequestURI()
		}
	}
	return "/login?next=" + url.QueryEscape(safeNext(next))
}

// safeNext keeps a post-login redirect on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// limiter counts failed sign-ins per key (an IP address, a user name) over
// a sliding window.
type limiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	fails  map[string][]time.Time
	now    func() time.Time
}

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, fails: map[string][]time.Time{}, now: time.Now}
}

// blocked reports whether any of keys has failed max times within the window.
func (l *limiter) blocked(keys ...string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for _, k := range keys {
		if len(l.recent(k, now)) >= l.max {
			return true
		}
	}
	return false
}

// fail records a failure for each key.
func (l *limiter) fail(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.fails) > 100000 {
		// Forget keys that have aged out, so the map cannot grow forever.
		for k := range l.fails {
			if len(l.recent(k, now)) == 0 {
				delete(l.fails, k)
			}
		}
	}
	for _, k := range keys {
		l.fails[k] = append(l.recent(k, now), now)
	}
}

// recent returns the failures of key within the window; l.mu is held.
func (l *limiter) recent(key string, now time.Time) []time.Time {
	ts := l.fails[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(l.fails, key)
		return nil
	}
	l.fails[key] = ts
	return ts
}

// csrfCookie holds the form token of a visitor who is not signed in.
const csrfCookie = "_csrf"

// sessionTokenKey is where authenticate leaves the session token of a
// signed-in request, from which its form token is derived.
const sessionTokenKey = "storyline.session_token"

// csrf is the middleware that guards forms against cross-site requests.
// A signed-in request's token is derived from its session (an HMAC keyed by
// the session token), so a token works with that session only: a token
// and cookie pair an attacker planted or copied from another session is
// refused. A visitor who is not signed in (the sign-in and set-up forms)
// gets a random token in an HttpOnly SameSite=Strict cookie that the form
// must repeat. API requests authenticate with a bearer token, which no
// browser sends on its own, and need none.
func (a *App) csrf(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if isAPI(c) || bearer(c) || strings.HasPrefix(c.Request().URL.Path, "/static/") {
			return next(c)
		}
		if _, ok := currentUser(c); !ok && c.Request().Method == http.MethodGet && selfCompressed[c.Path()] {
			// An outsider reading a story: its pages have no form to
			// protect, and a new token and cookie for every reader of a
			// cached page is most of what that page costs.
			return next(c)
		}
		var token string
		if session, ok := c.Get(sessionTokenKey).(string); ok && session != "" {
			token = sessionCSRF(session)
		} else {
			if ck, err := c.Cookie(csrfCookie); err == nil && len(ck.Value) == 2*csrfBytes && isHex(ck.Value) {
				token = ck.Value
			} else {
				b := make([]byte, csrfBytes)
				if _, err := rand.Read(b); err != nil {
					return fmt.Errorf("making a form token: %w", err)
				}
				token = hex.EncodeToString(b)
			}
			c.SetCookie(&http.Cookie{Name: csrfCookie, Value: token, Path: "/", MaxAge: 24 * 60 * 60,
				HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: c.Request().TLS != nil})
		}
		c.Set(csrfContextKey, token)
		switch c.Request().Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace:
			return next(c)
		}
		if site := c.Request().Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
			// The browser says the form came from another site (a sibling
			// subdomain is "same-site"): refused whatever it carries.
			return timeline.Errorf(timeline.EForbidden, "The form could not be checked: it expired or did not come from this site. Reload the page and send it again.")
		}
		sent := c.Request().Header.Get("X-CSRF-Token")
		if sent == "" {
			sent = c.FormValue("_csrf")
		}
		if sent == "" || subtle.ConstantTimeCompare([]byte(sent), []byte(token)) != 1 {
			return timeline.Errorf(timeline.EForbidden, "The form could not be checked: it expired or did not come from this site. Reload the page and send it again.")
		}
		return next(c)
	}
}

// csrfBytes is the size of an anonymous visitor's form token.
const csrfBytes = 32

// sessionCSRF is the form token of a session: an HMAC-SHA256 keyed by the
// session token, which only the session's browser and the server know (the
// database keeps its hash only), of a fixed label.
func sessionCSRF(session string) string {
	m := hmac.New(sha256.New, []byte(session))
	m.Write([]byte("storyline form token v1"))
	return hex.EncodeToString(m.Sum(nil))
}

func isHex(s string) bool {
	_, err := hex.DecodeString(s)
	return err == nil
}
