// Package article reads news articles - HTML pages and plain text files -
// into plain text with paragraph breaks, a title, a URL, an outlet and a
// publication date with the place it was found.
//
// HTML comes from anywhere, so it is read with golang.org/x/net/html, a
// complete HTML5 parser that builds the same tree a browser would, rather than
// with regular expressions: malformed and hostile markup (unclosed tags,
// scripts in odd places, event-handler attributes, javascript: URLs) cannot
// leak into the text, which is built from text nodes only.
package article

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
)

// Article is what was read from one file.
type Article struct {
	Title  string
	Text   string // plain text, paragraphs separated by "\n\n" (HTML) or as the file had them (text)
	URL    string
	Outlet string
	// Published is the civil publication date at UTC midnight; zero when not found.
	Published       time.Time
	PublishedSource string // one of the timeline.Published* constants
}

// FromText reads a plain-text article. It rejects empty and whitespace-only
// files, binary data and invalid UTF-8 with a *timeline.Error of code
// EInvalid; it drops a byte order mark, turns CRLF and CR line ends into LF,
// takes the first line as the title (the second when the first holds only a
// date), looks for a dateline, a "Published ..." line or a date line near the
// top and takes the outlet from a closing "Source: ..." line.
func FromText(b []byte) (Article, error) {
	if err := checkText(b); err != nil {
		return Article{}, err
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSpace(s)
	a := Article{Text: s}
	line, rest, _ := strings.Cut(s, "\n")
	if _, ok := dateOnly(patterns(), line); ok {
		// "December 10, 2013" above the headline: the headline is the
		// next line
		line, _, _ = strings.Cut(strings.TrimLeft(rest, " \t\n"), "\n")
	}
	if utf8.RuneCountInString(line) <= 200 {
		a.Title = strings.TrimSpace(line)
	}
	a.Published, a.PublishedSource = fromTextLines(s)
	a.Outlet = sourceOutlet(s)
	return a, nil
}

// sourceOutlet reads the outlet from a closing "Source: Al Jazeera and news
// agencies" line.
func sourceOutlet(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		line := strings.TrimSpace(lines[i])
		if rest, ok := strings.CutPrefix(line, "Source:"); ok && utf8.RuneCountInString(rest) <= 80 {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// checkText rejects what is not a readable UTF-8 text.
func checkText(b []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\uFEFF")))) == 0 {
		if len(b) == 0 {
			return timeline.Errorf(timeline.EInvalid, "the file is empty")
		}
		return timeline.Errorf(timeline.EInvalid, "the file holds only whitespace")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return timeline.Errorf(timeline.EInvalid, "the file is binary data, not text (it contains NUL bytes)")
	}
	if !utf8.Valid(b) {
		return timeline.Errorf(timeline.EInvalid, "the file is not UTF-8 text")
	}
	control, total := 0, 0
	for _, r := range string(b) {
		total++
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	if control*100 > total*2 {
		return timeline.Errorf(timeline.EInvalid, "the file looks like binary data, not text (%d of %d characters are control characters)", control, total)
	}
	return nil
}
