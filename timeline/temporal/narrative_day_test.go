package temporal

import (
	"testing"
	"time"
)

// Days of a story told in order: a day without a year that the simple past
// puts before the publication date, a weekday told in apposition, "that
// year" after a month, a weekday of a week named, and the past perfect of
// another clause.

// TestPastDayAhead: a day without a year, only days after the publication
// date, is the one gone by when the clause's happening took place on it in
// the simple past; what a past verb moved to or set stays ahead.
func TestPastDayAhead(t *testing.T) {
	d := time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"on the morning of", "On the morning of 14 May, a guard reported smoke in the east wing.", []string{"14 May=2022-05-14"}},
		{"on a day after the verb", "The roof gave way on 17 May.", []string{"17 May=2022-05-17"}},
		// negative: a day a past verb moves a thing to, a record date, a
		// present perfect and a future lie ahead
		{"extended to", "The bank extended its offer to 17 May.", []string{"17 May=2023-05-17"}},
		{"of record", "The board declared a dividend payable June 1 to holders of record May 17.", []string{"June 1=2023-06-01", "May 17=2023-05-17"}},
		{"present perfect", "The union has called a strike on 17 May.", []string{"17 May=2023-05-17"}},
		{"future", "The minister will open the bridge on 17 May.", []string{"17 May=2023-05-17"}},
	}, d)
}

// TestApposedWeekday: ", a Saturday" after a day of a month is the weekday
// that day fell on: part of the date, which it gives its year, and not the
// Saturday before the publication date.
func TestApposedWeekday(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"the year it names", "The ferry sailed on 2 September, a Thursday.", []string{"2 September, a Thursday=2021-09-02"}},
		{"the closest year", "The pumps failed on 9 September, a Friday. That night the cellars flooded.",
			[]string{"9 September, a Friday=2022-09-09", "That night=2022-09-09TNI"}},
		{"a written year", "The mine closed on 3 April 2019, a Wednesday.", []string{"3 April 2019, a Wednesday=2019-04-03"}},
		// negative: a weekday of its own after a comma stays one
		{"a list of days", "The talks ran on 5 September, Tuesday and Wednesday.", []string{"5 September=2022-09-05", "Tuesday=2022-09-13", "Wednesday=2022-09-14"}},
	}, d)
}

// TestMonthThatYear: "in October that year", without "of", is October of
// the year last named, not the October before the publication date.
func TestMonthThatYear(t *testing.T) {
	d := time.Date(2023, 7, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"month", "The plant opened in March 2015, and in October that year a fire destroyed its warehouse.",
			[]string{"March 2015=2015-03", "October that year=2015-10"}},
		{"day", "The count began on 2 May 2016 and ended on 9 May the same year.",
			[]string{"2 May 2016=2016-05-02", "9 May the same year=2016-05-09"}},
		// negative: "that" opening a clause
		{"a clause after the month", "She said in March that years of drought had emptied the lake.", []string{"March=2023-03"}},
	}, d)
}

// TestWeekdayOfNamedWeek: "Monday last week", "Friday of next week" is
// that weekday of the week named, counted from the publication date's.
func TestWeekdayOfNamedWeek(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC) // a Wednesday
	runTagCases(t, []tagCase{
		{"last week", "The hearing, which opened on Monday last week, ended on Wednesday.", []string{"Monday last week=2022-09-05", "Wednesday=2022-09-14"}},
		{"of next week", "The vote is due on Friday of next week.", []string{"Friday of next week=2022-09-23"}},
		{"this week", "He resigned on Tuesday this week.", []string{"Tuesday this week=2022-09-13"}},
	}, d)
}

// TestPastPerfectOfAnotherClause: a "had" in another clause of the
// sentence does not make a month look back from the day the story last
// named.
func TestPastPerfectOfAnotherClause(t *testing.T) {
	d := time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"had after where", "The barge sank on 10 January 2022. It was raised in May and towed to Rotterdam, where inspectors found that a valve had failed.",
			[]string{"10 January 2022=2022-01-10", "May=2022-05"}},
		// the date's own clause looks back
		{"had in the clause", "The barge sank on 10 January 2022. Inspectors had checked its valves in November.",
			[]string{"10 January 2022=2022-01-10", "November=2021-11"}},
	}, d)
}

// TestAnniversaryDay: "Thirty years ago on Saturday", "Ten years ago
// today" is the day so many years before the day named, not only its year.
func TestAnniversaryDay(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC) // a Wednesday
	runTagCases(t, []tagCase{
		{"today", "Ten years ago today, the dam burst.", []string{"Ten years ago today=2012-09-14"}},
		{"a weekday of the week", "Twenty years ago on Friday, the first train crossed the bridge.", []string{"Twenty years ago on Friday=2002-09-16"}},
		{"a weekday before", "Fifty years ago on Monday, the strike began.", []string{"Fifty years ago on Monday=1972-09-12"}},
		// negative: with no day named, the year; a month counted back is
		// no anniversary
		{"no day", "Five years ago, the mill shut.", []string{"Five years ago=2017"}},
		{"months", "Six months ago on Friday the talks broke down.", []string{"Six months ago=2022-03", "Friday=2022-09-09"}},
	}, d)
}
