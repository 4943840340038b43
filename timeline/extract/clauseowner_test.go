package extract

import (
	"slices"
	"testing"
	"time"

	"storyline/timeline"
)

// TestClauseOwners covers which word a date belongs to when the sentence
// holds a word it only seems to date: the thing a movement is against, a
// participle that modifies an object, a relative clause set off by a
// comma or opened without one, a person named by a title of a year, a
// clause of time after "since" or of contrast after "while" and "as". Each
// case is published on Tuesday 3 March 2020; want lists every dated event
// as "date trigger", in the order of their dates.
func TestClauseOwners(t *testing.T) {
	tue := time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"against a thing is no comparison",
			"The currency rose against the euro earlier this week.",
			[]string{"2020-W10 rose"}},
		{"against a figure is the base of a comparison",
			"The bank earned 5 million euros, against 3 million euros a year earlier.",
			nil},
		{"from a thing is no comparison",
			"The airline ordered ten jets from Airbus earlier this month.",
			[]string{"2020-03 ordered"}},
		{"from a figure is the base of a comparison",
			"Profit rose to 8 million euros, from 6 million euros a year earlier.",
			nil},
		{"from a number in words is the base of a change",
			"The firm runs 13 plants, up from seven a year ago.",
			nil},
		{"a participle after the object takes the date of its phrase",
			"She won in two hours, breaking the course record set in 2008.",
			[]string{"2008 set"}},
		{"a past form after the subject of a reported clause is its verb",
			"Analysts said the price rose in May.",
			[]string{"2019-05 rose"}},
		{"a relative clause after a comma takes no date of the main clause",
			"Clara Weiss will take over on April 1 from Henrik Sand, who announced his resignation in January.",
			[]string{"2020-01 announced"}}, // the verb that carries the tense, as TimeML anchors it
		{"a relative clause without a comma keeps its date from the main verb after it",
			"The ferry that sank in rough seas off the northern cape on Thursday night had carried 40 passengers.",
			[]string{"2020-02-27TNI sank"}},
		{"a relative clause without a comma before a deadline of the main verb",
			"A blaze that broke out in the hills north of Varna on Thursday afternoon had burned three warehouses by Sunday morning.",
			[]string{"2020-02-27TAF broke", "2020-03-01TMO burned"}},
		{"a relative clause of a person keeps its date",
			"The climber who fell on Sunday was flown to a hospital in Lyon.",
			[]string{"2020-03-01 fell"}},
		// negative: a date right before its word, and a verb joined by "and"
		{"a date right before its noun in a relative clause",
			"The storm flattened houses that had survived Friday's flood.",
			[]string{"2020-02-28 flood"}},
		{"which right after a date stands for the date",
			"Police arrested the man on Monday, which was a holiday.",
			[]string{"2020-03-02 arrested"}},
		{"who right after a date: the date's noun is the antecedent",
			"For ordinary travellers this week, who faced the closure of their airports and a series of strikes, it was a hard time.",
			[]string{"2020-W10 strikes"}},
		{"a person named by a title of a year dates nothing",
			"She finished ahead of last year's winner.",
			nil},
		{"a state begun at a date with a clause of time: the beginning and the happening",
			"The shop has been closed since February 21, when a fire broke out.",
			[]string{"2020-02-21 broke", "2020-02-21 closed"}},
		{"since a date without a beginning: the clause of time alone",
			"The Coast Guard cared for him since November, when he was found clinging to an inner tube.",
			[]string{"2019-11 found"}},
		{"a clause of contrast without a date of its own shares the date",
			"Halden's sales fell 6 percent in 2019, while Marisco earned 480 million dollars.",
			[]string{"2019 fell", "2019 earned"}},
		{"a clause of the same time after as shares the date",
			"The carmaker lost 410 million euros in the fourth quarter, as its sales in Europe fell by a fifth.",
			[]string{"2019-Q4 lost", "2019-Q4 fell"}},
		{"a clause of the same time after as right after the date, with no comma",
			"The ferry line's profit halved in 2019 as fuel prices soared.",
			[]string{"2019 halved", "2019 soared"}},
		{"a base after the clause's comma is no date of its own",
			"Halden's sales fell 6 percent in 2019, while Marisco earned 480 million dollars, up from 410 million a year earlier.",
			[]string{"2019 fell", "2019 earned"}},
		{"a clause after a saying's date is the statement's circumstance",
			"A new virus that has killed up to 40 people in Peru could start a global epidemic, the World Health Organization warned on Saturday, as tests showed the strain might be spreading in Chile.",
			[]string{"2020-02-29 killed"}},
		{"a clause of the same time whose only date follows since shares the date",
			"Crowds filled the square on Sunday as the town held its first fair since last year.",
			[]string{"2020-03-01 filled", "2020-03-01 held"}},
		{"a clause of the same time after a list of dates that adjoin shares the first",
			"Crowds filled the square on Saturday and Sunday as the town held its first fair since last year.",
			[]string{"2020-02-29 filled", "2020-02-29 held"}},
		{"as with no subject is no clause",
			"Sales fell in 2019, as expected.",
			[]string{"2019 fell"}},
		{"a clause of contrast with its own date keeps it",
			"Sales fell in 2019, while profit rose in 2018.",
			[]string{"2018 rose", "2019 fell"}},
		{"the second of two coordinated verbs after the first's date is its own happening",
			"The mayor visited the area on Sunday and promised aid.",
			[]string{"2020-03-01 visited", "2020-03-01 promised"}},
		{"the second verb after a first whose object is an event noun is its own happening",
			"The senator conceded defeat on Sunday and congratulated her opponent.",
			[]string{"2020-03-01 conceded", "2020-03-01 congratulated"}},
		{"a coordinated verb that ends the first happening is the same occasion",
			"Ministers met in Brussels on Thursday and broke up without an agreement.",
			[]string{"2020-02-27 met"}},
		{"a coordinated verb before that or to is a statement or a plan",
			"The ministry released its report on Monday and stressed that pork was safe. The school closed on Monday and planned to open again.",
			[]string{"2020-03-02 released", "2020-03-02 closed"}},
		{"a passive first verb hands no date to the second as its own event",
			"The boy was admitted to a private hospital on Monday morning and discharged after treatment.",
			[]string{"2020-03-02TMO admitted"}},
		{"a passive after an adverb, a passive with its agent, a state: no second event",
			"The house was eventually bought by the council in 1895 and demolished. The concerto, commissioned by the orchestra in 2018 and performed by a quartet, won a prize. They married in 1855 and lived in a cottage.",
			[]string{"1855 married", "1895 bought", "2018 commissioned"}},
		{"a happening in the possessive keeps its date",
			"She finished last year's race in two hours.",
			[]string{"2019 finished"}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: tue}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				if e.Date.Value != "" {
					got = append(got, e.Date.Value+" "+e.Trigger)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
