package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

var temporalPreps = lexSet(`before after since following until ahead prior amid during`)

var clauseWords = lexSet(`which who while whereas but although though because as and when where that`)

// datesEvents reports whether a temporal expression can date an event:
// dates and times with a value, not durations, sets or vague references,
// nor a value whose year is unknown ("6 a.m. ten days before the
// shooting": a time of a day the text counts from an undated happening).
func datesEvents(x temporal.Timex) bool {
	if x.Type != "DATE" && x.Type != "TIME" {
		return false
	}
	v := x.Value.String()
	return v != "" && v[0] != 'X' && !strings.HasSuffix(v, "_REF")
}

// attachTimex chooses the trigger a temporal expression dates and the cost
// of that choice. Triggers after a temporal preposition ("before Xi's
// arrival") are reference points, not the dated event; a date that opens the
// sentence dates what follows it. A noun of happening that a date of its
// own modifies ("the October verdict") takes no other date of the clause.
func attachTimex(text string, ws []word, dated []bool, lastDated int, trigs, verbs []int, x temporal.Timex) (int, int) {
	first, last := wordRange(ws, x.Start, x.End)
	if bornBefore(ws, first) {
		return -1, 0 // "was born in 1941 in a village, and learned the kora": the birth's, not the learning's
	}
	if v := asideSubjectVerb(text, ws, trigs, verbs, first, last); v >= 0 {
		return v, 0 // "The last rail strike, in November 2013, lasted five days": the lasting's
	}
	if n := postNominal(text, ws, first, last); n >= 0 {
		if v := occasionVerb(text, ws, n); v >= 0 && occasionNouns[ws[n].lower] && !slices.Contains(dated[v:n], true) {
			// "may be resolved in a court hearing the week of March 6": the
			// resolving's, the hearing where; not a verb with a date of its
			// own ("launched the revolution 40 years ago in a rally
			// Saturday")
			return v, 0
		}
		return n, 0 // "the prosecution's offer last week": the offer's
	}
	if n := nounOfDate(text, ws, first); n >= 0 {
		return n, 0 // "played until the coup of November 1968": the coup's
	}
	if n := sinceNoun(text, ws, first); n >= 0 {
		return n, 0 // "have protested since the first reading on 16 April": the reading's
	}
	if n, _, _ := threatObject(text, ws, first); n >= 0 {
		return n, 0 // "has threatened further action in April": the action's
	}
	if h, ok := objectYear(text, ws, first, last); ok && h >= 0 {
		return h, 0 // "strengthened the 1959 trade embargo": the embargo's
	}
	if p := trailingParticiple(text, ws, first); p >= 0 {
		return p, 0 // "breaking the course record set in 2008": the setting's
	}
	if p := participlePhrase(text, ws, first, last); p >= 0 {
		return p, 0 // "a painting stolen in 2019 has been returned": the theft's
	}
	occasion := occasionFrame(text, ws, first, last)
	opening := first <= 1 || frontedEnd(text, ws, first, last) >= 0 || occasion || coordinateOpening(text, ws, first)
	modifier := premodifier(text, ws, last)
	// The verbs outside the lexicon (verbs, sorted) are only guesses: those
	// near the date, in its clause (no clause word nor hard gap between).
	lo, hi := sort.SearchInts(verbs, first-maxReach/2), sort.SearchInts(verbs, last+maxReach/2+1)
	cands := slices.Concat(trigs, verbs[lo:hi])
	// the noun of happening the date modifies, in the lexicon or not: "the
	// Oct. 23 slaying", "his Aug. 2 power-grab"
	if h := modifiedNoun(text, ws, first, last); h == last+1 && ws[h].trig == nil && eventWord(text, ws, h) && isNoun(ws, h) {
		cands = append(cands, h)
	}
	frame := referenceFrame(text, ws, first)
	// a saying is told at a point of time, not throughout a stretch of it:
	// "said the company foresees the need for new capability throughout the
	// 1990s" dates what is said
	stretch := first > 0 && ws[first-1].lower == "throughout"
	bestIdx, bestCost := -1, 1<<30
	for n, ti := range cands {
		if ws[ti].quoted || chargeOf(ws, ti) || mannerPhrase(ws, ti) || (ti+1 < first || ti+1 > last) && !guessedVerb(verbs, ti+1) && !framePhrase(text, ws, ti, last) && compoundModifier(text, ws, ti) {
			continue // a charge ("charged with murder Thursday"), a reason ("in protest") is no happening of the date
		}
		if n >= len(trigs) && !guessInClause(text, ws, ti, first, last) {
			continue
		}
		if ti > last && negated(ws, ti) && butClauseBetween(text, ws, last, ti) {
			continue // "On 2 July a worker reported muddy water, but no inspection was ordered": what did not happen took no day
		}
		if ws[ti].info().speech && !isNoun(ws, ti) && !notSaying(text, ws, ti) && !(occasion && ti > last) && (speechOutside(text, ws, lastDated, ti, first, last) || stretch) {
			continue
		}
		var cost int
		switch {
		case ti < first:
			if prepositionAttributive(text, ws, trigs, ti) {
				continue // "are evacuated by boat from flooded streets, Sunday": the evacuation's
			}
			if yearsNoun(text, ws, ti) || datedNoun(text, ws, dated, ti) {
				continue // "abandoned the 2015 nuclear deal on Tuesday": the deal has its year
			}
			if findingThat(ws, ti, first) {
				continue // "The court heard that on 16 May the driver left the road": the leaving's
			}
			if asideParticiple(text, ws, ti) && hasPunctBetween(text, ws, ti, first) {
				continue // "the canvas, stolen in 2019, in a unit last month": not the theft's
			}
			if appositionNoun(text, ws, ti, first) {
				continue // "soared 25 percent, the maximum daily gain allowed, on Wednesday": the soaring's
			}
			if ownVerbAfterSemicolon(text, ws, ti, first) {
				continue // "until the strikes began; the operator said exports could resume in March": not the beginning's
			}
			if modalRelative(ws, ti, first) {
				continue // "to his father, who could come as early as Tuesday": the relative clause's possibility
			}
			if possessiveReference(text, ws, ti) && (!ownPhrase(text, ws, ti, first) || verbBetween(text, ws, ti, first)) {
				continue // "In the weeks before his death, he rehearsed on Monday": the death is no happening of Monday
			}
			cost = first - ti
			if first >= 2 && ws[first-1].lower == "of" && partWords[ws[first-2].lower] && !hasPunctBetween(text, ws, first-2, first) {
				cost -= 2 // "stopped for most of 2021": the words of the part are the date's own
			}
			if opening {
				cost += 20
			}
			cost += 3 * clauseBreaks(text, ws, ti, first)
			if hardGapBetween(text, ws, ti, first) {
				cost += 10 // "to screen an advertisement _ made last week, ... _": the aside's date
			}
		case ti > last && frame && hasPunctBetween(text, ws, last, ti):
			continue // "After a revision Friday to December's figures, the economy has been creating": the main clause is after it
		case ti > last && !opening && relativeAsideBetween(text, ws, first, last, ti):
			continue // "will take over on January 1 from Henrik Sand, who announced his resignation": the aside's own time
		case ti > last && dateInRelativeAside(text, ws, first, last, ti):
			continue // "Marina Silva, who held the post in 2003, praised the agency": not the praise's
		case ti > last+1 && !opening && restrictiveRelative(text, ws, first, last, ti):
			continue // "a wildfire that broke out on Thursday had burned": the relative clause's own time
		case ti == last+1 && !opening && !isNoun(ws, ti) && contactRelative(text, ws, first):
			continue // "The album he recorded there the following year sold": the recording's
		case ti == last+1 && !opening && restrictiveRelative(text, ws, first, last, ti) && dateJustAfter(ws, dated, ti):
			continue // "the fire that destroyed the market last July concluded on Wednesday": the verb after has its own
		case ti > last && !opening && nounClauseBetween(text, ws, last, ti):
			continue // "comments last week were in response to signals that it wants to renew talks"
		case ti > last:
			// A date right before its event ("on Wednesday started", "an
			// October congress") dates it; further right, a date after its
			// verb is the usual order, so the left side is preferred.
			cost = ti - last
			if cost > 1 && !opening {
				cost *= 3
			}
			if !opening && hasPunctBetween(text, ws, last, ti) {
				cost += 10 // "Friday, killing dozens": a trailing clause
			}
			// a temporal preposition among the words last+1 .. ti-1, but
			// for one whose phrase a comma closes after a date that opens
			// the clause ("Two days later, after a night of blackouts,
			// he apologised")
			if between(ws, last+1, ti, func(w word) int { return int(w.temporals) }) > 0 && !(opening && closedTemporalPhrase(text, ws, last, ti)) {
				continue
			}
			cost += 3 * clauseBreaks(text, ws, last, ti)
			if hardGapBetween(text, ws, last, ti) {
				cost += 10
			}
			if coordinated(ws, last, ti) {
				cost += 3 // "on Monday and strengthened on Wednesday": the next verb's own
			}
			if ti > 0 && ws[ti-1].lower == "to" && ti-1 > last {
				cost += 3 // "opened the gates on Saturday morning to release water": the purpose is later
			}
			if !opening && strings.HasSuffix(ws[ti].lower, "ing") && !ws[ti-1].is(cBeForm) && !isNoun(ws, ti) {
				// "died in 1906 suffering from dementia", "attacked on
				// Monday killing 12 soldiers": a participle after the date
				// tells the manner or the outcome of the verb before it,
				// whose date it is
				cost += 3
			}
		default:
			continue
		}
		if n >= len(trigs) {
			cost += 2 // a verb outside the lexicon, only guessed
		}
		if modifier && ti != last+1 {
			cost += 4 // "to release third-quarter results in mid-November": the results' quarter
		}
		if cost < bestCost {
			bestIdx, bestCost = ti, cost
		}
	}
	if bestIdx >= 0 && bestIdx < first && inclusionVerbs[ws[bestIdx].lower] {
		if n := includedHappening(text, ws, bestIdx, first); n >= 0 {
			return n, bestCost // "included $27 million from the sale of a unit in August": the sale's
		}
	}
	if bestIdx >= 0 && bestIdx < first && isNoun(ws, bestIdx) {
		for k := bestIdx + 1; k < first && k <= bestIdx+4 && !hasPunct(text[ws[k-1].end:ws[k].start]); k++ {
			if aspectualPresent(text, ws, k) {
				return k, bestCost // "The tour ends in Tokyo on May 3": the ending's, the tour one of its words
			}
		}
	}
	if bestIdx < first {
		if v := occasionVerb(text, ws, bestIdx); v >= 0 && !slices.Contains(dated[v:bestIdx], true) {
			return v, bestCost // "announced the plan at a news conference on Monday": the announcing's
		}
	}
	return bestIdx, bestCost
}

// prepositionAttributive reports a participle at ti that modifies the
// lowercase noun after it, right after a preposition ("from flooded
// streets", "into damaged homes"), in a clause whose verb of happening
// stands before it: the participle describes a thing; the verb is the
// happening a date of the clause dates.
func prepositionAttributive(text string, ws []word, trigs []int, ti int) bool {
	if ti < 2 || ti+1 >= len(ws) || !ws[ti-1].is(cPreposition) || !pastForm(ws, ti) || !lowerWord(text, ws[ti+1]) ||
		ws[ti+1].is(cClosed|cPreposition) || text[ws[ti].end:ws[ti+1].start] != " " || text[ws[ti-1].end:ws[ti].start] != " " {
		return false
	}
	for k := ti - 2; k >= 0; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener) {
			return false
		}
		if slices.Contains(trigs, k) && !isNoun(ws, k) && !ws[k].info().noun {
			return true
		}
	}
	return false
}

// datedNoun reports a noun of happening at ti that a date right before it
// modifies, as an adjective would: "will appeal the October verdict in
// June". The noun has its own date, so a later date of its clause is the
// verb's: the appeal is of June, the verdict of October.
func datedNoun(text string, ws []word, dated []bool, ti int) bool {
	return ti > 0 && dated[ti-1] && !dated[ti] && isNoun(ws, ti) && premodifier(text, ws, ti-1)
}

// intentNouns name an aim that an infinitive after them tells: "a bid to
// recall the mayor", "a plan to close the mine", "an attempt to reach the
// summit".
var intentNouns = lexSet(`bid plan plans attempt attempts effort efforts proposal proposals move motion push call calls
campaign offer request petition scheme`)

// intentGovernor is the verb in the past whose object is a noun of aim
// (intentNouns) that the infinitive at ti complements, the date at first
// after it: "rejected a bid to recall the mayor on Saturday". A bid's aim
// is no happening; the date modifies the verb that carries the tense, as
// it does its object ("rejected the bid on Saturday"). -1 when there is
// none. The caller keeps the infinitive's for a date still to come ("approved a
// plan to hold the vote in May").
func intentGovernor(text string, ws []word, ti, first int) int {
	if ti < 3 || ti >= first || ws[ti-1].lower != "to" || !intentNouns[ws[ti-2].lower] || hasPunctBetween(text, ws, ti-2, first) {
		return -1
	}
	n := ti - 2
	for v := n - 1; v >= 0 && v >= n-4; v-- {
		if hasPunct(text[ws[v].end:ws[v+1].start]) {
			return -1
		}
		if isNoun(ws, v) || !pastForm(ws, v) || !objectPhrase(text, ws, v, n) {
			continue
		}
		if _, ok := headInfo(text, ws, v); ok {
			return v
		}
		return -1
	}
	return -1
}

// partWords take a part of the span of time after them ("for most of
// 2021", "during much of the year"): the phrase is one date phrase.
var partWords = lexSet(`most much part all rest half`)

// guessInClause reports the verb outside the lexicon at ti in the clause of
// the date at first..last. The date's own words are no clause words: "that
// evening" after "controllers switched the satellite to a safe mode" is
// still that clause's.
func guessInClause(text string, ws []word, ti, first, last int) bool {
	if ti > last {
		return sameClause(text, ws, first, ti)
	}
	return sameClause(text, ws, ti, first-1) && !hardGap(text[ws[first-1].end:ws[first].start])
}

// speechOutside reports a date (words first..last) that lies in what a
// verb of saying at ti reports, not on the saying: after its "that" or
// quotation mark ("said on Tuesday that Xi will visit in October"), or
// before it across a comma ("winds on Sunday could push oil ashore,
// officials said").
//
// A date that opens the sentence frames the saying, not what is said, when
// what is said carries a date of its own (lastDated is the last word of the
// sentence's dates outside quotation marks, -1 when there is none): "Last
// month, the U.S. said it had sought to engage North Korea in mid-February"
// tells a statement of last month about February.
func speechOutside(text string, ws []word, lastDated, ti, first, last int) bool {
	if first > ti {
		upTo := first
		if ws[first].lower == "that" {
			upTo-- // "said that evening that he would appeal": the date's own "that"
		}
		if reportedClause(text, ws, ti, upTo) {
			return !classification(text, ws, ti, first)
		}
		// a verb or a modal between them: the date is what is said's
		// ("Forecasters said Selene could dump 40 cm of rain through
		// Saturday"); a company's result after the verb is its object, no
		// verb ("reported a net loss of $35.2 million on Friday": the
		// report is Friday's)
		for k := ti + 1; k < first && k <= ti+12; k++ {
			if ws[k].is(cModal) || ws[k].is(cFutureMark) && ws[k].lower != "to" || eventWord(text, ws, k) && !isNoun(ws, k) && !ws[k].is(cPreposition) && !ws[k].is(cResultNoun) {
				return true
			}
		}
		return modalAfterDate(text, ws, ti, first, last)
	}
	if last+1 < ti && opensClause(text, ws, first) && strings.Contains(text[ws[last].end:ws[last+1].start], ",") && (!reportsHappening(text, ws, ti) || lastDated > ti) {
		// a date that opens the sentence frames its main clause: "In
		// early 1997, Yeltsin told Clinton ..." dates the telling, and so
		// it does across an apposition of the speaker ("On Wednesday,
		// Ricardo Alarcon, head of Cuba's National Assembly, said"), unless
		// the saying trails another clause ("On Sunday, winds could push
		// oil ashore, officials said"); a saying that ends the sentence
		// has what it says before it, a clause whatever its verb ("As of
		// February, the store accounts for 70% of sales, a firm said")
		return hasPunctBetween(text, ws, last+1, ti) && (clauseBefore(text, ws, last+1, ti) || ti == len(ws)-1)
	}
	if c := frontedEnd(text, ws, first, last); c >= 0 && c <= ti && (!reportsHappening(text, ws, ti) || lastDated > ti) {
		// "In his Sunday Mass at St. Patrick's Cathedral, Cardinal
		// O'Connor urged": the phrase frames the saying as well
		return hasPunctBetween(text, ws, c, ti) && clauseBefore(text, ws, c, ti)
	}
	return hasPunctBetween(text, ws, last, ti)
}

// classification reports what a verb of saying at ti reports, up to the
// date at first, as a classification and nothing else: "that", a subject
// without a verb, a form of "be" and a noun phrase with "a" or "an"
// ("confirmed that they were a distinct species last year", "said the
// death was a suicide on Monday"). Being of a kind holds whatever the day,
// and takes no date of its own: the date is the saying's, the finding's.
// A state of a time ("said he was ill last week", "were net losers in
// the third quarter") keeps its date.
func classification(text string, ws []word, ti, first int) bool {
	be := -1
	for k := ti + 1; k < first && k <= ti+10; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].quoted {
			return false
		}
		if ws[k].is(cBeForm) {
			be = k
			break
		}
		if ws[k].is(cModal|cAuxiliary|cClauseOpener) && ws[k].lower != "that" || clauseVerb(text, ws, k) {
			return false
		}
	}
	if be < 0 || be+2 >= first || first-be > 10 || ws[be+1].lower != "a" && ws[be+1].lower != "an" {
		return false
	}
	end := first // the noun phrase ends at the date or its preposition
	if ws[first-1].is(cPreposition) {
		end--
	}
	for k := be + 2; k < end; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || !lowerWord(text, ws[k]) || ws[k].is(cClosed) || clauseVerb(text, ws, k) {
			return false
		}
	}
	return end > be+2
}

