package extract

import (
	"testing"

	"storyline/timeline"
)

func TestExtractPlaceVerbObject(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a determiner between the verb and its place",
			[]string{"North Korea's foreign minister visited the United States on Monday."},
			[]brief{{"2022-09-12", "visited", "United States", 1}},
		},
		{
			"a possessive and a modifier between the verb and its place",
			[]string{"A magnitude 5.8 earthquake struck Türkiye's western Balıkesir province on Tuesday."},
			[]brief{{"2022-09-13", "struck", "Balıkesir", 1}},
		},
		{
			"a place noun and 'of' before the place",
			[]string{"The storm formed off the coast of Guatemala on Monday."},
			[]brief{{"2022-09-12", "formed", "Guatemala", 1}},
		},
		{
			"a departure's destination after 'for'",
			[]string{"The minister left for Moscow on Tuesday on a three-day visit to Russia."},
			[]brief{{"2022-09-13", "left", "Moscow", 1}},
		},
		{
			"a word of direction before a noun is no place",
			[]string{"The Senate on Monday passed a bill to extend wildfire assistance to Western states."},
			[]brief{{"2022-09-12", "passed", "", 1}},
		},
		{
			"a place after 'before' and a verb in -ing is that verb's",
			[]string{"Park met business leaders on Monday before returning to Seoul."},
			[]brief{{"2022-09-12", "met", "", 1}},
		},
		{
			"a place of the telling is not the place of what is told",
			[]string{"The chief executive told reporters in Paris that the first aircraft would be handed over in October."},
			[]brief{{"2022-10", "handed", "", 1}},
		},
	})
}

func TestExtractRegionHoldsItsCities(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a province and a district of it: one quake, at the district",
			[]string{"A magnitude 5.8 earthquake struck western Balıkesir province on Tuesday. The quake hit at 11.43 a.m. local time, centered in Sındırgı."},
			[]brief{{"2022-09-13", "struck", "Sındırgı", 1}},
		},
		{
			"places far apart: two happenings",
			[]string{"A magnitude 5.8 earthquake struck western Balıkesir province on Tuesday. A quake hit Van on Tuesday."},
			[]brief{{"2022-09-13", "struck", "Balıkesir", 1}, {"2022-09-13", "hit", "Van", 1}},
		},
	})
}

