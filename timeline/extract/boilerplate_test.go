package extract

import (
	"os"
	"regexp"
	"slices"
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
		{"wire's update note", "(Updates with rescue details)", BoilerSource},
		{"byline", "By Jane Doe and John Roe", BoilerSource},
		{"a sentence that opens with by is no byline", "By Monday the guests had left.", ""},
		{"a programme's credits", "Presenters/Ann Lee and Tom Hart, Producer/Sue Bell Late Jazz Ann Lee plays new records from Oslo.", BoilerCaption},
		{"credits with an escaped slash", `Presenter\/Ann Lee, Producer\/Sue Bell for Blue Door Radio.`, BoilerCaption},
		{"a role told in prose", "The producer, Sue Bell, said the show would return on Monday.", ""},
		{"a slash between words", "The writer/director Sue Bell won the prize on Monday.", ""},
		{"click on a picture", "Click on the pictures below to see the week's winners and losers.", BoilerCallout},
		{"a name that opens with Click", "Click Online reported the breach on Monday.", ""},
		{"a language whose accents were lost", "Th nh ph c ng b d ch c m n m 1957 v i t ng ng i.", BoilerLine},
		{"a fact box run together", "Born: March 3, 1961, Tartu, Estonia Also known as: The Iron Lady of Song Best-known works: Sea Lights, Harbour Nights.", BoilerLine},
		{"a quotation after a teller is no fact box", "Officials said: the ferry left on Monday. Captain Ilves added: it was calm.", ""},
		{"a reference left without its journal's name", ", 31:402, 1984.", BoilerLine},
		{"figures in a sentence of words", "It rose 5% in 1984.", ""},
		{"short words of English", "So he is to go on to it if we do, he said in May.", ""},
		{"a sentence about publishing", "The paper published the letter on Monday after weeks of debate.", ""},
		{"reporting credit", "Additional reporting by Jane Doe in Almaty.", BoilerSource},
		{"donation", "Your donation allows us to keep sending journalists to speak to both sides of the story.", BoilerAppeal},
		{"support", "Your support makes all the difference.", BoilerAppeal},
		{"first person journalism", "At such a critical moment in US history, we need reporters on the ground.", BoilerAppeal},
		{"newsletter", "Sign up for our morning newsletter.", BoilerNewsletter},
		{"newsletter without we", "Get the briefing in your inbox every morning.", BoilerNewsletter},
		{"attribution before what is said", "The New York Times said in an editorial on Monday, Oct. 26:", ""},
		{"attribution before a typesetting code", "The New York Times says in an editorial on Thursday, Jan. 6: &amp;QL;", ""},
		{"heading with a colon", "Key dates in the dispute:", BoilerLine},
		{"subscribe prompt", "Subscribe to the morning briefing.", BoilerNewsletter},
		{"notice", "Copyright © 2024 The Daily Item.", BoilerNewsletter},
		{"news of a newsletter", "Jerry Steinman, publisher of a trade newsletter, said the announcement changes the market.", ""},
		{"news of a subscription", "Woodbridge Co. will subscribe for all the shares to which it is entitled.", ""},
		{"news of an advertisement", "The advertisement, said the director, is intended to spotlight the senator's vote.", ""},
		{"news of a donation", "The party listed him as having donated about 274,500 marks in 1995.", ""},
		{"a donation appeal", "Please donate to keep our reporters in the field.", BoilerAppeal},
		{"news of a membership", "But he never dreamed, he said, that his country would become a member of NATO.", ""},
		{"a membership appeal", "Become a member today and support our reporters.", BoilerAppeal},
		{"print note", "A version appeared on p6 of the Main section section of the Guardian on 08.51 BST on Saturday 2 May 2009 Follow all the top science stories of the day on Twitter bengoldacre: In it together.", BoilerSource},
		{"print note of a newspaper", "A version of this article appears in print on May 2, 2009, on Page A1 of the New York edition.", BoilerSource},
		{"correction note", "Correction — June 13, 2015: An earlier version of this article said the ferry was built in 1998.", BoilerSource},
		{"earlier version note", "An earlier version of this story misstated the year the ferry was built.", BoilerSource},
		{"corrected note", "This article has been corrected to show that the ferry was built in 1988.", BoilerSource},
		{"correction officers", "Correction officers walked out on Monday — the first strike in years.", ""},
		{"news of a correction", "The ministry issued a correction on Monday, saying the ferry was built in 1988.", ""},
		{"news of an earlier version", "An earlier version of the bill was rejected in May.", ""},
		{"news of a version", "A version of the vaccine appeared in trials on Monday, the company said.", ""},
		{"follow prompt", "Follow all the top science stories of the day on Twitter bengoldacre: In it together.", BoilerNewsletter},
		{"news posted on a network", "The minister said on Twitter that the border would reopen.", ""},
		{"news that follows", "Follow-up tests on Twitter users were planned, the agency said.", ""},
		{"caption with position", "Chinese President Xi Jinping (L) and Kazakh President Kassym-Jomart Tokayev meet.", BoilerCaption},
		{"headline line", "Greek savers pull cash as debt talks stall", BoilerLine},
		{"date line", "December 10, 2013", BoilerLine},
		{"map legend", "Approximate oil locations 22 April - 15 May", BoilerLine},
		{"agency credit", "(END)", BoilerLine},
		{"agency sign-off", "--IANS", BoilerLine},
		{"fact box item", "- 2011: drought kills tens of thousands across the Horn of Africa", BoilerLine},
		{"key dates item", "Oct 7, 2017: Tunnel floods near Bishan, line shut for 20 hours.", BoilerLine},
		{"figure item", "3.1 million: people in need of food aid", BoilerLine},
		{"image caption", "Image caption: Police officers on patrol in Cardiff on Tuesday.", BoilerCaption},
		{"prompt to tell", "Tell us how the floods have changed your street.", BoilerCallout},
		{"prompt to share", "Share your pictures of the parade with our picture desk.", BoilerCallout},
		{"prompt to leave comments", "Leave your views on the new timetable below.", BoilerCallout},
		{"prompt to look here", "Check the full list of closed roads here.", BoilerCallout},
		{"a conditional put to the reader", "If you were at the stadium on Saturday, we would like to hear from you.", BoilerCallout},
		{"a conditional put to the reader as news", "If you travel by ferry this summer, the fares have risen by a fifth.", BoilerCallout},
		{"the reader's means", "You can watch the launch live from 10am on our website.", BoilerCallout},
		{"news that opens with a verb's look-alike", "Test results showed the water was safe, the council said.", ""},
		{"news with a verb's look-alike before us", "Share prices fell after the US bank warned on profits.", ""},
		{"news of a prompt", "The council told residents to share their views by Friday.", ""},
		{"a quotation that goes on", "“You never expect it,” said a neighbour who saw the flood.", ""},
		{"question to the reader", "Have you been caught up in the delays?", BoilerQuestion},
		{"question of an explainer", "What does the ruling mean for tenants?", BoilerQuestion},
		{"question quoted", "\"Who will pay for the repairs?\"", BoilerQuestion},
		{"a reported question at the end", "The agency said on Monday it would study the question: is the ferry safe?", ""},
		{"a question that goes on", "\"Is it safe?\" asked the mayor on Monday.", ""},
		{"photo shows", "Photo shows visitors at the east gate on April 13, 2025. (Kyodo)", BoilerCaption},
		{"photo file", "Photo | File  IEBC officials at a tallying centre in Mombasa in 2017.", BoilerCaption},
		{"a colon in prose", "He said: the talks will resume.", ""},
		{"a time in prose", "The satellite was launched at 3:03 p.m. on Thursday.", ""},
		{"caption credit", "Leaders at the summit [Handout via Reuters]", BoilerCaption},
		{"ap photo credit", "Xi waves as he arrives (AP Photo/Ng Han Guan)", BoilerCaption},
		{"photo label", "Photo: Xi arrives in Nur-Sultan", BoilerCaption},
		{"news", "Xi was met on Wednesday at the airport tarmac in Nur-Sultan by President Kassym-Jomart Tokayev.", ""},
		{"news with US", "China and Russia see the bloc as a counterweight to US alliances in East Asia.", ""},
		{"quoted we", "“We certainly hope that it will advance our relations with China.”", ""},
		{"Treebank quoted we", "``We thank them for their efforts on behalf of our country,'' Albright said Monday.", ""},
		{"we around a Treebank quote", "We need reporters: ``the truth matters,'' our editor says.", BoilerAppeal},
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
		// Lines that are not prose (the headline, the standfirst) are left
		// out for another reason.
		if inAppeal && reasons[i] == "" || !inAppeal && reasons[i] != "" && reasons[i] != BoilerLine {
			t.Errorf("Boilerplate(%q) = %q, in appeal %v", sentence, reasons[i], inAppeal)
		}
	}
}

