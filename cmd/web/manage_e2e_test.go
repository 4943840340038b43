package main

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storyline/timeline"
	"storyline/views"
)

// TestRemoveDocumentInBrowser adds a second article to a story through the
// form, removes it through the document page and its confirmation, and
// checks that the timeline is drawn again without the article's events.
func TestRemoveDocumentInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, false)
	ctx, base := browse(t, app, 90*time.Second)

	// The story and its first article come through the API.
	api := newClientAs(t, app, timeline.RoleEditor)
	story := apiStory(t, api, "Xi's Central Asia trip")
	apiDocument(t, api, story, 0)
	sid := strconv.FormatInt(story, 10)

	editor := newUser(t, app, timeline.RoleEditor)
	err := chromedp.Do(ctx,
		signIn(base+"/stories/"+sid+"/documents/new", editor.Name),
		chromedp.Navigate(base+"/stories/"+sid+"/documents/new"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="document-form"]`)),
		chromedp.SetValue(chromedp.CSS(`[data-testid="document-text"]`), floodsArticle),
		chromedp.SetValue(chromedp.CSS(`[data-testid="document-outlet"]`), "AP"),
		chromedp.SetValue(chromedp.CSS(`[data-testid="document-published"]`), "2022-09-06"),
		chromedp.Click(chromedp.CSS(`[data-testid="document-submit"]`)),
		chromedp.WaitReady(chromedp.CSS(`#timeline[data-ready="true"]`)),
	)
	if err != nil {
		t.Fatalf("adding the second article: %v", err)
	}

	// The events only the second article reports, by title.
	s, err := app.store.Story(context.Background(), story)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 2 {
		t.Fatalf("story has %d documents after the form, want 2", len(s.Documents))
	}
	second := s.Documents[1].ID
	lost := map[string]bool{}
	for _, e := range s.Events {
		only := true
		for _, src := range e.Sources {
			only = only && src.DocumentID == second
		}
		if only && e.Dated() {
			lost[e.Title] = true
		}
	}
	if len(lost) == 0 {
		t.Fatalf("the second article reports no dated event of its own: the test would prove nothing")
	}
	if got := pageEventTitles(t, ctx); !anyOf(got, lost) {
		t.Fatalf("the page lacks the second article's events before the removal: %v", got)
	}

	// Remove it: the document page's button leads to the confirmation.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/documents/"+strconv.FormatInt(second, 10)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="remove-document"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid="remove-document"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="remove-document-lost"]`)),
	)
	if err != nil {
		t.Fatalf("opening the confirmation: %v", err)
	}
	screenshot(t, ctx, "remove-document")
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-testid="remove-document-submit"]`)))
	if err == nil {
		err = settled(ctx,
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="notice"]`)),
			chromedp.WaitReady(chromedp.CSS(`#timeline[data-ready="true"]`)),
		)
	}
	if err != nil {
		t.Fatalf("removing the document: %v", err)
	}
	screenshot(t, ctx, "document-removed")

	docs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="document-item"]').length`))
	if err != nil || docs != 1 {
		t.Errorf("%d documents listed after the removal (%v), want 1", docs, err)
	}
	got := pageEventTitles(t, ctx)
	if len(got) == 0 {
		t.Errorf("no events left on the page after removing the second article")
	}
	for _, title := range got {
		if lost[title] {
			t.Errorf("the page still shows %q, which only the removed article reported", title)
		}
	}
	// The timeline draws exactly the events of the data block.
	items, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline .vis-item[data-event-id]').length`))
	if err != nil || items != len(got) {
		t.Errorf("timeline items after the removal: %d (%v), want %d", items, err, len(got))
	}
	list, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#event-list`)))
	if err != nil {
		t.Fatal(err)
	}
	for title := range lost {
		if strings.Contains(list, title) {
			t.Errorf("the event list still shows %q", title)
		}
	}
}

// pageEventTitles reads the titles of the events in the story page's data
// block, which the timeline and the map draw.
func pageEventTitles(t *testing.T, ctx context.Context) []string {
	t.Helper()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("story-data").textContent`))
	if err != nil {
		t.Fatalf("reading story-data: %v", err)
	}
	var data views.StoryData
	if err := json.Unmarshal([]byte(raw), &data); err != nil {
		t.Fatalf("story-data: %v", err)
	}
	titles := make([]string, 0, len(data.Events))
	for _, e := range data.Events {
		titles = append(titles, e.Title)
	}
	return titles
}

func anyOf(titles []string, set map[string]bool) bool {
	for _, s := range titles {
		if set[s] {
			return true
		}
	}
	return false
}
