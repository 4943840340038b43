package keydate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnglue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []segment
	}{
		{"caption before a sentence", "Experts suspect swine flu has killed more than 100 people in Mexico As international concern grows, lessons are drawn.",
			[]segment{{text: "Experts suspect swine flu has killed more than 100 people in Mexico", printed: "Experts suspect swine flu has killed more than 100 people in Mexico"},
				{text: "As international concern grows, lessons are drawn.", printed: "As international concern grows, lessons are drawn."}}},
		{"caption and a dated item", "Dr Murray appears in court in Los Angeles 25 January 2011 The doctor enters a plea.",
			[]segment{{text: "Dr Murray appears in court in Los Angeles", printed: "Dr Murray appears in court in Los Angeles"},
				{text: "25 January 2011 The doctor enters a plea.", date: "25 January 2011", printed: "25 January 2011 The doctor enters a plea."}}},
		{"a dated item", "24 September 2011 The jury is finalized.",
			[]segment{{text: "24 September 2011 The jury is finalized.", date: "24 September 2011", printed: "24 September 2011 The jury is finalized."}}},
		{"a date the sentence needs", "Michael Jackson died on 25 June 2009 and Dr Murray was with him.",
			[]segment{{text: "Michael Jackson died on 25 June 2009 and Dr Murray was with him.", printed: "Michael Jackson died on 25 June 2009 and Dr Murray was with him."}}},
		{"punctuation before the opener", "He said: The virus is mild.",
			[]segment{{text: "He said: The virus is mild.", printed: "He said: The virus is mild."}}},
		{"a title", "Footage from Michael Jackson's This Is It tour can not be used.",
			[]segment{{text: "Footage from Michael Jackson's This Is It tour can not be used.", printed: "Footage from Michael Jackson's This Is It tour can not be used."}}},
		{"influenza A", "It is an influenza A virus never seen before.",
			[]segment{{text: "It is an influenza A virus never seen before.", printed: "It is an influenza A virus never seen before."}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := unglue(nil, tc.text)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(segment{})); diff != "" {
				t.Errorf("unglue(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestDatedStart(t *testing.T) {
	for text, want := range map[string]bool{
		"4 January 2011 Preliminary hearings begin.": true,
		"April 2011 Jury selection begins.":          true,
		"April 27, 2009 Mexico closes schools.":      true,
		"The jury is finalized.":                     false,
		"24 cases were confirmed.":                   false,
	} {
		if got := datedStart(text); got != want {
			t.Errorf("datedStart(%q) = %v, want %v", text, got, want)
		}
	}
}
