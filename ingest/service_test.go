package ingest

import (
	"errors"
	"testing"

	"storyline/timeline"
)

// TestReadDateLine checks that a pasted wiki news article, whose date
// stands on a line of its own under the headline, is accepted without a
// date typed in and dated by that line, and that a date typed in wins.
func TestReadDateLine(t *testing.T) {
	body := []byte("Stocks slide in Asia\n\nDecember 10, 2013\n\nShare prices in Tokyo fell on Tuesday.\n\nSources\n\n\"Exporters drag Tokyo lower\" — Example Wire, December 10, 2013\n")
	tests := []struct {
		name, published      string
		wantDate, wantSource string
	}{
		{"from the date line", "", "2013-12-10", timeline.PublishedLoneDate},
		{"typed in", "2013-12-11", "2013-12-11", timeline.PublishedUser},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(1, Input{Body: body, Published: tc.published})
			if err != nil {
				t.Fatalf("Read(published %q) error %v", tc.published, err)
			}
			if got := doc.Published.Format("2006-01-02"); got != tc.wantDate || doc.PublishedSource != tc.wantSource {
				t.Errorf("Read(published %q) = %s from %q, want %s from %q", tc.published, got, doc.PublishedSource, tc.wantDate, tc.wantSource)
			}
		})
	}
	_, err := Read(1, Input{Body: []byte("Stocks slide in Asia\n\nShare prices in Tokyo fell on Tuesday.\n")})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "published" {
		t.Errorf("Read(no date line) error %v, want one on the published field", err)
	}
}
