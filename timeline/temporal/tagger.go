package temporal

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Timex is one temporal expression found in a text and its normalization.
type Timex struct {
	Start, End  int    // byte offsets into the text, half-open
	Text        string // the expression as written
	Type        string // DATE, TIME, DURATION, SET
	Value       Value
	Mod         string // BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, START, MID, END, APPROX or ""
	Quant, Freq string
	Rule        string // the rule that matched: "weekday", "month-name", "ago", ...
	Anchor      string // the TIMEX3 value it was resolved against ("" when absolute)
	AnchorKind  string // "dct", "previous" (last mentioned date), "reference" (the year a narrative has set), "next" (the date after it in a range) or "" (absolute)
	Tense       string // "past", "present", "future" or "" as read from the sentence
	Explanation string // how the value was found, for people
}

// Tagger finds and normalizes temporal expressions. It holds no state
// between calls and is safe for concurrent use.
type Tagger struct {
	pool sync.Pool
}

// NewTagger returns a tagger over the built-in English lexicon.
func NewTagger() *Tagger {
	t := &Tagger{}
	t.pool.New = func() any { return &matcher{sc: scanner{toks: make([]token, 0, maxSentence)}} }
	return t
}

// Tag finds and resolves every temporal expression in text. dct is the
// document creation time (a civil date; zero means unknown, and then relative
// expressions keep X placeholders). Results are sorted by Start and do not
// overlap. The anchoring mode is chosen from the text (see TagWith).
func (tg *Tagger) Tag(text string, dct time.Time) []Timex {
	return tg.TagWith(text, Options{DCT: dct}).Timexes
}

// TagWith tags text with options: the DCT and the anchoring mode. With Auto
// the mode is read from the text (Classify), and the result says which
// mode was used and why.
func (tg *Tagger) TagWith(text string, o Options) Tagged {
	m := tg.pool.Get().(*matcher)
	defer tg.pool.Put(m)
	mode := o.Mode
	why := "set for this document"
	if mode != News && mode != Narrative {
		m.record = true
		out := m.tag(text, o.DCT, false)
		m.record = false
		mode, why = Classify(out, o.DCT)
		if mode == News {
			return Tagged{Timexes: out, Mode: News, Why: why}
		}
		return Tagged{Timexes: m.retag(out), Mode: mode, Why: why}
	}
	return Tagged{Timexes: m.tag(text, o.DCT, mode == Narrative), Mode: mode, Why: why}
}

func (m *matcher) tag(text string, dct time.Time, narrative bool) []Timex {
	m.reset(text, dct)
	m.narrative = narrative
	// Sized for a date every few hundred bytes, so that a long text does not
	// copy its results over and over as they grow.
	out := make([]Timex, 0, len(text)/256+1)
	for {
		s := sentence{pos: m.sc.pos, space: m.sc.space, nl: m.sc.nl, out: len(out), at: m.anchors}
		if !m.sc.next() {
			break
		}
		m.sent++
		m.differs = false
		out = m.sentence(out)
		if m.record {
			s.differs, s.quiet = m.differs, m.sc.triggers == 0
			m.sents = append(m.sents, s)
		}
	}
	return out
}

// sentence finds the expressions of the sentence the scanner holds and
// appends them to out.
func (m *matcher) sentence(out []Timex) []Timex {
	m.toks = m.sc.toks
	m.tenseDone = false
	m.lastEnd, m.clockEnd, m.trailYear = -1, -1, -1
	if m.sc.triggers == 0 {
		return out // no expression without a trigger (markTriggers)
	}
	m.markTriggers()
	for i := 0; i < len(m.toks); {
		if n := m.next[i]; n-i > maxLead {
			i = n - maxLead
			continue
		}
		if t := &m.toks[i]; t.kind == tWord && t.class&cStarter == 0 || t.kind == tPunct && t.punct != '\'' {
			i++
			continue
		}
		c, ok := m.matchAt(i)
		if !ok || c.e <= i {
			i++
			continue
		}
		if x := m.emit(c); !x.Value.IsZero() {
			out = append(out, x) // a value out of the calendar's range is dropped
		}
		i = c.e
	}
	return out
}

// sentence is where a sentence starts, as a news pass recorded it: the
// scanner's position, the results and the anchors before it, and whether
// reading it as a narrative could have taken another branch (inNarrative).
type sentence struct {
	pos       int
	space, nl bool
	out       int
	at        anchors
	differs   bool
	// quiet: no trigger, so no expression and no change to the anchors
	// in either reading
	quiet bool
}

// retag reads as a narrative the text the last tag call read as news and
// recorded (news holds that call's results). The two readings differ only
// where the matcher consults its mode (inNarrative), so a sentence that
// starts with the anchors the news pass had and took no such branch has
// the news pass's results and hands on its anchors, and a sentence without
// a trigger has none in either reading and changes nothing: only the other
// sentences are scanned and matched again. The result is the one a whole
// narrative pass gives (TestAutoNarrativeIsNarrativePass).
func (m *matcher) retag(news []Timex) []Timex {
	m.narrative = true
	out := make([]Timex, 0, cap(news))
	for k, s := range m.sents {
		if k == 0 {
			m.anchors = s.at
		}
		if s.quiet {
			continue
		}
		if !s.differs && m.anchors.same(&s.at) {
			end := len(news)
			if k+1 < len(m.sents) {
				end = m.sents[k+1].out
				m.anchors = m.sents[k+1].at
			}
			out = append(out, news[s.out:end]...)
			continue
		}
		m.sc.pos, m.sc.space, m.sc.nl = s.pos, s.space, s.nl
		m.sc.next()
		m.sent = k + 1
		out = m.sentence(out)
	}
	m.sents = m.sents[:0]
	return out
}

// inNarrative reports whether a narrative reading applies where cond
// holds. In a news pass it notes that the sentence, read as a narrative,
// could take another branch here (see retag).
func (m *matcher) inNarrative(cond bool) bool {
	if cond && !m.narrative {
		m.differs = true
	}
	return cond && m.narrative
}

// anchors are the state one sentence hands to the next.
type anchors struct {
	// refSet: a date written with its year has been read, so last is a
	// reference time the narrative has set (before that a narrative
	// anchors as news does).
	refSet bool
	// lastAside: the last date is a day named aside from the story's
	// days (asideDay).
	lastAside bool
	// explicit holds the last date written with its year and
	// explicitSent the sentence it was in.
	explicitSent int
	explicit     time.Time
	explicitGran gran
	// lastSent is the sentence of last.
	lastSent int
	// last is the last mentioned fully resolved date and its granularity.
	last     time.Time
	lastGran gran
	lastVal  string
	// storyVal is the last day or time of day not named aside from the
	// story's days (see lastAside), the one a bare clock time belongs to
	// after an aside (a value alone, so that the state each sentence
	// hands on stays small).
	storyVal string
	// mainQ is the last quarter named as the period a report is about
	// ("posted a 20% gain in third-quarter net income"); a quarter named
	// in passing ("after a flat second quarter") does not change what
	// "the year-earlier period" compares with.
	mainQ    time.Time
	mainQVal string
}

func (a *anchors) same(b *anchors) bool {
	return a.refSet == b.refSet && a.explicitSent == b.explicitSent && a.explicit.Equal(b.explicit) &&
		a.explicitGran == b.explicitGran && a.last.Equal(b.last) && a.lastGran == b.lastGran && a.lastVal == b.lastVal && a.lastSent == b.lastSent &&
		a.lastAside == b.lastAside && a.storyVal == b.storyVal &&
		a.mainQ.Equal(b.mainQ) && a.mainQVal == b.mainQVal
}

// xtype is a TIMEX3 type, a byte in a candidate (a small candidate is
// cheap to return from each rule tried).
type xtype uint8

const (
	xNone xtype = iota
	xDate
	xTime
	xDuration
	xSet
)

var xtypeNames = [...]string{xDate: "DATE", xTime: "TIME", xDuration: "DURATION", xSet: "SET"}

func (t xtype) String() string { return xtypeNames[t] }

// quantOf is the TIMEX3 quant of a set: EVERY or none.
func quantOf(every bool) string {
	if every {
		return "EVERY"
	}
	return ""
}

// akind is what a value was resolved against (Timex.AnchorKind), a byte
// in a candidate.
type akind uint8

const (
	aNone      akind = iota // absolute
	aDCT                    // the publication date
	aPrevious               // the last mentioned date
	aReference              // the reference time a narrative has set
	aNext                   // the date after it in a range
)

var akindNames = [...]string{aDCT: "dct", aPrevious: "previous", aReference: "reference", aNext: "next"}

func (k akind) String() string { return akindNames[k] }

// cand is a rule's match over tokens [s, e).
type cand struct {
	s, e   int
	val    string
	freq   string
	anchor string
	expl   string
	// fine is the value at month precision for a date counted back in
	// years, used when a modifier makes the date a bound.
	fine string
	// the small fields together, so that a candidate, which every rule
	// tried returns, is small to copy
	typ        xtype
	mod        xmod
	rule       ruleID
	anchorKind akind
	tense      xtense
	every      bool // quant EVERY: a set of every period ("every Monday")
	// onward: a day counted in days or weeks from the one last named
	// ("five days later"), or a month or year counted forward from it
	// ("two years later"): where the story now is
	onward bool
}

