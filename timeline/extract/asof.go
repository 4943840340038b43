package extract

import (
	"strings"

	"storyline/timeline/temporal"
)

// asOfState is the verb of the clause that an opening "as of" date dates:
// "As of February, the store accounts for 70 percent of legal downloads".
// "As of" gives the time at which a state holds; its clause's verb is that
// state, in the present or the past, even outside the lexicon of
// happenings: the first verb form after the subject (at most five words
// after the comma), ending in -s or -ed or a past form, with a preposition,
// a determiner or a figure after it. It returns -1 when there is none.
func asOfState(text string, ws []word, x temporal.Timex) int {
	first, last := wordRange(ws, x.Start, x.End)
	if first != 2 || ws[0].lower != "as" || ws[1].lower != "of" || last+2 >= len(ws) || !strings.Contains(text[ws[last].end:ws[last+1].start], ",") {
		return -1
	}
	for k := last + 2; k < len(ws)-1 && k <= last+6; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].quoted || ws[k].is(cClauseOpener) {
			return -1
		}
		w := ws[k].lower
		if ws[k].is(cBeForm | cHaveForm | cModal) {
			return -1 // "the agency has 300 staff": no verb of its own to name
		}
		if !lowerWord(text, ws[k]) || ws[k].possessive || ws[k-1].is(cDeterminer|cPreposition) || ws[k-1].possessive {
			continue
		}
		verbForm := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || ws[k].is(cIrregularPast)
		next := ws[k+1]
		if verbForm && (next.is(cPreposition|cDeterminer) || figureWord(next.lower)) {
			return k
		}
	}
	return -1
}

// presentLemma is the bare form of a verb in the third person of the
// present: "accounts" -> "account", "carries" -> "carry", "reaches" ->
// "reach"; other forms are returned as they are.
func presentLemma(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}
