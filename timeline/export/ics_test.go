package export

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"
	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// icsEvent is what the independent parser read back from one VEVENT.
type icsEvent struct {
	Start, StartValue string
	End, EndValue     string
	Status, Precision string
	Geo               string
}

// parseICS decodes a calendar with emersion/go-ical and indexes its events
// by SUMMARY.
func parseICS(t *testing.T, b []byte) (map[string]icsEvent, []ical.Event) {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("emersion/go-ical cannot decode the calendar: %v\n%s", err, b)
	}
	out := map[string]icsEvent{}
	for _, ev := range cal.Events() {
		summary, err := ev.Props.Text(ical.PropSummary)
		if err != nil {
			t.Fatalf("SUMMARY: %v", err)
		}
		get := func(name string) (string, string) {
			p := ev.Props.Get(name)
			if p == nil {
				return "", ""
			}
			return p.Value, p.Params.Get(ical.ParamValue)
		}
		var e icsEvent
		e.Start, e.StartValue = get(ical.PropDateTimeStart)
		e.End, e.EndValue = get(ical.PropDateTimeEnd)
		e.Status, _ = get(ical.PropStatus)
		e.Precision, _ = get(PrecisionProperty)
		e.Geo, _ = get(ical.PropGeo)
		if _, dup := out[summary]; dup {
			t.Fatalf("two events with SUMMARY %q", summary)
		}
		out[summary] = e
	}
	return out, cal.Events()
}

func writeICS(t *testing.T, s timeline.Story, opt ICSOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteICS(&b, s, opt); err != nil {
		t.Fatalf("WriteICS: %v", err)
	}
	return b.Bytes()
}

func TestWriteICSEvents(t *testing.T) {
	s := fixture(t)
	day := func(start, end, precision, geo string) icsEvent {
		return icsEvent{Start: start, StartValue: "DATE", End: end, EndValue: "DATE", Status: "TENTATIVE", Precision: precision, Geo: geo}
	}
	days := map[string]icsEvent{
		"Xi arrives in Nur-Sultan":                  day("20220914", "20220915", "day", "51.1801;71.44598"),
		"Xi due to fly to Samarkand":                day("20220915", "20220916", "day", "39.65417;66.95972"),
		"[c. 20 Sep 2022] Joint statement expected": day("20220920", "20220921", "day", ""),
		"Leaders gather in Samarkand":               {Start: "20220915T143000", Status: "TENTATIVE", Precision: "time", Geo: "39.65417;66.95972"},
	}
	periods := map[string]icsEvent{
		"[Apr 2022] Global Security Initiative announced":                                 day("20220401", "20220501", "month", ""),
		"[Oct 2022] Communist Party congress":                                             day("20221001", "20221101", "month", ""),
		"[Summer 2022] Officials meet in Astana & agree a <script>alert(1)</script> plan": day("20220601", "20220901", "season", "51.1801;71.44598"),
		"[2023] =HYPERLINK(\"http://evil.example\") Elections planned":                    day("20230101", "20240101", "year", ""),
		"[week of 19 Sep 2022] Delegations return":                                        day("20220919", "20220926", "week", ""),
	}
	withPeriods := map[string]icsEvent{}
	for k, v := range days {
		withPeriods[k] = v
	}
	for k, v := range periods {
		withPeriods[k] = v
	}
	tests := []struct {
		name string
		opt  ICSOptions
		want map[string]icsEvent
	}{
		{"days only by default", ICSOptions{Now: icsNow}, days},
		{"periods on request", ICSOptions{Now: icsNow, Periods: true}, withPeriods},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := parseICS(t, writeICS(t, s, tc.opt))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("WriteICS(%+v) events (-want +got):\n%s", tc.opt, diff)
			}
		})
	}
}

