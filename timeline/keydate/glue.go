package keydate

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A page's parts that are not sentences (a photo caption, a headline, a
// navigation link, the items of a dated list) have no full stop, so the
// sentence splitter leaves them glued to the sentence that follows:
// "Experts suspect swine flu has killed more than 100 people in Mexico As
// international concern grows, …", "Dr Murray appears in court 25 January
// 2011 The doctor officially enters a plea of not guilty." A new sentence
// shows where a word that opens sentences, capitalized, follows a word with
// no punctuation after it, or where a full date does, itself followed by a
// capital.

// openers are words that, capitalized inside a sentence and after a word
// with no punctuation, start a new one: pronouns, determiners, and the
// prepositions and conjunctions that open a sentence. Not "A" (influenza A
// virus), "This" and "It" (titles: "This Is It").
var openers = map[string]bool{
	"The": true, "He": true, "She": true, "They": true, "We": true, "His": true, "Her": true,
	"Their": true, "Its": true, "These": true, "Those": true, "There": true, "On": true,
	"In": true, "At": true, "As": true, "But": true, "After": true, "When": true, "While": true,
	"Meanwhile": true, "However": true, "Earlier": true, "Later": true, "Since": true,
}

// before are words after which a date belongs to the sentence ("died on 25
// June 2009 Dr Murray …" is one sentence; "died 25 June 2009 Dr Murray" two).
var before = map[string]bool{
	"on": true, "since": true, "by": true, "until": true, "till": true, "from": true, "before": true,
	"after": true, "of": true, "in": true, "to": true, "and": true, "or": true, "between": true,
	"than": true, "through": true, "dated": true, "for": true,
}

// months are the months' names, for isMonth.
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// token is a word of a sentence, split at spaces, and its place.
type token struct {
	s          string
	start, end int
}

// segment is a part of a sentence as the splitter left it; text is the
// part as printed.
type segment struct {
	text string
	// date is the full date that opens the segment, "" if none.
	date string
}

// unglue cuts text where a new sentence starts without a full stop before
// it, appending the parts to dst. It appends text whole when there is no
// such place.
func unglue(dst []segment, text string) []segment {
	var buf [64]token // most sentences: no allocation
	toks := buf[:0]
	for i := 0; i < len(text); {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if j > i {
			toks = append(toks, token{text[i:j], i, j})
		}
		i = j
	}
	segs := dst
	last, lastDate := 0, ""
	cut := func(at int, date string) {
		if s := strings.TrimSpace(text[last:at]); s != "" {
			segs = append(segs, segment{text: s, date: lastDate})
		}
		last, lastDate = at, date
	}
	bare := func(w string) bool { // no punctuation after the word
		r, _ := utf8.DecodeLastRuneInString(w)
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	first := 1
	if n := fullDate(toks, 0); n > 0 && n < len(toks) {
		lastDate = text[toks[0].start:toks[n-1].end]
		first = n + 1
	}
	for i := first; i+1 < len(toks); i++ {
		// Only a capital or a digit opens a sentence or a date: most
		// words are passed over here.
		if c := toks[i].s[0]; c < 0x80 && !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			continue
		}
		prev := toks[i-1].s
		if !bare(prev) {
			continue
		}
		if openers[toks[i].s] && isWordStart(toks[i+1].s) {
			cut(toks[i].start, "")
			continue
		}
		if n := fullDate(toks, i); n > 0 && i+n < len(toks) && !before[strings.ToLower(prev)] {
			if r, _ := utf8.DecodeRuneInString(toks[i+n].s); unicode.IsUpper(r) {
				cut(toks[i].start, text[toks[i].start:toks[i+n-1].end])
				// The capital after the date opens the segment.
				i += n
			}
		}
	}
	cut(len(text), "")
	return segs
}

// datedStart reports whether text opens with a date of its own, a full
// date or a month and year ("4 January 2011 Preliminary hearings begin.",
// "April 2011 Jury selection begins."): an item of a dated list.
func datedStart(text string) bool {
	f := strings.Fields(text)
	var toks []token
	for _, w := range f[:min(len(f), 3)] {
		toks = append(toks, token{s: w})
	}
	if fullDate(toks, 0) > 0 {
		return true
	}
	return len(f) >= 2 && isMonth(f[0]) && len(f[1]) == 4 && allDigits(strings.TrimRight(f[1], ","))
}

// sameDay reports whether the full date expression date names day
// (YYYY-MM-DD).
func sameDay(date, day string) bool {
	d := strings.ReplaceAll(date, ",", "")
	for _, layout := range []string{"2 January 2006", "January 2 2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t.Format(time.DateOnly) == day
		}
	}
	return false
}

func isWordStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '“'
}

// fullDate is the number of tokens of a full date ("25 June 2009", "June
// 25, 2009") starting at toks[i], 0 when there is none.
func fullDate(toks []token, i int) int {
	get := func(k int) string {
		if k >= len(toks) {
			return ""
		}
		return strings.TrimRight(toks[k].s, ",")
	}
	isDay := func(s string) bool { return len(s) >= 1 && len(s) <= 2 && allDigits(s) }
	isYear := func(s string) bool { return len(s) == 4 && allDigits(s) }
	switch {
	case isDay(get(i)) && isMonth(get(i+1)) && isYear(get(i+2)):
		return 3
	case isMonth(get(i)) && isDay(get(i+1)) && isYear(get(i+2)):
		return 3
	}
	return 0
}

// isMonth reports whether w is a month's name, in any case, without
// allocating (most words are not).
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > 9 || !strings.ContainsRune("JFMASONDjfmasond", rune(w[0])) {
		return false
	}
	for _, m := range months {
		if strings.EqualFold(w, m) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