// matcher is the per-call state: the scanner, the sentence's tokens, the
// anchors.
type matcher struct {
	// narrative anchors year-less and anaphoric expressions to the
	// reference time the text has set (m.last) rather than to the DCT.
	narrative bool
	anchors
	// sent counts sentences.
	sent int
	sc   scanner
	toks []token
	text string
	dct  time.Time
	// record: keep where each sentence starts (sents) for retag; differs:
	// the current sentence took a branch a narrative would not
	// (inNarrative).
	record, differs bool
	sents           []sentence
	// the sentence's tense cues, computed once per sentence on demand.
	tenseDone bool
	cues      []cue
	// lastEnd is the token after the last day emitted in this sentence, or
	// -1: a bare day right after it continues a range ("Sept. 14-15").
	lastEnd int
	// clockEnd is the token after the last clock time emitted in this
	// sentence, or -1: "at 1:14 a.m., an hour and 22 minutes later"
	// restates that time, and counts from none.
	clockEnd int
	// trailYear is the token after a "last year" that ends its clause in
	// this sentence ("reported 300 cases last year"), or -1: a month in a
	// clause joined after it by a comma and "and" or "but" is not told in
	// that year ("..., and the outbreak ended in February").
	trailYear int
	// exprStart, when not -1, is where the whole expression starts while
	// a rule resolves a part of it.
	exprStart int
	// next[i] is the index of the first trigger token at or after i.
	next []int
	// skip are the rules (bits of coreRules) that cannot match anywhere in
	// the sentence: it lacks a word each of their matches holds.
	skip uint32
}

// maxLead is how many tokens an expression may have before its first
// trigger ("at least the past 18 months").
const maxLead = 4

// markTriggers finds, for each token, the next token that can be part of
// the core of an expression (a number, a month, a unit, "today", ...); no
// expression starts more than maxLead tokens before one, so the rules run
// on few positions.
//
// It also reads which words the sentence holds that some rules need
// (needs): a sentence without a month name, say, has no calendar date, and
// core does not call those rules in it (skip).
func (m *matcher) markTriggers() {
	n := len(m.toks)
	m.next = slices.Grow(m.next[:0], n)[:n]
	nt := n + maxLead + 1
	var has need
	for i := n - 1; i >= 0; i-- {
		t := &m.toks[i]
		if t.kind == tNum || t.kind == tWord && t.class&triggerClasses != 0 {
			nt = i
		}
		m.next[i] = nt
		has |= wordNeeds[t.id]
		if t.punct == ':' {
			has |= needTime // "9:30"
		}
		if t.upper && t.end-t.start == 1 && t.kind == tWord {
			if c := m.text[t.start]; c == 'A' || c == 'B' || c == 'C' {
				has |= needEra // the first letter of "B.C.", "A.D.", "C.E."
			}
		}
	}
	m.skip = skipWithout[has]
}

// need is a set of words some rules cannot match without: every match of
// the rule holds one of them somewhere in its sentence.
type need uint16

const (
	needEra     need = 1 << iota // BC, BCE, AD, CE (eraAt; the letters are checked apart)
	needMonth                    // a month name (monthWord): calendarDate
	needUnit                     // a unit (unitAt): ago, duration
	needCentury                  // "century": century
	needQuarter                  // quarter, quarters, period, Q: quarterRule
	needDecade                   // the "s" of "1990s", "nineties": decade
	needTime                     // a part of the day, noon, am/pm, the m of "a.m.", o'clock, ':': timeOfDay
	needSet                      // daily and the like, once, twice, thrice, times, every, each, per: set
	needAll     = needEra | needMonth | needUnit | needCentury | needQuarter | needDecade | needTime | needSet
)

var (
	// wordNeeds[id] are the needs the word with that id meets.
	wordNeeds []need
	// skipWithout[has] are the rules a sentence that meets only the
	// needs in has cannot match.
	skipWithout [needAll + 1]uint32
)

func (m *matcher) reset(text string, dct time.Time) {
	m.sc.text, m.sc.pos, m.sc.space, m.sc.nl = text, 0, true, false
	m.sc.toks = m.sc.toks[:0]
	m.text = text
	if !dct.IsZero() {
		dct = civil(dct.Year(), dct.Month(), dct.Day())
	}
	m.dct = dct
	m.anchors = anchors{explicitSent: -2}
	m.sent = 0
	m.sents = m.sents[:0]
	m.exprStart = -1
}

func (m *matcher) emit(c cand) Timex {
	start, end := m.toks[c.s].start, m.toks[c.e-1].end
	x := Timex{
		Start: start, End: end, Text: m.text[start:end], Type: c.typ.String(), Value: mustValue(c.val), Mod: c.mod.String(),
		Quant: quantOf(c.every), Freq: c.freq, Rule: c.rule.String(), Anchor: c.anchor, AnchorKind: c.anchorKind.String(), Tense: c.tense.String(),
		Explanation: c.expl,
	}
	switch {
	case x.Explanation == "":
		x.Explanation = explain(x)
	case !strings.HasPrefix(x.Explanation, x.Text):
		x.Explanation = x.Text + ", " + x.Explanation
	}
	if (c.typ == xDate || c.typ == xTime) && c.rule != rYearEarlier && (c.rule != rAgo || c.onward) {
		// in a narrative, a day counted from the one last named ("Five
		// days later, Lincoln was shot; he died the following morning")
		// is where the story now is; other counted dates ("two years
		// ago", "a year earlier"), and any in news, leave the reference
		// alone
		if t, g, ok := calOf(c.val); ok && g <= gYear && (c.mod == modNone || g <= gDay && dayMod(c.mod)) &&
			(c.rule != rAgo || (g <= gDay || g == gMonth || g == gYear) && m.inNarrative(c.onward)) && !m.countedBack(c, t) &&
			!m.inNarrative(m.backdrop(c.s) || c.anchorKind == aDCT && m.refSet) {
			// (in a narrative, a date seen from the writer's present,
			// "last year", "Monday", leaves its reference time alone)
			if g != gDay || m.lastGran != gTime || format(m.last, gDay) != c.val {
				// but the day of the clock time just named ("at 7 pm on
				// Saturday 28 October") leaves that time the reference,
				// which "an hour later" counts from
				m.last, m.lastGran, m.lastVal = t, g, c.val
			}
			m.lastSent = m.sent
			m.lastAside = g <= gDay && m.asideDay(c.s)
			if g <= gDay && !m.lastAside {
				m.storyVal = m.lastVal
			}
			if c.anchorKind == aNone {
				m.refSet = true
				if !m.comparisonBase(c.s) && !m.backdrop(c.s) {
					m.explicit, m.explicitSent, m.explicitGran = t, m.sent, g
				}
			} else if c.anchorKind == aDCT && g == gYear && t.Year() == m.dct.Year()-1 && !m.comparisonBase(c.s) {
				// "last year" names the year as plainly as "in 2024"
				// does, for the months of its own sentence ("Last year,
				// a heatwave in July caused ...")
				m.explicit, m.explicitSent, m.explicitGran = t, m.sent, g
				if c.s > 0 && m.tok(c.s-1).kind != tPunct && !m.is(c.s-1, wAnd, wBut) {
					m.trailYear = c.e
				}
			} else if c.anchorKind == aDCT {
				m.explicitSent = -2 // the story is back in the present
			}
			if g == gDay && c.typ == xDate {
				m.lastEnd = c.e
			}
			if g == gTime {
				m.clockEnd = c.e
			}
			if g == gQuarter && !m.passing(c.s) && !(m.ahead(t, g) && m.tense(c.s, c.e) != tensePast) {
				m.mainQ, m.mainQVal = t, c.val
			}
		}
	}
	return x
}

// countedBack reports whether c is a date counted back from the one last
// named ("despite a gale warning issued the previous evening", "the day
// before"): like "two days earlier" it looks aside, and the story stays on
// its day, which a clock time or "the next morning" after it takes.
func (m *matcher) countedBack(c cand, t time.Time) bool {
	return c.rule == rAnaphoric && c.anchorKind == aPrevious && t.Before(startOf(m.last, gDay))
}

// asideDay reports whether the day at s is named aside from the story's
// days, so that a bare clock time after it does not belong to it: the day
// a reporting period ends ("net for the quarter ended Sept. 30", "its
// first quarter, which ended Aug. 28") or the base of a comparison ("21%
// lower than on Boxing Day 2019", "compared with Friday").
func (m *matcher) asideDay(s int) bool {
	p := s - 1
	if m.is(p, wOn, wIn) {
		p--
	}
	if m.id(p) == wThan || m.is(p, wWith, wTo) && m.id(p-1) == wCompared {
		return true
	}
	if !m.is(s-1, wEnded, wEnding) {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-5; k-- {
		if m.is(k, wQuarter, wPeriod, wYear, wMonths, wWeeks, wHalf) {
			return true
		}
	}
	return false
}

// comparisonBase reports whether the expression at s stands in the base
// of a comparison within its clause ("down from 52 percent at the last
// count in May 2019", "fewer than in 2019", "compared with sales in March
// 2020"). Such a date is background to the sentence's news, so the story is
// not being told in its year: a bare day in the next sentence keeps the
// year the publication date gives it.
func (m *matcher) comparisonBase(s int) bool {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if m.punct(k, ',') && !(m.adjacent(k) && m.adjacent(k+1)) || m.punct(k, ';') || m.punct(k, ':') || m.punct(k, '(') {
			return false // a clause ends (a comma inside "1,400" does not)
		}
		if m.id(k) == wThan || m.is(k, wWith, wTo) && m.id(k-1) == wCompared ||
			m.id(k) == wFrom && m.is(k-1, wUp, wDown, wRose, wFell, wRisen, wFallen, wClimbed, wDropped, wSlipped, wJumped) {
			return true
		}
	}
	return false
}

