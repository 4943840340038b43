package temporal

import (
	"testing"
	"time"
)

func TestParseValue(t *testing.T) {
	valid := []string{"2022-09-14", "2022-09-14TEV", "2022-09-14T14:30", "2022-09-14T24:00", "2022-W37", "2022-W37-3",
		"2022-W37-WE", "2022-09", "2022-Q3", "2022-SU", "2022-H1", "2022", "202", "19", "P2Y", "PT30M", "P1DT2H",
		"P2.5Y", "PXY", "PXDE", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-04", "XXXX-WXX-1", "XXXX-XX-XX",
		"1998-10-XX", "199X", "XXXX-WXX-2TNI", "2024-02-29"}
	for _, s := range valid {
		v, err := ParseValue(s)
		if err != nil {
			t.Errorf("ParseValue(%q) error %v, want nil", s, err)
			continue
		}
		if v.String() != s {
			t.Errorf("ParseValue(%q).String() = %q", s, v.String())
		}
	}
	invalid := []string{"", "2022-13", "2022-02-30", "2023-02-29", "2022-W54", "2022-Q5", "2022-H3", "2022-XY",
		"P", "PT", "P2", "PY", "P2Z", "2022T10:00", "2022-09-14T25:00", "2022-09-14TXX", "1", "20222", "abc",
		"2022-09-14T10:60", "present_ref", "202-01"}
	for _, s := range invalid {
		if v, err := ParseValue(s); err == nil {
			t.Errorf("ParseValue(%q) = %v, want an error", s, v)
		}
	}
}

func TestPrecision(t *testing.T) {
	cases := map[string]string{
		"2022-09-14T14:30": "time", "2022-09-14TEV": "time", "2022-09-14": "day", "2022-W37-3": "day",
		"2022-W37": "week", "2022-W37-WE": "week", "2022-09": "month", "2022-SU": "season", "2022-Q3": "quarter",
		"2022-H1": "half", "2022": "year", "202": "decade", "19": "century", "PAST_REF": "past",
		"FUTURE_REF": "future", "PRESENT_REF": "present", "P2Y": "unknown", "XXXX-04": "unknown",
		"XXXX-WXX-1": "unknown", "": "unknown",
	}
	for s, want := range cases {
		if got := (Value{s: s}).Precision(); got != want {
			t.Errorf("Value(%q).Precision() = %q, want %q", s, got, want)
		}
	}
}

