package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A web page's text often comes with its furniture glued into one line
// without a full stop: the headline, the standfirst, the page's own stamp
// ("Saturday 25 April 2009 22.09 BST", "Tue May 5, 2009 1:30 pm EDT") and
// the lead; or a picture's credit and the lead ("Photograph: Jane
// Doe/AP The minister arrived ..."). lineCuts finds where such a line
// safely parts, so that the lead is a sentence of its own.

// pageStamp is a date with a clock time and a time zone: how a page says
// when it was published or updated. Prose tells the time of a happening
// otherwise ("at 2pm on Saturday"). The date may be all in figures, year
// first, as a wire's edition for another country stamps its copy ("2021 03
// 7 14:05 JST").
var pageStamp = regexp.MustCompile(`((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? )?` +
	`(\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? \d{4}|` +
	`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}|` +
	`\b(19|20)\d\d[ /.-](0?[1-9]|1[0-2])[ /.-](0?[1-9]|[12]\d|3[01])),? (at )?` +
	`\d{1,2}[.:]\d\d( ?[ap]\.?m\.?)? [A-Z]{2,4}\b`)

// wholeStamp is a sentence that is nothing but a page stamp.
var wholeStamp = regexp.MustCompile(`^(` + pageStamp.String() + `)$`)

// updateStamp is a page's label of when it was published or updated, with
// its date or clock time and what the page glues after it: "Page last
// updated at 10:05 GMT, Friday, 4 March 2016 11:05 UK", "4 March 2016 Last
// updated at 10:05 GMT Help", "Updated: 4 Mar 2016 10:05 BST", "First
// published on Fri 4 Mar 2016 10.05 GMT"; then perhaps a server's message
// in brackets ("(an error occurred while processing this directive)").
// An optional date may come first. Prose tells an update otherwise ("The
// list was last updated in May").
var updateStamp = regexp.MustCompile(`(` + stampDate + `,? )?` +
	`(Page last updated|Last updated|Updated|First published|Published|Last modified)( at| on)?:? ` +
	`(` + stampClock + `(,? (` + stampWeekday + `,? )?` + stampDate + `)?|` +
	`(` + stampWeekday + `,? )?` + stampDate + `(,? (at )?` + stampClock + `)?)` +
	`( \d{1,2}[.:]\d\d [A-Z]{2,4}\b)?( Help\b)?` +
	`( ?[(\[][^()\[\]]{0,80}(error|directive)[^()\[\]]{0,80}[)\]])?`)

const (
	stampWeekday = `(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?`
	stampDate    = `(\d{1,2}(st|nd|rd|th)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? \d{4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4})`
	stampClock   = `\d{1,2}[.:]\d\d( ?[ap]\.?m\.?)?( [A-Z]{2,4}\b)?`
)

// sectionStamp is the stamp of a link to another story of the site: its
// date and its section, both in capitals ("4 MARCH 2016, SCIENCE &
// ENVIRONMENT"), glued between the link's title and the next link or the
// lead.
var sectionStamp = regexp.MustCompile(`\b\d{1,2} (` + strings.Join(capitalMonths, "|") + `) \d{4},( [A-Z]{2,}| &)+\b`)

// capitalMonths are the months as sectionStamp writes them; hasCapitalMonth
// looks for them before the pattern is tried.
var capitalMonths = []string{"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
	"SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"}

// wholeUpdate is a sentence that is nothing but an update stamp.
var wholeUpdate = regexp.MustCompile(`^(` + updateStamp.String() + `)$`)

// updateLabels are the words an updateStamp needs: a quick test before its
// pattern is tried.
var updateLabels = []string{"updated", "Updated", "published", "Published", "modified"}

// creditStarts open a picture's credit inside a line.
var creditStarts = []string{"Photograph: ", "Photo: ", "Photos: ", "Picture: ", "Image: "}

// mediaLinks label a link to a page's audio or video, glued between its
// caption and the copy.
var mediaLinks = []string{"Link to this audio", "Link to this video", "Link to video:", "Link to audio:"}

