package extract

// wordClass is the set of the lexicon's word lists a word belongs to. A
// sentence's words are looked up once (sentenceWords), so that the stages
// asking "is this word a preposition, a determiner, a trigger?" test a bit
// instead of hashing the word again for each list.
type wordClass uint64

const (
	cTemporalPrep wordClass = 1 << iota
	cClauseWord
	cComparison
	cClauseOpener
	cPreposition
	cBeForm
	cComplementStop
	cArticle
	cAuxiliary
	cLocationPrep
	cDeterminer
	cNegation
	cPossibilityModal
	cConditionWord
	cForecastWord
	cAdverbDeterminer
	cNounPrep
	cClosed
	cNonVerbEd
	cNonVerbIng
	cModalTo
	cPronounSubject
	cGerundHead
	cNonEventNoun
	cTimeUnit
	cIrregularPast // a past form of irregularPast
	cIrregularParticiple
	cEventNoun
	cDefinite
	cFutureMark
	cPerfectAux
	cPerfectAuxiliary
	cSuperlative
	cNounComplement
	cModal
	cSubjectPronoun
	cResultNoun
	cBalanceNoun
	cApproximator
	cMarketSession
	cHaveForm
	cPastSaying
)

// lexEntry is what the lexicon knows of one lower-case word form.
type lexEntry struct {
	class wordClass
	trig  *triggerInfo // nil when the form is no trigger
}

// wordLists are the word lists that have a class.
var wordLists = []struct {
	set map[string]bool
	c   wordClass
}{
	{temporalPreps, cTemporalPrep}, {clauseWords, cClauseWord}, {comparisonWords, cComparison},
	{clauseOpeners, cClauseOpener}, {prepositions, cPreposition}, {beForms, cBeForm},
	{complementStops, cComplementStop}, {articles, cArticle}, {auxiliaries, cAuxiliary},
	{locationPreps, cLocationPrep}, {determiners, cDeterminer}, {negations, cNegation},
	{possibilityModals, cPossibilityModal}, {conditionWords, cConditionWord},
	{forecastWords, cForecastWord}, {adverbDeterminers, cAdverbDeterminer}, {nounPreps, cNounPrep},
	{closedWords, cClosed}, {nonVerbEd, cNonVerbEd}, {nonVerbIng, cNonVerbIng}, {modalsTo, cModalTo},
	{pronounSubjects, cPronounSubject}, {gerundHeads, cGerundHead}, {nonEventNouns, cNonEventNoun},
	{timeUnits, cTimeUnit}, {irregularParticiples, cIrregularParticiple}, {eventNouns, cEventNoun},
	{definiteWords, cDefinite}, {futureMarks, cFutureMark}, {perfectAux, cPerfectAux},
	{perfectAuxiliaries, cPerfectAuxiliary}, {superlatives, cSuperlative},
	{nounComplements, cNounComplement}, {modals, cModal}, {subjectPronouns, cSubjectPronoun},
	{resultNouns, cResultNoun}, {balanceNouns, cBalanceNoun}, {approximators, cApproximator},
	{marketSessions, cMarketSession}, {haveForms, cHaveForm}, {pastSaying, cPastSaying},
}

// lexicon holds the classes and trigger information of every word form
// of wordLists, irregularPast and triggers.
var lexicon = func() map[string]lexEntry {
	m := map[string]lexEntry{}
	for _, l := range wordLists {
		for w, in := range l.set {
			if in {
				e := m[w]
				e.class |= l.c
				m[w] = e
			}
		}
	}
	for w, base := range irregularPast {
		if base != "" {
			e := m[w]
			e.class |= cIrregularPast
			m[w] = e
		}
	}
	for w, info := range triggers {
		e := m[w]
		e.trig = &info
		m[w] = e
	}
	return m
}()

// is reports a word of any of the classes c.
func (w word) is(c wordClass) bool { return w.class&c != 0 }

// trigger is the lexicon's information on a trigger word, as triggers[w.lower].
func (w word) trigger() (triggerInfo, bool) {
	if w.trig == nil {
		return triggerInfo{}, false
	}
	return *w.trig, true
}

// info is the lexicon's information on a trigger word, zero for others.
func (w word) info() triggerInfo {
	if w.trig == nil {
		return triggerInfo{}
	}
	return *w.trig
}

// nounForm reports the word at i as a noun of happening by its form alone
// (eventNoun), worked out once a word and kept in it.
func nounForm(ws []word, i int) bool {
	switch ws[i].nounForm {
	case 1:
		return true
	case 2:
		return false
	}
	is := len(ws[i].lower) >= 3 && eventNoun(ws[i].lower)
	ws[i].nounForm = 2
	if is {
		ws[i].nounForm = 1
	}
	return is
}

// isDigit reports an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
