package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
)

// Sentence is one sentence of a document: its span (trimmed of surrounding
// space) and the index of the paragraph it belongs to. A line of text is a
// paragraph; so is a run of text glued to the previous one without a break
// ("...makes all the difference.Chinese President Xi...").
type Sentence struct {
	Span      timeline.Span
	Paragraph int
}

// abbreviations end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "rev": true, "hon": true, "amb": true, "supt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "no": true, "nos": true, "vs": true, "v": true,
	"al": true, "fig": true, "approx": true, "dept": true, "est": true, "ft": true, "mt": true, "op": true,
}

// sentenceStarters are words that, after an initialism such as "U.S.",
// show that the initialism ended the sentence.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "In": true, "On": true, "This": true, "That": true, "There": true,
	"His": true, "Her": true, "Their": true, "Its": true, "Our": true, "Some": true, "Many": true,
}

// MaxSentence is the longest sentence in bytes. A run of text longer than
// that with no sentence boundary (a table, a list without stops, a pasted
// blob) is cut at the last semicolon, comma or space before the limit, so
// that the work on one sentence stays bounded whatever the input's shape.
// News sentences are far shorter: the longest of the Timeline17 articles is
// under a thousand bytes.
const MaxSentence = 2000

// cutPoint is where to cut text[start:limit] that has no sentence boundary:
// after the last semicolon, else comma, else space in its second half, else
// at the last code point boundary before limit.
func cutPoint(text string, start, limit int) int {
	window := text[start+(limit-start)/2 : limit]
	base := limit - len(window)
	for _, sep := range []string{"; ", ", ", " "} {
		if i := strings.LastIndex(window, sep); i >= 0 {
			return base + i + len(sep)
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// SplitSentences splits text into sentences. Every line is a paragraph; within a
// line a sentence ends at '.', '!' or '?' (with any closing quotes and
// brackets) before space and a capital, a digit or an opening quote (the
// Treebank's two backquotes too), unless the period ends a known abbreviation
// ("Sept.", "Mr."), an initial ("J.") or an initialism ("U.S.") that is not
// followed by a typical sentence opener. Text
// glued without space - a period or a lowercase letter directly followed by a
// capitalized word ("difference.Chinese", "agenciesChina's") - is split too,
// and starts a new paragraph; so does a line's furniture glued to its
// lead without a stop, a page stamp or a picture's credit (lineCuts). No
// sentence is longer than MaxSentence bytes.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	para := -1
	emit := func(start, end int) {
		s, e := trimSpan(text, start, end)
		for e-s > MaxSentence {
			cut := cutPoint(text, s, s+MaxSentence)
			if a, b := trimSpan(text, s, cut); a < b {
				out = append(out, Sentence{Span: timeline.Span{Start: a, End: b}, Paragraph: para})
			}
			s, e = trimSpan(text, cut, e)
		}
		if s < e {
			out = append(out, Sentence{Span: timeline.Span{Start: s, End: e}, Paragraph: para})
		}
	}
	lineStart := 0
	var cuts []int
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		if strings.TrimSpace(line) != "" {
			para++
			start := lineStart
			cuts = lineCuts(text, lineStart, lineEnd, cuts[:0])
			for i := lineStart; i < lineEnd; {
				if len(cuts) > 0 && i >= cuts[0] {
					// Furniture glued to the line parts here (lineCuts).
					if cut := cuts[0]; cut > start {
						emit(start, cut)
						if !hasAnyPrefix(text[cut:lineEnd], creditStarts) {
							para++ // a credit stays with the caption before it
						}
						start = cut
					}
					cuts = cuts[1:]
					continue
				}
				if c := text[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' &&
					!(isASCIILower(rune(c)) && i+1 < lineEnd && mayBeCapital(text[i+1])) {
					i++ // most characters: no case below
					continue
				}
				r, size := utf8.DecodeRuneInString(text[i:lineEnd])
				switch {
				case r == '.' || r == '!' || r == '?':
					j := skipClosers(text, i+size, lineEnd)
					if end, glued, ok := boundaryAfter(text, lineStart, i, j, lineEnd, r); ok {
						emit(start, end)
						if glued {
							para++
						}
						start = end
						i = end
						continue
					}
				case isASCIILower(r) && i+1 < lineEnd && mayBeCapital(text[i+1]) && gluedCapital(text, lineStart, i+1, lineEnd):
					emit(start, i+1)
					para++
					start = i + 1
				}
				i += size
			}
			emit(start, lineEnd)
		}
		if lineEnd == len(text) {
			break
		}
		lineStart = lineEnd + 1
	}
	return out
}

// boundaryAfter decides whether the punctuation r at i (closers up to j) ends a
// sentence; end is where the sentence ends and glued whether no space followed.
func boundaryAfter(text string, lineStart, i, j, lineEnd int, r rune) (end int, glued, ok bool) {
	if j >= lineEnd {
		return j, false, true
	}
	next, _ := utf8.DecodeRuneInString(text[j:lineEnd])
	if !unicode.IsSpace(next) {
		// Glued paragraphs: "difference.Chinese". Not "U.S." or "3.5".
		if r == '.' && j == i+1 && unicode.IsUpper(next) && capitalizedWord(text[j:lineEnd]) {
			word := wordBefore(text, lineStart, i)
			if len(word) >= 2 && strings.IndexFunc(word, unicode.IsLower) >= 0 && !strings.Contains(word, ".") {
				return j, true, true
			}
		}
		return 0, false, false
	}
	k := j
	for k < lineEnd {
		c, size := utf8.DecodeRuneInString(text[k:lineEnd])
		if !unicode.IsSpace(c) {
			break
		}
		k += size
	}
	if k >= lineEnd {
		return j, false, true
	}
	c, _ := utf8.DecodeRuneInString(text[k:lineEnd])
	if !(unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("\"“‘'`([", c)) {
		return 0, false, false
	}
	if r != '.' {
		return j, false, true
	}
	if c == '(' && creditAfterPeriod(text[k:lineEnd]) {
		return 0, false, false // "GATLINBURG, Tenn. (AP) — ": a dateline, not a sentence
	}
	word := wordBefore(text, lineStart, i)
	if word == "" {
		return j, false, true
	}
	lower := strings.ToLower(word)
	if abbreviations[lower] {
		return 0, false, false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return 0, false, false // an initial: "John F. Kennedy"
	}
	if strings.Contains(word, ".") { // an initialism: "U.S.", "e.g."
		nextWord := text[k:lineEnd]
		if n := strings.IndexFunc(nextWord, func(r rune) bool { return !unicode.IsLetter(r) }); n >= 0 {
			nextWord = nextWord[:n]
		}
		if !sentenceStarters[nextWord] {
			return 0, false, false
		}
	}
	return j, false, true
}

// creditAfterPeriod reports an agency's name in parentheses and a dash at the
// start of s: "(AP) — ", "(Reuters) - ".
func creditAfterPeriod(s string) bool {
	cl := strings.IndexByte(s, ')')
	if cl < 2 || cl > 16 || !unicode.IsUpper(rune(s[1])) || strings.ContainsAny(s[1:cl], " .,(") {
		return false
	}
	rest := strings.TrimLeft(s[cl+1:], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-")
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), quicker for
// ASCII.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnum reports an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// wordsHint is about how many words text has, to size a slice of its
// tokens: the starts of runs of letters, digits and non-ASCII bytes.
func wordsHint(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		w := text[i] >= utf8.RuneSelf || asciiAlnum(text[i])
		if w && !in {
			n++
		}
		in = w
	}
	return n + n/8 + 1
}

// mayBeCapital reports whether a character starting with byte c may be a
// capital letter: an ASCII capital or any non-ASCII character.
func mayBeCapital(c byte) bool { return c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' }

// gluedCapital reports whether a capitalized word starts at i directly after a
// lowercase word, as where two paragraphs were joined without a break
// ("agenciesChina's"). Camel-case names ("iPhone", "BlackBerry") are left alone:
// the lowercase run must be a whole lowercase word of at least 4 letters, or at
// least 6 letters after one capital.
func gluedCapital(text string, lineStart, i, lineEnd int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:lineEnd])
	if !unicode.IsUpper(r) || !capitalizedWord(text[i:lineEnd]) {
		return false
	}
	word := wordBefore(text, lineStart, i)
	if word == "" || strings.ContainsAny(word, ".'’-") {
		return false
	}
	runes := []rune(word)
	lower := 0
	for k := len(runes) - 1; k >= 0 && unicode.IsLower(runes[k]); k-- {
		lower++
	}
	switch {
	case lower == len(runes):
		return lower >= 4
	case lower == len(runes)-1 && unicode.IsUpper(runes[0]):
		return lower >= 6
	}
	return false
}

// capitalizedWord reports whether s starts with a capital followed by at least
// two lowercase letters or an apostrophe s ("China", "China's").
func capitalizedWord(s string) bool {
	runes := 0
	for _, r := range s {
		switch {
		case runes == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsLower(r):
			if runes >= 2 {
				return true
			}
		case (r == '\'' || r == '’') && runes >= 2:
			return true
		default:
			return false
		}
		runes++
	}
	return false
}

// maxWord bounds how far wordBefore looks back, so that a run of letters and
// periods of any length costs linear time to split.
const maxWord = 64

// wordBefore returns the run of letters and periods that ends at i, at most
// its last maxWord bytes.
func wordBefore(text string, lineStart, i int) string {
	k := i
	for k > lineStart && i-k < maxWord {
		r, size := utf8.DecodeLastRuneInString(text[lineStart:k])
		if !(unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' || r == '-') {
			break
		}
		k -= size
	}
	return strings.TrimLeft(text[k:i], ".'’-")
}

// skipClosers moves past closing quotes and brackets.
func skipClosers(text string, j, lineEnd int) int {
	for j < lineEnd {
		r, size := utf8.DecodeRuneInString(text[j:lineEnd])
		if !strings.ContainsRune("\"'”’)]»", r) {
			break
		}
		j += size
	}
	return j
}

func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func isASCIILower(r rune) bool { return r >= 'a' && r <= 'z' }

// word is a token of a sentence.
type word struct {
	start, end int
	lower      string
	quoted     bool // inside quotation marks
	possessive bool // followed by "'s"
	// Counts over the gaps and words before this word, so that a question
	// about the words between two others costs one subtraction: clause
	// breaks (clauseBreaks), gaps with punctuation (hasPunctBetween) and
	// temporal prepositions.
	breaks, puncts, temporals int32
	class                     wordClass    // the word lists of the lexicon it is in
	trig                      *triggerInfo // its trigger information, nil for none
	nounForm                  int8         // nounForm's answer: 0 not yet worked out, 1 yes, 2 no
}

// countWords fills the running counts of a sentence's words.
func countWords(text string, ws []word) {
	for k := 1; k < len(ws); k++ {
		gap := text[ws[k-1].end:ws[k].start]
		p := ws[k-1]
		ws[k].breaks, ws[k].puncts, ws[k].temporals = p.breaks, p.puncts, p.temporals
		if p.is(cTemporalPrep) {
			ws[k].temporals++
		}
		if gap == " " {
			continue // most gaps: no break, no punctuation
		}
		if strings.ContainsAny(gap, ";") || (strings.ContainsAny(gap, ",—–") && ws[k].is(cClauseWord)) {
			ws[k].breaks++
		}
		if hasPunct(gap) {
			ws[k].puncts++
		}
	}
}

// between is the count of a running total c over the gaps from word i to
// word j: the gaps after words i .. j-1, within the sentence.
func between(ws []word, i, j int, c func(word) int) int {
	i, j = max(i, 0), min(j, len(ws)-1)
	if i >= j {
		return 0
	}
	return c(ws[j]) - c(ws[i])
}

// sentenceWords are the words of the sentence at s. lower is the text in
// lower case (see lowerText), or "" to lower each word.
func sentenceWords(text, lower string, s timeline.Span) []word {
	return appendWords(make([]word, 0, (s.End-s.Start)/5+1), text, lower, s) // about one word in six bytes
}

// wordBuffer gives the words of one sentence after another in one slice;
// drafts hold a copy of their sentence's words (hold).
type wordBuffer struct {
	buf  []word
	held []word // the copy of buf that drafts hold, nil before the first
}

// of is sentenceWords(text, lower, s) in the buffer.
func (b *wordBuffer) of(text, lower string, s timeline.Span) []word {
	if n := (s.End-s.Start)/5 + 1; cap(b.buf) < n {
		b.buf = make([]word, 0, n) // about one word in six bytes
	}
	b.buf, b.held = appendWords(b.buf[:0], text, lower, s), nil
	return b.buf
}

// hold is the words ws of the buffer's sentence for a draft to keep: one
// copy for all the drafts of the sentence. Words of another slice are kept
// as they are.
func (b *wordBuffer) hold(ws []word) []word {
	if len(ws) == 0 || len(b.buf) == 0 || &ws[0] != &b.buf[0] || len(ws) != len(b.buf) {
		return ws
	}
	if b.held == nil {
		b.held = slices.Clone(b.buf)
	}
	return b.held
}

// opensInQuote reports a sentence whose first quotation mark closes a
// quotation: the quotation began in a sentence before ("We cannot stop
// mobilizing! The struggle must not stop for one minute!” said a
// message"), so the sentence's words up to the mark are quoted.
func opensInQuote(s string) bool {
	i := firstQuoteMark(s)
	if i <= 0 {
		return false
	}
	mark := "''"
	if strings.HasPrefix(s[i:], "”") {
		mark = "”"
	}
	if s[i-1] == ' ' || !strings.HasPrefix(s[i:], mark) {
		return false // an opening mark, whatever its shape: "in his ''rehabilitation.''"
	}
	r, _ := utf8.DecodeRuneInString(s[i+len(mark):])
	return i+len(mark) >= len(s) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// firstQuoteMark is the offset of the first quotation mark of s (“ ” " `
// or two apostrophes), passing over single apostrophes ("it's"); -1 when
// there is none. One pass over the bytes: it runs on every sentence.
func firstQuoteMark(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '`':
			return i
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				return i
			}
		case 0xE2: // the first byte of “ and ”
			if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”") {
				return i
			}
		}
	}
	return -1
}

