package extract

import (
	"strings"
	"testing"
)

// TestHeadlineDanglingEnd checks a complement that its word limit cut right
// after a word opening a phrase or a clause: the headline ends before that
// word ("through", "against", "just"), while a particle right after the verb
// stays ("takes over").
func TestHeadlineDanglingEnd(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a preposition cut from its phrase", "Volunteers cleared the old harbour wall through the night on Monday.", "Volunteers clear the old harbour wall"},
		{"an adverb opening a comparison", "On Monday shoppers bought its cheap winter coats just as prices rose.", "Shoppers buy its cheap winter coats"},
		{"a particle stays", "The deputy mayor took over on Monday.", "The deputy mayor takes over"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlinePluralFormName checks a country whose name has a plural form:
// one country, a verb in the singular.
func TestHeadlinePluralFormName(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the United States", "The trade talks ended on Monday, and the United States has postponed a planned visit by a farm delegation.", "The United States postpones a planned visit"},
		{"the Netherlands", "The trade talks failed, and the Netherlands closed two border crossings on Monday.", "Netherlands closes two border crossings"},
		{"a plural noun stays plural", "The trade talks failed, and the farm states closed two border crossings on Monday.", "The farm states close two border crossings"},
		{"a number of takes the number of its noun", "A number of airlines cancelled flights to Mexico on Monday.", "A number of airlines cancel flights to Mexico"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineClosingTelling checks a verb that tells news without being
// a verb of saying ("announced") closing its sentence after a comma: what
// it tells is the clause before it, not left out.
func TestHeadlineClosingTelling(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"announced", "The old ferry will return to service in June, the harbour board announced on Monday.", "The harbour board announces the old ferry returns to service"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineNeuterPastVerb checks an opening "It" whose verb is a past
// form the lexicon does not hold as a trigger: the noun phrase of the
// sentence before, as for any verb ("It informed the police": the
// company), also when that sentence's verb is such a form ("The company
// detected").
func TestHeadlineNeuterPastVerb(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a past form", "The bakery found the leak on Monday. It informed the council on Tuesday.", "The bakery informs the council"},
		{"a past form in both", "The bakery detected the leak on Monday. It informed the council on Tuesday.", "The bakery informs the council"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSpeakerApposition checks "it" in what a speaker said, when
// an apposition stands between the speaker and the verb of saying: "it" is
// the speaker, the noun before the apposition.
func TestHeadlineSpeakerApposition(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an apposition", "The water board, Aquanor, said it had tested the pipes in March.", "The water board tests the pipes"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSaidAside checks what was said when a relative clause
// between commas stands after its subject: the clause is left out and the
// words said go on to their verb ("announces the old ferry ... returns"),
// not cut at the clause ("announces the old ferry").
func TestHeadlineSaidAside(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"announced", "The old ferry, which seats 300 passengers, will stay in port until June, the harbour board announced on Monday.", "The harbour board announces the old ferry will stay in port until June"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineRelativeBeforeCatenative checks a subject that a relative
// clause between commas follows, with the verb after "is due to" or "is
// expected to": the subject is the head before the clause, as with a verb
// right after it.
func TestHeadlineRelativeBeforeCatenative(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"due to", "The river authority, which approved the dam in 2019, is due to inspect the site in November.", "The river authority inspects the site"},
		{"expected to", "The harbour board, which met on Monday, is expected to approve the plan in June.", "The harbour board approves the plan"},
		{"a long name", "The Northern Rivers Water Authority's board, which met on Monday, is expected to approve the plan in June.", "The Northern Rivers Water Authority's board approves the plan"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineConjunctCatenative checks a second verb joined by "and"
// after "is set to": the subject is the first verb's.
func TestHeadlineConjunctCatenative(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"set to", "The council approved the budget on Monday and is set to hold a final vote on Friday.", "The council holds a final vote"},
		{"due to", "The council approved the budget on Monday and is due to publish the accounts on Friday.", "The council publishes the accounts"},
		{"a date in May before and", "The council approved the budget on 3 May and is set to hold a final vote on Friday.", "The council holds a final vote"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineWhoAfterPlace checks "who" after a place phrase led by "on":
// the place is not who acted, so it never heads the headline.
func TestHeadlineWhoAfterPlace(t *testing.T) {
	x := newExtractor(t)
	text := "Stall holders on the east side, who held a protest outside the town hall last Friday, say the closure will hurt them."
	for _, e := range extractSeed(t, x, text) {
		if strings.HasPrefix(e.Title, "The east side") {
			t.Errorf("Extract(%q) title %q, want no place as the subject", text, e.Title)
		}
	}
}

// TestHeadlineIntransitiveAfterSince checks a verb that takes no object in
// a clause after "since": the past form is the subject's own act, not a
// participle describing it ("The Tavua volcano erupts", not "Tavua volcano
// erupted").
func TestHeadlineIntransitiveAfterSince(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"erupted", "About 3,000 people have left the island since the Tavua volcano erupted on Monday.", "The Tavua volcano erupts"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineClosingSpeakerRelative checks a saying that closes its
// sentence with a speaker that a relative clause describes: what was said
// is the clause before the comma, as with a bare speaker.
func TestHeadlineClosingSpeakerRelative(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"that", "Two hikers were hurt when a rock fall hit their camp on Monday night, the guiding firm that led their trek said on Wednesday.", "The guiding firm says two hikers were hurt when a rock fall hit their camp"},
	}
	runTitleAmong(t, tests)
}

// TestHeadlineSaidApposition checks what was said when an apposition with
// no verb stands between commas after its subject: it is left out, and the
// words said go on to their verb.
func TestHeadlineSaidApposition(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an apposition", "Two hikers, a guide and a cook, were hurt when a rock fall hit the camp on Monday night, the guiding firm said on Wednesday.", "The guiding firm says two hikers were hurt when a rock fall hit the camp"},
	}
	runTitleAmong(t, tests)
}
