package extract

import (
	"slices"
	"testing"

	"storyline/timeline"
)

// TestDatesOfOtherThings checks dates that belong to something other than
// a happening of their sentence, or to no happening of another sentence.
func TestDatesOfOtherThings(t *testing.T) {
	tests := []datedCase{
		{"the day of the register of holders dates nothing", "The dividend will be payable Jan. 3 to stock of record Nov. 16, the company said.",
			"2022-11-16", "2023-01-03"},
		{"a register is no happening", "The dividend will be payable Jan. 3 to stock of record Nov. 16, the company said.",
			"record ", "2023-01-03"},
		{"nor is a record measured against", "It was the warmest September on record, the agency said on Monday.",
			"record ", "said 2022-09-12"},
		{"a sentence since a date is not governed by the paragraph's day", "On Friday, guerrillas attacked an army outpost in southern Lebanon. Since 1985, nearly 200 soldiers have been killed fighting the guerrillas.",
			"killed ", "attacked 2022-09-09"},
		{"the base after 'compared with' dates no happening of the clause", "The insurance group posted earnings of $24 million, compared with a loss of $3 million last year.",
			"posted ", ""},
		{"nor the base's own result: context, not a happening to show", "Savin Corp. posted a net loss of $35.2 million, compared with year-earlier profit of $3.8 million.",
			"2021", ""},
		{"after 'versus' too", "Citadel posted a net loss of $2.3 million versus net income of $5.3 million a year earlier.",
			"2021", ""},
		{"a possessive date after 'from' with a figure is the base's", "Sales in the latest quarter were $1.76 billion, a 13% increase from last year's $1.55 billion.",
			"2021", "increase 2022-Q2"},
		{"a clause opened by 'when' after a date is that date's, not the next clause's", "Unlike Tuesday, when riot police were forced to use tear gas to disperse the crowd, the march was peaceful on Wednesday.",
			"2022-09-14", "2022-09-13"},
		{"a habit told in a relative clause is not governed by the paragraph's day", "On Sunday, 2,000 protesters rallied in Portadown. \"We will not be left alone this summer,\" said Gerard Rice, a former prisoner who leads protests in south Belfast.",
			"protests ", "rallied 2022-09-11"},
		{"a quotation opened in the sentence before is still a quotation", "“We will keep marching. The workers will strike again on Friday,” the union said on Tuesday.",
			"strike ", "said 2022-09-13"},
		{"a date after the size of a change and 'from' is the change's base", "The index shed 47.3 points on Tuesday to close at 2082.1, down 6.8% from Sept. 2.",
			"2022-09-02", "shed 2022-09-13"},
		{"unless a clause of time after the date tells what happened then", "The index shed 47.3 points on Tuesday, down 6.8% from Sept. 2, when the plunge in New York began.",
			"shed 2022-09-02", "2022-09-02"},
		{"a date after 'than the one of' is the base of the comparison, no date of the clause's verb", "The levee faced its first real trial in June last year, when it held back a flood higher than the one of 1987.",
			"1987", "2021-06"},
		{"after 'than that of' too", "In May output at the smelter reached a level higher than that of 2015.",
			"2015", "reached 2022-05"},
		{"'adding' with a name as its object adds, it says nothing: the date of its clause is its own", "The alliance has expanded three times before, adding Greece and Turkey in 1952.",
			"expanded 1952", "adding 1952"},
		{"a date in a relative clause after a modal is that clause's possibility, not the happening's before it", "Officials said Monday they will order the relatives to hand the boy over to his father, who could come as early as Thursday.",
			"2022-09-15", "said 2022-09-12"},
		{"'compared' with its object is a happening of its own date", "The analysts compared the figures of the two banks on Monday.",
			"2021", "compared 2022-09-12"},
	}
	runDatedCases(t, tests)
}

func TestHabitualRelative(t *testing.T) {
	tests := []struct {
		sentence, trigger string
		want              bool
	}{
		{"a former prisoner who leads protests in south Belfast", "protests", true},
		{"a charity which holds vigils every week", "holds", true},
		{"he said that prices jumped", "jumped", false},
		{"a man who was arrested", "arrested", false},
		{"a minister who has resigned", "resigned", false},
	}
	for _, tc := range tests {
		ws := sentenceWords(tc.sentence, "", timeline.Span{Start: 0, End: len(tc.sentence)})
		ti := slices.IndexFunc(ws, func(w word) bool { return w.lower == tc.trigger })
		if got := habitualRelative(ws, ti); got != tc.want {
			t.Errorf("habitualRelative(%q, %q) = %v, want %v", tc.sentence, tc.trigger, got, tc.want)
		}
	}
}
