package extract

import "testing"

// TestHeadlineSubjectNoun checks headline subjects whose noun phrase holds
// a name only as a modifier or inside a phrase after its head: the subject
// is the noun phrase, not the name (publication Wed 2022-09-14).
func TestHeadlineSubjectNoun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a country as a modifier of the subject noun", "Officials said both Norway patients were recovering well on Monday.", "Both Norway patients recover well"},
		{"a country as a modifier of a passive's patient", "Three Denmark fans were injured in Lyon on Saturday.", "Three Denmark fans injured in Lyon"},
		{"a comma relative's head with a place phrase", "The new patient from the coast, who had recently returned from Lima on Monday, is a teacher.", "The new patient from the coast returns from Lima"},
		{"a name in an of phrase after the head", "The family of Jane Roe left court on Monday after the verdict.", "Family of Jane Roe leaves court"},
		{"a name in a to phrase after the head", "A bodyguard to Tom Hart testified on Monday that the doctor had called him.", "Bodyguard to Tom Hart testifies"},
		{"a name between a count and its noun", "Three UK cases of measles have been confirmed.", "UK cases of measles confirmed"},
		{"what a passive's agent confirmed", "Forty new cases have been confirmed by the World Health Organization.", "World Health Organization confirms forty new cases"},
		{"a count with at least", "At least two more cases have been confirmed in Kent.", "At least two more cases confirmed in Kent"},
		{"a verdict in the passive", "Jane Roe has been found guilty of fraud by a jury in Leeds.", "Jane Roe found guilty of fraud in Leeds"},
		{"a name that owns a partitive's group", "Two of Jane Roe's brothers criticised the verdict on Monday.", "Jane Roe's brothers criticise the verdict"},
		{"an order in the passive keeps what it orders", "On Monday, people in Lima were ordered not to gather in the streets.", "People in Lima ordered not to gather"},
		{"an invitation in the passive keeps what it invites to", "On Monday, the mayor of Lima was invited to address the summit.", "The mayor of Lima invited to address the summit"},
		{"so does an encouragement", "On Tuesday, residents were encouraged to leave the coast.", "Residents encouraged to leave the coast"},
		{"a name before its verb stays the subject", "Jane Roe left court on Monday after the verdict.", "Jane Roe leaves court"},
		{"a relative clause's object ends before the main verb", "The pupils who held a protest on Monday were sent home.", "The pupils hold a protest"},
		{"a relative clause's head after a preposition", "The ministry took advice from water engineers who held an urgent meeting on Monday.", "Water engineers hold an urgent meeting"},
		{"a name in an of phrase before a verb that governs the happening", "The trial of Dr Tom Hart is due to start on Monday.", "The trial of Dr Tom Hart starts"},
		{"an adverb inside the verb group", "Cholera has now infected 40 children in Kent, officials said on Monday.", "Cholera infects 40 children in Kent"},
		{"a name in an at phrase of a passive's patient", "Nine new cases of measles at Tolvik University were confirmed by health officials on Monday.", "Nine new cases of measles at Tolvik University confirmed"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSubjectOfPhrase checks a relative clause's head that an "of"
// phrase follows: "a boy of 12 who arrived" is the boy, not 12.
func TestHeadlineSubjectOfPhrase(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a person of an age", "Officials said a boy of 12 who arrived from Lima on Monday was in hospital.", "A boy of 12 arrives from Lima"},
		{"a group of a place", "Doctors said a family of four who returned from Lima on Monday had fallen ill.", "A family of four returns from Lima"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSubjectFigure checks a subject that opens with a figure
// written with thousands separators: the figure is one word of the
// subject, not cut at its comma.
func TestHeadlineSubjectFigure(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a passive's patient with a figure", "Regional governor Ana Silva said on Tuesday that 52,500 people had been evacuated so far.", "52,500 people evacuated"},
		{"an active subject with a figure", "On Monday 1,200 nurses walked out of three hospitals in Leeds.", "1,200 nurses walk out of three hospitals in Leeds"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineCompoundObject checks a headline that ends on a noun
// compound's modifier: the compound goes on to its head ("an avalanche
// warning", not "an avalanche").
func TestHeadlineCompoundObject(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a warning", "Mountain rescuers issued an avalanche warning for the northern passes on Monday.", "Mountain rescuers issued an avalanche warning"},
		{"a deal", "The two airlines signed a codeshare deal in Oslo on Monday.", "The two airlines sign a codeshare deal in Oslo"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineNounOfAim checks a light verb after a noun of aim ("a plan
// to hold the vote"): no one holds it yet, and the words before "plan to"
// are no subject; the headline is the clause as told.
func TestHeadlineNounOfAim(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plan", "The council approved a plan to hold the vote in May 2026.", "The council approves a plan to hold the vote"},
		{"a proposal", "The board backed a proposal to hold a meeting in March 2023.", "The board backed a proposal to hold a meeting"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineCoordinatedSubject checks a verb after "and" or "but" with no
// subject of its own: it shares the subject of the sentence's first verb,
// even one outside the trigger lexicon ("went", "drove"); a name in that
// verb's object is no actor, and a pronoun is the person named last.
func TestHeadlineCoordinatedSubject(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a name in the first verb's object", "The farmer drove to the Ministry of Agriculture in Quito on Monday and asked for help.", "The farmer asks for help in Quito"},
		{"a pronoun, the person named before", "Ines Marvaldo was treated at home. She went to the Santa Ana Hospital in Lima, the capital, on 8 April but died five days later.", "Ines Marvaldo dies in Lima"},
		{"a named subject stays", "Ines Marvaldo visited Hotel Aurora on Monday and left on Tuesday.", "Ines Marvaldo leaves"},
		{"a first verb in the lexicon", "Two climbers reached the summit with Ines Marvaldo on Monday and descended on Tuesday.", "Two climbers descend"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineReporterNoActor checks a page's reporter credit ("Jane Okafor
// reports from Lima"): the reporter is no actor, so a "he" of the copy is
// not her.
func TestHeadlineReporterNoActor(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a credit line before the copy", "Jane Okafor reports from Lima. The farmer was later taken to a clinic in Lima. He died there on Monday night.", "He dies there"},
		{"a credit glued to the lead", "Jane Okafor reports from Lima A 50-year-old farmer has died of the fever in Cusco. He was later taken to a clinic in Lima, where he died on Monday night.", "He dies in Lima"},
		// negative: a named person who reports to someone stays an actor
		{"reports to a board", "Tom Hart reports to the board. He resigned on Monday.", "Tom Hart resigns"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineAfterCapitalsHeading checks a name right after a heading in
// capitals on its line ("FIRST CONFIRMED CASE Rosa Maria Diaz"): the name
// is an actor of its own, and a "she" after it is that person, not one
// named before the heading.
func TestHeadlineAfterCapitalsHeading(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the name after the heading", "Luckily Pedro recovered on Friday.\nROSA DIAZ - FIRST CONFIRMED FATALITY Rosa Maria Diaz, a nurse, fell ill in early April in Oaxaca.\nShe went to the Santa Ana Hospital in Oaxaca, the state capital, on 8 April but died five days later.", "Rosa Maria Diaz dies in Oaxaca"},
		{"the heading's words are no subject", "THE FIRST CASE Rosa Maria Diaz fell ill in Oaxaca on 2 April.", "Rosa Maria Diaz falls ill in Oaxaca"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineQuantifiedRelativeHead checks a relative clause's head that
// opens with a quantifier ("several pupils who returned"): the head is the
// relative verb's subject, as with an article.
func TestHeadlineQuantifiedRelativeHead(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"several", "Several pupils who returned from Lima on Sunday were sent home.", "Several pupils return from Lima"},
		{"both", "Both teachers who flew to Lima on Sunday were sent home.", "Both teachers fly to Lima"},
		{"many", "Many pupils who returned from Lima on Sunday were sent home.", "Many pupils return from Lima"},
		{"a participle between the quantifier and the noun", "Many tired travellers who flew to Lima on Sunday were stopped at the airport.", "Many tired travellers fly to Lima"},
		{"a participle after a figure", "Three exhausted climbers who reached the summit on Monday were flown out.", "Three exhausted climbers reach the summit"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineAfterMediaLink checks the copy after a link to a page's
// audio: the name of the caption before the link is no subject.
func TestHeadlineAfterMediaLink(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an audio caption", "Ana Ruiz: ' The only cases are in Lima ' Link to this audio Dengue fever originated in Peru in April and has spread to 12 countries.", "Dengue fever originates in Peru"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSubjectPostmodified checks a subject whose head noun a
// prepositional phrase follows, longer than the four words a subject is
// looked for in: the subject is the head with its phrase, not the phrase's
// noun nor nothing; a phrase after a verb or a gerund is no subject's.
func TestHeadlineSubjectPostmodified(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a region named by an adjective", "Ministers from the Baltic region signed a new pact on Monday.", "Ministers from the Baltic region sign a new pact"},
		{"islands named by an adjective", "Fishermen from the Pacific islands met in Suva on Monday.", "Fishermen from the Pacific islands meet in Suva"},
		{"after a clause opener", "Officials said that hospitals in the Auckland region cancelled surgery on Monday.", "Hospitals in the Auckland region cancel surgery"},
		{"a four-word subject is unchanged", "Doctors from the region signed a new contract on Monday.", "Doctors from the region sign a new contract"},
	}
	runTitleAmong(t, tests)
	runDatedCases(t, []datedCase{
		{name: "a gerund is no head", text: "Shares rose on Monday, and judging from the way the board voted, the merger will pass.", bad: "judging"},
	})
}

// TestHeadlinePurposeOfRelative checks that a relative clause between
// commas takes no purpose from the main clause after it.
func TestHeadlinePurposeOfRelative(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a who clause", "Mayor Ana Ruiz, who took office in March, will fly to Lima next week for talks.", "Ana Ruiz takes office"},
		{"a which clause", "The ferry company, which started service in June, will sail to Oslo next week for repairs.", "The ferry company starts service"},
		{"the main clause keeps its purpose", "Mayor Ana Ruiz, who took office in March, will fly to Lima next week for talks.", "Mayor Ana Ruiz flies to Lima for talks"},
	}
	runTitleAmong(t, tests)
}
