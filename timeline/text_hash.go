package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// TextHash is the hex SHA-256 of text with its white space normalized (runs
// of spaces and line breaks count as one space; leading and trailing space
// does not count): the same article pasted twice, or saved once with
// Windows line breaks, has one hash.
func TextHash(text string) string {
	h := sha256.New()
	var b strings.Builder
	space, started := false, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		started = true
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		if b.Len() >= 1<<16 {
			h.Write([]byte(b.String()))
			b.Reset()
		}
	}
	h.Write([]byte(b.String()))
	return hex.EncodeToString(h.Sum(nil))
}