// creditTails close the name of an agency that sells pictures: "Getty
// Images", "AFP Photo".
var creditTails = lexSet(`Images images Pictures pictures Photos Photo Pool`)

// leadOpeners are words that open a sentence, so that after a picture's
// credit they start the lead: "Photograph: Jane Doe The minister ...".
var leadOpeners = lexSet(`The A An He She It They We I But And In On This That There His Her Their Its Our
Some Many As For With Since When After Before If While Although Despite At By From Two Three Four Five Six
Seven Eight Nine Ten More Most Nearly Almost`)

// lineCuts appends to cuts the offsets (ascending, strictly inside
// text[start:end], each at the start of a word) where the line
// text[start:end] parts: before and after a page stamp that follows a
// title of at least three words (after it only, at the line's start or
// after a short place such as "WASHINGTON |"; and only before a word that
// is not in lower case nor an agency's "(Reuters)"), and before and after a
// picture's credit whose end is clear (see creditEnd).
func lineCuts(text string, start, end int, cuts []int) []int {
	line := text[start:end]
	n := len(cuts)
	if clockZone(line) {
		for _, m := range pageStamp.FindAllStringIndex(line, -1) {
			if m[0] > 0 && (m[0] == 0 || line[m[0]-1] == ' ') && titleBefore(line[:m[0]]) {
				cuts = append(cuts, start+m[0])
			}
			if m[1] < len(line) && (m[0] == 0 || line[m[0]-1] == ' ') {
				if k := nextWord(line, m[1]); k > m[1] && k < len(line) && startsLead(line[k:]) {
					cuts = append(cuts, start+k)
				}
			}
		}
	}
	cuts = updateCuts(line, start, cuts)
	for _, label := range creditStarts {
		for from := 0; from < len(line); {
			i := strings.Index(line[from:], label)
			if i < 0 {
				break
			}
			i += from
			from = i + len(label)
			if i > 0 && line[i-1] != ' ' {
				continue
			}
			if e := creditEnd(line, i+len(label)); e > 0 {
				if i > 0 {
					cuts = append(cuts, start+i)
				}
				cuts = append(cuts, start+e)
			}
		}
	}
	for _, label := range mediaLinks {
		// "... on the vaccine Link to this audio The virus spread": the
		// link's label ends a caption, the copy goes on after it
		if i := strings.Index(line, label); i > 0 && line[i-1] == ' ' {
			cuts = append(cuts, start+i)
			if k := nextWord(line, i+len(label)); k < len(line) && startsLead(line[k:]) {
				cuts = append(cuts, start+k)
			}
		}
	}
	cuts = openerCuts(line, start, cuts)
	cuts = headingCuts(line, start, cuts)
	cuts = bulletCuts(line, start, cuts)
	if len(cuts)-n > 1 {
		slices.Sort(cuts[n:])
		cuts = append(cuts[:n], slices.Compact(cuts[n:])...)
	}
	return cuts
}

// updateCuts appends to cuts the offsets in line (at offset start of the
// text) before and after an update stamp (updateStamp): before it after a
// title (titleBefore), after it before a word that may start a sentence;
// only where the stamp ends its line or such a word follows it. It parts
// a line before and after a link's section stamp too (sectionStamp).
func updateCuts(line string, start int, cuts []int) []int {
	if hasCapitalMonth(line) {
		for _, m := range sectionStamp.FindAllStringIndex(line, -1) {
			if m[0] > 0 && line[m[0]-1] == ' ' {
				cuts = append(cuts, start+m[0])
			}
			if k := nextWord(line, m[1]); k > m[1] && k < len(line) && startsLead(line[k:]) {
				cuts = append(cuts, start+k)
			}
		}
	}
	for _, m := range updateStamps(line) {
		if m[0] > 0 && line[m[0]-1] != ' ' {
			continue
		}
		k := nextWord(line, m[1])
		lead := k > m[1] && k < len(line) && startsLead(line[k:])
		if !lead && m[1] < len(line) {
			continue // "... was Last updated on 4 March 2016, the clerk said."
		}
		if m[0] > 0 && titleBefore(line[:m[0]]) {
			cuts = append(cuts, start+m[0])
		}
		if lead {
			cuts = append(cuts, start+k)
		}
	}
	return cuts
}

