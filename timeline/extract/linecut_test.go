package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentencesGluedFurniture(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title, stamp and lead", "Ferry sinks off the coast Rescuers search for two missing Monday 3 March 2014 09.12 GMT A ferry carrying 40 people sank at dawn.",
			[]string{"Ferry sinks off the coast Rescuers search for two missing", "Monday 3 March 2014 09.12 GMT", "A ferry carrying 40 people sank at dawn."}},
		{"stamp in figures, year first, before a dateline", "2021 03 7 14:05 JST TOKYO (Reuters) - The bond market slump appeared to be easing on Saturday.",
			[]string{"2021 03 7 14:05 JST", "TOKYO (Reuters) - The bond market slump appeared to be easing on Saturday."}},
		{"figures and a clock in prose are no stamp", "The 2021 budget of 3 billion was cut at 14:05 on Friday.",
			[]string{"The 2021 budget of 3 billion was cut at 14:05 on Friday."}},
		{"wire bullets, update note and byline before the dateline", "* Ferry sinks off the coast * Two crew missing (Updates with rescue details) By Jane Doe and John Roe OSLO, May 3 (Reuters) - A ferry sank at dawn.",
			[]string{"* Ferry sinks off the coast", "* Two crew missing", "(Updates with rescue details)", "By Jane Doe and John Roe", "OSLO, May 3 (Reuters) - A ferry sank at dawn."}},
		{"escaped bullets without a note", `\* Ferry sinks off the coast \* Two crew missing By Jane Doe OSLO (Reuters) - A ferry sank at dawn.`,
			[]string{`\* Ferry sinks off the coast`, `\* Two crew missing`, "By Jane Doe", "OSLO (Reuters) - A ferry sank at dawn."}},
		{"a star inside prose parts nothing", "The hotel earned a * rating By Monday the guests had left.",
			[]string{"The hotel earned a * rating By Monday the guests had left."}},
		{"US stamp before a title", "Fri Oct 9, 2015 4:05 pm EDT Mayor Opens New Bridge Across River The mayor opened the bridge.",
			[]string{"Fri Oct 9, 2015 4:05 pm EDT", "Mayor Opens New Bridge Across River The mayor opened the bridge."}},
		{"a place before a stamp stays with it", "OSLO | Tue Mar 4, 2014 8:10 am EST OSLO (Reuters) - The ferry sank.",
			[]string{"OSLO | Tue Mar 4, 2014 8:10 am EST", "OSLO (Reuters) - The ferry sank."}},
		{"an agency after a stamp stays", "Tue Mar 4, 2014 8:10 am EST (Reuters) - The ferry sank.",
			[]string{"Tue Mar 4, 2014 8:10 am EST (Reuters) - The ferry sank."}},
		{"a stamp told in prose", "The ferry left on 3 March 2014 at 09.12 GMT and sank an hour later.",
			[]string{"The ferry left on 3 March 2014 at 09.12 GMT and sank an hour later."}},
		{"credit with a slash", "Photograph: Jane Roe/AFP The ferry sank at dawn.",
			[]string{"Photograph: Jane Roe/AFP", "The ferry sank at dawn."}},
		{"credit with an agency's tail", `Photograph: Jane Roe\/Getty Images Divers reached the wreck.`,
			[]string{`Photograph: Jane Roe\/Getty Images`, "Divers reached the wreck."}},
		{"credit in capitals", "Photograph: AP Two divers reached the wreck.",
			[]string{"Photograph: AP", "Two divers reached the wreck."}},
		{"credit of a name alone", "Photograph: Jane Roe The divers waited.",
			[]string{"Photograph: Jane Roe", "The divers waited."}},
		{"credit before a lowercase word", "Photograph: Jane Roe/Reuters Divers reached the wreck.",
			[]string{"Photograph: Jane Roe/Reuters", "Divers reached the wreck."}},
		{"credit whose end is not clear", "Photograph: Reuters/Jane Roe Oslo Harbour was closed.",
			[]string{"Photograph: Reuters/Jane Roe Oslo Harbour was closed."}},
		{"credit inside a line", "Divers search the wreck Photograph: Jane Roe/AP Two divers died.",
			[]string{"Divers search the wreck", "Photograph: Jane Roe/AP", "Two divers died."}},
		{"update stamp, zone and server message", "Page last updated at 10:05 GMT, Friday, 4 March 2016 11:05 UK (an error occurred while processing this directive) The ferry sank at dawn.",
			[]string{"Page last updated at 10:05 GMT, Friday, 4 March 2016 11:05 UK (an error occurred while processing this directive)", "The ferry sank at dawn."}},
		{"date, update stamp and a link", "4 March 2016 Last updated at 10:05 GMT Help Two divers reached the wreck on Friday.",
			[]string{"4 March 2016 Last updated at 10:05 GMT Help", "Two divers reached the wreck on Friday."}},
		{"update stamp after a title", "Ferry sinks off the coast Updated: 4 Mar 2016 10:05 BST Rescuers searched all night.",
			[]string{"Ferry sinks off the coast", "Updated: 4 Mar 2016 10:05 BST", "Rescuers searched all night."}},
		{"first published without a clock", "First published on Fri 4 Mar 2016 The ferry sank.",
			[]string{"First published on Fri 4 Mar 2016", "The ferry sank."}},
		{"published with a capital", "Ferry sinks off the coast Published 4 March 2016 10:05 GMT Rescuers searched all night.",
			[]string{"Ferry sinks off the coast", "Published 4 March 2016 10:05 GMT", "Rescuers searched all night."}},
		{"an update told in prose", "The list was Last updated on 4 March 2016, the clerk said.",
			[]string{"The list was Last updated on 4 March 2016, the clerk said."}},
		{"an update in lower case", "The timetable updated on 4 March 2016 The ferry now leaves at nine.",
			[]string{"The timetable updated on 4 March 2016 The ferry now leaves at nine."}},
		{"a link's section stamp", "Ferry timeline 4 MARCH 2016, SCIENCE & ENVIRONMENT Why do ferries sink?",
			[]string{"Ferry timeline", "4 MARCH 2016, SCIENCE & ENVIRONMENT", "Why do ferries sink?"}},
		{"a heading in capitals parts too: neither part is prose", "FERRY SINKS ON 4 MARCH 2016, TWO MISSING",
			[]string{"FERRY SINKS ON", "4 MARCH 2016, TWO MISSING"}},
		{"a colon in prose", "The caption read Photograph: none and the page was blank.",
			[]string{"The caption read Photograph: none and the page was blank."}},
	}
	runSplitCases(t, tests)
}