// clauseBefore reports a clause of its own among words from..to-1, before
// a verb of saying at to: a verb there, or a modal ("winds could push oil
// ashore, officials said"), not a noun phrase in apposition ("Ricardo
// Alarcon, head of Cuba's National Assembly, said").
func clauseBefore(text string, ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k].is(cModal) {
			return true
		}
		if clauseVerb(text, ws, k) {
			return true
		}
	}
	return false
}

// modalAfterDate reports a date phrase (words first..last, after a
// preposition) inside the subject of a clause reported by the verb of saying
// at ti without "that", whose modal follows the date
// (within three words, no punctuation between): "Forecasters said strong
// winds on Sunday could push more oil onto the shore" — Sunday is when the
// winds may push, not when the forecasters spoke.
func modalAfterDate(text string, ws []word, ti, first, last int) bool {
	if first-ti < 3 || !ws[first-1].is(cPreposition) {
		return false // "said on Sunday it would": the date right after the saying is the saying's
	}
	for k := last + 1; k < len(ws) && k <= last+3; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].is(cClauseOpener) {
			return false // "said in an interview on Tuesday that she would resign": the clause said opens after the date
		}
		if ws[k].is(cModal) || ws[k].lower == "will" {
			return true
		}
	}
	return false
}

// clauseVerb reports a verb at k that can head a clause: a word of
// happening, not a noun, preposition, nor a noun made from a verb outside
// the lexicon ("live with NATO expansion").
func clauseVerb(text string, ws []word, k int) bool {
	if !eventWord(text, ws, k) || isNoun(ws, k) || ws[k].is(cPreposition) {
		return false
	}
	_, known := ws[k].trigger()
	return known || !nounForm(ws, k)
}

// reportsHappening reports a verb of happening after the saying at ti, not
// under a modal, within 16 words: "said authorities are pursuing 400 tips"
// reports a happening that takes the date; "told Clinton he could live
// with it" and "told Clinton about NATO" report none.
func reportsHappening(text string, ws []word, ti int) bool {
	for k := ti + 1; k < len(ws) && k <= ti+16; k++ {
		if clauseVerb(text, ws, k) {
			if p := prevContent(ws, k); p >= 0 && ws[p].is(cModal) {
				continue
			}
			return true
		}
	}
	return false
}

// measureNouns name figures measured over or on a date: a state of that
// date, no happening.
var measureNouns = lexSet(`figures figure data numbers statistics level levels rate rates price prices
index estimate estimates total totals count tally`)

// thingOfDate reports a date in the possessive whose noun names a measure
// or a person by a title, not a happening: "December's figures", "Friday's
// closing level", "last year's winner". When no
// happening of the sentence takes it, the date tells which figures, and
// stands for no happening of its own.
func thingOfDate(text string, ws []word, x temporal.Timex) bool {
	first, last := wordRange(ws, x.Start, x.End)
	if last >= len(ws) || !ws[last].possessive {
		return false
	}
	h := modifiedNoun(text, ws, first, last)
	return h >= 0 && (measureNouns[ws[h].lower] || titleNouns[ws[h].lower])
}

// titleNouns name a person by a title won or held at a time: "finished
// ahead of last year's winner", "met 2019's champion". The date tells when
// the title was held, no happening of the sentence.
var titleNouns = lexSet(`winner winners champion champions runner-up finalist finalists holder holders
laureate laureates medallist medalist medallists medalists titleholder`)

// comparisonWords introduce the base of a comparison.
var comparisonWords = lexSet(`from than compared against versus over`)

// comparisonBase reports a date that is the base a figure is compared with,
// not the date of a happening: "profit soared to $155 million from $99
// million a year earlier", "up 4% from the year-ago quarter".
func comparisonBase(text string, ws []word, x temporal.Timex) bool {
	if superlativeFrame(text, ws, wordIndexAt(ws, x.Start)) || onBase(text, ws, x) {
		return true
	}
	t := strings.ToLower(x.Text)
	first := wordIndexAt(ws, x.Start)
	if !strings.Contains(t, "earlier") && !strings.Contains(t, "ago") && !strings.Contains(t, "previous") && !strings.Contains(t, "prior") {
		// the start of a change told from one figure to another: "jumped
		// from fewer than 100,000 in 1980 to more than 300,000 last year"
		if k := wordIndexAt(ws, x.End); (k >= len(ws) || ws[k].lower != "to" || !fromBefore(ws, first)) && !plainComparison(ws, first) && !possessiveBase(ws, x) && !changeBase(text, ws, x) && !changeFrom(ws, first) && !thanBase(ws, first) {
			return false
		}
	}
	for k := first - 1; k >= 0 && k >= first-12; k-- {
		if ws[k].is(cComparison) {
			return !thingAgainst(text, ws, k, first)
		}
		if ws[k].is(cResultNoun) {
			continue // the figure compared: "compared with earnings a year earlier"
		}
		if comparedPronoun(ws, k) {
			continue // "than that of 2015": the pronoun of the noun compared
		}
		if ws[k].info().lemma != "" || ws[k].is(cClauseOpener) || eventWord(text, ws, k) && !isNoun(ws, k) {
			// a verb or a clause between: "from the principle it
			// vindicated two years ago" compares nothing; only the
			// figures of the base stand between ("from $36 million, or
			// 39 cents a share, in the year-ago quarter")
			return false
		}
	}
	return false
}

// relativeAsideBetween reports a relative clause set off by a comma that
// opens after the date ending at word last and holds the word at ti:
// "will take over on January 1 from Henrik Sand, who announced his
// resignation in September". Such a clause tells about a person or a thing
// of the sentence at a time of its own, not at the main clause's date. Its
// antecedent must stand between the date and the pronoun: right after the
// date, "which" may stand for the date ("on Monday, which was a holiday")
// and "who" for the noun the date is part of ("For ordinary Mexicans this
// week, who faced the shutdown of their country").
func relativeAsideBetween(text string, ws []word, first, last, ti int) bool {
	if first > 0 && ws[first-1].lower == "of" {
		return false // "a pandemic similar to that of 1918-19, which killed": the date's noun is the antecedent
	}
	for k := last + 1; k < ti; k++ {
		w := ws[k].lower
		if w != "who" && w != "which" && w != "whom" && w != "whose" {
			continue
		}
		if !strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return false
		}
		for j := last + 1; j < k; j++ {
			if hasPunct(text[ws[j-1].end:ws[j].start]) {
				return false // another clause between: "on Monday, the Government should have said that Brits in Mexico, who"
			}
		}
		for j := k + 1; j <= ti; j++ {
			if hasPunct(text[ws[j-1].end:ws[j].start]) {
				return false // "today, Cuban television, which clings to the party line, began": closed before ti
			}
		}
		return k > last+1 && strings.IndexFunc(text[ws[last].end:ws[k].start], unicode.IsLetter) >= 0
	}
	return false
}

// dateInRelativeAside reports a date (words first..last) inside a
// relative clause set off by commas, opened by "who" after a comma, whose
// closing comma stands between the date and the word at ti: "Marina Silva,
// who held the post from 2003 to 2008, praised the agency". The clause
// tells about the person at a time of its own; the main clause after it is
// not of that time. (A "which" clause may hold a thing's dated state that
// only the main clause's draft carries to its word: "the notes, which will
// be due on Nov. 1, 2004, will be used" is the falling due, dueWord.)
func dateInRelativeAside(text string, ws []word, first, last, ti int) bool {
	open := false
	for k := first - 1; k > 0 && k >= first-12; k-- {
		if ws[k].lower == "who" {
			open = strings.TrimSpace(text[ws[k-1].end:ws[k].start]) == ","
			break
		}
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return false
		}
	}
	if !open {
		return false
	}
	for j := last + 1; j <= ti; j++ {
		if gap := text[ws[j-1].end:ws[j].start]; hasPunct(gap) {
			return strings.TrimSpace(gap) == ","
		}
	}
	return false
}

// restrictiveRelative reports a date (words first..last) inside a relative
// clause opened by "who", "which" or "that" after a noun, with no comma,
// whose own verb in the past stands between the pronoun and the date, and a
// verb at ti after the date with no "and" or "or" between: the verb after
// is the main clause's, not dated by the relative clause ("A wildfire that
// broke out on Thursday afternoon had burned 12,000 hectares", "Residents
// who were evacuated on Saturday will not return"). A "that" after a verb
// of saying opens what is said, no relative clause. (A date right before its
// word, "damaged in Tuesday's earthquake", is that word's: the caller keeps
// ti = last+1.)
func restrictiveRelative(text string, ws []word, first, last, ti int) bool {
	verb := false
	for k := first - 1; k > 0 && k >= first-10; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		w := ws[k].lower
		if w != "who" && w != "which" && w != "that" {
			// a past right after the pronoun is its verb, which isNoun
			// may take for a noun after "that" ("the fire that destroyed")
			afterPronoun := k > 0 && (ws[k-1].lower == "who" || ws[k-1].lower == "which" || ws[k-1].lower == "that") && eventWord(text, ws, k)
			verb = verb || (clauseVerb(text, ws, k) || afterPronoun) && (pastForm(ws, k) || ws[k].is(cIrregularParticiple))
			continue
		}
		if !verb || hasPunct(text[ws[k-1].end:ws[k].start]) || !wordOfLetters(text, ws[k-1]) || ws[k-1].is(cClosed) || eventWord(text, ws, k-1) && !isNoun(ws, k-1) {
			return false
		}
		for j := last + 1; j < ti; j++ {
			if ws[j].lower == "and" || ws[j].lower == "or" || ws[j].lower == "but" || hardGap(text[ws[j-1].end:ws[j].start]) {
				return false
			}
		}
		return true
	}
	return false
}

// sameTimeClause is the verb in the past of a clause opened by "while",
// "whereas" or "as" right after the comma that ends the clause of a date
// (its last word at last), when that clause holds no date of its own:
// "Halden's sales fell 6 percent in 2008, while Marisco earned 480 million
// dollars", "lost 410 million euros in the third quarter, as its sales in
// Europe fell by a fifth"; with no comma, right after the date ("its loss
// widened in 2020 as the pandemic halted travel"). The conjunction sets the
// two happenings side by side in one time, the date's. A subject must stand between ("as
// expected", "while visiting" are no clauses), and the verb must be in the
// past, not after an auxiliary ("while talks were continuing" is a state).
// -1 when there is none.
func sameTimeClause(text string, ws []word, dated []bool, last int) int {
	c := -1
	for k := last + 1; k < len(ws) && k <= last+maxReach; k++ {
		if dated[k] || ws[k].quoted {
			return -1
		}
		g := text[ws[k-1].end:ws[k].start]
		if w := ws[k].lower; (w == "while" || w == "whereas" || w == "as") && (strings.TrimSpace(g) == "," || k == last+1 && g == " ") {
			c = k
			break
		}
		if hasPunct(g) || ws[k].is(cClauseOpener) || clauseWords[ws[k].lower] {
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	v := -1
	for j := c + 1; j < len(ws) && j <= c+7; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || dated[j] || ws[j].quoted || ws[j].is(cBeForm|cAuxiliary|cModal|cHaveForm) {
			return -1
		}
		if eventWord(text, ws, j) && !isNoun(ws, j) {
			if j == c+1 || !pastForm(ws, j) || ws[j].info().speech {
				return -1
			}
			v = j
			break
		}
	}
	if v < 0 {
		return -1
	}
	for j := v + 1; j < len(ws) && j <= v+maxReach; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			break // "while Marisco earned 480 million dollars, up from 410 million a year earlier": an aside, the base of a change
		}
		if dated[j] && !afterSince(ws, dated, j) {
			return -1 // the clause's own date ("since 2020" dates nothing: "its first full carnival since 2020")
		}
	}
	return v
}

// afterSince reports a dated word at j whose date follows "since": such a
// date dates nothing ("the highest since 1992").
func afterSince(ws []word, dated []bool, j int) bool {
	k := j
	for k > 0 && dated[k-1] {
		k--
	}
	return k > 0 && ws[k-1].lower == "since"
}

// andClause is the verb in the past of a clause with its own subject that
// ", and" opens right after the date that ends the clause before it (its
// last word at last), when the new clause holds no date of its own:
// "repelled an attack early on Saturday, and four attackers were killed",
// "ran aground on Thursday morning, and fuel oil leaked". The two clauses
// tell one occasion, told in order; the date of the first is the second's
// too (the caller asks the first for a verb in the past). A subject must
// stand between "and" and the verb ("and then left" is one subject's, for
// secondHappening); the verb is a simple past or a passive one ("were
// killed"), no saying ("and officials said"), no state ("were continuing").
// -1 when there is none.
func andClause(text string, ws []word, dated []bool, last int) int {
	c := last + 1
	if c+2 >= len(ws) || ws[c].lower != "and" || strings.TrimSpace(text[ws[last].end:ws[c].start]) != "," {
		return -1
	}
	v := -1
	for j := c + 1; j < len(ws) && j <= c+7; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || dated[j] || ws[j].quoted || clauseWords[ws[j].lower] {
			return -1
		}
		if ws[j].lower == "was" || ws[j].lower == "were" {
			if j == c+1 || j+1 >= len(ws) || !(ws[j+1].is(cIrregularParticiple) || strings.HasSuffix(ws[j+1].lower, "ed")) {
				return -1
			}
			v = j + 1 // "and four attackers were killed"
			break
		}
		if ws[j].is(cBeForm | cAuxiliary | cModal | cHaveForm | cClauseOpener) {
			return -1
		}
		if eventWord(text, ws, j) && !isNoun(ws, j) {
			if !pastForm(ws, j) && strings.HasSuffix(ws[j].lower, "s") && j+1 < len(ws) && ws[j+1].is(cBeForm) {
				continue // "four attackers were killed": the subject's plural noun
			}
			if j == c+1 || !pastForm(ws, j) {
				return -1
			}
			v = j
			break
		}
	}
	if v < 0 || ws[v].info().speech || !eventWord(text, ws, v) || aspectualForms[ws[v].lower] != "" {
		return -1 // "and residents began returning home": a course that follows, no happening of the date
	}
	if _, ok := headInfo(text, ws, v); !ok {
		return -1
	}
	for j := v + 1; j < len(ws) && j <= v+maxReach; j++ {
		if dated[j] && !afterSince(ws, dated, j) {
			return -1 // the clause's own date ("since 2020" dates nothing: "its first full carnival since 2020")
		}
	}
	return v
}

// pastBefore reports a verb in the past that is no saying before the date
// that starts at first, in its clause: "repelled an attack on Saturday".
func pastBefore(text string, ws []word, first int) bool {
	for k := first - 1; k >= 0 && k >= first-maxReach; k-- {
		if ws[k].is(cClauseOpener) || hardGap(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		if pastForm(ws, k) && eventWord(text, ws, k) && !isNoun(ws, k) {
			return !ws[k].info().speech
		}
	}
	return false
}

// thingAgainst reports "against" or "over" at k followed by a noun phrase
// that holds no figure nor count (numberWords: "seven", "several") before
// the date at first: "the currency rose against the euro earlier this
// week", "protested against the war two years ago". Those words compare
// figures only ("a profit of $5 million against $3 million a year
// earlier", "up 5% over a year earlier"); before a thing they name what a
// happening is against or over, and the date is the happening's.
//
// "From" before a thing names where the happening comes from ("ordered 18
// trains from Alstom earlier this month"), as long as a word other than an
// article or a determiner stands for the thing: "up 4% from the year-ago
// quarter" is a base.
func thingAgainst(text string, ws []word, k, first int) bool {
	w := ws[k].lower
	if w != "against" && w != "over" && w != "from" || k+1 >= first {
		return false
	}
	thing := w != "from"
	if !thing && k > 0 && (ws[k-1].lower == "up" || ws[k-1].lower == "down") {
		return false // "up from seven a year ago": the start of a change
	}
	for j := k + 1; j < first; j++ {
		if figureWord(ws[j].lower) || numberWords[ws[j].lower] || ws[j].is(cResultNoun|cBalanceNoun) || strings.ContainsAny(text[ws[j-1].end:ws[j].start], "$€£¥%") {
			return false
		}
		thing = thing || !ws[j].is(cArticle|cDeterminer)
	}
	return thing
}

// occasionOfSaying is the noun that ends the phrase after a verb of saying
// at k and right before the date at first, when that phrase tells where the
// saying happened: "said in a telephone interview Monday", "said at a
// regular news briefing today" — the interview and the briefing are the
// saying's occasion, of its date. -1 when there is none.
func occasionOfSaying(text string, ws []word, k, first int) int {
	n := first - 1
	if k+3 > n || n-k > 6 || (ws[k+1].lower != "in" && ws[k+1].lower != "at" && ws[k+1].lower != "during") || !ws[k+2].is(cDeterminer) {
		return -1
	}
	if !lowerWord(text, ws[n]) || ws[n].is(cClosed) || ws[n].possessive || strings.HasSuffix(ws[n].lower, "s") && !strings.HasSuffix(ws[n].lower, "ss") {
		return -1
	}
	for j := k + 3; j <= n; j++ {
		if text[ws[j-1].end:ws[j].start] != " " || !lowerWord(text, ws[j]) || ws[j].is(cClosed) {
			return -1
		}
	}
	return n
}

// sayingOccasion reports the noun at n as the occasion of a verb of saying
// before it (occasionOfSaying) for the date at first: "said in a telephone
// interview Monday" dates the saying, its occasion with it.
func sayingOccasion(text string, ws []word, n, first int) bool {
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if ws[k].info().speech && !isNoun(ws, k) {
			return occasionOfSaying(text, ws, k, first) == n
		}
	}
	return false
}

