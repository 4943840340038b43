package main

import (
	"context"
	"embed"
	"fmt"
	"time"

	"storyline/timeline"
	"storyline/timeline/article"
)

// demoFS holds the articles of the demo story.
//
//go:embed demo/*.txt
var demoFS embed.FS

// demoTitle is the title of the demo story.
const demoTitle = "Xi Jinping's Central Asia trip, September 2022"

// demoDocuments are the demo story's articles and what is known about them.
var demoDocuments = []struct {
	file      string
	outlet    string
	published string
}{
	{"demo/000_48c26321fd265a38.txt", "Al Jazeera", "2022-09-14"},
	{"demo/004_72fb59bc08362900.txt", "The Independent (AP)", "2022-09-14"},
}

// loadDemo adds the demo story when the database has no story at all.
func (a *App) loadDemo(ctx context.Context) error {
	n, err := a.store.StoryCount(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	s, err := a.store.CreateStory(ctx, demoTitle)
	if err != nil {
		return err
	}
	for _, d := range demoDocuments {
		b, err := demoFS.ReadFile(d.file)
		if err != nil {
			return err
		}
		art, err := article.FromText(b)
		if err != nil {
			return fmt.Errorf("%s: %w", d.file, err)
		}
		published, err := time.Parse(time.DateOnly, d.published)
		if err != nil {
			return err
		}
		doc := timeline.Document{
			StoryID: s.ID, Title: art.Title, Outlet: d.outlet, Text: art.Text,
			Published: published, PublishedSource: timeline.PublishedUser,
		}
		if _, err := a.ingest.AddDocument(ctx, doc); err != nil {
			return fmt.Errorf("%s: %w", d.file, err)
		}
	}
	// The demo story stays readable without an account.
	if err := a.store.SetStoryPublic(ctx, s.ID, true); err != nil {
		return err
	}
	a.logger.Info("loaded demo story", "story", s.ID, "documents", len(demoDocuments))
	return nil
}
