package extract

import "testing"

// TestAbbreviatedName checks that a name given its abbreviation in
// parentheses ("the Dock Workers Congress (DWC)") is a body, not a
// happening, though its last word is a noun of happening: the date of the
// verb it is the subject of anchors no "Congress".
func TestAbbreviatedName(t *testing.T) {
	runAnchorCases(t, []anchorCase{
		{"a body's name before its abbreviation",
			"The Dock Workers Congress (DWC) began a strike at the port on Monday.",
			[]string{"began 2022-09-12: strike"}},
	})
}
