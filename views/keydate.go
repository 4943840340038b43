package views

import (
	"net/url"
	"strconv"
)

// KeyDatesPanel is the top of the story page: the story's key dates, most
// important first, each with its summary, sources and evidence.
type KeyDatesPanel struct {
	StoryID int64
	Dates   []KeyDateRow
	// Shown is how many key dates are shown, Total how many days have
	// events; All says every day is shown.
	Shown, Total int
	All          bool
	// Custom says the page asked for a number of key dates (?keydates=).
	Custom bool
	// Outside is set for readers outside the newsroom, who do not see
	// which summaries journalists wrote.
	Outside bool
	// Query is the page's filter query (without "?"), kept by the links.
	Query string
	// Share is the share token of a page opened through a share link.
	Share string
	// CanEdit shows the pin, unpin and summary forms; CSRF is their token.
	CanEdit bool
	CSRF    string
	// Unpinned are the days journalists kept out of the key dates (shown to
	// editors, who may bring them back).
	Unpinned []string
	// History is the changes to the key dates, newest first (newsroom only).
	History []KeyDateChangeRow
	// Exports are the downloads limited to the key dates shown.
	Exports []ExportLink
}

// KeyDateRow is one key date.
type KeyDateRow struct {
	Date  string // YYYY-MM-DD
	Label string // "Mon 27 Apr 2009"
	// Sentences are the summary chosen from the reports, Edited the
	// journalists' own summary (shown instead when not empty).
	Sentences []KeyDateSentence
	Edited    string
	// Evidence says where the score comes from: "reported by 14 articles,
	// referred back to by 3 later articles (5 times)".
	Evidence string
	Score    string
	Pinned   bool
	// FirstEvent is the anchor of the day's most important event in the
	// full list below, "" when none is shown there.
	FirstEvent string
	Events     int
}

// KeyDateSentence is a summary sentence with the documents that report it.
type KeyDateSentence struct {
	Text    string
	Sources []DocumentRow
}

// Summary is the summary text as a line.
func (r KeyDateRow) Summary() string {
	if r.Edited != "" {
		return r.Edited
	}
	return r.Auto()
}

// Auto is the summary chosen from the reports, as a line.
func (r KeyDateRow) Auto() string {
	s := ""
	for i, x := range r.Sentences {
		if i > 0 {
			s += " "
		}
		s += x.Text
	}
	return s
}

// KeyDateChangeRow is one change to a story's key dates.
type KeyDateChangeRow struct {
	Date, Author, Time, Field, Old, New, Reason string
}

// EditURL is where the key-date forms post.
func (p KeyDatesPanel) EditURL() string { return storyURL(p.StoryID) + "/key-dates" }

// linkWith is the story page with the filter and keydates=n.
func (p KeyDatesPanel) linkWith(n string) string {
	q, _ := url.ParseQuery(p.Query)
	if q == nil {
		q = url.Values{}
	}
	q.Set("keydates", n)
	if p.Share != "" {
		q.Set("share", p.Share)
		return "/share/" + url.PathEscape(p.Share) + "?" + q.Encode() + "#key-dates"
	}
	return storyURL(p.StoryID) + "?" + q.Encode() + "#key-dates"
}

// AllURL shows every day.
func (p KeyDatesPanel) AllURL() string { return p.linkWith("all") }

// MoreURL shows ten more key dates.
func (p KeyDatesPanel) MoreURL() string { return p.linkWith(strconv.Itoa(p.Shown + 10)) }

// FewerURL shows the default number of key dates.
func (p KeyDatesPanel) FewerURL() string {
	q, _ := url.ParseQuery(p.Query)
	if q == nil {
		q = url.Values{}
	}
	q.Del("keydates")
	u := storyURL(p.StoryID)
	if p.Share != "" {
		u = "/share/" + url.PathEscape(p.Share)
	}
	if len(q) == 0 {
		return u + "#key-dates"
	}
	return u + "?" + q.Encode() + "#key-dates"
}

// KeyDatesParam is the keydates value the forms keep.
func (p KeyDatesPanel) KeyDatesParam() string {
	if p.All {
		return "all"
	}
	return strconv.Itoa(p.Shown)
}

// Short is how a key date's summary names a source: its outlet, else its
// title.
func (d DocumentRow) Short() string {
	if d.Outlet != "" {
		return d.Outlet
	}
	return d.Title
}

// Plural is "1 event", "2 events".
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
