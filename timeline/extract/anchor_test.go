package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestDateByReference(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		trigger     string
		wantDate    string
		wantPlace   string
		explanation string
	}{
		{
			name: "summit named again",
			text: "On Monday, Prime Minister Jacinda Ardern will travel to Jakarta for a summit of the Pacific forum.\n\n" +
				"Ardern and Prabowo Subianto plan to hold talks on the margins of the summit.",
			trigger: "talks", wantDate: "2022-09-19", wantPlace: "Jakarta",
			explanation: "dated by reference to 'the summit' (2022-09-19)",
		},
		{
			name: "congress keeps month precision",
			text: "The party will open its congress in October.\n\n" +
				"Delegates led by Li Qiang will elect a new leadership at the congress.",
			trigger: "elect", wantDate: "2022-10", wantPlace: "",
			explanation: "dated by reference to 'the congress' (2022-10)",
		},
		{
			name: "a point of reference is not the date",
			text: "On Monday, Prime Minister Jacinda Ardern will travel to Jakarta for a summit of the Pacific forum.\n\n" +
				"Ardern met Prabowo Subianto before the summit.",
			trigger: "met", wantDate: "",
		},
		{
			name: "a reference in another clause",
			text: "On Monday, Prime Minister Jacinda Ardern will travel to Jakarta for a summit of the Pacific forum.\n\n" +
				"Ardern met Prabowo Subianto, while crowds gathered outside the summit.",
			trigger: "met", wantDate: "",
		},
		{
			name: "an indefinite noun is a new happening",
			text: "On Monday, Prime Minister Jacinda Ardern will travel to Jakarta for a summit of the Pacific forum.\n\n" +
				"Ardern and Prabowo Subianto plan to hold a summit of their own.",
			trigger: "summit", wantDate: "",
		},
		{
			name: "a summit in advance of which a trip starts is no anchor",
			text: "Ardern started her trip on Friday in advance of a summit in Jakarta.\n\n" +
				"Ardern and Prabowo Subianto plan to hold talks at the summit.",
			trigger: "talks", wantDate: "",
		},
		{
			name: "a part of the day of a happening told before with its date",
			text: "Police arrested the coach on 3 May.\n\n" +
				"On the morning of his arrest, the coach visited his lawyer.",
			trigger: "visited", wantDate: "2022-05-03",
			explanation: "\"the morning of his arrest\": the date of the happening told before (2022-05-03)",
		},
		{
			name: "a part of the day of a happening not told before",
			text: "Police arrested the coach Pavel Horak on 3 May.\n\n" +
				"On the morning of the verdict, Pavel Horak visited his lawyer.",
			trigger: "visited", wantDate: "",
		},
		{
			name: "a part of the day of a happening in another clause",
			text: "Police arrested the coach Pavel Horak on 3 May.\n\n" +
				"Pavel Horak visited his lawyer, and on the morning of his arrest the police searched the house.",
			trigger: "visited", wantDate: "",
		},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := extractSeed(t, x, tc.text)
			var got *timeline.Event
			for i := range events {
				if events[i].Trigger == tc.trigger {
					got = &events[i]
				}
			}
			if got == nil {
				t.Fatalf("Extract(%q) = %+v, want an event on %q", tc.text, briefs(events), tc.trigger)
			}
			if got.Date.Value != tc.wantDate {
				t.Errorf("Extract(%q) %q date = %q, want %q", tc.text, tc.trigger, got.Date.Value, tc.wantDate)
			}
			if tc.wantDate == "" {
				return
			}
			if got.Date.Explanation != tc.explanation {
				t.Errorf("Extract(%q) %q explanation = %q, want %q", tc.text, tc.trigger, got.Date.Explanation, tc.explanation)
			}
			place := ""
			if len(got.Places) > 0 {
				place = got.Places[0].Name
			}
			if place != tc.wantPlace {
				t.Errorf("Extract(%q) %q place = %q, want %q", tc.text, tc.trigger, place, tc.wantPlace)
			}
		})
	}
}

