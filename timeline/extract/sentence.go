package extract

import (
	"storyline/timeline"
	"strings"
	"unicode"
	"unicode/utf8"
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

// SplitSentences splits text into sentences. Every line is a paragraph; within a
// line a sentence ends at '.', '!' or '?' (with any closing quotes and
// brackets) before space and a capital, a digit or an opening quote, unless the
// period ends a known abbreviation ("Sept.", "Mr."), an initial ("J.") or an
// initialism ("U.S.") that is not followed by a typical sentence opener. Text
// glued without space - a period or a lowercase letter directly followed by a
// capitalized word ("difference.Chinese", "agenciesChina's") - is split too,
// and starts a new paragraph.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	para := -1
	emit := func(start, end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, Sentence{Span: timeline.Span{Start: s, End: e}, Paragraph: para})
		}
	}
	lineStart := 0
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
			for i := lineStart; i < lineEnd; {
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
				case isASCIILower(r) && i+1 < lineEnd && gluedCapital(text, lineStart, i+1, lineEnd):
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
	if !(unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("\"“‘'([", c)) {
		return 0, false, false
	}
	if r != '.' {
		return j, false, true
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

// wordBefore returns the run of letters and periods that ends at i.
func wordBefore(text string, lineStart, i int) string {
	k := i
	for k > lineStart {
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
