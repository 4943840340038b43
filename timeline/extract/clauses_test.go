package extract

import (
	"testing"
	"time"

	"storyline/timeline"
)

// TestClauseDates covers what each clause of a sentence dates: a relative
// clause dates its own verb, a date inside a reported forecast dates no
// saying, a date after a noun dates that noun, news in the present perfect
// told of a named actor is the publication day's. Each case is one
// sentence published on a Thursday; want lists every event as "date title".
func TestClauseDates(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	tests := []titleCase{
		{"the month May before a day is no modal",
			"On May 22, 1995, Farkas was made a brigadier general.",
			[]string{"1995-05-22 Farkas made a brigadier general"}},
		{"the month May before a second verb joined by and is no modal either",
			"The treasurer was suspended in May and repaid the missing funds in September.",
			[]string{"2019-05 Treasurer suspended", "2019-09 The treasurer repays the missing funds"}},
		{"an actor's act in the present perfect is the day's news",
			"The US government has designated the spill an incident of national significance.",
			[]string{"2019-11-07 US designates the spill an incident of national significance"}},
		{"an apposition between the actor and its present perfect",
			"Emirates, the largest customer for the plane, has ordered 43 A380s.",
			[]string{"2019-11-07 Emirates orders 43 A380s"}},
		{"an actor inside an apposition describes the subject",
			"Margaret Chan, head of the World Health Organization, said on Tuesday she would raise the alert.",
			[]string{"2019-11-05 Margaret Chan says she would raise the alert"}},
		{"a superlative inside an apposition sets no frame for the verb's date after it",
			"The brewery, the county's biggest employer, closed in 2009 after the floods, and reopened in 2014.",
			[]string{"2009 The brewery closes", "2014 The county's biggest employer reopens"}}, // the headline takes the aside for subject, as before
		{"a country inside an apposition is no actor",
			"Russia, the largest export market for U.S. pork, has banned all meat from five states.",
			[]string{"2019-11-07 Russia bans all meat from five states"}},
		{"a relative clause with its own date between the actor and its present perfect",
			"The minister, who visited the port on Tuesday, has ordered an inquiry.",
			[]string{"2019-11-05 The minister visits the port", "2019-11-07 The minister orders an inquiry"}},
		{"a clause between the actor and its present perfect tells a state",
			"Professor Ab Osterhaus, who is based in Rotterdam, has studied flu viruses for half of his career.", nil},
		{"a comparison between the actor and its present perfect",
			"The US, unlike the UK, has restricted antivirals to those at most risk.", nil},
		{"a since that closes a first is no state",
			"Harbour City have won the league for the first time since 1985.",
			[]string{"2019-11-07 Harbour City wins the league"}},
		{"a since that closes a superlative is no state",
			"The World Health Organization has raised its alert, declaring the largest outbreak since 1968.",
			[]string{"2019-11-07 World Health Organization raises its alert"}},
		{"a claim of an act in the present perfect is the day's news",
			"A rebel group has claimed responsibility for the attack.",
			[]string{"2019-11-07 A rebel group claims responsibility"}},
		{"a denied claim is no event",
			"No one has claimed responsibility for the attacks. No group has confirmed 15 deaths.", nil},
		{"a claim of what is so is a statement",
			"The company has claimed that its jets are safe. He has claimed the money was a gift.", nil},
		{"a subject that is no actor tells a state",
			"Inroads into Central Asia have created unease.", nil},
		{"an actor's possession is no actor, and since makes a state",
			"Elian Gonzalez met his father. Elian's relatives have cared for him since November. Elian's relatives have cared for him. Lazaro Gonzalez has cared for Elian since November.",
			[]string{" Elian Gonzalez meets his father"}},
		{"a date inside a forecast reported without that dates no saying",
			"Forecasters said strong winds on Sunday could push more oil onto the shore.", nil},
		{"the saying keeps its own date before the forecast",
			"The coast guard said on Tuesday that strong winds on Sunday could push more oil onto the shore.",
			[]string{"2019-11-05 The coast guard says strong winds on Sunday could push more oil onto the shore"}},
		{"a date after a semicolon and a verb of its own clause dates nothing before the semicolon",
			"The ferry stopped running when the strike began; the operator said sailings could resume in March.", nil},
		{"a relative clause dates its own verb",
			"President Moon, who took office in April, met the delegation.",
			[]string{"2019-04 Moon takes office"}},
		{"an unnamed subject of a relative clause is the noun it describes",
			"The chief executive, who joined the company in 2015, left on Monday.",
			[]string{"2015 The chief executive joins the company", "2019-11-04 The chief executive leaves"}},
		{"and so in the passive",
			"The plant, which was built in 1975, closed on Friday.",
			[]string{"1975 Plant built", "2019-11-01 The plant closes"}},
		{"a plural subject of words before an active verb agrees",
			"The rebels took control of the city on Saturday.",
			[]string{"2019-11-02 The rebels take control of the city"}},
		{"an event noun that took place is the event",
			"The meeting took place on Monday in Paris.",
			[]string{"2019-11-04 Meeting in Paris"}},
		{"a date after a noun a name modifies dates the noun",
			"In response to the U.S. offer last week, the North has reportedly said it would consider talks.",
			[]string{"2019-W44 U.S. offer"}},
		{"an attempt and its verb are one happening",
			"Last month, the U.S. said it had sought to engage North Korea in mid-February.",
			[]string{"2019-02 U.S. seeks to engage North Korea", "2019-10 U.S. says it had sought to engage North Korea in mid-February"}},
		{"they in what is said are the unnamed speakers",
			"Police said they had arrested two men on Saturday.",
			[]string{"2019-11-02 Police arrest two men"}},
		{"they in what is said are the names joined before the saying",
			"Smith and Jones said they had met in Paris on Tuesday.",
			[]string{"2019-11-05 Smith and Jones meet in Paris"}},
		{"a named speaker's verb is singular",
			"Dow Jones said it had mailed the offer on Friday.",
			[]string{"2019-11-01 Dow Jones mails the offer"}},
		{"it in what is said is the company named last",
			"Acme Corp reported a loss. The company said it had cut 500 jobs in March.",
			[]string{"2019-03 Acme Corp cuts 500 jobs"}},
		{"a pronoun in what is said is the organization that said it",
			"BP PLC said on Friday that it had activated an extensive oil spill response.",
			[]string{"2019-11-01 BP PLC activates an extensive oil spill response"}},
		{"as of a month: the latest one, without its preposition",
			"As of February, the iTunes store accounts for 70% of legal downloads.",
			[]string{"2019-02 The iTunes store accounts for 70% of legal downloads"}},
		{"a forecast without a scheduled date is no event",
			"The company expects to be profitable this year.", nil},
		{"a fall over a stretch that ends now is the day's news",
			"The index fell 12% in the past nine days.",
			[]string{"2019-11-07 The index falls 12%"}},
		{"a state in the passive perfect since a day began that day",
			"Boeing had been suspended since July 24, 2003.",
			[]string{"2003-07-24 Boeing suspended"}},
		{"missing since a day",
			"Two hikers have been missing since March 3.",
			[]string{"2019-03-03 Two hikers missing"}},
		{"since a year is a span of accumulation, no day",
			"The company has shed 70 businesses since 1983.", nil},
		{"since a day after a comparison dates nothing",
			"Turnout was the highest since May 4, 1992.", nil},
	}
	runTitleCases(t, thu, tests)
}

// TestPastSpan: a happening told over a stretch that ends at publication,
// in the past or the present perfect, is dated by publication and bounded
// by the stretch.
func TestPastSpan(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, start, end string }{
		{"The index fell 12% in the past nine days.", "2019-10-29", "2019-11-07"},
		{"Prices rose 3% over the last 12 months.", "2018-11-07", "2019-11-07"},
		{"Exports dropped during the past week.", "2019-10-31", "2019-11-07"},
		// the present perfect too, not the publication day alone
		{"The shares have lost 15% over the past three weeks.", "2019-10-17", "2019-11-07"},
		{"Rents have risen 4 percent in the past 12 months.", "2018-11-07", "2019-11-07"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: thu}})
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 1 || events[0].Date.Start != tc.start || events[0].Date.End != tc.end {
			var got []timeline.Date
			for _, e := range events {
				got = append(got, e.Date)
			}
			t.Errorf("Extract(%q) dates = %+v, want one from %s to %s", tc.text, got, tc.start, tc.end)
		}
	}
}
