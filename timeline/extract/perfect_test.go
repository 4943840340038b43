package extract

import "testing"

// TestPerfectElsewhere checks that a present perfect in the main clause of a
// sentence whose date words belong to other clauses is the news of the
// publication day (seedDay, Wed 2022-09-14), and that a time of its own
// clause, a happening it took part in, a "since", a perfect of experience
// or a modal leave it alone.
func TestPerfectElsewhere(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the date is a participle's after the comma",
			text: "The opposition alliance has won a majority in parliament, according to official results released early on Monday.",
			want: "won 2022-09-14",
		},
		{
			name: "the date is a coordinated clause's",
			text: "The central bank has raised its interest rate, and its governor said on Monday that it would not act again before the spring.",
			want: "raised 2022-09-14",
		},
		{
			name: "the date is in a phrase after after, since 1985 dates nothing",
			text: "Harbour City have won the league for the first time since 1985, after beating Riverside 2-0 at home on Saturday.",
			want: "won 2022-09-14",
		},
		{
			name: "a date of its own clause wins",
			text: "Governor Bobby Jindal has declared a state of emergency in the parish on Monday.",
			bad:  "declared 2022-09-14",
			want: "declared 2022-09-12",
		},
		{
			name: "a happening inside a dated one is of its date",
			text: "More than 100 people have been killed and more than 1,000 others wounded in the blasts next to the embassies on Monday.",
			bad:  "killed 2022-09-14",
		},
		{
			name: "a vague time of its own clause",
			text: "Its stock has slumped recently, closing unchanged Monday at $29 a share.",
			bad:  "slumped 2022-09-14",
		},
		{
			name: "a perfect of experience",
			text: "The alliance has expanded three times before, adding Greece and Turkey in 1952.",
			bad:  "expanded 2022-09-14",
		},
		{
			name: "a perfect of experience, before an adverb",
			text: "The Chinese authorities have impressed the world before with their response to economic crises - for example during the Asian financial crises of 1997-8.",
			bad:  "impressed 2022-09-14",
		},
		{
			name: "a perfect in a reported clause",
			text: "Officials said on Monday that the army has evacuated 12,000 people.",
			bad:  "evacuated 2022-09-14",
		},
	})
}

// TestPerfectAfterModal checks that "have" after a modal or "to" makes no
// present perfect: a possibility, an inference or a report is no news of
// the publication day.
func TestPerfectAfterModal(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "may have", text: "The activist wanted for questioning may have fled to Mexico.", bad: "fled"},
		{name: "will have", text: "If the allies succeed, Saddam Hussein will have plunged his country into war.", bad: "plunged"},
		{name: "to have", text: "The gunman is believed to have fled the city.", bad: "fled"},
		{name: "has", text: "The gunman has fled the city.", want: "fled 2022-09-14"},
	})
}

// TestReportedPerfect checks that a present perfect reported by a dated
// saying or announcement that closes its sentence after a comma takes the
// report's date: what is reported in the perfect is true by that day.
func TestReportedPerfect(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the subject's relative clause has its own date",
			text: "A wildfire that started on Saturday has destroyed more than 60 homes on the eastern coast, officials said on Monday.",
			want: "destroyed 2022-09-12",
		},
		{
			name: "a verb outside the lexicon",
			text: "Biologists have described a new species of tree frog found in the highland forests, the university announced on Monday.",
			want: "described 2022-09-12",
		},
		{
			name: "a verb of the lexicon takes the report's day, not the publication day",
			text: "The club's coach, Maria Fenn, has signed a new three-year contract, the club announced on Monday.",
			bad:  "signed 2022-09-14",
			want: "signed 2022-09-12",
		},
		{
			name: "a participle before a noun is no report",
			text: "The CDC has reported 10,053 probable or confirmed cases of swine flu, up from nearly 9,000 on Monday.",
			bad:  "reported 2022-09-12",
		},
		{
			name: "a saying with a clause of its own reports another clause",
			text: "Biologists have described a new species of tree frog, and the university announced on Monday that it would fund more work.",
			bad:  "described 2022-09-12",
		},
	})
}

// TestPerfectNewsElsewhere checks that the news a sentence tells only in a
// present perfect its triggers do not give ("has claimed victory", an
// actor's act with a verb outside the lexicon) is found when the
// sentence's dates belong to other clauses, as it is in a sentence without
// a date word.
func TestPerfectNewsElsewhere(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a claim of victory before a plan",
			text: "Alliance leader Tomas Verhoeven has claimed victory and is expected to be sworn in as prime minister next month.",
			want: "claimed 2022-09-14",
		},
		{
			name: "an actor's act before what others said",
			text: "The US government has designated the spill an incident of national significance, and officials said on Monday that more ships would arrive.",
			want: "designated 2022-09-14",
		},
	})
}

