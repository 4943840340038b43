// Package timeml reads and writes TimeML (.tml) documents as TempEval-3
// uses them and scores a tagger's TIMEX3 output against gold annotations.
package timeml

import (
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
)

// Timex is one TIMEX3 annotation; Start and End are byte offsets into
// Document.Text, half-open.
type Timex struct {
	Start, End int
	TID        string
	Type       string
	Value      string
	Mod        string
}

// Event is one EVENT annotation; Start and End are byte offsets into
// Document.Text, half-open.
type Event struct {
	Start, End int
	EID        string
	Class      string // OCCURRENCE, REPORTING, STATE, I_ACTION, ASPECTUAL, PERCEPTION, I_STATE
}

// Link is a TLINK between an event and a time expression, read as "the event
// RelType the time": a link written time first ("t85 INCLUDES ei379") is
// stored with its relation inverted (ei379 IS_INCLUDED t85). EID names the
// EVENT of the instance (through MAKEINSTANCE), TID the TIMEX3 (t0 is the
// document creation time).
type Link struct {
	EID, TID string
	RelType  string
}

// inverse turns "time R event" into "event R' time".
var inverse = map[string]string{
	"BEFORE": "AFTER", "AFTER": "BEFORE",
	"IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
	"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES",
	"BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
	"ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
	"DURING": "DURING_INV", "DURING_INV": "DURING",
	"SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "IDENTITY",
}

// Document is a parsed .tml file.
type Document struct {
	ID       string
	DCT      time.Time // civil date at UTC midnight; zero when absent
	DCTValue string
	// Text is the content of <TEXT> with every tag removed and every other
	// character (entity references included) kept as it was.
	Text string
	// Timexes are the TIMEX3 annotations found inside TEXT.
	Timexes []Timex
	// Events are the EVENT annotations found inside TEXT, in text order.
	Events []Event
	// Links are the TLINKs between an event instance and a time
	// expression, oriented event first (see Link).
	Links []Link

	raw                string
	textStart, textEnd int      // TEXT content in raw
	markup             []markup // tags inside TEXT other than TIMEX3
}

// markup is a tag inside TEXT that is not a TIMEX3 (EVENT, SIGNAL, ...),
// kept by Annotate at its offset in Text.
type markup struct {
	at  int
	tag string
	// depth is +1 for an opening tag, -1 for a closing one, 0 for an
	// empty element or anything else (comments, processing instructions).
	depth int
}

// Parse reads a TimeML document.
func Parse(data []byte) (*Document, error) {
	raw := string(data)
	d := &Document{raw: raw}
	if i := strings.Index(raw, "<DOCID>"); i >= 0 {
		if j := strings.Index(raw[i:], "</DOCID>"); j >= 0 {
			d.ID = strings.TrimSpace(raw[i+len("<DOCID>") : i+j])
		}
	}
	if i := strings.Index(raw, "<DCT>"); i >= 0 {
		if j := strings.Index(raw[i:], "</DCT>"); j >= 0 {
			attrs := attributes(raw[i : i+j])
			d.DCTValue = attrs["value"]
			if len(d.DCTValue) >= 10 {
				if t, err := time.Parse("2006-01-02", d.DCTValue[:10]); err == nil {
					d.DCT = t
				}
			}
		}
	}
	open := strings.Index(raw, "<TEXT>")
	if open < 0 {
		return nil, errors.New("parse timeml: no <TEXT> element")
	}
	d.textStart = open + len("<TEXT>")
	closeAt := strings.Index(raw[d.textStart:], "</TEXT>")
	if closeAt < 0 {
		return nil, errors.New("parse timeml: <TEXT> is not closed")
	}
	d.textEnd = d.textStart + closeAt
	var b strings.Builder
	content := raw[d.textStart:d.textEnd]
	var stack []int // indexes into d.Timexes of open TIMEX3 tags
	openEvent := -1 // index into d.Events of the open EVENT tag
	for i := 0; i < len(content); {
		if content[i] != '<' {
			j := strings.IndexByte(content[i:], '<')
			if j < 0 {
				j = len(content) - i
			}
			b.WriteString(content[i : i+j])
			i += j
			continue
		}
		j := strings.IndexByte(content[i:], '>')
		if j < 0 {
			return nil, fmt.Errorf("parse timeml: unclosed tag at TEXT offset %d", i)
		}
		tag := content[i : i+j+1]
		i += j + 1
		switch {
		case strings.HasPrefix(tag, "<TIMEX3"):
			a := attributes(tag)
			d.Timexes = append(d.Timexes, Timex{Start: b.Len(), TID: a["tid"], Type: a["type"], Value: a["value"], Mod: a["mod"]})
			if strings.HasSuffix(tag, "/>") {
				d.Timexes[len(d.Timexes)-1].End = b.Len()
			} else {
				stack = append(stack, len(d.Timexes)-1)
			}
		case tag == "</TIMEX3>":
			if len(stack) == 0 {
				return nil, errors.New("parse timeml: </TIMEX3> without <TIMEX3>")
			}
			d.Timexes[stack[len(stack)-1]].End = b.Len()
			stack = stack[:len(stack)-1]
		default:
			switch {
			case strings.HasPrefix(tag, "<EVENT ") || tag == "<EVENT>":
				a := attributes(tag)
				d.Events = append(d.Events, Event{Start: b.Len(), End: b.Len(), EID: a["eid"], Class: a["class"]})
				if !strings.HasSuffix(tag, "/>") {
					openEvent = len(d.Events) - 1
				}
			case tag == "</EVENT>" && openEvent >= 0:
				d.Events[openEvent].End = b.Len()
				openEvent = -1
			}
			m := markup{at: b.Len(), tag: tag}
			switch {
			case strings.HasPrefix(tag, "</"):
				m.depth = -1
			case strings.HasSuffix(tag, "/>"), strings.HasPrefix(tag, "<!"), strings.HasPrefix(tag, "<?"):
			default:
				m.depth = 1
			}
			d.markup = append(d.markup, m)
		}
	}
	if len(stack) > 0 {
		return nil, errors.New("parse timeml: <TIMEX3> is not closed")
	}
	d.Text = b.String()
	d.Links = links(raw[d.textEnd:])
	return d, nil
}

