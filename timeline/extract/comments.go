package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
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

// dashedStamp is the header of a comment that opens its line: a date, a
// dash and a time of day, then the comment ("8th May 2011 - 17:42 I do not
// agree."). A dated item of news tells its day alone ("8 May 2011 - The
// ferry sinks.").
var dashedStamp = regexp.MustCompile(`(?i)^` + dayMonth + `\s+[-–—]\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?\s+\S`) // no zone: "(?i)" would take "This" for one

// removedComment is a comment system's notice in place of a comment: "This
// comment was removed because the moderators found it broke the house
// rules.", "This comment has been removed by a moderator."
var removedComment = regexp.MustCompile(`(?i)^this (comment|post|message|contribution) (was|has been|is) (removed|deleted|withdrawn|hidden)\b`)

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
// comment", "This comment was removed ...", also after a dashed stamp), a
// run of at least two dashed stamps ("8th May 2011 - 17:42 I agree."), or a line announcing a selection of readers' comments ("A
// selection of your comments appear below."). A bare "NAME wrote:" opening a sentence is a header only in a
// run of at least two: news quotes a writer ("In a letter, he wrote:",
// "Smith wrote in the Guardian"), but does not open sentence after sentence
// with a name and "wrote:".
func commentThread(text string, sents []Sentence) int {
	firstBare, bare := -1, 0
	colons := strings.IndexByte(text, ':') >= 0 // a "wrote:" may follow
	for i, s := range sents {
		sentence := text[s.Span.Start:s.Span.End]
		if sentence == "" {
			continue
		}
		if strings.IndexByte(`AaSsHhBbPpCcRr"“'‘(-•*–—`, sentence[0]) >= 0 || sentence[0] >= utf8.RuneSelf {
			head := strings.TrimLeft(sentence, "\"“'‘(-•*–— ")
			head = strings.TrimPrefix(head, "Re: ")
			if furnitureStart(head) && (postedStamp.MatchString(head) || commentFurniture.MatchString(head)) ||
				selectionStart(head) && commentSelection.MatchString(head) {
				return firstThread(firstBare, bare, i)
			}
		}
		if isDigit(sentence[0]) {
			if m := dashedStamp.FindStringIndex(sentence); m != nil {
				if removedComment.MatchString(sentence[m[1]-1:]) {
					return firstThread(firstBare, bare, i)
				}
				if firstBare < 0 {
					firstBare = i
				}
				bare++ // a run of them is a thread
				continue
			}
		}
		if (sentence[0] == 'T' || sentence[0] == 't') && removedComment.MatchString(sentence) {
			return firstThread(firstBare, bare, i)
		}
		if !colons {
			continue
		}
		for off := 0; ; {
			j := strings.IndexByte(sentence[off:], ':')
			if j < 0 {
				break
			}
			at := off + j // the colon
			off = at + 1
			var verb string
			switch {
			case strings.HasSuffix(sentence[:at], " wrote"):
				verb = "wrote"
			case strings.HasSuffix(sentence[:at], " said"):
				verb = "said"
			default:
				continue
			}
			before := sentence[:at-len(verb)] // ends with a space
			stamped := commentStamp.MatchString(before[max(0, len(before)-120):])
			if stamped && verb == "wrote" {
				return firstThread(firstBare, bare, i)
			}
			// "On 12 May 2009 at 10:30, police said:" is news: stamped
			// "said:" headers count when they run.
			if stamped || verb == "wrote" && bareHeader(strings.TrimLeft(before, "\"“'‘(-•*–— ")) {
				if firstBare < 0 {
					firstBare = i
				}
				bare++
			}
		}
	}
	return firstThread(firstBare, bare, len(sents))
}

// commentSelection announces the readers' comments that follow: "A
// selection of your comments appear below.", "Here are some of your
// views:". A call for comments ("A selection of your comments may be
// published, displaying your name ...") announces none.
var commentSelection = regexp.MustCompile(`(?i)^(a selection of|some of|here are|below are|here is a selection of)( some of)? your (comments|views|e-?mails|messages|stories|experiences)( to this debate| on this story)?,?( (appear|appears|are|is|follow|follows))?( below| so far)?\s*[.:]?\s*$`)

// selectionStart reports whether s may be a commentSelection: it opens
// with one of its first words.
func selectionStart(s string) bool {
	for _, p := range []string{"a selection of ", "some of your ", "here are ", "below are ", "here is a selection of "} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// furnitureStart reports whether s opens with the first words of a
// "Posted by" header or of comment furniture, in any case.
func furnitureStart(s string) bool {
	for _, p := range []string{"posted by ", "comment number ", "complaint about ", "report abuse", "report this comment"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
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

// readerLetters returns the index of the sentence where a page of readers'
// letters begins, or len(sents) when it has none: a page that prints its
// readers' messages each under the writer's first name and a colon
// ("Margi: "I am looking for ...") does so three times or more; the
// letters run from the first such label to the page's end. News quotes a
// speaker under a label seldom, and with no quotation mark after it.
func readerLetters(text string, sents []Sentence) int {
	first, n := len(sents), 0
	for i, s := range sents {
		if letterLabel(text[s.Span.Start:s.Span.End]) {
			first = min(first, i)
			if n++; n >= 3 {
				return first
			}
		}
	}
	return len(sents)
}

// letterLabel reports a sentence that opens with a first name, a colon
// and a quotation mark: "Margi: "I am looking for ...".
func letterLabel(s string) bool {
	if s == "" || !isUpper(s[0]) {
		return false
	}
	k := 1
	for k < len(s) && isASCIILower(rune(s[k])) {
		k++
	}
	if k < 3 || !strings.HasPrefix(s[k:], ": ") {
		return false
	}
	rest := strings.TrimLeft(s[k+2:], " ")
	return strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "“")
}
