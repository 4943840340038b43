package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// dateline is the opening of an article's first paragraph that says where
// (and often when and by which agency) it was filed: "ATHENS, June 18
// (Reuters) - ", "GATLINBURG, Tenn. (AP) — ", "New Delhi, Feb 4 (IANS) ",
// "SINGAPORE - ". It is not part of the sentence: its date, its agency and
// its city are no event, actor or place of the sentence, and its city is
// where the article's own reporting happened.
type dateline struct {
	start, end int          // the dateline in the text; end is where the sentence's words begin
	place      *geo.Mention // the dateline's city, when the gazetteer knows it
}

// datelineSeps end a dateline: dashes between spaces.
var datelineSeps = []string{" -- ", " — ", " – ", " - ", "—", " -"}

// findDateline looks for a dateline at the start of the first sentences of
// the text (before the first one that is prose without one). A line that
// holds only a city in capitals ("CHENNAI") is a dateline too.
func findDateline(text string, sents []Sentence, boiler []string, places []geo.Mention) (dateline, bool) {
	for i, s := range sents {
		if i > 6 {
			break
		}
		line := text[s.Span.Start:s.Span.End]
		if boiler[i] == BoilerLine {
			if allCapsPlace(line) {
				if m := placeIn(places, s.Span.Start, s.Span.End); m != nil {
					// A city on a line of its own dates nothing in the prose.
					return dateline{start: s.Span.Start, end: s.Span.Start, place: m}, true
				}
			}
			continue
		}
		if boiler[i] != "" {
			continue
		}
		end, ok := datelineEnd(line)
		if !ok {
			if dateLineAhead(text, sents, boiler, i) {
				// a caption or a standfirst above the page's date line:
				// the copy, and its dateline, start below that line
				continue
			}
			return dateline{}, false
		}
		d := dateline{start: s.Span.Start, end: s.Span.Start + end}
		d.place = placeIn(places, d.start, d.end)
		return d, true
	}
	return dateline{}, false
}

// dateLineAhead reports a date line ("Tuesday, 7 May 2024", "May 5, 2024")
// among the three sentences after sentence i: a short line of its own that
// ends in a year.
func dateLineAhead(text string, sents []Sentence, boiler []string, i int) bool {
	for j := i + 1; j < len(sents) && j <= i+3; j++ {
		if boiler[j] != BoilerLine {
			continue
		}
		line := strings.TrimSpace(text[sents[j].Span.Start:sents[j].Span.End])
		if n := len(line); n >= 8 && n <= 40 && (strings.HasPrefix(line[n-4:], "19") || strings.HasPrefix(line[n-4:], "20")) &&
			strings.IndexFunc(line[n-4:], func(r rune) bool { return r < '0' || r > '9' }) < 0 && (n == 4 || line[n-5] == ' ') {
			return true
		}
	}
	return false
}

// datelineEnd is the offset where the sentence's words begin after a
// dateline at the start of s.
func datelineEnd(s string) (int, bool) {
	head := s[:min(len(s), 70)]
	// The place: capitalized words up to a comma, a parenthesis or a dash.
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) {
		return 0, false
	}
	best := -1
	bestEnd := 0
	// "(Agency)" followed by a capitalized word ends a dateline without a dash.
	if open := strings.IndexByte(head, '('); open > 0 {
		if cl := strings.IndexByte(head[open:], ')'); cl > 0 {
			after := strings.TrimLeft(s[open+cl+1:], " ")
			rest := len(s) - len(after)
			for _, sep := range []string{"-- ", "— ", "– ", "- "} {
				if strings.HasPrefix(after, sep) {
					rest += len(sep)
					after = after[len(sep):]
					break
				}
			}
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) && plausibleDateline(s[:open], true) {
				best, bestEnd = open, rest
			}
		}
	}
	if best < 0 {
		for _, sep := range datelineSeps {
			if i := strings.Index(head, sep); i > 0 && (best < 0 || i < best) && plausibleDateline(s[:i], false) {
				best, bestEnd = i, i+len(sep)
			}
		}
	}
	if best < 0 {
		return 0, false
	}
	for bestEnd < len(s) && s[bestEnd] == ' ' {
		bestEnd++
	}
	return bestEnd, true
}

// plausibleDateline checks the words before a dateline's separator: a
// place in capitals or in one to three capitalized words, then optionally a
// region, a date and an agency ("ATHENS, June 18", "GATLINBURG, Tenn.",
// "TOKYO, March 16 Kyodo", "Doha, Qatar"); no verb, at most eight words.
func plausibleDateline(p string, agency bool) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	place, rest, _ := strings.Cut(p, ",")
	place = strings.TrimSpace(place)
	// "ANKARA (AA)", "Nairobi (AFP)": the agency goes with the place.
	if i := strings.IndexByte(place, '('); i > 0 {
		place = strings.TrimSpace(place[:i])
	}
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	caps := isAllCaps(place)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	if !caps && rest == "" && !agency && !strings.Contains(p, "(") {
		// "Nairobi - " alone is a dateline only in capitals or with a date or agency.
		return false
	}
	if len(strings.Fields(p)) > 8 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,()")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false // a lowercase word: prose, not a dateline
		}
	}
	return true
}

// allCapsPlace is a line of one to three words in capitals: "CHENNAI".
func allCapsPlace(line string) bool {
	line = strings.TrimSpace(line)
	n := len(strings.Fields(line))
	return n >= 1 && n <= 3 && isAllCaps(line)
}

// placeIn is the first place named inside [start, end), not by a demonym.
func placeIn(places []geo.Mention, start, end int) *geo.Mention {
	for i, m := range places {
		if m.Start >= start && m.End <= end && m.Via != geo.ViaDemonym {
			return &places[i]
		}
	}
	return nil
}

// onlyDates reports a sentence whose every word lies in one of its
// temporal expressions: a date line ending in a full stop.
func onlyDates(ws []word, xs []temporal.Timex) bool {
	if len(ws) == 0 || len(xs) == 0 {
		return false
	}
	for _, w := range ws {
		in := false
		for _, x := range xs {
			if w.start >= x.Start && w.end <= x.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}