func TestExtractDefaultPlaces(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"the dateline's city for the day's news",
			[]string{"SEOUL (Yonhap) -- Kim Jong-un met President Moon on Monday."},
			[]brief{{"2022-09-12", "met", "Seoul", 1}},
		},
		{
			"no dateline city where the clause names a location the gazetteer does not know",
			[]string{"SEOUL (Yonhap) -- Kim Jong-un met President Moon in Panmunjom on Monday."},
			[]brief{{"2022-09-12", "met", "", 1}},
		},
		{
			"a foreign government's statement is placed in its country",
			[]string{"SEOUL (Yonhap) -- Belarus said on Wednesday it would close its border."},
			[]brief{{"2022-09-14", "said", "Belarus", 1}},
		},
		{
			"a country's collective agent",
			[]string{"Kenya's government on Wednesday declared the drought a national disaster."},
			[]brief{{"2022-09-14", "declared", "Kenya", 1}},
		},
		{
			"a country's person is no country's act",
			[]string{"India's envoy arrived on Wednesday."},
			[]brief{{"2022-09-14", "arrived", "", 1}},
		},
		{
			"two countries together act in neither",
			[]string{"TOKYO (Kyodo) - Japan and South Korea agreed on Wednesday to resume regular visits."},
			[]brief{{"2022-09-14", "agreed", "Tokyo", 1}},
		},
		{
			"another country's act is not placed in the dateline's city",
			[]string{"SEOUL (Yonhap) -- North Korea criticized Japan on Monday."},
			[]brief{{"2022-09-12", "criticized", "", 1}},
		},
		{
			"a country in a clause of background is told in passing",
			[]string{"The ministers met in Vienna on Tuesday, days after Iran tested a missile on Saturday."},
			[]brief{{"2022-09-10", "tested", "", 1}, {"2022-09-13", "met", "Vienna", 1}},
		},
		{
			"a country in what is said is told in passing, even in the dateline's country",
			[]string{"SANTIAGO (Reuters) - The minister told reporters that Chile had launched a bond sale on Monday."},
			[]brief{{"2022-09-12", "launched", "", 1}},
		},
		{
			"a city that acts, and that the text names as a place, is the place of its act",
			[]string{"Lyon last hosted the games in 1998. The talks came after Marseille announced on Monday a plan to bid. The mayors met in Lyon and in Marseille in 2010."},
			[]brief{{"1998", "hosted", "Lyon", 1}, {"2010", "met", "Lyon", 1}, {"2022-09-12", "announced", "Marseille", 1}},
		},
		{
			"a city's name the text never uses as a place is no city that acts",
			[]string{"Brent traded near 78 dollars on Monday. The river Sena burst its banks on Sunday."},
			[]brief{{"2022-09-11", "burst", "", 1}, {"2022-09-12", "traded", "", 1}},
		},
		{
			"a city that names a person's office is no subject",
			[]string{"The mayor of Lyon announced a plan on Monday."},
			[]brief{{"2022-09-12", "announced", "", 1}},
		},
		{
			"a body named for a continent does not act in the dateline's city",
			[]string{"NAIROBI (Reuters) - The African Development Bank approved a loan on Monday."},
			[]brief{{"2022-09-12", "approved", "", 1}},
		},
		{
			"an act on a place is not placed at home",
			[]string{"Russia shelled Kharkiv on Monday."},
			[]brief{{"2022-09-12", "shelled", "", 1}},
		},
	})
}

func TestHeadlineNamesOnlyItsSentencesPlaces(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, title, place string
	}{
		{"the dateline's city is on the map, not in the headline",
			"SEOUL (Yonhap) -- Kim Jong-un met President Moon on Monday.", "Kim Jong-un meets President Moon", "Seoul"},
		{"a place after a place noun and 'of' keeps them",
			"Zelensky returned to the northern city of Kharkiv on Monday.", "Zelensky returns to the northern city of Kharkiv", "Kharkiv"},
		{"a departure's destination keeps its 'for'",
			"The minister left for Moscow on Tuesday.", "The minister leaves for Moscow", "Moscow"},
		{"a place of the sentence is in the headline",
			"Kim Jong-un met President Moon in Seoul on Monday.", "Kim Jong-un meets President Moon in Seoul", "Seoul"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: seedDay}})
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 || len(events[0].Places) != 1 {
				t.Fatalf("Extract(%q) = %d events %+v, want one with one place", tc.text, len(events), events)
			}
			if e := events[0]; e.Title != tc.title || e.Places[0].Name != tc.place {
				t.Errorf("Extract(%q) = %q in %q, want %q in %q", tc.text, e.Title, e.Places[0].Name, tc.title, tc.place)
			}
		})
	}
}

