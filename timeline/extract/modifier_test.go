package extract

import (
	"slices"
	"testing"
)

// TestDatesOfModifiers checks dates told in a modifier of a noun: the
// period a plan or forecast is for, and a participle phrase that describes
// a noun. They date the modifier, never the clause's own happening.
func TestDatesOfModifiers(t *testing.T) {
	tests := []datedCase{
		{"the period of a forecast dates no cut", "Ford has cut its profit forecast for 2007, the company said.",
			"2007", "cut 2022-09-14"},
		{"the day of the cut is the clause's own date", "The bank raised its growth forecast for 2023 to 2.5% on Monday.",
			"2023", "raised 2022-09-12"},
		{"a budget for next year", "Parliament approved the budget for next year on Tuesday.",
			"2023", "approved 2022-09-13"},
		{"the article between 'for' and the period", "The firm lowered its outlook for the third quarter on Friday.",
			"Q3", "lowered 2022-09-09"},
		{"a year before the target", "The company raised its 2030 emissions target on Monday.",
			"2030", "raised 2022-09-12"},
		{"a period in the possessive", "The minister presented next year's budget on Thursday.",
			"2023", "presented 2022-09-08"},
		{"the figures of a period are the period's", "Results for the third quarter rose 5%.",
			"", "rose 2022-Q3"},
		{"a year before the object names the thing, not when the verb acted", "Security Council resolutions overruled a 1971 Convention on Monday.",
			"overruled 1971", "overruled 2022-09-12"},
		{"a document's year dates the document, no verb", "A 1996 law strengthened the 1959 trade embargo against Cuba.",
			"strengthened 1959", "embargo 1959"},
		{"a later date is the verb's, the noun has its year", "The president abandoned the 2015 nuclear deal on Tuesday.",
			"abandoned 2015", "abandoned 2022-09-13"},
		{"a named contest is not a document", "Lugansky made his name when he won the 1994 Tchaikovsky Piano Competition.",
			"", "won 1994"},
		{"nor a thing's the verb's", "Doctors recalled the 1957 flu pandemic on Monday.",
			"recalled 1957", "recalled 2022-09-12"},
		{"a year in a phrase of topic names the thing, not when the verb acted", "The library has put up an exhibition about the 1957 flu pandemic.",
			"put 1957", ""},
		{"nor after 'such as'", "Earlier outbreaks have spread in waves, such as the 1957 flu pandemic.",
			"spread 1957", ""},
		{"nor after 'to'", "The strain was believed to be close to the 1957 flu virus.",
			"believed 1957", ""},
		{"a later date of the clause is the verb's", "The band played songs from its 1994 album Dust on Saturday.",
			"played 1994", "played 2022-09-10"},
		{"the noun of happening of the phrase keeps its year", "The film tells of a village ruined by the 2004 flood and rebuilt by its people.",
			"", "flood 2004"},
		{"a happening within the thing takes its year", "Thousands of soldiers died in the 1957 flu pandemic.",
			"", "died 1957"},
		{"a year after 'of' in a phrase of topic names the thing", "The new strain seemed about equal in severity to the influenza of 1957.",
			"seemed 1957", ""},
		{"and dates its noun of happening", "The damage was similar to the floods of 1953.",
			"", "floods 1953"},
		{"a relative after such a year tells the thing's happening", "It was worse than the cholera of 1854 that killed hundreds.",
			"", "killed 1854"},
		{"a year after 'of' in a phrase of place or time still dates the verb", "He served in the war of 1812.",
			"", "served 1812"},
		{"a year before the subject's noun is no object's", "A 1996 law strengthened the embargo against Cuba.",
			"", "strengthened 1996"},
		{"a clause that completes a noun after the date is not the date's", "The newspaper said Sunday that the minister's comments last week were a reply to signals from Syria that it wants to renew the peace talks.",
			"talks 2022-W36", ""},
		{"the occasion of a doing dates the doing", "The minister announced the plan at a news conference on Monday.",
			"conference ", "announced 2022-09-12"},
		{"over an aside between commas before the occasion", "The coach will collect the trophy, worth 25,000 dollars, from the mayor at a ceremony on Friday.",
			"ceremony ", "collect 2022-09-16"},
		{"but not over a relative clause", "The envoys will sign the treaty, which ends the dispute, at a ceremony on Friday.",
			"sign ", ""},
		{"over a place after the occasion", "Lakeview Care Ltd admitted breaching health and safety law at a hearing at Leeds crown court in April.",
			"hearing ", "admitted 2022-04"},
		{"but a clause of the date's own noun is the date's", "It was worse than the 1918 pandemic that killed 40 million people.",
			"", "killed 1918"},
		{"a participle phrase dates the participle, not the verb after it", "A painting stolen from the Ostrava city gallery in 2019 has been returned, police said on Wednesday.",
			"returned 2019", "stolen 2019"},
		{"the present perfect after it is the day's news", "A painting stolen from the museum in 2019 has been returned.",
			"returned 2019", "returned 2022-09-14"},
		{"so does one set off by commas", "The dam, built by the government of the province in 1998, collapsed on Monday.",
			"collapsed 1998", "built 1998"},
		{"a date after the participle's aside is the clause's", "Officers found the canvas, stolen in 2019, in a storage unit in Brno last month.",
			"stolen 2022-08", "found 2022-08"},
		{"a verb of the clause after 'as' is no participle's", "Earlier Sunday, protesters prayed for peace as Easter week began.",
			"", "prayed 2022-09-11"},
	}
	runDatedCases(t, tests)
}

// TestOccasionPlace checks that the place of an occasion ("at a hearing in
// Leeds") is the place of the doing it dates.
func TestOccasionPlace(t *testing.T) {
	x := newExtractor(t)
	text := "Residents criticised the fire service at a community meeting in Leeds on Sunday."
	for _, e := range extractSeed(t, x, text) {
		if e.Trigger != "criticised" {
			continue
		}
		if len(e.Places) == 0 || e.Places[0].Name != "Leeds" {
			t.Errorf("Extract(%q): %q has places %v, want Leeds", text, e.Title, e.Places)
		}
		return
	}
	t.Errorf("Extract(%q): no event on \"criticised\"", text)
}

// TestObjectYearAlone checks that the year of a document's noun
// (objectYear) anchors that noun alone, not the verb before it as well.
func TestObjectYearAlone(t *testing.T) {
	x := newExtractor(t)
	text := "The senators strengthened the 1959 trade embargo against Cuba."
	want := []string{"embargo 1959: "}
	if got := datedAnchors(t, x, text); !slices.Equal(got, want) {
		t.Errorf("Extract(%q) anchors %q, want %q: the verb is not of the embargo's year", text, got, want)
	}
}
