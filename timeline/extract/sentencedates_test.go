package extract

import "testing"

// TestExtractEveryDate: every date of a sentence the tagger resolves dates
// a happening of that sentence, and a saying is dated when what it reports
// has no dated happening of its own.
func TestExtractEveryDate(t *testing.T) {
	tests := []briefCase{
		{
			"an opening date dates the saying across the speaker's apposition",
			[]string{"On Tuesday, Ricardo Alarcon, head of the National Assembly, said the convictions prove the homes are no place for the boy."},
			[]brief{{"2022-09-13", "said", "", 1}},
		},
		{
			"but not a saying that trails a clause of its own",
			[]string{"On Monday, the winds pushed oil ashore, officials said."},
			[]brief{{"2022-09-12", "pushed", "", 1}},
		},
		{
			"a noun made from a verb is no happening the saying reports",
			[]string{"In early 2021, President Boris Yeltsin told President Clinton he could live with NATO expansion."},
			[]brief{{"2021", "told", "", 1}},
		},
		{
			"last before a verb in the past is an adverb: a perception is a happening",
			[]string{"He was last seen Sept. 3, the day before authorities issued a material witness warrant."},
			[]brief{{"2022-09-03", "seen", "", 1}},
		},
		{
			"the start of a span dates the happening of its clause of time",
			[]string{"His relatives have cared for him since November, when he was found clinging to an inner tube."},
			[]brief{{"2021-11", "found", "", 1}},
		},
		{
			"a light verb in the passive tells a happening of its own",
			[]string{"On Tuesday, Farkas was made a brigadier general."},
			[]brief{{"2022-09-13", "made", "", 1}},
		},
		{
			"a gerund after a temporal preposition takes the date of its own phrase",
			[]string{"After touring Dar es Salaam Monday and meeting with police leaders Tuesday morning, the FBI chief said he was satisfied."},
			[]brief{{"2022-09-12", "touring", "Dar es Salaam", 1}, {"2022-09-13TMO", "meeting", "", 1}},
		},
		{
			"a noun made from a verb, the object of a light verb, takes the date its clause has",
			[]string{"Protesters planned a large demonstration in the capital on Saturday."},
			[]brief{{"2022-09-17", "demonstration", "", 1}},
		},
		{
			"a phrase that opens the sentence with a date frames the main clause after its comma",
			[]string{"In his Sunday Mass at St. Patrick's Cathedral in New York, Cardinal John O'Connor called the murder wrong."},
			[]brief{{"2022-09-11", "called", "New York City", 1}},
		},
		{
			"a bracketed aside does not end the clause a date reaches into",
			[]string{"In its Monday issue, The Hamilton (Ontario) Spectator quoted an officer in the Amherst, N.Y., Police Department as saying that the bulletin had indicated links between the two men."},
			[]brief{{"2022-09-12", "quoted", "Amherst", 1}},
		},
		{
			"a gerund with its object after of is a noun of happening a date after it modifies",
			[]string{"With the finding of a buried rifle 11 days ago, the authorities say they have gathered enough evidence."},
			[]brief{{"2022-09-03", "finding", "", 1}},
		},
		{
			"a saying keeps its own date when what else the sentence dates is background in a relative clause",
			[]string{"Neal Horsley said Tuesday that he would seek a new Internet service for his site, which was the focus of a trial that led to a verdict this week."},
			[]brief{{"2022-W37", "verdict", "", 1}, {"2022-09-13", "said", "", 1}},
		},
		{
			"a newswire's typesetting code after the full stop does not make the sentence a line of layout",
			[]string{"But Thursday's decision made it clear the family has only 14 days to decide. &amp;UR;"},
			[]brief{{"2022-09-08", "decision", "", 1}},
		},
		{
			"a saying keeps its own date when a colon after it opens what is said",
			[]string{"The New York Times said in an editorial on Saturday: The Supreme Court took a detour this week from the core principle of gender fairness."},
			[]brief{{"2022-09-10", "said", "", 1}, {"2022-W37", "took", "", 1}},
		},
		{
			"but not when the relative clause is an aside closed before the happening said",
			[]string{"IEBC chairman Peter Mwangi said on Monday that the poll, which had been set for October 5, would be held on December 15 instead."},
			[]brief{{"2022-12-15", "held", "", 1}},
		},
		{
			"that before a verb in the simple past is a relative pronoun, no determiner",
			[]string{"The bullet that tore through his kitchen window Friday night was never found."},
			[]brief{{"2022-09-09TNI", "tore", "", 1}},
		},
		{
			"a clause of time after a dash is dated by the date before it",
			[]string{"Since 1985 -- when the Israelis created a security buffer zone -- nearly 200 soldiers have been killed."},
			[]brief{{"1985", "created", "", 1}},
		},
		{
			"a light verb in the simple past whose object names no happening is the happening",
			[]string{"The Supreme Court took a detour this week from the core principle of gender fairness."},
			[]brief{{"2022-W37", "took", "", 1}},
		},
		{
			"that before a verb in the past and its object is a relative pronoun",
			[]string{"Mr. McNealy said the issues that hurt Sun's performance earlier this year are now largely behind the firm."},
			[]brief{{"2022", "hurt", "", 1}},
		},
	}
	runBriefCases(t, tests)
}

// TestDoubledForms: verbs that double their last consonant are found in
// every form: "kidnapped" and "dropping" are the lexicon's "kidnap" and
// "drop", not guesses.
func TestDoubledForms(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"kidnapped", "kidnap"}, {"kidnapping", "kidnap"}, {"banned", "ban"}, {"banning", "ban"},
		{"dropping", "drop"}, {"submitted", "submit"}, {"occurred", "occur"}, {"transferred", "transfer"},
		{"planning", "plan"}, {"visited", "visit"}, {"visiting", "visit"}, {"dying", "die"},
	}
	for _, tc := range tests {
		info, ok := triggers[tc.form]
		if !ok || info.lemma != tc.lemma {
			t.Errorf("triggers[%q] = %q, %v, want %q", tc.form, info.lemma, ok, tc.lemma)
		}
	}
}

// TestOwnPredicate: a date does not reach, past "and", a predicate that
// a later date of the sentence dates.
func TestOwnPredicate(t *testing.T) {
	tests := []anchorCase{
		{"a coordinated predicate with a later date is not the first date's",
			"The brewer last year accounted for about 41% of all beer sales and is expected to see that grow to 42.5% in 2023.",
			[]string{"accounted 2021: sales"}},
		{"without a later date the coordinated verb is the date's, a happening of its own",
			"The ministers met in Geneva on Monday and signed the accord.",
			[]string{"met 2022-09-12: ", "signed 2022-09-12: "}},
	}
	runAnchorCases(t, tests)
}

// TestNewEventHeadlines: the headlines of the happenings the rules above
// date: the passive of an irregular verb outside the lexicon keeps its
// participle; a gerund after a temporal preposition takes the subject of
// the main clause, not the preposition.
func TestNewEventHeadlines(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The rifle was found on Tuesday near the house.", "Rifle found"},
		{"He was last seen on Tuesday, the day before authorities issued a warrant.", "He was last seen"},
		{"After touring Dar es Salaam Tuesday, the FBI chief said he is very satisfied.", "FBI tours Dar es Salaam"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		events := extractSeed(t, x, tc.text)
		if len(events) != 1 || events[0].Title != tc.want {
			var got []string
			for _, e := range events {
				got = append(got, e.Title)
			}
			t.Errorf("Extract(%q) titles = %q, want [%q]", tc.text, got, tc.want)
		}
	}
}
