package timeline

import (
	"fmt"
	"strconv"
	"strings"
)

// FieldText is a field of an event (FieldTitle, FieldDate...) as people
// read it in the history of changes: "Astana (1526273)", "BEFORE 2020
// (… to 2019-12-31)".
func FieldText(e ReviewedEvent, field string) string {
	switch field {
	case FieldTitle:
		return e.Title
	case FieldDate:
		return DateText(e.Date)
	case FieldPlace:
		names := make([]string, len(e.Places))
		for i, p := range e.Places {
			names[i] = fmt.Sprintf("%s (%d)", p.Name, p.GeonameID)
		}
		return strings.Join(names, ", ")
	case FieldActors:
		names := make([]string, len(e.Actors))
		for i, a := range e.Actors {
			names[i] = a.Name
		}
		return strings.Join(names, ", ")
	case FieldState:
		return string(e.State)
	case FieldHidden:
		return strconv.FormatBool(e.Hidden)
	}
	return ""
}

// DateText is a date as the history shows it: its TIMEX3 value, with its
// modifier ("BEFORE 2020") and bounds when it has any.
func DateText(d Date) string {
	if d.IsZero() {
		return ""
	}
	s := d.Value
	if d.Mod != "" {
		s = d.Mod + " " + s
	}
	if d.Start != "" || d.End != "" {
		s += " (" + orDots(d.Start) + " to " + orDots(d.End) + ")"
	}
	return s
}

func orDots(s string) string {
	if s == "" {
		return "…"
	}
	return s
}