func TestBoilerplateGluedFurniture(t *testing.T) {
	text := "Ferry sinks off the coast Rescuers search for two missing Monday 3 March 2014 09.12 GMT Crowds wait at the harbour.\n" +
		"Photograph: Jane Roe/AFP A ferry carrying 40 people sank at dawn."
	sents := SplitSentences(text)
	got := Boilerplate(text, sents)
	want := []string{BoilerLine, BoilerLine, BoilerCaption, BoilerCaption, ""}
	if diff := cmp.Diff(want, got); diff != "" {
		var ss []string
		for _, s := range sents {
			ss = append(ss, text[s.Span.Start:s.Span.End])
		}
		t.Errorf("Boilerplate(%q) mismatch (-want +got):\n%s", ss, diff)
	}
}

// TestSplitSentencesGluedOpener: a caption or a headline glued without a
// stop to the sentence after it parts before a capitalized word that opens
// sentences ("But", "There", "He", ...) after a bare word and before a word
// in lower case, or before a number in words after a bare word or a weekday;
// not after a figure, not before a name, not "The".
func TestSplitSentencesGluedOpener(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"caption before But", "The ferry leaves the harbour at dawn But the crossing was cancelled on Monday.",
			[]string{"The ferry leaves the harbour at dawn", "But the crossing was cancelled on Monday."}},
		{"caption before There", "Volunteers clear the beach after the storm There were more of them than last year.",
			[]string{"Volunteers clear the beach after the storm", "There were more of them than last year."}},
		{"headline before She", "Mayor opens new library in the old station She said it had taken ten years.",
			[]string{"Mayor opens new library in the old station", "She said it had taken ten years."}},
		{"caption before a number in words", "The lifeboat crew ended their search on Tuesday Seventy-two fishermen are still missing.",
			[]string{"The lifeboat crew ended their search on Tuesday", "Seventy-two fishermen are still missing."}},
		{"headline before Another", "Ferry strike spreads to the northern ports Another three crossings were cancelled today.",
			[]string{"Ferry strike spreads to the northern ports", "Another three crossings were cancelled today."}},
		{"caption before Hundreds", "Volunteers fill sandbags by the river Hundreds of homes were flooded overnight.",
			[]string{"Volunteers fill sandbags by the river", "Hundreds of homes were flooded overnight."}},
		{"caption before A", "The agency last declared an alert 12 years ago A sharp rise in cases may follow.",
			[]string{"The agency last declared an alert 12 years ago", "A sharp rise in cases may follow."}},
		{"caption before The", "Fishermen sort the catch in the harbour The season opened late this year.",
			[]string{"Fishermen sort the catch in the harbour", "The season opened late this year."}},
		// negative
		{"a letter that names a thing", "Children were given vitamin A tablets and plan A was dropped.",
			[]string{"Children were given vitamin A tablets and plan A was dropped."}},
		{"a number in words ending a name", "The comedy returns to BBC Two in the spring.",
			[]string{"The comedy returns to BBC Two in the spring."}},
		{"a number in words after of", "Finance ministers of the Group of Eight nations met in the capital.",
			[]string{"Finance ministers of the Group of Eight nations met in the capital."}},
		{"a date before its item", "3 May 2011 She resigns as mayor.",
			[]string{"3 May 2011 She resigns as mayor."}},
		{"a name after the opener", "The band played songs by They Might Be Giants all night.",
			[]string{"The band played songs by They Might Be Giants all night."}},
		{"The is no opener", "The talks moved to The Hague and The court agreed.",
			[]string{"The talks moved to The Hague and The court agreed."}},
		{"too few words before", "Rain again But the fair went on.",
			[]string{"Rain again But the fair went on."}},
	}
	runSplitCases(t, tests)
}