func TestExtractDatelineScope(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"news of the week of publication is the dateline's",
			[]string{"LISBON (Reuters) - Portuguese depositors have moved about 3 billion euros abroad this week, bankers said."},
			[]brief{{"2022-W37", "moved", "Lisbon", 1}},
		},
		{
			"an organization named for a place of another country does not act in the dateline's city",
			[]string{"OSLO (Reuters) - The European Investment Bank approved the loan on Tuesday."},
			[]brief{{"2022-09-13", "approved", "", 1}},
		},
		{
			"an organization named for the dateline's country may",
			[]string{"OTTAWA (Reuters) - The Bank of Canada raised its rate on Tuesday."},
			[]brief{{"2022-09-13", "raised", "Ottawa", 1}},
		},
		{
			"a far place in a clause of time after the trigger",
			[]string{"NAIROBI (AFP) - Polling ended on Monday, when Mombasa and Kisumu went to the polls."},
			[]brief{{"2022-09-12", "ended", "", 1}},
		},
		{
			"a kind of place after the trigger",
			[]string{"MANILA (AP) - The typhoon weakened over warm water on Tuesday. Soldiers evacuated 3,000 residents from riverside villages on Monday."},
			[]brief{{"2022-09-12", "evacuated", "", 1}, {"2022-09-13", "weakened", "", 1}},
		},
		{
			"a phrase of vicinity after the trigger",
			[]string{"DENVER (AP) - A blaze broke out on Monday near a campground and spread across 3,000 acres by Tuesday."},
			[]brief{{"2022-09-12", "broke", "", 1}, {"2022-09-13", "spread", "", 1}},
		},
		{
			"a sending happens where it sends",
			[]string{"DENVER (AP) - The governor deployed 300 soldiers on Tuesday."},
			[]brief{{"2022-09-13", "deployed", "", 1}},
		},
		{
			"a site of the city after a preposition of vicinity is the dateline's",
			[]string{"DENVER (AP) - Protesters gathered near the courthouse on Monday."},
			[]brief{{"2022-09-12", "gathered", "Denver", 1}},
		},
		{
			"a far place after another word of happening is that one's",
			[]string{"NAIROBI (AFP) - Before his address on Monday, the president assured the pupils that their trip to Mombasa would go ahead."},
			[]brief{{"2022-09-12", "address", "Nairobi", 1}},
		},
		{
			"the place of what is said without 'that' is not the saying's",
			[]string{"OTTAWA (Reuters) - The prime minister said on Wednesday his government would send more aid to Haiti."},
			[]brief{{"2022-09-14", "said", "Ottawa", 1}},
		},
		{
			"'over' with no kind of place, 'near' with a name or a time, place nothing elsewhere",
			[]string{"DENVER (AP) - The mayor met the governor over lunch on Tuesday. Protesters marched near the Capitol on Monday."},
			[]brief{{"2022-09-12", "marched", "Denver", 1}, {"2022-09-13", "met", "Denver", 1}},
		},
		{
			"the city itself is the dateline's",
			[]string{"DENVER (AP) - Protesters marched across the city on Monday."},
			[]brief{{"2022-09-12", "marched", "Denver", 1}},
		},
		{
			"the place of a relative clause is the clause's",
			[]string{"DENVER (AP) - Crews on Tuesday contained a fire that drove hikers from their camps in the Pine Ridge hills."},
			[]brief{{"2022-09-13", "contained", "Denver", 1}},
		},
		{
			"a country's own land is no place elsewhere",
			[]string{"Kenya's government on Wednesday declared the floods in its western counties a disaster."},
			[]brief{{"2022-09-14", "declared", "Kenya", 1}},
		},
		{
			"'here' is the dateline's city, whatever the date",
			[]string{"NAIROBI (AFP) - A court here on Wednesday set November 3 for the trial of the former governor."},
			[]brief{{"2022-11-03", "trial", "Nairobi", 1}},
		},
		{
			"'here is' opens no place",
			[]string{"NAIROBI (AFP) - Here is what the court decided in 2019."},
			[]brief{{"2019", "decided", "", 1}},
		},
		{
			"a dateline with a state's abbreviation",
			[]string{"BOZEMAN, Mont. (AP) — Rangers closed the park on Tuesday."},
			[]brief{{"2022-09-13", "closed", "Bozeman", 1}},
		},
	})
}

