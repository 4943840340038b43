package timeline

import (
	"strings"
	"testing"
)

func TestCan(t *testing.T) {
	// Each row lists what the role may do; everything else is forbidden.
	allowed := map[Role][]Action{
		RoleAdmin: Actions,
		RoleEditor: {ActionRead, ActionCreateStory, ActionEditStory, ActionShareStory, ActionEditEvent,
			ActionReview, ActionAddNote, ActionOwnTokens},
		RoleViewer: {ActionRead, ActionOwnTokens},
		"":         nil,
		"root":     nil,
	}
	for role, actions := range allowed {
		may := map[Action]bool{}
		for _, a := range actions {
			may[a] = true
		}
		for _, action := range append(Actions, "fly") {
			t.Run(string(role)+"/"+string(action), func(t *testing.T) {
				if got := Can(role, action); got != may[action] {
					t.Errorf("Can(%q, %q) = %v, want %v", role, action, got, may[action])
				}
				if got := (User{Role: role}).Can(action); got != may[action] {
					t.Errorf("User{Role: %q}.Can(%q) = %v, want %v", role, action, got, may[action])
				}
			})
		}
	}
}

func TestParseRole(t *testing.T) {
	tests := []struct {
		in      string
		want    Role
		wantErr bool
	}{
		{"admin", RoleAdmin, false},
		{" Editor ", RoleEditor, false},
		{"VIEWER", RoleViewer, false},
		{"", "", true},
		{"root", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseRole(tc.in)
			if got != tc.want || (err != nil) != tc.wantErr {
				t.Errorf("ParseRole(%q) = %q, %v, want %q (error %v)", tc.in, got, err, tc.want, tc.wantErr)
			}
			if err != nil && ErrorCodeOf(err) != EInvalid {
				t.Errorf("ParseRole(%q) error code %q, want %q", tc.in, ErrorCodeOf(err), EInvalid)
			}
		})
	}
}

func TestValidUserName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"anna", true},
		{"anna.k-b_2@desk", true},
		{"Zoë", true},
		{"", false},
		{"anna k", false},
		{"anna/k", false},
		{"<script>", false},
		{strings.Repeat("a", MaxUserName), true},
		{strings.Repeat("a", MaxUserName+1), false},
		{"\xff", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := ValidUserName(tc.name); (err == nil) != tc.ok {
				t.Errorf("ValidUserName(%q) = %v, want ok %v", tc.name, err, tc.ok)
			}
		})
	}
}

func TestValidPassword(t *testing.T) {
	tests := []struct {
		password string
		ok       bool
	}{
		{"correct horse", true},
		{strings.Repeat("x", MinPassword), true},
		{strings.Repeat("x", MinPassword-1), false},
		{"ééééé", false}, // ten bytes, five characters
		{strings.Repeat("x", MaxPassword+1), false},
	}
	for _, tc := range tests {
		t.Run(tc.password, func(t *testing.T) {
			if err := ValidPassword(tc.password); (err == nil) != tc.ok {
				t.Errorf("ValidPassword(%q) = %v, want ok %v", tc.password, err, tc.ok)
			}
		})
	}
}