// dayMod reports whether a modifier leaves a day or a time of day on its
// day: "about 11:45 p.m. Monday", "late Monday", "early Tuesday" name the
// day a bare clock time or "that day" after them refers to.
func dayMod(mod xmod) bool {
	return mod == modApprox || mod == modStart || mod == modMid || mod == modEnd
}

// explain is the default explanation of x, built in one buffer: "Sept.
// 14: DATE 2022-09-14 by rule month-day, anchored to publication date
// 2022-09-20, past tense".
func explain(x Timex) string {
	var buf [192]byte
	s := append(buf[:0], x.Text...)
	s = append(append(append(append(s, ": "...), x.Type...), ' '), x.Value.s...)
	s = append(append(s, " by rule "...), x.Rule...)
	if x.Mod != "" {
		s = append(append(s, ", mod "...), x.Mod...)
	}
	switch x.AnchorKind {
	case "dct":
		s = append(append(s, ", anchored to publication date "...), x.Anchor...)
	case "previous":
		s = append(append(s, ", anchored to the last mentioned date "...), x.Anchor...)
	case "reference":
		s = append(append(s, ", anchored to the narrative's reference time "...), x.Anchor...)
	case "next":
		s = append(append(s, ", anchored to the date that follows it, "...), x.Anchor...)
	}
	if x.Tense != "" {
		s = append(append(append(s, ", "...), x.Tense...), " tense"...)
	}
	return string(s)
}

// backdrop reports whether the date at s names the start of a state that
// holds at the narrative's reference time rather than moving it: "who had
// ruled since 1971", "a feud dating back to 1994".
func (m *matcher) backdrop(s int) bool {
	return m.id(s-1) == wSince || m.id(s-1) == wTo && (m.is(s-2, wDating, wDates, wDated) || m.id(s-2) == wBack && m.is(s-3, wDating, wDates, wDated, wGoes, wGoing, wWent))
}

// --- token helpers -------------------------------------------------------

// id is the lexicon id of the word at i: 0 for a word the lexicon does
// not hold, a number, a punctuation mark or a position outside the
// sentence.
func (m *matcher) id(i int) wordID {
	if uint(i) >= uint(len(m.toks)) {
		return 0
	}
	return m.toks[i].id
}

// word is the lower-case form of the word at i, or "" (see id).
func (m *matcher) word(i int) string {
	return lexWords[m.id(i)].form
}

// wordTable is a table keyed by lexicon words (decadeWords, holidays,
// adverbSets) laid out by word id, so a rule reads it without hashing.
type wordTable[V any] struct {
	vals []V
	has  []bool
}

// tableOf lays out tab by lexicon id (a key the lexicon does not hold is
// no token's word, so it is left out).
func tableOf[V any](tab map[string]V) wordTable[V] {
	t := wordTable[V]{vals: make([]V, len(lexWords)), has: make([]bool, len(lexWords))}
	for k, v := range tab {
		if id := lookupWord([]byte(k), wordHash(k)); id != 0 {
			t.vals[id], t.has[id] = v, true
		}
	}
	return t
}

// at is the entry of the word with the given id.
func (t *wordTable[V]) at(id wordID) (V, bool) {
	return t.vals[id], t.has[id]
}

var (
	decadeTable  wordTable[int]
	holidayTable wordTable[func(y int) (int, int)]
	adverbTable  wordTable[string]
	figureTable  wordTable[bool]
)

// is reports whether the word at i is one of ids: integer compares only.
func (m *matcher) is(i int, ids ...wordID) bool {
	w := m.id(i)
	if w == 0 {
		return false
	}
	for _, id := range ids {
		if id == w {
			return true
		}
	}
	return false
}

func (m *matcher) punct(i int, c byte) bool {
	return uint(i) < uint(len(m.toks)) && m.toks[i].punct == c && m.toks[i].kind == tPunct
}

func (m *matcher) class(i int, c uint32) bool {
	return uint(i) < uint(len(m.toks)) && m.toks[i].class&c != 0
}

// adjacent reports whether token i follows token i-1 without a space.
func (m *matcher) adjacent(i int) bool {
	return i > 0 && i < len(m.toks) && m.toks[i].start == m.toks[i-1].end
}

func (m *matcher) num(i int) (int, bool) {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != tNum || m.toks[i].num < 0 {
		return 0, false
	}
	return m.toks[i].num, true
}

// skipDot skips a period right after an abbreviation at i-1.
func (m *matcher) skipDot(i int) int {
	if m.punct(i, '.') && m.adjacent(i) {
		return i + 1
	}
	return i
}

// --- matching ------------------------------------------------------------

type rule func(m *matcher, i int) (cand, bool)

// coreRules are the rule families in priority order (on equal length the
// earlier wins): time of day, absolute, holiday, relative, weekday, set,
// duration, fuzzy. The absolute and relative families are spelled out
// into their rules, in the order of absoluteRules and relativeRules
// (TestCoreRules): core takes the longest match, the earlier on a tie, as
// those families do among their rules, so the flat list picks what the
// families would without copying each family's best.
var coreRules []coreRule

// coreRule is a rule and the first tokens it can match at, from the checks
// it opens with (and those of the readers it calls first): words and
// classes are the lexicon words it may start with, also any further ones
// (tables laid out by id, one-letter words), and noNum says it never starts
// with a number. Core calls at a token only the rules that can start there
// (wordRules, numRules); at a punctuation mark (after a modifier, as in
// "about '90s") it calls every rule.
type coreRule struct {
	f       rule
	words   *wordSet
	classes uint32
	also    func(id wordID) bool
	noNum   bool
	digits  func(d int) bool // when set, the numbers it may start with by their digits
	needs   need             // a word every match holds somewhere in its sentence
}

// wordRules[id] are the rules (bit k for coreRules[k]) that may match at
// the word with that id, numRules[d] those that may match at a number of d
// digits.
var (
	wordRules []uint32
	numRules  [256]uint32
	allRules  uint32
)

// Digit counts of the numbers rules start with: a day or an hour has one
// or two, a year four; a count (m.num, readNumber) has at most nine.
func dayDigits(d int) bool   { return d <= 2 }
func yearDigits(d int) bool  { return d == 4 }
func countDigits(d int) bool { return d <= 9 }

