package extract

import "testing"

// TestExtractToldYear: the days without a year of a story telling an
// earlier year date its happenings in that year, not after the publication
// day; a day in a year its sentence names keeps that year; a state that held
// "until" a day ended on the one before publication.
func TestExtractToldYear(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a narrative goes on in the year it named",
			[]string{"On the evening of 12 September 2019, the ferry left the harbour. On 17 September, the ferry ran aground."},
			[]brief{{"2019-09-12", "left", "", 1}, {"2019-09-17", "ran", "", 1}},
		},
		{
			"a day in the year its sentence names",
			[]string{"Organisers said on Monday that the 2023 race would start on 2 September."},
			[]brief{{"2023-09-02", "start", "", 1}},
		},
		{
			"a state that held until a day before publication",
			[]string{"The champion was second until Monday, when she crashed on the descent."},
			[]brief{{"2022-09-12", "crashed", "", 1}},
		},
	})
}
