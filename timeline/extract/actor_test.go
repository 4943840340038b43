package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// hintsFor marks the given words of text as places the way the geoparser
// would: "China=country", "Chinese=demonym", "Beijing=place".
func hintsFor(text string, marks ...string) []PlaceHint {
	var hints []PlaceHint
	for _, m := range marks {
		word, kind, _ := strings.Cut(m, "=")
		for off := 0; ; {
			i := strings.Index(text[off:], word)
			if i < 0 {
				break
			}
			start := off + i
			hints = append(hints, PlaceHint{Span: timeline.Span{Start: start, End: start + len(word)}, Name: word, Country: kind == "country", Demonym: kind == "demonym"})
			off = start + len(word)
		}
	}
	return hints
}

func TestFindActors(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []string
		want  []string // "Name/kind@mention"
	}{
		{"title and demonym", "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev met.",
			[]string{"Chinese=demonym", "Kazakh=demonym"},
			[]string{"Xi Jinping/person@Xi Jinping", "Kassym-Jomart Tokayev/person@Kassym-Jomart Tokayev"}},
		{"portfolio before the title", "External Affairs Minister Arvind Sethi left.", nil,
			[]string{"Arvind Sethi/person@Arvind Sethi"}},
		{"surname coreference", "Chinese President Xi Jinping arrived. Xi was met by President Kassym-Jomart Tokayev. Tokayev’s government spoke.",
			[]string{"Chinese=demonym"},
			[]string{"Xi Jinping/person@Xi Jinping", "Xi Jinping/person@Xi", "Kassym-Jomart Tokayev/person@Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev/person@Tokayev"}},
		{"possessive country then person", "a summit with Russia’s Vladimir Putin.", []string{"Russia=country"},
			[]string{"Russia/country@Russia", "Vladimir Putin/person@Vladimir Putin"}},
		{"long title", "said Deputy Minister of Foreign Affairs Roman Vassilenko this week.", nil,
			[]string{"Roman Vassilenko/person@Roman Vassilenko"}},
		{"organization with acronym", "a summit of the Shanghai Cooperation Organization (SCO). Other SCO governments include India.",
			[]string{"Shanghai=place", "India=country"},
			[]string{"Shanghai Cooperation Organization/organization@Shanghai Cooperation Organization", "Shanghai Cooperation Organization/organization@SCO", "Shanghai Cooperation Organization/organization@SCO", "India/country@India"}},
		{"the Quad and an agent list", "the formation of the Quad by the US, Japan, Australia and India.",
			[]string{"US=country", "Japan=country", "Australia=country", "India=country"},
			[]string{"Quad/organization@Quad", "US/country@US", "Japan/country@Japan", "Australia/country@Australia", "India/country@India"}},
		{"organization with for and and", "Andy Mok, a senior research fellow at the Centre for China and Globalisation, spoke.", []string{"China=country"},
			[]string{"Andy Mok/person@Andy Mok", "Centre for China and Globalisation/organization@Centre for China and Globalisation"}},
		{"pope keeps title", "Pope Francis was also in Kazakhstan.", []string{"Kazakhstan=country"},
			[]string{"Pope Francis/person@Pope Francis", "Kazakhstan/country@Kazakhstan"}},
		{"things are not actors", "Xi is promoting a “Global Security Initiative” and the Belt and Road Initiative.", nil, nil},
		{"weekday and places", "On Thursday, Xi is due to fly to Samarkand.", []string{"Samarkand=place"}, nil},
		{"party", "the governing Communist Party of asserting", nil, []string{"Communist Party/organization@Communist Party"}},
		{"a company by what it makes", "Brazilian planemaker Aerovia said it expects a profit.", []string{"Brazilian=demonym"},
			[]string{"Aerovia/organization@Aerovia"}},
		{"a company noun ending the sentence before", "It is the top producer. Vantor rose.", nil, nil},
		{"lone unknown word dropped", "Observers include Iran and Afghanistan.", []string{"Iran=country", "Afghanistan=country"},
			[]string{"Iran/country@Iran", "Afghanistan/country@Afghanistan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := ResolveActors([][]ActorMention{FindActors(tc.text, hintsFor(tc.text, tc.marks...))})[0]
			var got []string
			for _, m := range ms {
				got = append(got, m.Actor.Name+"/"+m.Actor.Kind+"@"+tc.text[m.Span.Start:m.Span.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("FindActors(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestResolveActorsAcrossDocuments(t *testing.T) {
	a := "Chinese President Xi Jinping arrived in Kazakhstan."
	b := "Xi, wearing a blue suit, was met by Tokayev. President Kassym-Jomart Tokayev spoke."
	docs := ResolveActors([][]ActorMention{FindActors(a, hintsFor(a, "Chinese=demonym", "Kazakhstan=country")), FindActors(b, nil)})
	var got []string
	for _, ms := range docs {
		for _, m := range ms {
			got = append(got, m.Actor.Name)
		}
	}
	want := []string{"Xi Jinping", "Kazakhstan", "Xi Jinping", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ResolveActors mismatch (-want +got):\n%s", diff)
	}
}

// TestResolveActorsOwnDocumentFirst checks that a surname stands for the
// full name of its own document, though the story names another person of
// that surname, and stays as it is when its own document names two.
func TestResolveActorsOwnDocumentFirst(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want [][]string // the names of each document's mentions
	}{
		{"own document's full name wins",
			[]string{"Dr Helen Okafor was charged. Dr Okafor denied it.", "The radio host Pete Okafor played. Mr Okafor smiled."},
			[][]string{{"Helen Okafor", "Helen Okafor"}, {"Pete Okafor", "Pete Okafor"}}},
		{"two of one surname in the document stay apart",
			[]string{"Helen Okafor and her brother Pete Okafor spoke. Dr Okafor left."},
			[][]string{{"Helen Okafor", "Pete Okafor", "Okafor"}}},
		{"no full name in the document: the story's, when one",
			[]string{"Dr Helen Okafor was charged.", "Dr Okafor denied it."},
			[][]string{{"Helen Okafor"}, {"Helen Okafor"}}},
		{"no full name in the document and two in the story: ambiguous",
			[]string{"Dr Helen Okafor was charged.", "Pete Okafor played.", "Dr Okafor denied it."},
			[][]string{{"Helen Okafor"}, {"Pete Okafor"}, {"Okafor"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var in [][]ActorMention
			for _, d := range tc.docs {
				in = append(in, FindActors(d, nil))
			}
			var got [][]string
			for _, ms := range ResolveActors(in) {
				var names []string
				for _, m := range ms {
					names = append(names, m.Actor.Name)
				}
				got = append(got, names)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ResolveActors(%q) mismatch (-want +got):\n%s", tc.docs, diff)
			}
		})
	}
}

// TestResolveOrganizationShortNames checks that an organization named in
// full and then by its initials or in another spelling is one actor, and
// that initials two organizations share stay as they are.
func TestResolveOrganizationShortNames(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want []string // "Name/kind@mention" of all documents' mentions
	}{
		{"without the legal form",
			[]string{"Northland Petroleum Ltd said on Friday it had activated a response. Northland Petroleum shares fell.", "BP PLC said it had cut costs. BP shares fell."},
			[]string{"Northland Petroleum Ltd/organization@Northland Petroleum Ltd", "Northland Petroleum Ltd/organization@Northland Petroleum",
				"BP PLC/organization@BP PLC", "BP PLC/organization@BP"}},
		{"initials in another article",
			[]string{"The Northland Fisheries Agency warned.", "The NFA said stocks fell."},
			[]string{"Northland Fisheries Agency/organization@Northland Fisheries Agency", "Northland Fisheries Agency/organization@NFA"}},
		{"initials of the part before and",
			[]string{"the Centre for Disease Control and Prevention said. The CDC added."},
			[]string{"Centre for Disease Control and Prevention/organization@Centre for Disease Control and Prevention",
				"Centre for Disease Control and Prevention/organization@CDC"}},
		{"the first spelling is the name",
			[]string{"The World Health Organisation warned.", "the World Health Organization said."},
			[]string{"World Health Organisation/organization@World Health Organisation", "World Health Organisation/organization@World Health Organization"}},
		{"initials of two organizations",
			[]string{"The Northland Fisheries Agency and the National Finance Agency met. The NFA said."},
			[]string{"Northland Fisheries Agency/organization@Northland Fisheries Agency", "National Finance Agency/organization@National Finance Agency", "NFA/organization@NFA"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var in [][]ActorMention
			for _, d := range tc.docs {
				in = append(in, FindActors(d, nil))
			}
			var got []string
			for d, ms := range ResolveActors(in) {
				for _, m := range ms {
					got = append(got, m.Actor.Name+"/"+m.Actor.Kind+"@"+tc.docs[d][m.Span.Start:m.Span.End])
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ResolveActors(%q) mismatch (-want +got):\n%s", tc.docs, diff)
			}
		})
	}
}

func TestAgencyCredit(t *testing.T) {
	tests := []struct {
		name, text, name2 string
		want              bool
	}{
		{"credit before a dash", "GATLINBURG, Tenn. (AP) — Firefighters have contained a wildfire.", "AP", true},
		{"credit before a hyphen", "NAIROBI (Reuters) - Kenya declared a drought.", "Reuters", true},
		{"an initialism in brackets inside a sentence", "The Independent Electoral and Boundaries Commission (IEBC) has suspended the vote.", "IEBC", false},
		{"a name not in brackets", "AP reported the fire on Monday.", "AP", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.name2)
			if got := agencyCredit(tc.text, timeline.Span{Start: i, End: i + len(tc.name2)}); got != tc.want {
				t.Errorf("agencyCredit(%q, %q) = %v, want %v", tc.text, tc.name2, got, tc.want)
			}
		})
	}
}

// TestTrailingSpeaker checks that the source of a report named after it
// ("..., the agency said") is no party of the happening, and that others are.
func TestTrailingSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a source after a comma", "The satellite was launched on Wednesday, the China National Space Administration said.", nil},
		{"an object of the verb", "Ines Marvaldo met Lars Holm on Wednesday.", []string{"Ines Marvaldo", "Lars Holm"}},
		{"an object then a comma and another verb", "Ines Marvaldo met Lars Holm on Wednesday, and they signed a deal.", []string{"Ines Marvaldo", "Lars Holm"}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := extractSeed(t, x, tc.text)
			if len(events) == 0 {
				t.Fatalf("Extract(%q): no event", tc.text)
			}
			var got []string
			for _, a := range events[0].Actors {
				got = append(got, a.Name)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) actors of %q (-want +got):\n%s", tc.text, events[0].Title, diff)
			}
		})
	}
}