// appendWords appends the words of the sentence at s to ws.
func appendWords(ws []word, text, lower string, s timeline.Span) []word {
	from := len(ws)
	inQuote := opensInQuote(text[s.Start:s.End])
	for i := s.Start; i < s.End; {
		r, size := utf8.DecodeRuneInString(text[i:s.End])
		if r == '“' || r == '”' || r == '"' {
			switch r {
			case '“':
				inQuote = true
			case '”':
				inQuote = false
			default:
				inQuote = !inQuote
			}
			i += size
			continue
		}
		// ``Penn Treebank style quotes''
		if strings.HasPrefix(text[i:s.End], "``") || strings.HasPrefix(text[i:s.End], "''") {
			inQuote = text[i] == '`'
			i += 2
			continue
		}
		if !letterOrDigit(r) {
			i += size
			continue
		}
		start := i
		for i < s.End {
			if asciiAlnum(text[i]) {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:s.End])
			if letterOrDigit(r) {
				i += size
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				next, _ := utf8.DecodeRuneInString(text[i+size : s.End])
				if unicode.IsLetter(next) && !(r == '\'' || r == '’') {
					i += size
					continue
				}
			}
			break
		}
		var l string
		if lower != "" {
			l = lower[start:i]
		} else {
			l = strings.ToLower(text[start:i])
		}
		// Contractions only where an apostrophe (' or the 0xE2 0x80 0x99
		// of ’) touches the word: most words pass with one byte compared.
		base, notContracted := "", false
		if i < s.End && (text[i] == '\'' || text[i] == 0xE2) && contractedNot(text[i:s.End]) {
			base, notContracted = notContractions[l]
		}
		if notContracted {
			// "didn't" is "did" and "n't" as the Treebank splits it, so
			// the auxiliary and its "not" read as "did not" does
			n := i - len("n")
			if l == "can" {
				n = i // "can't": the "n" is the verb's own
			}
			_, q := utf8.DecodeRuneInString(text[i:s.End])
			ws = append(ws, lexWord(start, n, base, inQuote), lexWord(n, i+q+len("t"), "not", inQuote))
			i += q + len("t")
			continue
		}
		if start > 0 && (text[start-1] == '\'' || text[start-1] == 0x99) && clitic(text, start) && clitics[l] != "" {
			l = clitics[l] // "I've been", "they're leaving": the auxiliary the clitic stands for
			if l == "would" && i+1 < s.End && participleAfterClitic(text[i:s.End]) {
				l = "had" // "she'd left", "he'd been"
			}
		}
		ws = append(ws, lexWord(start, i, l, inQuote))
		// A possessive "'s" is no word of its own.
		for _, suf := range []string{"’s", "'s"} {
			if strings.HasPrefix(text[i:s.End], suf) {
				i += len(suf)
				ws[len(ws)-1].possessive = true
				break
			}
		}
	}
	for k := from; k < len(ws); k++ {
		if monthMay(text, ws, from, k) {
			ws[k].class &^= cModal | cModalTo | cForecastWord | cPossibilityModal
		}
		if info := impersonalReport(text, ws, from, k); info != nil {
			ws[k].trig = info
		}
	}
	countWords(text, ws)
	return ws
}

