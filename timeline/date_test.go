package timeline

import (
	"testing"
	"time"

	"storyline/timeline/temporal"
)

func TestDateOfBounds(t *testing.T) {
	tg := temporal.NewTagger()
	dct := time.Date(2009, 8, 25, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, value, start, end string
	}{
		{"a day", "It opened on 14 September 2022.", "2022-09-14", "2022-09-14", "2022-09-14"},
		{"a month", "It opened in April 2022.", "2022-04", "2022-04-01", "2022-04-30"},
		{"a century BC has no bounds", "Theatre flourished in the fourth century BC.", "BC03", "", ""},
		{"a year BC has no bounds", "The battle was fought in 480 BC.", "BC0480", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			xs := tg.Tag(tc.text, dct)
			if len(xs) != 1 {
				t.Fatalf("Tag(%q) = %v, want one expression", tc.text, xs)
			}
			d := DateOf(xs[0])
			if d.Value != tc.value || d.Start != tc.start || d.End != tc.end {
				t.Errorf("DateOf(%q) = %s [%s .. %s], want %s [%s .. %s]", xs[0].Text, d.Value, d.Start, d.End, tc.value, tc.start, tc.end)
			}
		})
	}
}
