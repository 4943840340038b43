package views

import (
	"strconv"

	"storyline/timeline"
)

// LoginPage is the sign-in form.
type LoginPage struct {
	Page
	Name   string
	Next   string
	Errors FieldErrors
}

// SetupPage is the form a set-up link opens: choose a name and a password.
type SetupPage struct {
	Page
	Token string
	// FixedName is the name the link was made for, "" when the user chooses.
	FixedName string
	Name      string
	Role      string
	Errors    FieldErrors
}

// AccountPage is the signed-in user's page: password and API tokens.
type AccountPage struct {
	Page
	Tokens []TokenRow
	// NewToken is the token just made, shown this once.
	NewToken string
	Flash    string
	Errors   FieldErrors
}

// TokenRow is one API token on the account page.
type TokenRow struct {
	ID      int64
	Label   string
	Created string
	Revoked string
}

// NewTokenRow builds a token row.
func NewTokenRow(t timeline.APIToken) TokenRow {
	r := TokenRow{ID: t.ID, Label: t.Label, Created: t.Created.UTC().Format("2 Jan 2006 15:04")}
	if !t.Revoked.IsZero() {
		r.Revoked = t.Revoked.UTC().Format("2 Jan 2006 15:04")
	}
	return r
}

// UsersPage is the admin's list of users.
type UsersPage struct {
	Page
	Users []UserRow
	Roles []string
	// SetupURL is a set-up link just made, shown this once.
	SetupURL string
	Errors   FieldErrors
}

// UserRow is one user on the users page.
type UserRow struct {
	ID      int64
	Name    string
	Role    string
	Created string
	Self    bool
}

// IDString is the user id as text.
func (u UserRow) IDString() string { return strconv.FormatInt(u.ID, 10) }

// RoleNames lists the role names, most powerful first.
func RoleNames() []string {
	out := make([]string, len(timeline.Roles))
	for i, r := range timeline.Roles {
		out[i] = string(r)
	}
	return out
}
