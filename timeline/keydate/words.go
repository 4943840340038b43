package keydate

// wordScanner splits texts into words as words does, into buffers it
// reuses: key holds the words joined by single spaces (the normalized
// sentence, see normalize) and ends the offset in key where each word ends.
// An ASCII text, nearly every sentence of an English story, is lowercased
// and split byte by byte without allocating; any other goes through words,
// so that both give the same words.
type wordScanner struct {
	key  []byte
	ends []int
}

// scan splits text, replacing what the scanner held.
func (s *wordScanner) scan(text string) {
	s.key, s.ends = s.key[:0], s.ends[:0]
	if !isASCII(text) {
		for _, w := range words(text) {
			if len(s.key) > 0 {
				s.key = append(s.key, ' ')
			}
			s.key = append(s.key, w...)
			s.ends = append(s.ends, len(s.key))
		}
		return
	}
	in := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			if in {
				s.ends = append(s.ends, len(s.key))
				in = false
			}
			continue
		}
		if !in {
			if len(s.key) > 0 {
				s.key = append(s.key, ' ')
			}
			in = true
		}
		s.key = append(s.key, c)
	}
	if in {
		s.ends = append(s.ends, len(s.key))
	}
}

// n is the number of words scanned.
func (s *wordScanner) n() int { return len(s.ends) }

// word is the i-th word scanned, valid until the next scan.
func (s *wordScanner) word(i int) []byte {
	start := 0
	if i > 0 {
		start = s.ends[i-1] + 1
	}
	return s.key[start:s.ends[i]]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hasWord reports whether text has a word (see words), without allocating
// when it is ASCII.
func hasWord(text string) bool {
	if !isASCII(text) {
		return len(words(text)) > 0
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}