func init() {
	// the openings, read from each rule's first checks
	the := setOf(wThe)
	// the words readNumber (and so readDuration) reads a count from
	counts := []wordID{wA, wAn, wHalf, wCouple, wSeveral, wFew, wMany, wSome, wNumerous}
	coreRules = []coreRule{
		// a part of the day ("morning Saturday"), noon, or an hour
		{f: (*matcher).timeOfDay, words: setOf(wNoon, wMidday, wMidnight, wOvernight), classes: cPartOfDay, digits: dayDigits,
			needs: needTime},
		// a weekday or its abbreviation, a month, [the] + a day
		{f: (*matcher).calendarDate, words: the, classes: cWeekday | cAbbrev | cMonth, digits: dayDigits, needs: needMonth},
		{f: (*matcher).numericDate, words: setOf(), digits: func(d int) bool { return d <= 2 || d == 4 }}, // 9/14/2022, 2022-09-14
		// fiscal, the year, FY, readYear's "two thousand", "nineteen ninety"
		{f: (*matcher).yearRule, words: setOf(wFiscal, wThe, wFy, wTwo, wNineteen, wEighteen, wTwenty), digits: yearDigits},
		{f: (*matcher).decade, words: the, digits: yearDigits, needs: needDecade}, // decade words only after "the"
		// [the] + an ordinal (ordinal: "twenty-first", "21st")
		{f: (*matcher).century, words: the, classes: cOrdinal | cNumber, digits: countDigits, needs: needCentury},
		{f: (*matcher).quarterRule, words: setOf(wThe, wFiscal, wQ, wThis, wLast, wNext), classes: cOrdinal | cNumber,
			digits: countDigits, needs: needQuarter},
		{f: (*matcher).halfRule, words: setOf(wThe, wH, wFirst, wSecond), noNum: true},
		{f: (*matcher).season, words: the, classes: cSeason, noNum: true}, // [the] + a season
		{f: (*matcher).dayOfMonth, words: the, noNum: true},               // "on the 14th"
		{f: (*matcher).dayInRange, words: setOf(), digits: dayDigits},     // a number: readDay(i)
		// eraYear ("AD 79", "A.D.": one letter a token), a month, [the] +
		// a day, a season ("the spring of 480 BC"), a century (eraPeriod)
		{f: (*matcher).eraDate, words: setOf(wThe, wAd, wCe), classes: cMonth | cSeason | cOrdinal | cNumber,
			also: func(id wordID) bool { return id == 0 || len(lexWords[id].form) == 1 }, digits: countDigits, needs: needEra},
		// "the Ides", "the Christmas weekend", named days, holiday phrases
		// and names: a capitalized word or "the"
		{f: (*matcher).holiday, words: setOf(wThe, wIdes), noNum: true,
			also: func(id wordID) bool {
				_, ok := holidayTable.at(id)
				return ok || holidayFirst.has(id) || fixedFirst.has(id)
			}},
		{f: (*matcher).deictic, words: setOf(wToday, wYesterday, wTomorrow, wTonight), noNum: true},
		// [the] this/last/next...
		{f: (*matcher).thisNext, words: setOf(wThe, wThis, wCurrent, wPresent, wLast, wPast, wPrevious, wNext, wComing,
			wUpcoming, wFollowing), noNum: true},
		// readDuration's count, or a plural unit ("weeks ago")
		{f: (*matcher).ago, words: setOf(counts...), classes: cNumber | cUnit, digits: countDigits, needs: needUnit},
		// periodYearBack's "last year's quarter", [the|a] year-earlier
		{f: (*matcher).yearEarlier, words: setOf(wLast, wThe, wA, wYear), noNum: true},
		{f: (*matcher).anaphoric, words: setOf(wThe, wThat, wYear), noNum: true},
		{f: (*matcher).weekOf, words: the, noNum: true},
		// [the] [last/next...] + a weekday
		{f: (*matcher).weekday, words: setOf(wThe, wLast, wPast, wNext, wComing, wThis, wPrevious, wPreceding, wFollowing),
			classes: cWeekday, noNum: true},
		// adverbs ("daily"), once/twice/thrice, a count + "times", every/each/per
		{f: (*matcher).set, words: setOf(append(counts, wOnce, wTwice, wThrice, wEvery, wEach, wPer)...), classes: cNumber, digits: countDigits,
			needs: needSet,
			also:  func(id wordID) bool { _, ok := adverbTable.at(id); return ok }},
		// [the] [past/next...] + a count, or a bare plural unit
		{f: (*matcher).duration, words: setOf(append(counts, wThe, wPast, wLast, wNext, wComing, wFirst, wPrevious,
			wFollowing, wFinal, wLatest, wRecent, wEntire, wWhole, wFull)...), classes: cNumber | cUnit, digits: countDigits,
			needs: needUnit},
		{f: (*matcher).fuzzy, words: setOf(wNow, wCurrently, wNowadays, wPresently, wCurrent, wThen, wRecently, wLately,
			wFormerly, wRecent, wThe, wA, wLong, wThese), noNum: true},
	}
	wordNeeds = make([]need, len(lexWords))
	for id := range wordNeeds {
		w := &lexWords[id]
		switch {
		case wordID(id) == wBc || wordID(id) == wBce || wordID(id) == wAd || wordID(id) == wCe:
			wordNeeds[id] |= needEra
		case wordID(id) == wCentury:
			wordNeeds[id] |= needCentury
		case wordID(id) == wQuarter || wordID(id) == wQuarters || wordID(id) == wPeriod || wordID(id) == wQ:
			wordNeeds[id] |= needQuarter
		case wordID(id) == wS:
			wordNeeds[id] |= needDecade
		case wordID(id) == wNoon || wordID(id) == wMidday || wordID(id) == wMidnight || wordID(id) == wOvernight ||
			wordID(id) == wAm || wordID(id) == wPm || wordID(id) == wM || wordID(id) == wClock:
			wordNeeds[id] |= needTime
		case wordID(id) == wOnce || wordID(id) == wTwice || wordID(id) == wThrice || wordID(id) == wTimes ||
			wordID(id) == wEvery || wordID(id) == wEach || wordID(id) == wPer:
			wordNeeds[id] |= needSet
		}
		if w.class&cPartOfDay != 0 {
			wordNeeds[id] |= needTime
		}
		if _, ok := adverbTable.at(wordID(id)); ok {
			wordNeeds[id] |= needSet
		}
		if _, ok := decadeTable.at(wordID(id)); ok {
			wordNeeds[id] |= needDecade
		}
		if w.class&cMonth != 0 {
			wordNeeds[id] |= needMonth
		}
		if w.class&cUnit != 0 {
			wordNeeds[id] |= needUnit
		}
	}
	for has := range skipWithout {
		for k := range coreRules {
			if n := coreRules[k].needs; n != 0 && need(has)&n == 0 {
				skipWithout[has] |= 1 << k
			}
		}
	}
	wordRules = make([]uint32, len(lexWords))
	for k := range coreRules {
		r := &coreRules[k]
		allRules |= 1 << k
		for d := range numRules {
			if !r.noNum && (r.digits == nil || r.digits(d)) {
				numRules[d] |= 1 << k
			}
		}
		if r.also != nil {
			for id := range wordRules {
				if r.also(wordID(id)) {
					wordRules[id] |= 1 << k
				}
			}
		}
	}
	for id := range wordRules {
		cls := lexWords[id].class
		for k := range coreRules {
			if r := &coreRules[k]; cls&r.classes != 0 || r.words.has(wordID(id)) {
				wordRules[id] |= 1 << k
			}
		}
	}
}

// matchAt returns the longest match starting at token i, with a modifier in
// front when there is one.
func (m *matcher) matchAt(i int) (cand, bool) {
	if m.toks[i].kind == tPunct {
		return cand{}, false
	}
	if m.id(i) == wLast && m.is(i-1, wTo, wWill, wWould, wCould, wCan, wMay, wMight, wShould, wMust, wDid, wNot, wLl) {
		// the verb: "designed to last 75 years", "could last weeks"
		return cand{}, false
	}
	if mod, kind, j := m.modifier(i); j > i {
		if c, ok := m.core(j); ok && modFits(kind, c) {
			c.s = i
			c = applyMod(c, mod, kind, m.is(i, wNearly, wAlmost))
			return c, true
		}
	}
	return m.core(i)
}

func (m *matcher) core(i int) (cand, bool) {
	var best cand
	found := false
	t := m.tok(i)
	rules := allRules
	switch t.kind {
	case tNum:
		rules = numRules[t.digits]
	case tWord:
		rules = wordRules[t.id]
	}
	rules &^= m.skip
	for ; rules != 0; rules &= rules - 1 {
		c, ok := coreRules[bits.TrailingZeros32(rules)].f(m, i)
		if ok && c.e > i && (!found || c.e > best.e) {
			best, found = c, true
		}
	}
	if found {
		best.s = i
	}
	return best, found
}

// --- tense ----------------------------------------------------------------

type cue struct {
	pos   int
	tense xtense
}

