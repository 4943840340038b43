package extract

import (
	"strings"
	"testing"

	"storyline/timeline"

	"github.com/google/go-cmp/cmp"
)

// TestMergeSameDay checks reports of one day by two outlets: they merge when
// they tell the same happening in other words, and stay apart when the
// happening differs in kind, object or party.
func TestMergeSameDay(t *testing.T) {
	tests := []briefCase{
		{
			"a meeting is no speech",
			[]string{"Ines Marvaldo met Lars Holm in Oslo on Monday.", "Ines Marvaldo gave a speech in Oslo on Monday."},
			[]brief{{"2022-09-12", "met", "Oslo", 1}, {"2022-09-12", "gave", "Oslo", 1}},
		},
		{
			"a hearing is no adjournment",
			[]string{"On Monday, Judge Clara Benoit heard the defence.", "On Monday, Judge Clara Benoit adjourned the trial."},
			[]brief{{"2022-09-12", "heard", "", 1}, {"2022-09-12", "adjourned", "", 1}},
		},
		{
			"different objects",
			[]string{"On Tuesday, Ines Marvaldo signed a fisheries agreement.", "On Tuesday, Ines Marvaldo signed a cultural accord."},
			[]brief{{"2022-09-13", "signed", "", 1}, {"2022-09-13", "signed", "", 1}},
		},
		{
			"different parties",
			[]string{"Ines Marvaldo met Lars Holm on Monday.", "Ines Marvaldo met Ingrid Sol on Monday."},
			[]brief{{"2022-09-12", "met", "", 1}, {"2022-09-12", "met", "", 1}},
		},
		{
			"talks are a meeting",
			[]string{"Ines Marvaldo met Lars Holm on Monday.", "Ines Marvaldo and Lars Holm held talks on Monday."},
			[]brief{{"2022-09-12", "met", "", 2}},
		},
		{
			"the same object in other words",
			[]string{"On Tuesday, Ines Marvaldo signed a fisheries agreement.", "On Tuesday, Ines Marvaldo signed the fisheries deal with Norway."},
			[]brief{{"2022-09-13", "signed", "", 2}},
		},
		{
			"starting a visit is arriving",
			[]string{"Ines Marvaldo arrived in Oslo on Monday.", "Ines Marvaldo on Monday started a three-day visit to Norway."},
			[]brief{{"2022-09-12", "arrived", "Oslo", 2}},
		},
		{
			"a welcome at the airport is the arrival",
			[]string{"Ines Marvaldo was met at the airport in Oslo on Monday by Lars Holm.", "Ines Marvaldo landed in Oslo on Monday."},
			[]brief{{"2022-09-12", "met", "Oslo", 2}},
		},
		{
			"a pronoun subject is the person named before",
			[]string{"Ines Marvaldo arrived in Oslo on Monday. She will fly to Bergen on Wednesday.", "Marvaldo is due to travel to Bergen on Wednesday."},
			[]brief{{"2022-09-12", "arrived", "Oslo", 1}, {"2022-09-14", "fly", "Bergen", 2}},
		},
	}
	runBriefCases(t, tests)
}

