package timeline

import (
	"strings"
	"testing"
)

func TestTextHash(t *testing.T) {
	base := TextHash("Xi met Tokayev.\nRain fell.")
	long := strings.Repeat("word ", 30000) // past the 64 KB flush of the hasher
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"spacing and line breaks", "Xi met Tokayev.\nRain fell.", "  Xi met   Tokayev.\r\n\r\nRain fell.\n", true},
		{"tabs and no-break spaces", "Xi met Tokayev.\nRain fell.", "Xi\tmet\u00a0Tokayev. Rain fell.", true},
		{"other words", "Xi met Tokayev.\nRain fell.", "Xi met Tokayev.\nSnow fell.", false},
		{"joined words", "Xi met Tokayev.\nRain fell.", "Xi metTokayev.\nRain fell.", false},
		{"long text", long, " " + long + "\n", true},
		{"long text, one space less", long, strings.Replace(long, "word word", "wordword", 1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TextHash(tc.a) == TextHash(tc.b); got != tc.same {
				t.Errorf("TextHash(a) == TextHash(b) = %v, want %v", got, tc.same)
			}
		})
	}
	if len(base) != 64 {
		t.Errorf("TextHash is %d hex digits, want 64", len(base))
	}
}