// cueList reads the tense cues of the current sentence.
func (m *matcher) cueList() []cue {
	if m.tenseDone {
		return m.cues
	}
	m.tenseDone = true
	m.cues = m.cues[:0]
	for i, t := range m.toks {
		if t.kind != tWord {
			continue
		}
		w := t.id
		switch {
		case (w == wPlanned || w == wScheduled || w == wSlated || w == wSet || w == wDue || w == wExpected) && m.id(i+1) == wFor:
			// "planned for early March"; but "was originally set for
			// January" (and then delayed) is a plan of the past
			if !m.is(i-1, wWas, wWere, wHad) && !(m.adverb(i-1) && m.is(i-2, wWas, wWere, wHad)) {
				m.cues = append(m.cues, cue{i, tenseFuture})
			}
		case (w == wLikely || w == wUnlikely) && m.is(i+1, wTo, wIn, wOn, wBy, wBefore, wNext, wThis) && m.is(i-1, wIs, wAre, wWas, wWere, wBe, wSeemed, wSeems, wAppeared, wAppears):
			// "were likely to buy as soon as trading opened Monday",
			// "said another cut was likely in June": what is likely lies
			// ahead of the statement
			m.cues = append(m.cues, cue{i, tenseFuture})
		case w == wTo && m.punct(i-1, ',') && m.id(i+1) == wBe && m.participle(i+2):
			// "a dividend of 10 cents, to be paid on 30 August": an
			// infinitive set off after a noun tells what is still to be
			// done
			m.cues = append(m.cues, cue{i, tenseFuture})
		case (w == wPlanned || w == wPlanning) && m.is(i+1, wA, wAn, wThe, wAnother, wMore) && !m.is(i-1, wHad, wBeen, wThe, wA, wAn, wWas, wWere):
			// "protesters planned a demonstration on Saturday": the
			// thing planned lies ahead of the plan
			m.cues = append(m.cues, cue{i, tenseFuture})
		case m.inForce(i):
			// "the ban takes effect on 1 August", "the rules come into
			// force in May": a law's start in the present is a schedule
			m.cues = append(m.cues, cue{i, tenseFuture})
		case (w == wThreatened || w == wPromised || w == wVowed || w == wPledged) && m.is(i-1, wHas, wHave) &&
			m.is(i+1, wA, wAn, wAnother, wMore, wFurther, wNew):
			// "the union has threatened further action in April": the
			// present perfect takes no date of the past in its clause
			// ("has threatened in April" is not said), so the date is
			// of what is threatened or promised, which lies ahead
			m.cues = append(m.cues, cue{i, tenseFuture})
		case m.id(i+1) == wTo && intentVerbs.has(w) && !m.is(i-1, wHad, wWas, wWere, wBeen):
			// "planned to leave Thursday", "expects to release in
			// November": what is intended lies ahead
			m.cues = append(m.cues, cue{i, tenseFuture})
		case w == wGoing || w == wDue || w == wExpected || w == wScheduled || w == wSlated || w == wSet || w == wPlans || w == wPlan || w == wPlanning || w == wIntends || w == wSupposed || w == wHoping || w == wHopes:
			if m.id(i-1) == wBeen && m.id(i-2) == wHad {
				// "had been scheduled to expire Friday": a plan that
				// lies in the past; "had" carries the tense
			} else if m.id(i+1) == wTo && w != wDue || w == wDue && m.id(i+1) == wTo && m.is(i-1, wIs, wAre, wWas, wWere, wBe, wBeen, wAm) && m.id(i-2) != wHad {
				m.cues = append(m.cues, cue{i, tenseFuture})
			} else if (w == wScheduled || w == wSlated) && !m.pastVerb(i-1) {
				// "has scheduled a news conference Thursday": what is
				// put on a schedule lies ahead; but right after a verb in
				// the past the participle only describes that verb's
				// object ("lifted scheduled power cuts on Thursday")
				m.cues = append(m.cues, cue{i, tenseFuture})
			}
		case (w == wIs || w == wAre || w == wAm || w == wWas || w == wWere) && m.is(i+1, wDue, wExpected, wScheduled, wSet, wGoing, wSlated, wSupposed, wPlanning, wAbout, wLikely, wUnlikely) && m.id(i+2) == wTo:
			// "is due to fly", "were planning to drive": the next word
			// carries the future, seen from now or from the report
		case w == wAm && i > 0 && (m.toks[i-1].kind == tNum || m.punct(i+1, '.')):
			// "6am", "6 am.": a clock time, not the verb
		case w == wIs || w == wAre || w == wAm:
			if m.id(i+1) == wTo || m.is(i+1, wExpected, wDue) {
				// "is to visit"; "results are expected on Monday", "the
				// payment is due on Monday": what is expected or owed
				// now lies ahead
				m.cues = append(m.cues, cue{i, tenseFuture})
			} else {
				m.cues = append(m.cues, cue{i, tensePresent})
			}
		case w == wHas || w == wHave:
			// present perfect: "has started" reports the past
			m.cues = append(m.cues, cue{i, tensePast})
		case (w == wExpect || w == wExpects) && m.id(i-1) != wTo && !m.is(i-1, wDid, wDidn) && !m.is(i-2, wDid, wDidn) && !m.is(i-3, wDid, wDidn):
			// "forecasters expect rain on Monday": what is expected lies
			// ahead of the expectation; "did not expect", "didn't expect" look back
			m.cues = append(m.cues, cue{i, tenseFuture})
		case w == wCould && m.tok(i+1).kind == tWord && !m.is(i+1, wHave, wNot, wBe) && m.tok(i+1).class&cPast == 0:
			// "said the trial could begin on 12 May", "exports could
			// resume in March": a possible act lies ahead, as "would"
			// tells; "could not find", "could have started" look back, and
			// so may a passive ("could be located Wednesday": was not)
			m.cues = append(m.cues, cue{i, tenseFuture})
		case w == wLast || w == wNext || w == wComing || w == wUpcoming || w == wLater || w == wEarlier || w == wAgo:
			// these qualify their own expression only
		case bareSchedule.has(w) || t.class&cBareSchedule != 0:
			// a plural subject with a timetable verb in the simple
			// present: "Netanyahu and Arafat meet separately Monday".
			// After "to", a modal or "did" the verb has no tense of its
			// own; after a determiner it is a noun.
			if !m.is(i-1, wTo, wDid, wDidn, wNot, wCan, wCould, wMay, wMight, wMust, wShould, wWould, wWill, wThe, wA, wAn, wTheir, wHis, wHer, wIts) &&
				(m.pluralSubject(i-1) || m.punct(i-1, ',') && m.id(i+1) == wTheir) {
				// ("Riverside, who lost last week, play their last
				// game on Sunday": a clause between subject and verb)
				m.cues = append(m.cues, cue{i, tenseFuture})
			}
		case t.class&(cPast|cFuture) != 0 && (m.is(i-1, wBe, wBeen, wBeing, wIs, wAre, wWas, wWere, wAm, wRemain, wRemains, wStay, wStays) ||
			m.adverb(i-1) && m.is(i-2, wBe, wBeen, wBeing, wIs, wAre, wWas, wWere, wAm)):
			// a participle after an auxiliary or a copula ("will remain
			// closed"): the verb before it has the tense
		case m.id(i-1) == wAnd && t.class&cPast != 0 && m.passiveBefore(i):
			// "will be moved to the pad on October 3 and launched the
			// following week": the participle shares the passive's
			// auxiliary, which carries the tense
		case t.class&cFuture != 0:
			if m.is(i-1, wThe, wA, wAn, wIts, wTheir, wHis, wHer) {
				// "with the heads of Congress", "its visits": after a
				// determiner a timetable verb's form is a noun
				continue
			}
			m.cues = append(m.cues, cue{i, tenseFuture})
		case t.class&cPast != 0:
			if m.backshifted(i) || m.is(i-1, wA, wAn, wThe) {
				// "expect a cut in November": after an article the
				// form is a noun
				continue
			}
			if m.is(i-1, wWill, wLl, wWould, wCan, wCould, wMay, wMight, wMust, wShould, wTo, wDid, wDidn) ||
				m.id(i-1) == wNot && m.is(i-2, wWill, wWould, wCan, wCould, wMay, wMight, wMust, wShould, wDid) {
				// a past that is also the bare form ("hit", "cut",
				// "put") after a modal or "to" is the bare form: "the
				// storm will hit the coast on Saturday" lies ahead
				continue
			}
			m.cues = append(m.cues, cue{i, tensePast})
		case t.class&cPresent != 0:
			if w != wNow && w != wToday && w != wCurrently {
				m.cues = append(m.cues, cue{i, tensePresent})
			}
		case t.class&(cPast|cPresent|cFuture) == 0 && t.end-t.start > 4 && m.text[t.end-2:t.end] == "ed" && m.text[t.end-3] != 'e' && !(m.text[t.start] == 'u' && m.text[t.start+1] == 'n') && (m.id(i+1) != wTo || m.figureAt(i+2)) && !m.is(i-1, wThe, wA, wAn, wBe, wBeen, wBeing, wIs, wAre, wRemain, wRemains, wStay, wStays) && !(m.id(i-1) == wAnd && m.passiveBefore(i)) &&
			!(m.adverb(i-1) && m.is(i-2, wBe, wBeen, wBeing, wIs, wAre)):
			// a regular past form; a participle after "be", a copula ("will
			// remain closed on Monday"), "be" and an adverb ("will be
			// officially released Monday") or a determiner is not, nor one
			// before "to" ("asked to leave") unless a figure follows
			// ("soared to 498")
			if m.backshifted(i) {
				continue
			}
			m.cues = append(m.cues, cue{i, tensePast})
		}
	}
	return m.cues
}

// inForce reports a verb of coming into force in the present at i: "takes
// effect", "take effect", "comes into force", "enter into force", "goes into
// effect". After "to", a modal or "did" the form has no tense of its own
// ("did not take effect until 2019"); "took effect" is a past (cPast).
func (m *matcher) inForce(i int) bool {
	if m.is(i-1, wTo, wDid, wDidn, wNot, wCan, wCould, wMay, wMight, wMust, wShould, wWould, wWill) {
		return false
	}
	// compared folding case, so that no word is lower-cased on this path
	// that every word of the sentence takes
	is := func(k int, forms ...string) bool {
		t := m.tok(k)
		if t.kind != tWord {
			return false
		}
		w := t.written(m.text)
		for _, f := range forms {
			if strings.EqualFold(w, f) {
				return true
			}
		}
		return false
	}
	switch {
	case is(i, "takes", "take"):
		return is(i+1, "effect")
	case is(i, "comes", "come", "enters", "enter", "goes", "go"):
		return m.is(i+1, wInto, wIn) && is(i+2, "force", "effect")
	}
	return false
}

// pluralSubject reports whether the word at i can end the plural subject
// of a verb in the bare present after it: a plural noun ("ministers", not
// "discuss" or "bonus"), a name ("Arafat"), "they", "people". After
// another word ("new travel rules", "will discuss travel curbs") the bare
// form is a noun's modifier, not a verb.
func (m *matcher) pluralSubject(i int) bool {
	t := m.tok(i)
	if t.kind != tWord {
		return false
	}
	w := m.text[t.start:t.end]
	return t.upper || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || pluralWords[w]
}

// pluralWords are pronouns and irregular plurals that can be the subject
// of a bare present verb.
var pluralWords = map[string]bool{"they": true, "we": true, "people": true, "police": true, "men": true, "women": true,
	"children": true}

// passiveBefore reports a passive participle ("be moved", "was
// arrested") within twelve words before the word at i, with no punctuation
// between: a participle joined to it by "and" shares its auxiliary.
func (m *matcher) passiveBefore(i int) bool {
	for k := i - 2; k >= 1 && k >= i-12; k-- {
		t := m.toks[k]
		if t.kind == tPunct {
			return false
		}
		if t.kind != tWord {
			continue
		}
		participle := t.class&cPast != 0 || t.end-t.start > 4 && m.text[t.end-2:t.end] == "ed"
		if participle && (m.is(k-1, wBe, wBeen, wBeing, wIs, wAre, wWas, wWere, wAm) || m.adverb(k-1) && m.is(k-2, wBe, wBeen, wBeing, wIs, wAre, wWas, wWere, wAm)) {
			return true
		}
	}
	return false
}

