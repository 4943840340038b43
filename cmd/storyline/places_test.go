package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	// The curly apostrophe and the dash are several bytes but one code point each.
	text := "Xi’s plane — late — landed in Nur-Sultan, then flew to Samarkand."
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"places", path}, &stdout, &stderr); code != 0 {
		t.Fatalf("run(places) = %d, stderr %q", code, stderr.String())
	}
	var got []placeLine
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var l placeLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, l)
	}
	runes := []rune(text)
	start := len([]rune(text[:strings.Index(text, "Nur-Sultan")]))
	start2 := len([]rune(text[:strings.Index(text, "Samarkand")]))
	want := []placeLine{
		{ID: "a.txt#1", Start: start, End: start + 10, Text: "Nur-Sultan", Name: "Astana", GeonameID: 1526273,
			Lat: got0(got, 0).Lat, Lon: got0(got, 0).Lon, Country: "KZ", Precision: "city"},
		{ID: "a.txt#2", Start: start2, End: start2 + 9, Text: "Samarkand", Name: "Samarkand", GeonameID: 1216265,
			Lat: got0(got, 1).Lat, Lon: got0(got, 1).Lon, Country: "UZ", Precision: "city"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("places output mismatch (-want +got):\n%s", diff)
	}
	for _, l := range got {
		if s := string(runes[l.Start:l.End]); s != l.Text {
			t.Errorf("code points %d-%d hold %q, want %q", l.Start, l.End, s, l.Text)
		}
		if l.Lat == 0 && l.Lon == 0 {
			t.Errorf("%q has no coordinates", l.Text)
		}
	}
}

func got0(ls []placeLine, i int) placeLine {
	if i < len(ls) {
		return ls[i]
	}
	return placeLine{}
}

func TestPlacesErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no files", []string{"places"}},
		{"missing file", []string{"places", filepath.Join(t.TempDir(), "nope.txt")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code == 0 {
				t.Errorf("run(%q) = 0, want an error", tc.args)
			}
			if stdout.Len() != 0 {
				t.Errorf("run(%q) wrote %q to stdout, want nothing", tc.args, stdout.String())
			}
		})
	}
}
