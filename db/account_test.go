package db

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

const testPassword = "correct horse battery"

// clock is a settable time for db.now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// withClock makes db read the time from a clock starting at 2022-09-14 12:00 UTC.
func withClock(db *DB) *clock {
	c := &clock{t: time.Date(2022, 9, 14, 12, 0, 0, 0, time.UTC)}
	db.now = c.now
	return c
}

func newUser(t testing.TB, db *DB, name string, role timeline.Role) timeline.User {
	t.Helper()
	u, err := db.CreateUser(context.Background(), name, role, testPassword)
	if err != nil {
		t.Fatalf("CreateUser(%q, %q): %v", name, role, err)
	}
	return u
}

func TestPasswordHash(t *testing.T) {
	h1, err := hashPassword(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := hashPassword(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	if h1 == h2 {
		t.Errorf("two hashes of one password are equal (%s): the salt is not random", h1)
	}
	if !strings.HasPrefix(h1, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hashPassword = %q, want a PHC argon2id string with its parameters", h1)
	}
	tests := []struct {
		name     string
		password string
		hash     string
		want     bool
		wantErr  bool
	}{
		{"right", testPassword, h1, true, false},
		{"right, other salt", testPassword, h2, true, false},
		{"wrong", "correct horse battery staple", h1, false, false},
		{"empty", "", h1, false, false},
		{"case", strings.ToUpper(testPassword), h1, false, false},
		{"not PHC", testPassword, "plain", false, true},
		{"bcrypt", testPassword, "$2a$10$abcdefghijklmnopqrstuv", false, true},
		{"bad params", testPassword, strings.Replace(h1, "t=2", "t=0", 1), false, true},
		{"bad salt", testPassword, strings.Replace(h1, "p=1$", "p=1$!!", 1), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := checkPassword(tc.password, tc.hash)
			if got != tc.want || (err != nil) != tc.wantErr {
				t.Errorf("checkPassword(%q, %q) = %v, %v, want %v (error %v)", tc.password, tc.hash, got, err, tc.want, tc.wantErr)
			}
		})
	}
	// Parameters are read from the hash, so old hashes keep working when the defaults change.
	cheap, err := hashWith(testPassword, argonParams{memory: 64, time: 1, threads: 1, keyLen: 16, saltLen: 8})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := checkPassword(testPassword, cheap); !ok || err != nil {
		t.Errorf("checkPassword with other parameters (%s) = %v, %v, want true", cheap, ok, err)
	}
}

func TestUsers(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	if n, err := db.UserCount(ctx); n != 0 || err != nil {
		t.Fatalf("UserCount on a new database = %d, %v, want 0", n, err)
	}
	anna := newUser(t, db, "anna", timeline.RoleAdmin)
	bo := newUser(t, db, "bo", timeline.RoleEditor)

	creates := []struct {
		name, user string
		role       timeline.Role
		password   string
		code       timeline.ErrorCode
	}{
		{"taken", "anna", timeline.RoleViewer, testPassword, timeline.EConflict},
		{"taken in another case", "ANNA", timeline.RoleViewer, testPassword, timeline.EConflict},
		{"bad name", "anna k", timeline.RoleViewer, testPassword, timeline.EInvalid},
		{"bad role", "cy", "root", testPassword, timeline.EInvalid},
		{"short password", "cy", timeline.RoleViewer, "short", timeline.EInvalid},
	}
	for _, tc := range creates {
		t.Run("create "+tc.name, func(t *testing.T) {
			_, err := db.CreateUser(ctx, tc.user, tc.role, tc.password)
			if got := timeline.ErrorCodeOf(err); got != tc.code {
				t.Errorf("CreateUser(%q, %q) = %v, want code %q", tc.user, tc.role, err, tc.code)
			}
		})
	}

	logins := []struct {
		name, user, password string
		want                 int64
	}{
		{"right", "anna", testPassword, anna.ID},
		{"name in another case", "Bo", testPassword, bo.ID},
		{"wrong password", "anna", "wrong horse battery", 0},
		{"unknown user", "zed", testPassword, 0},
	}
	for _, tc := range logins {
		t.Run("sign in "+tc.name, func(t *testing.T) {
			u, err := db.Authenticate(ctx, tc.user, tc.password)
			if tc.want == 0 {
				if code := timeline.ErrorCodeOf(err); code != timeline.EUnauthorized {
					t.Errorf("Authenticate(%q, %q) = %+v, %v, want unauthorized", tc.user, tc.password, u, err)
				}
				return
			}
			if err != nil || u.ID != tc.want {
				t.Errorf("Authenticate(%q, %q) = %+v, %v, want user %d", tc.user, tc.password, u, err, tc.want)
			}
		})
	}

	users, err := db.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]timeline.User{anna, bo}, users); diff != "" {
		t.Errorf("Users (-want +got):\n%s", diff)
	}

	// The last admin stays.
	if err := db.SetRole(ctx, anna.ID, timeline.RoleEditor); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("SetRole(last admin, editor) = %v, want a conflict", err)
	}
	if err := db.DeleteUser(ctx, anna.ID); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("DeleteUser(last admin) = %v, want a conflict", err)
	}
	if err := db.SetRole(ctx, bo.ID, timeline.RoleAdmin); err != nil {
		t.Fatalf("SetRole(bo, admin): %v", err)
	}
	if err := db.DeleteUser(ctx, anna.ID); err != nil {
		t.Errorf("DeleteUser(anna) with another admin: %v", err)
	}
	if _, err := db.User(ctx, anna.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("User(deleted) = %v, want not found", err)
	}

	// A new password works, the old one does not, and sessions end.
	token, _, err := db.CreateSession(ctx, bo.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetPassword(ctx, bo.ID, "a brand new password"); err != nil {
		t.Fatalf("SetPassword: %v", err)
	}
	if _, err := db.Authenticate(ctx, "bo", testPassword); err == nil {
		t.Errorf("Authenticate with the old password succeeded")
	}
	if _, err := db.Authenticate(ctx, "bo", "a brand new password"); err != nil {
		t.Errorf("Authenticate with the new password: %v", err)
	}
	if _, err := db.SessionUser(ctx, token); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("SessionUser after SetPassword = %v, want unauthorized", err)
	}
}