// bracketBefore reads back from word k, whose gap after it closes a
// bracket (")"), to the word before the bracket's opening, within 8 words:
// its index, or -1 when the gap after k closes none or the bracket is
// longer.
func bracketBefore(text string, ws []word, k int) int {
	if k+1 >= len(ws) || !strings.HasPrefix(strings.TrimLeft(text[ws[k].end:ws[k+1].start], " "), ")") {
		return -1
	}
	for j := k; j > 0 && j >= k-8; j-- {
		g := text[ws[j-1].end:ws[j].start]
		if strings.Contains(g, ")") {
			return -1
		}
		if strings.Contains(g, "(") {
			if strings.ContainsAny(g, ";:[]—–\"“”") {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// bracketAfter is the first word after a bracketed aside that opens right
// after word k ("Spectator" of "The Hamilton (Ontario) Spectator"), at
// most eight words long and holding no other hard gap; -1 when there is
// none.
func bracketAfter(text string, ws []word, k int) int {
	if k < 0 || k+1 >= len(ws) || !strings.HasPrefix(strings.TrimLeft(text[ws[k].end:ws[k+1].start], " "), "(") {
		return -1
	}
	for j := k + 2; j < len(ws) && j <= k+9; j++ {
		g := text[ws[j-1].end:ws[j].start]
		if strings.Contains(g, ")") {
			if hardGap(strings.Replace(g, ")", "", 1)) {
				return -1
			}
			return j
		}
		if hardGap(g) {
			return -1
		}
	}
	return -1
}

// registerDate reports a date right after "of record": "payable Jan. 3 to
// stock of record Nov. 16" names the day the register of holders is read,
// which dates no happening of the sentence.
func registerDate(ws []word, x temporal.Timex) bool {
	k := wordIndexAt(ws, x.Start)
	return k > 1 && k < len(ws) && registerRecord(ws, k-1)
}

// sinceDated reports a sentence that names the start of a span reaching
// the present ("Since 1985, nearly 200 soldiers have been killed"): it
// tells its own time, a state up to now, so a date that governs the
// paragraph before it is not its happening's.
func sinceDated(ws []word, xs []temporal.Timex) bool {
	for _, x := range xs {
		if k := wordIndexAt(ws, x.Start); k > 0 && k < len(ws) && ws[k-1].lower == "since" {
			return true
		}
	}
	return false
}

// plainComparison reports "compared with", "compared to" or "versus"
// before the date at first: "compared with a loss of $3 million last
// year". Those words compare and nothing else, so the date is the base's
// whatever it says ("last year" as well as "a year earlier"); the loop of
// comparisonBase then checks that only the base's figure stands between.
// ("Than" bounds a quantity as often: "more than 13% in September" is
// September's.)
func plainComparison(ws []word, first int) bool {
	for k := first - 1; k >= 0 && k >= first-12; k-- {
		switch ws[k].lower {
		case "versus":
			return true
		case "compared":
			// "compared with", "compared to"; not the verb with its
			// object ("Analysts compared the figures on Monday")
			return k+1 < len(ws) && (ws[k+1].lower == "with" || ws[k+1].lower == "to")
		}
		if ws[k].is(cClauseOpener) {
			return false
		}
	}
	return false
}

// changeBase reports a date right after "from" that follows the size of a
// change: "down 4.5% from the previous Friday and 6.8% from Oct. 13", "up 12
// points from March". The date is the base the change is measured from
// (a clause of time after it still takes it: see whenClause).
func changeBase(text string, ws []word, x temporal.Timex) bool {
	first := wordIndexAt(ws, x.Start)
	if first < 2 || ws[first-1].lower != "from" {
		return false
	}
	w := ws[first-2].lower
	return strings.TrimSpace(text[ws[first-2].end:ws[first-1].start]) == "%" || w == "percent" || w == "pct" || w == "points" || w == "point" || w == "cents"
}

// possessiveBase reports a date in the possessive right after "from" with
// a figure after it: "a 13% increase from last year's $1.55 billion", "up
// from last year's $3.27 a share". The figure is the base, and the date
// says whose it is.
func possessiveBase(ws []word, x temporal.Timex) bool {
	first, last := wordRange(ws, x.Start, x.End)
	if first < 1 || ws[first-1].lower != "from" || last >= len(ws) || !ws[last].possessive {
		return false
	}
	for k := last + 1; k < len(ws) && k <= last+3; k++ {
		if strings.ContainsAny(ws[k].lower, "0123456789") {
			return true
		}
	}
	return false
}

// otherDatesClause reports a trigger at ti inside a clause opened by
// "when" right after another date, and the date x after that clause, past
// a comma: "In contrast to Thursday, when police were forced to disperse a
// crowd, protesters were much calmer Friday". The "when" clause tells what
// happened at its own date; x belongs to the clause after it.
func otherDatesClause(text string, ws []word, xs []temporal.Timex, ti int, x temporal.Timex) bool {
	if x.Start < ws[ti].end || !strings.Contains(text[ws[ti].end:x.Start], ",") {
		return false
	}
	for k := ti - 1; k > 0 && k >= ti-25; k-- {
		if ws[k].lower != "when" {
			continue
		}
		for _, y := range xs {
			if y.End > ws[k-1].start && y.End <= ws[k].start && y.Start != x.Start && strings.TrimSpace(text[y.End:ws[k].start]) == "," {
				return true
			}
		}
		return false
	}
	return false
}

// changeFrom reports a date after "up from" or "down from" and the figure
// a change starts from: "Turnout was 71 percent, up from 64 percent in
// 2021", "has confirmed 236 cases, up from 148 yesterday". The date is
// the base's: the figure of now is the news, the base only measures it
// (TimeBank anchors no event to such a base: "up from C$252 million in
// 1988"). After a verb and its new figure the date is the change's:
// "hiked its alert level to 5 from 3 this week", "rose to 8% from 6% in
// March" (March's rate is 8%).
func changeFrom(ws []word, first int) bool {
	if !fromBefore(ws, first) {
		return false
	}
	f := first - 1
	for ws[f].lower != "from" {
		f--
	}
	return f > 0 && (ws[f-1].lower == "up" || ws[f-1].lower == "down")
}

// onBase reports a period after "on" right after a figure: "up 5% on
// last year", "rose 2 percent on the previous quarter". "On" dates days
// ("fell 3% on Monday"); before a month, a quarter or a year it measures
// a change against that period, the base of a comparison.
func onBase(text string, ws []word, x temporal.Timex) bool {
	first := wordIndexAt(ws, x.Start)
	if first < 2 || ws[first-1].lower != "on" {
		return false
	}
	switch x.Value.Precision() {
	case "month", "season", "quarter", "half", "year":
	default:
		return false
	}
	p := ws[first-2]
	return p.lower == "percent" || p.lower == "pct" || p.lower == "points" || strings.TrimSpace(text[p.end:ws[first-1].start]) == "%"
}

// thanBase reports a date right after "than", perhaps after its
// preposition: "higher than in 2019", "fewer than last year". The date
// is the base of the comparison; a figure between ("more than 13% in
// September") makes it a bound of the figure instead, and the date the
// sentence's own. A deadline is no base: "no later than Friday". The
// pronoun that stands for the compared noun may come between: "larger
// than the one of 1995", "higher than that of last year".
func thanBase(ws []word, first int) bool {
	k := first - 1
	if k >= 0 && ws[k].is(cPreposition) && ws[k].lower != "than" {
		k--
		if k >= 1 && comparedPronouns[ws[k].lower] {
			k--
			if k >= 1 && ws[k].lower == "the" && (ws[k+1].lower == "one" || ws[k+1].lower == "ones") {
				k--
			}
		}
	}
	if k < 1 || ws[k].lower != "than" {
		return false
	}
	switch ws[k-1].lower {
	case "later", "earlier", "sooner":
		return false
	}
	return true
}

// comparedPronouns stand for the noun compared after "than": "than the
// one of 1995", "than those of last year".
var comparedPronouns = lexSet(`one ones that those`)

// comparedPronoun reports a pronoun of comparedPronouns at k right after
// "than" (or "than the") and before a preposition: "than that of 2015".
func comparedPronoun(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || !comparedPronouns[ws[k].lower] || !ws[k+1].is(cPreposition) {
		return false
	}
	p := k - 1
	if ws[p].lower == "the" && p > 0 {
		p--
	}
	return ws[p].lower == "than"
}

// fromBefore reports "from" among the six words before first, with a
// figure and only its words between: "from fewer than 100,000 in"; not a
// span of dates ("from 1991 to 1997").
func fromBefore(ws []word, first int) bool {
	figure := false
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if ws[k].lower == "from" {
			return figure
		}
		if ws[k].info().lemma != "" || ws[k].is(cClauseOpener) {
			return false
		}
		figure = figure || strings.ContainsAny(ws[k].lower, "0123456789")
	}
	return false
}

// ownVerbAfterSemicolon reports a semicolon between the word at ti and the
// date at first, and a verb of the date's own clause between the
// semicolon and the date: a semicolon joins two clauses that could each
// stand as a sentence, so a date of the second one dates none of the
// first one's words. A second clause without a verb of its own ("Mauritius
// was certified in 1973; Algeria in 2019") leaves the first one's verb to
// its date.
func ownVerbAfterSemicolon(text string, ws []word, ti, first int) bool {
	semi := -1
	for k := first - 1; k > ti && k >= first-maxReach; k-- {
		if strings.Contains(text[ws[k-1].end:ws[k].start], ";") {
			semi = k
			break
		}
	}
	if semi < 0 {
		return false
	}
	for k := semi; k < first; k++ {
		if ws[k].is(cModal|cAuxiliary|cBeForm|cHaveForm) || eventWord(text, ws, k) && !isNoun(ws, k) {
			return true
		}
	}
	return false
}

// clauseBreaks counts clause boundaries between words i and j: commas and
// dashes followed by a clause word, semicolons.
func clauseBreaks(text string, ws []word, i, j int) int {
	return between(ws, i, j, func(w word) int { return int(w.breaks) })
}

// A date anchors the words of happening of its own clause, as TimeML links
// each of them to it: "Annan wrapped up a three-hour meeting in Baghdad
// today" anchors "wrapped" and "meeting"; "a clinic bombing killed a guard
// and severely wounded a nurse" in January anchors both verbs. The clause
// runs from the date to the nearest boundary on each side: a semicolon,
// colon, dash, bracket or quotation mark, a comma, or a word that opens
// another clause ("that", "which", "because"); a verb of saying ends it, and
// belongs to it only when nothing happens between it and the date ("said
// Friday that"). A date that opens its clause ("On Monday, ...") scopes over
// the clause after its comma. A phrase after a temporal preposition ("a week
// after the anniversary") is a point of reference and is passed over.
// Neither a "when" right after the date (whenOfDate, toldWhen), a participle
// after a comma (participleClause, openingParticiple), nor the comma inside
// a place's name (placeComma) ends the clause; coAnchor adds the words that
// share a claimed word's time (coordinatedVerb, complementOf, whenPartner).

// clauseOpeners start a clause of their own.
var clauseOpeners = lexSet(`that which who whom whose when where while whereas because although though
whether if unless`)

// maxReach caps how far a date's clause reaches on each side, in words, so
// that the work stays linear in the sentence's length.
const maxReach = 24

// hardGapBetween reports a hard gap (a dash, bracket, colon, semicolon or
// quotation mark) between words i < j, looking at most maxReach gaps: a date
// inside an aside dates the aside's words.
func hardGapBetween(text string, ws []word, i, j int) bool {
	for k := max(i+1, j-maxReach); k <= j; k++ {
		if hardGap(text[ws[k-1].end:ws[k].start]) {
			return true
		}
	}
	return false
}

// asideDash reports a gap that opens an aside with a dash: "Since 1985 _
// when", "in 1990 -- when".
func asideDash(gap string) bool {
	return strings.ContainsAny(gap, "—–") || strings.Contains(gap, "--") || strings.Contains(gap, " _ ") || spacedHyphen(gap)
}

// spacedHyphen reports a hyphen with a space on each side, which many
// outlets type for a dash: "Dr Grey - who was hired for the tour in May -
// posted a message" (a hyphen inside a word, "well-known", has none).
func spacedHyphen(gap string) bool {
	return strings.Contains(gap, " - ")
}

// hardGap reports a gap that no clause crosses.
func hardGap(gap string) bool {
	return strings.ContainsAny(gap, ";:()[]—–\"“”") || strings.Contains(gap, "--") || strings.Contains(gap, " _ ") || spacedHyphen(gap)
}

// dateClause calls visit for each word of happening in the clause of the
// date at words first..last, with its distance from the date: twice the
// words between them, one less for a word before the date, which a date
// after its verb dates first ("brought Castro to power 42 years ago
// gathered Wednesday night": gathered on Wednesday). The clause
// ends before another date of the sentence (dated[k] for its words): what
// lies beyond it is that date's.
func dateClause(text string, ws []word, dated []bool, first, last int, visit func(k, dist int)) {
	if n := postNominal(text, ws, first, last); n >= 0 {
		visit(n, 2*(first-n)-1) // the date of a noun dates nothing else
		return
	}
	if p := trailingParticiple(text, ws, first); p >= 0 {
		visit(p, 2*(first-p)-1) // "breaking the record set in 2008": the setting's alone
		return
	}
	if h := modifiedNoun(text, ws, first, last); h >= 0 {
		visit(h, 0) // "third-quarter results", "Friday's trading"
		if p := first - 1; ws[last].possessive && p >= 0 && text[ws[p].end:ws[first].start] == " " && eventWord(text, ws, h) && !ws[p].is(cClosed|cNonVerbEd) && pastForm(ws, p) {
			visit(p, 1) // "the panel that issued Thursday's ruling": the issuing is the ruling
		}
		if v := nounsVerb(text, ws, h); v >= 0 {
			visit(v, 1) // "the 1996 Olympic bombing that killed one person"
			if c := coordinatedPast(text, ws, v); c >= 0 {
				visit(c, 2) // "killed an off-duty police officer and maimed a nurse"
			}
		}
		if v := possessorVerb(text, ws, h); v >= 0 && ws[last].possessive {
			visit(v, 1) // "Friday's sell-off on the exchange wiped $2 billion off"
			if c := coordinatedPast(text, ws, v); c >= 0 {
				visit(c, 2)
			}
			if o := verbObject(text, ws, v); o >= 0 {
				visit(o, 2) // "last month's discovery represented a breakthrough"
			}
		}
	}
	gap := func(k int) string { return text[ws[k-1].end:ws[k].start] } // the gap before word k
	inner := visit
	visit = func(k, dist int) {
		inner(k, dist)
		// the subject of a verb of beginning or ending is a happening:
		// "Waertsilae Marine's bankruptcy proceedings began Tuesday"
		if _, ok := aspectualForms[ws[k].lower]; ok && k > 0 && gap(k) == " " && lowerWord(text, ws[k-1]) && !ws[k-1].is(cClosed) && !dated[k-1] && !strings.HasSuffix(ws[k-1].lower, "ly") {
			inner(k-1, dist+1)
		} else if s := scheduledSubject(text, ws, k); ok && s >= 0 && !dated[s] {
			inner(s, dist+2*(k-s)) // "Construction is set to begin in 2031"
		}
	}
	preposed := last+1 < len(ws) && strings.Contains(gap(last+1), ",") && (opensClause(text, ws, first) || occasionOpener(text, ws, first)) || frontedEnd(text, ws, first, last) >= 0
	// Leftwards: to a boundary; a verb of saying belongs only when nothing
	// happens between it and the date.
	passed, nearest := false, -1 // nearest: the word of happening passed last
	for k := first - 1; k >= 0 && k >= first-maxReach; k-- {
		g := gap(k + 1)
		if j := figureApposition(text, ws, k); j >= 0 && k < first-1 && strings.Contains(g, ",") {
			k, g = j, " " // "a loss of $92.2 million, or $6.98 a share, for the quarter": the figure's other measure
		} else if j := examplesAside(text, ws, k); j >= 0 && strings.TrimSpace(g) == "," {
			k, g = j, " " // "signed an agreement with its creditors, including China, in June": the creditors' examples
		}
		if j := bracketBefore(text, ws, k); j >= 0 {
			k, g = j, " " // "found 1,300 pounds (600 kgs) of explosives Sunday": the whole aside is passed over
		}
		if k == first-1 && ws[k].lower == "during" {
			continue // "was weak during the quarter": the state holds within the date, no point of reference
		}
		if k == first-1 && ws[k].lower == "dated" {
			continue // "said in the letter, dated Monday": the date of the document, where the saying is
		}
		if hardGap(g) || strings.Contains(g, ",") && g != "," && !attributive(text, ws, k) && !placeComma(text, ws, k) && !nameListComma(text, ws, k) && (k+2 != first || ws[k+1].lower != "dated") || ws[k].quoted != ws[first].quoted || dated[k] {
			if p := openingParticiple(text, ws, dated, k); p >= 0 && strings.Contains(g, ",") {
				visit(p, 2*(first-p)-1) // "Retaliating 13 days after the bombings, U.S. forces Thursday launched"
			}
			break // but the comma between two adjectives: "a heavily wooded, four-acre area Thursday"
		}
		if ws[k].is(cClauseOpener) || ws[k].is(cTemporalPrep) {
			if n := relativeSubject(text, ws, k); n >= 0 && !dated[n] {
				visit(n, 2*(first-n)-1) // "sniper shootings that injured doctors in November"
			}
			if n := scheduledAntecedent(text, ws, k, first); n >= 0 && !dated[n] {
				visit(n, 2*(first-n)-1) // "at closing, which is expected in December"
			}
			if ws[k].lower == "during" && nearest >= 0 {
				if v := occasionVerb(text, ws, nearest); v >= 0 && !dated[v] {
					visit(v, 2*(first-v)-1) // "found cracks during an inspection in December"
				}
			}
			break
		}
		if c := copulaPredicate(text, ws, k); c >= 0 && c < first && !ws[k].quoted {
			visit(k, 2*(first-k)-1) // "was part of a crew ... in October 1984": the state
			visit(c, 2*(first-c)-1)
			continue
		}
		if !eventWord(text, ws, k) {
			continue
		}
		if passed && inclusionVerbs[ws[k].lower] && includedHappening(text, ws, k, first) >= 0 {
			break // "included $27 million from the sale of a unit in August": the including holds no date
		}
		if ws[k].info().speech && !isNoun(ws, k) {
			if !passed {
				visit(k, 2*(first-k)-1)
				if n := occasionOfSaying(text, ws, k, first); n >= 0 {
					visit(n, 2*(first-n)-1) // "said in a telephone interview Monday"
				}
				if v := sayingParticipleHead(text, ws, dated, k); v >= 0 {
					visit(v, 2*(first-v)-1) // "sought to soften his words, saying on Friday that"
				}
			}
			break
		}
		passed, nearest = true, k
		visit(k, 2*(first-k)-1)
	}
	if n := dateApposition(text, ws, last); n >= 0 {
		visit(n, 2*(n-last)) // "today, the 39th anniversary of the Bay of Pigs invasion"
	}
	// Rightwards: to a boundary, across commas after a date that opens
	// its clause; not past the date of a saying ("said on Tuesday its
	// troops would join": what is said is another clause).
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if ws[k].info().speech && !isNoun(ws, k) {
			return
		}
		if !ws[k].is(cPreposition) && ws[k].lower != "here" {
			break
		}
	}
	if w := last + 1; w < len(ws) && ws[w].lower == "when" && (gap(w) == " " || gap(w) == ", ") && ws[w].quoted == ws[first].quoted {
		if v := whenClauseVerb(text, ws, dated, w); v >= 0 {
			visit(v, 2*(v-last)) // "in April, when the alliance celebrates its anniversary"
		}
	}
	skipping, part := false, -1
	for k := last + 1; k < len(ws) && k <= last+maxReach; k++ {
		g := gap(k)
		if j := bracketAfter(text, ws, k-1); j >= 0 {
			// "The Hamilton (Ontario) Spectator quoted": the aside is
			// passed over
			k, g = j, strings.Replace(gap(j), ")", "", 1)
		}
		if hardGap(g) || ws[k].quoted != ws[first].quoted || dated[k] {
			break
		}
		if strings.Contains(g, ",") && g != "," && !placeComma(text, ws, k-1) && !nameListComma(text, ws, k-1) { // not the comma inside a figure ("1,300"), a place ("Nairobi, Kenya") or a list of names
			if part = participleClause(text, ws, k); !preposed && part < 0 && !toldWhen(text, ws, last, k) {
				break // but "..., killing 11 workers"
			}
			skipping = false
		}
		if ws[k].is(cClauseOpener) && !whenOfDate(ws, last, k) && !cleftThat(ws, first, last, k) || coordinators[ws[k].lower] && ownPredicate(text, ws, dated, k) {
			break
		}
		if ws[k].is(cTemporalPrep) {
			skipping = true // a point of reference, up to the next comma
			continue
		}
		if c := copulaPredicate(text, ws, k); c >= 0 && !skipping && !dated[c] {
			visit(k, 2*(k-last)) // "yesterday, Ratners's shares were up 2 pence"
			visit(c, 2*(c-last))
			continue
		}
		if skipping || !eventWord(text, ws, k) && k != part {
			continue
		}
		visit(k, 2*(k-last))
		if ws[k].info().speech && !isNoun(ws, k) && !notSaying(text, ws, k) {
			break // what is said is another clause
		}
	}
}

// nameAsideEnd is the last word of a name set off by commas that opens at
// word j: ", Ana Silva," after a noun; -1 when the words are no such name.
func nameAsideEnd(text string, ws []word, j int) int {
	if j < 1 || text[ws[j-1].end:ws[j].start] != ", " || !lowerWord(text, ws[j-1]) {
		return -1
	}
	for e := j; e < len(ws) && e < j+4; e++ {
		if !isCapital(text, ws[e]) || ws[e].is(cClosed) || e > j && text[ws[e-1].end:ws[e].start] != " " {
			return -1
		}
		if e+1 < len(ws) && text[ws[e].end:ws[e+1].start] == ", " {
			return e
		}
	}
	return -1
}

// scheduleVerb is the verb that a form of "be" at j and a word of
// schedule put on a schedule: "is due to be sworn in" (sworn), "is set to
// sail" (sail); -1 when there is none.
func scheduleVerb(text string, ws []word, j int) int {
	if j+3 >= len(ws) || !ws[j].is(cBeForm) || !scheduleWords[ws[j+1].lower] || ws[j+2].lower != "to" {
		return -1
	}
	v := j + 3
	if ws[v].lower == "be" && v+1 < len(ws) && participleForm(ws[v+1].lower) {
		v++
	}
	if !eventWord(text, ws, v) || isNoun(ws, v) {
		return -1
	}
	return v
}

// scheduledSubject is the subject of happening of a verb of beginning or
// ending at k that a modal or a word of schedule (scheduleWords) puts off: "Construction is
// set to begin in early 2031", "The tournament will open on June 3". The
// subject is a noun of happening right before the modal or the form of
// "be"; -1 when there is none.
func scheduledSubject(text string, ws []word, k int) int {
	s := -1
	switch {
	case k >= 4 && ws[k-1].lower == "to" && scheduleWords[ws[k-2].lower] && ws[k-3].is(cBeForm):
		s = k - 4
	case k >= 2 && ws[k-1].is(cModal):
		s = k - 2
	default:
		return -1
	}
	for j := s; j < k; j++ {
		if text[ws[j].end:ws[j+1].start] != " " {
			return -1
		}
	}
	if ws[s].is(cClosed) || ws[s].quoted || !lowerWord(text, ws[s]) && s > 0 {
		return -1 // a name: "Sony will open"
	}
	if !nounForm(ws, s) && !(eventWord(text, ws, s) && isNoun(ws, s)) {
		return -1 // no happening: "the company will start"
	}
	return s
}

// asMain is the verb in the past right before the "as" that opens the
// clause of the verb in the past at k, within five words, with no
// punctuation nor other verb between: "officials said as dawn broke
// Saturday", "shares fell as investors sold on Monday". What "as" joins
// happened at one time. -1 when there is none.
func asMain(text string, ws []word, k int) int {
	if !whenVerb(text, ws, k) {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if hasPunct(text[ws[j].end:ws[j+1].start]) || hardGap(text[ws[j].end:ws[j+1].start]) {
			return -1
		}
		if ws[j].lower == "as" {
			v := j - 1
			if j == k-1 || text[ws[v].end:ws[j].start] != " " || !pastForm(ws, v) || !clauseVerb(text, ws, v) || ws[v].quoted != ws[k].quoted {
				return -1
			}
			if s := ws[j+1]; s.is(cHaveForm|cBeForm|cPreposition) || strings.HasSuffix(s.lower, "ing") {
				return -1 // no subject: "confirmed as having contracted the virus"
			}
			return v
		}
		if ws[j].is(cClauseOpener|cModal|cAuxiliary|cBeForm) || clauseVerb(text, ws, j) {
			return -1
		}
	}
	return -1
}

// whenClauseVerb is the finite verb of the clause that "when" at w opens,
// after its subject of at most eight words: "when the alliance celebrates
// its anniversary", "when the boat sank". A verb outside the lexicon counts
// in the past or in the present's -s form before an article, a possessive
// or a preposition. -1 when there is none, or punctuation, a date or
// another clause word comes first. A name set off by commas after the
// subject is passed over ("when the new envoy, Ana Silva, arrives"), and
// a happening put on a schedule is that schedule's verb: "when the
// envoy is due to be sworn in", "when the ship is set to sail".
func whenClauseVerb(text string, ws []word, dated []bool, w int) int {
	limit, resume := w+9, -1 // resume: the word after a name aside
	for j := w + 1; j < len(ws) && j <= limit; j++ {
		if e := nameAsideEnd(text, ws, j); e >= 0 && j > w+2 && resume < 0 {
			limit += e - j + 1
			j, resume = e, e+1 // the name is passed over
			continue
		}
		if hasPunct(text[ws[j-1].end:ws[j].start]) && j != resume || hardGap(text[ws[j-1].end:ws[j].start]) || dated[j] || ws[j].is(cClauseOpener) || ws[j].quoted != ws[w].quoted {
			return -1
		}
		if v := scheduleVerb(text, ws, j); j > w+1 && v >= 0 {
			return v
		}
		if j == w+1 && (pastForm(ws, j) || strings.HasSuffix(ws[j].lower, "ing")) || j > w+1 && ws[j].is(cModal|cAuxiliary|cBeForm|cHaveForm) {
			return -1 // no subject ("when asked why"), or a verb group this reading leaves alone ("when the deaths have been clustered")
		}
		if j == w+1 || !lowerWord(text, ws[j]) || ws[j].is(cClosed|cArticle|cDeterminer|cPreposition) || ws[j-1].is(cArticle|cDeterminer|cPreposition) || ws[j-1].possessive {
			continue // the subject: "the alliance", "Lebanon's army"
		}
		if clauseVerb(text, ws, j) && (pastForm(ws, j) || ws[j].is(cIrregularPast)) && !ws[j].info().speech {
			return j
		}
		l := ws[j].lower
		if strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && j+1 < len(ws) && text[ws[j].end:ws[j+1].start] == " " &&
			(ws[j+1].is(cArticle|cDeterminer|cPreposition|cLocationPrep) || ws[j+1].possessive) && ws[j+1].lower != "of" && !isDigit(text[ws[j-1].start]) && !ws[j].info().speech {
			return j // "celebrates its", "explodes at"; not a plural after a figure or before "of" ("900 members of the union")
		}
		if clauseVerb(text, ws, j) || ws[j].is(cModal|cAuxiliary|cBeForm) {
			return -1
		}
	}
	return -1
}

// scheduledAntecedent is the noun of happening that a relative clause
// opened at r ("which", "that") sets for the date at first: "at closing,
// which is expected in December", "the vote, which was scheduled for
// Monday". The clause is "be" and a word of schedule (scheduleWords) right
// before the date's phrase; -1 when there is none.
func scheduledAntecedent(text string, ws []word, r, first int) int {
	n := r - 1
	if n < 1 || ws[r].lower != "which" && ws[r].lower != "that" || r+3 > first || !ws[r+1].is(cBeForm) || !scheduleWords[ws[r+2].lower] {
		return -1
	}
	for k := r + 3; k < first; k++ {
		if !ws[k].is(cPreposition|cTemporalPrep) && ws[k].lower != "to" && ws[k].lower != "take" && ws[k].lower != "place" && ws[k].lower != "be" && ws[k].lower != "held" {
			return -1 // "which is expected to cost $2 million in 2024": what is expected is another happening
		}
	}
	if g := text[ws[n].end:ws[r].start]; g != " " && g != ", " || ws[n].quoted || !lowerWord(text, ws[n]) {
		return -1
	}
	gerund := strings.HasSuffix(ws[n].lower, "ing") && ws[n-1].is(cPreposition)
	if !gerund && !(eventWord(text, ws, n) && isNoun(ws, n)) {
		return -1
	}
	return n
}

// possessorVerb is the verb in the past whose subject is the noun at h
// that a date in the possessive modifies, after the noun's phrases of
// preposition and the participles that modify their nouns: "Friday's focus
// on the top-tier stocks telegraphed active selling", "last month's
// discovery of a rifle buried near the home represented a breakthrough".
// What the dated happening did, it did then. The verb takes an object (an
// article, a determiner or a lowercase word after it); -1 when there is
// none within twelve words, or punctuation, a clause word, an auxiliary or
// another verb comes first.
func possessorVerb(text string, ws []word, h int) int {
	from, reach := h+1, h+12
	if e := dashAsideEnd(text, ws, h); e > h {
		from, reach = e, e+12 // "Sunday's service -- a ceremony that honours the dead -- included the lighting of candles"
	}
	for k := from; k+1 < len(ws) && k <= reach; k++ {
		if g := text[ws[k-1].end:ws[k].start]; k > from && (hasPunct(g) || hardGap(g)) || ws[k].is(cClauseOpener|cAuxiliary|cModal|cBeForm) || ws[k].quoted != ws[h].quoted {
			return -1
		}
		if !clauseVerb(text, ws, k) || !pastForm(ws, k) || ws[k].info().speech {
			continue
		}
		next := ws[k+1]
		if next.is(cPreposition|cLocationPrep) || next.lower == "to" || text[ws[k].end:next.start] != " " {
			continue // a participle of the noun before it: "a rifle buried near the home"
		}
		if !next.is(cArticle|cDeterminer) && !next.possessive && !lowerWord(text, next) {
			return -1
		}
		return k
	}
	return -1
}

// dashAsideEnd is the first word after an aside set off by two dashes
// that opens right after word h, within twenty words: "service -- a Jewish
// ceremony that commemorates the dead -- included"; -1 when there is none.
func dashAsideEnd(text string, ws []word, h int) int {
	dash := func(g string) bool { return strings.Contains(g, "--") || strings.ContainsAny(g, "—–") }
	if h+1 >= len(ws) || !dash(text[ws[h].end:ws[h+1].start]) {
		return -1
	}
	for k := h + 2; k < len(ws) && k <= h+20; k++ {
		if dash(text[ws[k-1].end:ws[k].start]) {
			return k
		}
	}
	return -1
}

// verbObject is the noun of happening that heads the object of the verb at
// v, an article or determiner and at most two modifiers before it: "represented
// a major breakthrough"; -1 when there is none.
func verbObject(text string, ws []word, v int) int {
	j := v + 1
	if j < len(ws) && (ws[j].is(cArticle|cDeterminer) || ws[j].possessive) {
		j++
	}
	for k := j; k < len(ws) && k <= j+2; k++ {
		if text[ws[k-1].end:ws[k].start] != " " || !lowerWord(text, ws[k]) || ws[k].is(cClosed|cPreposition) {
			return -1
		}
		if k+1 < len(ws) && lowerWord(text, ws[k+1]) && !ws[k+1].is(cClosed|cPreposition|cLocationPrep) && text[ws[k].end:ws[k+1].start] == " " {
			continue // a modifier: "a major breakthrough"
		}
		if eventWord(text, ws, k) && isNoun(ws, k) {
			return k
		}
		return -1
	}
	return -1
}

// sayingParticipleHead is the verb in the past of the clause that a
// participle of saying at k, set off by a comma, goes with: "The minister
// sought to soften the words of his colleague, saying on Friday that ...".
// The saying is how the clause's happening was done, at the saying's date.
// The verb is the last in the past before the comma, within twelve words,
// with no other punctuation, clause word nor date between; -1 when there
// is none.
func sayingParticipleHead(text string, ws []word, dated []bool, k int) int {
	if k < 2 || !strings.HasSuffix(ws[k].lower, "ing") || strings.TrimSpace(text[ws[k-1].end:ws[k].start]) != "," {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if j < k-1 && hasPunct(text[ws[j].end:ws[j+1].start]) || hardGap(text[ws[j].end:ws[j+1].start]) || ws[j].is(cClauseOpener) || dated[j] || ws[j].quoted != ws[k].quoted {
			return -1
		}
		if clauseVerb(text, ws, j) && pastForm(ws, j) && !ws[j].info().speech {
			return j
		}
	}
	return -1
}

// mindStates are verbs of a state of mind told in the past: reported
// after a saying in the past, they hold at the time of the saying.
var mindStates = lexSet(`knew believed remembered recalled felt thought wanted hoped feared understood doubted`)

// reportedState is the verb of a state of mind (mindStates) that opens the
// clause a verb of saying at k reports, after its date, "that" and a
// pronoun or a subject of at most three words: "said Friday that he
// remembered being asked" — the remembering holds when it was said. -1
// when the clause's first verb is another one, or it has a date of its
// own.
func reportedState(text string, ws []word, dated []bool, k int) int {
	if !pastForm(ws, k) {
		return -1
	}
	for j := k + 1; j < len(ws) && j <= k+10; j++ {
		g := text[ws[j-1].end:ws[j].start]
		if hardGap(g) || strings.ContainsAny(g, ";:,") || ws[j].quoted != ws[k].quoted {
			return -1
		}
		if dated[j] || ws[j].lower == "that" && j <= k+4 {
			continue
		}
		if mindStates[ws[j].lower] {
			if datedAfter(text, ws, dated, j) {
				return -1
			}
			return j
		}
		if ws[j].is(cClauseOpener|cModal|cAuxiliary|cBeForm) || eventWord(text, ws, j) && !isNoun(ws, j) {
			return -1
		}
	}
	return -1
}

// dateApposition is the noun of happening that names the date ending at
// word last in an apposition after its comma: "today, the 39th anniversary
// of the invasion" (within three words of "the"); -1 when there is none.
func dateApposition(text string, ws []word, last int) int {
	a := last + 1
	if a+1 >= len(ws) || text[ws[last].end:ws[a].start] != ", " || ws[a].lower != "the" {
		return -1
	}
	for k := a + 1; k < len(ws) && k <= a+3; k++ {
		if text[ws[k-1].end:ws[k].start] != " " || strings.ToLower(text[ws[k].start:ws[k].end]) != text[ws[k].start:ws[k].end] || ws[k].is(cClosed) {
			return -1
		}
		if eventWord(text, ws, k) && isNoun(ws, k) {
			return k
		}
	}
	return -1
}

// pastForm reports a verb in the past or a past participle at i, not after
// an article ("the wounded"), "that" being a relative pronoun: "issued",
// "won".
func pastForm(ws []word, i int) bool {
	return (ws[i].is(cIrregularPast) || strings.HasSuffix(ws[i].lower, "ed")) && (i == 0 || !ws[i-1].is(cArticle) || ws[i-1].lower == "that")
}

// relativeSubject is the noun of happening before the relative pronoun at
// r ("that", "which") whose verb in the past follows the pronoun: in
// "sniper shootings that injured doctors in November" the shootings are
// what injured, on the verb's date. -1 when there is none.
func relativeSubject(text string, ws []word, r int) int {
	if r < 1 || r+1 >= len(ws) || ws[r].lower != "that" && ws[r].lower != "which" || hasPunct(text[ws[r-1].end:ws[r].start]) {
		return -1
	}
	v, n := r+1, r-1
	if !eventWord(text, ws, v) || !pastForm(ws, v) || !eventWord(text, ws, n) || !isNoun(ws, n) || ws[n].info().speech {
		return -1
	}
	return n
}

// inclusionVerbs tell what a whole holds, a state of no date of its own.
var inclusionVerbs = lexSet(`include includes included contain contains contained comprise comprises comprised`)

// includedHappening is the noun of happening nearest before the date at
// first in the object of a verb of inclusion at v, with no punctuation,
// clause word or other verb between: "results included $27 million from
// the sale of a unit in August" — the date is the sale's, not the
// including's; -1 when there is none.
func includedHappening(text string, ws []word, v, first int) int {
	for k := first - 1; k > v; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener|cClauseWord) {
			return -1
		}
		if !eventWord(text, ws, k) {
			continue
		}
		if isNoun(ws, k) && !ws[k].is(cClosed) {
			return k
		}
		return -1 // a verb between
	}
	return -1
}