// lexWord is the word at text[start:end] read as lower.
func lexWord(start, end int, lower string, quoted bool) word {
	e := lexicon[lower]
	return word{start: start, end: end, lower: lower, quoted: quoted, class: e.class, trig: e.trig}
}

// notContractions are the words that end in "n" before a contracted "not"
// and the auxiliary or modal each stands for: "didn't" is "did not",
// "won't" "will not", "can't" "can not".
var notContractions = map[string]string{
	"didn": "did", "doesn": "does", "don": "do", "isn": "is", "wasn": "was", "aren": "are", "weren": "were",
	"hasn": "has", "haven": "have", "hadn": "had", "couldn": "could", "wouldn": "would", "shouldn": "should",
	"mustn": "must", "needn": "need", "mightn": "might", "won": "will", "shan": "shall", "can": "can", "ain": "is",
}

// clitics are the contracted auxiliaries written after an apostrophe and
// the words they stand for: "I've", "they're", "we'll", "I'm", "she'd".
var clitics = map[string]string{"ve": "have", "re": "are", "ll": "will", "m": "am", "d": "would"}

// clitic reports the word at text[start:] written right after an
// apostrophe that follows a letter: the "ve" of "I've", not a quoted 've'.
func clitic(text string, start int) bool {
	before := text[:start]
	var apostrophe string
	switch {
	case strings.HasSuffix(before, "'"):
		apostrophe = "'"
	case strings.HasSuffix(before, "’"):
		apostrophe = "’"
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(apostrophe)])
	return unicode.IsLetter(r)
}

