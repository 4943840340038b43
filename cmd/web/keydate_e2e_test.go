package main

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storyline/timeline"
)

// TestKeyDatesInBrowser opens a story on its key dates, pins one, writes
// its summary and takes another out of the key dates, as an editor does,
// and checks the page after each step without a reload losing the widgets.
func TestKeyDatesInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, false)
	ctx, base := browse(t, app, 90*time.Second)
	api := newClientAs(t, app, timeline.RoleEditor)
	story := apiStory(t, api, "Xi's Central Asia trip")
	apiDocument(t, api, story, 0)
	apiDocument(t, api, story, 1)
	sid := strconv.FormatInt(story, 10)
	days := getKeyDates(t, api, story, "?n=all").Dates
	if len(days) < 2 {
		t.Fatalf("the seeds give %d key dates, want at least 2", len(days))
	}
	first, second := days[0].Date, days[1].Date
	item := func(date string) string { return `[data-testid="key-date"][data-date="` + date + `"]` }

	editor := newUser(t, app, timeline.RoleEditor)
	fail := func(step string, err error) {
		t.Helper()
		screenshot(t, ctx, "key-dates")
		t.Fatalf("key dates in the browser, %s: %v", step, err)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			fail("reading "+sel, err)
		}
		return s
	}
	if err := chromedp.Do(ctx,
		signIn(base+"/stories/"+sid, editor.Name),
		chromedp.Navigate(base+"/stories/"+sid),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="key-dates"]`)),
	); err != nil {
		fail("opening the story", err)
	}
	evidence := text(item(first) + ` [data-testid="key-date-evidence"]`)
	// Pin the second day: it comes first, with its badge.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(item(second)+` [data-testid="key-date-pin"]`)),
		chromedp.WaitVisible(chromedp.CSS(item(second)+` [data-testid="key-date-pinned"]`)),
	); err != nil {
		fail("pinning", err)
	}
	pinned := text(`[data-testid="key-date"]:first-child time`)
	// Write the first day's summary.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(item(first)+` [data-testid="key-date-edit-open"]`)),
		chromedp.SetValue(chromedp.CSS(item(first)+` [data-testid="key-date-summary-input"]`), "Xi lands in Nur-Sultan on his first trip since the pandemic."),
		chromedp.Click(chromedp.CSS(item(first)+` [data-testid="key-date-summary-submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(item(first)+` [data-testid="key-date-edited"]`)),
	); err != nil {
		fail("editing the summary", err)
	}
	summary := text(item(first) + ` [data-testid="key-date-summary"]`)
	// Take the first day out of the key dates.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(item(first)+` [data-testid="key-date-remove"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="restore-key-date"]`)),
		chromedp.WaitReady(chromedp.CSS(`#timeline[data-ready="true"]`)),
	); err != nil {
		fail("taking a day out", err)
	}
	gone, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('`+item(first)+`') === null`))
	if err != nil {
		fail("looking for the day taken out", err)
	}
	if evidence == "" {
		t.Errorf("key date %s shows no evidence", first)
	}
	if pinned == "" || !containsDate(pinned, second) {
		t.Errorf("first key date after pinning %s is %q", second, pinned)
	}
	if want := "Xi lands in Nur-Sultan on his first trip since the pandemic."; !strings.Contains(summary, want) {
		t.Errorf("summary of %s = %q, want %q", first, summary, want)
	}
	if !gone {
		t.Errorf("key date %s is still listed after taking it out", first)
	}
	hist, err := app.store.KeyDateHistory(t.Context(), story)
	if err != nil || len(hist) != 3 {
		t.Errorf("key date history = %d changes, %v; want 3", len(hist), err)
	}
}

// containsDate reports whether a label such as "Thu 15 Sep 2022" names the
// ISO date.
func containsDate(label, iso string) bool {
	t, err := time.Parse(time.DateOnly, iso)
	return err == nil && strings.Contains(label, t.Format("2 Jan 2006"))
}
