package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// BoilerCitation is a line of the citations that close a wiki news article
// or a copy of a news page: under a heading line "Sources", "Related news",
// "External links", "See also" ..., the lines that cite ("\"Airbus confirms
// further A380 delay\" — Example News, October 3, 2006"). What they tell
// happened in other articles, on their dates: they are not this article's
// news, and their outlets and authors are no actors of it.
const BoilerCitation = "citation"

// citationHeadings are the headings of citation sections, in lower case,
// without a closing colon.
var citationHeadings = map[string]bool{
	"sources": true, "source": true, "references": true, "external links": true, "external link": true,
	"related news": true, "related stories": true, "related articles": true, "related links": true,
	"related coverage": true, "related": true, "see also": true, "further reading": true,
	"bibliography": true, "citations": true, "more on this story": true,
}

// maxCitation is the longest line read as a citation: a citation is one
// title, its outlet, author and dates; a longer line is a paragraph of prose.
const maxCitation = 300

// citations marks BoilerCitation the sentences of the citation sections of
// text (see citationHeadings) whose reasons are "". A section opens at a
// line that holds only its heading and runs over the lines that cite: those
// that are no prose (they do not end as a sentence: a headline, "Example
// Ministry press release"), items of a list, and lines that end with a
// date or carry a link or a "Retrieved" note, as a citation does (`Jane
// Doe. "Jets ordered". Example News, October 2, 2006.`). It closes at the
// first line of prose (a heading in the middle of a page's copy, "See also",
// above its links, is followed by more of the article), or at a line
// longer than maxCitation.
func citations(text string, sents []Sentence, reasons []string) {
	in := false
	lineEnd := -1 // the end of the line last decided
	for i, s := range sents {
		if s.Span.Start > lineEnd {
			// the first sentence of a line (its start is past the last
			// line's end): read the line once
			start := strings.LastIndexByte(text[:s.Span.Start], '\n') + 1
			lineEnd = len(text)
			if j := strings.IndexByte(text[s.Span.Start:], '\n'); j >= 0 {
				lineEnd = s.Span.Start + j
			}
			line := text[start:lineEnd]
			switch {
			case len(line) <= 32 && citationHeadings[headingKey(line)]:
				in = true
				continue // the heading itself: a line that is no prose
			case in:
				in = citationLine(line)
			}
		}
		if in && reasons[i] == "" {
			reasons[i] = BoilerCitation
		}
	}
}

// headingKey is a heading line in lower case without the marks around it
// and the edit link a wiki page puts after it: "Sources:", "== External
// links ==", "Sources[edit]", "Related news [ edit ]".
func headingKey(line string) string {
	line = strings.ToLower(strings.Trim(line, " \t=#*:"))
	if strings.HasSuffix(line, "]") {
		if i := strings.LastIndexByte(line, '['); i >= 0 && strings.HasPrefix(strings.TrimSpace(line[i+1:]), "edit") {
			line = strings.TrimRight(line[:i], " \t:")
		}
	}
	return line
}

// citationLine reports whether line, under a citation heading, cites (see
// citations).
func citationLine(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > maxCitation {
		return false
	}
	// A list marker opens the line: its first character, not its first
	// byte (a curly quote's is that of "•", "–" and "—").
	first, _ := utf8.DecodeRuneInString(line)
	if !endsSentence(line) || strings.ContainsRune("-•*–—", first) ||
		strings.Contains(line, "http") || strings.Contains(line, "www.") || strings.Contains(line, "Retrieved") ||
		strings.Contains(line, "retrieved") {
		return true
	}
	// A date at the end, after a comma, a bracket, a dash or a period:
	// "Example News, October 2, 2006.", "(May 5, 2006)"; not "took place
	// in April 2005.", which is prose. Or a date alone in brackets
	// ("Example News (October 3, 2006). ..."), or a title in quotes first
	// or after its author and a year anywhere ("Jane Doe. \"Jets
	// ordered\". Example News, 2 October 2006, p. 4.").
	if citationDate.MatchString(line[max(0, len(line)-48):]) || bracketDate.MatchString(line) {
		return true
	}
	head := line[:min(len(line), 80)]
	quoted := strings.HasPrefix(line, "\"") || strings.HasPrefix(line, "“") || strings.Contains(head, ". \"") || strings.Contains(head, ". “")
	return quoted && citationYear.MatchString(line)
}

var (
	// bracketDate is a date alone in brackets: "(2006)", "(October 3, 2006)".
	bracketDate = regexp.MustCompile(`(?i)\(\s*((\d{1,2}\s+` + month + `|` + month + `\s+\d{1,2}(st|nd|rd|th)?),?\s+)?(19|20)\d\d\s*\)`)
	// citationYear is a year of the last two centuries, as a word.
	citationYear = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

// citationDate is a date that closes a citation: after a comma, an opening
// bracket, a dash, a bar or a period, perhaps with a weekday, a day and a
// month, a year, then at most a closing bracket and a period.
var citationDate = regexp.MustCompile(`(?i)(^|[,(—–|.-])\s*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((\d{1,2}\s+` + month + `|` + month + `\s+\d{1,2}(st|nd|rd|th)?),?\s+)?(19|20)\d\d\s*[)\]]?\s*\.?\s*$`)