// pastVerb reports a verb in the past at k that is no auxiliary:
// "lifted", "cut". A verb in the past takes no second finite verb right
// after it, so a participle there modifies its object.
func (m *matcher) pastVerb(k int) bool {
	t := m.tok(k)
	if t.kind != tWord || m.is(k, wHad, wWas, wWere, wHas, wHave, wBeen, wIs, wAre) {
		return false
	}
	return t.class&cPast != 0 || t.end-t.start > 4 && m.text[t.end-2:t.end] == "ed"
}

// backshifted reports whether the past form at i sits in a time clause
// ("as soon as", "once", "when", "after", "until") that follows a future
// seen from the past: "funds were likely to buy as soon as trading opened
// Monday" looks ahead, whatever the tense of "opened".
func (m *matcher) backshifted(i int) bool {
	future := false
	for _, c := range m.cues {
		future = future || c.tense == tenseFuture
	}
	if !future {
		return false
	}
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if m.toks[k].kind != tWord {
			return false
		}
		if m.is(k, wOnce, wWhen, wAfter, wUntil, wTill) || m.id(k) == wAs && m.id(k-1) == wSoon {
			return true
		}
	}
	return false
}

// pastNarrative reports whether the sentence is told in the simple past
// with nothing pointing ahead: "By Wednesday morning, it covered 8,000
// acres", "By Saturday morning, 46 people were dead"; a past "was" or
// "were" before what points ahead ("were to meet", "was due to") tells a
// plan, not what had come to be.
func (m *matcher) pastNarrative() bool {
	past := false
	for _, c := range m.cueList() {
		switch {
		case c.tense != tensePast:
			return false
		case !m.is(c.pos, wWas, wWere, wHad, wDid):
			past = true
		case m.is(c.pos, wWas, wWere) && !m.is(c.pos+1, wTo, wDue, wExpected, wSet, wScheduled, wGoing, wAbout, wLikely, wSupposed):
			past = true
		}
	}
	return past
}

// pastVerbBefore reports whether the nearest tense cue before token p is
// in the past with no infinitive or modal between them, so a deadline at
// p belongs to that past clause: "started Sunday and spread across 1,200
// acres by Monday night", "rose to 40 by Friday", but not "were told to
// leave by Monday".
func (m *matcher) pastVerbBefore(p int) bool {
	c, ok := m.cueBefore(p)
	if !ok || c.tense != tensePast {
		return false
	}
	for k := c.pos + 1; k < p; k++ {
		if k == c.pos+1 && m.id(k) == wTo && m.figureAt(k+1) {
			continue // "soared to 498 by the weekend": a figure the verb reached, no infinitive
		}
		if m.is(k, wTo, wWill, wWould, wShould, wMust, wCan, wCould, wMay, wMight) {
			return false
		}
	}
	return true
}

// figureAt reports a number at token k: "498", "twelve".
func (m *matcher) figureAt(k int) bool {
	return uint(k) < uint(len(m.toks)) && (m.toks[k].kind == tNum || m.class(k, cNumber))
}

// cueBefore is the nearest tense cue before token p; false when there is
// none.
func (m *matcher) cueBefore(p int) (cue, bool) {
	cues := m.cueList()
	for n := len(cues) - 1; n >= 0; n-- {
		if cues[n].pos < p {
			return cues[n], true
		}
	}
	return cue{}, false
}

// adverb reports whether the word at i is an adverb in -ly ("was
// originally set"), which stands between an auxiliary and its participle.
func (m *matcher) adverb(i int) bool {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != tWord {
		return false
	}
	t := m.toks[i]
	return t.end-t.start > 4 && m.text[t.end-2:t.end] == "ly"
}

// hasWord reports whether the sentence has one of the words ws, in one
// pass over it.
func (m *matcher) hasWord(ws ...wordID) bool {
	for i := range m.toks {
		if slices.Contains(ws, m.toks[i].id) {
			return true
		}
	}
	return false
}

// intentVerbs followed by "to" put what follows in the future: "planned to
// leave on Thursday", "expects to report in November".
var intentVerbs = setOf(wPlanned, wPlans, wPlan, wExpects, wExpect, wIntend, wIntended, wAims, wAim, wPromised,
	wPromises, wVowed, wPledged, wAgreed, wThreatened, wWants, wWant, wHope, wDecided, wDecide, wDecides, wAgreement)

// bareSchedule are timetable verbs in the bare (plural) present besides the
// plural twins of the singular scheduled verbs of the lexicon
// (cBareSchedule).
var bareSchedule = setOf(wMeet, wTravel, wArrive, wFly, wDepart, wConvene, wReconvene, wResume, wGather, wGo, wPlay,
	wVote, wFace, wReopen)

// pastUntil reports whether "until" at p ends a state its clause tells
// with "was" or "were" a few words before it: "Loeb was second until
// Wednesday" ended on the Wednesday before, as "is closed until Monday"
// ends on the next. A verb that moves a time ("postponed until Tuesday
// any action", "was adjourned until Monday") gives the new time, which may
// lie ahead: a participle between the copula and "until" is no state.
func (m *matcher) pastUntil(p int) bool {
	c, ok := m.cueBefore(p)
	if !ok || c.tense != tensePast || c.pos < p-4 || !m.is(c.pos, wWas, wWere) {
		return false
	}
	for k := c.pos + 1; k < p; k++ {
		if m.pastForm(k) {
			return false
		}
	}
	return true
}

// participle reports a past participle at k: a past form of the lexicon
// or a regular one in "-ed" ("paid", "held", "issued").
func (m *matcher) participle(k int) bool {
	t := m.tok(k)
	if t.kind != tWord {
		return false
	}
	return t.class&cPast != 0 || t.end-t.start > 3 && strings.HasSuffix(m.text[t.start:t.end], "ed")
}

// pastForm reports whether the word at k is a past form: a past-tense cue
// word of the lexicon or a word in "-ed" (a past or a participle).
func (m *matcher) pastForm(k int) bool {
	t := m.tok(k)
	return t.kind == tWord && (t.class&cPast != 0 || strings.HasSuffix(m.text[t.start:t.end], "ed"))
}

// tense reads the tense of the clause around tokens [s, e): the nearest
// cue, cues before the expression preferred at equal distance.
func (m *matcher) tense(s, e int) xtense {
	if t := m.frontTense(s); t != tenseNone {
		return t
	}
	return m.cueTense(s, e)
}

// cueTense is the tense of the nearest cue around tokens [s, e). In a
// relative clause set off by commas that has a cue of its own, only the
// clause's cues count: "the minister, who took office in April, will
// visit" took office in the April before, whatever the main verb says.
func (m *matcher) cueTense(s, e int) xtense {
	best, bestD := tenseNone, 1<<30
	cues := m.cueList()
	before := len(cues) > 0 && cues[0].pos < s
	lo, hi, rel := m.relativeClause(s, e)
	if rel {
		rel = slices.ContainsFunc(cues, func(c cue) bool { return c.pos >= lo && c.pos < hi })
	}
	if !rel {
		// a clause opened by "who", "which" or "that" with no comma, whose
		// verb stands before the expression: "residents who were
		// evacuated on Saturday will not return before Tuesday" were
		// evacuated on the Saturday before, whatever the main verb says
		if k := m.openedClause(s); k >= 0 && slices.ContainsFunc(cues, func(c cue) bool { return c.pos > k && c.pos < s }) {
			lo, hi, rel = k, s, true
		}
	}
	own := m.ownClauseCue(cues, s)
	report := -1 // a reporting verb after the expression that dates the report
	for _, c := range cues {
		if rel && (c.pos < lo || c.pos >= hi) {
			continue
		}
		if report >= 0 && c.pos > report {
			// "Mora, whose party won 21 seats in February, said on
			// Monday he would lead": past the report's verb, the cues
			// are the reported clause's
			continue
		}
		d := 0
		if c.pos < s {
			if m.reportingCue(c.pos) && m.hasThat(c.pos+1, s) && cues[len(cues)-1].pos >= e {
				// "the company said that from Wednesday customers would
				// lose power": the expression stands in the reported
				// clause, whose own verb tells its tense
				continue
			}
			d = 2 * (s - c.pos)
		} else if c.pos >= e {
			if before && (m.reportingCue(c.pos) || m.id(c.pos) == wAgreed && m.id(c.pos+1) != wTo) {
				if m.reportingCue(c.pos) && !m.punct(c.pos+1, ',') {
					// (a parenthetical ", he said," leaves the clause
					// going on after it)
					report = c.pos
				}
				// a reporting verb after the expression dates the
				// report, not the clause that holds the expression:
				// "he will leave Thursday, Castro said", "a meeting will
				// discuss travel curbs on Thursday, she added", "will
				// ask for a vote on 16 December, leaders agreed"
				continue
			}
			if m.id(c.pos) == wCould {
				// "this week's meeting, which could roll over output
				// targets": a possibility told after the expression is
				// about the meeting, not the week's direction
				continue
			}
			if m.is(c.pos, wExpect, wExpects) && m.id(c.pos+1) != wTo {
				// "the bank, which cut its rates on Monday, expects
				// growth": what is expected lies ahead of the verb, not
				// before it
				continue
			}
			d = 2*(c.pos-e+1) + 1
			if c.tense == tenseFuture && intentVerbs.has(m.id(c.pos)) && m.class(c.pos, cPast) {
				// "the ministers on Thursday agreed to cut tariffs": the
				// day is when they agreed, in the past; the future is
				// what they agreed to
				if d < bestD {
					best, bestD = tensePast, d
				}
				continue
			}
			if m.toldJustBefore(s) {
				// "were told on Friday they would be confined": the day is
				// the telling's; a cue after it is the reported clause's,
				// told without "that"
				continue
			}
			if before && m.hasThat(e, c.pos) {
				// "said in an interview Wednesday that he will leave on
				// Nov. 17": a cue past "that" tells the reported clause,
				// not the one that holds the expression
				continue
			}
			if m.coordinated(e, c.pos) {
				// "arrived on Monday and will leave on Wednesday": a
				// cue past a coordinated clause belongs to that clause
				if own && (m.commaCoordinated(e, c.pos) || m.is(c.pos-1, wAnd, wBut)) {
					// "pushed the fire across the highway on Saturday,
					// and the road will stay closed", "passed a medical in
					// Rome on Monday and will sign on Wednesday": the
					// expression's clause has its own verb before it, and
					// the cue opens the next clause or verb phrase
					continue
				}
				d += 4
			}
		} else {
			continue
		}
		// a future cue in the same sentence after a past reporting verb
		// still wins when it is closer
		if d < bestD {
			best, bestD = c.tense, d
		}
	}
	return best
}

