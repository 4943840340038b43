package extract

import "testing"

// TestHeadlineRestrictiveRelativeHead: the verb of a restrictive relative
// ("an outbreak that has killed") tells of the relative's head, not of a
// name told earlier in the sentence; a name the head stands in apposition
// to stays the subject (publication Wed 2022-09-14).
func TestHeadlineRestrictiveRelativeHead(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a name before the head", "A Danube ferry crew and a gas leak are among the causes studied for a fire that has killed 40 people.", "A fire kills 40 people"},
		{"a country before the head", "Farmers in Norway and Sweden are studying a fever that has spread to nine countries.", "A fever spreads to nine countries"},
		{"a person from a place", "The new case involves a woman from Fife who travelled from Las Vegas to Edinburgh on Monday.", "A woman from Fife travels from Las Vegas"},
		{"a predicate noun after be", "The two new cases confirmed on Monday were adults who had visited Peru.", "Adults visit Peru"},
		// negative: the head in apposition to a name
		{"apposition to a name", "The award went to Tom Hart, a carpenter who built the new bridge in 2019.", "Tom Hart builds the new bridge"},
	}
	runTitleAmong(t, tests)
}
