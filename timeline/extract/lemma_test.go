package extract

import "testing"

func TestLemmaOfCom(t *testing.T) {
	for form, want := range map[string]string{
		"welcomed": "welcome", "becomed": "become", "overcomed": "overcome", "bottomed": "bottom", "blossomed": "blossom",
	} {
		if got := lemmaOf(form); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", form, got, want)
		}
	}
}
