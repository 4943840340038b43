package extract

import (
	"strings"

	"storyline/timeline/temporal"
)

// participleForm reports a word in the form of a past participle: "built",
// "stolen".
func participleForm(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w] != "" || irregularParticiples[w]
}

// nounBefore reports a word at k that can end a noun phrase a participle
// modifies: a name, or a word of lowercase letters that is no closed word
// nor verb ("a painting stolen", "Cuba's embassy built").
func nounBefore(text string, ws []word, k int) bool {
	if k < 0 || ws[k].is(cClosed) || ws[k].is(cBeForm|cAuxiliary|cModal) {
		return false
	}
	return !lowerWord(text, ws[k]) || isNoun(ws, k) || !eventWord(text, ws, k)
}

// participlePhrase is the past participle that opens the phrase a date
// (words first..last) ends, when that phrase modifies the noun before it
// and the verb of the sentence comes right after the date: "A painting
// stolen from the museum in 2019 has been returned", "The dam, built by the
// government in 1998, collapsed on Monday". The date is the participle's,
// never the main verb's: the return is not of 2019. Only names, nouns,
// articles and prepositions may stand between the participle and the date
// (within ten words). -1 when there is none.
func participlePhrase(text string, ws []word, first, last int) int {
	next := last + 1
	if first < 2 || next >= len(ws) {
		return -1
	}
	gap := text[ws[last].end:ws[next].start]
	if gap != " " && gap != ", " {
		return -1
	}
	if !ws[next].is(cBeForm|cAuxiliary|cModal) && (!eventWord(text, ws, next) || isNoun(ws, next) || !participleForm(ws[next].lower)) {
		return -1 // no verb of the sentence after the date
	}
	for k := first - 1; k >= 1 && k >= first-10; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || clauseWords[ws[k].lower] || ws[k].is(cClauseOpener|cBeForm|cAuxiliary|cModal) {
			return -1
		}
		if !participleForm(ws[k].lower) || ws[k].is(cPreposition) || !eventWord(text, ws, k) {
			continue
		}
		if ws[k].info().speech || !nounBefore(text, ws, k-1) {
			return -1
		}
		// set off by commas, or by none: "The plant, built in 1998, was
		// closed", "a painting stolen in 2019 has been returned"
		if strings.Contains(text[ws[k-1].end:ws[k].start], ",") != (gap == ", ") {
			return -1
		}
		return k
	}
	return -1
}

// asideParticiple reports a past participle at k that opens an aside set off
// by a comma after a noun ("found the canvas, stolen in 2019, in a storage
// unit last month"): a date after the aside's closing comma is not the
// participle's.
func asideParticiple(text string, ws []word, k int) bool {
	return k > 0 && participleForm(ws[k].lower) && !isNoun(ws, k) && !ws[k].info().speech &&
		strings.TrimSpace(text[ws[k-1].end:ws[k].start]) == "," && nounBefore(text, ws, k-1)
}

// nounClauses open a clause that completes or describes a noun.
var nounClauses = lexSet(`that which who whom whose`)

// nounClauseBetween reports a clause that completes or describes a noun
// among the words after a date (word last) and before a word of happening
// at ti: "Netanyahu's comments last week were in response to signals from
// Syria that it wants to renew the talks". What happens inside the clause
// is the noun's business and is not dated by a date of the clause around
// it. The clause must follow a noun or a name, not the date itself ("said
// Tuesday that") nor a verb ("said that"), nor the noun the date modifies
// ("the 1918 pandemic that killed 40 million": the killing is of 1918).
func nounClauseBetween(text string, ws []word, last, ti int) bool {
	own := true // the words after the date are still the noun phrase it modifies
	for k := last + 1; k < ti; k++ {
		if hardGap(text[ws[k-1].end:ws[k].start]) || ws[k].is(cPreposition|cLocationPrep|cBeForm|cAuxiliary) || eventWord(text, ws, k) && !isNoun(ws, k) {
			own = false
		}
		if k < last+2 || !nounClauses[ws[k].lower] || hasPunct(text[ws[k-1].end:ws[k].start]) {
			continue
		}
		p := k - 1
		if !own && !ws[p].is(cClosed) && !ws[p].is(cPreposition) && (!lowerWord(text, ws[p]) || isNoun(ws, p) || !eventWord(text, ws, p)) {
			return true
		}
	}
	return false
}

// occasionNouns name an occasion at which something is done: the doing is
// the news, the occasion its setting.
var occasionNouns = lexSet(`conference conferences hearing hearings meeting meetings briefing briefings
interview interviews summit summits ceremony ceremonies session sessions speech address visit talks`)

// occasionVerb is the verb of the clause a date's occasion phrase belongs
// to, when the word of happening the date took (o) is an occasion in a
// phrase after that verb and before the date (first): "announced the plan
// at a news conference on Monday", "admitted breaching safety law at a
// hearing at Leeds crown court in April". The announcing and the admitting
// are the news; the conference and the hearing only where they were done.
// It reads at most four words back from the occasion to its preposition
// and twelve from there to the verb, with no punctuation nor clause word
// between; -1 when there is none, or when the verb is a light one that
// hands the happening over to its object ("made the announcement at a
// press conference").
func occasionVerb(text string, ws []word, o, first int) int {
	if o >= first {
		return -1
	}
	return occasionHead(text, ws, o)
}

// occasionHead is the verb whose occasion the noun at o names, as
// occasionVerb reads it; -1 when there is none.
func occasionHead(text string, ws []word, o int) int {
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

// perfectAfterModifier reports a verb at ti in the present perfect whose
// sentence dates only the participle phrase of its subject right before it
// (participlePhrase): "A painting stolen from the museum in 2019 has been
// returned". The return is the news of the publication day, as it would be
// with no date at all; the year is the theft's.
func perfectAfterModifier(text string, ws []word, xs []temporal.Timex, ti int, ds []*draft) bool {
	if !presentPerfect(ws, ti) || sinceIn(ws) {
		return false
	}
	modifier := -1
	for _, x := range xs {
		first, last := wordRange(ws, x.Start, x.End)
		if last < ti && ti-last <= 4 {
			if p := participlePhrase(text, ws, first, last); p >= 0 {
				modifier = p
			}
		}
	}
	if modifier < 0 {
		return false
	}
	for _, d := range ds {
		if !d.date.IsZero() && d.trig >= 0 && d.trig != modifier {
			return false // the sentence dates another happening
		}
	}
	return true
}
