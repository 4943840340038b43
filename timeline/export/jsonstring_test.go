package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestAppendJSONString checks the hand-written escaping against
// encoding/json, with and without HTML escaping.
func TestAppendJSONString(t *testing.T) {
	tests := []string{
		"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff",
		"\x00\x01\x1f\x7f", "<script>&</script>", "Nur-Sultan · Астана · 阿斯塔纳",
		"line\u2028para\u2029end", "bad \xff\xfe utf-8 \xe2\x82", "emoji 🗺️",
	}
	for _, s := range tests {
		for _, html := range []bool{false, true} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			got := AppendJSONString(nil, s, html)
			if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
				t.Errorf("AppendJSONString(%q, %v) = %s, want %s", s, html, got, w)
			}
		}
	}
}