// reportingCue reports whether the tense cue at k is a verb of reporting:
// "said", "told", "announced".
func (m *matcher) reportingCue(k int) bool {
	return m.is(k, wSaid, wSays, wSay, wAdded, wAdds, wAnnounced, wTold, wConfirmed, wStated, wReported)
}

// scheduledNoun reports a noun phrase opened by "a" or "an" right before
// the "for" at p, at most five words back with no punctuation: what is
// called or planned for a day ("called a protest in Lorn for Saturday",
// "announced a rally for Sunday") lies ahead of the call.
func (m *matcher) scheduledNoun(p int) bool {
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		if m.toks[k].kind != tWord {
			return false
		}
		if m.is(k, wA, wAn) {
			return k+1 < p
		}
	}
	return false
}

// openedClause is the "who", "which" or "that" that opens the clause
// holding the token s, at most eight words before it with no punctuation
// between, after a word; -1 when there is none.
func (m *matcher) openedClause(s int) int {
	for k := s - 1; k > 0 && k >= s-8; k-- {
		if m.toks[k].kind != tWord {
			return -1
		}
		if m.is(k, wWho, wWhich, wThat) {
			if m.toks[k-1].kind != tWord {
				return -1
			}
			return k
		}
	}
	return -1
}

// ownClauseCue reports a tense cue before the token s with no punctuation
// between them: the expression's clause has a verb of its own.
func (m *matcher) ownClauseCue(cues []cue, s int) bool {
	p := -1
	for _, c := range cues {
		if c.pos < s {
			p = c.pos
		}
	}
	if p < 0 {
		return false
	}
	for k := p + 1; k < s; k++ {
		if m.toks[k].kind == tPunct && m.toks[k].punct != '-' && m.toks[k].punct != '\'' && !m.inFigure(k) {
			return false // a hyphen, a possessive's apostrophe or a figure's point stays in the clause
		}
	}
	return true
}

// inFigure reports a point or a comma at k written inside a figure, digits
// on both sides and no space: "7.75", "1,700".
func (m *matcher) inFigure(k int) bool {
	return (m.punct(k, '.') || m.punct(k, ',')) && m.tok(k-1).kind == tNum && m.tok(k+1).kind == tNum &&
		m.adjacent(k) && m.adjacent(k+1)
}

// commaCoordinated reports a comma right before an "and" or "but" among the
// tokens [from, to): a clause of its own begins there.
func (m *matcher) commaCoordinated(from, to int) bool {
	for i := max(from, 1); i < to && i < len(m.toks); i++ {
		if id := m.toks[i].id; (id == wAnd || id == wBut) && m.punct(i-1, ',') {
			return true
		}
	}
	return false
}

// toldJustBefore reports a verb of saying in the past right before the
// expression that starts at token s, "on", "at" or "in" between them:
// "said on Monday", "were told on Friday". The expression dates the
// saying.
func (m *matcher) toldJustBefore(s int) bool {
	k := s - 1
	if m.is(k, wOn, wAt, wIn) {
		k--
	}
	return m.is(k, wSaid, wTold, wAnnounced, wAdded, wConfirmed, wStated, wReported)
}

// hasThat reports "that" among the tokens [from, to).
func (m *matcher) hasThat(from, to int) bool {
	for i := from; i < to && i < len(m.toks); i++ {
		if m.toks[i].id == wThat {
			return true
		}
	}
	return false
}

