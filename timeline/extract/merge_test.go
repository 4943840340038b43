package extract

import (
	"testing"

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
			[]brief{{"2022-09-12", "met", "Oslo", 1}, {"2022-09-12", "speech", "Oslo", 1}},
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
		{Date: "2024-03-04", Docs: 1},                  // the speech to students
		{Date: "2024-03-04", Docs: 1},                  // she also met Ingrid Sol
		{Date: "2024-03-05", Docs: 1},                  // the fisheries agreement
		{Date: "2024-03-05", Place: "Oslo", Docs: 1},   // the cultural accord
		{Date: "2024-03-06", Place: "Bergen", Docs: 2}, // she will travel / is due to fly to Bergen
	}
	if diff := cmp.Diff(want, stopsOf(events)); diff != "" {
		t.Errorf("Extract(minister_visit.txt) itinerary differs (-want +got):\n%s", diff)
	}
}
