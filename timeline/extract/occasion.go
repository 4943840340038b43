package extract

import "strings"

// occasionNouns name an occasion at which something is done: the doing is
// the news, the occasion its setting.
var occasionNouns = lexSet(`conference conferences hearing hearings meeting meetings briefing briefings
interview interviews summit summits ceremony ceremonies session sessions speech address visit talks
rally rallies funeral funerals forum forums convention conventions congress gathering gatherings
dinner dinners banquet banquets reception receptions vigil vigils seminar seminars symposium
workshop workshops lecture lectures debate debates`)

// occasionVerb is the verb of the clause that the phrase of an occasion,
// the noun at o, belongs to, when that phrase follows the verb: "announced
// the plan at a news conference on Monday", "admitted breaching safety law
// at a hearing at Leeds crown court in April". The announcing and the
// admitting are the news, which a date after the occasion dates and a
// place after it places; the conference and the hearing only where they
// were done.
// It reads at most four words back from the occasion to its preposition
// and twelve from there to the verb, with no punctuation nor clause word
// between; -1 when there is none, or when the verb is a light one that
// hands the happening over to its object ("made the announcement at a
// press conference").
//
// After "during" any noun of happening is such a setting: "found cracks in
// the beams during an inspection in December" dates the finding, which
// happened within the inspection.
func occasionVerb(text string, ws []word, o int) int {
	if o < 2 || o >= len(ws) || !isNoun(ws, o) {
		return -1
	}
	occasion := occasionNouns[ws[o].lower]
	if !occasion && !eventWord(text, ws, o) {
		return -1
	}
	p := -1
	for k := o - 1; k >= 0 && k >= o-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1
		}
		if occasionPreps[ws[k].lower] && (occasion || ws[k].lower == "during") {
			p = k
			break
		}
		if ws[k].is(cPreposition | cLocationPrep | cTemporalPrep) {
			return -1 // "signed a pact in Astana before the summit": a point of reference
		}
		if eventWord(text, ws, k) && !isNoun(ws, k) {
			return -1
		}
	}
	if p < 1 {
		return -1
	}
	for k := p - 1; k >= 0 && k >= p-12; k-- {
		if g := text[ws[k].end:ws[k+1].start]; hasPunct(g) && !numberComma(text, ws, k) {
			// an aside between commas ("will receive the prize, worth
			// 100,000 euros, from the minister at a ceremony") is skipped
			if k = asideOpening(text, ws, k); k < 0 {
				return -1
			}
		}
		if ws[k].is(cClauseOpener) || ws[k].quoted {
			return -1
		}
		if clauseVerb(text, ws, k) && !ws[k].is(cBeForm|cAuxiliary|cModal) && !strings.HasSuffix(ws[k].lower, "ing") {
			if ws[k].info().light {
				return -1 // "made the announcement at a press conference": the noun tells the happening
			}
			return k
		}
	}
	return -1
}

// occasionSaying is the verb of saying whose object is the occasion at o,
// four words back at most with no punctuation between: "told a rally in
// Kano this week", "told a news conference on Monday". The occasion stays
// the happening its date dates (what is told may carry a date of its own);
// the telling is one of its words (coAnchor). A telling of what may or will
// be ("told a rally on Monday that the roads would be rebuilt") is not the
// news, as a plan said with its own date is the plan (see TestSayingDates):
// -1 then, and when there is no verb of saying.
func occasionSaying(text string, ws []word, o int) int {
	if o < 1 || !occasionNouns[ws[o].lower] || !isNoun(ws, o) || modalComplement(ws, o) {
		return -1
	}
	for k := o - 1; k >= 0 && k >= o-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cPreposition|cLocationPrep|cTemporalPrep) {
			return -1
		}
		if eventWord(text, ws, k) && !isNoun(ws, k) {
			if ws[k].info().speech && !notSaying(text, ws, k) && !strings.HasSuffix(ws[k].lower, "ing") {
				return k
			}
			return -1
		}
	}
	return -1
}

// modalComplement reports a "that" clause within twelve words after o whose
// first twelve words hold a modal or a mark of the future: "that the roads
// would be rebuilt".
func modalComplement(ws []word, o int) bool {
	for k := o + 1; k < len(ws) && k <= o+12; k++ {
		if ws[k].lower != "that" {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+12; j++ {
			if ws[j].is(cModal) || ws[j].is(cFutureMark) && ws[j].lower != "to" {
				return true
			}
		}
		return false
	}
	return false
}

// numberComma reports the comma of a figure between the words k and k+1:
// "100,000".
func numberComma(text string, ws []word, k int) bool {
	return text[ws[k].end:ws[k+1].start] == "," && isDigit(text[ws[k].end-1]) && isDigit(text[ws[k+1].start])
}

// asideOpening is the word before the comma that opens an aside whose
// closing comma follows the word at k, within eight words and with no other
// punctuation in it: "the prize, worth 100,000 euros, from". -1 when the
// punctuation after k closes no such aside.
func asideOpening(text string, ws []word, k int) int {
	if strings.TrimSpace(text[ws[k].end:ws[k+1].start]) != "," {
		return -1
	}
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		g := text[ws[m].end:ws[m+1].start]
		if !hasPunct(g) || numberComma(text, ws, m) {
			continue
		}
		if strings.TrimSpace(g) != "," || ws[m+1].is(cClauseWord|cClauseOpener) {
			return -1
		}
		return m
	}
	return -1
}