// relativeClause finds the relative clause set off by commas around tokens
// [s, e), ", who took office in April,", ", where Uganda filed a complaint in
// September,", ", whose party won 20 seats in May,": lo is its "who",
// "which", "where" or "whose", hi its
// closing comma; ok is false when [s, e) stands in none within a few words.
func (m *matcher) relativeClause(s, e int) (lo, hi int, ok bool) {
	lo = -1
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if m.is(k, wWho, wWhich, wWhere, wWhose) && m.punct(k-1, ',') {
			lo = k
			break
		}
		if m.punct(k, ',') || m.punct(k, ';') || m.punct(k, '.') {
			return 0, 0, false
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	for k := e; k < len(m.toks) && k <= e+10; k++ {
		if m.punct(k, ',') {
			return lo, k, true
		}
		if m.punct(k, ';') || m.punct(k, '.') {
			break
		}
	}
	return 0, 0, false
}

// coordinated reports "and" or "but" among the tokens [from, to): a
// coordinated clause begins between them.
func (m *matcher) coordinated(from, to int) bool {
	for i := from; i < to && i < len(m.toks); i++ {
		if id := m.toks[i].id; id == wAnd || id == wBut {
			return true
		}
	}
	return false
}

// frontTense is the tense the word in front of an expression at s sets, or
// "": "payable Dec. 7", "until Friday", "since April", "ahead of Monday".
func (m *matcher) frontTense(s int) xtense {
	p := s - 1
	if m.exprStart >= 0 && m.exprStart < s {
		p = m.exprStart - 1 // a day attached to a clock time: "until 9 a.m. Tuesday"
	}
	for p >= 0 && (m.punct(p, '-') || m.is(p, wMid, wEarly, wLate, wAbout, wAround, wApproximately, wRoughly)) {
		p-- // "by mid-May": the word in front of the modified expression
	}
	if m.is(p, wOn, wIn, wOf) {
		p--
	}
	for k := p; k >= 0 && k >= p-4; k-- {
		// a figure compared with an earlier one: "up from about 300 on
		// Wednesday", "compared with Friday"
		if m.id(k) == wFrom && m.is(k-1, wUp, wDown, wRose, wFell, wRisen, wFallen, wClimbed, wDropped, wSlipped, wJumped) ||
			m.is(k, wWith, wTo) && m.id(k-1) == wCompared {
			return tensePast
		}
	}
	switch m.id(p) {
	case wFor:
		if m.class(s, cWeekday) && m.scheduledNoun(p) {
			return tenseFuture // "Unions have called a protest in Lorn for Saturday"
		}
		for k := p - 1; k >= 0 && k >= p-3; k-- {
			if m.is(k, wSet, wScheduled, wRescheduled, wSlated, wPlanned, wPostponed, wDelayed, wMoved) {
				if m.is(k-1, wWas, wWere, wBeen, wOriginally, wInitially, wFirst) {
					break // "was originally set for January but was delayed"
				}
				return tenseFuture // "set sentencing for June 6"
			}
		}
	case wTo:
		// "moved the meeting to Friday", "pushed back the vote to
		// March": the new time of what is moved lies ahead of the move,
		// unless the clause tells a past plan ("had been moved to")
		moved, pushed, back := false, false, false
		for k := p - 1; k >= 0 && k >= p-5 && !moved; k-- {
			moved = m.is(k, wPostponed, wDelayed, wMoved, wRescheduled, wSlipped)
			pushed = pushed || m.id(k) == wPushed
			back = back || m.id(k) == wBack
		}
		if (moved || pushed && back) && !m.hasWord(wHad) {
			return tenseFuture
		}
	case wAhead:
		return tenseFuture // "ahead of the weekend"
	case wUntil, wTill, wPayable, wEffective, wThrough, wStarting, wBeginning, wExpires, wExpiring, wBefore:
		if m.id(p) == wThrough && m.is(p-1, wYear, wFar) {
			return tensePast // "this year through August": the year to date
		}
		if m.is(p, wUntil, wTill) && (m.hasWord(wHad) || m.pastUntil(p)) {
			return tensePast // "until Thursday, they had not called him"
		}
		if m.id(p) != wBefore || m.is(p-1, wDue, wExpected, wScheduled) {
			return tenseFuture
		}
	case wSince:
		return tensePast
	case wFrom:
		// the start of what is in force from a day on, with no tense in
		// its clause: "Owners can return the heaters from Monday", "new
		// fares apply from Monday" ("rose from Monday's level" and "up
		// from 300 on Monday" are bases, read above)
		if m.class(s, cWeekday) && m.cueTense(s, s+1) == tenseNone {
			return tenseFuture
		}
	case wAs:
		if m.id(p+1) == wOf && m.cueTense(s, s+1) != tenseFuture {
			return tensePast // "As of February, the store accounts for 70%": the latest February, a figure as it stands
		}
	case wBy:
		// a deadline lies ahead unless the clause is in the past: "to
		// conclude by May", but "had filed by Monday", "power was
		// restored by 6 a.m. Monday"
		if !m.hasWord(wHad) && !m.is(p-2, wWas, wWere) && !((p == 0 || m.pastVerbBefore(p)) && m.pastNarrative()) {
			return tenseFuture
		}
	}
	if m.id(p) == wAs && m.is(p-1, wSoon, wEarly) && m.id(p-2) == wAs {
		return tenseFuture // "as soon as Tuesday", "could decide as early as Thursday"
	}
	return tenseNone
}

// --- calendar -----------------------------------------------------------

type gran int

const (
	gTime gran = iota + 1
	gDay
	gWeek
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

func monthOf(m int) time.Month { return time.Month(m) }

// format prints t at granularity g as a TIMEX3 value; years before 1 AD
// (astronomical 0 and below) print with TIMEX3's BC prefix: BC0480-04.
func format(t time.Time, g gran) string {
	y := t.Year()
	var b [16]byte
	out := b[:0]
	pad := func(n, width int) {
		var d [8]byte
		i := len(d)
		for n > 0 || i > len(d)-width {
			i--
			d[i] = byte('0' + n%10)
			n /= 10
		}
		out = append(out, d[i:]...)
	}
	if g == gSeason && t.Month() <= 2 {
		y-- // January and February are in the winter that began the year before
	}
	if y > 9999 || y < -9998 {
		return ""
	}
	if y <= 0 {
		if g == gWeek {
			return ""
		}
		out = append(out, 'B', 'C')
		y = 1 - y
	}
	switch g {
	case gDay, gTime:
		pad(y, 4)
		out = append(out, '-')
		pad(int(t.Month()), 2)
		out = append(out, '-')
		pad(t.Day(), 2)
	case gWeek:
		wy, w := t.ISOWeek()
		pad(wy, 4)
		out = append(out, '-', 'W')
		pad(w, 2)
	case gMonth:
		pad(y, 4)
		out = append(out, '-')
		pad(int(t.Month()), 2)
	case gQuarter:
		pad(y, 4)
		out = append(out, '-', 'Q', byte('0'+(int(t.Month())+2)/3))
	case gHalf:
		pad(y, 4)
		out = append(out, '-', 'H', byte('0'+(int(t.Month())+5)/6))
	case gSeason:
		season := "WI"
		switch t.Month() {
		case 3, 4, 5:
			season = "SP"
		case 6, 7, 8:
			season = "SU"
		case 9, 10, 11:
			season = "FA"
		}
		pad(y, 4)
		out = append(out, '-')
		out = append(out, season...)
	case gYear:
		pad(y, 4)
	case gDecade:
		pad(y/10, 3)
	case gCentury:
		pad(y/100, 2)
	default:
		return ""
	}
	return string(out)
}

// calOf reads a resolved value back into its first day and granularity.
func calOf(s string) (time.Time, gran, bool) {
	p, err := parse(s)
	if err != nil {
		return time.Time{}, 0, false
	}
	prec := p.precision(s)
	start, _, ok := p.bounds(prec)
	if !ok {
		return time.Time{}, 0, false
	}
	return start, precisionGran(prec), true
}

// precisionGran is the granularity of a Value's precision, or 0.
func precisionGran(p string) gran {
	switch p {
	case "time":
		return gTime
	case "day":
		return gDay
	case "week":
		return gWeek
	case "month":
		return gMonth
	case "season":
		return gSeason
	case "quarter":
		return gQuarter
	case "half":
		return gHalf
	case "year":
		return gYear
	case "decade":
		return gDecade
	case "century":
		return gCentury
	}
	return 0
}

// passing reports whether the expression at s sits in a phrase that names
// a period only as a backdrop: "after a flat second quarter", "following
// the first quarter", "since the second quarter".
func (m *matcher) passing(s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if m.tok(k).kind == tPunct {
			return false
		}
		if m.is(k, wAfter, wFollowing, wSince, wBefore) {
			return true
		}
	}
	return false
}

// reportedQuarter is the quarter a period phrase refers back to when the
// last date named is a quarter: the document's main quarter when it lies
// in the same year as the last one or the last one has not ended by the
// DCT (a forecast: "losses through the third quarter of 1990"), else the
// last one.
func (m *matcher) reportedQuarter() (time.Time, string) {
	if !m.mainQ.IsZero() && (m.mainQ.Year() == m.last.Year() || m.ahead(m.last, m.lastGran)) {
		return m.mainQ, m.mainQVal
	}
	return m.last, m.lastVal
}

// ahead reports whether the period at t (granularity g) has not ended by
// the DCT: results are reported for periods that are over, so a quarter
// still running or to come, named in a clause not told in the past, is a
// forecast's and not the report's ("analysts expect the trend to continue
// into the fourth quarter").
func (m *matcher) ahead(t time.Time, g gran) bool {
	return !m.dct.IsZero() && !endOf(t, g).Before(m.dct)
}

// startOf truncates t to the first day of its period at granularity g.
func startOf(t time.Time, g gran) time.Time {
	y, mo, d := t.Date()
	switch g {
	case gWeek:
		return civil(y, mo, d).AddDate(0, 0, -int(t.Weekday()+6)%7)
	case gMonth:
		return civil(y, mo, 1)
	case gQuarter:
		return civil(y, time.Month((int(mo)-1)/3*3+1), 1)
	case gHalf:
		return civil(y, time.Month((int(mo)-1)/6*6+1), 1)
	case gSeason:
		// seasons start in March, June, September, December
		mm := (int(mo)/3)*3 + 0
		if mm == 0 {
			return civil(y-1, 12, 1)
		}
		return civil(y, time.Month(mm), 1)
	case gYear:
		return civil(y, 1, 1)
	case gDecade:
		return civil(y/10*10, 1, 1)
	case gCentury:
		return civil(y/100*100, 1, 1)
	}
	return civil(y, mo, d)
}

// shift moves t by n periods of granularity g.
func shift(t time.Time, g gran, n int) time.Time {
	switch g {
	case gDay, gTime:
		return t.AddDate(0, 0, n)
	case gWeek:
		return t.AddDate(0, 0, 7*n)
	case gMonth:
		return t.AddDate(0, n, 0)
	case gSeason, gQuarter:
		return t.AddDate(0, 3*n, 0)
	case gHalf:
		return t.AddDate(0, 6*n, 0)
	case gYear:
		return t.AddDate(n, 0, 0)
	case gDecade:
		return t.AddDate(10*n, 0, 0)
	case gCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// endOf is the last day of the period at granularity g starting at t.
func endOf(t time.Time, g gran) time.Time {
	if g == gDay || g == gTime {
		return t
	}
	return shift(t, g, 1).AddDate(0, 0, -1)
}

// pick chooses among candidate periods (first days, granularity g) the one
// the tense points to from the anchor d: past -> the latest that has started
// by d, future -> the earliest that has not ended before d, otherwise the
// closest (the earlier on a tie).
func pick(cands []time.Time, g gran, d time.Time, tense xtense) time.Time {
	var best time.Time
	switch tense {
	case tensePast:
		for _, c := range cands {
			if !c.After(d) && (best.IsZero() || c.After(best)) {
				best = c
			}
		}
	case tenseFuture:
		for _, c := range cands {
			if !endOf(c, g).Before(d) && (best.IsZero() || c.Before(best)) {
				best = c
			}
		}
	}
	if !best.IsZero() {
		return best
	}
	bestD := time.Duration(1<<62 - 1)
	for _, c := range cands {
		var dist time.Duration
		switch e := endOf(c, g); {
		case d.Before(c):
			dist = c.Sub(d)
		case d.After(e):
			dist = d.Sub(e)
		}
		if dist < bestD || dist == bestD && c.Before(best) {
			best, bestD = c, dist
		}
	}
	return best
}

// direction describes how a value relates to its anchor, for explanations.
func direction(v, anchor time.Time) string {
	switch {
	case v.Equal(anchor):
		return "same day"
	case v.Before(anchor):
		return "before it"
	}
	return "after it"
}

// anchorName prints the DCT as "Wed 2022-09-14".
func anchorName(d time.Time) string { return d.Format("Mon 2006-01-02") }

func itoa(n int) string { return strconv.Itoa(n) }

// placeholder is the value of a relative expression when there is no DCT.
func placeholder(g gran) string {
	switch g {
	case gTime, gDay:
		return "XXXX-XX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gMonth:
		return "XXXX-XX"
	case gQuarter:
		return "XXXX-QX"
	case gHalf:
		return "XXXX-HX"
	case gDecade:
		return "XXX"
	case gCentury:
		return "XX"
	}
	return "XXXX"
}

// relativeDate resolves "n periods from the anchor" at granularity g.
func (m *matcher) relativeDate(c *cand, g gran, n int, rule ruleID) bool {
	c.rule = rule
	if m.dct.IsZero() {
		c.val = placeholder(g)
		return true
	}
	c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	c.val = format(shift(startOf(m.dct, g), g, n), g)
	return true
}

// noToken stands for positions outside the sentence; never written.
var noToken token

// tok is token i, or the zero token outside the sentence.
func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.toks) {
		return &noToken
	}
	return &m.toks[i]
}
