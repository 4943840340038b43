package extract

import (
	"strings"
	"testing"

	"storyline/timeline"
)

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		name, text, rest string // rest: where the sentence's words begin, "" for no dateline
	}{
		{"reuters", "ATHENS, June 18 (Reuters) - Greek savers have withdrawn cash.", "Greek savers have withdrawn cash."},
		{"ap with state", "GATLINBURG, Tenn. (AP) — Firefighters have contained a wildfire.", "Firefighters have contained a wildfire."},
		{"double dash", "SEOUL, Nov. 7 (Yonhap) -- Kim will travel to Washington.", "Kim will travel to Washington."},
		{"agency without dash", "New Delhi, Feb 4 (IANS) External Affairs Minister Arvind Sethi left.", "External Affairs Minister Arvind Sethi left."},
		{"title case with agency", "Nairobi (AFP) - Kenya's government declared a disaster.", "Kenya's government declared a disaster."},
		{"agency without parentheses", "TOKYO, March 16 Kyodo - The leaders agreed.", "The leaders agreed."},
		{"city alone", "SINGAPORE - Train services were disrupted.", "Train services were disrupted."},
		{"city and country", "Doha, Qatar – Qatar's minister said.", "Qatar's minister said."},
		{"em dash", "WASHINGTON — The Senate passed a bill.", "The Senate passed a bill."},
		{"prose", "The talks - which began in May - failed.", ""},
		{"name and dash", "Xi Jinping - the leader - arrived.", ""},
		{"lowercase words", "Officials in Paris - and Berlin - agreed.", ""},
		{"no dash", "Prices rose on Friday.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			end, ok := datelineEnd(tc.text)
			got := ""
			if ok {
				got = tc.text[end:]
			}
			if got != tc.rest {
				t.Errorf("datelineEnd(%q) leaves %q, want %q", tc.text, got, tc.rest)
			}
		})
	}
}

func TestExtractDateline(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"the dateline's date, agency and city are not the sentence's",
			[]string{"SEOUL, Sept. 14 (Yonhap) -- North Korea fired two missiles on Monday."},
			[]brief{{"2022-09-12", "fired", "North Korea", 1}}, // the country that acted, not the reporter's city
		},
		{
			"the dateline city is the default place of the day's news",
			[]string{"ATHENS (Reuters) - Greek savers withdrew 2 billion euros on Tuesday. The drachma was abolished in 2002."},
			[]brief{{"2002", "abolished", "", 1}, {"2022-09-13", "withdrew", "Athens", 1}},
		},
		{
			"a place of its own wins over the dateline",
			[]string{"ATHENS (Reuters) - Euro zone ministers met in Luxembourg on Tuesday."},
			[]brief{{"2022-09-13", "met", "Luxembourg", 1}},
		},
	})
}

func TestExtractModality(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a possibility is no event, even with a date",
			[]string{"Strong winds on Sunday could push more oil onto the shore, Greek officials said."},
			nil,
		},
		{
			"a condition is no event, nor is what hangs on it",
			[]string{"Euro zone ministers will meet again next week if the leaders approve a summit."},
			nil,
		},
		{
			"expected without a date is no event",
			[]string{"Xi Jinping is expected to break with tradition."},
			nil,
		},
		{
			"expected with a date is scheduled",
			[]string{"Xi Jinping is expected to arrive in Samarkand on Thursday."},
			[]brief{{"2022-09-15", "arrive", "Samarkand", 1}},
		},
		{
			"a verb of happening beyond the first lexicon",
			[]string{"Greek savers withdrew 2 billion euros on Tuesday, and the central bank raised its ceiling on Wednesday."},
			[]brief{{"2022-09-13", "withdrew", "", 1}, {"2022-09-14", "raised", "", 1}},
		},
	})
}

