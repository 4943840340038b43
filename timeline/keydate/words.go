package keydate

import "math/bits"

// wordScanner splits texts into words as words does, into buffers it
// reuses: key holds the words joined by single spaces (the key under which
// copies of one sentence are one) and ends the offset in key where each
// word ends.
// An ASCII text, nearly every sentence of an English story, is lowercased
// and split byte by byte without allocating; any other goes through words,
// so that both give the same words.
type wordScanner struct {
	key  []byte
	ends []int
	// hashes are the words' hashes, keyHash the key's (see table).
	hashes  []uint64
	keyHash uint64
}

// FNV-1a, 64 bits.
const (
	hashStart = 14695981039346656037
	hashPrime = 1099511628211
)

// scan splits text, replacing what the scanner held.
func (s *wordScanner) scan(text string) {
	s.ends, s.hashes = s.ends[:0], s.hashes[:0]
	// An ASCII text's key is never longer than the text: one space for
	// at least one separator.
	if cap(s.key) < len(text) {
		s.key = make([]byte, 0, 2*len(text))
	}
	key := s.key[:len(text)]
	n := 0
	in := false
	h := uint64(hashStart)
	for i := 0; i < len(text); i++ {
		c := wordByte[text[i]]
		switch c {
		case 0:
			if in {
				s.ends = append(s.ends, n)
				s.hashes = append(s.hashes, h)
				in = false
			}
			continue
		case nonASCII:
			s.scanWords(text)
			return
		}
		if !in {
			if n > 0 {
				key[n] = ' '
				n++
			}
			in = true
			h = hashStart
		}
		key[n] = c
		n++
		h = (h ^ uint64(c)) * hashPrime
	}
	if in {
		s.ends = append(s.ends, n)
		s.hashes = append(s.hashes, h)
	}
	s.key = key[:n]
	s.hashKey()
}

// wordByte maps an ASCII byte to itself lowercased when it is a letter or
// a digit, to 0 when it separates words, and other bytes to nonASCII.
var wordByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = nonASCII
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

const nonASCII = 0xff

// scanWords splits a text that is not ASCII with words.
func (s *wordScanner) scanWords(text string) {
	s.key, s.ends, s.hashes = s.key[:0], s.ends[:0], s.hashes[:0]
	for _, w := range words(text) {
		if len(s.key) > 0 {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, w...)
		s.ends = append(s.ends, len(s.key))
		h := uint64(hashStart)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * hashPrime
		}
		s.hashes = append(s.hashes, h)
	}
	s.hashKey()
}

// hashKey combines the words' hashes into the key's.
func (s *wordScanner) hashKey() {
	h := uint64(hashStart)
	for _, w := range s.hashes {
		h = (h ^ w) * hashPrime
		h ^= h >> 29
	}
	s.keyHash = h
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

// table numbers distinct byte strings from 0 in the order they are added,
// by open addressing over the hashes the scanner computes, and keeps their
// bytes in one arena: interning a story's words and sentences costs no
// allocation per string, and a lookup compares bytes only on equal hashes.
type table struct {
	slots []slot // a power of two, at most half full
	arena []byte
	n     int32
	shift uint // 64 - log2(len(slots))
}

type slot struct {
	h        uint64
	off, end int32
	v        int32 // the string's number + 1; 0 for an empty slot
}

func (t *table) index(h uint64) uint64 {
	return (h * 0x9E3779B97F4A7C15) >> t.shift
}

// lookup is the number of b, whose hash is h, and whether it was added.
func (t *table) lookup(b []byte, h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.index(h); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.v == 0 {
			return 0, false
		}
		if sl.h == h && string(t.arena[sl.off:sl.end]) == string(b) {
			return sl.v - 1, true
		}
	}
}

// add is the number of b, whose hash is h, and whether it is new.
func (t *table) add(b []byte, h uint64) (int32, bool) {
	if id, ok := t.lookup(b, h); ok {
		return id, false
	}
	if 2*int(t.n+1) > len(t.slots) {
		t.grow()
	}
	off := int32(len(t.arena))
	t.arena = append(t.arena, b...)
	mask := uint64(len(t.slots) - 1)
	i := t.index(h)
	for t.slots[i].v != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = slot{h: h, off: off, end: int32(len(t.arena)), v: t.n + 1}
	t.n++
	return t.n - 1, true
}

func (t *table) grow() {
	old := t.slots
	t.slots = make([]slot, max(64, 2*len(old)))
	t.shift = 64 - uint(bits.TrailingZeros(uint(len(t.slots))))
	mask := uint64(len(t.slots) - 1)
	for _, sl := range old {
		if sl.v == 0 {
			continue
		}
		i := t.index(sl.h)
		for t.slots[i].v != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}

// quoteSet holds the first report (its index) read with each hash of a
// normalized sentence, by open addressing, free of pointers for the
// garbage collector; its size is fixed when it is made.
type quoteSet struct {
	slots []quoteSlot
	shift uint
}

type quoteSlot struct {
	h    uint64
	i    int32
	used bool
}

func newQuoteSet(n int) quoteSet {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return quoteSet{slots: make([]quoteSlot, size), shift: 64 - uint(bits.TrailingZeros(uint(size)))}
}

// addFirst keeps i under h and reports true when h is new; else it
// returns the index kept under h and false. At most n hashes may be added.
func (s *quoteSet) addFirst(h uint64, i int32) (int32, bool) {
	mask := uint64(len(s.slots) - 1)
	for k := (h * 0x9E3779B97F4A7C15) >> s.shift; ; k = (k + 1) & mask {
		sl := &s.slots[k]
		if !sl.used {
			*sl = quoteSlot{h: h, i: i, used: true}
			return i, true
		}
		if sl.h == h {
			return sl.i, false
		}
	}
}
