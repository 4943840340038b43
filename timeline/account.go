package timeline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Role is what a newsroom account may do: admins manage users, editors
// create stories and edit events, viewers read.
type Role string

const (
	RoleAdmin  Role = "admin"
	RoleEditor Role = "editor"
	RoleViewer Role = "viewer"
)

// Roles lists the roles, most powerful first.
var Roles = []Role{RoleAdmin, RoleEditor, RoleViewer}

// ParseRole reads a role name ("admin", "editor", "viewer").
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range Roles {
		if r == known {
			return r, nil
		}
	}
	return "", Errorf(EInvalid, "%q is not a role; use admin, editor or viewer.", s)
}

// Action is something a request wants to do; Can says which roles may.
type Action string

const (
	ActionRead        Action = "read"         // read stories, events, history and notes
	ActionCreateStory Action = "create-story" // create a story
	ActionEditStory   Action = "edit-story"   // add or remove documents, set publication dates, rename
	ActionDeleteStory Action = "delete-story" // delete a whole story
	ActionShareStory  Action = "share-story"  // share links; make a story public or private
	ActionEditEvent   Action = "edit-event"   // correct, hide, merge, split, revert
	ActionReview      Action = "review"       // set an event's review state
	ActionAddNote     Action = "add-note"     // add a note to an event
	ActionOwnTokens   Action = "own-tokens"   // create and revoke one's own API tokens
	ActionManageUsers Action = "manage-users" // add, remove and change users, set-up links
)

// Actions lists every action.
var Actions = []Action{
	ActionRead, ActionCreateStory, ActionEditStory, ActionDeleteStory, ActionShareStory,
	ActionEditEvent, ActionReview, ActionAddNote, ActionOwnTokens, ActionManageUsers,
}

// Can reports whether role may do action. Admins may do everything;
// editors everything but deleting stories and managing users; viewers only
// read and manage their own API tokens (which then only read). An unknown
// role or action may do nothing.
func Can(role Role, action Action) bool {
	switch role {
	case RoleAdmin:
		for _, a := range Actions {
			if a == action {
				return true
			}
		}
		return false
	case RoleEditor:
		switch action {
		case ActionRead, ActionCreateStory, ActionEditStory, ActionShareStory,
			ActionEditEvent, ActionReview, ActionAddNote, ActionOwnTokens:
			return true
		}
		return false
	case RoleViewer:
		return action == ActionRead || action == ActionOwnTokens
	}
	return false
}

// User is a newsroom account. The password hash never leaves the db package.
type User struct {
	ID      int64
	Name    string
	Role    Role
	Created time.Time
}

// Can reports whether the user may do action.
func (u User) Can(action Action) bool { return Can(u.Role, action) }

// MaxUserName is the longest user name accepted, in bytes.
const MaxUserName = 64

// MinPassword is the fewest characters a password may have, MaxPassword
// the most bytes.
const (
	MinPassword = 10
	MaxPassword = 1024
)

// ValidUserName checks a user name: 1 to MaxUserName bytes of letters,
// digits, '.', '-', '_' and '@', no spaces, so it can appear in history
// lines and URLs unquoted.
func ValidUserName(name string) error {
	if name == "" {
		return Errorf(EInvalid, "A user needs a name.")
	}
	if len(name) > MaxUserName || !utf8.ValidString(name) {
		return Errorf(EInvalid, "A user name is at most %d bytes of UTF-8.", MaxUserName)
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-_@", r) {
			return Errorf(EInvalid, "A user name may hold letters, digits, '.', '-', '_' and '@' only, not %q.", r)
		}
	}
	return nil
}

// ValidPassword checks a password's length.
func ValidPassword(password string) error {
	switch n := len(password); {
	case utf8.RuneCountInString(password) < MinPassword:
		return Errorf(EInvalid, "A password needs at least %d characters.", MinPassword)
	case n > MaxPassword:
		return Errorf(EInvalid, "A password can be at most %d bytes long.", MaxPassword)
	}
	return nil
}

// APIToken describes an API token of a user; the token itself is shown
// once, when it is made, and only its hash is kept.
type APIToken struct {
	ID      int64
	UserID  int64
	Label   string
	Created time.Time
	// Revoked is when the token was revoked; zero while it works.
	Revoked time.Time
}

// ShareLink lets anyone who has its token read one story.
type ShareLink struct {
	ID      int64
	StoryID int64
	Token   string
	Created time.Time
	By      string // the user who made it
	// Revoked is when the link was revoked; zero while it works.
	Revoked time.Time
}
