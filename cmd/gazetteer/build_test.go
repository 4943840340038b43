package main

import (
	"math"
	"testing"
)

func TestKeepAlt(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Nur-Sultan", true},
		{"Akmola", true},
		{"Peking", true},
		{"Côte d'Ivoire", true},
		{"Nur-Soltan", true},
		{"NQZ", false},        // airport code
		{"TSE", false},        // airport code
		{"astana", false},     // lower-case transliteration
		{"Астана", false},     // Cyrillic
		{"北京", false},         // Han
		{"Route 66", false},   // digits
		{"http://x.y", false}, // link
		{"A", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := keepAlt(tc.in); got != tc.want {
				t.Errorf("keepAlt(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestRingCentroid(t *testing.T) {
	// A 2 x 2 square with its corner at (10, 20): centroid (11, 21), area 4.
	ring := [][]float64{{10, 20}, {12, 20}, {12, 22}, {10, 22}, {10, 20}}
	area, x, y := ringCentroid(ring)
	if math.Abs(area-4) > 1e-9 || math.Abs(x-11) > 1e-9 || math.Abs(y-21) > 1e-9 {
		t.Errorf("ringCentroid(square) = %v, %v, %v, want 4, 11, 21", area, x, y)
	}
}

func TestCleanList(t *testing.T) {
	got := cleanList("Astana", []string{"Astana", "Akmola", "akmola", "NQZ", "Nur-Sultan", "Nur Sultan", "Астана"}, true)
	want := []string{"Akmola", "Nur-Sultan"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("cleanList = %q, want %q", got, want)
	}
}
