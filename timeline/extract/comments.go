package extract

import (
	"regexp"
	"strings"
)

// BoilerComment is a reader's comment: everything from the first comment
// header of a page ("At 18:55 29th Apr 2009, ceedee99 wrote:") to its end.
const BoilerComment = "comment"

// commentStamp is the time stamp and user name of a comment header, read
// backwards from its "wrote:" or "said:": a time of day and a date, in
// either order ("At 18:55 29th Apr 2009, ceedee99 ", "29 April 2009 6:55pm,
// Ida "), then one to three words of a user name.
var commentStamp = regexp.MustCompile(`(?i)` + stampPattern + `,?\s+\S{1,40}(\s+\S{1,40}){0,2}\s+$`)

const (
	timeOfDay = `\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?`
	month     = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`
	dayMonth  = `(\d{1,2}(st|nd|rd|th)?\s+` + month + `|` + month + `\s+\d{1,2}(st|nd|rd|th)?),?\s+\d{4}`
	// stampPattern is a time of day and a date, in either order.
	stampPattern = `(` + timeOfDay + `,?\s+(on\s+)?` + dayMonth + `|` + dayMonth + `,?\s+(at\s+)?` + timeOfDay + `)`
)

// postedStamp is a "Posted by" header: a user name, then a date or a time
// ("Posted by chibeetle 2 May 2012", "Posted by Jason-May 1st, 2009 -- 4:59
// pm GMT").
var postedStamp = regexp.MustCompile(`(?i)^Posted by\s+\S{1,40}?(\s+\S{1,40}?){0,2}?[\s\-–—,]+(` + dayMonth + `|` + timeOfDay + `)`)

// commentFurniture are the lines of a comment system that stand for a
// header of their own.
var commentFurniture = regexp.MustCompile(`(?i)^(comment number \d+|complaint about this comment|report abuse|report this comment)\b`)

// commentPronouns are the subjects of a news writer's "wrote:" that no
// user name is: "He wrote:" twice in a story about letters is news.
var commentPronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true}

// commentThread returns the index of the sentence where the readers'
// comments of a page begin, or len(sents) when it has none. A comment
// thread begins at a comment header: a time stamp and a user name before
// "wrote:" (or a run of them before "said:"), a "Posted by" line with its date, or the furniture
// of a comment system ("Comment number 12", "Complaint about this
// comment"). A bare "NAME wrote:" opening a sentence is a header only in a
// run of at least two: news quotes a writer ("In a letter, he wrote:",
// "Smith wrote in the Guardian"), but does not open sentence after sentence
// with a name and "wrote:".
func commentThread(text string, sents []Sentence) int {
	if !strings.Contains(text, "wrote:") && !strings.Contains(text, "said:") && !strings.Contains(text, "Posted by") &&
		!strings.Contains(text, "omment") && !strings.Contains(text, "eport abuse") {
		return len(sents) // most pages
	}
	firstBare, bare := -1, 0
	for i, s := range sents {
		sentence := strings.TrimLeft(text[s.Span.Start:s.Span.End], " \t\"“'‘(-•*–—")
		sentence = strings.TrimPrefix(sentence, "Re: ")
		if postedStamp.MatchString(sentence) || commentFurniture.MatchString(sentence) {
			return min(i, firstThread(firstBare, bare, i))
		}
		for _, verb := range []string{"wrote:", "said:"} {
			for off := 0; ; {
				j := strings.Index(sentence[off:], verb)
				if j < 0 {
					break
				}
				at := off + j
				off = at + len(verb)
				if at == 0 || sentence[at-1] != ' ' {
					continue
				}
				stamped := commentStamp.MatchString(sentence[max(0, at-120):at])
				if stamped && verb == "wrote:" {
					return firstThread(firstBare, bare, i)
				}
				// "On 12 May 2009 at 10:30, police said:" is news:
				// stamped "said:" headers count when they run.
				if stamped || verb == "wrote:" && bareHeader(sentence[:at]) {
					if firstBare < 0 {
						firstBare = i
					}
					bare++
				}
			}
		}
	}
	return firstThread(firstBare, bare, len(sents))
}

// firstThread is where a thread begins: at the first bare header when
// they run (two or more), else at i.
func firstThread(firstBare, bare, i int) int {
	if bare >= 2 {
		return min(firstBare, i)
	}
	return i
}

// bareHeader reports whether before, what a sentence says before its
// "wrote:", is a user name alone: one or two words, not a pronoun.
func bareHeader(before string) bool {
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	return !commentPronouns[strings.ToLower(words[0])]
}
