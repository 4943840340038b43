package temporal

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	tWord = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation character of the text.
type token struct {
	start, end int    // byte offsets, half-open
	num        int    // value of a number token (-1 when longer than 9 digits)
	class      uint32 // the classes of its lexicon entry (0 when unknown)
	id         wordID // its lexicon entry (0 when unknown)
	kind       uint8
	space      bool  // preceded by white space (or the start of the text)
	newline    bool  // preceded by a line break
	upper      bool  // a word starting with an upper-case letter
	digits     uint8 // digits of a number token (up to 255)
	punct      byte  // a punctuation token's character: ASCII, or ' for a curly apostrophe, - for a Unicode hyphen; 0 for others
}

// wd is the token's lexicon entry, the zero word when it has none.
func (t *token) wd() *word { return &lexWords[t.id] }

// scanner cuts the text into sentences of tokens, one hand-written pass.
type scanner struct {
	text  string
	pos   int
	buf   []byte // lowercase scratch
	toks  []token
	space bool
	nl    bool
	// triggers counts the sentence's tokens that can be the core of an
	// expression (see markTriggers).
	triggers int
}

// maxSentence bounds the tokens held at once, so memory stays flat whatever
// the input.
const maxSentence = 400

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// next fills s.toks with the next sentence and reports whether there was one.
func (s *scanner) next() bool {
	s.toks = s.toks[:0]
	s.triggers = 0
	text := s.text
	for s.pos < len(text) {
		c := text[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			s.pos++
			s.space = true
			continue
		case c == '\n':
			s.pos++
			if s.nl && len(s.toks) > 0 {
				// a blank line ends the sentence
				s.space = true
				return true
			}
			s.space, s.nl = true, true
			continue
		}
		start := s.pos
		t := token{start: start, space: s.space || start == 0, newline: s.nl}
		switch {
		case c >= '0' && c <= '9':
			n, d := 0, 0
			for s.pos < len(text) && text[s.pos] >= '0' && text[s.pos] <= '9' {
				if d < 9 {
					n = n*10 + int(text[s.pos]-'0')
				}
				d++
				s.pos++
			}
			if d > 9 {
				n = -1
			}
			t.kind, t.num, t.digits = tNum, n, uint8(min(d, 255))
		case (c|0x20)-'a' < 26 || c >= utf8.RuneSelf && isLetter(decode(text[s.pos:])):
			t.kind = tWord
			t.upper = c-'A' < 26 || c >= utf8.RuneSelf && unicode.IsUpper(decode(text[s.pos:]))
			// ASCII letters, the common case: find the word's end, then
			// look up its lower case read in place
			p := s.pos
			for p+8 <= len(text) {
				// eight bytes at a time: the high bit of each byte of
				// letters says it is an ASCII letter (lowered, at least 'a'
				// and not past 'z')
				w := load64(text, p)
				x := w&0x7F7F7F7F7F7F7F7F | 0x2020202020202020
				letters := (x + 0x1F1F1F1F1F1F1F1F) &^ (x + 0x0505050505050505) &^ w & 0x8080808080808080
				if letters == 0x8080808080808080 {
					p += 8
					continue
				}
				p += bits.TrailingZeros64(^letters&0x8080808080808080) >> 3
				goto end
			}
			for p < len(text) && (text[p]|0x20)-'a' < 26 {
				p++
			}
		end:
			if p == len(text) || text[p] < utf8.RuneSelf {
				s.pos = p
				// longer words are in no list, nor words whose first
				// probe slot is empty (most words: a quarter load)
				if n := p - start; n <= 8 {
					var k uint64
					if start+8 <= len(text) {
						// one load: the letters lowered, the bytes after them cut
						k = (load64(text, start) | 0x2020202020202020) & (^uint64(0) >> (64 - 8*n))
					} else {
						for i := p - 1; i >= start; i-- {
							k = k<<8 | uint64(text[i]|0x20)
						}
					}
					if h := keyHash(k); lexSlots[h&lexMask].id != 0 {
						t.id = lookupKey(k, h)
						t.class = lexWords[t.id].class
					}
				} else if n <= maxWordLen {
					h := uint32(fnvOffset)
					for i := start; i < p; i++ {
						h = (h ^ uint32(text[i]|0x20)) * fnvPrime
					}
					if lexSlots[h&lexMask].id != 0 {
						t.id = lookupFold(text[start:p], h)
						t.class = lexWords[t.id].class
					}
				}
				break
			}
			// a word with other letters: lowercase it into buf
			s.buf = s.buf[:0]
			for s.pos < len(text) {
				c := text[s.pos]
				if c < utf8.RuneSelf {
					if c >= 'a' && c <= 'z' {
					} else if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					} else {
						break
					}
					s.buf = append(s.buf, c)
					s.pos++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[s.pos:])
				if !unicode.IsLetter(r) {
					break
				}
				s.buf = utf8.AppendRune(s.buf, unicode.ToLower(r))
				s.pos += size
			}
			if len(s.buf) <= maxWordLen { // longer words are in no list
				t.id = lookupWord(s.buf, wordHash(s.buf))
				t.class = lexWords[t.id].class
			}
		default:
			_, size := utf8.DecodeRuneInString(text[s.pos:])
			if c == '\'' || c == 0xE2 && size == 3 && (text[s.pos+1] == 0x80 && (text[s.pos+2] == 0x98 || text[s.pos+2] == 0x99)) {
				t.punct = '\''
			} else if c == '-' || c == 0xE2 && size == 3 && text[s.pos+1] == 0x80 && (text[s.pos+2] == 0x90 || text[s.pos+2] == 0x91) {
				t.punct = '-'
			} else if c < utf8.RuneSelf {
				t.punct = c
			}
			s.pos += size
			t.kind = tPunct
		}
		t.end = s.pos
		s.space, s.nl = false, false
		if t.kind == tNum || t.class&triggerClasses != 0 {
			s.triggers++
		}
		s.toks = append(s.toks, t)
		if t.kind == tPunct && (c == '.' || c == '!' || c == '?') && s.endsSentence() || len(s.toks) >= maxSentence {
			return true
		}
	}
	return len(s.toks) > 0
}

func decode(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// endsSentence reports whether the punctuation token just appended ends a
// sentence: . ! ? followed by white space and not after an abbreviation.
func (s *scanner) endsSentence() bool {
	t := s.toks[len(s.toks)-1]
	c := s.text[t.start]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if s.pos < len(s.text) && s.text[s.pos] != ' ' && s.text[s.pos] != '\n' && s.text[s.pos] != '\t' {
		return false
	}
	if c == '.' && len(s.toks) >= 2 {
		p := s.toks[len(s.toks)-2]
		if p.kind == tWord && p.end == t.start && (p.class&cAbbrev != 0 || p.end-p.start == 1) {
			return false
		}
	}
	return true
}

// load64 reads the eight bytes of s at i as one little-endian word (the
// compiler combines the byte reads into one load).
func load64(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}