// opensClause reports a date at the head of its clause: the sentence's
// first words, or after a clause boundary, perhaps after a preposition
// ("Also today,", "In January,", "As of Sept. 30,").
func opensClause(text string, ws []word, first int) bool {
	k := first - 1
	for k >= 0 && (ws[k].is(cPreposition) || ws[k].lower == "also" || ws[k].lower == "and" || ws[k].lower == "but" ||
		ws[k].lower == "as" && k+1 < first && ws[k+1].lower == "of") && first-k <= 2 {
		k--
	}
	return k < 0 || strings.Contains(text[ws[k].end:ws[k+1].start], ";") // "...; last Monday, the company had"
}

// clockWords name times of the day that no unit counts.
var clockWords = lexSet(`noon midday midnight dawn dusk daybreak nightfall sunrise sunset`)

// closedTemporalPhrase reports whether a comma closes, before the word at
// ti, the phrase of the last temporal preposition after the date ending at
// last: ", after a night in which the capital went dark, he apologised". A
// phrase of a time of the day ("shortly after noon,") is the date's own.
func closedTemporalPhrase(text string, ws []word, last, ti int) bool {
	p := -1
	for k := last + 1; k < ti; k++ {
		if ws[k].is(cTemporalPrep) {
			p = k
		}
	}
	if p < 0 || p+1 < ti && (ws[p+1].is(cTimeUnit) || clockWords[ws[p+1].lower]) {
		return false // "The next day, shortly after noon, he was found": the phrase is a time of the date's
	}
	for k := p + 1; k <= ti; k++ {
		if strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return true
		}
	}
	return false
}

