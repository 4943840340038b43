package keydate

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordScanner checks that the scanner splits texts as words does, on
// its ASCII path and on the texts it leaves to words, and that a word has
// one hash whichever path read it.
func TestWordScanner(t *testing.T) {
	texts := []string{
		"", "   ", "Swine flu: WHO raises its alert to phase 4.", "On 25 June 2009, Michael Jackson died.",
		"a-b c_d e'f 10.40 BST", "Zürich closes schools; Paris doesn't", "İstanbul and ſeptember",
		"naïve café\u00a0crème", "bad \xff byte Paris", "“Quoted” — dash Paris",
	}
	var sc wordScanner
	hashes := map[string]uint64{}
	for _, text := range texts {
		sc.scan(text)
		ws := words(text)
		if got, want := string(sc.key), strings.Join(ws, " "); got != want {
			t.Errorf("scan(%q) key %q, want %q", text, got, want)
		}
		if sc.n() != len(ws) {
			t.Fatalf("scan(%q): %d words, want %d", text, sc.n(), len(ws))
		}
		for i, w := range ws {
			if string(sc.word(i)) != w {
				t.Errorf("scan(%q) word %d %q, want %q", text, i, sc.word(i), w)
			}
			if h, ok := hashes[w]; ok && h != sc.hashes[i] {
				t.Errorf("word %q hashed %x and %x", w, h, sc.hashes[i])
			}
			hashes[w] = sc.hashes[i]
		}
	}
	var a, b wordScanner
	a.scan("The minister met, the delegation.")
	b.scan("the MINISTER met the  delegation")
	if a.keyHash != b.keyHash || string(a.key) != string(b.key) {
		t.Errorf("one sentence, two keys: %q %x, %q %x", a.key, a.keyHash, b.key, b.keyHash)
	}
}

// TestTable checks numbering and lookups, also when every string has the
// same hash (the bytes decide) and across growth.
func TestTable(t *testing.T) {
	for _, sameHash := range []bool{false, true} {
		var tb table
		for i := range 300 {
			w := []byte(fmt.Sprint("w", i))
			h := uint64(i) * 7919
			if sameHash {
				h = 42
			}
			id, added := tb.add(w, h)
			if !added || id != int32(i) {
				t.Fatalf("sameHash=%v: add %s = %d, %v; want %d, true", sameHash, w, id, added, i)
			}
			if id, added := tb.add(w, h); added || id != int32(i) {
				t.Fatalf("sameHash=%v: add %s again = %d, %v", sameHash, w, id, added)
			}
		}
		for i := range 300 {
			h := uint64(i) * 7919
			if sameHash {
				h = 42
			}
			if id, ok := tb.lookup([]byte(fmt.Sprint("w", i)), h); !ok || id != int32(i) {
				t.Errorf("sameHash=%v: lookup w%d = %d, %v", sameHash, i, id, ok)
			}
		}
		if _, ok := tb.lookup([]byte("absent"), 42); ok {
			t.Errorf("sameHash=%v: found a string never added", sameHash)
		}
	}
	var empty table
	if _, ok := empty.lookup(nil, 0); ok {
		t.Error("empty table found something")
	}
}

// TestClockAt checks clockAt against the byte-by-byte rule it replaces.
func TestClockAt(t *testing.T) {
	ref := func(s string, sep byte) bool {
		for i := 1; i+2 < len(s); i++ {
			if s[i] == sep && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "1:23", ":23", "1:2", "at 10.40 BST.", "v1.2 and 3.45", "end 9.", "a.b.c 1.23", "12:3x 4:56", "5.6.78"} {
		for _, sep := range []byte{':', '.'} {
			if got, want := clockAt(s, sep), ref(s, sep); got != want {
				t.Errorf("clockAt(%q, %q) = %v, want %v", s, sep, got, want)
			}
		}
	}
}

// TestIndexAfter checks indexAfter against strings.Index of the joined
// strings.
func TestIndexAfter(t *testing.T) {
	for _, c := range [][3]string{
		{"raised its alert on Monday to phase 4", " on ", "Monday"},
		{"Monday on Monday", " on ", "Monday"},
		{"on Monday", " on ", "Monday"},
		{"x  on  on Monday", " on ", "Monday"},
		{"aaa", "a", "aa"},
		{"", " ", ""},
		{"ab", "b", ""},
		{"closed on 27 April, on 27 April", " ", "on 27 April"},
	} {
		if got, want := indexAfter(c[0], c[1], c[2]), strings.Index(c[0], c[1]+c[2]); got != want {
			t.Errorf("indexAfter(%q, %q, %q) = %d, want %d", c[0], c[1], c[2], got, want)
		}
	}
}

// TestQuoteSet checks that the first index of each hash is kept.
func TestQuoteSet(t *testing.T) {
	s := newQuoteSet(200)
	for i := range 200 {
		h := uint64(i % 100)
		j, first := s.addFirst(h, int32(i))
		if want := int32(i % 100); j != want || first != (i < 100) {
			t.Fatalf("addFirst(%d, %d) = %d, %v; want %d, %v", h, i, j, first, want, i < 100)
		}
	}
}
