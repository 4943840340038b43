package temporal

import (
	"testing"
	"time"
)

// A day or month without a year in a story telling an earlier year, a day in
// a year its sentence names, and a state that held "until" a day.

// TestToldYear: a story that has named a day of an earlier year goes on in
// that year when the day the publication date would pick lies after it.
func TestToldYear(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"a narrative goes on in its year", "On the evening of 12 September 2019, the ferry left the harbour. On 17 September, it ran aground.", []string{"12 September 2019=2019-09-12", "17 September=2019-09-17"}},
		{"a past verb after the date", "The ferry left the harbour on 12 September 2019. The crew abandoned it on 20 September.", []string{"12 September 2019=2019-09-12", "20 September=2019-09-20"}},
		// negative: a present perfect speaks from the present, a day a
		// thing is called for lies ahead, a day already past keeps its year
		{"present perfect", "The ferry sank in 2019. The union has called a strike on 20 September.", []string{"2019=2019", "20 September=2022-09-20"}},
		{"called for a day", "The ferry sank in 2019. The union called a strike for 20 September.", []string{"2019=2019", "20 September=2022-09-20"}},
		{"a day before publication", "The ferry sank on 3 May 2019. The union called a strike on 2 September.", []string{"3 May 2019=2019-05-03", "2 September=2022-09-02"}},
	}, d)
}

// TestNamedYearDay: a day of a month far from the publication date keeps
// the year its tense points to when the sentence has written that year.
func TestNamedYearDay(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"the year of the edition", "Organisers said the 2023 race would start on 2 September.", []string{"2023=2023", "2 September=2023-09-02"}},
		// negative: without the year the closest day wins
		{"no year named", "Organisers said the race would start on 2 September.", []string{"2 September=2022-09-02"}},
	}, d)
}

// TestPastUntil: "was" before "until" tells a state that ended on the day
// before publication; a participle between them moves a time ahead.
func TestPastUntil(t *testing.T) {
	d := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC) // a Wednesday
	runTagCases(t, []tagCase{
		{"was second until", "She was second until Monday, when she crashed.", []string{"Monday=2022-09-12"}},
		// negative: the present and a moved time look ahead
		{"is closed until", "The bridge is closed until Monday.", []string{"Monday=2022-09-19"}},
		{"was adjourned until", "The hearing was adjourned until Monday.", []string{"Monday=2022-09-19"}},
	}, d)
}