// coordinateOpening reports a date that opens a clause joined by ", and" or
// ", but", perhaps after a preposition: "was convicted in 2002 of ordering
// the attacks, and in 2020 a court sentenced him". Like a date that opens
// the sentence, it frames the clause after it, not the words before the
// comma.
func coordinateOpening(text string, ws []word, first int) bool {
	k := first - 1
	if k >= 0 && ws[k].is(cPreposition) {
		k--
	}
	return k >= 1 && (ws[k].lower == "and" || ws[k].lower == "but") && strings.Contains(text[ws[k-1].end:ws[k].start], ",")
}

// frontedEnd is the first word after the comma that closes a phrase that
// opens the sentence and holds the date at words first..last: "In his Sunday
// Mass at St. Patrick's Cathedral in New York, Cardinal O'Connor called the
// murder wrong", "In its Friday issue, The Hamilton Spectator quoted". Such a
// phrase frames the main clause after it. It is -1 when the date stands in
// no such phrase: more than a preposition and determiners before it, or a
// verb, a clause word or a hard gap before the comma, or no comma within ten
// words.
func frontedEnd(text string, ws []word, first, last int) int {
	head := first
	if p := periodEnd(text, ws, first); p >= 0 {
		head = p // "For the year ended Sept. 30, Ralston earned": the period's phrase
	}
	k := head - 1
	for k >= 0 && head-k <= 3 && (ws[k].is(cPreposition) || ws[k].is(cDeterminer) || ws[k].possessive) {
		k--
	}
	if k >= 1 && head == first && (k == first-1 || ws[k+1].is(cPreposition)) {
		// "In London at mid-afternoon yesterday,", "In London yesterday,":
		// the name of a place between the opening preposition and the date
		for k >= 1 && first-k <= 6 && isCapital(text, ws[k]) && !notNames[ws[k].lower] && !ws[k].possessive && text[ws[k].end:ws[k+1].start] == " " {
			k--
		}
		if k == 0 && ws[0].is(cPreposition) {
			k--
		}
	}
	if k >= 0 || first == 0 || !ws[0].is(cPreposition) {
		return -1
	}
	for j := last + 1; j < len(ws) && j <= last+10; j++ {
		g := text[ws[j-1].end:ws[j].start]
		if strings.Contains(g, ",") && g != "," {
			return j
		}
		if hardGap(g) || ws[j].is(cClauseOpener) || clauseVerb(text, ws, j) {
			return -1
		}
	}
	return -1
}

// periodEnd is the first word of the noun phrase of a period that the
// date at first ends, after "ended" or "ending": "the year ended Sept.
// 30", "the first nine months ending June 30", "the fiscal year ended Jan.
// 31" (at most three words before the period's noun: "fiscal", "first
// nine"); -1 when the date ends no period.
func periodEnd(text string, ws []word, first int) int {
	e := first - 1
	if e < 2 || ws[e].lower != "ended" && ws[e].lower != "ending" || !periodNouns[ws[e-1].lower] || text[ws[e-1].end:ws[e].start] != " " {
		return -1
	}
	h := e - 1
	for h > 0 && e-1-h < 3 && text[ws[h-1].end:ws[h].start] == " " && !ws[h-1].is(cDeterminer|cArticle|cPreposition) && !ws[h-1].possessive && lowerWord(text, ws[h-1]) {
		h--
	}
	if h > 0 && (ws[h-1].is(cDeterminer|cArticle) || ws[h-1].possessive) {
		h--
	}
	return h
}

var prepositions = lexSet(`in on at by during since from until through for over of early late`)

// coAnchor gives each dated draft of a sentence the other words of happening
// its date anchors (draft.also): each such word goes to the nearest date
// whose clause holds it; the triggers of the sentence's drafts stay their
// own. A draft dated by its own sentence but without a trigger ("The expo
// will close on Oct. 13.") takes the nearest such word as its trigger.
func coAnchor(text string, ws []word, dated []bool, dates []temporal.Timex, drafts []*draft) {
	type claim struct{ d, dist int } // d: index into drafts, -1 for a date without one
	var owner map[int]claim
	own := map[int]bool{}
	for _, d := range drafts {
		if d.trig >= 0 {
			own[d.trig] = true
		}
	}
	claimFrom := func(di int, span timeline.Span) {
		first, last := wordRange(ws, span.Start, span.End)
		if first >= len(ws) {
			return
		}
		if _, ok := objectYear(text, ws, first, last); ok {
			return // "strengthened the 1959 trade embargo": the year is the embargo's alone
		}
		claimWord := func(k, dist int) {
			if owner == nil {
				owner = map[int]claim{}
			}
			if c, ok := owner[k]; !ok || dist < c.dist {
				owner[k] = claim{di, dist}
			}
		}
		take := func(k, dist int) {
			if own[k] || referencePoint(ws, k) && !simultaneity(ws, k) && !afterDateOfPrep(text, ws, dated, k) {
				return
			}
			claimWord(k, dist)
		}
		shared := func(k, dist int) {
			if c := complementOf(text, ws, k); c >= 0 {
				take(c, dist+2*(c-k)) // "began to promote"
			} else if o := objectOf(text, ws, k); o >= 0 {
				take(o, dist+2*(o-k)) // "resumed work in Iraq Friday"
			} else if takeIdiom(ws, k) && !isNoun(ws, k) {
				take(k+1, dist+2) // "takes effect Nov. 13": the taking is the effect
			}
			if g := governorOf(text, ws, k); g >= 0 {
				take(g, dist+2*(k-g)) // "tried to entice"
			}
			if v := relativeOfHappening(text, ws, k); v >= 0 {
				take(v, dist+2*(v-k)) // "an explosion that took place near the embassy"
			}
			if v := occasionSaying(text, ws, k); v >= 0 {
				take(v, dist+2*(k-v)) // "told a rally in Kano this week"
			}
			if ws[k].info().speech && !isNoun(ws, k) {
				if v := reportedProgressive(text, ws, dated, k); v >= 0 {
					take(v, dist+2*(v-k)) // "said Thursday that Britain has been pushing hard"
				} else if v := reportedState(text, ws, dated, k); v >= 0 {
					take(v, dist+2*(v-k)) // "said Friday that he remembered being asked"
				}
			}
			if v := asMain(text, ws, k); v >= 0 {
				take(v, dist+2*(k-v)) // "officials said as dawn broke Saturday"
			}
			if w := whenPartner(text, ws, dated, k); w >= 0 {
				take(w, dist+2*max(w-k, k-w)) // "perished when their boat sank"
			}
			if w := afterPartner(text, ws, dated, k); w >= 0 && !own[w] {
				claimWord(w, dist+2*(w-k)) // "concluded on Wednesday after the Netherlands gave its go-ahead"
			}
		}
		if di >= 0 && drafts[di].trig >= 0 {
			shared(drafts[di].trig, 1)
		}
		if periodEnd(text, ws, first) >= 0 {
			take(first-1, 1) // "in the year ending June 30": the period's end
		}
		dateClause(text, ws, dated, first, last, func(k, dist int) {
			take(k, dist)
			if c := coordinatedVerb(text, ws, dated, k); c >= 0 {
				take(c, dist+2*(c-k)) // "killed a guard and severely wounded a nurse"
			}
			for _, c := range serialVerbs(text, ws, dated, k) {
				take(c, dist+2*(c-k)) // "closed two libraries, sold the depot and opened a hall"
			}
			shared(k, dist)
		})
	}
	// Every date of the sentence claims the words of its clause, those that
	// date no draft too: a word nearer to them is not another date's.
	claimed := make([]bool, len(ws)) // the words of the drafts' dates
	for di, d := range drafts {
		if !d.ownDate || d.date.Span.End <= d.date.Span.Start || d.date.Span.Start < d.sent.Start || d.date.Span.End > d.sent.End {
			continue
		}
		claimFrom(di, d.date.Span)
		for k := wordIndexAt(ws, d.date.Span.Start); k < len(ws) && ws[k].start < d.date.Span.End; k++ {
			claimed[k] = true
		}
	}
	for _, x := range dates {
		// a date of a draft's list ("in February, March and April") is
		// the draft's
		if k := wordIndexAt(ws, x.Start); datesEvents(x) && k < len(ws) && !claimed[k] {
			claimFrom(-1, timeline.Span{Start: x.Start, End: x.End})
		}
	}
	if len(owner) == 0 {
		return
	}
	ks := make([]int, 0, len(owner))
	for k := range owner {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	// A draft that no verb can head is told by the nearest noun of
	// happening its date anchors: "Thursday's decision was a blow", "is
	// considering a request last week from the boy's father".
	nouns := map[int]int{}   // draft -> word
	headed := map[int]bool{} // drafts a verb can head
	for _, k := range ks {
		c := owner[k]
		if c.d < 0 || drafts[c.d].trig >= 0 {
			continue
		}
		if _, ok := headInfo(text, ws, k); ok {
			headed[c.d] = true
			continue
		}
		if !eventWord(text, ws, k) || !isNoun(ws, k) || ws[k].quoted {
			continue
		}
		if j, ok := nouns[c.d]; !ok || c.dist < owner[j].dist {
			nouns[c.d] = k
		}
	}
	for di, k := range nouns {
		if !headed[di] {
			drafts[di].setNounTrigger(k)
		}
	}
	headless := false // a draft no word can head
	for _, k := range ks {
		if owner[k].d < 0 {
			continue
		}
		d := drafts[owner[k].d]
		if d.trig == k {
			continue
		}
		if d.trig < 0 && d.setTrigger(k) {
			continue
		}
		if d.trig >= 0 {
			d.also = append(d.also, k)
		} else {
			headless = true
		}
	}
	if !headless {
		return
	}
	// A draft that no word can head keeps the words its date anchors, the
	// nearest first: they name its happening (nameHappening).
	for di, d := range drafts {
		if d.trig >= 0 {
			continue
		}
		for _, k := range ks {
			if owner[k].d == di && (eventWord(text, ws, k) || ofState(text, ws, k)) {
				d.also = append(d.also, k)
			}
		}
		n := 0
		for i, k := range d.also {
			if owner[k].dist < owner[d.also[n]].dist {
				n = i
			}
		}
		if len(d.also) > 0 {
			d.also[0], d.also[n] = d.also[n], d.also[0]
		}
	}
}

// nameHappening makes the nearest word its date anchors the trigger of a
// draft that no word could head (coAnchor): a state ("Diana de Cardenas
// was born in Cuba in 1984"), a result ("A year earlier, net income was
// $2.1 million") or a plan told as done ("some adults planned to apply for
// visas today"). Called after the headline, which such a word cannot
// build, so the event keeps the sentence's own words as its title but
// names its word of happening.
func (d *draft) nameHappening() {
	if d.trig < 0 && len(d.also) == 0 && d.ownDate && d.date.Span.Start >= d.sent.Start && d.date.Span.End <= d.sent.End {
		first, last := wordRange(d.words, d.date.Span.Start, d.date.Span.End)
		if v := dateVerb(d.doc.Text, d.words, first, last); v >= 0 {
			d.also = []int{v}
		}
	}
	if d.trig >= 0 || len(d.also) == 0 {
		return
	}
	k := d.also[0]
	d.trig, d.also = k, d.also[1:]
	d.info = triggerInfo{lemma: d.words[k].lower}
	if info, ok := d.words[k].trigger(); ok {
		d.info = info
	}
	d.trigger = d.doc.Text[d.words[k].start:d.words[k].end]
}

// dateVerb is the verb of the clause that a date ends, read back from the
// date to the clause's finite verb over its object and a figure's other
// measure set off by commas, for a draft that no word of happening heads
// nor names: the verb "have" of a result ("The store had sales of $2
// million, or 40 cents a share, a year ago"), the verb after a modal
// ("The bonds will pay 6% interest until June 2030") or the predicate of
// "be" ("wouldn't be profitable until 2031"). The first verb met decides:
// a verb in the past, "have" or "be" of its own, or a word after a modal;
// -1 when a clause word, a quotation or a punctuation mark comes first,
// or no verb within sixteen words.
func dateVerb(text string, ws []word, first, last int) int {
	if first >= len(ws) || last >= len(ws) {
		return -1
	}
	for k := first - 1; k >= 0 && k >= first-16; k-- {
		g := text[ws[k].end:ws[k+1].start]
		if hasPunct(g) && !numberComma(text, ws, k) && !(strings.TrimSpace(g) == "," && (ws[k+1].lower == "or" || k+1 == first && figureAside(text, ws, k))) {
			return -1 // but the commas of a figure's other measure: "$1.1 million, or four cents a share,"
		}
		if hardGap(g) || ws[k].quoted != ws[first].quoted || ws[k].is(cClauseOpener) {
			return -1
		}
		if !lowerWord(text, ws[k]) && !ws[k].is(cHaveForm|cBeForm) {
			continue // a figure or a name in the object: "$1.1 million", "sales in Europe"
		}
		if p := prevContent(ws, k); p >= 0 && ws[p].is(cModal) && !ws[k].is(cClosed) || ws[k].is(cBeForm) && k > 0 && ws[k-1].is(cModal) {
			if c := adjectivePredicate(text, ws, k); c >= 0 {
				return c // "wouldn't be profitable"
			}
			if ws[k].is(cBeForm | cHaveForm) {
				return -1
			}
			return k // "will carry"
		}
		switch {
		case ws[k].lower == "worth" && k > 0 && hasPunct(text[ws[k-1].end:ws[k].start]):
			return k // "her properties, worth $130 million in October,": the value held then
		case ws[k].is(cHaveForm):
			if n := k + 1; n < len(ws) && (pastForm(ws, n) || ws[n].is(cIrregularParticiple) || ws[n].lower == "been") {
				return -1 // an auxiliary: "had fallen"
			}
			return k
		case ws[k].is(cBeForm):
			return adjectivePredicate(text, ws, k)
		case clauseVerb(text, ws, k) && pastForm(ws, k):
			return k
		}
	}
	return -1
}

// adjectivePredicate is the predicate of the copula at k when no article
// opens it: "wouldn't be profitable"; not "was the second in a week",
// "was the middle of summer", which name no happening. -1 otherwise.
func adjectivePredicate(text string, ws []word, k int) int {
	c := copulaPredicate(text, ws, k)
	if c < 0 {
		return -1
	}
	for j := k + 1; j < c; j++ {
		if ws[j].is(cArticle|cDeterminer) || ws[j].possessive {
			return -1
		}
	}
	return c
}

// figureAside reports a figure's other measure set off by commas that
// ends at word k: ", or four cents a share" (within eight words).
func figureAside(text string, ws []word, k int) bool {
	for j := k; j > 0 && j >= k-8; j-- {
		if g := text[ws[j-1].end:ws[j].start]; hasPunct(g) && !numberComma(text, ws, j-1) {
			return strings.TrimSpace(g) == "," && ws[j].lower == "or"
		}
	}
	return false
}

// setNounTrigger makes the noun of happening at k, outside the lexicon,
// the trigger of a draft that had none: its lemma is the noun itself.
func (d *draft) setNounTrigger(k int) {
	d.trig = k
	d.info = triggerInfo{lemma: d.words[k].lower, noun: true}
	d.trigger = d.doc.Text[d.words[k].start:d.words[k].end]
}

// headInfo is what the word at k tells when it heads an event of its own: a
// word of the lexicon but for light verbs and verbs of saying, or a verb
// outside it in its base form after a modal or "to" ("will close"), in the
// past ("gathered", "grew") or in the progressive ("is calling"), its lemma
// guessed from its form. ok is false
// for any other word.
func headInfo(text string, ws []word, k int) (triggerInfo, bool) {
	w := ws[k].lower
	info, ok := ws[k].trigger()
	if !ok {
		p := prevContent(ws, k)
		switch {
		case eventWord(text, ws, k) && eventNoun(w) && nounAfterLight(ws, k) && !ws[k-1].possessive:
			info = triggerInfo{lemma: w, noun: true} // "planned a large demonstration on Saturday": the demonstration
		case !eventWord(text, ws, k) || verbalNoun(ws, k) || (ws[k-1].is(cDeterminer) || ws[k-1].possessive) && !adverbPast(ws, k) && !relativePast(ws, k):
			return info, false
		case ws[k].is(cIrregularPast) || strings.HasSuffix(w, "ed"):
			info = triggerInfo{lemma: lemmaOf(w)}
		case strings.HasSuffix(w, "ing") && p >= 0 && beBefore(ws, p):
			info = triggerInfo{lemma: lemmaOf(strings.TrimSuffix(w, "ing") + "ed")} // "is calling": call
		case strings.HasSuffix(w, "ing") && ws[k-1].is(cTemporalPrep):
			info = triggerInfo{lemma: lemmaOf(strings.TrimSuffix(w, "ing") + "ed")} // "After touring Dar es Salaam Thursday": tour
		case p >= 0 && ws[p].is(cModalTo) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")):
			info = triggerInfo{lemma: w}
		case aspectualPresent(text, ws, k):
			info = triggerInfo{lemma: aspectualForms[w]} // "the festival ends in Lisbon on Friday"
		default:
			return info, false
		}
	}
	if info.speech && notSaying(text, ws, k) {
		info.speech = false // "adding Greece and Turkey in 1952": adding, no saying
	}
	if info.light && ws[k].is(cHaveForm) && resultAfter(ws, k) {
		info.light = false // "Aetna had a $23 million loss": the result is the happening of its period
	}
	if info.light && info.lemma == "take" && k+1 < len(ws) && takeIdioms[ws[k+1].lower] {
		info.light = false // "took effect Aug. 9", "took office in April": the taking is the happening
	}
	if info.light && passiveLight(ws, k) {
		info.light = false // "was made a brigadier general": the making is the happening
	}
	if info.light && lightPast(text, ws, k) {
		info.light = false // "took a detour this week": no happening after it to hand over to
	}
	if info.light || info.speech || conditional(ws, k) || expectedTo(ws, k) || forecastBefore(ws, k) || attemptTo(ws, k) {
		return info, false
	}
	info.noun = info.noun || verbalNoun(ws, k)
	return info, true
}

// lightPasts are the simple past forms of the light verbs that tell a
// happening with any object: "took a detour", "gave a speech", "paid the
// mayor 80,000 dollars" ("made" is a participle as often: "an
// advertisement _ made last week").
var lightPasts = lexSet(`took gave paid`)

// lightPast reports a light verb in the simple past whose object, the
// noun phrase after it, names no happening of its own: "The Supreme Court
// took a detour this week". With one ("made the announcement", "took the
// decision") the noun is the happening.
func lightPast(text string, ws []word, k int) bool {
	if !lightPasts[ws[k].lower] || isNoun(ws, k) {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cPreposition) || ws[j].lower == "to" {
			return true
		}
		if _, ok := ws[j].trigger(); ok || nounForm(ws, j) {
			return resultComplement(text, ws, j+1, k+6)
		}
	}
	return true
}