func TestSessions(t *testing.T) {
	db := openTest(t)
	clk := withClock(db)
	ctx := context.Background()
	anna := newUser(t, db, "anna", timeline.RoleEditor)
	token, expires, err := db.CreateSession(ctx, anna.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if want := clk.now().Add(time.Hour); !expires.Equal(want) {
		t.Errorf("CreateSession expires %v, want %v", expires, want)
	}
	other, _, err := db.CreateSession(ctx, anna.ID, 2*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if other == token {
		t.Fatalf("two sessions got the same token")
	}
	steps := []struct {
		name  string
		after time.Duration
		token string
		want  int64 // 0: unauthorized
	}{
		{"fresh", 0, token, anna.ID},
		{"just before expiry", 59 * time.Minute, token, anna.ID},
		{"at expiry", time.Minute, token, 0},
		{"longer session still valid", 0, other, anna.ID},
		{"unknown token", 0, "sls_nothing", 0},
		{"longer session expired", time.Hour, other, 0},
	}
	for _, step := range steps {
		clk.add(step.after)
		u, err := db.SessionUser(ctx, step.token)
		if step.want == 0 {
			if timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
				t.Errorf("%s: SessionUser = %+v, %v, want unauthorized", step.name, u, err)
			}
			continue
		}
		if err != nil || u.ID != step.want {
			t.Errorf("%s: SessionUser = %+v, %v, want user %d", step.name, u, err, step.want)
		}
	}
	// Signing out ends the session at once.
	third, _, err := db.CreateSession(ctx, anna.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "sessions"); n != 1 {
		t.Errorf("%d sessions after a new one, want 1 (expired ones swept)", n)
	}
	if err := db.DeleteSession(ctx, third); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SessionUser(ctx, third); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("SessionUser after DeleteSession = %v, want unauthorized", err)
	}
}