func TestWriteICSLines(t *testing.T) {
	b := writeICS(t, fixture(t), ICSOptions{Now: icsNow, Periods: true})
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Fatalf("calendar does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	folded := 0
	for i, line := range lines {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets, more than 75: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
		if strings.HasPrefix(line, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Errorf("no folded lines; the fixture's descriptions are longer than 75 octets")
	}

	// The description unfolds to the quote, the outlet and the URL.
	_, events := parseICS(t, b)
	for _, ev := range events {
		summary, _ := ev.Props.Text(ical.PropSummary)
		if summary != "Leaders gather in Samarkand" {
			continue
		}
		desc, err := ev.Props.Text(ical.PropDescription)
		if err != nil {
			t.Fatal(err)
		}
		want := "“At 14:30 on 15 September, leaders gathered in Samarkand — a long sentence with ‘curly quotes’, commas, semicolons; and more words so that it folds.” — Desk <notes> & co (https://example.org/notes?a=1&b=\"2\")\nDate: At 14:30 on 15 September"
		if desc != want {
			t.Errorf("DESCRIPTION = %q, want %q", desc, want)
		}
		if p := ev.Props.Get(ical.PropURL); p != nil {
			t.Errorf("URL = %q, want none for an address with a quote in it", p.Value)
		}
		return
	}
	t.Errorf("no event Leaders gather in Samarkand")
}

// TestWriteICSUIDStable checks that UIDs survive what changes between
// exports: the time of the export and the IDs events get when a story is
// extracted again.
func TestWriteICSUIDStable(t *testing.T) {
	uids := func(s timeline.Story, now time.Time) map[string]string {
		_, events := parseICS(t, writeICS(t, s, ICSOptions{Now: now, Periods: true}))
		m := map[string]string{}
		seen := map[string]bool{}
		for _, ev := range events {
			summary, _ := ev.Props.Text(ical.PropSummary)
			uid, _ := ev.Props.Text(ical.PropUID)
			if seen[uid] {
				t.Errorf("UID %q used twice", uid)
			}
			seen[uid] = true
			m[summary] = uid
		}
		return m
	}
	s := fixture(t)
	first := uids(s, icsNow)
	if len(first) != 9 {
		t.Fatalf("got %d events, want 9", len(first))
	}
	reextracted := fixture(t)
	for i := range reextracted.Events {
		reextracted.Events[i].ID += 100
	}
	later := uids(reextracted, icsNow.Add(48*time.Hour))
	if diff := cmp.Diff(first, later); diff != "" {
		t.Errorf("UIDs changed after re-extraction (-before +after):\n%s", diff)
	}
}

func TestWriteICSNeedsNow(t *testing.T) {
	err := WriteICS(&bytes.Buffer{}, fixture(t), ICSOptions{})
	if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
		t.Errorf("WriteICS without Now: error %v (code %q), want code %q", err, code, timeline.EInvalid)
	}
}

func TestCalendarSpan(t *testing.T) {
	date := func(v, prec, start, end, mod string) timeline.Date {
		return timeline.Date{Value: v, Type: "DATE", Precision: timeline.Precision(prec), Start: start, End: end, Mod: mod}
	}
	tests := []struct {
		name       string
		d          timeline.Date
		periods    bool
		ok         bool
		start, end string
		label      string
	}{
		{"day", date("2022-09-14", "day", "2022-09-14", "2022-09-14", ""), false, true, "2022-09-14", "2022-09-15", ""},
		{"range of days", date("2022-09-14", "day", "2022-09-14", "2022-09-16", ""), false, true, "2022-09-14", "2022-09-17", ""},
		{"month end of year", date("2022-12", "month", "2022-12-01", "2022-12-31", ""), true, true, "2022-12-01", "2023-01-01", "Dec 2022"},
		{"leap february", date("2024-02", "month", "2024-02-01", "2024-02-29", ""), true, true, "2024-02-01", "2024-03-01", "Feb 2024"},
		{"month without periods", date("2022-04", "month", "2022-04-01", "2022-04-30", ""), false, false, "", "", ""},
		{"early month", date("2022-04", "month", "2022-04-01", "2022-04-10", "START"), true, true, "2022-04-01", "2022-04-11", "early Apr 2022"},
		{"before a month", date("2020-09", "month", "", "2020-09-30", "MORE_THAN"), true, false, "", "", ""},
		{"before with both bounds", date("2020-09", "month", "2020-01-01", "2020-09-30", "BEFORE"), true, false, "", "", ""},
		{"past ref", date("PAST_REF", "past", "", "2022-09-14", ""), true, false, "", "", ""},
		{"present ref", date("PRESENT_REF", "present", "2022-09-14", "2022-09-14", ""), true, false, "", "", ""},
		{"duration", timeline.Date{Value: "P2Y", Type: "DURATION", Precision: "year", Start: "2020-01-01", End: "2021-12-31"}, true, false, "", "", ""},
		{"bounds reversed", date("2022-09-14", "day", "2022-09-15", "2022-09-14", ""), true, false, "", "", ""},
		{"undated", timeline.Date{}, true, false, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp, ok := calendarSpan(tc.d, tc.periods)
			var start, end string
			if ok {
				start, end = sp.start.Format(isoDate), sp.end.Format(isoDate)
			}
			if ok != tc.ok || start != tc.start || end != tc.end || sp.label != tc.label {
				t.Errorf("calendarSpan(%+v, %v) = %s..%s %q %v, want %s..%s %q %v",
					tc.d, tc.periods, start, end, sp.label, ok, tc.start, tc.end, tc.label, tc.ok)
			}
		})
	}
}
