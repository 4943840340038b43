package extract

import "testing"

// TestDateReach checks words a date governs beyond its trigger's clause
// words: the verb of a clause no word of happening heads, the verbs of a
// list, the end of a period and the subject of a scheduled beginning.
func TestDateReach(t *testing.T) {
	runAnchorCases(t, []anchorCase{
		{"a result told with the verb have is the happening of its date, over a figure's other measure",
			"The bakery chain had sales of $4.1 million, or 12 cents a share, a year ago.",
			[]string{"had 2021: "}},
		{"the verb after a modal heads a clause whose object is all figures",
			"The bonds will carry a coupon equal to 4% of the 90-day bill rate until Dec. 31, 2030.",
			[]string{"carry 2030-12-31: "}},
		{"a date preposed to a list of verb phrases dates every verb of the list",
			"In 2019 the council closed two libraries, sold the old depot and opened a sports hall.",
			[]string{"closed 2019: council sold opened"}},
		{"adding a figure is a happening, not a saying, in a list too",
			"Last quarter the bank added $2 billion to its reserves, sold a branch and cut 300 jobs.",
			[]string{"added 2022-Q2: sold cut"}},
		{"two verbs without a comma are no list for serialVerbs",
			"In 2019 the council closed two libraries and opened a sports hall.",
			[]string{"closed 2019: council opened"}},
		{"a list broken by a clause word is no list",
			"In 2019 the council closed two libraries, which angered readers, and opened a sports hall.",
			[]string{"closed 2019: council"}},
		{"the participle that ends a period is the period's end, dated by it",
			"The group expects revenue in the year ending March 31, 2024, to rise by a tenth.",
			[]string{"rise 2024-03-31: expects revenue ending"}},
		{"a noun of happening is the subject of a beginning set for a date",
			"Demolition is set to begin in early 2027.",
			[]string{"begin 2027: Demolition set"}},
		{"but not a subject that names no happening",
			"The company is expected to open in June.",
			[]string{"open 2023-06: expected"}},
		{"the verb before \"to death\" is the happening, in a clause of \"before\" too",
			"He ran the stall for decades before he was stabbed to death on May 2, 2021.",
			[]string{"stabbed 2021-05-02: death"}},
		{"a clause of \"when\" after a date tells what happens at it, its verb outside the lexicon too",
			"The new members will join in May next year, when the union marks its 60th anniversary.",
			[]string{"join 2023-05: marks anniversary"}},
		{"a story told in the present joins its verb to the present verb of \"when\"",
			"Just last week, a cyclist is injured when a truck swerves into the lane.",
			[]string{"injured 2022-W36: swerves"}},
		{"a saying right before the \"as\" of a dated clause is of its time",
			"At least ten people died, police said as the storm eased on Sunday.",
			[]string{"eased 2022-09-11: said"}},
		{"but \"as\" before a noun opens no clause",
			"She served as mayor until 2015.",
			[]string{"served 2015: "}},
		{"a verb after a modal and an adverb without -ly is a verb, the adverb none",
			"The ferry line will soon triple its crossings to the island by June.",
			[]string{"crossings 2023-06: triple"}},
	})
}
