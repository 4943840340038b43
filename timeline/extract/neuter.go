package extract

import (
	"strings"
	"unicode"
)

// plainSubject is the subject of a sentence when it is a plain noun phrase
// that opens it: an article and up to five more words, none of them a name
// ("The probe", "The bank's monetary policy committee", "The safety council
// of the region"), before the verb group or before ", which". "" for a
// sentence that opens otherwise (a name, a pronoun, a phrase), quotes
// someone, or whose phrase runs on into no verb group.
func plainSubject(text string, ws []word) string {
	if len(ws) < 3 || ws[0].lower != "the" && ws[0].lower != "a" && ws[0].lower != "an" {
		return ""
	}
	for _, w := range ws {
		if w.quoted {
			return "" // "The minister said: “...”": not across a quotation
		}
	}
	for k := 1; k < len(ws) && k <= 6; k++ {
		w := ws[k]
		gap := text[ws[k-1].end:w.start]
		if strings.HasPrefix(gap, ",") && w.lower == "which" && k > 1 {
			return text[ws[0].start:ws[k-1].end] // "The institute, which owns the masks, said"
		}
		if hasPunct(gap) || strings.ContainsAny(gap, "“”\"") {
			return ""
		}
		if w.is(cIrregularPast) && k == 1 {
			continue // "The stolen paintings": a participle before its noun
		}
		// a past form after the noun is the verb, a trigger or not ("The
		// company detected"); not after a number or an adverb ("The two
		// injured men", "The newly elected council")
		pastVerb := k >= 2 && len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed") && !closedWords[ws[k-1].lower] &&
			!strings.HasSuffix(ws[k-1].lower, "ly") && !isDigit(text[ws[k-1].start])
		if w.is(cBeForm|cHaveForm|cAuxiliary|cModal|cIrregularPast) || w.trig != nil && !isNoun(ws, k) && !w.possessive || pastVerb {
			if k == 1 || ws[k-1].lower == "of" {
				return ""
			}
			return text[ws[0].start:ws[k-1].end]
		}
		if unicode.IsUpper(rune(text[w.start])) || w.is(cSubjectPronoun|cClauseWord|cArticle) && ws[k-1].lower != "of" {
			return "" // a name, or a clause of its own
		}
		if w.is(cPreposition) && w.lower != "of" {
			return "" // "The man in the car": whose head a preposition hides
		}
	}
	return ""
}

// personHeads are nouns for people, whom "it" never stands for.
var personHeads = lexSet(`man woman boy girl child baby person patient victim driver pilot officer minister
president spokesman spokeswoman doctor nurse teacher mother father son daughter wife husband suspect`)

// neuterAntecedent is what an opening "It" or "They" of sentence ws stands
// for, or what an opening "Its" or "Their" belongs to, given prev, the
// plain subject of the sentence before it in the same paragraph
// (plainSubject): "The probe entered orbit in May. It fired its engines on
// Monday": the probe. "It" and "Its" take a singular subject that is no
// person, "They" and "Their" a plural one; "" otherwise, when the sentence
// quotes someone, or when "it" opens a clause that says what seems ("It
// appears that").
func neuterAntecedent(ws []word, prev string) string {
	if prev == "" || len(ws) < 2 {
		return ""
	}
	for _, w := range ws {
		if w.quoted {
			return ""
		}
	}
	head := strings.ToLower(prev)
	if h, _, ok := strings.Cut(head, ", which"); ok {
		head = h
	}
	if h, _, ok := strings.Cut(head, " of "); ok {
		head = h
	}
	f := strings.Fields(head)
	switch ws[0].lower {
	case "it":
		if plural(prev) || personHeads[f[len(f)-1]] || expletiveIt(ws) {
			return ""
		}
	case "its":
		if plural(prev) || personHeads[f[len(f)-1]] {
			return ""
		}
	case "they", "their":
		if !plural(head) {
			return ""
		}
	default:
		return ""
	}
	return prev
}

// expletiveIt reports an "it" that stands for no noun phrase: "It appears
// that", "It is thought that", "It was the first time".
func expletiveIt(ws []word) bool {
	for k := 1; k < len(ws) && k <= 4; k++ {
		switch ws[k].lower {
		case "that", "seems", "seemed", "appears", "appeared", "the", "a", "an", "not", "likely", "unclear", "clear", "possible", "time":
			return true
		}
		// A past form right after "It" is its verb, a trigger or not
		// ("It informed the police").
		pastVerb := k == 1 && len(ws[k].lower) > 4 && strings.HasSuffix(ws[k].lower, "ed")
		if !ws[k].is(cBeForm|cHaveForm|cAuxiliary|cModal) && ws[k].trig == nil && !verbAdverbs[ws[k].lower] && !pastVerb {
			return true // "It is hard to say"
		}
		if ws[k].trig != nil && !isNoun(ws, k) || pastVerb {
			if k+1 < len(ws) && ws[k+1].lower == "to" && ws[k-1].is(cBeForm) {
				return true // "It was expected to"
			}
			for j := k + 1; j < len(ws) && j <= k+5; j++ {
				if ws[j].lower == "that" {
					return true // "It was announced on Monday that"
				}
			}
			return false
		}
	}
	return false
}