func TestDemonymPlace(t *testing.T) {
	tests := []struct {
		name, text, trigger, want string
	}{
		{"collective agent", "Kazakh officials met a delegation from the mining company on Tuesday.", "met", "Kazakhstan"},
		{"a named place wins", "Kazakh officials met the delegation in Beijing on Tuesday.", "met", "Beijing"},
		{"a title says whose, not where", "Chinese President Xi Jinping met the delegation on Tuesday.", "met", ""},
		{"object, not subject", "The delegation met Kazakh officials on Tuesday.", "met", ""},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := extractSeed(t, x, tc.text)
			if len(events) == 0 || events[0].Trigger != tc.trigger {
				t.Fatalf("Extract(%q) = %+v, want an event on %q first", tc.text, briefs(events), tc.trigger)
			}
			got := ""
			if len(events[0].Places) > 0 {
				got = events[0].Places[0].Name
				if events[0].Places[0].Name == "Kazakhstan" && events[0].Places[0].Precision != timeline.PlaceCountry {
					t.Errorf("Extract(%q) place precision = %q, want %q", tc.text, events[0].Places[0].Precision, timeline.PlaceCountry)
				}
			}
			if got != tc.want {
				t.Errorf("Extract(%q) place = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestReferencePointActors(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Deputy Minister Roman Vassilenko spoke on Monday before Xi Jinping’s arrival.", []string{"Roman Vassilenko"}},
		{"Deputy Minister Roman Vassilenko met Xi Jinping on Monday.", []string{"Roman Vassilenko", "Xi Jinping"}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		events := extractSeed(t, x, tc.text)
		var got []string
		if len(events) > 0 {
			for _, a := range events[0].Actors {
				got = append(got, a.Name)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Extract(%q) actors = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// extractSeed extracts text as one document published on seedDay.
func extractSeed(t *testing.T, x *Extractor, text string) []timeline.Event {
	t.Helper()
	events, err := x.Extract([]timeline.Document{{ID: 1, Text: text, Published: seedDay, PublishedSource: timeline.PublishedUser}})
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// datedEvents gives "trigger date" for each dated event of text, in the
// order Extract returns them.
func datedEvents(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	var got []string
	for _, e := range extractSeed(t, x, text) {
		if e.Dated() {
			got = append(got, e.Trigger+" "+e.Date.Value)
		}
	}
	return got
}

// datedCase is a sentence with a dated event it must give and one it must
// not, for runDatedCases.
type datedCase struct {
	name, text string
	bad        string // no dated event may read so ("trigger date"), in part; "" checks nothing
	want       string // and one must, unless empty
}

// runDatedCases checks each case's dated events (datedEvents) against its
// bad and wanted readings.
func runDatedCases(t *testing.T, tests []datedCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := datedEvents(t, x, tc.text)
			if tc.bad != "" && slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, tc.bad) }) ||
				tc.want != "" && !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, tc.want) }) {
				t.Errorf("Extract(%q) dated events %q: want one with %q and none with %q", tc.text, got, tc.want, tc.bad)
			}
		})
	}
}

// titleCase is a sentence and every event Extract must make of it, in
// order, each as "date title", for runTitleCases.
type titleCase struct {
	name, text string
	want       []string
}