func TestBounds(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		v          string
		start, end time.Time
		ok         bool
	}{
		{"2022-04", d(2022, 4, 1), d(2022, 4, 30), true},
		{"2022-09-14", d(2022, 9, 14), d(2022, 9, 14), true},
		{"2022-09-14TEV", d(2022, 9, 14), d(2022, 9, 14), true},
		{"2022-W37", d(2022, 9, 12), d(2022, 9, 18), true},
		{"2021-W01", d(2021, 1, 4), d(2021, 1, 10), true},
		{"2022-W37-WE", d(2022, 9, 17), d(2022, 9, 18), true},
		{"2022-SU", d(2022, 6, 1), d(2022, 8, 31), true},
		{"2023-WI", d(2023, 12, 1), d(2024, 2, 29), true},
		{"2022-Q3", d(2022, 7, 1), d(2022, 9, 30), true},
		{"2022-H2", d(2022, 7, 1), d(2022, 12, 31), true},
		{"2022", d(2022, 1, 1), d(2022, 12, 31), true},
		{"199", d(1990, 1, 1), d(1999, 12, 31), true},
		{"19", d(1900, 1, 1), d(1999, 12, 31), true},
		{"P2Y", time.Time{}, time.Time{}, false},
		{"PAST_REF", time.Time{}, time.Time{}, false},
		{"XXXX-04", time.Time{}, time.Time{}, false},
	}
	for _, tc := range cases {
		s, e, ok := Value{s: tc.v}.Bounds()
		if ok != tc.ok || !s.Equal(tc.start) || !e.Equal(tc.end) {
			t.Errorf("Bounds(%q) = %v, %v, %v; want %v, %v, %v", tc.v, s, e, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestEDTF(t *testing.T) {
	cases := []struct{ v, mod, want string }{
		{"2022-04", "", "2022-04"},
		{"2022-SP", "", "2022-21"},
		{"2022-04", "APPROX", "2022-04~"},
		{"2020-09", "BEFORE", "../2020-09"},
		{"2020", "AFTER", "2020/.."},
		{"202", "", "202X"},
		{"19", "", "19XX"},
		{"2022-Q3", "", "2022-35"},
		{"2022-W37", "", "2022-09-12/2022-09-18"},
		{"2022-09-14T14:30", "", "2022-09-14T14:30:00"},
		{"2022-09-14TEV", "", "2022-09-14"},
		{"P2Y", "", ""},
		{"PRESENT_REF", "", ""},
		{"XXXX-04", "", ""},
	}
	for _, tc := range cases {
		if got := EDTF(Value{s: tc.v}, tc.mod); got != tc.want {
			t.Errorf("EDTF(%q, %q) = %q, want %q", tc.v, tc.mod, got, tc.want)
		}
	}
}

func TestParseUserDate(t *testing.T) {
	cases := []struct{ in, value, mod string }{
		{"14 Sept 2022", "2022-09-14", ""},
		{"Sept. 14, 2022", "2022-09-14", ""},
		{"April 2022", "2022-04", ""},
		{"spring 2021", "2021-SP", ""},
		{"before 2020", "2020", "BEFORE"},
		{"2022-W37", "2022-W37", ""},
		{"PAST_REF", "PAST_REF", ""},
		{"  mid-2021 ", "2021", "MID"},
		{"last Friday", "2022-09-09", ""},
		{"circa 1990", "1990", "APPROX"},
		{"20 Jan 2020, 23:52", "2020-01-20T23:52", ""},
		{"Mon 20 Jan 2020 at 08:05", "2020-01-20T08:05", ""},
		{"Wed 14 Sep 2022", "2022-09-14", ""},
	}
	for _, tc := range cases {
		x, err := ParseUserDate(tc.in, dct)
		if err != nil {
			t.Errorf("ParseUserDate(%q) error %v", tc.in, err)
			continue
		}
		if x.Value.String() != tc.value || x.Mod != tc.mod {
			t.Errorf("ParseUserDate(%q) = %s/%s, want %s/%s", tc.in, x.Value, x.Mod, tc.value, tc.mod)
		}
	}
	for _, in := range []string{"", "hello", "the cat sat", "14 Sept 2022 and 15 Sept 2022", "2022-13-01", "April 2022, 23:52", "20 Jan 2020, 25:00"} {
		if x, err := ParseUserDate(in, dct); err == nil {
			t.Errorf("ParseUserDate(%q) = %v, want an error", in, x.Value)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"2022-09-14", "2022-W37-WE", "P2.5Y", "PT30M", "XXXX-WXX-1TNI", "199", "PRESENT_REF", "2022-09-14T24:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseValue(s)
		if err != nil {
			return
		}
		w, err := ParseValue(v.String())
		if err != nil || w != v {
			t.Fatalf("ParseValue(%q) round trip = %v, %v", s, w, err)
		}
		start, end, ok := v.Bounds()
		if ok && end.Before(start) {
			t.Fatalf("Bounds(%q) = %v > %v", s, start, end)
		}
		_ = v.Precision()
		_ = EDTF(v, "BEFORE")
	})
}

func FuzzParseUserDate(f *testing.F) {
	for _, s := range []string{"14 Sept 2022", "before 2020", "2022-W37", "spring 2021", "by"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseUserDate(s, dct)
		if err == nil && x.Value.IsZero() {
			t.Fatalf("ParseUserDate(%q) = empty value without error", s)
		}
	})
}
