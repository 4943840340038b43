package timeline

import (
	"strings"
	"testing"
	"time"

	"storyline/timeline/geo"
)

func TestParseCorrectedDate(t *testing.T) {
	dct := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		typed      string
		value, mod string
		precision  Precision
		start, end string
	}{
		{"14 Sept 2022", "2022-09-14", "", PrecisionDay, "2022-09-14", "2022-09-14"},
		{"Sept. 14, 2022", "2022-09-14", "", PrecisionDay, "2022-09-14", "2022-09-14"},
		{"April 2022", "2022-04", "", PrecisionMonth, "2022-04-01", "2022-04-30"},
		{"before 2020", "2020", "BEFORE", PrecisionYear, "", "2020-12-31"},
		{"2022-W37", "2022-W37", "", PrecisionWeek, "2022-09-12", "2022-09-18"},
		{"spring 2021", "2021-SP", "", PrecisionSeason, "2021-03-01", "2021-05-31"},
		{"yesterday", "2022-09-13", "", PrecisionDay, "2022-09-13", "2022-09-13"},
		{"PAST_REF", "PAST_REF", "", PrecisionPast, "", ""},
		{" 2022-10 ", "2022-10", "", PrecisionMonth, "2022-10-01", "2022-10-31"},
	}
	for _, tc := range tests {
		t.Run(tc.typed, func(t *testing.T) {
			d, err := ParseCorrectedDate(tc.typed, dct)
			if err != nil {
				t.Fatalf("ParseCorrectedDate(%q) error: %v", tc.typed, err)
			}
			got := [5]string{d.Value, d.Mod, string(d.Precision), d.Start, d.End}
			want := [5]string{tc.value, tc.mod, string(tc.precision), tc.start, tc.end}
			if got != want {
				t.Errorf("ParseCorrectedDate(%q) = %v, want %v", tc.typed, got, want)
			}
			if d.Type != "DATE" || d.Rule != "user" || d.Span != (Span{}) || d.Expression != strings.TrimSpace(tc.typed) {
				t.Errorf("ParseCorrectedDate(%q) type %q rule %q span %v expression %q, want DATE, user, no span, the input",
					tc.typed, d.Type, d.Rule, d.Span, d.Expression)
			}
		})
	}
	for _, typed := range []string{"", "banana", "every Monday", "P3D", "three days", strings.Repeat("2022 ", 30), "\xff"} {
		t.Run("invalid "+typed, func(t *testing.T) {
			d, err := ParseCorrectedDate(typed, dct)
			if err == nil || ErrorCodeOf(err) != EInvalid {
				t.Errorf("ParseCorrectedDate(%q) = %v, %v, want an invalid-input error", typed, d, err)
			}
		})
	}
}

func FuzzParseCorrectedDate(f *testing.F) {
	for _, s := range []string{"14 Sept 2022", "before 2020", "2022-W37", "last Friday", "PAST_REF", "XXXX-04"} {
		f.Add(s)
	}
	dct := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseCorrectedDate(s, dct)
		if err != nil {
			return
		}
		if d.Value == "" || d.Type == "SET" || d.Type == "DURATION" {
			t.Errorf("ParseCorrectedDate(%q) = %+v: no value, or not a date", s, d)
		}
		if d.Start != "" && d.End != "" && d.Start > d.End {
			t.Errorf("ParseCorrectedDate(%q) bounds %s > %s", s, d.Start, d.End)
		}
	})
}

func TestGazetteerPlace(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	got, err := GazetteerPlace(g, 1526273)
	if err != nil {
		t.Fatalf("GazetteerPlace(1526273): %v", err)
	}
	if got.GeonameID != 1526273 || got.Name != "Astana" || got.Country != "KZ" || got.Precision != PlaceCity {
		t.Errorf("GazetteerPlace(1526273) = %+v, want Astana, KZ, city", got)
	}
	if p, err := GazetteerPlace(g, 1); err == nil || ErrorCodeOf(err) != EInvalid {
		t.Errorf("GazetteerPlace(1) = %+v, %v, want an invalid-input error", p, err)
	}
}

func TestEditCheckText(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		name string
		edit Edit
		ok   bool
	}{
		{"headline", Edit{Title: str("Xi lands in Astana")}, true},
		{"empty headline", Edit{Title: str("  ")}, false},
		{"long headline", Edit{Title: str(strings.Repeat("x", MaxHeadline+1))}, false},
		{"long reason", Edit{Reason: strings.Repeat("x", MaxReason+1)}, false},
		{"actor without name", Edit{Actors: &[]Actor{{Name: " "}}}, false},
		{"actors", Edit{Actors: &[]Actor{{Name: "Xi Jinping", Kind: "person"}}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.edit.CheckText(); (err == nil) != tc.ok {
				t.Errorf("Edit.CheckText() = %v, want ok %v", err, tc.ok)
			}
		})
	}
	if !(Edit{Reason: "why"}).IsZero() {
		t.Errorf("Edit{Reason}.IsZero() = false, want true")
	}
	if (Edit{Hidden: new(bool)}).IsZero() {
		t.Errorf("Edit{Hidden}.IsZero() = true, want false")
	}
}