// links reads the MAKEINSTANCE and TLINK elements after TEXT and returns
// the event–time links, oriented event first.
func links(rest string) []Link {
	instance := map[string]string{} // eiid -> eid
	var out []Link
	for _, tag := range elements(rest, "<MAKEINSTANCE") {
		a := attributes(tag)
		instance[a["eiid"]] = a["eventID"]
	}
	for _, tag := range elements(rest, "<TLINK") {
		a := attributes(tag)
		rel := a["relType"]
		switch {
		case a["eventInstanceID"] != "" && a["relatedToTime"] != "":
			if eid, ok := instance[a["eventInstanceID"]]; ok {
				out = append(out, Link{EID: eid, TID: a["relatedToTime"], RelType: rel})
			}
		case a["timeID"] != "" && a["relatedToEventInstance"] != "":
			inv, known := inverse[rel]
			if eid, ok := instance[a["relatedToEventInstance"]]; ok && known {
				out = append(out, Link{EID: eid, TID: a["timeID"], RelType: inv})
			}
		}
	}
	return out
}

// elements returns the start tags of s that begin with open (such as
// "<TLINK"), each up to its closing '>'.
func elements(s, open string) []string {
	var out []string
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return out
		}
		out = append(out, s[i:i+j+1])
		s = s[i+j+1:]
	}
}

// attributes reads name="value" pairs of one tag.
func attributes(tag string) map[string]string {
	m := map[string]string{}
	for {
		eq := strings.Index(tag, "=\"")
		if eq < 0 {
			return m
		}
		k := eq
		for k > 0 && tag[k-1] != ' ' && tag[k-1] != '\t' && tag[k-1] != '\n' && tag[k-1] != '<' {
			k--
		}
		name := tag[k:eq]
		rest := tag[eq+2:]
		end := strings.IndexByte(rest, '"')
		if end < 0 {
			return m
		}
		m[name] = html.UnescapeString(rest[:end])
		tag = rest[end+1:]
	}
}

// Annotate returns the document with the given TIMEX3 annotations (offsets
// into Text, sorted, non-overlapping) inserted into TEXT in place of the
// TIMEX3 tags it had; every character of Text, every other tag inside TEXT
// (EVENT, SIGNAL, ...) and everything outside TEXT stay as they were.
// Annotations that overlap an earlier one, fall outside Text or would cut
// across another element (and so break the XML) are skipped. Tids are
// numbered t1, t2, ... in order.
func (d *Document) Annotate(timexes []Timex) string {
	var b strings.Builder
	b.Grow(len(d.raw) + 100*len(timexes))
	b.WriteString(d.raw[:d.textStart])
	b.WriteString(insert(d.Text, timexes, d.markup))
	b.WriteString(d.raw[d.textEnd:])
	return b.String()
}

// Insert puts TIMEX3 tags around the given spans of text.
func Insert(text string, timexes []Timex) string {
	return insert(text, timexes, nil)
}

// nests reports whether a TIMEX3 over [s, e) nests with the markup: the
// tags strictly inside it open and close each other. Tags at s are written
// before the TIMEX3 opens and tags at e after it closes.
func nests(s, e int, markup []markup) bool {
	depth := 0
	for _, m := range markup {
		if m.at <= s || m.at >= e {
			continue
		}
		depth += m.depth
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

func insert(text string, timexes []Timex, markup []markup) string {
	var b strings.Builder
	pos, n, k := 0, 0, 0
	// upto writes text up to offset at with the markup that lies there;
	// inclusive says whether tags at offset at itself are written too.
	upto := func(at int, inclusive bool) {
		for k < len(markup) && (markup[k].at < at || inclusive && markup[k].at == at) {
			b.WriteString(text[pos:markup[k].at])
			pos = markup[k].at
			b.WriteString(markup[k].tag)
			k++
		}
		b.WriteString(text[pos:at])
		pos = at
	}
	for _, x := range timexes {
		if x.Start < pos || x.End > len(text) || x.Start >= x.End || !nests(x.Start, x.End, markup) {
			continue
		}
		n++
		upto(x.Start, true)
		b.WriteString(`<TIMEX3 tid="t`)
		b.WriteString(strconv.Itoa(n))
		b.WriteString(`" type="`)
		b.WriteString(html.EscapeString(x.Type))
		b.WriteString(`" value="`)
		b.WriteString(html.EscapeString(x.Value))
		b.WriteString(`"`)
		if x.Mod != "" {
			b.WriteString(` mod="`)
			b.WriteString(html.EscapeString(x.Mod))
			b.WriteString(`"`)
		}
		b.WriteString(`>`)
		upto(x.End, false)
		b.WriteString(`</TIMEX3>`)
	}
	upto(len(text), true)
	return b.String()
}
