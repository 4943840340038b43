package extract

import (
	"slices"
	"testing"
)

// TestHeadlineKeepsWhatIsAsserted checks that a headline tells no more than
// its sentence asserts: a denied, admitted or avoided deed is told with its
// verb of denying, dated or not, and a verb negated in its own group keeps
// its "not" or "never" (publication Wed 2022-09-14).
func TestHeadlineKeepsWhatIsAsserted(t *testing.T) {
	tests := []struct{ name, text, want, never string }{
		{"an undated denial keeps the denial",
			"Tomas Reiter was arrested in March. He denies killing Ines Marvaldo with an overdose of a sedative.",
			"Tomas Reiter denies killing Ines Marvaldo", "Tomas Reiter kills Ines Marvaldo"},
		{"an undated admission is no deed",
			"Ines Marvaldo was arrested in March. She admits killing Tomas Reiter with a kitchen knife.",
			"", "Ines Marvaldo kills Tomas Reiter"},
		{"a negated verb keeps its not",
			"The ferry company did not sell tickets on Monday.",
			"The ferry company does not sell tickets", "The ferry company sells tickets"},
		{"a plural subject takes do not",
			"Health experts did not reach a conclusion on Thursday.",
			"Health experts do not reach a conclusion", "Health experts reach a conclusion"},
		{"never stays before the verb",
			"The ferry company never sold tickets on Monday.",
			"The ferry company never sells tickets", "The ferry company sells tickets"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := titlesOf(t, x, tc.text)
			if tc.want != "" && !slices.Contains(got, tc.want) || slices.Contains(got, tc.never) {
				t.Errorf("Extract(%q) titles = %q, want %q among them and never %q", tc.text, got, tc.want, tc.never)
			}
		})
	}
}