// TestBoilerplateUpdateStamp: a page's update stamp parted from its lead
// is furniture, the lead is news.
func TestBoilerplateUpdateStamp(t *testing.T) {
	for _, text := range []string{
		"Page last updated at 10:05 GMT, Friday, 4 March 2016 11:05 UK (an error occurred while processing this directive) The ferry sank at dawn.",
		"4 March 2016 Last updated at 10:05 GMT Help Two divers reached the wreck on Friday.",
		"First published on Fri 4 Mar 2016 The ferry sank.",
	} {
		sents := SplitSentences(text)
		got := Boilerplate(text, sents)
		if want := []string{BoilerSource, ""}; !cmp.Equal(want, got) {
			t.Errorf("Boilerplate(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestFigureStampDatesNothing: a wire's stamp in figures, year first
// ("2021 03 7 14:05 JST"), glued before the dateline, is parted from the
// lead and dates nothing: its year is no happening's. A wire's bullets,
// its update note and its byline glued before the dateline give no event
// beside the lead's.
func TestFigureStampDatesNothing(t *testing.T) {
	sun := time.Date(2021, 3, 7, 0, 0, 0, 0, time.UTC)
	runTitleCases(t, sun, []titleCase{
		{"wire bullets glued to the lead tell no events of their own",
			"* Ferry sinks off the coast * Two crew missing (Updates with rescue details) By Jane Doe and John Roe OSLO, March 6 (Reuters) - A ferry sank off the coast on Saturday.",
			[]string{"2021-03-06 A ferry sinks off the coast"}},
		{"stamp before the dateline",
			"2021 03 7 14:05 JST TOKYO (Reuters) - Japan's bond market slump appeared to be easing on Saturday but traders warned the selling could resume.",
			[]string{"2021-03-06 Bond market slump appeared eases"}},
	})
}

// maybeUpdateStamp is only a quick test before updateStamp: it must hold
// wherever the pattern matches.
func TestMaybeUpdateStamp(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Page last updated at 10:05 GMT, Friday, 4 March 2016 11:05 UK", true},
		{"4 March 2016 Last updated at 10:05 GMT Help", true},
		{"Updated: 4 Mar 2016 10:05 BST", true},
		{"First published on Fri 4 Mar 2016 10.05 GMT", true},
		{"The ferry's timetable, Published Tuesday 8 Nov. 2022, was wrong.", true},
		{"Last modified on: 12 June 2019", true},
		{"The list was last updated in May.", false},
		{"Her diary was published after the war and updated twice.", false},
	}
	for _, tc := range tests {
		got := maybeUpdateStamp(tc.s)
		if got != tc.want {
			t.Errorf("maybeUpdateStamp(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if updateStamp.MatchString(tc.s) && !got {
			t.Errorf("maybeUpdateStamp(%q) = false where updateStamp matches", tc.s)
		}
	}
}

// TestSplitSentencesGluedHeading: a heading in capitals glued to the prose
// after it (and to a caption before it) parts from both; three words in
// capitals at least, followed by a word in title case.
func TestSplitSentencesGluedHeading(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a box heading before its lead", "MARIA RUIZ - FIRST CASE Maria Ruiz, a nurse, fell ill in May.",
			[]string{"MARIA RUIZ - FIRST CASE", "Maria Ruiz, a nurse, fell ill in May."}},
		{"a heading after a caption", "The nurse now feels better WHAT TO DO NEXT Doctors advise rest.",
			[]string{"The nurse now feels better", "WHAT TO DO NEXT", "Doctors advise rest."}},
		// negative
		{"a dateline with a comma", "SALT LAKE CITY, June 1 (Reuters) - The plant closed on Monday.",
			[]string{"SALT LAKE CITY, June 1 (Reuters) - The plant closed on Monday."}},
		{"two initialisms only", "The WHO and CDC Teams met on Monday.",
			[]string{"The WHO and CDC Teams met on Monday."}},
		{"capitals before a figure", "THE BIG FOUR 4 banks failed in May.",
			[]string{"THE BIG FOUR 4 banks failed in May."}},
	}
	runSplitCases(t, tests)
}

// TestSplitSentencesMediaLink: a link to a page's audio or video parts its
// caption from the copy after it.
func TestSplitSentencesMediaLink(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"audio link between caption and copy", "Ana Ruiz on the new vaccine Link to this audio The fever spread to Lima in May.",
			[]string{"Ana Ruiz on the new vaccine", "Link to this audio", "The fever spread to Lima in May."}},
		{"video link with a colon", "Clinic staff at work Link to video: Staff prepare the ward The ward opened on Monday.",
			[]string{"Clinic staff at work", "Link to video:", "Staff prepare the ward", "The ward opened on Monday."}},
		// negative
		{"a link at the start of the line", "Link to this audio",
			[]string{"Link to this audio"}},
	}
	runSplitCases(t, tests)
}
