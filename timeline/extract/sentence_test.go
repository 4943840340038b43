package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Xi arrived. He met Tokayev.", []string{"Xi arrived.", "He met Tokayev."}},
		{"U.S. inside", "Beijing sees the SCO as a counterweight to U.S. alliances in East Asia. Moscow agrees.",
			[]string{"Beijing sees the SCO as a counterweight to U.S. alliances in East Asia.", "Moscow agrees."}},
		{"U.S. before a name", "He met U.S. President Joe Biden.", []string{"He met U.S. President Joe Biden."}},
		{"U.S. ends a sentence", "He flew to the U.S. The trip was short.", []string{"He flew to the U.S.", "The trip was short."}},
		{"month abbreviation", "NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022. Xi arrived.",
			[]string{"NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022.", "Xi arrived."}},
		{"a state's abbreviation before an agency", "BOZEMAN, Mont. (AP) — Rangers closed the park. It reopened.",
			[]string{"BOZEMAN, Mont. (AP) — Rangers closed the park.", "It reopened."}},
		{"a bracket after a period that is no agency's", "The park closed. (It reopened later.)",
			[]string{"The park closed.", "(It reopened later.)"}},
		{"title abbreviation", "Mr. Smith and Dr. Jones met. They talked.", []string{"Mr. Smith and Dr. Jones met.", "They talked."}},
		{"initials", "John F. Kennedy visited Berlin. It rained.", []string{"John F. Kennedy visited Berlin.", "It rained."}},
		{"quote after period", "said Roman Vassilenko this week. “We certainly hope so.” He left.",
			[]string{"said Roman Vassilenko this week.", "“We certainly hope so.”", "He left."}},
		{"quote with comma", "“This visit is important,” said the minister.", []string{"“This visit is important,” said the minister."}},
		{"Treebank quote after period", "Eitan said Sunday that it marked a change. ``We will defend our north,'' said Eitan.",
			[]string{"Eitan said Sunday that it marked a change.", "``We will defend our north,'' said Eitan."}},
		{"Treebank quote after an initialism", "aid from the U.S. ``program'' went on.", []string{"aid from the U.S. ``program'' went on."}},
		{"question in quote", "“Why?” he asked. Nobody knew.", []string{"“Why?” he asked.", "Nobody knew."}},
		{"glued period", "Your support makes all the difference.Chinese President Xi Jinping on Wednesday started his trip.",
			[]string{"Your support makes all the difference.", "Chinese President Xi Jinping on Wednesday started his trip."}},
		{"glued lowercase", "Source: Al Jazeera and news agenciesChina's Xi visits Kazakhstan",
			[]string{"Source: Al Jazeera and news agencies", "China's Xi visits Kazakhstan"}},
		{"camel case names stay", "He bought an iPhone at BlackBerry and McDonald's.", []string{"He bought an iPhone at BlackBerry and McDonald's."}},
		{"decimal", "Kazakhstan has 19.4 million people. China is a customer.", []string{"Kazakhstan has 19.4 million people.", "China is a customer."}},
		{"lines are paragraphs", "Headline without period\n\nFirst sentence. Second one.\r\nThird",
			[]string{"Headline without period", "First sentence.", "Second one.", "Third"}},
		{"lowercase after period", "It cost 5 p.m. prices. fine", []string{"It cost 5 p.m. prices. fine"}},
		{"empty", "  \n\n ", nil},
	}
	runSplitCases(t, tests)
}

func TestSplitSentencesParagraphs(t *testing.T) {
	text := "One. Two.\nThree.\n\nFour.Five."
	var got []int
	for _, s := range SplitSentences(text) {
		got = append(got, s.Paragraph)
	}
	want := []int{0, 0, 1, 2, 3}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SplitSentences(%q) paragraphs (-want +got):\n%s", text, diff)
	}
}

func TestOpensInQuote(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The strike must go on!” said the union.", true},
		{"The struggle must not stop for one minute!'' said a message.", true},
		{"He said: “We will go on.”", false},
		{"and assist in his ''rehabilitation.''", false},
		{"They made ``extraordinary discoveries,'' police said.", false},
		{"The company's plan won't change.", false},
		{"'' The minister left.", false},
		{"We will go on,”she said.", false},
		{"We will go on”.", true},
	}
	for _, tc := range tests {
		if got := opensInQuote(tc.s); got != tc.want {
			t.Errorf("opensInQuote(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestEndsSentenceTypesetting: a newswire's typesetting codes after the
// final stop ("&UR;", XML-escaped "&amp;QL;") are no words of the sentence.
func TestEndsSentenceTypesetting(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The court ruled on Thursday. &amp;UR;", true},
		{"The court ruled on Thursday. &UR; &amp;QL;", true},
		{"The court ruled on Thursday.", true},
		{"AT&T;", false},
		{"Prices rose &amp;UR;", false},
		{"Read more &amp;", false},
	}
	for _, tc := range tests {
		if got := endsSentence(tc.s); got != tc.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// runSplitCases checks the sentences SplitSentences finds in each case's
// text against its want.
func runSplitCases(t *testing.T, tests []struct {
	name string
	text string
	want []string
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tc.text) {
				got = append(got, tc.text[s.Span.Start:s.Span.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("SplitSentences(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