// TestMergeMinisterVisit runs a story of three outlets in which one day
// holds an arrival, a meeting, a speech and a second meeting, and the next
// day two signings of different texts.
func TestMergeMinisterVisit(t *testing.T) {
	events, err := newExtractor(t).Extract(readStory(t, "minister_visit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []stop{
		{Date: "2024-03-04", Place: "Oslo", Docs: 2},   // arrived / landed in Oslo
		{Date: "2024-03-04", Place: "Oslo", Docs: 2},   // met Holm / held talks with Holm
		{Date: "2024-03-04", Place: "Oslo", Docs: 1},   // the speech to students, after she landed in Oslo
		{Date: "2024-03-04", Place: "Oslo", Docs: 1},   // she also met Ingrid Sol
		{Date: "2024-03-05", Place: "Oslo", Docs: 1},   // the fisheries agreement, on the visit to Oslo
		{Date: "2024-03-05", Place: "Oslo", Docs: 1},   // the cultural accord
		{Date: "2024-03-06", Place: "Bergen", Docs: 2}, // she will travel / is due to fly to Bergen
	}
	if diff := cmp.Diff(want, stopsOf(events)); diff != "" {
		t.Errorf("Extract(minister_visit.txt) itinerary differs (-want +got):\n%s", diff)
	}
}

func TestExtractSameHappeningTwice(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"one article tells the launch twice",
			[]string{"China has successfully launched a new satellite. The satellite was launched at 3:03 p.m. on Wednesday aboard a rocket."},
			[]brief{{"2022-09-14", "launched", "China", 1}},
		},
		{
			"struck and hit are one quake",
			[]string{"A magnitude 5.8 earthquake struck western Turkey on Wednesday. The quake hit at 11.43 a.m. local time."},
			[]brief{{"2022-09-14", "struck", "Turkey", 1}},
		},
		{
			"the dateline's place sets no retelling apart",
			[]string{"ANKARA (AA) - A magnitude 5.8 earthquake struck the region on Wednesday. The quake hit at 11.43 a.m. local time in the Sındırgı district."},
			[]brief{{"2022-09-14", "struck", "Ankara", 1}},
		},
		{
			"places the sentences name still set retellings apart",
			[]string{"A magnitude 5.8 earthquake struck in Ankara on Wednesday. The quake hit in Athens at 11.43 a.m. local time."},
			[]brief{{"2022-09-14", "struck", "Ankara", 1}, {"2022-09-14T11:43", "hit", "Athens", 1}},
		},
		{
			"the source of a retelling is no party that sets it apart",
			[]string{"China has successfully launched a new satellite from the Jiuquan Satellite Launch Center. The satellite was launched at 3:03 p.m. (Beijing Time) on Wednesday, the China National Space Administration said."},
			[]brief{{"2022-09-14", "launched", "China", 1}},
		},
		{
			"two happenings of one day stay apart",
			[]string{"China launched a satellite on Wednesday. India launched a rocket on Wednesday."},
			[]brief{{"2022-09-14", "launched", "China", 1}, {"2022-09-14", "launched", "India", 1}},
		},
		{
			"a week's journey told again on its day takes the day",
			[]string{"Xi Jinping will travel to Paris next week for talks. Xi Jinping will leave on Tuesday for a five-day trip, his office said."},
			[]brief{{"2022-09-20", "travel", "Paris", 1}},
		},
		{
			"the days of a week's journey stay apart",
			[]string{"Xi Jinping will travel to Paris next week for talks. Xi Jinping will arrive in Paris on Monday. Xi Jinping will leave Paris on Sept. 22."},
			[]brief{{"2022-09-19", "travel", "Paris", 1}, {"2022-09-22", "leave", "Paris", 1}},
		},
		{
			"an anaphoric object tells the happening again",
			[]string{"Kenya's government on Wednesday declared the drought a national disaster. President William Ruto announced the measure in a televised address."},
			[]brief{{"2022-09-14", "declared", "Kenya", 1}},
		},
		{
			"the happening as the subject of \"occurred\" is told again",
			[]string{"Train services in Singapore were disrupted on Wednesday morning after a signalling fault. The fault occurred at about 6.15am near Yishun station."},
			[]brief{{"2022-09-14TMO", "disrupted", "Singapore", 1}},
		},
		{
			"an anaphoric object of another day is its own happening",
			[]string{"Kenya's government on Wednesday declared the drought a national disaster. President William Ruto will announce the measure on Sept. 20."},
			[]brief{{"2022-09-14", "declared", "Kenya", 1}, {"2022-09-20", "announce", "", 1}},
		},
		{
			"what was agreed sets two agreements apart",
			[]string{"The leaders of Japan and South Korea agreed Wednesday to resume regular visits at a summit in Tokyo. Tanabe and Park also agreed to restart a security dialogue, a Japanese government official said."},
			[]brief{{"2022-09-14", "agreed", "", 1}, {"2022-09-14", "agreed", "", 1}},
		},
		{
			"sayings of one day by different speakers stay apart",
			[]string{"Clark said in a telephone interview today that the case was strong. Gremitskikh said at a regular news briefing today that the talks would go on."},
			[]brief{{"2022-09-14", "said", "", 1}, {"2022-09-14", "said", "", 1}},
		},
		{
			"one speaker's saying told twice is one",
			[]string{"Clark said in a telephone interview today that the case was strong. Clark later said today that the case was strong."},
			[]brief{{"2022-09-14", "said", "", 1}},
		},
		{
			"an undated happening with another figure is no retelling",
			[]string{"The Nasdaq 100 Index fell 1.4% on Friday. Eight trading days earlier, the Nasdaq Composite had fallen 4.3%."},
			[]brief{{"2022-09-09", "fell", "", 1}, {"", "fallen", "", 1}},
		},
		{
			"the same kind on other days stays apart",
			[]string{"Xi Jinping arrived in Astana on Wednesday. Xi Jinping will arrive in Samarkand on Thursday."},
			[]brief{{"2022-09-14", "arrived", "Astana", 1}, {"2022-09-15", "arrive", "Samarkand", 1}},
		},
	})
}