// hasCapitalMonth reports one of capitalMonths in line, in one pass over
// it: a quick test before sectionStamp is tried.
func hasCapitalMonth(line string) bool {
	for i := strings.IndexByte(line, ' '); i >= 0 && i+3 < len(line); {
		if c := line[i+1]; c >= 'A' && c <= 'Z' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
			for _, m := range capitalMonths {
				if rest := line[i+1:]; strings.HasPrefix(rest, m) && strings.HasPrefix(rest[len(m):], " ") {
					return true // " MARCH ", as the stamp writes it
				}
			}
		}
		j := strings.IndexByte(line[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// updateStamps are the update stamps (updateStamp) of line, leftmost
// first and not overlapping. The pattern is tried only around the labels
// it needs (updateLabels), from before the longest date that may open it
// to past the longest stamp, so that a long line of prose that names no
// label costs one pass, and one that does a window for each.
func updateStamps(line string) [][]int {
	const before, after = 40, 320
	var at []int // where each label stands
	for _, l := range updateLabels {
		for from := 0; ; {
			i := strings.Index(line[from:], l)
			if i < 0 {
				break
			}
			at = append(at, from+i)
			from += i + len(l)
		}
	}
	if len(at) == 0 {
		return nil
	}
	slices.Sort(at)
	var stamps [][]int
	done := 0 // the end of the last stamp
	for _, i := range at {
		if i < done {
			continue
		}
		lo, hi := max(done, i-before), min(len(line), i+after)
		if !maybeUpdateStamp(line[lo:hi]) {
			continue
		}
		m := updateStamp.FindStringIndex(line[lo:hi])
		for m != nil && lo+m[1] <= i {
			lo += m[1] // a stamp before the label's: try again after it
			m = updateStamp.FindStringIndex(line[lo:hi])
		}
		if m == nil {
			continue
		}
		stamps = append(stamps, []int{lo + m[0], lo + m[1]})
		done = lo + m[1]
	}
	return stamps
}

// stampLabelEnds are the last words of updateStamp's labels ("Page last
// updated", "First published", ...).
var stampLabelEnds = []string{"updated", "Updated", "published", "Published", "modified"}

// maybeUpdateStamp reports whether s may hold an updateStamp: a label's
// last word (stampLabelEnds), perhaps " at" or " on" and a colon, a space
// and what a clock time, a weekday or a date opens with (a digit or the
// capital of a weekday or month). It is false wherever the pattern cannot
// match, and costs a few scans instead of the pattern's.
func maybeUpdateStamp(s string) bool {
	for _, l := range stampLabelEnds {
		for from := 0; ; {
			i := strings.Index(s[from:], l)
			if i < 0 {
				break
			}
			from += i + len(l)
			rest := s[from:]
			if stampAfterLabel(rest) {
				return true
			}
			if (strings.HasPrefix(rest, " at") || strings.HasPrefix(rest, " on")) && stampAfterLabel(rest[3:]) {
				return true
			}
		}
	}
	return false
}

// stampAfterLabel reports whether s, after a label of updateStamp, may go
// on as the pattern does: an optional colon, a space, a digit or the
// capital of a weekday or month.
func stampAfterLabel(s string) bool {
	s = strings.TrimPrefix(s, ":")
	return len(s) >= 2 && s[0] == ' ' && (isDigit(s[1]) || strings.IndexByte("MTWFSJAOND", s[1]) >= 0)
}

// gluedOpeners are words that, capitalized inside a line right after a word
// with no punctuation and before a word in lower case, open a new sentence:
// a caption or a headline has no full stop, so a page's text glues it to the
// sentence after it ("The mayor at the opening of the new bridge He said
// the town had waited ..."). Words that start titles and names ("In
// Bruges", "This Is It") are not among them, nor "The" ("The Hague"; and
// before a word in lower case it cost the Timeline17 summaries: a glued
// sentence of three reports was one day's best).
var gluedOpeners = lexSet(`He She They We There But However Meanwhile`)

// countOpeners are numbers in words and quantifiers that, capitalized
// inside a line, open a new sentence: news style spells out a number that
// opens a sentence ("Ninety-five new cases have been confirmed") and writes
// it in lower case or in figures elsewhere, so a capitalized one in running
// text is a sentence glued to a caption or a headline ("... as a precaution
// Two new cases ..."). Unless it ends a name, as in "BBC Two", "the
// Birmingham Six" or "Group of Eight leaders": countCut asks for a bare word
// before it. "One" is not among them ("Formula One driver").
var countOpeners = lexSet(`Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen
Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety
Hundreds Thousands Dozens Another`)

// countCut reports a count opener (countOpeners, alone or as the head of a
// compound: "Ninety-five") at w, after the word prev: a word in lower case
// that does not ask for a name after it (not "of", "and", "the"), or a
// weekday, as a caption's "fell ill on Wednesday" ends.
func countCut(prev, w string) bool {
	if head, _, _ := strings.Cut(w, "-"); !countOpeners[head] {
		return false
	}
	if weekday(strings.ToLower(prev)) && isUpper(prev[0]) {
		return true
	}
	for k := 0; k < len(prev); k++ {
		if !isASCIILower(rune(prev[k])) {
			return false
		}
	}
	return !functionWords[prev] && !articles[prev]
}

// letterNouns name a thing by a letter after them: "vitamin A", "plan A",
// "type A", "hepatitis A".
var letterNouns = lexSet(`vitamin vitamins plan grade type group class category hepatitis influenza flu
section part level model item exhibit appendix schedule row block gate terminal platform team division
league series round pool zone phase stage tier flight option list box line size`)

// articleCut reports a capitalized article w ("A", "An", "The") after the
// word prev in lower case: the article opens a sentence glued to a caption
// or a headline ("... last declared a pandemic 41 years ago A sharp increase
// in cases ..."), as running text writes it in lower case. Not after a word
// that names a thing by a letter ("vitamin A") nor after a function word
// ("of The Times").
func articleCut(prev, w string) bool {
	if w != "A" && w != "An" && w != "The" || len(prev) < 2 || functionWords[prev] || articles[prev] || letterNouns[prev] {
		return false
	}
	for k := 0; k < len(prev); k++ {
		if !isASCIILower(rune(prev[k])) {
			return false
		}
	}
	return true
}

// openerCuts appends to cuts the offsets in line (at offset start of the
// text) where a glued opener (gluedOpeners, or a count: countCut) starts a
// new sentence: after at least three words, after a word that ends in a
// letter, before a word in lower case. Not after a figure: an item of a
// dated list tells its happening after its date ("3 May 2011 She resigns
// as mayor.").
func openerCuts(line string, start int, cuts []int) []int {
	words := 0
	for i := 0; i < len(line); {
		j := strings.IndexByte(line[i:], ' ')
		if j < 0 {
			break
		}
		j += i
		if j > i {
			words++
		}
		k := j + 1 // the next word
		for k < len(line) && line[k] == ' ' {
			k++
		}
		if words >= 3 && j > i && k < len(line) && 'A' <= line[k] && line[k] <= 'Z' {
			r, _ := utf8.DecodeLastRuneInString(line[i:j])
			e := strings.IndexByte(line[k:], ' ')
			if e > 0 && unicode.IsLetter(r) && (gluedOpeners[line[k:k+e]] || countCut(line[i:j], line[k:k+e]) || articleCut(line[i:j], line[k:k+e])) &&
				k+e+1 < len(line) && isASCIILower(rune(line[k+e+1])) {
				cuts = append(cuts, start+k)
			}
		}
		i = k
	}
	return cuts
}

// headingCuts appends to cuts the offsets in line (at offset start of the
// text) around a heading in capitals glued to prose: a run of at least
// three words in capitals of two letters or more (dashes between them
// allowed) followed by a word in title case ("MARIA RUIZ - FIRST CASE Maria
// Ruiz, a nurse, fell ill"). The line parts after the run, and before it
// when words stand before it. One pass over the line's words.
func headingCuts(line string, start int, cuts []int) []int {
	run, words := -1, 0 // where the run in capitals starts, its words
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		switch w := line[i:j]; {
		case capitalsWord(w):
			if run < 0 {
				run = i
			}
			words++
		case w == "-" || w == "–" || w == "—":
			// a dash inside the heading: "ADELA RUIZ - FIRST CASE"
		default:
			if words >= 3 && len(w) > 1 && isUpper(w[0]) && 'a' <= w[1] && w[1] <= 'z' {
				if run > 0 {
					cuts = append(cuts, start+run)
				}
				cuts = append(cuts, start+i)
			}
			run, words = -1, 0
		}
		i = j
	}
	return cuts
}

// capitalsWord reports a word of two letters or more in capitals (an
// apostrophe allowed): "FLU", "WHAT'S". Not one with a comma: in "SALT
// LAKE CITY, June 1" the capitals are a dateline.
func capitalsWord(w string) bool {
	letters := 0
	for k := 0; k < len(w); k++ {
		switch {
		case isUpper(w[k]):
			letters++
		case w[k] != '\'':
			return false
		}
	}
	return letters >= 2
}

// clockZone reports a clock time followed by a zone in capitals ("22.09
// BST", "1:30 pm EDT") somewhere in line: a quick test before the stamp's
// pattern is tried.
func clockZone(line string) bool {
	for i := 2; i+3 < len(line); i++ {
		if (line[i] != '.' && line[i] != ':') || !isDigit(line[i-1]) || !isDigit(line[i+1]) || !isDigit(line[i+2]) {
			continue
		}
		rest := strings.TrimPrefix(line[i+3:], " ")
		for _, m := range []string{"am", "pm", "a.m.", "p.m."} {
			if strings.HasPrefix(rest, m) {
				rest = strings.TrimPrefix(rest[len(m):], " ")
				break
			}
		}
		if len(rest) >= 2 && isUpper(rest[0]) && isUpper(rest[1]) {
			return true
		}
	}
	return false
}

// titleBefore reports a title before a page stamp: at least three words,
// not ending in a separator ("WASHINGTON |") nor in an update stamp's
// label ("... coast Published 4 March 2016 10:05 GMT": the stamp is the
// label's, and updateCuts parts the line before the label).
func titleBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" || strings.ContainsRune("|-–—:,", rune(s[len(s)-1])) {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return false
	}
	if slices.Contains(stampLabelEnds, fields[len(fields)-1]) {
		return false
	}
	last := strings.ToLower(fields[len(fields)-1])
	return !prepositions[last] && !temporalPreps[last] // "... fell on Saturday 25 April 2009 22.09 BST"
}

