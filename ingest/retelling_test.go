package ingest

import (
	"cmp"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// storyEvent is an event as the retelling test compares it: its date, its
// headline and how many documents it cites.
type storyEvent struct {
	Date, Title string
	Docs        int
}

func storyEventsOf(evs []timeline.Event) []storyEvent {
	out := make([]storyEvent, 0, len(evs))
	for _, e := range evs {
		docs := map[int64]bool{}
		for _, s := range e.Sources {
			docs[s.DocumentID] = true
		}
		out = append(out, storyEvent{e.Date.Value, e.Title, len(docs)})
	}
	slices.SortFunc(out, func(a, b storyEvent) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Title, b.Title))
	})
	return out
}

// TestRetellingStoredAndBatch adds a developing story one article at a
// time through the store (reports found by their keys), then extracts it
// again as a whole: a plea told again in the present perfect by later
// articles joins the first telling, on its day, on both paths.
func TestRetellingStoredAndBatch(t *testing.T) {
	ctx := context.Background()
	store, err := db.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Store: store, Extractor: extract.NewExtractor(temporal.NewTagger(), gaz),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	st, err := store.CreateStory(ctx, "Okafor trial")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{
		{Published: "2024-03-05", Body: []byte("Councillor Ruth Okafor pleaded not guilty to fraud on Monday.")},
		{Published: "2024-04-10", Body: []byte("Councillor Ruth Okafor has pleaded not guilty to fraud.")},
		{Published: "2024-05-02", Body: []byte("Councillor Ruth Okafor has pleaded not guilty to fraud.\n\nThe hearing was adjourned.")},
		{Published: "2024-05-06", Body: []byte("Councillor Tom Reyes has pleaded not guilty to fraud.")},
	} {
		if _, err := s.Add(ctx, st.ID, in); err != nil {
			t.Fatal(err)
		}
	}
	want := []storyEvent{
		{"2024-03-04", "Ruth Okafor pleads not guilty to fraud", 3},
		{"2024-05-06", "Tom Reyes pleads not guilty to fraud", 1},
	}
	one, err := store.Story(ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(want, storyEventsOf(one.Events)); diff != "" {
		t.Errorf("one article at a time: (-want +got):\n%s", diff)
	}
	if err := s.Reextract(ctx, st.ID); err != nil {
		t.Fatal(err)
	}
	all, err := store.Story(ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(want, storyEventsOf(all.Events)); diff != "" {
		t.Errorf("whole story again: (-want +got):\n%s", diff)
	}
}
