package extract

import "strings"

// occasionNouns name an occasion at which something is done: the doing is
// the news, the occasion its setting.
var occasionNouns = lexSet(`conference conferences hearing hearings meeting meetings briefing briefings
interview interviews summit summits ceremony ceremonies session sessions speech address visit talks`)

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
func occasionVerb(text string, ws []word, o int) int {
	if o < 2 || o >= len(ws) || !occasionNouns[ws[o].lower] || !isNoun(ws, o) {
		return -1
	}
	p := -1
	for k := o - 1; k >= 0 && k >= o-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1
		}
		if occasionPreps[ws[k].lower] {
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
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener) || ws[k].quoted {
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
