package extract

import (
	"math/bits"
	"testing"

	"storyline/timeline"
)

// TestWordClasses checks that a sentence's words carry exactly the classes
// of the lists their lower case is in, and the trigger information of the
// lexicon: the bits stand for the look-ups they replace.
func TestWordClasses(t *testing.T) {
	seen := map[wordClass]bool{}
	for _, l := range wordLists {
		if bits.OnesCount64(uint64(l.c)) != 1 || seen[l.c] {
			t.Errorf("class %b: want one bit of its own", l.c)
		}
		seen[l.c] = true
	}
	for c := wordClass(1); c <= cSubjectPronoun; c <<= 1 {
		if !seen[c] && c != cIrregularPast {
			t.Errorf("class %b: no list", c)
		}
	}
	forms := map[string]bool{"Paris": true, "summits": true, "walked": true, "x": true}
	for _, l := range wordLists {
		for w := range l.set {
			forms[w] = true
		}
	}
	for w := range irregularPast {
		forms[w] = true
	}
	for w := range triggers {
		forms[w] = true
	}
	for form := range forms {
		ws := sentenceWords(form, "", timeline.Span{Start: 0, End: len(form)})
		for _, w := range ws {
			for _, l := range wordLists {
				if got, want := w.is(l.c), l.set[w.lower]; got != want {
					t.Errorf("%q in %q: is(%b) = %v, want %v", w.lower, form, l.c, got, want)
				}
			}
			if got, want := w.is(cIrregularPast), irregularPast[w.lower] != ""; got != want {
				t.Errorf("%q: is(cIrregularPast) = %v, want %v", w.lower, got, want)
			}
			info, ok := w.trigger()
			wantInfo, wantOK := triggers[w.lower]
			if info != wantInfo || ok != wantOK || w.info() != wantInfo {
				t.Errorf("%q: trigger() = %+v, %v, want %+v, %v", w.lower, info, ok, wantInfo, wantOK)
			}
		}
	}
}

// TestEventNoun checks the nouns that name happenings: made from verbs,
// listed, gerunds in the plural, and compounds by their last part.
func TestEventNoun(t *testing.T) {
	tests := map[string]bool{
		"revision": true, "settlement": true, "cutback": true, "slaying": true, "remarks": true,
		"searches": true, "killings": true, "offerings": true, "warnings": true, "power-grab": true,
		"cease-fire": true, "earnings": false, "buildings": false, "holdings": false, "new-generation": false,
		"government": false, "capability": false, "rifle": false, "process": true, "crimes": true,
	}
	for w, want := range tests {
		if got := eventNoun(w); got != want {
			t.Errorf("eventNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