// startsLead reports a capital, a digit or an opening quotation mark at
// the start of s: a sentence may begin there.
func startsLead(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘'
}

// nextWord is the offset of the first non-space byte of line at or after i.
func nextWord(line string, i int) int {
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// creditEnd is the offset in line where a picture's credit that begins at
// i (after its label) ends and the lead begins, 0 when that is not clear.
// The credit ends after the name with a slash ("Jane Doe/AP", "Jane
// Doe\/AFP\/Getty Images") or after an agency in capitals with no slash
// ("AP"); or before a word that opens sentences ("Jane Doe The minister").
// After a name of the agency in capitals or with a tail ("Getty Images")
// any capitalized word starts the lead; after another name only a word
// that opens sentences or a capitalized word before a lowercase one
// ("Jane Doe/Reuters Health officials said"), not a name ("Reuters/Jane Doe
// Mexico City ...": where the name ends is not clear).
func creditEnd(line string, i int) int {
	type tok struct{ start, end int }
	var toks []tok
	for k := i; k < len(line) && len(toks) < 10; {
		k = nextWord(line, k)
		e := k
		for e < len(line) && line[e] != ' ' {
			e++
		}
		if e > k {
			toks = append(toks, tok{k, e})
		}
		k = e
	}
	word := func(t int) string {
		if t >= len(toks) {
			return ""
		}
		return line[toks[t].start:toks[t].end]
	}
	capital := func(t int) bool {
		r, _ := utf8.DecodeRuneInString(word(t))
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“'
	}
	lower := func(t int) bool {
		r, _ := utf8.DecodeRuneInString(word(t))
		return unicode.IsLower(r)
	}
	allCaps := func(w string) bool {
		if len(w) < 2 {
			return false
		}
		for k := 0; k < len(w); k++ {
			if !isUpper(w[k]) {
				return false
			}
		}
		return true
	}
	slash := -1
	for t := 0; t < len(toks) && t < 6; t++ {
		if strings.Contains(word(t), "/") {
			slash = t
			break
		}
	}
	if slash >= 0 {
		w := word(slash)
		agency := strings.TrimPrefix(w[strings.LastIndexByte(w, '/')+1:], `\`)
		end, strong := slash+1, allCaps(agency)
		if creditTails[word(end)] {
			end, strong = end+1, true
		}
		switch {
		case end >= len(toks) || !capital(end):
			return 0
		case strong || leadOpeners[word(end)] || lower(end+1):
			return toks[end].start
		}
		return 0
	}
	if allCaps(word(0)) && capital(1) {
		return toks[1].start
	}
	for t := 1; t < len(toks) && t <= 4; t++ {
		if !capital(t) {
			return 0
		}
		if leadOpeners[word(t)] {
			return toks[t].start
		}
	}
	return 0
}

// wireNote is a wire's bracketed note on what a new version of its copy
// changed: "(Updates with quotes, details)", "(Adds background)".
var wireNote = regexp.MustCompile(`\((Updates|Adds|Recasts|Corrects|Repeats|Refiles|Changes)\b[^()]{0,100}\)`)

// bulletCuts appends to cuts the offsets in line (at offset start of the
// text) where a wire's summary in bullets, glued to its lead on one line,
// parts: before each bullet ("* ", or "\\* " as a page escapes it) after
// the first, when the line opens with one; after the last bullet before a
// note on the copy's update (wireNote) and after it, and before the byline
// ("* Talks resume in Geneva * Rates rise (Updates with quotes) By Jane Doe
// LONDON (Reuters) - ...").
func bulletCuts(line string, start int, cuts []int) []int {
	if !strings.HasPrefix(line, "* ") && !strings.HasPrefix(line, `\* `) {
		return cuts
	}
	last := 0 // the last bullet
	for i := 2; i < len(line); i++ {
		if line[i-1] == ' ' && (strings.HasPrefix(line[i:], "* ") || strings.HasPrefix(line[i:], `\* `)) {
			cuts = append(cuts, start+i)
			last = i
		}
	}
	tail := line[last:]
	from := 0 // where the byline may start in tail
	if m := wireNote.FindStringIndex(tail); m != nil && tail[m[0]-1] == ' ' {
		cuts = append(cuts, start+last+m[0])
		if k := nextWord(tail, m[1]); k > m[1] && k < len(tail) {
			cuts = append(cuts, start+last+k)
		}
		from = m[1]
	}
	i := strings.Index(tail[from:], " By ")
	if i < 0 || i+4 >= len(tail)-from || !isUpper(tail[from+i+4]) {
		return cuts
	}
	by := last + from + i + 1
	cuts = append(cuts, start+by)
	// the byline ends before the dateline's place in capitals: "By Jane
	// Doe and John Roe MEXICO CITY, April 24 (Reuters) -"
	for k, words := nextWord(line, by+3), 0; k < len(line) && words < 12; words++ {
		e := strings.IndexByte(line[k:], ' ')
		if e < 0 {
			break
		}
		if w := strings.TrimRight(line[k:k+e], ","); len(w) >= 2 && strings.ToUpper(w) == w && isUpper(w[0]) && isUpper(w[1]) {
			cuts = append(cuts, start+k)
			break
		}
		k = nextWord(line, k+e)
	}
	return cuts
}