// runTitleCases extracts each case's sentence as a document published on
// published and compares its events with the case's want.
func runTitleCases(t *testing.T, published time.Time, tests []titleCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: published}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, e.Date.Value+" "+e.Title)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) events (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// anchorCase is a sentence and what datedAnchors must give of it, for
// runAnchorCases.
type anchorCase struct {
	name, text string
	want       []string // "trigger date: also words"
}

// runAnchorCases checks each case's dated anchors (datedAnchors) against
// its want.
func runAnchorCases(t *testing.T, tests []anchorCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := datedAnchors(t, x, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) anchors (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// datedAnchors gives "trigger date: also words" for each source of each
// dated event of text, sorted, as TestCoAnchor writes them.
func datedAnchors(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	events := extractSeed(t, x, text)
	var got []string
	for _, e := range events {
		if !e.Dated() {
			continue
		}
		for _, s := range e.Sources {
			var also []string
			for _, a := range s.Also {
				also = append(also, text[a.Start:a.End])
			}
			got = append(got, text[s.Trigger.Start:s.Trigger.End]+" "+e.Date.Value+": "+strings.Join(also, " "))
		}
	}
	slices.Sort(got)
	return got
}

// TestAlsoAnchors checks the words a date anchors besides its clause's
// trigger, construction by construction (timeline.Source.Also).
func TestAlsoAnchors(t *testing.T) {
	tests := []anchorCase{
		{"a debut is a happening: the second of two coordinated verbs made it on a date of its own",
			"The striker signed for the club in 2015 and made his league debut two years ago.",
			[]string{"made 2020: debut", "signed 2015: "}},
		{"a clause of 'when' after a date tells that date's happening, past a name set off by commas",
			"The unions have planned a rally for next Monday, when the new chairman, Tomas Berg, is due to be appointed.",
			[]string{"rally 2022-09-19: planned appointed"}},
		{"a date set off by commas between a subject of happening and its verb dates the verb",
			"The first walkout, in March 2020, closed three ports for a week.",
			[]string{"closed 2020-03: "}},
		{"and the superlative before it frames nothing",
			"The region's worst flood, in 2011, displaced 40,000 families.",
			[]string{"displaced 2011: "}},
		{"a verb of ending in the present after its subject is a happening",
			"The festival ends on June 3.",
			[]string{"ends 2022-06-03: "}},
		{"with a place between the subject and the verb",
			"The sign-up period in Portugal closes on Friday.",
			[]string{"closes 2022-09-16: "}},
		{"a verb of beginning or ending after a happening is the trigger, the happening one of its words",
			"The tour ends in Tokyo on May 3.",
			[]string{"ends 2022-05-03: tour"}},
		{"and so for a verb of the lexicon",
			"The strike begins at midnight on Friday.",
			[]string{"begins 2022-09-16T24:00: strike"}},
		{"the base form after a plural happening",
			"The hearings resume in Leeds on Monday.",
			[]string{"resume 2022-09-19: hearings"}},
		{"in the past too: the verb of beginning takes the date, the trial is Also",
			"The trial opened on September 1.",
			[]string{"opened 2022-09-01: trial"}},
		{"a verb's base form after a plural subject opened by a number is the verb",
			"The two finalists play for the cup on Sunday.",
			[]string{"play 2022-09-18: "}},
		{"and after a clause set off by commas, with a possessive object",
			"Harbour City, who drew at home last month, play their final away game on Sunday.",
			[]string{"drew 2022-08: ", "play 2022-09-18: "}},
		{"a base form after a singular noun stays a noun",
			"The junta imposed martial law and a new world order in May.",
			[]string{"imposed 2022-05: "}},
		{"a verb of saying whose object is an occasion tells it there",
			"The governor told a rally in Kano this week.",
			[]string{"rally 2022-W37: told"}},
		{"but not when what is told may or will be",
			"The governor told a rally in Kano on Monday that the roads would be rebuilt.",
			[]string{"rally 2022-09-12: "}},
		{"a verb before an occasion of any kind is the news",
			"The bishop wept at a funeral outside the town on Friday.",
			[]string{"wept 2022-09-09: funeral"}},
		{"the verb before 'during' and a dated happening happened within it",
			"Divers found damage to three of the pier's wooden posts during an inspection in May.",
			[]string{"found 2022-05: inspection"}},
		{"an arrest during a dated protest is the news, the next clause keeps its date",
			"Police arrested two men during a protest in the capital on Monday, and a curfew was imposed on Tuesday.",
			[]string{"arrested 2022-09-12: protest", "imposed 2022-09-13: "}},
		{"a plural noun after an adjective is no verb",
			"The team settled the loose ends on Friday.",
			[]string{"settled 2022-09-09: "}},
		{"a date set off by commas after an object stays with its clause",
			"Dockers staged a walkout, in March 2020, and closed three ports.",
			[]string{"walkout 2020-03: "}}, // not "closed"
		{"a when clause right after the date tells what happened then",
			"Slepian was heating soup in his kitchen last fall when he was gunned down by a sniper.",
			[]string{"heating 2021-FA: gunned"}},
		{"a preposed date and its when clause scope over the main clause",
			"On Friday, when Albright set aside her vacation plans, the State Department lifted a warning.",
			[]string{"lifted 2022-09-09: set vacation plans warning"}},
		{"a participle after 'while' right after the date went on at that date",
			"The boy was rescued by fishermen Nov. 25 while clinging to an inner tube.",
			[]string{"rescued 2021-11-25: clinging"}},
		{"so does one whose 'when' clause has a long subject",
			"Two dockers were hurt when a crane at the old harbour wall in Tema toppled on Friday.",
			[]string{"toppled 2022-09-09: hurt"}},
		{"a verb in the past joined by 'when' to a dated verb happened at its date",
			"Elian's mother and ten others perished when their boat sank off the coast of Florida in late November.",
			[]string{"sank 2021-11: perished"}},
		{"'when' after an object tells which, not when",
			"On Monday, Smith recalled the day when the bomb exploded.",
			[]string{"recalled 2022-09-12: "}},
		{"a dated verb joined by 'when' to a verb in the past",
			"On Friday, a security guard was killed when a bomb exploded at the clinic.",
			[]string{"killed 2022-09-09: exploded"}},
		{"a date in an opening phrase that names the occasion scopes over the main clause",
			"In a televised address on Friday, the president described the entry as a historic event.",
			[]string{"described 2022-09-09: address entry"}},
		{"a date in an opening phrase of place does not",
			"In the town he visited on Friday, the president described the entry as a historic event.",
			[]string{"visited 2022-09-09: "}},
		{"the comma of a place's state or country ends no clause, before the date",
			"A bomb exploded outside the embassy in Nairobi, Kenya on Friday morning.",
			[]string{"exploded 2022-09-09TMO: bomb"}},
		{"the comma of a place's state or country ends no clause, after the date",
			"Troops entered the town on Friday in Goma, Congo, and seized the airport.",
			[]string{"entered 2022-09-09: seized"}},
		{"a participle clause after the dated clause tells what it did then",
			"NATO embraced three former rivals on Friday, formally ending the Soviet domination of Europe.",
			[]string{"embraced 2022-09-09: ending domination"}},
		{"a participle clause of aim before 'to' tells a purpose, not a happening",
			"Albright flew to Nairobi on Tuesday, seeking to show support for the victims.",
			[]string{"flew 2022-09-13: "}},
		{"a participle that opens the sentence tells what the subject did, at the main clause's date",
			"Retaliating for the embassy bombings, U.S. forces Thursday launched cruise missile strikes.",
			[]string{"launched 2022-09-08: Retaliating strikes"}},
		{"a participle phrase set off by commas after the subject is of the main clause's date",
			"Iraq's Saddam Hussein, facing U.S. troops at the Saudi border, today sought peace with Iran.",
			[]string{"sought 2022-09-14: facing peace"}},
		{"a participle phrase with a date of its own keeps it",
			"Iraq's Saddam Hussein, facing U.S. troops at the Saudi border since August, today sought peace with Iran.",
			[]string{"sought 2022-09-14: "}},
		{"a participle used as a preposition is no happening",
			"Considering the risks, U.S. forces Thursday launched cruise missile strikes.",
			[]string{"launched 2022-09-08: strikes"}},
		{"a when clause after the comma that follows the date tells what happened then",
			"Miami was calm, in contrast to Thursday, when 133 people were arrested and police were forced to retreat.",
			[]string{"arrested 2022-09-08: forced retreat"}},
		{"the end of a state is no happening: a when clause after it tells the date's, scheduled",
			"The banks will keep their names until early 1990, when each will adopt the new name.",
			[]string{"adopt 1990: keep"}},
		{"a relative clause on a dated noun of happening tells that happening",
			"Also on Friday morning, at least four people were killed in an explosion that took place near the embassy.",
			[]string{"killed 2022-09-09TMO: explosion took"}},
		{"a relative clause with a date of its own keeps it",
			"On Friday, officials described an explosion that occurred near the embassy on Thursday.",
			[]string{"explosion 2022-09-09: described", "occurred 2022-09-08: "}},
		{"a when clause after another word is not the date's",
			"The company reported a loss on Friday, its chief said when analysts asked about it.",
			[]string{"reported 2022-09-09: loss"}},
		{"a verb joined by 'and' shares the date, past a phrase of reference, as a happening of its own",
			"Police arrested the man on Monday after a long chase and charged him with murder.",
			[]string{"arrested 2022-09-12: ", "charged 2022-09-12: "}},
		{"a verb joined by 'and' shares the date, past the clause's reach",
			"In August, a week after the 25th anniversary of the Supreme Court decision on the case, a clinic bombing in the city of Birmingham killed a security guard and severely wounded a nurse.",
			[]string{"bombing 2022-08: killed wounded"}},
		{"a verb joined by 'and' with a date of its own keeps it",
			"Police arrested the man on Monday after a long chase and released him on Wednesday.",
			[]string{"arrested 2022-09-12: ", "released 2022-09-14: "}},
		{"no verb joined by 'and' after a new subject",
			"Police arrested the man on Monday after a long chase and his lawyer complained.",
			[]string{"arrested 2022-09-12: "}},
		{"a verb of attempt shares the date of the verb it governs",
			"Then yesterday, he tried to entice Arab leaders with his proposal.",
			[]string{"tried 2022-09-13: entice"}},
		{"a verb of beginning shares its date with the verb it governs",
			"But the plant in Memphis wasn't to begin turning out product until 1993.",
			[]string{"begin 1993: turning"}},
		{"a verb of finding shares the date of the participle after it",
			"Kopp vanished after the shooting, and his car was found abandoned at the airport in Newark, N.J., in December.",
			[]string{"found 2021-12: abandoned"}},
		{"a copula and its predicate noun tell a state of the date",
			"McBride, 54, was part of a seven-member crew aboard the Orbiter Challenger in October 1984 and later served as assistant administrator.",
			[]string{"served 1984-10: was part"}},
		{"a copula and its predicate adjective tell a state of the date",
			"Rally officials were available to comment late yesterday.",
			[]string{"comment 2022-09-13: Rally were available"}},
		{"a form of 'be' before a participle is an auxiliary, no state",
			"The man was killed in his home on Friday.",
			[]string{"killed 2022-09-09: "}},
		{"the object of a verb of going on names the happening it resumes",
			"The leader of the inspection team resumed work in Iraq on Friday.",
			[]string{"resumed 2022-09-09: inspection team work"}},
		{"the object of another verb does not",
			"The leader of the inspection team visited schools in Iraq on Friday.",
			[]string{"visited 2022-09-09: inspection"}},
		{"a comma of a list of names ends no clause",
			"NATO embraced three of its former rivals, the Czech Republic, Hungary and Poland on Friday.",
			[]string{"embraced 2022-09-09: "}},
		{"a noun inside a name is no happening",
			"The North Atlantic Treaty Organization embraced three of its former rivals, the Czech Republic, Hungary and Poland on Friday, formally ending the Soviet domination.",
			[]string{"embraced 2022-09-09: ending domination"}},
		{"a document's date is that of the saying in it",
			"``I object to the legal moves,'' Gonzalez said in the letter, dated Monday.",
			[]string{"dated 2022-09-12: said"}},
		{"'during' right before the date makes no point of reference",
			"The company's European business was weak during the quarter.",
			[]string{"weak 2022-Q2: was"}},
		{"a cleft sentence's clause after 'that' tells what happened at the date in focus",
			"But it was not until Tuesday that Castro revealed that those concerns had been shared with the U.S. government.",
			[]string{"revealed 2022-09-13: "}},
		{"a word after a date that a temporal preposition governs is no point of reference",
			"Police arrested him before Friday's march began.",
			[]string{"arrested 2022-09-09: march began"}},
		{"a reported clause in the progressive holds at the time of the saying",
			"Officials said privately Thursday that Britain, through its embassies, has been pushing hard to resolve the case.",
			[]string{"said 2022-09-08: pushing"}},
		{"a reported clause in another tense does not",
			"Officials said privately Thursday that Britain, through its embassies, had pushed hard to resolve the case.",
			[]string{"said 2022-09-08: "}},
		{"the noun of an idiom of 'take' is a word of the happening",
			"The appointment takes effect Nov. 13.",
			[]string{"takes 2022-11-13: appointment effect"}},
		{"the charge of an accusation does not take the date from the charging",
			"An abortion foe was charged with murder Thursday in the slaying of a doctor.",
			[]string{"charged 2022-09-08: abortion murder slaying"}},
		{"the contracted 'are' makes a progressive",
			"The price of oil, fourteen dollars, is what we're seeing today.",
			[]string{"seeing 2022-09-14: "}},
		{"'go' after 'to' is a verb of happening",
			"The procedures are due to go before the Security Council next week.",
			[]string{"go 2022-W38: "}},
		{"a date after an opening place phrase frames the main clause after its comma",
			"In London yesterday, Ratners's shares were up 2 pence.",
			[]string{"were 2022-09-13: up"}},
		{"a stake held is a state of its date",
			"Anheuser's share is twice that of its nearest competitor, Miller Brewing, which had a 21.2% stake last year.",
			[]string{"had 2021: "}},
		{"a dated draft no word can head is named by the nearest word its date anchors",
			"Diana de Cardenas, 33, was born in Cuba in 1984.",
			[]string{"born 1984: was"}},
		{"but not by a word the date anchors that tells no happening",
			"$14 million of that flowed Friday alone.",
			[]string{" 2022-09-09: "}},
		{"a verb with its particle after 'that' is in the past, no adjective",
			"$14 million of that seeped out on Friday.",
			[]string{"seeped 2022-09-09: "}},
		{"so is a draft of a result its date anchors",
			"A year earlier, net income was $2.1 million, or six cents a share.",
			[]string{"income 2021: "}},
		{"an -ing word before a noun of firms names the kind of firm, no happening",
			"Harbor Trust, one of the biggest bank holding companies in the region, completed the purchase of a rival lender earlier this month.",
			[]string{"purchase 2022-09: completed"}},
		{"but after a form of 'be' it is a verb",
			"The army was holding talks with the rebels on Monday.",
			[]string{"holding 2022-09-12: talks"}},
		{"an opening period named by its end frames the main clause: the result is of that date",
			"For the nine months ended June 30, the brewer earned $18 million.",
			[]string{"earned 2022-06-30: months ended"}},
		{"a report of a result is the result's happening, no saying",
			"In the fiscal year ended March 31, the chain reported sales of $80 million.",
			[]string{"reported 2022-03-31: year ended sales"}},
		{"a report with a clause after it stays a saying",
			"Officials reported on Monday that the river had risen.",
			[]string{"risen 2022-09-12: reported"}},
		{"a date in the object of a verb of inclusion dates the happening it follows, not the including",
			"The figures included $4 million from the sale of a shipping unit in May.",
			[]string{"sale 2022-05: "}},
		{"a clause after 'after' with no date of its own tells a cause within the dated happening's date",
			"The ratification process concluded on Wednesday after the Netherlands gave its approval.",
			[]string{"concluded 2022-09-14: ratification process gave"}},
		{"so does one set off by a comma",
			"The home side won on Sunday, after its captain scored twice.",
			[]string{"won 2022-09-11: scored"}},
		{"so does a passive one",
			"A memorial service was canceled on Saturday after security plans were leaked.",
			[]string{"canceled 2022-09-10: leaked"}},
		{"a clause after 'after' with a date of its own keeps it",
			"The group resigned on Monday after the report was published on Friday.",
			[]string{"published 2022-09-09: ", "resigned 2022-09-12: "}},
		{"a gerund after 'after' with no subject tells a span before, not the date's",
			"The stock rose on Monday after falling for a week.",
			[]string{"rose 2022-09-12: "}},
		{"a gerund after 'before' tells the sequel of the same day",
			"The minister said on Monday before leaving the capital that talks would go on.",
			[]string{"said 2022-09-12: leaving"}},
		{"a verb of ending after 'help' is a verb",
			"Allied warplanes helped end the war in 2018.",
			[]string{"war 2018: helped end"}},
		{"'the building' is a thing, not the verb's object happening",
			"Armed men stormed the building on Friday.",
			[]string{"stormed 2022-09-09: "}},
		{"nor is 'a brick building', with a modifier after its article",
			"Firefighters searched a brick building near the port on Friday.",
			[]string{"searched 2022-09-09: "}},
		{"'based on' is a state of the noun before it, no happening",
			"The firm will launch a tablet based on the new chip next spring.",
			[]string{"launch 2023-SP: "}},
		{"but 'the building of' a thing is a happening",
			"The building of the dam began in 1990.",
			[]string{"building 1990: dam began"}},
		{"a participle that opens the sentence before its noun is an adjective",
			"Elected officials in the city warned federal officials Wednesday that they should expect little help.",
			[]string{"warned 2022-09-14: "}},
		{"'to death' after a verb is the verb's outcome: the verb is the happening",
			"He was shot to death on Oct. 23 at his home.",
			[]string{"shot 2021-10-23: death"}},
	}
	runAnchorCases(t, tests)
}