func TestSetupToken(t *testing.T) {
	db := openTest(t)
	clk := withClock(db)
	ctx := context.Background()
	first, err := db.CreateSetupToken(ctx, "", timeline.RoleAdmin, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.SetupToken(ctx, first); err != nil {
		t.Errorf("SetupToken(new) = %v", err)
	}
	if _, err := db.UseSetupToken(ctx, first, "", testPassword); timeline.ErrorCodeOf(err) != timeline.EInvalid {
		t.Errorf("UseSetupToken without a name = %v, want invalid", err)
	}
	if _, err := db.UseSetupToken(ctx, first, "anna", "short"); timeline.ErrorCodeOf(err) != timeline.EInvalid {
		t.Errorf("UseSetupToken with a short password = %v, want invalid", err)
	}
	anna, err := db.UseSetupToken(ctx, first, "anna", testPassword)
	if err != nil {
		t.Fatalf("UseSetupToken: %v", err)
	}
	if anna.Role != timeline.RoleAdmin || anna.Name != "anna" {
		t.Errorf("UseSetupToken made %+v, want admin anna", anna)
	}
	if _, err := db.Authenticate(ctx, "anna", testPassword); err != nil {
		t.Errorf("Authenticate after set-up: %v", err)
	}
	if _, err := db.UseSetupToken(ctx, first, "eve", testPassword); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("UseSetupToken a second time = %v, want not found", err)
	}

	// A link made for a name and role.
	named, err := db.CreateSetupToken(ctx, "bo", timeline.RoleViewer, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if name, role, err := db.SetupToken(ctx, named); name != "bo" || role != timeline.RoleViewer || err != nil {
		t.Errorf("SetupToken = %q, %q, %v, want bo, viewer", name, role, err)
	}
	if _, err := db.UseSetupToken(ctx, named, "eve", testPassword); timeline.ErrorCodeOf(err) != timeline.EInvalid {
		t.Errorf("UseSetupToken under another name = %v, want invalid", err)
	}
	if bo, err := db.UseSetupToken(ctx, named, "", testPassword); err != nil || bo.Name != "bo" || bo.Role != timeline.RoleViewer {
		t.Errorf("UseSetupToken(named) = %+v, %v, want viewer bo", bo, err)
	}

	// Expiry.
	late, err := db.CreateSetupToken(ctx, "", timeline.RoleEditor, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	clk.add(time.Hour)
	if _, err := db.UseSetupToken(ctx, late, "cy", testPassword); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("UseSetupToken after expiry = %v, want not found", err)
	}
	if n, _ := db.UserCount(ctx); n != 2 {
		t.Errorf("UserCount = %d, want 2", n)
	}
}

func TestAPITokens(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	anna := newUser(t, db, "anna", timeline.RoleEditor)
	bo := newUser(t, db, "bo", timeline.RoleViewer)
	token, info, err := db.CreateAPIToken(ctx, anna.ID, "newsroom script")
	if err != nil {
		t.Fatal(err)
	}
	u, err := db.APITokenUser(ctx, token)
	if err != nil || u.ID != anna.ID || u.Role != timeline.RoleEditor {
		t.Errorf("APITokenUser = %+v, %v, want editor anna", u, err)
	}
	if _, err := db.APITokenUser(ctx, token+"x"); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("APITokenUser(unknown) = %v, want unauthorized", err)
	}
	if _, _, err := db.CreateAPIToken(ctx, 999, ""); timeline.ErrorCodeOf(err) != timeline.ENotFound && timeline.ErrorCodeOf(err) != timeline.EInvalid {
		t.Errorf("CreateAPIToken(no such user) = %v, want an error", err)
	}
	// Another user cannot revoke it.
	if err := db.RevokeAPIToken(ctx, bo.ID, info.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("RevokeAPIToken by another user = %v, want not found", err)
	}
	if err := db.RevokeAPIToken(ctx, anna.ID, info.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.APITokenUser(ctx, token); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("APITokenUser(revoked) = %v, want unauthorized", err)
	}
	list, err := db.APITokens(ctx, anna.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != info.ID || list[0].Label != "newsroom script" || list[0].Revoked.IsZero() {
		t.Errorf("APITokens = %+v, want the one revoked token", list)
	}
}

func TestShareLinks(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	other := newStory(t, db, "Another story")
	l, err := db.CreateShareLink(ctx, story.ID, "anna")
	if err != nil {
		t.Fatal(err)
	}
	l2, err := db.CreateShareLink(ctx, story.ID, "anna")
	if err != nil {
		t.Fatal(err)
	}
	if l.Token == l2.Token || len(l.Token) < 40 {
		t.Errorf("share tokens %q and %q: want two long, different tokens", l.Token, l2.Token)
	}
	if id, err := db.SharedStory(ctx, l.Token); id != story.ID || err != nil {
		t.Errorf("SharedStory = %d, %v, want %d", id, err, story.ID)
	}
	if err := db.RevokeShareLink(ctx, other.ID, l.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("RevokeShareLink through another story = %v, want not found", err)
	}
	if err := db.RevokeShareLink(ctx, story.ID, l.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SharedStory(ctx, l.Token); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("SharedStory(revoked) = %v, want not found", err)
	}
	if id, err := db.SharedStory(ctx, l2.Token); id != story.ID || err != nil {
		t.Errorf("SharedStory(other link) = %d, %v, want %d", id, err, story.ID)
	}
	links, err := db.ShareLinks(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || links[0].ID != l2.ID || !links[0].Revoked.IsZero() || links[1].Revoked.IsZero() {
		t.Errorf("ShareLinks = %+v, want l2 live then l revoked", links)
	}
	if _, err := db.CreateShareLink(ctx, 999, "anna"); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("CreateShareLink(no such story) = %v, want not found", err)
	}
}

func TestTokensHashedAtRest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "storyline.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	anna := newUser(t, db, "anna", timeline.RoleAdmin)
	session, _, err := db.CreateSession(ctx, anna.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	setup, err := db.CreateSetupToken(ctx, "bo", timeline.RoleEditor, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	api, _, err := db.CreateAPIToken(ctx, anna.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// The database file, and its WAL should one be left.
	var data []byte
	for _, p := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		data = append(data, b...)
	}
	for _, tc := range []struct{ name, token string }{{"session", session}, {"set-up", setup}, {"API", api}} {
		t.Run(tc.name, func(t *testing.T) {
			if bytes.Contains(data, []byte(tc.token)) {
				t.Errorf("the %s token %q is in the database file", tc.name, tc.token)
			}
			if !bytes.Contains(data, []byte(hashToken(tc.token))) {
				t.Errorf("the hash of the %s token is not in the database file", tc.name)
			}
		})
	}
	if bytes.Contains(data, []byte(testPassword)) {
		t.Errorf("the password is in the database file")
	}
}
