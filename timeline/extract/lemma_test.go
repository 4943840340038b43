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

// TestLemmaOfKeptE checks a g that sounds soft before -ed after "l" or
// "en": the verb keeps its e ("challenged" is challenge, "bulged" bulge),
// where "belonged" and "longed" end in a hard g; and an "l" after a
// consonant other than "r" or "w", a syllable of its own that keeps its e
// ("doubled" is double; "curled" is curl).
func TestLemmaOfKeptE(t *testing.T) {
	for form, want := range map[string]string{
		"challenged": "challenge", "avenged": "avenge", "bulged": "bulge", "indulged": "indulge",
		"belonged": "belong", "longed": "long", "hanged": "hang",
		"doubled": "double", "handled": "handle", "settled": "settle", "tripled": "triple", "curled": "curl", "howled": "howl",
	} {
		if got := lemmaOf(form); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", form, got, want)
		}
	}
}

// TestLemmaOfUnstressedOp: a verb of two syllables or more in an unstressed
// "-op" takes no e ("developed" is develop), where one syllable does
// ("hoped", "coped", "eloped").
func TestLemmaOfUnstressedOp(t *testing.T) {
	for form, want := range map[string]string{
		"developed": "develop", "galloped": "gallop", "enveloped": "envelop",
		"hoped": "hope", "coped": "cope", "eloped": "elope", "escaped": "escape",
	} {
		if got := lemmaOf(form); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", form, got, want)
		}
	}
}