func TestExtractStayPlaces(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a traveller's next act is where they arrived",
			[]string{"Prime Minister Ana Sousa arrived in Madrid on Monday. She met business leaders on Tuesday."},
			[]brief{{"2022-09-12", "arrived", "Madrid", 1}, {"2022-09-13", "met", "Madrid", 1}},
		},
		{
			"a relative of the traveller is not the traveller",
			[]string{"Ana Sousa arrived in Madrid on Monday. Sousa's brother met business leaders on Tuesday."},
			[]brief{{"2022-09-12", "arrived", "Madrid", 1}, {"2022-09-13", "met", "", 1}},
		},
		{
			"a departure after an arrival leaves from there",
			[]string{"Ana Sousa arrived in Madrid on Monday and will leave on Thursday."},
			[]brief{{"2022-09-12", "arrived", "Madrid", 1}, {"2022-09-15", "leave", "Madrid", 1}},
		},
		{
			"a departure for a place takes the traveller there",
			[]string{"Ana Sousa left for Madrid on Monday. She held talks with the king on Tuesday."},
			[]brief{{"2022-09-12", "left", "Madrid", 1}, {"2022-09-13", "held", "Madrid", 1}},
		},
		{
			"a departure from a place takes the traveller away",
			[]string{"Ana Sousa left Madrid on Monday. She met business leaders on Tuesday."},
			[]brief{{"2022-09-12", "left", "Madrid", 1}, {"2022-09-13", "met", "", 1}},
		},
		{
			"a journey of its own keeps its place",
			[]string{"Ana Sousa arrived in Madrid on Monday. She will fly to Lisbon on Wednesday."},
			[]brief{{"2022-09-12", "arrived", "Madrid", 1}, {"2022-09-14", "fly", "Lisbon", 1}},
		},
		{
			"an act long after the visit is not placed there",
			[]string{"Ana Sousa visited Madrid in May 2019. She resigned in 2021."},
			[]brief{{"2019-05", "visited", "Madrid", 1}, {"2021", "resigned", "", 1}},
		},
	})
}

func TestExtractPlaceAnaphor(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"the region stands for the last region named",
			[]string{"A strong earthquake struck Balıkesir province on Monday. The region was flooded in 2020."},
			[]brief{{"2020", "flooded", "Balıkesir", 1}, {"2022-09-12", "struck", "Balıkesir", 1}},
		},
		{
			"the country stands for the last country named",
			[]string{"Norway's energy minister said on Monday that the country will open a new gas field in 2027."},
			[]brief{{"2027", "open", "Norway", 1}},
		},
		{
			"a place noun after a preposition is no place's act",
			[]string{"Officials visited Balıkesir province on Monday. Leaders of the region met on Tuesday."},
			[]brief{{"2022-09-12", "visited", "Balıkesir", 1}, {"2022-09-13", "met", "", 1}},
		},
	})
}

func TestExtractClausePlaces(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a place in a participle's clause after a comma is the participle's",
			[]string{"The company closed its plant on Monday, citing a strike in Lyon."},
			[]brief{{"2022-09-12", "closed", "", 1}},
		},
		{
			"a place in a clause of another happening after a comma is that clause's",
			[]string{"The minister resigned on Monday, after auditors in Lyon found irregularities."},
			[]brief{{"2022-09-12", "resigned", "", 1}},
		},
		{
			"a clause of time right after the date tells the same occasion",
			[]string{"The line suffered a breakdown in March, when a tunnel flooded near Lyon."},
			[]brief{{"2022-03", "suffered", "Lyon", 1}},
		},
		{
			"a preposition in -ing is no participle",
			[]string{"Protests spread across France on Monday, including in Lyon."},
			[]brief{{"2022-09-12", "spread", "Lyon", 1}},
		},
	})
}

func TestExtractPlaceOfAnotherClause(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a place in the subject of a later verb is that verb's",
			[]string{"The brewer posted a loss on Tuesday, as its exports to Brazil fell by half."},
			[]brief{{"2022-09-13", "posted", "", 1}, {"2022-09-13", "fell", "Brazil", 1}},
		},
		{
			"two places in the subject of a later verb",
			[]string{"The takeover will close in October, once regulators in Canada and Mexico have approved it."},
			[]brief{{"2022-09-14", "approved", "Canada", 1}, {"2022-10", "close", "", 1}},
		},
		{
			"a place of the telling's speaker stays the news's",
			[]string{"The ministry will publish the report on Friday, a spokesman in Lisbon said."},
			[]brief{{"2022-09-16", "publish", "Lisbon", 1}},
		},
		{
			"a place after a verb that tells no event is not a later event's",
			[]string{"The tanker, registered in Liberia, sank on Monday."},
			[]brief{{"2022-09-12", "sank", "", 1}},
		},
		{
			"a participle after a noun has the noun as its subject, not the country before it",
			[]string{"Egypt will buy wheat from farmers under a contract signed in 2019."},
			[]brief{{"2019", "signed", "", 1}},
		},
	})
}