func TestExtractPresentPerfect(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"present perfect news is the news of the publication day",
			[]string{"Louisiana Governor Bobby Jindal has declared a state of emergency."},
			[]brief{{"2022-09-14", "declared", "", 1}},
		},
		{
			"passive, with an adverb",
			[]string{"A new satellite has successfully been launched by China."},
			[]brief{{"2022-09-14", "launched", "", 1}},
		},
		{
			"a date word of its own wins",
			[]string{"Governor Bobby Jindal has declared a state of emergency on Monday."},
			[]brief{{"2022-09-12", "declared", "", 1}},
		},
		{
			"the past perfect is not dated by publication",
			[]string{"Governor Bobby Jindal had declared a state of emergency."},
			[]brief{{"", "declared", "", 1}},
		},
		{
			"a simple past without a date word stays undated",
			[]string{"Governor Bobby Jindal declared a state of emergency."},
			[]brief{{"", "declared", "", 1}},
		},
	})
}

func TestPublicationDateExplained(t *testing.T) {
	events, err := newExtractor(t).Extract([]timeline.Document{{ID: 1, Text: "Governor Bobby Jindal has declared a state of emergency.", Published: seedDay}})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Date.Rule != "publication" || !strings.Contains(events[0].Date.Explanation, "dated by publication Wed 2022-09-14") {
		t.Errorf("Extract(has declared) = %+v, want one event dated by publication and saying so", events)
	}
}

func TestExtractDateLists(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a list of months for one happening is one event over the list",
			[]string{"Inspectors raised concerns during routine inspections in February, March and April 2018."},
			[]brief{{"2018-02", "raised", "", 1}},
		},
		{
			"two parts of days joined by and",
			[]string{"Heavy rain lashed the city on Monday night and Tuesday."},
			[]brief{{"2022-09-12TNI", "lashed", "", 1}},
		},
		{
			"dates of two happenings stay apart",
			[]string{"The French foreign minister arrived in Paris on Monday and flew to Berlin on Tuesday."},
			[]brief{{"2022-09-12", "arrived", "Paris", 1}, {"2022-09-13", "flew", "Berlin", 1}},
		},
	})
	events, err := newExtractor(t).Extract([]timeline.Document{{ID: 1, Text: "Inspectors raised concerns during routine inspections in February, March and April 2018.", Published: seedDay}})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Date.Start != "2018-02-01" || events[0].Date.End != "2018-04-30" || events[0].Date.Rule != "list" {
		t.Errorf("Extract(February, March and April 2018) = %+v, want one event from 2018-02-01 to 2018-04-30", events)
	}
}

func TestExtractDateLines(t *testing.T) {
	runBriefCases(t, []briefCase{
		{"a date line with a full stop", []string{"January nineteen ninety-seven.\n\nPrices fell on Monday."}, []brief{{"2022-09-12", "fell", "", 1}}},
		{"a date line without one", []string{"December 10, 2013\n\nPrices fell on Monday."}, []brief{{"2022-09-12", "fell", "", 1}}},
	})
}

// TestDatelineBelowCaption checks that a photo caption above the page's
// date line does not hide the wire dateline of the copy below it, whose
// date is no event's (seedDay is Wed 2022-09-14), and that a capitalized
// season inside a place name dates nothing.
func TestDatelineBelowCaption(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a caption with its credit above the date line",
			text: "Ferry sinks off Lombok\n\nDivers search the hull of the ferry near Lombok on Tuesday.\n(Example Photo)\n\nWednesday, 14 September 2022\n\n" +
				"MATARAM, Sept. 14 (Example Wire) - At least nine passengers drowned when a ferry sank off Lombok on Tuesday.",
			bad:  "2022-09-14",
			want: "2022-09-13",
		},
		{
			name: "a season in a place name",
			text: "Families in the Spring Hill district were moved to a school on Monday.",
			bad:  "SP",
			want: "moved 2022-09-12",
		},
	})
}

// TestFiledDay checks that news told without a date word in wire copy
// printed the day after its dateline (seedDay, Wed 2022-09-14) is of the
// dateline's day, and that a dateline of the publication day changes
// nothing.
func TestFiledDay(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "filed the day before",
			text: "VILNIUS, Sept. 13 (Example Wire) - Four of the seven judges have voted to uphold the ban on the party, the court said.",
			bad:  "2022-09-14",
			want: "voted 2022-09-13",
		},
		{
			name: "filed the same day",
			text: "VILNIUS, Sept. 14 (Example Wire) - Four of the seven judges have voted to uphold the ban on the party, the court said.",
			want: "voted 2022-09-14",
		},
	})
}
