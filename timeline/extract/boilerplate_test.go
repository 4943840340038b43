package extract

import (
	"os"
	"strings"
	"testing"
)

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"source line", "Source: Al Jazeera and news agencies", BoilerSource},
		{"publication stamp", "Published 3 March 2021", BoilerSource},
		{"update stamp", "Updated: 14 Sep 2022 10:15 BST", BoilerSource},
		{"a sentence about publishing", "The paper published the letter on Monday after weeks of debate.", ""},
		{"reporting credit", "Additional reporting by Jane Doe in Almaty.", BoilerSource},
		{"donation", "Your donation allows us to keep sending journalists to speak to both sides of the story.", BoilerAppeal},
		{"support", "Your support makes all the difference.", BoilerAppeal},
		{"first person journalism", "At such a critical moment in US history, we need reporters on the ground.", BoilerAppeal},
		{"newsletter", "Sign up for our morning newsletter.", BoilerNewsletter},
		{"newsletter without we", "Get the briefing in your inbox every morning.", BoilerNewsletter},
		{"caption with position", "Chinese President Xi Jinping (L) and Kazakh President Kassym-Jomart Tokayev meet", BoilerCaption},
		{"caption credit", "Leaders at the summit [Handout via Reuters]", BoilerCaption},
		{"ap photo credit", "Xi waves as he arrives (AP Photo/Ng Han Guan)", BoilerCaption},
		{"photo label", "Photo: Xi arrives in Nur-Sultan", BoilerCaption},
		{"news", "Xi was met on Wednesday at the airport tarmac in Nur-Sultan by President Kassym-Jomart Tokayev.", ""},
		{"news with US", "China and Russia see the bloc as a counterweight to US alliances in East Asia.", ""},
		{"quoted we", "“We certainly hope that it will advance our relations with China.”", ""},
		{"news about sources", "Sources close to the government said the talks failed.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Boilerplate(tc.text, SplitSentences(tc.text))
			if len(got) == 0 {
				t.Fatalf("Boilerplate(%q) = no sentences", tc.text)
			}
			if got[0] != tc.want {
				t.Errorf("Boilerplate(%q) = %q, want %q", tc.text, got[0], tc.want)
			}
		})
	}
}

// TestBoilerplateSeed checks that the donation appeal at the top of the second
// seed is left out and that the news glued to its end is kept.
func TestBoilerplateSeed(t *testing.T) {
	b, err := os.ReadFile("../../testdata/seeds/004_72fb59bc08362900.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents := SplitSentences(text)
	reasons := Boilerplate(text, sents)
	for i, s := range sents {
		sentence := text[s.Span.Start:s.Span.End]
		inAppeal := s.Span.Start >= strings.Index(text, "Your support helps") && s.Span.End <= strings.Index(text, "Chinese President Xi Jinping on Wednesday")
		if inAppeal != (reasons[i] != "") {
			t.Errorf("Boilerplate(%q) = %q, in appeal %v", sentence, reasons[i], inAppeal)
		}
	}
}