// resultStates are the states a light verb puts its object in, the
// happening being the change: "took the systems offline", "made the
// files public", "took two guards hostage".
var resultStates = lexSet(`offline online hostage captive prisoner public apart`)

// resultComplement reports a state of resultStates among the words from
// j to end (exclusive), before any punctuation, preposition or word of
// happening: the object of a light verb ends there.
func resultComplement(text string, ws []word, j, end int) bool {
	for ; j < len(ws) && j < end; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cPreposition) {
			return false
		}
		if resultStates[ws[j].lower] {
			return true
		}
	}
	return false
}

// passiveLights are the light verbs whose passive tells a happening of its
// own: "was made a brigadier general", "was given a life sentence", "was
// taken to hospital", "was paid $2 million".
var passiveLights = lexSet(`made given taken paid`)

// passiveLight reports a light verb in the passive that tells a happening:
// one of passiveLights after a form of "be" (an adverb may stand between),
// not handing over to an infinitive ("was made to wait").
func passiveLight(ws []word, k int) bool {
	if !passiveLights[ws[k].lower] || k+1 < len(ws) && ws[k+1].lower == "to" && k+2 < len(ws) && !ws[k+2].is(cDeterminer) {
		return false
	}
	p := prevContent(ws, k)
	return p >= 0 && ws[p].is(cBeForm)
}

// takeIdioms are the bare nouns with which "take" names a happening of its
// own: "take effect", "take place", "take office", "take power".
var takeIdioms = lexSet(`effect place office power control charge`)

// forecastBefore reports a verb in what a forecast or an expectation says
// ("economists expect it to stay there"): a forecast word among the five
// words before it. A clause told after "that" is reported as a saying's is
// ("forecast that the heat would ease on Saturday": the easing, dated as
// what is said is), so a forecast word before the "that" counts not.
func forecastBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if ws[j].lower == "that" && j > 0 && ws[j-1].is(cForecastWord) {
			return false
		}
		if ws[j].is(cForecastWord) {
			return true
		}
	}
	return false
}

// sameTime reports two dates that tell one time together, only prepositions
// and punctuation between them: "at 3:03 p.m. (Beijing Time) on Thursday".
func sameTime(text string, a, b temporal.Timex) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.End > b.Start {
		return true
	}
	gap := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(",()[]", r) {
			return ' '
		}
		return r
	}, text[a.End:b.Start]))
	if len(gap) > 4 {
		return false
	}
	for _, w := range gap {
		if !prepositions[strings.ToLower(w)] && !(w[0] >= 'A' && w[0] <= 'Z') {
			return false // a capitalized word: "(Beijing Time)"
		}
	}
	return true
}

// nestedDate reports a date a that lies within a longer date b after it,
// both of one happening: "on Friday this week", "in March this year". The
// longer date only says which day or month, so the happening takes the
// shorter. (A longer date before it is a period the shorter may bound:
// "the quarter ended June 30".)
func nestedDate(a, b temporal.Timex) bool {
	if a.Start > b.Start {
		return false
	}
	da, db := timeline.DateOf(a), timeline.DateOf(b)
	return da.Start != "" && db.Start != "" && da.Start >= db.Start && da.End <= db.End && (da.Start != db.Start || da.End != db.End)
}

// setTrigger makes the word at k the trigger of a draft that had none, when
// it can head an event (headInfo); it reports whether it did.
func (d *draft) setTrigger(k int) bool {
	info, ok := headInfo(d.doc.Text, d.words, k)
	if !ok {
		return false
	}
	d.trig, d.info = k, info
	d.trigger = d.doc.Text[d.words[k].start:d.words[k].end]
	return true
}

// datedWords marks the words of the sentence's dates that can date events.
// lastDatedWord is the last of the words dated marks that stands outside
// quotation marks; -1 when there is none.
func lastDatedWord(ws []word, dated []bool) int {
	for k := len(dated) - 1; k >= 0; k-- {
		if dated[k] && !ws[k].quoted {
			return k
		}
	}
	return -1
}

// findingWords are the forms of verbs that tell what a hearing, an inquiry
// or a test brought to light, in a clause after "that".
var findingWords = lexSet(`heard hears learned learnt learns showed shows found finds revealed reveals established concluded`)

// findingThat reports a verb of finding at ti followed by "that" before the
// date that starts at word first ("The court heard that on the evening of
// 16 May the driver left the road"): the date is in what was found, whose
// own verb it dates, as a verb of saying's would be.
func findingThat(ws []word, ti, first int) bool {
	return findingWords[ws[ti].lower] && ti+1 < first && ws[ti+1].lower == "that"
}

// whenMain is the verb in the past of the main clause after a sentence
// that opens with a "When" clause holding the date (its last word at
// last), when the main clause has no date of its own: "When floods cut
// the road in 2019, the village built a ferry". The clause of "when" sets
// the main happening in its time; a verb of saying is left to the
// statements ("When the trial opened on 3 February, the defendant told
// the judges he had slept" tells what he said). It returns the
// verb and the first word of the main clause, -1 and -1 when there is
// none.
func whenMain(text string, ws []word, dated []bool, last int) (int, int) {
	if len(ws) == 0 || ws[0].lower != "when" {
		return -1, -1
	}
	c := -1
	for k := last + 1; k < len(ws) && k <= last+maxReach; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if dated[k] || ws[k].quoted || hardGap(g) {
			return -1, -1
		}
		if strings.TrimSpace(g) == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return -1, -1
	}
	v := -1
	for j := c; j < len(ws) && j <= c+8; j++ {
		if j > c && hasPunct(text[ws[j-1].end:ws[j].start]) || dated[j] || ws[j].quoted || ws[j].is(cBeForm|cAuxiliary|cModal|cHaveForm) {
			return -1, -1
		}
		if eventWord(text, ws, j) && !isNoun(ws, j) {
			if j == c || !pastForm(ws, j) || ws[j].info().speech {
				return -1, -1
			}
			v = j
			break
		}
	}
	if v < 0 {
		return -1, -1
	}
	for j := v + 1; j < len(ws); j++ {
		if dated[j] {
			return -1, -1 // the main clause's own date
		}
	}
	return v, c
}

// butClauseBetween reports ", but" among the words after last and before
// ti: a clause of its own begins there.
func butClauseBetween(text string, ws []word, last, ti int) bool {
	for k := last + 2; k < ti; k++ {
		if ws[k].lower == "but" && strings.HasSuffix(strings.TrimSpace(text[ws[k-1].end:ws[k].start]), ",") {
			return true
		}
	}
	return false
}

// contactRelative reports a date that closes a relative clause with no
// pronoun of its own, whose subject pronoun follows the noun it tells of
// and whose past verb follows the pronoun ("The album he recorded there the
// following year sold 100,000 copies"): the date is the clause's, not the
// main verb's right after it. No punctuation stands between.
func contactRelative(text string, ws []word, first int) bool {
	for k := first - 1; k > 0 && k >= first-8; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || hasPunct(text[ws[k-1].end:ws[k].start]) {
			return false
		}
		w := ws[k].lower
		if w != "he" && w != "she" && w != "they" && w != "we" {
			continue
		}
		n := ws[k-1]
		return k+1 < first && (pastForm(ws, k+1) || ws[k+1].is(cIrregularPast)) && lowerWord(text, n) && !n.is(cClosed|cPreposition) && isNoun(ws, k-1)
	}
	return false
}

// nounOfDate is the noun of happening of the lexicon right before "of"
// and the date that starts at word first, after an article that a
// preposition of time leads ("played at banquets until the coup of
// November 1968", "fled after the elections of 2015"): the date names
// which one, and is its own; the verb before is only set against it.
// Within the happening ("seized the palace during the coup of November
// 1968") the verb keeps the date. -1 when there is none.
func nounOfDate(text string, ws []word, first int) int {
	n := first - 2
	if n < 2 || ws[first-1].lower != "of" || !ws[n-1].is(cArticle) || !referencePreps[ws[n-2].lower] || hasPunct(text[ws[n-2].end:ws[first].start]) {
		return -1
	}
	if info, ok := ws[n].trigger(); !ok || !info.noun {
		return -1
	}
	return n
}

// dateJustAfter reports a date within the three words after the verb at ti
// ("concluded on Wednesday", "ruled late on Friday"): the verb's own, so
// a date right before it closes another clause.
func dateJustAfter(ws []word, dated []bool, ti int) bool {
	for k := ti + 1; k < len(ws) && k <= ti+3; k++ {
		if dated[k] {
			return true
		}
	}
	return false
}

func datedWords(ws []word, dates []temporal.Timex) []bool {
	dated := make([]bool, len(ws))
	for _, x := range dates {
		if datesEvents(x) {
			for k := wordIndexAt(ws, x.Start); k < len(ws) && ws[k].start < x.End; k++ {
				dated[k] = true
			}
		}
	}
	return dated
}

// clauseTrigger is the word a date dates when the trigger it chose went to
// a nearer date, or it found none: the nearest word of its own clause that
// can head an event (headInfo) and is no trigger of another date (taken);
// -1 when there is none. "42 years ago gathered Wednesday night": the
// verb is Wednesday night's.
func clauseTrigger(text string, ws []word, dated []bool, x temporal.Timex, taken map[int]bool) int {
	first, last := wordRange(ws, x.Start, x.End)
	if first >= len(ws) {
		return -1
	}
	best, bestDist := -1, 1<<30
	noun, nounDist := -1, 1<<30 // the nearest noun of happening, when no verb heads it
	dateClause(text, ws, dated, first, last, func(k, dist int) {
		if dist >= bestDist || taken[k] || ws[k].quoted || referencePoint(ws, k) && !ownPhrase(text, ws, k, first) || nearerDate(ws, dated, k, first, last) {
			return
		}
		if _, ok := headInfo(text, ws, k); ok {
			best, bestDist = k, dist
		} else if dist < nounDist && k < first && eventWord(text, ws, k) && isNoun(ws, k) && !verbBetween(text, ws, k, first) {
			noun, nounDist = k, dist // "behind two killings in Belfast last week"
		}
	})
	if best < 0 && noun < 0 {
		return futureWhen(text, ws, first)
	}
	if best < 0 && (noun < 0 || !forecastObject(text, ws, noun)) {
		return noun
	}
	return best
}

// futureWhen is the verb a "when" clause in the present times, when the
// date at first is that clause's and the clause has no word of happening
// of its own: "will try to restore contact when the satellite passes over
// its station on Wednesday" is the attempt of Wednesday. The verb stands
// within eight words before "when", after a modal or "to", with no
// punctuation between; -1 when there is none.
func futureWhen(text string, ws []word, first int) int {
	w := -1
	for k := first - 1; k >= 0 && k >= first-10; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1
		}
		if ws[k].lower == "when" {
			w = k
			break
		}
		if pastForm(ws, k) || ws[k].is(cModal|cHaveForm) {
			return -1 // "when the river had fallen": no clause in the present
		}
	}
	if w < 1 || hasPunct(text[ws[w-1].end:ws[w].start]) {
		return -1
	}
	for k := w - 1; k >= 1 && k >= w-8; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener) {
			return -1
		}
		if _, ok := headInfo(text, ws, k); ok && !isNoun(ws, k) && ws[k-1].is(cModalTo) {
			return k
		}
	}
	return -1
}

// forecastObject reports a noun that the nearest verb before it (within
// six words) governs as only expected, possible or forecast: "is expected
// to review the restrictions at the end of the month" dates no
// restrictions.
func forecastObject(text string, ws []word, n int) bool {
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if eventWord(text, ws, k) && !isNoun(ws, k) {
			return expectedTo(ws, k) || conditional(ws, k) || forecastBefore(ws, k)
		}
	}
	return false
}

// verbBetween reports a verb, a form of "be" or an auxiliary among the
// words after i and before j: "The transaction is expected to close around
// year end" tells the date of the closing, not of the transaction.
func verbBetween(text string, ws []word, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if ws[k].is(cBeForm|cAuxiliary|cModalTo) || eventWord(text, ws, k) && !isNoun(ws, k) {
			return true
		}
	}
	return false
}

// ownPhrase reports a date at word first inside the phrase of a point of
// reference at k: after it, with no comma or clause word between them
// ("After touring Dar es Salaam Thursday and meeting police leaders Friday
// morning, the FBI chief said": the tour is Thursday's).
func ownPhrase(text string, ws []word, k, first int) bool {
	if first <= k {
		return false
	}
	for j := k + 1; j <= first; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cClauseOpener) {
			return false
		}
	}
	return true
}

