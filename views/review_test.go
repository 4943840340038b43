package views

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestNewNoteRows(t *testing.T) {
	at := time.Date(2022, 9, 14, 10, 0, 0, 0, time.UTC)
	notes := []timeline.Note{
		{ID: 1, Author: "ana", Body: "first", Created: at},
		{ID: 2, Author: "bo", Body: "second thread", Created: at},
		{ID: 3, Parent: 1, Author: "bo", Body: "reply to first", Created: at},
		{ID: 4, Parent: 3, Author: "ana", Body: "reply to reply", Created: at},
		{ID: 5, Parent: 99, Author: "cy", Body: "parent gone", Created: at},
	}
	type row struct {
		ID    int64
		Depth int
	}
	var got []row
	for _, r := range NewNoteRows(notes) {
		got = append(got, row{r.ID, r.Depth})
	}
	want := []row{{1, 0}, {3, 1}, {4, 2}, {2, 0}, {5, 0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewNoteRows order (-want +got):\n%s", diff)
	}
}

func TestNewChangeRows(t *testing.T) {
	cs := []timeline.Change{
		{ID: 1, Field: "title", Old: "a", New: "b"},
		{ID: 2, Field: "date", Old: "2022-09-14", New: "2022-04"},
		{ID: 3, Field: "date", Old: "2022-04", New: "2022-09-14", Reverts: 2},
	}
	type row struct {
		ID       int64
		Reverted bool
	}
	var got []row
	for _, r := range NewChangeRows(cs) {
		got = append(got, row{r.ID, r.Reverted})
	}
	want := []row{{3, false}, {2, true}, {1, false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewChangeRows (-want +got):\n%s", diff)
	}
}