func TestExtractPlaceOfOrigin(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a thing's origin in the subject is not where it happens",
			[]string{"A hospital ship from Japan will arrive on Friday."},
			[]brief{{"2022-09-16", "arrive", "", 1}},
		},
		{
			"a thing's origin inside a phrase after the trigger: the country acts at home",
			[]string{"Peru will end its ban on poultry imports from Chile on Monday, the ministry said."},
			[]brief{{"2022-09-19", "ban", "Peru", 1}},
		},
		{
			"a direct object's source stays the event's place",
			[]string{"Soldiers evacuated 300 residents from Kharkiv on Monday."},
			[]brief{{"2022-09-12", "evacuated", "Kharkiv", 1}},
		},
		{
			"a demonym between a place verb and its place",
			[]string{"The freighter left the Polish port of Gdansk on Monday evening."},
			[]brief{{"2022-09-12TEV", "left", "Gdańsk", 1}},
		},
	})
}

func TestExtractPlaceOfTheSameScene(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a happening named again by its subject's noun keeps its place",
			[]string{"The trade fair opened in Leipzig on Monday. Most stands were busy. The fair will close on October 2."},
			[]brief{{"2022-09-12", "opened", "Leipzig", 1}, {"2022-10-02", "close", "Leipzig", 1}},
		},
		{
			"an indefinite subject is another happening",
			[]string{"A storm hit Manila on Monday. A second storm formed on Tuesday."},
			[]brief{{"2022-09-12", "hit", "Manila", 1}, {"2022-09-13", "formed", "", 1}},
		},
	})
}

func TestExtractPlaceOfSubjectNoun(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a place in the phrase of a nominal event that is the subject stays the event's",
			[]string{"On Monday, the bomb attack on the market in Peshawar killed 12 people."},
			[]brief{{"2022-09-12", "bomb", "Peshawar", 1}},
		},
	})
}

func TestExtractUnknownPlaceOfItsKind(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"an unknown name after a kind of place and 'of' keeps the dateline away",
			[]string{"NAIROBI, Sept 14 (Reuters) - Clashes broke out on Tuesday near the village of Ndarugu-Kwaheri, police said."},
			[]brief{{"2022-09-13", "broke", "", 1}},
		},
	})
}

func TestExtractPlaceVerbAfterTo(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a place verb after 'to' takes its object, not 'to' the place",
			[]string{"The delegation planned to leave Lima on Thursday for Quito."},
			[]brief{{"2022-09-15", "leave", "Lima", 1}},
		},
	})
}

func TestExtractPlaceOfAReferencePoint(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a place of a noun after 'before' is that noun's, not the verb's",
			[]string{"The federation will screen its swimmers in March before the Pan Pacific Championships in Tokyo."},
			[]brief{{"2023-03", "screen", "", 1}},
		},
		{
			"a place of a clause after 'since' stays its verb's",
			[]string{"He has stayed with his aunt since he arrived in Oslo on Monday."},
			[]brief{{"2022-09-12", "arrived", "Oslo", 1}},
		},
	})
}

func TestExtractParticipleInAnotherClause(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a participle after a noun in a clause after a comma keeps the country of the sentence",
			[]string{"Chile's health ministry declared an emergency on Monday, after the number of cases recorded this month passed 900."},
			[]brief{{"2022-09", "recorded", "Chile", 1}, {"2022-09-12", "declared", "Chile", 1}},
		},
	})
}