// ownPredicate reports a coordinator at k that opens a predicate of its
// own, dated by a later date of the sentence: "which last year accounted
// for 41% of sales and is expected to see that grow to 42.5% in the
// current year" (expected is not last year's).
func ownPredicate(text string, ws []word, dated []bool, k int) bool {
	if k+1 >= len(ws) || !(clauseVerb(text, ws, k+1) || ws[k+1].is(cBeForm|cAuxiliary)) {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+maxReach; j++ {
		if dated[j] {
			return true
		}
		if hardGap(text[ws[j-1].end:ws[j].start]) {
			return false
		}
	}
	return false
}

// coordinators join two verbs that may each have a date of their own.
var coordinators = lexSet(`and but or`)

// coordinated reports a coordinator between words i and j, looked for
// within eight words, beyond which the cost of the distance decides.
func coordinated(ws []word, i, j int) bool {
	for k := i + 1; k < j && k <= i+8; k++ {
		if coordinators[ws[k].lower] {
			return true
		}
	}
	return false
}

// nearerDate reports a word nearer to another date of the sentence than to
// the date at words first..last: "took a detour this week from the
// principle it vindicated two years ago" (vindicated two years ago).
func nearerDate(ws []word, dated []bool, k, first, last int) bool {
	if k > last {
		for j := k + 1; j < len(ws) && j-k < k-last; j++ {
			if dated[j] {
				return true
			}
		}
		return false
	}
	for j := k - 1; j >= 0 && k-j < first-k; j-- {
		if dated[j] {
			return true
		}
	}
	return false
}

// premodifier reports a date that modifies the noun after it, as an
// adjective would ("third-quarter results", "the 1987 Chevrolet"): a word
// of lowercase letters follows it directly, neither a closed word nor a
// verb. Such a date dates its noun; any other happening it dates only when
// no other date of the sentence is as near.
func premodifier(text string, ws []word, last int) bool {
	k := last + 1
	if k >= len(ws) || text[ws[last].end:ws[k].start] != " " || !lowerWord(text, ws[k]) || ws[k].is(cClosed) {
		return false
	}
	if _, ok := headInfo(text, ws, k); ok && !isNoun(ws, k) {
		return false
	}
	return true
}

// verbsOutside are the verbs of the sentence outside the lexicon that can
// head an event (headInfo), not negated, in word order.
func verbsOutside(text string, ws []word) []int {
	var out []int
	for k := range ws {
		w := ws[k].lower
		if k == 0 || ws[k].quoted || ws[k].is(cClosed) {
			continue
		}
		// only the forms headInfo takes, checked cheaply first
		if p := prevContent(ws, k); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !ws[k].is(cIrregularPast) && (p < 0 || !ws[p].is(cModalTo)) {
			continue
		}
		if info, known := ws[k].trigger(); known && !otherSense(ws, k) && !(info.light && lightPast(text, ws, k)) {
			continue // a trigger, but for one findTriggers left out in another sense ("admitted that") or a light verb with no happening to hand over to ("the sample he gave on 3 December")
		}
		if _, ok := headInfo(text, ws, k); ok && !verbalNoun(ws, k) && !negated(ws, k) {
			out = append(out, k)
		}
	}
	return out
}

// bornBefore reports "was born" (or "were", "been") right before the date
// at word first, perhaps with a preposition between ("was born in 1970"):
// a birth, which no word of the lexicon heads, told as a state whose date
// names the happening (nameHappening) even when the sentence has other
// happenings ("and moved to Antofagasta in 1979, after her father was
// killed").
func bornBefore(ws []word, first int) bool {
	k := first - 1
	if k >= 0 && ws[k].is(cPreposition|cTemporalPrep) {
		k--
	}
	return k > 0 && ws[k].lower == "born" && ws[k-1].is(cBeForm)
}

// sameClause reports words i < j with no clause word nor hard gap between
// them ("interview hikers who were on the trail that day": no).
func sameClause(text string, ws []word, i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if ws[k].is(cClauseOpener) || hardGap(text[ws[k-1].end:ws[k].start]) {
			return false
		}
	}
	return true
}

// postNominal is the noun a date without a preposition follows and
// modifies, as TimeML reads "the invasion last August", "after losing his
// mother in a disastrous sea voyage to the United States last November",
// "the prosecution's offer last week to reduce the charges": an event noun
// in a phrase opened by a preposition or a possessive, with no verb,
// comma, clause word or other preposition than "of" between it and the date
// (within eight words); or the noun right before the date after a
// possessive, when the noun's complement follows the date ("to", "of",
// "for", "that"). It is -1 when a preposition leads the date ("on
// Monday"), a verb or a place phrase comes between ("announced the plan
// Aug. 21", "a meeting with Saddam Hussein in Baghdad today"), or a verb
// right after the date ("The company last week said").
func postNominal(text string, ws []word, first, last int) int {
	if first < 1 || ws[first-1].is(cPreposition) || ws[first-1].is(cTemporalPrep) || ws[first-1].is(cComparison) ||
		strings.ContainsAny(text[ws[first-1].end:ws[first].start], ",;:()—–\"“”") {
		return -1
	}
	next := last + 1
	if next < len(ws) && !strings.ContainsAny(text[ws[last].end:ws[next].start], ",;:") && eventWord(text, ws, next) && !isNoun(ws, next) {
		return -1 // the subject's date: "The company last week said"
	}
	if k := first - 1; k > 0 && ws[k-1].possessive && lowerWord(text, ws[k]) && !ws[k].is(cClosed) &&
		next < len(ws) && ws[next].is(cNounComplement) {
		return k // "the prosecution's offer last week to reduce the charges"
	}
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		w := ws[k].lower
		if k < first-1 && hardGap(text[ws[k].end:ws[k+1].start]) || strings.Contains(text[ws[k].end:ws[k+1].start], ",") || ws[k].is(cClauseOpener) {
			return -1
		}
		if w != "of" && (ws[k].is(cPreposition|cLocationPrep|cTemporalPrep) || phrasePreps[w]) {
			return -1
		}
		noun := isNoun(ws, k) || k > 0 && (ws[k-1].is(cDeterminer) || ws[k-1].possessive) || namedModifier(text, ws, k)
		if w == "death" && k >= 2 && ws[k-1].lower == "to" && pastForm(ws, k-2) {
			return -1 // "was shot to death last Oct. 23": the shooting's, its outcome with it
		}
		if eventWord(text, ws, k) && noun && !ws[k].is(cClosed) {
			if phraseOpened(ws, k) && !sayingOccasion(text, ws, k, first) && !framePhrase(text, ws, k, last) && !simultaneity(ws, k) && !chargeOf(ws, k) {
				return k
			}
			return -1
		}
		if eventWord(text, ws, k) || ws[k].is(cBeForm|cAuxiliary) {
			return -1 // a verb before the noun
		}
	}
	return -1
}

// possessedThing reports a date x right after a noun that a possessive
// opens, at the end of a phrase that opens the sentence with a preposition,
// before its comma: "In response to the union's demands last month, the
// company has offered a pay rise". The date tells the time of that noun,
// as it does of a noun of happening (postNominal), not of the main clause
// after the comma; a noun of no happening takes no event of it.
func possessedThing(text string, ws []word, x temporal.Timex) bool {
	first, last := wordRange(ws, x.Start, x.End)
	if first < 3 || last+1 >= len(ws) || !strings.HasPrefix(strings.TrimSpace(text[ws[last].end:ws[last+1].start]), ",") {
		return false
	}
	n := first - 1
	if !ws[n-1].possessive || !lowerWord(text, ws[n]) || ws[n].is(cClosed) || !phraseOpeners[ws[0].lower] {
		return false
	}
	for k := 1; k < n; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || eventWord(text, ws, k) && !isNoun(ws, k) {
			return false // a clause of its own, or no phrase: "After the union rejected its offer last month,"
		}
	}
	return true
}

// sinceNoun is the noun of happening a date after "on" or "in" modifies
// inside a phrase opened by "since": "Protests have taken place every
// night since the first reading on 16 April" dates the reading. The span
// after "since" reaches the present, so the date is no date of the verb
// before it (a date right after "since" dates nothing, see Extract). The
// noun stands right before the preposition, and only determiners,
// possessives and modifiers (no verb, comma or clause word) stand between
// it and "since", within five words. It is -1 otherwise.
func sinceNoun(text string, ws []word, first int) int {
	k := first - 2
	if k < 1 || !eventWord(text, ws, k) || !isNoun(ws, k) || !sincePhrase(text, ws, first) {
		return -1
	}
	return k
}

// sinceThing reports a date after "on" or "in" behind a noun that is no
// word of happening, in a phrase opened by "since" (see sinceNoun): "have
// taken place every night since the first reading on 16 April". Like a
// date right after "since", it dates nothing outside the phrase.
func sinceThing(text string, ws []word, first int) bool {
	k := first - 2
	if k < 1 || !lowerWord(text, ws[k]) || !sincePhrase(text, ws, first) {
		return false // "since 1982 on Saturday": the phrase ends at its year
	}
	for j := k; j >= 0 && ws[j].lower != "since"; j-- {
		if eventWord(text, ws, j) || prepositions[ws[j].lower] || otherPrepositions[ws[j].lower] {
			return false // "since a cement maker floated in 2019", "since a clash between their armies in 2009"
		}
	}
	return true
}

// sincePhrase reports a date at first after "on" or "in" and the noun
// before them, in a phrase opened by "since" within five words before the
// noun, with only determiners, possessives and modifiers (no verb, comma or
// clause word) between.
func sincePhrase(text string, ws []word, first int) bool {
	k := first - 2
	if k < 1 || ws[first-1].lower != "on" && ws[first-1].lower != "in" || strings.ContainsAny(text[ws[k].end:ws[first].start], ",;:()—–\"“”") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if strings.ContainsAny(text[ws[j].end:ws[j+1].start], ",;:()—–\"“”") {
			return false
		}
		if ws[j].lower == "since" {
			return true
		}
		if ws[j].is(cClauseOpener|cPreposition|cBeForm|cAuxiliary) || eventWord(text, ws, j) && !isNoun(ws, j) {
			return false
		}
	}
	return false
}

// appositionNoun reports a word at k inside a noun's apposition set off by
// commas before a date at first, after a clause with a verb of its own:
// "Shares soared 25 percent, the maximum daily gain allowed, on their first
// day of trading on Wednesday" (the gain, the allowing). The apposition
// names what the words before it are; the date after it is the verb's.
// The apposition opens with a determiner or a possessive, the word is
// within seven words of its comma (no clause word, preposition but an "of"
// near the word, or auxiliary between) and within three of the closing one, and the verb within eight
// words before the opening comma.
func appositionNoun(text string, ws []word, k, first int) bool {
	closed := false
	for j := k; j < first-1 && j <= k+3; j++ {
		if gap := text[ws[j].end:ws[j+1].start]; strings.TrimSpace(gap) == "," {
			closed = true
			break
		} else if hasPunct(gap) || ws[j+1].is(cClauseOpener|cPreposition) {
			return false
		}
	}
	if !closed {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		if gap := text[ws[j].end:ws[j+1].start]; strings.TrimSpace(gap) == "," {
			if j+1 == k || !ws[j+1].is(cDeterminer) && !ws[j+1].possessive {
				return false // the aside opens as a noun phrase does: "the", "a", "its"
			}
			for v := j; v >= 0 && v >= j-8; v-- {
				if v < j && hasPunct(text[ws[v].end:ws[v+1].start]) {
					return false
				}
				if eventWord(text, ws, v) && !isNoun(ws, v) && ws[v].trig != nil {
					return true
				}
			}
			return false
		} else if hasPunct(gap) {
			return false
		}
		if ws[j].is(cClauseOpener|cPreposition|cBeForm|cAuxiliary) && (ws[j].lower != "of" || k-j > 4) {
			// (an "of" phrase may stand in the noun phrase: "a critic of
			// the bank's rate rises")
			return false
		}
	}
	return false
}

// accusations are the verbs that name a charge in their "with" or "of"
// phrase: "charged with murder", "accused of fraud".
var accusations = lexSet(`charged accused convicted indicted suspected acquitted cleared`)

// chargeOf reports a noun that names the charge of an accusation, within
// three words after "charged with" or "accused of": "was charged with
// murder Thursday" dates the charging, not the murder; and "charges" after
// "on", perhaps with one modifier, the ground of the verb.
func chargeOf(ws []word, k int) bool {
	if w := ws[k].lower; (w == "charges" || w == "charge") && k >= 2 && (ws[k-1].lower == "on" || ws[k-2].lower == "on" && lowerWordForm(ws[k-1].lower)) {
		// "was jailed in July on spying charges", "arrested on
		// charges of fraud": the ground of the verb, no charging
		return true
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if ws[j].lower == "with" || ws[j].lower == "of" {
			return accusations[ws[j-1].lower]
		}
	}
	return false
}

// lowerWordForm reports a word of lowercase letters and hyphens: the
// modifier of a noun ("spying", "drug-related").
func lowerWordForm(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return w != ""
}

// mannerNouns tell, bare after "in", why or how the verb's doer acted,
// no happening of their own: "blocked the road in protest on Friday",
// "shelled the town in retaliation".
var mannerNouns = lexSet(`protest retaliation response reply solidarity defiance`)

// mannerPhrase reports a noun of mannerNouns right after "in", with no
// article or other word between: "in protest" tells why the verb before
// it was done, so the date is that verb's ("in a protest on Friday" is a
// happening of its own).
func mannerPhrase(ws []word, k int) bool {
	return k > 0 && ws[k-1].lower == "in" && mannerNouns[ws[k].lower]
}

// guessedVerb reports the word at k among verbs, the verbs outside the
// lexicon guessed from their place (sorted): "an attack read on
// television" has a participle after its noun, no compound.
func guessedVerb(verbs []int, k int) bool {
	_, ok := slices.BinarySearch(verbs, k)
	return ok
}

// compoundModifier reports the word of happening at k as the first noun
// of a compound whose head, right after it, names a thing or people: "the
// launch pad", "their patient records system", "Rescue teams pulled",
// "a nationwide arrest warrant": the compound is no happening, and the
// date is the clause verb's. The word before must open a noun phrase (an
// article, a determiner, a possessive, a number, an adjective or the
// sentence's start), never a subject, modal or "to" before a verb ("will
// launch satellites", "they launch rockets").
func compoundModifier(text string, ws []word, k int) bool {
	if !compoundPair(text, ws, k) {
		return false
	}
	if k == 0 || hasPunct(text[ws[k-1].end:ws[k].start]) {
		return true // "Rescue teams pulled"
	}
	p := ws[k-1]
	if p.is(cArticle|cDeterminer) || p.possessive || p.is(cPreposition) {
		return true
	}
	if p.is(cClosed|cModal|cModalTo|cAuxiliary|cBeForm|cHaveForm|cPronounSubject|cSubjectPronoun) || p.lower == "to" || !lowerWord(text, p) {
		return false
	}
	_, ok := p.trigger()
	return !ok && !eventWord(text, ws, k-1) && !strings.HasSuffix(p.lower, "ly") // "a nationwide arrest warrant"
}

// compoundPair reports the word of happening at k and the word right after
// it as a compound of modifier and head by their own forms, whatever comes
// before them (see compoundModifier): no -ing, -ed or past form first, and a
// plain lower-case noun after it that is no function word, no word of
// happening and no verb's -s form with what it takes.
func compoundPair(text string, ws []word, k int) bool {
	if k+1 >= len(ws) || text[ws[k].end:ws[k+1].start] != " " || ws[k].possessive || ws[k].quoted {
		return false
	}
	x, y := ws[k], ws[k+1]
	if strings.HasSuffix(x.lower, "ing") || strings.HasSuffix(x.lower, "ed") || pastForm(ws, k) || x.is(cClosed|cIrregularParticiple|cIrregularPast) || irregularParticiples[x.lower] {
		return false
	}
	if !lowerWord(text, y) || !wordOfLetters(text, y) || y.is(cClosed|cPreposition|cLocationPrep|cTemporalPrep|cNounPrep|cBeForm|cHaveForm|cModal|cAuxiliary|cIrregularPast|cIrregularParticiple|cTimeUnit) || eventWord(text, ws, k+1) {
		return false
	}
	if prepositions[y.lower] || otherPrepositions[y.lower] || irregularParticiples[y.lower] || k+2 < len(ws) && ws[k+2].lower == "to" {
		return false // "the blasts next to the embassy", "an attack read on television"
	}
	if n := k + 2; strings.HasSuffix(y.lower, "s") && !strings.HasSuffix(y.lower, "ss") && n < len(ws) && ws[n].lower != "of" &&
		(ws[n].is(cPreposition|cTemporalPrep|cLocationPrep|cArticle|cDeterminer) || prepositions[ws[n].lower]) {
		return false // a verb's -s form and what it takes: "The ban runs until December 2028"
	}
	_, ok := y.trigger()
	return !ok && len(y.lower) >= 3 && !strings.HasSuffix(y.lower, "ed") && !strings.HasSuffix(y.lower, "ing") && !strings.HasSuffix(y.lower, "ly")
}

// framePhrase reports the phrase of the noun at k, with its date ending at
// word last, as the frame that opens its sentence, set off by a comma: "In
// a televised address Friday, the president described ..." dates the
// clause it frames, the address with it. "In response to the U.S. offer
// last week," frames nothing: a preposition after the opening one makes it
// part of a compound preposition ("in response to", "in reply to"), which
// tells why, not when.
func framePhrase(text string, ws []word, k, last int) bool {
	if last+1 >= len(ws) || !strings.Contains(text[ws[last].end:ws[last+1].start], ",") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if hasPunct(text[ws[j].end:ws[j+1].start]) || eventWord(text, ws, j) && !isNoun(ws, j) {
			return false
		}
		if j > 0 && ws[j].lower != "of" && (ws[j].is(cPreposition) || ws[j].lower == "to") {
			return false
		}
		if j == 0 {
			return ws[j].lower == "in" || ws[j].lower == "at" || ws[j].lower == "during"
		}
	}
	return false
}

// referenceFrame reports a date in a phrase that opens its sentence with a
// temporal preposition ("After accounting for a revision Friday, ...",
// "Since his Aug. 2 power-grab, ..."): the phrase names the point the main
// clause is told from, and its date is no date of the main clause.
func referenceFrame(text string, ws []word, first int) bool {
	if len(ws) == 0 || !ws[0].is(cTemporalPrep) || ws[0].lower == "during" || ws[0].lower == "amid" {
		return false
	}
	for k := 1; k <= first && k < len(ws); k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) {
			return false
		}
	}
	return true
}

// possessives are the determiners of a noun's owner.
var possessives = lexSet(`his her their its our my your`)

// referencePreps open a point of reference in time.
var referencePreps = lexSet(`before after since until till following`)

// possessiveReference reports a noun of happening at k with an owner, after
// a preposition of time ("in the months since his death", "the night
// before the singer's arrest", "until her sudden resignation"): a point
// the sentence tells another happening from, known to the reader, not news
// of its own. Only a date in its own phrase dates it ("until his death
// from cancer in 1988"; see ownPhrase).
func possessiveReference(text string, ws []word, k int) bool {
	if !isNoun(ws, k) {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if possessives[ws[j].lower] || ws[j].possessive {
			p := j - 1
			for p > 0 && p >= j-3 && !referencePreps[ws[p].lower] && (ws[p].lower == "the" || ws[p].lower != text[ws[p].start:ws[p].end]) {
				p-- // "before the singer's death", "after Jane Roe's arrest"
			}
			return referencePreps[ws[p].lower]
		}
		if _, ok := ws[j].trigger(); ok || ws[j].is(cPreposition|cTemporalPrep|cBeForm|cAuxiliary) {
			return false
		}
	}
	return false
}

