package temporal

import (
	"testing"
	"time"
)

// TestAsOf: "as of" a date without a year gives the state of things as it
// stands, at the latest such date not after the DCT, unless its clause is in
// the future.
func TestAsOf(t *testing.T) {
	d := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC) // a Thursday
	runTagCases(t, []tagCase{
		{"as of a month, present", "As of February, the iTunes store accounts for 70% of legal downloads.", []string{"February=2019-02"}},
		{"as of a day, past", "As of Sept. 30, the company had 1,200 employees.", []string{"Sept. 30=2019-09-30"}},
		// negative: a change still to come keeps its future date
		{"as of a month, future", "As of January, the tax will rise to 8%.", []string{"January=2020-01"}},
	}, d)
}
