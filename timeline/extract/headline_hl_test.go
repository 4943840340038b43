package extract

import "testing"

// TestHeadlineDatePhrase checks subjects that hold a date in a preposition
// phrase: the phrase goes with the date, not with the headline ("Heavy
// storms in March 2020 flooded": "Heavy storms flood"), whether it stands
// right before the verb or between commas (publication Wed 2022-09-14).
func TestHeadlineDatePhrase(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a date phrase right before the verb", "Heavy storms in March 2020 flooded about 300 homes.", "Heavy storms flood about 300 homes"},
		{"a date phrase between commas", "The last big dock strike, in 2015, lasted four days.", "The last big dock strike lasts four days"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineAgeOf checks a complement whose noun needs its "of" phrase:
// "at the age of 80", not "at the age"; "at the request of" whom.
func TestHeadlineAgeOf(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an age", "The painter Ruth Kallas died on Monday at the age of 80.", "Ruth Kallas dies at the age of 80"},
		{"a request", "The ferry sailed on Monday at the request of the harbour master.", "The ferry sails at the request of the harbour master"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineAgreementHead checks that the verb agrees with the head of
// its subject, not with the noun of a phrase after it.
func TestHeadlineAgreementHead(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plural head before between", "Queues between towns grew on Monday.", "Queues between towns grow"},
		{"a singular head before about", "A dispute about water rights ended on Monday.", "Dispute about water rights ends"},
		{"a singular head before over", "A protest over bus fares ended on Monday.", "Protest over bus fares ends"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineNameAgreement checks a name ending in s: one person, whose
// verb takes the singular.
func TestHeadlineNameAgreement(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a name ending in s", "The club's founder, Tomas Rivers, who died on Monday at the age of 80, had led it for decades.", "Tomas Rivers dies at the age of 80"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineRelativeBeforePhrase checks a verb in the past after "that"
// and before a preposition: a relative clause on the noun before it, whose
// subject that noun is ("an outbreak that started in the north": the
// outbreak starts), not a noun of happening.
func TestHeadlineRelativeBeforePhrase(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"before a place", "The drive follows a cholera outbreak that started in the north in March.", "A cholera outbreak starts in the north"},
		{"before another place", "Police watched a march that started outside the ministry on Monday.", "A march starts outside the ministry"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineWhoClauseSubject checks a subject that a "who" clause in the
// present follows: the subject is the noun before "who", not the clause.
func TestHeadlineWhoClauseSubject(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plural head", "Dockers who use the harbour will vote on the plan on Monday.", "Dockers vote on the plan"},
		{"a plural in -men", "Fishermen who use the harbour will vote on the plan on Monday.", "Fishermen vote on the plan"},
		{"a singular head", "A nurse who lives in the village will lead the clinic from Monday.", "A nurse leads the clinic"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineLastInGroup checks "last" inside a verb group ("was last
// repaired"): an adverb of the group, so the subject is found before it.
func TestHeadlineLastInGroup(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a second passive after and", "The bridge was built in 1950 and was last repaired in 2010.", "Bridge repaired"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineCutAfterNumber checks a complement that its limit cuts after a
// number: the phrase is left out, not ended on the number.
func TestHeadlineCutAfterNumber(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a number before its noun", "Health officials warned in May that flu cases in Asia had risen sharply in the first six months of 2021.", "Flu cases in Asia rise sharply"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineClosingAttribution checks a saying that closes its sentence
// after what was said: the headline says what the reported clause's own
// verb makes of it, its opening word lowered unless a name opens it.
func TestHeadlineClosingAttribution(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a passive clause", "Six workers were injured when a crane fell at the port on Sunday, the harbour police chief said on Monday.", "The harbour police chief says six workers injured"},
		{"an active clause", "Exports rose to 4.2 percent in June, the trade office said on Monday.", "The trade office says exports rise to 4.2 percent"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlinePossessivePronoun checks a subject that "Its", "Their",
// "His" or "Her" opens: the possessor is the plain subject of the sentence
// before in the same paragraph, when number agrees, the one person named
// before in the paragraph, or the speaker of the clause it opens; otherwise
// the words stay.
func TestHeadlinePossessivePronoun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"its", "The probe reached orbit on 2 May. Its main camera failed on Friday.", "The probe's main camera fails"},
		{"their", "The dockers voted on Monday. Their union signed a pay deal on Tuesday.", "The dockers' union signs a pay deal"},
		{"their after a singular", "The mayor spoke on Monday. Their union signed a pay deal on Tuesday.", "Their union signs a pay deal"},
		{"her after one person", "Senator Maria Okafor was charged in May. Her lawyer filed an appeal on Tuesday.", "Maria Okafor's lawyer files an appeal"},
		{"his in a reported clause", "The lawyer Tomas Berg told reporters on Monday that his client had returned the stolen car on Friday.", "Tomas Berg's client returns the stolen car on Friday"},
		{"his after two people", "John Reyes met Peter Lund in May. His lawyer filed an appeal on Tuesday.", "His lawyer files an appeal"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlinePassiveParticle checks a phrasal verb's particle before the
// preposition of a date: the particle stays with the verb.
func TestHeadlinePassiveParticle(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a particle before on", "The new mayor, Lena Dorsey, will be sworn in on 3 May.", "Lena Dorsey to be sworn in"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineArticleSound checks the article that a date left out of a
// phrase makes over again: "a" or "an" as the next word sounds.
func TestHeadlineArticleSound(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a one-", "The nurses union has called a one-week strike for 4 June.", "The nurses union has called a one-week strike"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineReportedPossessiveSubject checks the headline of a noun that
// a possessive date right after a verb of saying dates ("said Monday's
// flu coverage was event-driven"): the saying with its clause, the date
// left out with its "'s".
func TestHeadlineReportedPossessiveSubject(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a noun outside the lexicon", "Griffin said Monday's flu coverage was event-driven.",
			"Griffin says flu coverage was event-driven"},
		{"a noun of happening", "The minister said Friday's vote showed strong support for the plan.",
			"The minister says vote showed strong support for the plan"},
		{"after the saying's that", "A spokeswoman said that Wednesday's blackout had cut power to 40,000 homes.",
			"A spokeswoman says blackout had cut power to 40,000 homes"},
		{"a quoted predicate", "The director said Tuesday's ratings were \"flat\" across the region.",
			"The director says ratings were flat across the region"},
		{"a modal after the noun", "Officials said Saturday's storm would cost the county millions.",
			"Officials say storm would cost the county millions"},
	}
	runTitleAmong(t, tests)
}
