package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps Latin letters with diacritics to their base letters.
var foldTable = func() map[rune]string {
	groups := []struct{ from, to string }{
		{"ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎȀȁȂȃȦȧẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ", "a"},
		{"ÇçĆćĈĉĊċČč", "c"},
		{"ĎďĐđḌḍ", "d"},
		{"ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇẸẹẺẻẼẽẾếỀềỂểỄễỆệ", "e"},
		{"ĜĝĞğĠġĢģǦǧ", "g"},
		{"ĤĥĦħḤḥ", "h"},
		{"ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋỈỉỊị", "i"},
		{"Ĵĵ", "j"},
		{"Ķķ", "k"},
		{"ĹĺĻļĽľĿŀŁł", "l"},
		{"ÑñŃńŅņŇňṆṇ", "n"},
		{"ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒȌȍȎȏỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợƠơ", "o"},
		{"ŔŕŖŗŘř", "r"},
		{"ŚśŜŝŞşŠšȘșṢṣ", "s"},
		{"ŢţŤťŦŧȚțṬṭ", "t"},
		{"ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜỤụỦủỨứỪừỬửỮữỰựƯư", "u"},
		{"Ŵŵ", "w"},
		{"ÝýÿŶŷŸỲỳỴỵỶỷỸỹ", "y"},
		{"ŹźŻżŽž", "z"},
		{"Ææ", "ae"},
		{"Œœ", "oe"},
		{"ß", "ss"},
		{"Þþ", "th"},
		{"Ðð", "d"},
		{"’‘ʼʻ`´", "'"},
		{"‐‑‒–—", " "},
	}
	m := make(map[rune]string)
	for _, g := range groups {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()

// Fold is the key under which names are indexed: lower case, Latin
// diacritics removed, hyphens and dashes turned into spaces, typographic
// apostrophes made plain, periods dropped ("U.S." and "US" fold alike) and
// runs of spaces collapsed. "Nur-Sultan" and "nur sultan" fold alike, as do
// "Québec" and "Quebec".
func Fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range s {
		var rep string
		switch {
		case r < utf8.RuneSelf:
			switch {
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r == '-' || r == ' ' || r == '\t' || r == '\n' || r == '\r':
				r = ' '
			case r == '.':
				continue
			}
		default:
			if f, ok := foldTable[r]; ok {
				rep = f
			} else if unicode.IsSpace(r) {
				r = ' '
			} else {
				r = unicode.ToLower(r)
			}
		}
		if rep != "" {
			if rep == " " {
				r = ' '
			} else {
				b.WriteString(rep)
				space = false
				continue
			}
		}
		if r == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	return strings.TrimRight(out, " ")
}

// folded reports whether Fold would return s as it is: lower-case ASCII
// letters and digits, with single spaces between words.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			continue
		}
		if c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ' {
			continue
		}
		return false
	}
	return true
}