// TestCoordinatedPerfect checks that a second present perfect joined by
// "and has" to an undated first one, or to a dated verb in the past, is
// news of the publication day too, unless its own clause has a date.
func TestCoordinatedPerfect(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a second perfect after and has",
			text: "The ferry operator has suspended 40 sailings and has refunded passengers.",
			want: "refunded 2022-09-14",
		},
		{
			name: "the first perfect stays",
			text: "The ferry operator has suspended 40 sailings and has refunded passengers.",
			want: "suspended 2022-09-14",
		},
		{
			name: "a second perfect with a date of its own clause keeps it",
			text: "The ferry operator has suspended 40 sailings and has refunded passengers since Monday.",
			bad:  "refunded 2022-09-14",
		},
		{
			name: "a perfect after a dated verb in the past",
			text: "The goalkeeper passed a medical on Monday and has agreed a three-year contract.",
			want: "agreed 2022-09-14",
		},
		{
			name: "a passive perfect of its own subject before and",
			text: "The field hospital has been dismantled and its last doctors have returned to Kabul.",
			want: "dismantled 2022-09-14",
		},
		{
			name: "a past of its own subject before and is no perfect",
			text: "The field hospital was dismantled and its last doctors have returned to Kabul.",
			bad:  "dismantled 2022-09-14",
		},
		{
			name: "the dated verb keeps its date",
			text: "The goalkeeper passed a medical on Monday and has agreed a three-year contract.",
			want: "passed 2022-09-12",
		},
	})
}

// TestPerfectSaying checks that a named actor's or a common noun phrase of
// agents' (agentSubject: "Officials", "The police") saying in the present
// perfect of what is still to come, or a request ("has asked the unions to
// resume talks"), is the statement of the publication day, while a stance ("its programme is peaceful") or a habit ("has
// repeatedly said") is no event of a day.
func TestPerfectSaying(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "a plan said", text: "Finance minister Karl Ober has said the government will respect the ruling.", want: "said 2022-09-14"},
		{name: "a state said", text: "Iran has said its nuclear programme is peaceful.", bad: "said"},
		{name: "a habit of saying", text: "Obama has repeatedly said he will close the prison.", bad: "said"},
		{name: "agents, no named actor", text: "Officials have said the bridge will reopen.", want: "said 2022-09-14"},
		{name: "a request to an object", text: "Governor Ana Ruiz has asked the two unions to resume talks.", want: "asked 2022-09-14"},
		{name: "a request of agents, no named actor", text: "The police have asked drivers to avoid the bridge.", want: "asked 2022-09-14"},
		{name: "a warning of what may come", text: "The Asian Development Bank has warned that the new port could deepen the country's debt.", want: "warned 2022-09-14"},
		{name: "a past in May said", text: "Iran has said its oil exports fell in May last year.", bad: "said 2022-09-14"},
		{name: "a request for a thing", text: "The Red Cross has asked governments for 30 million dollars in aid.", want: "asked 2022-09-14"},
		{name: "asked for a thing by agents, no named actor", text: "Residents have asked the council for new street lights.", want: "asked 2022-09-14"},
		{name: "no agent, no named actor", text: "Reports have said the bridge will reopen.", bad: "said"},
	})
}

// TestNamingAndAppellation checks that naming is a happening ("has been
// named after the village", the news of the publication day, rather than
// the past of a relative clause after it), while "named" between a noun
// and a name only gives a name and leaves the sentence's happening alone.
func TestNamingAndAppellation(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a naming in the passive perfect",
			text: "The frog, which is about two centimetres long, has been named after the village of Tavi, where local guides helped the researchers.",
			want: "named 2022-09-14",
		},
		{name: "an appellation", text: "A man named John Smith has been arrested.", bad: "named", want: "arrested 2022-09-14"},
		{name: "a naming denied", text: "The man, who was not named, was taken to hospital on Monday.", bad: "named"},
		{name: "a naming that identifies", text: "The 30-year-old student, who has been named only as Mr Bao, had recently flown into the country from the US.", bad: "named"},
	})
}

