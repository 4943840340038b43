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

// trailingParticiple is the past participle right after the object of a
// verb and right before the temporal preposition of the date at first,
// which it opens: "breaking the course record set in 2008", "repaired the
// bridge built in 1932". The participle modifies that object (a reduced
// relative clause: the record that was set in 2008), so the date is its,
// not the verb's before it. A verb of saying or thinking before the noun
// takes a clause, whose verb a past form after its subject is ("said the
// price set in May was too high" is not such a case only when the form is
// a participle; "said the price rose in May": rose is no participle).
// -1 when there is none.
func trailingParticiple(text string, ws []word, first int) int {
	p := first - 2
	if p < 2 || !ws[first-1].is(cPreposition|cTemporalPrep) || hasPunct(text[ws[p].end:ws[first].start]) {
		return -1
	}
	w := ws[p].lower
	if !strings.HasSuffix(w, "ed") && !irregularParticiples[w] || !eventWord(text, ws, p) || isNoun(ws, p) || ws[p].info().speech {
		return -1
	}
	if hasPunct(text[ws[p-1].end:ws[p].start]) || !lowerWord(text, ws[p-1]) || !nounBefore(text, ws, p-1) || ws[p-1].possessive {
		return -1
	}
	// the noun phrase, up to four words, is the object of a verb before it
	for k := p - 2; k >= 0 && k >= p-5; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener|cPreposition|cTemporalPrep|cBeForm|cAuxiliary|cModal) || clauseWords[ws[k].lower] {
			return -1
		}
		if ws[k].is(cDeterminer) || ws[k].possessive || !eventWord(text, ws, k) || isNoun(ws, k) {
			continue
		}
		if ws[k].info().speech || clauseTakers[ws[k].lower] {
			return -1 // "said the company ...": a clause after it
		}
		return p
	}
	return -1
}

// clauseTakers are verbs of knowing and thinking, whose object may be a
// clause without "that": "believed the plan failed in May".
var clauseTakers = lexSet(`believe believed believes think thought thinks know knew knows found find finds feared fear fears expected expect expects hoped hope hopes showed show shows suggested suggest suggests`)

// asideParticiple reports a past participle at k that opens an aside set off
// by a comma after a noun ("found the canvas, stolen in 2019, in a storage
// unit last month"), an adverb of time before it or not ("Egypt, already hit
// hard by bird flu, ordered"): a date after the aside's closing comma is not
// the participle's.
func asideParticiple(text string, ws []word, k int) bool {
	if k < 1 || !participleForm(ws[k].lower) || simplePasts[ws[k].lower] || isNoun(ws, k) || ws[k].info().speech {
		return false // a simple past that is no participle ("The race, which began in 1981, drew ...") is a verb
	}
	open := k - 1 // the word before the aside's comma
	if k > 1 && relativeAdverbs[ws[k-1].lower] && !hasPunct(text[ws[k-1].end:ws[k].start]) {
		open = k - 2 // "Egypt, already hit hard by bird flu, ordered ... on April 29"
	}
	return strings.TrimSpace(text[ws[open].end:ws[open+1].start]) == "," && nounBefore(text, ws, open)
}

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
		if k < last+2 || !relativePronouns[ws[k].lower] || hasPunct(text[ws[k-1].end:ws[k].start]) {
			continue
		}
		p := k - 1
		if !own && !ws[p].is(cClosed) && !ws[p].is(cPreposition) && (!lowerWord(text, ws[p]) || isNoun(ws, p) || !eventWord(text, ws, p)) {
			return true
		}
	}
	return false
}

// modalRelative reports a relative clause opened by "who" or "which"
// between a word at ti and a date at first, whose verb stands after a
// modal: "will order the relatives to turn the boy over to his father, who
// could come to the U.S. as early as Tuesday". The date is that clause's
// (a possibility or a plan), never the happening's before it.
func modalRelative(ws []word, ti, first int) bool {
	for k := ti + 1; k < first; k++ {
		if ws[k].lower != "who" && ws[k].lower != "which" {
			continue
		}
		for j := k + 1; j < first && j <= k+3; j++ {
			if ws[j].is(cModal) {
				return true
			}
		}
	}
	return false
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

// namingVerbs make their object something a noun after it names ("declared
// Friday a public holiday", "named 12 May as the day of the vote").
var namingVerbs = lexSet(`declare declares declared declaring proclaim proclaims proclaimed name names named
designate designates designated make makes made`)

// indefiniteOrDefinite are the articles that open the noun phrase a verb
// of naming makes of its object.
var indefiniteOrDefinite = lexSet(`a an the`)

// namedDate reads a date that is the object of a verb of naming right
// before it, with the noun phrase that names it after it, opened by an
// article or "as": "declared Friday 15 December a public holiday", "made
// Monday a day of mourning". The date is when the named thing falls, not
// when the naming was done. ok reports such a date; the index is the word
// of happening of the phrase (within five words), else the head of its
// noun phrase, the occasion the date becomes ("a public holiday"); -1 when
// there is none.
func namedDate(text string, ws []word, x temporal.Timex) (int, bool) {
	first, last := wordRange(ws, x.Start, x.End)
	n := last + 1
	if first < 1 || n+1 >= len(ws) || !namingVerbs[ws[first-1].lower] || ws[first-1].quoted {
		return -1, false
	}
	if text[ws[first-1].end:ws[first].start] != " " || text[ws[last].end:ws[n].start] != " " {
		return -1, false
	}
	if first >= 2 && ws[first-2].is(cBeForm) {
		return -1, false // "was named today as the first victim": a passive, the date its adverb
	}
	if !indefiniteOrDefinite[ws[n].lower] && ws[n].lower != "as" {
		return -1, false // "declared Wednesday night that": a clause, the date the saying's
	}
	if ws[n].lower == "as" && indefiniteOrDefinite[ws[n+1].lower] {
		n++
	}
	head := -1
	for k := n + 1; k < len(ws) && k <= n+5; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || !lowerWord(text, ws[k]) {
			break
		}
		if eventWord(text, ws, k) {
			return k, true // "a day of mourning"
		}
		if ws[k].is(cClosed | cPreposition) {
			if ws[k].lower != "of" {
				break
			}
			continue
		}
		if head < 0 || ws[k-1].lower != "of" {
			head = k
		}
	}
	return head, true
}