func TestAppositionIntroducesAnotherPerson(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"another role: another person",
			"Kim Jong-un met Moon on Monday. Kim, India's envoy, arrived in Minsk on Tuesday.", "Kim"},
		{"the role the full name was given: the same person",
			"North Korean leader Kim Jong-un met Moon on Monday. Kim, North Korea's leader, arrived in Minsk on Tuesday.", "Kim Jong-un"},
		{"a description is no office: the full name",
			"Former Kansas Governor Kathleen Sebelius was sworn in on Monday. Sebelius, a former insurance commissioner, arrived in Minsk on Tuesday.", "Kathleen Sebelius"},
		{"no apposition: the full name",
			"Kim Jong-un met Moon on Monday. Kim arrived in Minsk on Tuesday.", "Kim Jong-un"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: seedDay}})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range events {
				if e.Trigger == "arrived" && len(e.Actors) > 0 {
					got = e.Actors[0].Name
				}
			}
			if got != tc.want {
				t.Errorf("Extract(%q): the arrival's actor = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCitedOutletNoActor: an outlet named in a page's citation lines is no
// actor, and does not give a lone capitalised word of the copy its name.
func TestCitedOutletNoActor(t *testing.T) {
	x := newExtractor(t)
	text := "Clinics reopen in Lusaka\n\nWednesday, 3 March 2021\n\nLUSAKA — Zambia reopened its clinics on Monday. Transport minister Ruth Banda said on Tuesday that 12,000 patients had been treated.\n\nSources\n\n\"Clinics open again\" — Example Transport, 3 March 2021"
	events, err := x.Extract([]timeline.Document{{ID: 1, Text: text, Published: seedDay}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		for _, a := range e.Actors {
			if strings.HasPrefix(a.Name, "Example") {
				t.Errorf("Extract(%q): event %q has the cited outlet %q as actor", text, e.Trigger, a.Name)
			}
		}
	}
}