// TestAgentPerfect checks that a present perfect whose subject is a common
// noun phrase of agents (plural, or singular after "the"), opening the
// sentence, is the news of the publication day (seedDay, Wed 2022-09-14),
// even with a verb outside the lexicon or a saying after it; and that a
// state, a running total, a relative clause, a thing as subject or a
// negation leave it undated.
func TestAgentPerfect(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "plural agents, verb outside the lexicon", text: "Ferry operators have suspended all crossings to the island.", want: "suspended 2022-09-14"},
		{name: "quantified plural, adverb, saying after", text: "Several climbers have now abandoned the ascent, the expedition company said.", want: "abandoned 2022-09-14"},
		{name: "definite singular body", text: "The dockers' union has rejected the latest pay offer.", want: "rejected 2022-09-14"},
		{name: "sentence-initial plural", text: "Inspectors have shut down the processing plant.", want: "shut 2022-09-14"},
		{name: "a warning of what is to come", text: "Hotel owners have warned that the new levy will drive guests away.", want: "warned 2022-09-14"},
		{name: "the same without a total", text: "Rescuers have pulled 40 survivors from the rubble.", want: "pulled 2022-09-14"},
		{name: "a public body", text: "The province has closed all schools until Friday.", want: "closed 2022-09-14"},
		{name: "a count confirmed is the news", text: "Health officials have confirmed three new cases of the virus.", want: "confirmed 2022-09-14"},
		{name: "so is a count reported", text: "The agency has reported at least 40 deaths.", want: "reported 2022-09-14"},
		{name: "a state that has lasted", text: "Local farmers have long opposed the dam.", bad: "opposed 2022-09-14"},
		{name: "a passive state since a day", text: "The city's museums have been closed since the flood.", bad: "closed 2022-09-14"},
		{name: "a running total since a day", text: "Thousands of villagers have left their homes since Wednesday.", bad: "left 2022-09-14"},
		{name: "a running total so far", text: "Rescuers have pulled 40 survivors from the rubble so far.", bad: "pulled 2022-09-14"},
		{name: "inside a relative clause", text: "Scientists who have studied the glacier expect it to shrink.", bad: "studied 2022-09-14"},
		{name: "a thing is no agent", text: "Rising prices have squeezed household budgets.", bad: "squeezed 2022-09-14"},
		{name: "an indefinite singular is no news", text: "A spokesman has outlined the plan.", bad: "outlined 2022-09-14"},
		{name: "commentators' view of what may come", text: "Some economists have said the currency could fall further.", bad: "said 2022-09-14"},
		{name: "a belief of what may have been", text: "Investigators have said they believe the fire may have been set.", bad: "said 2022-09-14"},
		{name: "a date of another clause keeps to named actors", text: "Wardens have fenced off the dunes after walkers trampled the nests on Sunday.", bad: "fenced 2022-09-14"},
		{name: "negated", text: "Investigators have not identified the cause of the fire.", bad: "identified 2022-09-14"},
	})
}

// TestSubjectModifierPerfect checks that a word of happening that only
// modifies the noun of the subject after it ("Rescue crews") is passed over
// for the clause's verb, so that a present perfect of agents is the news of
// the publication day (seedDay, Wed 2022-09-14); and that a compound after
// the clause's verb sends the search into no later clause.
func TestSubjectModifierPerfect(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "rescue crews", text: "Rescue crews have freed three miners from the flooded shaft.", want: "freed 2022-09-14"},
		{name: "search teams", text: "Search teams have recovered the two missing kayakers.", want: "recovered 2022-09-14"},
		{name: "relief workers", text: "Relief workers have reached the cut-off mountain villages.", want: "reached 2022-09-14"},
		{name: "after a quantifier", text: "Both rescue crews have evacuated the lower valley.", want: "evacuated 2022-09-14"},
		{name: "strike leaders", text: "Strike leaders have postponed the march.", want: "postponed 2022-09-14"},
		{name: "a running total still none", text: "Rescue crews have freed 12 miners so far.", bad: "freed 2022-09-14"},
		{name: "a compound after the verb", text: "Detectives sought an arrest warrant after the van was spotted near the depot.", bad: "spotted 2022-09-14"},
	})
}

// TestPassivePerfectNews checks news told in the passive of the present
// perfect without a date word: what "has been confirmed" or "has been
// reported", and a verdict ("has been found guilty"), is the news of the
// publication day (seedDay, Wed 2022-09-14); a finding that is no verdict
// makes no event.
func TestPassivePerfectNews(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "cases confirmed",
			text: "Twelve new measles cases have been confirmed by the county health board.",
			want: "confirmed 2022-09-14",
		},
		{
			name: "a death reported, sentence-final",
			text: "A second death from the outbreak has been reported.",
			want: "reported 2022-09-14",
		},
		{
			name: "a verdict",
			text: "Jane Roe has been found guilty of fraud by a jury in Leeds.",
			want: "found 2022-09-14",
		},
		{
			name: "a denied subject reports nothing",
			text: "No cases have been reported in the capital.",
			bad:  "reported 2022-09-14",
		},
		{
			name: "a find is no verdict",
			text: "Divers have found a body in the harbour.",
			bad:  "found 2022-09-14",
		},
	})
}
