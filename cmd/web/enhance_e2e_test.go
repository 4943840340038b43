package main

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"storyline/timeline"
)

// TestEnhancedForms drives the event page's review forms in a browser: with
// JavaScript they are sent with fetch and the page is updated in place (a
// marker set on window survives the submit); without it they post and
// redirect as plain forms.
func TestEnhancedForms(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, false)
	_, _, evs := reviewStory(t, app)
	ev := eventOn(t, evs, "2022-09-14")
	ctx, base := browse(t, app, 60*time.Second)
	page := base + "/events/" + strconv.FormatInt(ev.ID, 10)

	editor := newUser(t, app, timeline.RoleEditor)
	err := chromedp.Do(ctx,
		signIn(base+"/login", editor.Name),
		chromedp.Navigate(page),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="state-form"]`)),
	)
	if err != nil {
		t.Fatalf("signing in and opening the event page: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`window.__marker = 1`)); err != nil {
		t.Fatal(err)
	}
	marker := func(step string) {
		t.Helper()
		if m, err := chromedp.Run(ctx, chromedp.Evaluate[int](`window.__marker || 0`)); err != nil || m != 1 {
			t.Errorf("after %s window.__marker = %d (%v), want 1: the page was reloaded", step, m, err)
		}
	}
	status := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`[data-testid="event-status"]`)))
		if err != nil {
			t.Fatalf("reading the status region: %v", err)
		}
		return strings.TrimSpace(s)
	}

	// The review state.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`[data-testid="edit-state"]`), "checked"),
		chromedp.Click(chromedp.CSS(`[data-testid="state-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="review-state"].state-checked`)),
	)
	if err != nil {
		t.Fatalf("setting the review state: %v", err)
	}
	marker("setting the state")
	if s := status(); s != "Saved." {
		t.Errorf("status after setting the state = %q, want %q", s, "Saved.")
	}
	if in, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`!!document.activeElement.closest('#event-detail [data-testid="state-form"]')`)); err != nil || !in {
		t.Errorf("focus after setting the state in the state form = %v (%v), want true", in, err)
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="change"][data-field="state"]').length`)); err != nil || n != 1 {
		t.Errorf("history rows for the state = %d (%v), want 1", n, err)
	}

	// A note.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`[data-testid="note-body"]`), "Checked against the Kremlin readout."),
		chromedp.Click(chromedp.CSS(`[data-testid="note-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="note"]`)),
	)
	if err != nil {
		t.Fatalf("adding a note: %v", err)
	}
	marker("adding a note")
	if body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`[data-testid="note"] .note-body`))); err != nil || body != "Checked against the Kremlin readout." {
		t.Errorf("note = %q (%v), want the text typed", body, err)
	}
	if in, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`!!document.activeElement.closest('#event-detail [data-testid="note-form"]')`)); err != nil || !in {
		t.Errorf("focus after adding a note in the note form = %v (%v), want true", in, err)
	}
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`[data-testid="note-body"]`))); err != nil || v != "" {
		t.Errorf("note field after adding = %q (%v), want it empty", v, err)
	}

	// A date the parser cannot read: the message shows on the page, which
	// is not reloaded, and takes the focus.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`[data-testid="edit-date"]`), "every Tuesday"),
		chromedp.Click(chromedp.CSS(`[data-testid="edit-date-submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#event-detail [data-testid="form-error"]`)),
	)
	if err != nil {
		t.Fatalf("sending a bad date: %v", err)
	}
	marker("a bad date")
	if s := status(); !strings.HasPrefix(s, "Not saved") {
		t.Errorf("status after a bad date = %q, want it to say it was not saved", s)
	}
	if focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.dataset.testid || ""`)); err != nil || focused != "form-error" {
		t.Errorf("focus after a bad date = %q (%v), want form-error", focused, err)
	}
	if d, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`[data-testid="event-date"]`))); err != nil || !strings.Contains(d, "14") {
		t.Errorf("date after a bad correction = %q (%v), want 14 September still", d, err)
	}

	// Without JavaScript the same forms post and redirect.
	scripts := func(disabled bool) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: disabled})
		return err
	}
	if err := scripts(true); err != nil {
		t.Fatalf("disabling JavaScript: %v", err)
	}
	// Typing and clicking go through the input events, not the page's
	// scripts; the waits query the DOM.
	err = chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="note-form"]`)),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="note-body"]`), "Second note, without scripts."),
		chromedp.Click(chromedp.CSS(`[data-testid="note-form"] button[type="submit"]`)),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="note"]:nth-child(2)`)),
		chromedp.Click(chromedp.CSS(`[data-testid="hide"]`)),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="hidden-badge"]`)),
	)
	if err != nil {
		t.Fatalf("the forms without JavaScript: %v", err)
	}
	if err := scripts(false); err != nil {
		t.Fatal(err)
	}
	if s := status(); s != "" {
		t.Errorf("status without JavaScript = %q, want it empty: the script ran", s)
	}
	notes, err := app.store.Notes(context.Background(), ev.ID)
	if err != nil || len(notes) != 2 {
		t.Errorf("stored notes = %d (%v), want 2", len(notes), err)
	}
}

// TestReviewFormsRedirect checks the plain-form path every enhanced form
// falls back on: each POST answers 303 to the event page.
func TestReviewFormsRedirect(t *testing.T) {
	app := newTestApp(t, false)
	c, _, evs := reviewStory(t, app)
	ev := eventOn(t, evs, "2022-09-14")
	eid := strconv.FormatInt(ev.ID, 10)
	want := "/events/" + eid
	cases := []struct {
		name string
		path string
		form url.Values
	}{
		{"state", want + "/edit", url.Values{"state": {"checked"}}},
		{"date", want + "/edit", url.Values{"date": {"15 September 2022"}, "reason": {"typo"}}},
		{"headline", want + "/edit", url.Values{"title": {"Xi meets Tokayev"}}},
		{"actors", want + "/edit", url.Values{"actors_set": {"1"}, "actors": {"Xi Jinping"}}},
		{"hide", want + "/edit", url.Values{"hidden": {"true"}}},
		{"unhide", want + "/edit", url.Values{"hidden": {"false"}}},
		{"note", want + "/notes", url.Values{"body": {"a note"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := c.postForm(tc.path, tc.form)
			if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != want {
				t.Errorf("POST %s %v = %d %q, want 303 to %s", tc.path, tc.form, rec.Code, rec.Header().Get("Location"), want)
			}
		})
	}
	h, err := app.store.History(context.Background(), ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	var headline int64
	for _, ch := range h {
		if ch.Field == timeline.FieldTitle {
			headline = ch.ID
		}
	}
	if headline == 0 {
		t.Fatalf("History has no headline change: %+v", h)
	}
	rec := c.postForm("/changes/"+strconv.FormatInt(headline, 10)+"/revert", nil)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != want {
		t.Errorf("POST revert = %d %q, want 303 to %s", rec.Code, rec.Header().Get("Location"), want)
	}
	got := c.get(want)
	if got.Code != http.StatusOK {
		t.Fatalf("GET %s = %d, want 200", want, got.Code)
	}
	page := parseHTML(t, got.Body.String())
	if n := len(testid(page, "note")); n != 1 {
		t.Errorf("event page notes = %d, want 1", n)
	}
	if title := textOf(testid(page, "event-title")[0]); title != ev.Title {
		t.Errorf("event page headline after the revert = %q, want %q", title, ev.Title)
	}
}
