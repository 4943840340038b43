package export

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"storyline/timeline"
)

// TimelineJS is a TimelineJS3 document (Knight Lab).
type TimelineJS struct {
	Title  *TimelineJSSlide  `json:"title,omitempty"`
	Events []TimelineJSSlide `json:"events"`
}

// TimelineJSSlide is the title slide or one event.
type TimelineJSSlide struct {
	StartDate   *TimelineJSDate `json:"start_date,omitempty"`
	EndDate     *TimelineJSDate `json:"end_date,omitempty"`
	DisplayDate string          `json:"display_date,omitempty"`
	Text        TimelineJSText  `json:"text"`
	Group       string          `json:"group,omitempty"`
	UniqueID    string          `json:"unique_id,omitempty"`
}

// TimelineJSDate is a partial date: only the fields the text gave are set.
type TimelineJSDate struct {
	Year   int `json:"year"`
	Month  int `json:"month,omitempty"`
	Day    int `json:"day,omitempty"`
	Hour   int `json:"hour,omitempty"`
	Minute int `json:"minute,omitempty"`
	// DisplayDate is set on an end date only, to label ranges of days.
	DisplayDate string `json:"display_date,omitempty"`
}

// TimelineJSText is a headline and an HTML body.
type TimelineJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// NewTimelineJS builds the TimelineJS3 document of s: a title slide, then one
// slide per event that can be placed in time. A date carries only the fields
// its precision gives (year; year and month; year, month and day); an event
// known to a month is never drawn as a span. Qualifiers ("c.", "before",
// "after") and periods TimelineJS cannot express (weeks, seasons, quarters)
// are spelled out in display_date. Each outlet gets its own row (group);
// headlines and texts are HTML, escaped.
func NewTimelineJS(s timeline.Story) TimelineJS {
	docs := documents(s)
	out := TimelineJS{Title: timelineTitle(s), Events: []TimelineJSSlide{}}
	for _, e := range inDateOrder(s.Events) {
		if slide, ok := timelineSlide(e, docs); ok {
			out.Events = append(out.Events, slide)
		}
	}
	return out
}

// timelineTitle is the title slide of s.
func timelineTitle(s timeline.Story) *TimelineJSSlide {
	return &TimelineJSSlide{Text: TimelineJSText{
		Headline: html.EscapeString(s.Title),
		Text:     storyIntro(s),
	}}
}

// timelineSlide is the slide of e; ok is false when e cannot be placed in
// time.
func timelineSlide(e timeline.Event, docs map[int64]timeline.Document) (TimelineJSSlide, bool) {
	start, end, display, ok := timelineDates(e.Date)
	if !ok {
		return TimelineJSSlide{}, false
	}
	slide := TimelineJSSlide{
		StartDate:   start,
		EndDate:     end,
		DisplayDate: html.EscapeString(display),
		Text: TimelineJSText{
			Headline: html.EscapeString(e.Title),
			Text:     eventHTML(e, docs),
		},
		UniqueID: "event-" + strconv.FormatInt(e.ID, 10),
	}
	if len(e.Sources) > 0 {
		// TimelineJS sets the group label as HTML too.
		slide.Group = html.EscapeString(outlet(docs[e.Sources[0].DocumentID]))
	}
	return slide, true
}

// WriteTimelineJS writes the TimelineJS3 JSON of s (see NewTimelineJS),
// slide by slide: the bytes json.Encoder writes for NewTimelineJS(s) with
// a two-space indent.
func WriteTimelineJS(w io.Writer, s timeline.Story) error {
	docs := documents(s)
	a, err := newArrayWriter(w, TimelineJS{Title: timelineTitle(s), Events: []TimelineJSSlide{}}, "timelinejs")
	if err != nil {
		return err
	}
	err = eachInDateOrder(s.Events, func(e *timeline.Event) error {
		if slide, ok := timelineSlide(*e, docs); ok {
			return a.Write(slide)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return a.Close()
}

// timelineDates maps a date to TimelineJS start and end dates and a display
// date; ok is false when the date has no bound to place it by.
func timelineDates(d timeline.Date) (start, end *TimelineJSDate, display string, ok bool) {
	lo, hasLo := parseISO(d.Start)
	hi, hasHi := parseISO(d.End)
	anchor := lo
	if !hasLo {
		if !hasHi {
			return nil, nil, "", false
		}
		anchor = hi
	}
	start = &TimelineJSDate{Year: anchor.Year()}
	plain := d.Mod == "" && hasLo && hasHi
	switch d.Precision {
	case timeline.PrecisionTime:
		start.Month, start.Day = int(anchor.Month()), anchor.Day()
		if clock, ok := clockOf(d.Value); ok {
			fmt.Sscanf(clock, "%d:%d", &start.Hour, &start.Minute)
		} else {
			plain = false // a part of day: say it
		}
	case timeline.PrecisionDay:
		start.Month, start.Day = int(anchor.Month()), anchor.Day()
		if plain && hi.After(lo) {
			// A range of days: the only case a span is drawn.
			end = &TimelineJSDate{Year: hi.Year(), Month: int(hi.Month()), Day: hi.Day()}
		}
	case timeline.PrecisionMonth:
		start.Month = int(anchor.Month())
	case timeline.PrecisionYear:
	case timeline.PrecisionWeek:
		start.Month = int(anchor.Month())
		plain = false
	default:
		// Season, quarter, half, decade, century, fuzzy: the year only, and
		// the words.
		plain = false
	}
	if !plain {
		display = Label(d)
	}
	return start, end, display, true
}

// storyIntro is the title slide's text: how many events from which outlets.
func storyIntro(s timeline.Story) string {
	var outlets []string
	seen := map[string]bool{}
	for _, d := range s.Documents {
		if o := outlet(d); o != "" && !seen[o] {
			seen[o] = true
			outlets = append(outlets, html.EscapeString(o))
		}
	}
	text := fmt.Sprintf("<p>%d events", len(s.Events))
	if len(outlets) > 0 {
		text += " reported by " + strings.Join(outlets, ", ")
	}
	return text + ".</p>"
}

// eventHTML is an event's text with its sources, escaped for HTML.
func eventHTML(e timeline.Event, docs map[int64]timeline.Document) string {
	var b strings.Builder
	if e.Text != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(e.Text))
	}
	if len(e.Places) > 0 {
		names := make([]string, 0, len(e.Places))
		for _, p := range e.Places {
			names = append(names, html.EscapeString(p.Name))
		}
		fmt.Fprintf(&b, "<p>Where: %s</p>", strings.Join(names, ", "))
	}
	if e.Date.Expression != "" {
		fmt.Fprintf(&b, "<p>When: “%s”", html.EscapeString(e.Date.Expression))
		if e.Date.Explanation != "" {
			fmt.Fprintf(&b, " (%s)", html.EscapeString(e.Date.Explanation))
		}
		b.WriteString("</p>")
	}
	if e.Disagreement != "" {
		fmt.Fprintf(&b, "<p>The sources disagree on the %s.</p>", html.EscapeString(e.Disagreement))
	}
	if len(e.Sources) > 0 {
		b.WriteString("<ul>")
		for _, src := range e.Sources {
			d := docs[src.DocumentID]
			name := html.EscapeString(outlet(d))
			if webURL(d.URL) {
				name = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(d.URL), name)
			}
			fmt.Fprintf(&b, "<li>%s: “%s”</li>", name, html.EscapeString(src.Quote))
		}
		b.WriteString("</ul>")
	}
	return b.String()
}