func TestExtractComparisonBase(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"the base of a comparison dates nothing",
			[]string{"Profit soared to $155 million in the third quarter from $99 million a year earlier."},
			[]brief{{"2022-Q3", "soared", "", 1}},
		},
		{
			"a date after from that is no comparison",
			[]string{"Flights will resume from Monday."},
			[]brief{{"2022-09-19", "resume", "", 1}}, // the verb the date modifies; the flights stay an Also word
		},
	})
}

func TestExtractVerbAndItsEventNoun(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a verb and its dated event noun are one happening",
			[]string{"Chief Election Commissioner Rakesh Verma chaired a review meeting with senior officials on Monday."},
			[]brief{{"2022-09-12", "chaired", "", 1}}, // the verb that carries the tense, as TimeML anchors it (tenseVerb)
		},
		{
			"in an at phrase too",
			[]string{"Residents criticised the fire service at a community meeting in Sydney on Monday."},
			[]brief{{"2022-09-12", "criticised", "Sydney", 1}}, // the meeting is the criticism's occasion (occasionVerb)
		},
		{
			"a verb with an object of its own stays",
			[]string{"Xi Jinping signed a trade pact in Astana before the summit on Thursday."},
			[]brief{{"2022-09-08", "summit", "", 1}, {"", "signed", "Astana", 1}},
		},
	})
}

func TestExtractOneEventForADatedSentence(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"the other verb of a dated sentence is part of its happening",
			[]string{"Emergency Services Minister Claire Donnelly made the announcement at a press conference on Monday."},
			[]brief{{"2022-09-12", "conference", "", 1}},
		},
		{
			"a dated point of reference leaves the main happening",
			[]string{"Xi Jinping has started his first foreign trip since the outbreak of the pandemic more than two years ago."},
			[]brief{{"2020-09", "outbreak", "", 1}, {"2022-09-14", "started", "", 1}}, // the reference's date is its own; the present perfect is the day's news
		},
	})
}

func TestExtractForecastSentences(t *testing.T) {
	runBriefCases(t, []briefCase{
		{"a forecast with no happening word dates nothing", []string{"Rain is forecast for Friday."}, nil},
		{"an expectation dates nothing", []string{"Analysts expect gas prices to stay high through the winter."}, nil},
		{"a happening in the object of a possible verb dates nothing", []string{"Storms on Saturday could bring more flooding to the valley, the weather office said."}, nil},
		{"nor after may", []string{"The storm may cause flooding in the valley on Saturday."}, nil},
		{"a verb outside the lexicon is the happening of its date", []string{"Protesters marched through the capital on Monday."}, []brief{{"2022-09-12", "marched", "", 1}}},
	})
}

func TestHeadlineSubjectBeforeDate(t *testing.T) {
	events, err := newExtractor(t).Extract([]timeline.Document{{ID: 1, Text: "WASHINGTON — The Senate on Monday passed a bill to extend wildfire assistance, sending the measure to the House.", Published: seedDay}})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || !strings.HasPrefix(events[0].Title, "The Senate passes a bill") || strings.Contains(events[0].Title, "WASHINGTON") {
		t.Errorf("Extract(The Senate on Monday passed) = %v, want one event \"The Senate passes a bill…\" without the dateline in capitals", briefs(events))
		for _, e := range events {
			t.Logf("title %q", e.Title)
		}
	}
}

func TestExtractReferenceClause(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a happening in an \"after\" clause is the reference of another, not the news",
			[]string{"Justice Nordin Hassan set the date after the prosecution and defence agreed to a timetable."},
			nil,
		},
		{
			"a happening before the clause is",
			[]string{"The prosecution and defence agreed to a timetable after Justice Nordin Hassan set the date."},
			[]brief{{"", "agreed", "", 1}},
		},
	})
}

// TestExtractOtherFiguresTwoHappenings: two sentences of one article that
// tell a happening of the same kind and date with different figures tell
// two happenings ("fell 2% on Wednesday", "fell 9% in the past four weeks"),
// each an event of its own.
func TestExtractOtherFiguresTwoHappenings(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a day's fall and a fall over weeks",
			[]string{"The Hang Seng index fell 2 percent on Wednesday. The index fell 9 percent in the past four weeks."},
			[]brief{{"2022-09-14", "fell", "", 1}, {"2022-09-14", "fell", "", 1}},
		},
	})
}
