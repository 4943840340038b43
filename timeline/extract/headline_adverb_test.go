package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadlineModalAdverb checks that a headline made from "will" and an
// adverb before the verb puts the verb, not the adverb, in the present:
// "will gradually lift" reads "gradually lifts", never "graduallies lift".
func TestHeadlineModalAdverb(t *testing.T) {
	x := newExtractor(t)
	text := "The government said Monday it will gradually lift a 2020 ban on rice exports."
	got := titlesOf(t, x, text)
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "graduallies") }) ||
		!slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "gradually lifts") }) {
		t.Errorf("Extract(%q) titles %q: want one with \"gradually lifts\" and none with \"graduallies\"", text, got)
	}
}

// TestHeadlinePercentNoun checks that a word after "percent" in a phrase an
// article opens is a noun: the headline reports the rise, it does not make
// "a 40 percent" its subject.
func TestHeadlinePercentNoun(t *testing.T) {
	x := newExtractor(t)
	text := "Kiwi Ferries reported a 40 percent drop in half-year earnings on Tuesday."
	got := titlesOf(t, x, text)
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "reports a 40 percent drop") }) {
		t.Errorf("Extract(%q) titles %q: want one with \"reports a 40 percent drop\"", text, got)
	}
}
