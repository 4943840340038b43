package temporal

import (
	"strings"
	"testing"
)

// TestScannerWordEnd checks where the scanner ends an ASCII word, eight
// bytes at a time or one by one: at the first byte that is no ASCII
// letter, whatever it is and wherever it falls in the eight.
func TestScannerWordEnd(t *testing.T) {
	const letters = "AbcdEfghIjklMnopQrst"
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	var sc scanner
	for b := 0; b < 128; b++ {
		for k := 1; k < len(letters); k++ {
			text := letters[:k] + string(rune(b)) + letters[k:] + " x."
			want := k
			if isLetter(byte(b)) {
				want = len(letters) + 1
			}
			sc.text, sc.pos, sc.space, sc.nl, sc.toks = text, 0, true, false, sc.toks[:0]
			if !sc.next() {
				t.Fatalf("next(%q) found no token", text)
			}
			if got := sc.toks[0]; got.kind != tWord || got.end != want {
				t.Errorf("next(%q): first token ends at %d, want a word ending at %d", text, got.end, want)
			}
		}
	}
	// a word the lexicon holds, in any case, at the end of the text or not
	for _, text := range []string{"MONDAY", "monday", "Monday.", "x MonDay", strings.Repeat("x", 30) + " September"} {
		sc.text, sc.pos, sc.space, sc.nl, sc.toks = text, 0, true, false, sc.toks[:0]
		sc.next()
		found := false
		for _, tk := range sc.toks {
			found = found || tk.id != 0 && tk.class&(cWeekday|cMonth) != 0
		}
		if !found {
			t.Errorf("next(%q) found no weekday or month", text)
		}
	}
}