// afterDateOfPrep reports a word after a date that the preposition before
// it governs: "It was not until Tuesday that Castro revealed", "after
// Tuesday's meeting". The preposition's object is the date, so the word is
// no point of reference (referencePoint).
func afterDateOfPrep(text string, ws []word, dated []bool, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if dated[j] {
			for j > 0 && dated[j-1] && !hasPunct(text[ws[j-1].end:ws[j].start]) {
				j--
			}
			return j > 0 && ws[j-1].is(cTemporalPrep|cPreposition)
		}
		if ws[j].is(cTemporalPrep) {
			return false
		}
	}
	return false
}

// simultaneity reports a noun whose phrase is opened by "during" or "amid",
// or "over" a happening (within four words before it): what the clause
// tells happens within the noun's happening, so that the noun's date is
// the clause's too ("raised those worries during another television
// appearance Sunday night", "answered questions over lunch Tuesday").
func simultaneity(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ws[j].is(cPreposition | cLocationPrep | cTemporalPrep) {
			return ws[j].lower == "during" || ws[j].lower == "amid" || ws[j].lower == "over" && happeningNoun(ws[k].lower)
		}
	}
	return false
}

// phrasePreps are the other prepositions that open a phrase between a noun
// and a date after it: "arrested in connection with last year's blasts"
// dates the blasts, not the connection.
var phrasePreps = lexSet(`with without against into onto upon toward towards from to about among
across via per under`)

// nounComplements open the complement of a noun: "offer to reduce".
var nounComplements = lexSet(`to of for that`)

// phraseOpened reports a noun whose phrase is opened by a preposition or
// carries a possessive, within four words before it and no verb between.
func phraseOpened(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ws[j].possessive || ws[j].is(cPreposition|cLocationPrep|cTemporalPrep) || ws[j].lower == "with" {
			return true
		}
		if _, ok := ws[j].trigger(); ok && !ws[j].is(cDeterminer) || ws[j].is(cBeForm|cAuxiliary) {
			return false
		}
	}
	return false
}

// superlatives set a frame of comparison: "the highest level for
// mid-August in a decade".
var superlatives = lexSet(`highest lowest biggest largest smallest strongest weakest worst best fastest
slowest warmest coldest wettest driest hottest deadliest`)

// superlativeFrame reports a date that is the frame of a superlative, not
// the date of a happening: "the highest level for mid-August", "the
// warmest on record for September". A date after "on" or "at" is a point
// of time, no frame: "recorded its hottest July day on Tuesday"; nor is a
// prize's category ("the award for best film in 2004"); nor is a
// superlative that punctuation parts from the date: "The mill, the town's
// largest employer, closed in 2011" ends the aside at its comma, and the
// date is the closing's.
func superlativeFrame(text string, ws []word, first int) bool {
	if first < 2 || first >= len(ws) || !ws[first-1].is(cPreposition) || strings.Contains(text[ws[first-2].end:ws[first-1].start], ",") {
		return false // "The worst outbreak, in 2019, infected": an aside that dates the outbreak, no scope
	}
	if p := ws[first-1].lower; p == "on" || p == "at" {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		if ws[k].is(cSuperlative) {
			// "won the award for best direction in 1974": a prize's
			// category, with no article, is no frame
			return k == 0 || ws[k-1].lower != "for"
		}
	}
	return false
}

// relationalPossessive reports a date in the possessive after "of" or
// "for": it tells when the thing it names happens ("named host of next
// month's gala", "hired a chef for Friday's dinner", "the line-up of
// Sunday's festival"), not when the happening told before it did. After
// "at", "in" or a verb the happening is on that date ("spoke at Tuesday's
// rally", "was hurt in Monday's crash", "issued Thursday's ruling").
// A date in the possessive right after a verb of saying is
// reportedSubject's.
func relationalPossessive(text string, ws []word, x temporal.Timex) bool {
	first, last := wordRange(ws, x.Start, x.End)
	return first > 0 && last < len(ws) && ws[last].possessive && (ws[first-1].lower == "of" || ws[first-1].lower == "for") &&
		modifiedNoun(text, ws, first, last) >= 0
}

// reportedSubject is the head of the noun a date in the possessive
// modifies when that noun is the subject of a clause reported by a verb
// of saying right before the date (or before its "that"), followed by the
// clause's verb: "the coach said Sunday's defeat was a lesson", "said
// that Friday's vote had been rigged". The date names what is said about,
// not when the saying was. -1 otherwise: "announced Monday's price cuts"
// has no verb after its noun, the cuts are what was announced, on Monday.
func reportedSubject(text string, ws []word, x temporal.Timex) int {
	first, last := wordRange(ws, x.Start, x.End)
	h, _ := sayingSubject(text, ws, first, last)
	return h
}

// sayingSubject is reportedSubject of the date's words first to last,
// with the index of its verb of saying; -1, -1 when there is none.
func sayingSubject(text string, ws []word, first, last int) (head, saying int) {
	if first <= 0 || last >= len(ws) || !ws[last].possessive {
		return -1, -1
	}
	s := first - 1
	if ws[s].lower == "that" && s > 0 && text[ws[s-1].end:ws[s].start] == " " {
		s--
	}
	if !ws[s].info().speech || isNoun(ws, s) || ws[s].quoted || hasPunct(text[ws[s].end:ws[first].start]) {
		return -1, -1
	}
	h := modifiedNoun(text, ws, first, last)
	if h < 0 || h+1 >= len(ws) || text[ws[h].end:ws[h+1].start] != " " {
		return -1, -1
	}
	if v := h + 1; ws[v].is(cBeForm|cModal|cHaveForm|cAuxiliary) || clauseVerb(text, ws, v) {
		return h, s
	}
	return -1, -1
}

// modifiedNoun is the head of the noun phrase a date modifies as an
// adjective or a possessive ("third-quarter results", "the third-quarter GNP
// growth", "Friday's trading", "last month's explosion"): the last word of
// lowercase letters of the words right after the date, before a closed
// word, a verb or punctuation (within four words); -1 when there is none
// ("the 1987 Chevrolet Cavalier").
func modifiedNoun(text string, ws []word, first, last int) int {
	if last+1 >= len(ws) {
		return -1
	}
	// "the Aug. 7, 1998, bombings": a date inside its noun's phrase, set
	// off by the comma after its year
	enclosed := text[ws[last].end:ws[last+1].start] == ", " && first > 0 && ws[first-1].is(cArticle) && first < last
	if text[ws[last].end:ws[last+1].start] != " " && !ws[last].possessive && !enclosed {
		return -1
	}
	head := -1
	for k := last + 1; k < len(ws) && k <= last+4; k++ {
		if k > last+1 && text[ws[k-1].end:ws[k].start] != " " || ws[k].is(cClosed) || ws[k].is(cPreposition) || ws[k].is(cLocationPrep) {
			break
		}
		if !lowerWord(text, ws[k]) {
			if head >= 0 {
				break
			}
			continue // a name or an initialism that modifies the head: "GNP"
		}
		if k > last+1 && eventWord(text, ws, k) && !isNoun(ws, k) && (strings.HasSuffix(ws[k].lower, "ed") || ws[k].is(cIrregularPast)) {
			break // a verb: "third-quarter profit jumped"
		}
		head = k
		if ws[k].possessive {
			break
		}
	}
	return head
}

// relativePronouns open a clause that describes or completes the noun
// before them.
var relativePronouns = lexSet(`that which who whom whose`)

// backgroundDate reports a date inside a relative clause told in the past
// ("a security dialogue that was suspended in 2018", "families who lost
// homes in last year's fires") that describes a noun of a plan before it
// ("agreed to restart", "would speed payments to"): the date is the
// background's, not the sentence's news, and the happening the sentence
// tells is undated by it. The clause is looked for at most 8 words before
// the date, within its clause.
func backgroundDate(text string, ws []word, trigs, verbs []int, x temporal.Timex) bool {
	di := wordIndexAt(ws, x.Start)
	if di <= 2 {
		return false
	}
	r := -1
	for k := di - 1; k > 0 && k >= di-8; k-- {
		if hardGap(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		if relativePronouns[ws[k].lower] {
			r = k
			break
		}
	}
	if r < 2 || ws[r].quoted || strings.Contains(text[ws[r-1].end:ws[r].start], ",") {
		return false // ", who was rescued Nov. 25": a clause that tells, not one that picks the noun out
	}
	// "that" after a verb opens what is said or thought, not a description
	prev := ws[r-1].lower
	if _, trig := triggers[prev]; ws[r-1].is(cBeForm|cHaveForm) || slices.Contains(verbs, r-1) ||
		trig && !isNoun(ws, r-1) || isCapital(text, ws[r-1]) && ws[r].lower == "that" {
		return false
	}
	past := false // the clause's verb, in the past
	for k := r + 1; k < di; k++ {
		w := ws[k].lower
		if ws[k].is(cBeForm | cHaveForm | cModalTo) {
			past = w == "was" || w == "were" || w == "had"
			break // "which is expected next month": not past
		}
		if strings.HasSuffix(w, "ed") || ws[k].is(cIrregularPast|cIrregularParticiple) {
			past = true
			break
		}
	}
	if !past {
		return false
	}
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		if triggers[ws[k].lower].speech {
			return false // "told reporters that"
		}
	}
	// the verb nearest before the clause, no saying, is a plan: the noun
	// the clause describes is what the plan is about, and its past is
	// background ("agreed to restart a dialogue that", "would speed payments
	// to families who"); the past of a noun a happening is about is news of
	// its own ("announced an inquiry into the bushfire that destroyed 47
	// homes last month")
	v := -1
	for _, k := range trigs {
		if k < r && k > v && !ws[k].quoted && !isNoun(ws, k) && !triggers[ws[k].lower].speech {
			v = k
		}
	}
	for _, k := range verbs {
		if k < r && k > v {
			v = k
		}
	}
	if v < 0 || r-v > 5 {
		return false // the noun is no object of the verb ("time to review a supplement to the Dow Jones tender offer circular that")
	}
	p := prevContent(ws, v)
	return p >= 0 && ws[p].is(cModalTo)
}

// nounsVerb is the verb in the past whose subject is the event noun at h,
// after its "of" phrase and perhaps a relative pronoun ("the 1998 bombing of
// a Birmingham, Ala., abortion clinic that killed an officer"), at most 8
// words on; -1 when there is none. The happening's date is its effect's.
func nounsVerb(text string, ws []word, h int) int {
	if !eventWord(text, ws, h) {
		return -1
	}
	inPhrase, pronoun := false, false
	for k := h + 1; k < len(ws) && k <= h+8; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if hardGap(g) || strings.Contains(g, ",") && !inPhrase {
			return -1
		}
		w := ws[k].lower
		switch {
		case w == "of" && !pronoun:
			inPhrase = true
		case (w == "that" || w == "which") && !pronoun:
			pronoun, inPhrase = true, false
		case eventWord(text, ws, k) && (pronoun && ws[k-1].lower == "that" || !isNoun(ws, k)) && (strings.HasSuffix(w, "ed") || ws[k].is(cIrregularPast)):
			return k
		case !inPhrase || ws[k].is(cBeForm|cAuxiliary|cClauseOpener):
			return -1
		}
	}
	return -1
}

// figureApposition reads back from word k, before a comma, over a figure's
// other measure set off by commas (", or $6.98 a share,"): the index of the
// last word before that apposition, or -1 when there is none (within 8
// words).
func figureApposition(text string, ws []word, k int) int {
	figure := false
	for j := k; j > 0 && j >= k-8; j-- {
		if strings.ContainsAny(ws[j].lower, "0123456789$#") {
			figure = true
		}
		g := text[ws[j-1].end:ws[j].start]
		if hardGap(g) {
			return -1
		}
		if strings.Contains(g, ",") {
			if ws[j].lower == "or" && figure && (strings.ContainsAny(ws[j-1].lower, "0123456789$#") || j >= 2 && strings.ContainsAny(ws[j-2].lower, "0123456789$#")) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// examplesAside is the word before an aside of examples that ends at word
// k, opened by a comma and "including" (within six words, no other
// punctuation but the commas of a list): "signed a separate agreement with
// bilateral creditors, including China and India, in June". The aside
// names members of the noun before it; a date after it is the clause's.
// -1 when there is none.
func examplesAside(text string, ws []word, k int) int {
	for j := k; j > 0 && j >= k-6; j-- {
		g := text[ws[j-1].end:ws[j].start]
		if hardGap(g) || ws[j].is(cClauseOpener) {
			return -1
		}
		if strings.Contains(g, ",") && ws[j].lower == "including" {
			if strings.TrimSpace(g) != "," || j == k {
				return -1
			}
			return j - 1
		}
		if eventWord(text, ws, j) && !isNoun(ws, j) {
			return -1
		}
	}
	return -1
}

// coordinatedPast is the verb in the past joined by "and" to the verb at v
// after its object, within 6 words, in the same clause; -1 when there is none.
func coordinatedPast(text string, ws []word, v int) int {
	for k := v + 1; k+1 < len(ws) && k <= v+6; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if hardGap(g) || strings.Contains(g, ",") || ws[k].is(cClauseOpener) {
			return -1
		}
		if ws[k].lower != "and" {
			continue
		}
		w := ws[k+1].lower
		if eventWord(text, ws, k+1) && (strings.HasSuffix(w, "ed") || irregularPast[w] != "") {
			return k + 1
		}
		return -1
	}
	return -1
}

// endOfState reports a date after "until" or "till": the end of a state
// ("had led the table until April"), not a happening of that date.
func endOfState(ws []word, x temporal.Timex) bool {
	k := wordIndexAt(ws, x.Start)
	return k > 0 && k <= len(ws) && (ws[k-1].lower == "until" || ws[k-1].lower == "till")
}

// stateEnd reports a date after "until" or "till" that ends a state begun
// at the time of the telling ("have been closed until 6 May", "are shut
// until Friday", "advised the school to close until June"): the closing is
// news of its own day, the date is when it ends. A state told in the past
// or the future keeps the date ("was a trustee until 1974", "will carry a
// dividend until 1994"), and so do the focus of a negation ("It was not
// until Tuesday that", "wasn't to begin production until 1993"), a date
// that opens the sentence ("Until Thursday, they had described him"), the
// end of a span "from" a date, a wait ("postponed until Tuesday"), and a
// date followed by what is done then ("remain in Miami until March 6 to
// hear arguments").
func stateEnd(text string, ws []word, x temporal.Timex) bool {
	if !endOfState(ws, x) {
		return false
	}
	k := wordIndexAt(ws, x.Start) - 1 // "until"
	if k <= 1 {
		return false
	}
	if _, last := wordRange(ws, x.Start, x.End); last+1 < len(ws) && ws[last+1].lower == "to" {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if ws[j].is(cNegation) {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if hasPunct(text[ws[j].end:ws[j+1].start]) || rescheduleVerbs[ws[j].lower] ||
			ws[j].is(cClauseWord) && !(ws[j].lower == "and" || ws[j].lower == "or") {
			return false // but a coordinated object stays in the clause: "has closed schools in the capital and two states until May 6"
		}
		switch ws[j].lower {
		case "was", "were", "had", "will", "would", "from", "between":
			return false
		case "has", "have", "is", "are", "remains", "remain", "stays", "stay":
			return true
		case "to":
			return j >= k-6 // "advised the school to close until June", not "equal to 72% of the rate until 1994"
		}
	}
	return false
}

// whenClause is the verb of a relative clause of time that follows a date
// after a comma or a dash, which that date dates: "since November, when he
// was found clinging to an inner tube", "Since 1985 _ when the Israelis
// created a security buffer zone" (found, created); -1 when there is none.
func whenClause(text string, ws []word, x temporal.Timex) int {
	k := wordIndexAt(ws, x.End)
	if k >= len(ws) || ws[k].start < x.End || ws[k].lower != "when" {
		return -1
	}
	if g := text[x.End:ws[k].start]; !strings.Contains(g, ",") && !asideDash(g) {
		return -1
	}
	for j := k + 1; j < len(ws) && j <= k+8; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].quoted {
			return -1
		}
		if info, ok := headInfo(text, ws, j); ok && !info.noun {
			return j
		}
	}
	return -1
}

// asideSubjectVerb is the verb right after a date set off by commas
// between the subject and its verb, when the subject names a happening:
// "The country's worst outbreak, in 2019, infected 12,000 people", "The
// last rail strike, in November 2013, lasted five days". The aside says
// when the subject's happening was, and the verb tells what it did then;
// the noun is an Also word of the verb's event (coAnchor). It is -1 when
// the words before the aside hold a verb (the aside then follows an object
// or a clause: "closed the road, in March, and ..."), when the noun before
// the aside names no happening, or when no verb follows the closing comma.
func asideSubjectVerb(text string, ws []word, trigs, verbs []int, first, last int) int {
	open := first
	if first > 0 && ws[first-1].is(cPreposition) {
		open = first - 1
	}
	if open < 2 || last+1 >= len(ws) || !strings.Contains(text[ws[open-1].end:ws[open].start], ",") ||
		strings.TrimSpace(text[ws[last].end:ws[last+1].start]) != "," {
		return -1
	}
	n := open - 1
	if !isIn(trigs, n) && !(isNoun(ws, n) && eventWord(text, ws, n)) {
		return -1
	}
	for k := 0; k < n; k++ {
		if (isIn(trigs, k) || isIn(verbs, k)) && !isNoun(ws, k) || hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1 // the aside follows an object or another clause, not the sentence's subject
		}
	}
	v := last + 1
	if (!isIn(trigs, v) && !isIn(verbs, v)) || isNoun(ws, v) || ws[v].quoted {
		return -1
	}
	return v
}
