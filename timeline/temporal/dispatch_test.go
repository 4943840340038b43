package temporal

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestCoreDispatch checks what core dispatches on: at every token of the
// project's texts (the narrative and news sets, the seeds and, when
// present, the TimeML corpora), with and without a DCT, a rule that core
// would not call there (wordRules, numRules by digits, and skip: the words the
// sentence lacks) finds nothing. The openings and needs are read from each
// rule's checks; this guards them against a rule that learns a new first
// word or a match without the word it needed.
func TestCoreDispatch(t *testing.T) {
	var files []string
	for _, g := range []string{"testdata/narrative/*.tml", "testdata/newsprobe/*.tml", "../../testdata/seeds/*.txt", "../../../shared/corpora/*/*.tml"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) < 30 {
		t.Fatalf("found %d files; want the narrative and news sets", len(files))
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	texts := []string{
		// openings that the sets hold rarely
		"In A.D. 79 and in AD 79, C.E. 79, the spring of 480 BC, the 1350s BC, the fifth century BC.",
		"The Ides of March, D-Day, VE Day, V-E Day, the Christmas weekend, Easter week, St. Patrick's Day 2020.",
		"Twice daily, once a week, three times a year, every other Monday, each morning, per month, hourly.",
		"FY 2012, fiscal 2012, the 2012 fiscal year, Q3, H1 2022, the first half, the year-earlier quarter.",
		"Nineteen ninety-four, two thousand and one, the twenty-first century, the 21st century, '90s.",
		"Noon Saturday, midnight, overnight, morning Saturday, 4 in the morning, 10 at night, 9:30 a.m. EST.",
		"Wed., Sept. 14, the 14th of September, 14 September 2022, a couple of years, half an hour, a few weeks ago.",
		"The talks ended at 14:30 and resumed by 16:45.",
		"123 BC, 12345 years ago, 123456789 days later, 1234567890 years, 0930 hours, 5 1/2 years, 1,200 years, the 123rd day.",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, tags.ReplaceAllString(string(data), " "))
	}
	m := &matcher{sc: scanner{toks: make([]token, 0, maxSentence)}}
	checked := 0
	for _, text := range texts {
		for _, dct := range []time.Time{time.Date(2009, 6, 1, 0, 0, 0, 0, time.UTC), {}} {
			m.reset(text, dct)
			var out []Timex
			for m.sc.next() {
				m.sent++
				m.toks = m.sc.toks
				m.tenseDone = false
				m.markTriggers()
				for i := range m.toks {
					t0 := m.toks[i]
					called := allRules
					switch t0.kind {
					case tNum:
						called = numRules[t0.digits]
					case tWord:
						called = wordRules[t0.id]
					}
					called &^= m.skip
					for k := range coreRules {
						if called&(1<<k) != 0 {
							continue
						}
						checked++
						if c, ok := coreRules[k].f(m, i); ok && c.e > i {
							t.Errorf("rule %d matches %q at %q, a token core does not call it at", k, text[t0.start:m.tok(c.e-1).end], t0.written(text))
						}
					}
				}
				out = m.sentence(out)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no rule skipped anywhere")
	}
	t.Logf("%d skipped calls checked", checked)
}
