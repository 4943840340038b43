package timeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInitialisms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"World Health Organization", []string{"WHO"}},
		{"Northland Institute for Marine Standards and Control", []string{"NIMS", "NIMSC"}},
		{"Bank of Northland", []string{"BN"}},
		{"Helen Okafor", []string{"HO"}},
		{"Okafor", nil},
		{"and Commonwealth Office", nil},
		{"iPhone Users Group", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Initialisms(tc.name); !cmp.Equal(got, tc.want) {
				t.Errorf("Initialisms(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

func TestActorKeys(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Xi Jinping", []string{"Xi Jinping", "xi", "jinping", "xi jinping", "XJ"}},
		{"World Health Organisation", []string{"World Health Organisation", "world", "health", "organisation", "world health organization", "WHO"}},
		{"Kassym-Jomart Tokayev", []string{"Kassym-Jomart Tokayev", "kassym", "jomart", "tokayev", "kassym-jomart tokayev", "KJT"}},
		{"BBC", []string{"BBC", "bbc"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ActorKeys(tc.name); !cmp.Equal(got, tc.want) {
				t.Errorf("ActorKeys(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}