// participleAfterClitic reports the word after a contracted "'d" ("s" opens
// with the space before it) as a participle, which makes the "'d" "had":
// "she'd left", "he'd been", "they'd already gone".
func participleAfterClitic(s string) bool {
	w, rest, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	if w == "already" || w == "just" || w == "never" || w == "not" {
		if next := firstField(rest); next != "" {
			w = next
		}
	}
	w = strings.ToLower(strings.TrimRight(w, `.,;:!?"”'’`))
	return w != "" && (w == "been" || w == "gone" || participleForm(w))
}

// contractedNot reports s opening with a contracted "not" ("'t" or "’t" and
// no letter after it), the end of "won't", "didn't", "can't".
func contractedNot(s string) bool {
	var rest string
	switch {
	case strings.HasPrefix(s, "'t"):
		rest = s[2:]
	case strings.HasPrefix(s, "’t"):
		rest = s[len("’t"):]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(trimTypesetting(s), "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// trimTypesetting drops the typesetting codes of a newswire feed that end
// a sentence, two capitals between "&" and ";" ("&UR;", "&QL;", or
// "&amp;UR;" as escaped in XML): they lay out the wire's text and are no
// words of it, so "... at that level. &amp;UR;" ends as a sentence.
func trimTypesetting(s string) string {
	for {
		t := strings.TrimRight(s, " \t\n")
		n := len(t)
		if n < 4 || t[n-1] != ';' || !isUpper(t[n-2]) || !isUpper(t[n-3]) {
			return s
		}
		t = t[:n-3]
		switch {
		case strings.HasSuffix(t, "&amp;"):
			s = t[:len(t)-len("&amp;")]
		case strings.HasSuffix(t, "&"):
			s = t[:len(t)-1]
		default:
			return s
		}
	}
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func inQuote(ws []word, offset int) bool {
	i := wordIndexAt(ws, offset)
	return i < len(ws) && ws[i].quoted
}

// wordIndexAt is the index of the first word that ends after offset.
func wordIndexAt(ws []word, offset int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].end > offset })
}

// wordRange is the first and the last word of the span start..end (a date's):
// the first word that ends after start (wordIndexAt), and the last word
// after it that starts before end; first is len(ws) when no word ends after
// start.
func wordRange(ws []word, start, end int) (first, last int) {
	first = wordIndexAt(ws, start)
	last = first
	for last+1 < len(ws) && ws[last+1].start < end {
		last++
	}
	return first, last
}

// monthMay reports the month "May", not the modal: capitalized, and before
// a number ("On May 22, 1995, Farkas was made a brigadier general") or
// after a preposition or a word that picks a month ("in May", "last May").
// Read as the modal, it made the happening of its sentence a possibility.
func monthMay(text string, ws []word, from, k int) bool {
	if ws[k].lower != "may" || text[ws[k].start] != 'M' {
		return false
	}
	if k+1 < len(ws) && isDigit(ws[k+1].lower[0]) {
		return true
	}
	return k > from && (ws[k-1].is(cPreposition) || monthPickers[ws[k-1].lower])
}

// impersonalReports are the verbs that report news with an empty "it" for
// subject, each with the saying it reads as: "it emerged on Monday that
// ...", "it was announced that ...", "..., it was revealed".
var impersonalReports = func() map[string]*triggerInfo {
	m := map[string]*triggerInfo{}
	for entry := range strings.FieldsSeq(`emerged:emerge emerges:emerge transpired:transpire revealed:reveal announced:announce
reported:report confirmed:confirm disclosed:disclose learned:learn learnt:learn understood:understand`) {
		form, lemma, _ := strings.Cut(entry, ":")
		m[form] = &triggerInfo{lemma: lemma, speech: true}
	}
	return m
}()

// impersonalReport is the saying the word at k reads as when it reports
// news with an empty "it" for subject: "it emerged" (also "it has emerged")
// or a passive ("it was announced", "it has been confirmed") followed by a
// "that" clause, or closing a sentence after a comma ("The minister
// resigned, it was announced"). nil when it is not one: "it was reported to
// the police" tells of a thing.
func impersonalReport(text string, ws []word, from, k int) *triggerInfo {
	info := impersonalReports[ws[k].lower]
	if info == nil {
		return nil
	}
	i := k - 1
	passive := info.lemma != "emerge" && info.lemma != "transpire"
	for i > from && (ws[i].lower == "been" || ws[i].lower == "has" || ws[i].lower == "had" ||
		passive && (ws[i].lower == "was" || ws[i].lower == "is")) {
		i--
	}
	if i < from || ws[i].lower != "it" || passive && i == k-1 || !passive && i < k-1 && ws[i+1].lower != "has" && ws[i+1].lower != "had" {
		return nil
	}
	j := k + 1
	for ; j < len(ws) && j <= k+6 && !hasPunct(text[ws[j-1].end:ws[j].start]); j++ {
		if ws[j].lower == "that" {
			return info // "it emerged on Monday that ..."
		}
		if ws[j].trig != nil || ws[j].is(cBeForm|cAuxiliary|cModal) {
			return nil
		}
	}
	if i > from && strings.Contains(text[ws[i-1].end:ws[i].start], ",") && (j == len(ws) || hasPunct(text[ws[j-1].end:ws[j].start])) {
		return info // "The minister resigned, it was announced on Monday."
	}
	return nil
}

// monthPickers pick a month by its name: "last May", "early May".
var monthPickers = lexSet(`last next this early late mid since until through`)
