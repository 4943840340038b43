package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"storyline/db"
	"storyline/timeline"
)

// runWithInput runs a storyline command with stdin as the password input.
func runWithInput(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	old := passwordInput
	passwordInput = strings.NewReader(stdin)
	defer func() { passwordInput = old }()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func openStore(t *testing.T, path string) *db.DB {
	t.Helper()
	store, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func TestUserAdd(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storyline.db")
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		wantOut  string
	}{
		{"admin", "correct horse battery\n", []string{"-role", "admin", "anna"}, 0, "added anna (admin), id 1\n"},
		{"editor, CRLF", "another long password\r\n", []string{"-role", "editor", "bo"}, 0, "added bo (editor), id 2\n"},
		{"taken", "correct horse battery\n", []string{"-role", "viewer", "anna"}, 1, ""},
		{"no password", "", []string{"-role", "viewer", "cy"}, 1, ""},
		{"short password", "short\n", []string{"-role", "viewer", "cy"}, 1, ""},
		{"bad role", "correct horse battery\n", []string{"-role", "root", "cy"}, 1, ""},
		{"no name", "correct horse battery\n", []string{"-role", "viewer"}, 1, ""},
		{"bad name", "correct horse battery\n", []string{"-role", "viewer", "c y"}, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"user", "add", "-db", path}, tc.args...)
			out, errOut, code := runWithInput(t, tc.stdin, args...)
			if code != tc.wantCode || out != tc.wantOut {
				t.Errorf("storyline %s = %d, %q (stderr %q), want %d, %q", strings.Join(args, " "), code, out, errOut, tc.wantCode, tc.wantOut)
			}
		})
	}
	store := openStore(t, path)
	ctx := context.Background()
	if u, err := store.Authenticate(ctx, "anna", "correct horse battery"); err != nil || u.Role != timeline.RoleAdmin {
		t.Errorf("Authenticate(anna) = %+v, %v, want the admin", u, err)
	}
	if u, err := store.Authenticate(ctx, "bo", "another long password"); err != nil || u.Role != timeline.RoleEditor {
		t.Errorf("Authenticate(bo) = %+v, %v, want the editor (line end not part of the password)", u, err)
	}
	out, _, code := runWithInput(t, "", "user", "list", "-db", path)
	if code != 0 || !strings.Contains(out, "\tanna\tadmin\t") || !strings.Contains(out, "\tbo\teditor\t") {
		t.Errorf("user list = %d, %q, want anna and bo", code, out)
	}
}

func TestUserAddSetup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storyline.db")
	tests := []struct {
		name, user string
		args       []string
	}{
		{"named", "anna", []string{"-role", "admin", "-setup", "anna"}},
		{"unnamed", "bo", []string{"-role", "editor", "-setup", "-ttl", "1h"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"user", "add", "-db", path}, tc.args...)
			out, errOut, code := runWithInput(t, "", args...)
			if code != 0 || !strings.HasPrefix(out, "/setup/") {
				t.Fatalf("storyline %s = %d, %q (stderr %q), want a /setup/ link", strings.Join(args, " "), code, out, errOut)
			}
			token := strings.TrimSpace(strings.TrimPrefix(out, "/setup/"))
			store := openStore(t, path)
			u, err := store.UseSetupToken(context.Background(), token, tc.user, "correct horse battery")
			if err != nil || u.Name != tc.user {
				t.Errorf("UseSetupToken(printed token) = %+v, %v, want user %s", u, err, tc.user)
			}
			store.Close()
		})
	}
}

func TestToken(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storyline.db")
	if _, errOut, code := runWithInput(t, "correct horse battery\n", "user", "add", "-db", path, "-role", "viewer", "anna"); code != 0 {
		t.Fatalf("user add: %s", errOut)
	}
	out, errOut, code := runWithInput(t, "", "token", "-db", path, "-user", "anna")
	if code != 0 {
		t.Fatalf("token = %d (stderr %q)", code, errOut)
	}
	token := strings.TrimSpace(out)
	store := openStore(t, path)
	ctx := context.Background()
	if u, err := store.APITokenUser(ctx, token); err != nil || u.Name != "anna" || u.Role != timeline.RoleViewer {
		t.Errorf("APITokenUser(printed token) = %+v, %v, want viewer anna", u, err)
	}
	list, err := store.APITokens(ctx, 1)
	if err != nil || len(list) != 1 {
		t.Fatalf("APITokens = %+v, %v, want one", list, err)
	}
	if _, errOut, code := runWithInput(t, "", "token", "-db", path, "-user", "anna", "-revoke", "1"); code != 0 {
		t.Fatalf("token -revoke = %d (stderr %q)", code, errOut)
	}
	if _, err := store.APITokenUser(ctx, token); timeline.ErrorCodeOf(err) != timeline.EUnauthorized {
		t.Errorf("APITokenUser(revoked) = %v, want unauthorized", err)
	}
	for _, args := range [][]string{
		{"token", "-db", path, "-user", "nobody"},
		{"token", "-db", path},
		{"token", "-user", "anna"},
	} {
		if out, _, code := runWithInput(t, "", args...); code == 0 || out != "" {
			t.Errorf("storyline %s = %d, %q, want an error and no output", strings.Join(args, " "), code, out)
		}
	}
}