func TestUnquoted(t *testing.T) {
	quoted := regexp.MustCompile(`“[^”]*”|"[^"]*"`)
	for _, s := range []string{
		"", "no quotes", `He said "we will" and left.`, "He said “we will” and “our” work.",
		`one " open`, "one “ open", `"a" "b`, "“a\"b” c", `"x“y" z”`, "“unclosed \"closed\"", "“\n”.",
	} {
		if got, want := unquoted(s), quoted.ReplaceAllString(s, ""); got != want {
			t.Errorf("unquoted(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestUnquotedTreebank checks that a Treebank quotation (two backquotes
// to two apostrophes) is a quotation too.
func TestUnquotedTreebank(t *testing.T) {
	for s, want := range map[string]string{
		"``We will,'' he said.":        " he said.",
		"He said ``we'll go'' and ``o": "He said  and ``o",
		"a '' b ``c'' d":               "a '' b  d",
	} {
		if got := unquoted(s); got != want {
			t.Errorf("unquoted(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFindCues checks that finding the cues of a whole text at once gives
// what looking in each sentence gives.
func TestFindCues(t *testing.T) {
	text := "Your donation keeps us going. Sign up for our newsletter.\n\nXi (left) met Putin. " +
		"Misreporting is common; DONATE now! © 2022 Reuters. The story (R) ends"
	sents := SplitSentences(text)
	lower, ok := lowerText(text)
	found := findCues(lower, sents)
	if !ok || found == nil {
		t.Fatalf("findCues(%q) = nil", text)
	}
	for i, s := range sents {
		var want cueSet
		for bit, c := range cues {
			if strings.Contains(strings.ToLower(text[s.Span.Start:s.Span.End]), c) {
				want |= 1 << bit
			}
		}
		if found[i] != want || lower[s.Span.Start:s.Span.End] != strings.ToLower(text[s.Span.Start:s.Span.End]) {
			t.Errorf("sentence %q: cues %b, want %b", text[s.Span.Start:s.Span.End], found[i], want)
		}
	}
	// A character whose lower case is longer: the sentences are read one by one.
	if lower, ok := lowerText("İstanbul. Donate."); ok || findCues(lower, SplitSentences("İstanbul. Donate.")) != nil {
		t.Errorf("lowerText with İ = %q, %v, want not ok", lower, ok)
	}
}

// TestBoilerplateComments checks that a readers' comment thread is left out
// from its first header to the end of the page, and that news quoting
// someone's writing is kept.
func TestBoilerplateComments(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		comment string // the first sentence of the thread; "" for none
	}{
		{"stamped header",
			"The virus has killed 150 people in Mexico, officials said on Tuesday.\n" +
				"At 18:55 29th Apr 2009, ceedee99 wrote: Until deaths are confirmed we should wait.\n" +
				"Ida found 256 cases on Monday.\n",
			"At 18:55 29th Apr 2009"},
		{"header after a byline on one line",
			"The newsroom covered the outbreak on Monday.\n" +
				"Mary Hockaday is head of the multimedia newsroom At 18:20 29th Apr 2009, vampfan wrote: I have never commented before.\n" +
				"I found 50 euros on the beach on Friday.\n",
			"Mary Hockaday"},
		{"date before time",
			"Schools closed on Friday.\n29 April 2009 6:55pm, Ida wrote: 256 cases were reported on Monday.\n",
			"29 April 2009"},
		{"run of bare headers",
			"The minister resigned on Friday.\nKenromford wrote: He should have gone in March.\nIda wrote: He resigned on Friday.\n",
			"Kenromford wrote"},
		{"posted by with a date",
			"The island reopened on Monday.\nPosted by chibeetle 2 May 2012 It has a beautiful square.\n",
			"Posted by chibeetle"},
		{"comment number",
			"The clinic opened on Monday.\nComment number 12.\nI went there on Tuesday.\n",
			"Comment number 12"},
		{"a removed comment after a dashed stamp",
			"The ferry sank on Monday.\n3rd May 2011 - 21:15 This comment was removed because it broke the rules.\nI sailed on it in 1990.\n",
			"3rd May 2011 - 21:15"},
		{"a run of dashed stamps",
			"The ferry sank on Monday.\n3rd May 2011 - 21:15 I sailed on it in 1990.\n3rd May 2011 - 21:40 My uncle was its captain.\n",
			"3rd May 2011 - 21:15 I sailed"},
		{"a removed comment alone",
			"The ferry sank on Monday.\nThis comment has been removed by a moderator.\nI sailed on it in 1990.\n",
			"This comment has been"},
		{"a dated item of news", "The ferry sank on Monday.\n3 May 2011 - 21:15 The ferry leaves port.\n", ""},
		{"readers' letters under first names",
			"Trace your family here.\nAnn Lee wrote to us about her grandfather.\nAnn: \"He was born in 1901 and left for Canada in 1920.\"\n" +
				"Tom: \"My aunt married a sailor in 1932.\"\nBeth: \"Her brother died in 1944.\"\n",
			"Ann: "},
		{"two labels are an interview", "The mayor spoke on Monday.\nLee: \"We will rebuild.\"\nRoe: \"When?\"\nThe bridge reopened in May.\n", ""},
		{"a selection of comments",
			"Schools closed on Friday. This debate is now closed.\nA selection of your comments appear below.\n" +
				"The local school district canceled all classes until May 10.\n",
			"A selection of your comments"},
		{"a call for comments",
			"Schools closed on Friday.\nA selection of your comments may be published, displaying your name and location.\n" +
				"The district canceled all classes until May 10.\n",
			""},
		{"news of comments below", "Some of your comments are about the school, the head said on Monday.\n", ""},
		{"a letter quoted", "In a letter on Monday, he wrote: \"I will resign.\"\nThe party met on Tuesday.\n", ""},
		{"a column quoted", "In a newspaper column, the former Cuban leader wrote: \"Mexico did not inform the world.\"\n", ""},
		{"a writer named once", "Smith wrote: the talks failed on Monday.\nThe talks resumed on Tuesday.\n", ""},
		{"pronouns are no user names", "He wrote: \"I will go.\"\nHe wrote: \"I went.\"\nThe letters were sold on Monday.\n", ""},
		{"a stamped saying", "On 12 May 2009 at 10:30, police said: \"The road is closed.\"\nThe road reopened on Tuesday.\n", ""},
		{"news said", "Mr Chernoff said: \"He was in bed.\"\nMr Chernoff said: \"He was warm.\"\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := SplitSentences(tc.text)
			reasons := Boilerplate(tc.text, sents)
			start := -1
			if tc.comment != "" {
				start = strings.Index(tc.text, tc.comment)
			}
			for i, s := range sents {
				inThread := start >= 0 && s.Span.Start >= start
				// A header may be left out for another reason too ("Posted
				// ..." reads as a publication stamp).
				if inThread && reasons[i] == "" || !inThread && reasons[i] == BoilerComment {
					t.Errorf("sentence %q: reason %q, in thread %v", tc.text[s.Span.Start:s.Span.End], reasons[i], inThread)
				}
			}
		})
	}
}

// TestBoilerplateCitations checks that the citations under a "Sources",
// "Related news" or "External links" heading are left out, sentences that
// end in a period too, and that prose after a heading closes its section.
func TestBoilerplateCitations(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		left, kept []string // sentences (their first words) left out and kept
	}{
		{"wiki news sources",
			"Skyway said on Tuesday it would buy jets.\n\nSources\n\n" +
				"Jane Doe. \"Airline orders ten jets\". Example News, October 2, 2006.\n" +
				"\"Airline confirms order.\" — Example Wire, 2 October 2006.\n",
			[]string{"Jane Doe.", "\"Airline orders", "Example News", "\"Airline confirms"}, []string{"Skyway said"}},
		{"related news and external links",
			"The index fell on Tuesday.\nRelated news:\n* Yen hits high. Exporters fell in Tokyo (December 9, 2013).\n" +
				"== External links ==\nThe bank said on Monday that rates were kept. See http://example.org/statement.\n",
			[]string{"Exporters fell", "The bank said"}, []string{"The index fell"}},
		{"retrieved note",
			"The court ruled on Monday.\nReferences\nLena Pohl. Court halts sale. Example Business. Retrieved on January 22, 2015.\n",
			[]string{"Lena Pohl.", "Court halts sale.", "Example Business.", "Retrieved on"}, []string{"The court ruled"}},
		{"prose after a heading closes it",
			"Talks began on Monday.\nSee also\nTalks fail in Geneva\nThe ministers met again on Tuesday. They agreed a truce.\n",
			nil, []string{"Talks began", "The ministers met", "They agreed"}},
		{"a long line closes it",
			"Talks began on Monday.\nSources\nThe ministers met again on Tuesday, officials said, and agreed a truce that both sides said would hold until the next round of talks, due in Geneva in the first week of May, when the rest of the disputed border is to be drawn by a joint commission of both countries' surveyors and judges, chaired by a retired judge from Norway, in 2006.\n",
			nil, []string{"The ministers met"}},
		{"a related news box above the body",
			"Airbus delays jets\nTuesday, October 3, 2006\nRelated news\n* Airbus chief resigns (July 2, 2006)\n" +
				"The first flight took place in April 2005.\nAirbus said on Tuesday that deliveries would slip.\n",
			[]string{"* Airbus chief"}, []string{"The first flight", "Airbus said"}},
		{"headings with a wiki's edit link",
			"The index fell on Tuesday.\nSources[edit]\nJane Doe. Index falls. Example Wire, December 10, 2013.\n" +
				"Related news [ edit source ]\nAnalysts said the index rose. Example Post, December 2, 2013.\n",
			[]string{"Jane Doe.", "Index falls.", "Analysts said"}, []string{"The index fell"}},
		{"citation styles with the date inside",
			"The index fell on Tuesday.\nReferences\nExample News (October 3, 2006). Index falls in Tokyo. Example Wire.\n" +
				"Jane Doe. \"Exporters drag the index lower\". Example Post, 2 December 2013, p. 4.\n" +
				"\"Carmakers fell on Monday,\" Example Times, 9 December 2013, page 2.\n",
			[]string{"Example News (October", "Index falls", "Jane Doe.", "\"Exporters", "\"Carmakers"}, []string{"The index fell"}},
		{"prose that opens with a curly quote closes it",
			"Talks began on Monday.\nSee also\n“We will not give up,” the minister said on Tuesday. They agreed a truce.\n",
			nil, []string{"Talks began", "“We will", "They agreed"}},
		{"a heading word in a sentence", "Sources said on Monday that the minister resigned.\nHe left on Tuesday.\n",
			nil, []string{"Sources said", "He left"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := SplitSentences(tc.text)
			reasons := Boilerplate(tc.text, sents)
			reason := func(prefix string) string {
				for i, s := range sents {
					if strings.HasPrefix(tc.text[s.Span.Start:], prefix) {
						return reasons[i]
					}
				}
				t.Fatalf("no sentence starts with %q in %q", prefix, tc.text)
				return ""
			}
			for _, p := range tc.left {
				// A line that is no prose is left out as a line already.
				if r := reason(p); r != BoilerCitation && r != BoilerLine {
					t.Errorf("sentence %q: reason %q, want %q", p, r, BoilerCitation)
				}
			}
			for _, p := range tc.kept {
				if r := reason(p); r != "" {
					t.Errorf("sentence %q: reason %q, want news", p, r)
				}
			}
		})
	}
}

// TestBoilerplateCaptionCredit checks that the sentences before a
// picture's credit on its line are its caption, and a page's own stamp told
// as a sentence a source line.
func TestBoilerplateCaptionCredit(t *testing.T) {
	long := strings.Repeat("The council met on Monday and agreed the budget after a long debate. ", 6)
	tests := []struct {
		name, text string
		want       []string // the reason of each sentence
	}{
		{"wiki news caption", "The painting on display in 2019. Image: Jane Doe.", []string{BoilerCaption, BoilerCaption}},
		{"newspaper caption", "Fishermen in Louisiana on Monday. Photograph: Gerald Herbert/AP", []string{BoilerCaption, BoilerCaption}},
		{"credit on the next line", "The mayor resigned on Monday.\nPhoto: Jane Doe.", []string{"", BoilerCaption}},
		{"a paragraph of prose before a credit", long + "Image: Jane Doe.", append(make([]string, 6), BoilerCaption)},
		{"a page's publication stamp", "This story was published on Tuesday, October 3, 2006 at 14:20 UTC.", []string{BoilerSource}},
		{"a page's edit stamp", "This page was last edited on 10 December 2013, at 12:00.", []string{BoilerSource}},
		{"news of another article", "The article was published in Nature on Monday.", []string{""}},
		{"news of this report", "This report was drafted by the council in May.", []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := SplitSentences(tc.text)
			got := Boilerplate(tc.text, sents)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Boilerplate(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestBoilerplateFurniture checks that a page's notes on the software its
// reader needs are left out, and news of that software kept.
func TestBoilerplateFurniture(t *testing.T) {
	for text, want := range map[string]string{
		"In order to see this content you need to have both Javascript enabled and Flash installed.": BoilerFurniture,
		"Visit BBC Webwise for full instructions.":                                                   BoilerFurniture,
		"If you're reading via RSS, you'll need to visit the blog to access this content.":           BoilerFurniture,
		"To watch this video your browser must have Javascript enabled.":                             BoilerFurniture,
		"To play this content JavaScript must be turned on and the latest Flash player installed.":   BoilerFurniture,
		"To see the site, the agency said, visitors needed Javascript in 1999.":                      "",
		"Hackers used a flaw in Javascript to break into the site on Monday.":                        "",
		"Adobe said on Tuesday that Flash Player would be retired in 2020.":                          "",
		"Visitors were given full instructions on Monday.":                                           "",
		"The minister will visit Paris on Monday, officials said.":                                   "",
	} {
		if got := Boilerplate(text, SplitSentences(text)); len(got) == 0 || got[0] != want {
			t.Errorf("Boilerplate(%q) = %q, want %q", text, got, want)
		}
	}
}

// BenchmarkBoilerplate classifies the sentences of the two seed articles
// (6.6 KB; see b.SetBytes).
func BenchmarkBoilerplate(b *testing.B) {
	docs := seedDocuments(b)
	sents := make([][]Sentence, len(docs))
	size := 0
	for i, d := range docs {
		sents[i] = SplitSentences(d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, d := range docs {
			Boilerplate(d.Text, sents[i])
		}
	}
}
