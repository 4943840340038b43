package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storyline/timeline"
)

// TestImportInBrowser drops several files (two articles, one of them twice
// inside a zip, and one without a date) on the add-a-document page and
// watches the import's page count them to done without a reload.
func TestImportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, false)
	ctx, base := browse(t, app, 90*time.Second)
	api := newClientAs(t, app, timeline.RoleEditor)
	story := apiStory(t, api, "Xi's Central Asia trip")
	sid := strconv.FormatInt(story, 10)

	dir := t.TempDir()
	met := articlePage("Xi in Astana", "2022-09-14", "Xi was met on Wednesday at the airport in Nur-Sultan by President Tokayev.")
	files := map[string][]byte{
		"met.html":    []byte(met),
		"flew.html":   []byte(articlePage("Xi in Samarkand", "2022-09-15", "On Thursday, Xi flew to Samarkand for the summit.")),
		"undated.txt": []byte("Xi spoke on Wednesday.\n"),
		"again.zip":   zipOf(t, map[string]string{"met.html": met}),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}

	editor := newUser(t, app, timeline.RoleEditor)
	err := chromedp.Do(ctx,
		signIn(base+"/stories/"+sid+"/documents/new", editor.Name),
		chromedp.Navigate(base+"/stories/"+sid+"/documents/new"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="import-form"]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`[data-testid="import-files"]`), paths),
		chromedp.Click(chromedp.CSS(`[data-testid="import-submit"]`)),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="import"][data-ready="true"][data-state="done"]`)),
	)
	screenshot(t, ctx, "import-done")
	if err != nil {
		t.Fatalf("importing in the browser: %v", err)
	}
	text := func(id string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`[data-testid="`+id+`"]`)))
		if err != nil {
			t.Fatalf("reading %s: %v", id, err)
		}
		return s
	}
	added, duplicates, refused, state := text("import-added"), text("import-duplicates"), text("import-refused"), text("import-state")
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="import-item"]').length`))
	if err != nil {
		t.Fatal(err)
	}
	if added != "2" || duplicates != "1" || refused != "1" || state != "done" {
		t.Errorf("page shows %s added, %s duplicates, %s refused, state %s; want 2, 1, 1, done", added, duplicates, refused, state)
	}
	if rows != 4 {
		t.Errorf("page lists %d articles, want 4", rows)
	}
	if n := documentCount(t, app, story); n != 2 {
		t.Errorf("story has %d documents, want 2", n)
	}
}
