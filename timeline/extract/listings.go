package extract

import (
	"regexp"
	"strings"
)

// BoilerListing is a sentence of a broadcaster's listings page: the
// programmes of a week, each under its time slot and with its credits.
// What a listing tells is a programme to come, no news of a story.
const BoilerListing = "listing"

// timeSlot opens a programme's listing: the times it starts and ends, then
// its channel or title ("7.00-10.30 pm BBC RADIO 5 LIVE ...", "9.00pm-12.00
// midnight Late Jazz ...").
var timeSlot = regexp.MustCompile(`^\d{1,2}[.:]\d{2} ?(am|pm|noon|midnight)? ?[-–] ?\d{1,2}[.:]\d{2} ?(am|pm|noon|midnight)? +[A-Z]`)

// listings marks BoilerListing every sentence of a listings page not
// marked otherwise: a page with five or more sentences that open with a
// time slot (timeSlot), or two or more of them and two or more
// programme credits (roleCredit). A news page may tell a day's programme
// in slots, but seldom five of them, and with no credits.
func listings(text string, sents []Sentence, reasons []string) {
	slots, credits := 0, 0
	for _, s := range sents {
		sentence := text[s.Span.Start:s.Span.End]
		if sentence == "" {
			continue
		}
		if isDigit(sentence[0]) && timeSlot.MatchString(sentence) {
			slots++
		}
		if strings.IndexByte(sentence, '/') >= 0 && roleCredit.MatchString(sentence) {
			credits++
		}
	}
	if slots < 5 && (slots < 2 || credits < 2) {
		return
	}
	for i := range reasons {
		if reasons[i] == "" {
			reasons[i] = BoilerListing
		}
	}
}
