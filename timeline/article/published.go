package article

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyline/timeline"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRE = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

const weekdayRE = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`

// datePatterns are the publication date forms ParseDate and fromTextLines
// read, compiled on first use (a command that never reads an article does
// not pay for them at start).
type datePatterns struct {
	isoDate, mdy, dmy, dateline, datelineDateFirst, bylineDate *regexp.Regexp
	clock                                                      *regexp.Regexp
}

var patterns = sync.OnceValue(func() *datePatterns {
	return &datePatterns{
		isoDate: regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`),
		// "Sept. 14, 2022", "September 14 2022"
		mdy: regexp.MustCompile(`(?i)^` + weekdayRE + `(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`),
		// "14 September 2022", "14 Sep 2022"
		dmy: regexp.MustCompile(`(?i)^` + weekdayRE + `(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRE + `),?\s+(\d{4})`),
		// dateline: "NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022"
		dateline: regexp.MustCompile(`^\s*[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*[\p{L}. ]{2,40})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s*(.{6,40})`),
		// dateline with the date before the agency: "LONDON, March 12, 2021 (Reuters) -"
		datelineDateFirst: regexp.MustCompile(`^\s*[\p{Lu}][\p{Lu}.'’ -]{1,40},\s*(.{6,30}?)\s*\([^)]{1,30}\)\s*[—–-]{1,2}`),
		// "Published 14 September 2022", "Published On 14 Sep 2022", "First published: ..."
		bylineDate: regexp.MustCompile(`(?i)^\s*(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*(.{6,60})`),
		// what may follow the date on a line of its own: a time of day and
		// a zone, "14:20 (UTC)", ", at 9.15am BST", "T14:20:00Z", or the
		// zone alone, "(UTC)", "GMT", "(EST)"
		clock: regexp.MustCompile(`^[,\s]*(?:(?:at\s+|[–—|-]\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)\s*(?:\(?(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?)\)?)?|\(?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|\([A-Z]{2,5}\))?\.?\s*$`),
	}
})

// ParseDate reads a publication date in the forms newsrooms use in metadata
// and text: ISO 8601 dates and timestamps (the date as written, in the
// writer's offset), "Sept. 14, 2022", "14 September 2022", optionally after a
// weekday, and RFC 1123. It returns the civil date at UTC midnight; ok is false
// for anything else, for impossible dates and for years outside 1800..2200.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	var y, d int
	var m time.Month
	p := patterns()
	if g := p.isoDate.FindStringSubmatch(s); g != nil {
		y, _ = strconv.Atoi(g[1])
		mi, _ := strconv.Atoi(g[2])
		m = time.Month(mi)
		d, _ = strconv.Atoi(g[3])
	} else if g := p.mdy.FindStringSubmatch(s); g != nil {
		m = monthOf(g[1])
		d, _ = strconv.Atoi(g[2])
		y, _ = strconv.Atoi(g[3])
	} else if g := p.dmy.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m = monthOf(g[2])
		y, _ = strconv.Atoi(g[3])
	} else {
		for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC} {
			if t, err := time.Parse(layout, s); err == nil {
				y, m, d = t.Date()
				break
			}
		}
	}
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false // 2022-02-30
	}
	return t, true
}

func monthOf(s string) time.Month {
	return months[strings.TrimSuffix(strings.ToLower(s), ".")]
}

// topLines is how many non-empty lines from the top fromTextLines reads;
// dateLineRank how many of them a line holding only a date may follow and
// still be the publication date: the headline, a photo caption and its
// credit, a byline.
const (
	topLines     = 12
	dateLineRank = 6
)

// fromTextLines looks for the publication date among the first lines of
// text: a dateline ("LONDON, March 12 (Reuters) -"), a "Published ..." line,
// or a line that holds only a date ("Tuesday, October 3, 2006", "10
// December 2013 14:20 (UTC)") among the first dateLineRank lines, as wiki
// news pages and copies of news pages put it under the headline. A dateline
// or a "Published" line wins over a date line wherever it stands among the
// first lines: it says that its date is the article's, where a bare date
// says nothing of what it dates. A date line next to another date line, or
// under a heading that ends with a colon ("Key dates:"), is an item of a
// list, not the publication date.
func fromTextLines(text string) (time.Time, string) {
	p := patterns()
	seen := 0
	var dated time.Time // the first date line that is no list item
	prevDate, prevColon := false, false
	pending := false // dated was the line before and no list item so far
	for rest, more := text, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if seen++; seen > topLines {
			break
		}
		if g := p.bylineDate.FindStringSubmatch(line); g != nil {
			if t, ok := ParseDate(g[1]); ok {
				return t, timeline.PublishedByline
			}
		}
		for _, re := range []*regexp.Regexp{p.dateline, p.datelineDateFirst} {
			if g := re.FindStringSubmatch(line); g != nil {
				if t, ok := ParseDate(g[1]); ok {
					return t, timeline.PublishedDateline
				}
			}
		}
		t, isDate := dateOnly(p, line)
		switch {
		case isDate && pending:
			dated, pending = time.Time{}, false // two date lines in a row: a list
		case isDate && dated.IsZero() && !prevDate && !prevColon && seen <= dateLineRank:
			dated, pending = t, true
		default:
			pending = false
		}
		prevDate, prevColon = isDate, strings.HasSuffix(strings.TrimSpace(line), ":")
	}
	if !dated.IsZero() {
		return dated, timeline.PublishedLoneDate
	}
	return time.Time{}, timeline.PublishedUndefined
}

// dateOnly reads a line that holds nothing but a date, optionally after a
// weekday and before a time of day and a zone.
func dateOnly(p *datePatterns, line string) (time.Time, bool) {
	line = strings.TrimSpace(line)
	if len(line) < 8 || len(line) > 64 {
		return time.Time{}, false
	}
	for _, re := range []*regexp.Regexp{p.isoDate, p.mdy, p.dmy} {
		if m := re.FindStringIndex(line); m != nil {
			if !p.clock.MatchString(line[m[1]:]) {
				return time.Time{}, false
			}
			return ParseDate(line[:m[1]])
		}
	}
	return time.Time{}, false
}
