package geo

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Mention is a place named in a text.
type Mention struct {
	Start, End int    // byte offsets, half-open
	Text       string // as written: "Nur-Sultan", "Kazakh"
	Place      Place
	Via        string  // "name", "alternate", "demonym", "abbreviation"
	Score      float64 // confidence 0..1 of the disambiguation
}

// token is a word of the text.
type token struct {
	start, end int
	key        string // folded
	cap        bool   // starts with an upper-case letter
	allCaps    bool   // two or more letters, all upper case
	sentStart  bool   // first word of a sentence, line or quotation
	space      bool   // separated from the previous token by exactly one space
	comma      bool   // separated from the previous token by ", "
	title      bool   // in a Title Case line (a headline), where capitals say little
	line       int    // line number, counting from 0
}

// connectors may stand lower-case inside a multiword name ("Gulf of Aden").
var connectors = wordSet(`of the es de del da do dos das la le les los las and upon on am an der di du el al y sur en op aan`)

// minAlternatePopulation is the least population of a town that a bare
// alternate name may stand for: foreign and historic names of small towns
// collide with English words and surnames.
const minAlternatePopulation = 50000

// maxNameWords bounds how many words a name match may span.
const maxNameWords = 6

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordsHint is about how many words text has, to size a slice of its
// tokens: the starts of runs of letters, digits and non-ASCII bytes.
func wordsHint(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		w := c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if w && !in {
			n++
		}
		in = w
	}
	return n + n/8 + 1
}

// lowerASCII is s with its ASCII capitals in lower case, byte for byte.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// lowerWords are the words a text writes in lower case. The first few
// questions scan the tokens; more gather them in a set, once.
type lowerWords struct {
	toks  []token
	scans int
	set   map[string]bool
}

// lowerScans is how many questions scan the tokens before a set is built:
// a scan costs a fraction of building the set, and most texts ask little.
const lowerScans = 4

func (l *lowerWords) has(key string) bool {
	if l.set == nil && l.scans < lowerScans {
		l.scans++
		for _, t := range l.toks {
			if !t.cap && t.key == key {
				return true
			}
		}
		return false
	}
	if l.set == nil {
		l.set = map[string]bool{}
		for _, t := range l.toks {
			if !t.cap && !l.set[t.key] {
				l.set[t.key] = true
			}
		}
	}
	return l.set[key]
}

// tokenBufs keeps the token slices of parsed texts for the next
// (*[]token, emptied): a text has a token per word, needed only while it
// is parsed.
var tokenBufs sync.Pool

// tokenize splits text into words in one pass. A word may hold inner
// hyphens and apostrophes ("Nur-Sultan", "Côte d'Ivoire" as two words) and
// the periods of an initialism ("U.S."); a possessive "'s" is left out.
func tokenize(text string) []token {
	// A kept slice of about the size will do: append grows it if need be.
	var toks []token
	if p, ok := tokenBufs.Get().(*[]token); ok && cap(*p) >= len(text)/8 {
		toks = (*p)[:0]
	} else {
		toks = make([]token, 0, wordsHint(text))
	}
	low := lowerASCII(text)
	i := 0
	sentence := true
	line := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if r == '\n' {
				line++
			}
			switch r {
			case '.', '!', '?', ':', '\n', ';', '“', '"', '(', '[', '•', '|', '—', '–':
				// A dash ends a dateline: "KUMASI, Ghana — Cocoa farmers".
				sentence = true
			}
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			if c := text[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				r2, n2 := utf8.DecodeRuneInString(text[i+n:])
				if i+n < len(text) && isWordRune(r2) {
					if r == '.' && !(unicode.IsUpper(r2) && i-start <= 2 && (i+n+n2 == len(text) || text[i+n+n2] == '.')) {
						break // a sentence end, not an initialism
					}
					i += n
					continue
				}
			}
			break
		}
		end := i
		// An initialism keeps its final period: "U.S.", "U.K.".
		if end < len(text) && text[end] == '.' && strings.Count(text[start:end], ".") >= 1 && end-start <= 5 {
			end++
			i++
		} else if end < len(text) && text[end] == '.' && unicode.IsUpper(first(text[start:end])) && periodAbbrevs[Fold(text[start:end])] {
			// "St. Louis", "Mt. Kenya", "Gen. Smith": the period abbreviates
			// and ends no sentence.
			end++
			i++
		}
		word := text[start:end]
		// Drop a possessive: "China's", "Xi’s".
		if s, ok := strings.CutSuffix(word, "'s"); ok && s != "" {
			end -= 2
			word = s
		} else if s, ok := strings.CutSuffix(word, "’s"); ok && s != "" {
			end -= len("’s")
			word = s
		}
		first, _ := utf8.DecodeRuneInString(word)
		t := token{start: start, end: end, cap: unicode.IsUpper(first), sentStart: sentence, line: line}
		// A word of ASCII letters, digits and apostrophes folds to its
		// lower case, which low holds.
		letters, upper, plain := 0, 0, true
		for k := 0; k < len(word); k++ {
			switch c := word[k]; {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				letters++
				upper++
			case '0' <= c && c <= '9' || c == '\'':
			default:
				plain = false
			}
		}
		if plain {
			t.key = low[start:end]
		} else {
			t.key = Fold(word)
			letters, upper = 0, 0
			for _, r := range word {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
		}
		t.allCaps = letters >= 2 && upper == letters
		if len(toks) > 0 {
			sep := text[toks[len(toks)-1].end:start]
			t.space = sep == " "
			t.comma = sep == ", "
		}
		toks = append(toks, t)
		sentence = false
	}
	markTitleCase(toks)
	return toks
}

// markTitleCase flags the tokens of lines written in Title Case ("China's
// Xi Visits Kazakhstan Ahead Of Summit"): four or more longer words, nearly
// all capitalized.
func markTitleCase(toks []token) {
	for i := 0; i < len(toks); {
		j := i
		long, caps := 0, 0
		for ; j < len(toks) && toks[j].line == toks[i].line; j++ {
			if len(toks[j].key) >= 4 && !toks[j].allCaps {
				long++
				if toks[j].cap {
					caps++
				}
			}
		}
		small := 0 // capitalized small words: "Of", "In", "With"
		for k := i; k < j; k++ {
			if toks[k].cap && !toks[k].sentStart && headlineWords[toks[k].key] {
				small++
			}
		}
		if long >= 4 && caps*10 >= long*8 && small > 0 {
			for k := i; k < j; k++ {
				toks[k].title = true
			}
		}
		i = j
	}
}

func first(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// candidate is a way to read a mention.
type candidate struct {
	ref
	score float64
	ev    float64 // the evidence of the article's other names for it
}

// match is a name found in the text before disambiguation.
type match struct {
	first, last int // token range, inclusive
	start, end  int
	key         string
	cands       []candidate
}

// Parse finds and resolves every place mention in an article,
// disambiguating each against the article's other mentions. Mentions come
// in text order and do not overlap.
func (g *Gazetteer) Parse(text string) []Mention {
	toks := tokenize(text)
	defer func() {
		clear(toks) // keep no text alive
		toks = toks[:0]
		tokenBufs.Put(&toks)
	}()
	persons := g.personTokens(toks)
	lower := &lowerWords{toks: toks}
	surnames := map[string]bool{}
	var ms []match
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap {
			continue
		}
		if u, ok := g.union(toks, i); ok {
			ms = append(ms, u)
			continue
		}
		m, ok := g.longest(text, toks, i)
		if !ok {
			// "Russia-Ukraine war", "Kazakh-Chinese ties": the parts may be places.
			ms = append(ms, g.hyphenParts(text, toks, i)...)
			continue
		}
		prevLast := -2
		if len(ms) > 0 {
			prevLast = ms[len(ms)-1].last
		}
		refs, surname := g.evidence(text, toks, m, persons, lower, prevLast)
		if surname {
			surnames[m.key] = true
		}
		if len(refs) > 0 && i > 0 && toks[i-1].key == "greater" && toks[i-1].cap && toks[i].space && m.first == m.last {
			// "Greater Manchester", "Greater Accra": the city's region, named by it.
			m.start = toks[i-1].start
		}
		if len(refs) > 0 {
			m.cands = make([]candidate, len(refs))
			for k, r := range refs {
				m.cands[k] = candidate{ref: r, score: g.rank(r)}
			}
			ms = append(ms, m)
		}
		i = m.last
	}
	// A name the article gives someone as a surname ("Denzel Washington")
	// is that person wherever it stands alone in the article.
	if len(surnames) > 0 {
		ms = slices.DeleteFunc(ms, func(m match) bool {
			return m.first == m.last && surnames[m.key] && m.cands[0].via != viaDemonym && !toks[m.first].allCaps
		})
	}
	g.disambiguate(toks, ms)
	ms = g.dropUnsupported(toks, ms)
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		best := m.cands[0]
		var z float64
		for _, c := range m.cands {
			z += math.Exp((c.score - best.score) / 0.15)
		}
		// "Ill." and "Ore." keep their period; "US." at a sentence end does not.
		if best.via == viaAbbreviation && m.end < len(text) && text[m.end] == '.' && !toks[m.last].allCaps {
			m.end++
		}
		out = append(out, Mention{
			Start: m.start, End: m.end, Text: text[m.start:m.end],
			Place: g.places[best.idx], Via: best.via.String(), Score: math.Round(100/z) / 100,
		})
	}
	return out
}

// unions are abbreviations of unions of countries, read as a place only
// where one is meant ("exports to the EU", "across the EU"), at the point
// of the continent that holds them; elsewhere ("the EU said", "the UN")
// they are organisations.
var unions = map[string]int64{"eu": 6255148} // Europe

// union reads the abbreviation of a union of countries at token i as a
// place when a locative preposition and "the" precede it.
func (g *Gazetteer) union(toks []token, i int) (match, bool) {
	t := toks[i]
	id, ok := unions[t.key]
	if !ok || !t.allCaps || i < 2 || toks[i-1].key != "the" || !locatives[toks[i-2].key] {
		return match{}, false
	}
	idx, ok := g.byID[id]
	if !ok {
		return match{}, false
	}
	return match{first: i, last: i, start: t.start, end: t.end, key: t.key,
		cands: []candidate{{ref: ref{idx: idx, via: viaAbbreviation}, score: g.rank(ref{idx: idx, via: viaAbbreviation})}}}, true
}

// hyphenParts finds the places among the parts of a hyphenated word that
// is no name as a whole. Only capitalized parts that name a major place by
// its name, a big alternate name or a demonym count.
func (g *Gazetteer) hyphenParts(text string, toks []token, i int) []match {
	t := toks[i]
	word := text[t.start:t.end]
	if !strings.Contains(word, "-") {
		return nil
	}
	var out []match
	off := t.start
	for part := range strings.SplitSeq(word, "-") {
		start, end := off, off+len(part)
		off = end + 1
		first, _ := utf8.DecodeRuneInString(part)
		key := Fold(part)
		if !unicode.IsUpper(first) || len(key) < 3 || alwaysCommon[key] || commonWords[key] || notPlaces[key] || firstNames[key] {
			continue
		}
		var cands []candidate
		for _, r := range g.names[key] {
			p := g.places[r.idx]
			if g.minor[r.idx] || r.via == viaAbbreviation || (r.via == viaAlternate && p.Precision == "city" && p.Population < minAlternatePopulation) {
				continue
			}
			cands = append(cands, candidate{ref: r, score: g.rank(r)})
		}
		if len(cands) > 0 {
			out = append(out, match{first: i, last: i, start: start, end: end, key: key, cands: cands})
		}
	}
	// "Asia-Pacific", "Indo-Pacific", "Euro-Atlantic": continents and
	// oceans joined name one region, which is neither of them.
	if len(out) > 0 && !slices.ContainsFunc(out, func(m match) bool {
		return g.places[m.cands[0].idx].Country != ""
	}) {
		return nil
	}
	return out
}

// longest finds the longest gazetteer name starting at token i.
func (g *Gazetteer) longest(text string, toks []token, i int) (match, bool) {
	var best match
	found := false
	limit := min(len(toks), i+min(g.maxWords, maxNameWords))
	for j := i; j < limit; j++ {
		if j > i {
			t := toks[j]
			if !t.space || t.sentStart {
				break
			}
			if !t.cap && !connectors[t.key] {
				break
			}
		}
		if !toks[j].cap {
			continue
		}
		var key string
		if j == i {
			key = toks[i].key
		} else {
			key = Fold(text[toks[i].start:toks[j].end])
		}
		refs, ok := g.names[key]
		if ok && j > i && strings.Contains(key, " and ") && g.places[refs[0].idx].Precision != "country" {
			ok = false // "Latin America and the Caribbean" is two places; "Trinidad and Tobago" one
		}
		if ok && len(refs) > 0 {
			best = match{first: i, last: j, start: toks[i].start, end: toks[j].end, key: key}
			found = true
		}
	}
	return best, found
}

// personTokens are the words of the text that name people: the words after
// a title ("President Tokayev", "Pope Francis") or a first name ("Vladimir
// Putin"). A later lone "Putin" is then no place either.
func (g *Gazetteer) personTokens(toks []token) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.cap || t.title || !(titles[t.key] || firstNames[t.key]) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			n := toks[j]
			if !n.cap || !n.space || titles[n.key] {
				break
			}
			if _, place := g.names[n.key]; place && j == i+1 && !firstNames[t.key] {
				// "President Xi" marks Xi; "Kazakh President" is not here.
				out[n.key] = true
				continue
			}
			out[n.key] = true
		}
	}
	return out
}

func (g *Gazetteer) isPlaceStart(text string, toks []token, i int) bool {
	if i >= len(toks) || !toks[i].cap {
		return false
	}
	_, ok := g.longest(text, toks, i)
	return ok
}

// evidence decides whether a name match is a place mention and returns the
// readings that survive, best first; none when it is not a place.
// surname is true when the match was dropped for following a given name or
// another unknown capitalized word ("Andy Mok", "Denzel Washington").
//
// prevLast is the last token of the previous place mention, so that "Ill."
// and "TX" count only right after one ("Springfield, Ill.").
func (g *Gazetteer) evidence(text string, toks []token, m match, persons map[string]bool, lower *lowerWords, prevLast int) (refs []ref, surname bool) {
	first, last := toks[m.first], toks[m.last]
	single := m.first == m.last
	if notPlaces[m.key] {
		return nil, false
	}
	// "White House", "Harvard University", "Police": an institution, where
	// the name stands only for towns ("West Bank" is a region).
	if institutionWords[last.key] && g.townsOnly(m.key) {
		return nil, false
	}
	demonym := slices.ContainsFunc(g.names[m.key], func(r ref) bool { return r.via == viaDemonym })
	if demonym && isPeopleNoun(g, m.key) {
		return nil, false // "Mexicans", "Russians": people, not a place
	}
	// "Kim said", "said Kim", "according to Kim": a small place's name
	// next to a verb of speech is a person speaking.
	if single && !first.allCaps && !g.prominent(m.key) && g.townsOnly(m.key) && nextToSpeech(toks, m.first) &&
		!(m.first > 0 && (toks[m.first-1].key == "of" || toks[m.first-1].key == "in")) {
		return nil, true
	}
	if single {
		abbr := first.allCaps && slices.ContainsFunc(g.names[m.key], func(r ref) bool { return r.via == viaAbbreviation })
		if (alwaysCommon[m.key] && !abbr) || ((first.sentStart || first.title || first.allCaps) && commonWords[m.key] && !abbr) || persons[m.key] {
			return nil, false
		}
		if firstNames[m.key] && m.last+1 < len(toks) && toks[m.last+1].cap && toks[m.last+1].space {
			return nil, false
		}
	}
	if m.first > 0 && first.space && !first.title {
		p := toks[m.first-1]
		// After a title: a person ("President Jordan").
		if p.cap && titles[p.key] {
			return nil, false
		}
		// Inside a longer proper name ("Al Jazeera", "Andy Mok", "Jordan
		// Henderson"); a sentence's first word only counts when it is a
		// given name or a place itself.
		// A country's name is rarely a surname: after a sentence's first
		// word ("Given Tunisia's debt") it stays a place unless that word
		// is a given name.
		country := g.namesCountry(m.key)
		if p.cap && !commonWords[p.key] && !connectors[p.key] && !p.allCaps &&
			(!p.sentStart || firstNames[p.key] || g.major(p.key) || (nameLike(p.key, lower) && !country)) &&
			!(country && p.sentStart && !firstNames[p.key]) {
			// The name is then a surname for the rest of the article,
			// unless it is a country's.
			surname := single && !g.major(p.key) && !demonymOnly(g, p.key) && (!country || firstNames[p.key])
			return nil, surname
		}
	}
	// "Gulf of Mexico", "University of Texas": part of a longer name.
	if m.first >= 2 && first.space && toks[m.first-1].key == "of" && toks[m.first-1].space {
		if p := toks[m.first-2]; p.cap && (featureWords[p.key] || orgWords[p.key]) {
			return nil, false
		}
	}
	// Before an organization or feature word or another capitalized word
	// ("Shanghai Cooperation Organization", "Jordan River", "Xi Jinping").
	// A country's demonym stays one before a name: "Russian Foreign
	// Ministry", "Canadian Prime Minister"; a continent's or world
	// region's begins the name of a body ("European Central Bank",
	// "African Union").
	if m.last+1 < len(toks) && !(single && demonymOnly(g, m.key) && !g.regionDemonym(m.key)) {
		n := toks[m.last+1]
		if n.space && n.cap && !n.sentStart && !n.title {
			switch {
			case single && g.regionDemonym(m.key):
				return nil, false
			case orgWords[n.key] || featureWords[n.key] || institutionWords[n.key]:
				return nil, false
			case titles[n.key] || commonWords[n.key] || n.allCaps:
			case first.allCaps && g.isPlaceStart(text, toks, m.last+1): // "US China talks"
			default:
				// A given name before a surname ("Kim Jong Un"): a later
				// lone "Kim" is that person too, unless the name is a
				// prominent place ("Paris Hilton" leaves Paris alone).
				return nil, single && !g.prominent(m.key)
			}
		}
	}
	afterPlace := m.first > 0 && first.comma && prevLast == m.first-1
	var out []ref
	for _, r := range g.names[m.key] {
		p := g.places[r.idx]
		switch r.via {
		case viaAbbreviation:
			if p.Precision == "country" {
				// US, U.S., UK: written in capitals, not "Us" at a sentence start.
				if !first.allCaps && !strings.Contains(text[m.start:m.end], ".") {
					continue
				}
			} else if !afterPlace { // "Chicago, Ill.", "Austin, TX"
				continue
			}
		case viaAlternate:
			if len(m.key) <= 3 || g.minor[r.idx] {
				continue
			}
			if p.Precision != "country" && g.namesCountry(m.key) {
				continue // "Mexico" is the country, not Mexico City
			}
			if p.Precision == "city" && p.Population < minAlternatePopulation {
				continue
			}
		case viaName, viaDemonym:
			if first.allCaps && single && len(m.key) < 4 {
				continue // acronyms: SCO, AP
			}
		}
		out = append(out, r)
	}
	if single && first.allCaps && len(out) > 0 && out[0].via != viaAbbreviation && len(m.key) < 4 {
		return nil, false
	}
	// "Saudi officials": a name that is also the place's adjective is the
	// adjective unless a locative or "of" puts it as a place ("flew to
	// Saudi", "the king of Saudi").
	if single && g.adjectives[m.key] && !(m.first > 0 && (locatives[toks[m.first-1].key] || toks[m.first-1].key == "of")) {
		for i, r := range out {
			if r.via == viaAlternate {
				out[i].via = viaDemonym
			}
		}
	}
	if m.last+1 < len(toks) && toks[m.last+1].space && !toks[m.last+1].cap && adminWords[toks[m.last+1].key] {
		// "Balıkesir province", "Idlib governorate": the region, where
		// the gazetteer has one of the name, not its capital city.
		var admin []ref
		for _, r := range out {
			if strings.HasPrefix(g.places[r.idx].Feature, "A.ADM") {
				admin = append(admin, r)
			}
		}
		if len(admin) > 0 {
			out = admin
		}
	}
	_ = last
	return out, false
}

// Context weights.
const (
	bonusCountry   = 0.25 // another mention lies in the candidate's country
	bonusNamed     = 0.1  // ... and that country is named itself
	bonusAdmin1    = 0.3  // another mention lies in, or is, the candidate's region
	bonusComma     = 1.0  // "Paris, Texas": the next mention contains the candidate
	bonusNear      = 0.15 // another mention lies within 300 km
	nearKilometres = 300
	// regionKilometres is how near another mention must lie to a sea or
	// world region for it to count as context.
	regionKilometres = 1500
)

// disambiguate rescores every mention's readings against the others' and
// sorts them, best first. Mentions of the same name share one reading.
func (g *Gazetteer) disambiguate(toks []token, ms []match) {
	ev := g.regionEvidence(toks, ms)
	// The evidence of the other names is the same in both rounds: work it
	// out once per reading of each distinct name.
	perName := map[string]map[int32]float64{}
	for i := range ms {
		m := &ms[i]
		byIdx, ok := perName[m.key]
		if !ok {
			byIdx = make(map[int32]float64, len(m.cands))
			for _, cd := range m.cands {
				b := ev.bonus(m.key, g.places[cd.idx])
				if g.minor[cd.idx] {
					// A village of the article's region is still a village:
					// the region's evidence counts half for it.
					b /= 2
				}
				byIdx[cd.idx] = b
			}
			perName[m.key] = byIdx
		}
		for k := range m.cands {
			m.cands[k].ev = byIdx[m.cands[k].idx]
		}
	}
	for round := 0; round < 2; round++ {
		type ctx struct {
			countries map[string]int
			named     map[string]int
			admin1    map[[2]string]int // by country and region
		}
		c := ctx{map[string]int{}, map[string]int{}, map[[2]string]int{}}
		picks := make([]Place, len(ms))
		// Context comes from the other names of the article: each name
		// counts once, however often it is repeated, so that two mentions
		// of "Kochi" do not vouch for each other's reading.
		counted := map[string]bool{}
		for i, m := range ms {
			p := g.places[m.cands[0].idx]
			picks[i] = p
			if g.minor[m.cands[0].idx] {
				// Minor towns give no context: two namesakes in one
				// far-off county must not prop each other up.
				picks[i] = Place{}
				continue
			}
			if counted[m.key] {
				continue
			}
			counted[m.key] = true
			if p.Country != "" {
				c.countries[p.Country]++
				if p.Precision == "country" {
					c.named[p.Country]++
				}
				if p.Admin1 != "" {
					c.admin1[[2]string{p.Country, p.Admin1}]++
				}
			}
		}
		// The distinct places picked, with how many distinct names picked
		// each, so that the distance checks below run once per place.
		type picked struct {
			p     Place
			names int
		}
		var located []picked
		seen := map[int64]int{}
		type namePick struct {
			key string
			id  int64
		}
		seenName := map[namePick]bool{}
		for i, p := range picks {
			if p.Country == "" {
				continue
			}
			first := !seenName[namePick{ms[i].key, p.ID}]
			seenName[namePick{ms[i].key, p.ID}] = true
			if k, ok := seen[p.ID]; ok {
				if first {
					located[k].names++
				}
				continue
			}
			seen[p.ID] = len(located)
			located = append(located, picked{p, 1})
		}
		// Indexed by where they lie, so that the distance checks look only at
		// places nearby: the work grows with the mentions, not with their square.
		all, cities := newGrid(), newGrid()
		for k, o := range located {
			all.add(o.p, k)
			if o.p.Precision == "city" {
				cities.add(o.p, k)
			}
		}
		for i := range ms {
			m := &ms[i]
			self := picks[i]
			for k := range m.cands {
				cd := &m.cands[k]
				p := g.places[cd.idx]
				s := g.rank(cd.ref) + cd.ev
				if p.Country != "" {
					n := c.countries[p.Country]
					if self.Country == p.Country {
						n--
					}
					if n > 0 {
						s += bonusCountry
					}
					nn := c.named[p.Country]
					if self.Country == p.Country && self.Precision == "country" {
						nn--
					}
					if nn > 0 && p.Precision != "country" {
						s += bonusNamed
					}
					if p.Admin1 != "" {
						a := c.admin1[[2]string{p.Country, p.Admin1}]
						if self.Country == p.Country && self.Admin1 == p.Admin1 {
							a--
						}
						if a > 0 {
							s += bonusAdmin1
						}
					}
				}
				// "City, Region" and "City, Country".
				if i+1 < len(ms) && toks[ms[i+1].first].comma && ms[i+1].first == m.last+1 {
					for _, oc := range ms[i+1].cands {
						o := g.places[oc.idx]
						if contains(o, p) {
							s += bonusComma
							break
						}
					}
				}
				if i > 0 && toks[m.first].comma && ms[i-1].last+1 == m.first {
					for _, oc := range ms[i-1].cands {
						if contains(p, g.places[oc.idx]) {
							s += bonusComma / 2
							break
						}
					}
				}
				if p.Country == "" {
					// A sea or world region near the article's other places.
					if all.any(p, regionKilometres, func(k int) bool {
						o := located[k]
						return (o.p.ID != self.ID || o.names > 1) && within(o.p, p, regionKilometres)
					}) {
						s += bonusCountry + bonusNamed
					}
				}
				if p.Precision == "city" {
					if cities.any(p, nearKilometres, func(k int) bool {
						o := located[k]
						return o.p.ID != p.ID && (o.p.ID != self.ID || o.names > 1) && within(o.p, p, nearKilometres)
					}) {
						s += bonusNear
					}
				}
				cd.score = s
			}
			slices.SortStableFunc(m.cands, func(a, b candidate) int {
				switch {
				case a.score > b.score:
					return -1
				case a.score < b.score:
					return 1
				}
				return 0
			})
		}
		// One sense per discourse: mentions of one name take the reading
		// the best-supported mention of it takes.
		bestOf := map[string]candidate{}
		for _, m := range ms {
			if b, ok := bestOf[m.key]; !ok || m.cands[0].score > b.score {
				bestOf[m.key] = m.cands[0]
			}
		}
		for i := range ms {
			b := bestOf[ms[i].key]
			for k, cd := range ms[i].cands {
				if cd.idx == b.idx && k > 0 {
					cd.score = ms[i].cands[0].score
					copy(ms[i].cands[1:k+1], ms[i].cands[:k])
					ms[i].cands[0] = cd
					break
				}
			}
		}
	}
}

// Weights of the article's regional evidence (see regionEvidence).
const (
	bonusRegionEvidence  = 0.3  // per unit of evidence for the candidate's first-level region
	bonusCountryEvidence = 0.15 // per unit of evidence for the candidate's country
	maxEvidence          = 1.5  // evidence counts up to this many units
	maxSpread            = 4    // a name that may lie in more regions than this says nothing
	datelineWeight       = 2    // a dateline's region weighs as much as two other names
)

// articleEvidence is what the article's names, taken together, say about
// the regions and countries it is about: each name spreads one unit over
// the first-level regions (and, apart, the countries) its readings lie in,
// minor towns included. "Watkinsville" lies only in Georgia, US, and gives
// it a whole unit; "Clarke County" lies in six states and gives none; a
// dateline's region ("PARIS, Ky. —") weighs double.
type articleEvidence struct {
	region, country map[string]float64
	own             map[string]nameSpread // folded name -> its own share
}

type nameSpread struct {
	regions, countries map[string]bool
	wRegion, wCountry  float64
}

func regionKey(p Place) string {
	if p.Country == "" || p.Admin1 == "" {
		return ""
	}
	return p.Country + "|" + p.Admin1
}

func (g *Gazetteer) regionEvidence(toks []token, ms []match) articleEvidence {
	ev := articleEvidence{region: map[string]float64{}, country: map[string]float64{}, own: map[string]nameSpread{}}
	dateline := datelineMatch(toks, ms)
	for i, m := range ms {
		if _, ok := ev.own[m.key]; ok {
			continue
		}
		sp := nameSpread{regions: map[string]bool{}, countries: map[string]bool{}}
		for _, c := range m.cands {
			p := g.places[c.idx]
			if r := regionKey(p); r != "" {
				sp.regions[r] = true
			}
			if p.Country != "" {
				sp.countries[p.Country] = true
			}
		}
		weight := 1.0
		if i == dateline {
			weight = datelineWeight
		}
		if n := len(sp.regions); n > 0 && n <= maxSpread {
			sp.wRegion = weight / float64(n)
			for r := range sp.regions {
				ev.region[r] += sp.wRegion
			}
		}
		if n := len(sp.countries); n > 0 && n <= maxSpread {
			sp.wCountry = weight / float64(n)
			for cc := range sp.countries {
				ev.country[cc] += sp.wCountry
			}
		}
		ev.own[m.key] = sp
	}
	return ev
}

// bonus is the evidence of the article's other names for reading a
// mention of key as p.
func (ev articleEvidence) bonus(key string, p Place) float64 {
	own := ev.own[key]
	var s float64
	if r := regionKey(p); r != "" {
		e := ev.region[r]
		if own.regions[r] {
			e -= own.wRegion
		}
		s += bonusRegionEvidence * min(e, maxEvidence)
	}
	if p.Country != "" {
		e := ev.country[p.Country]
		if own.countries[p.Country] {
			e -= own.wCountry
		}
		s += bonusCountryEvidence * min(e, maxEvidence)
	}
	return s
}

// datelineMatch finds the region of a dateline, "ALEXANDRIA, Va. —" or
// "PARIS, Texas (AP) —": the mention after the comma of a capitalized
// place that opens the text or a line. It returns -1 when there is none.
func datelineMatch(toks []token, ms []match) int {
	for i := 0; i+1 < len(ms) && i < 2; i++ {
		m, n := ms[i], ms[i+1]
		first := toks[m.first]
		if !first.allCaps || !(m.first == 0 || toks[m.first-1].line != first.line) {
			continue
		}
		if n.first == m.last+1 && toks[n.first].comma && toks[n.first].line == first.line {
			return i + 1
		}
	}
	return -1
}

// contains reports whether the region or country o contains place p.
func contains(o, p Place) bool {
	switch o.Precision {
	case "country":
		return p.Country == o.Country && p.ID != o.ID
	case "region":
		return o.Feature == "A.ADM1" && p.Country == o.Country && p.Admin1 == o.Name && p.ID != o.ID
	}
	return false
}

// within reports whether two places lie less than km apart; it skips the
// trigonometry for places whose latitudes alone are too far apart.
func within(a, b Place, km float64) bool {
	if math.Abs(a.Lat-b.Lat)*111.2 > km {
		return false
	}
	return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) < km
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// DistanceKm is the great-circle distance between two places in kilometres.
func DistanceKm(a, b Place) float64 { return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) }

// smallTownPopulation bounds the towns whose name at a sentence's start
// needs the article's support.
const smallTownPopulation = 100000

// dropUnsupported keeps a minor town (under 15,000 people) only where the
// article supports it: the town's region is named or holds another
// mention, or "Town, Region" names it, or another mention lies within
// nearKilometres in the same country. A mention whose best reading is an
// unsupported minor town falls back to its best major reading, or goes.
func (g *Gazetteer) dropUnsupported(toks []token, ms []match) []match {
	admin1 := map[[2]string]int{} // by country and region
	countries := map[string]int{}
	for _, m := range ms {
		if g.minor[m.cands[0].idx] {
			continue
		}
		p := g.places[m.cands[0].idx]
		if p.Country != "" {
			countries[p.Country]++
		}
		if p.Admin1 != "" {
			admin1[[2]string{p.Country, p.Admin1}]++
		}
	}
	supported := func(i int, p Place) bool {
		m := ms[i]
		if i+1 < len(ms) && ms[i+1].first == m.last+1 && toks[ms[i+1].first].comma && contains(g.places[ms[i+1].cands[0].idx], p) {
			return true
		}
		if countries[p.Country] < 1 {
			return false
		}
		if admin1[[2]string{p.Country, p.Admin1}] >= 1 {
			return true
		}
		for j, o := range ms {
			q := g.places[o.cands[0].idx]
			if j != i && !g.minor[o.cands[0].idx] && q.ID != p.ID && q.Precision == "city" && q.Country == p.Country && within(q, p, nearKilometres) {
				return true
			}
		}
		return false
	}
	// A sentence's first word that names only a small town ("Cocoa
	// farmers", "Reading") is a capitalized common word unless the article
	// is about the town's country.
	smallAtStart := func(i int) bool {
		m := ms[i]
		t := toks[m.first]
		if m.first != m.last || !t.sentStart || t.allCaps || t.title {
			return false
		}
		for _, c := range m.cands {
			p := g.places[c.idx]
			if !g.minor[c.idx] && (p.Precision != "city" || p.Population >= smallTownPopulation) {
				return false
			}
		}
		p := g.places[m.cands[0].idx]
		for j, o := range ms {
			if j != i && o.key != m.key && g.places[o.cands[0].idx].Country == p.Country {
				return false
			}
		}
		return true
	}
	out := ms[:0]
	for i, m := range ms {
		if smallAtStart(i) {
			continue
		}
		if g.minor[m.cands[0].idx] && !supported(i, g.places[m.cands[0].idx]) {
			k := slices.IndexFunc(m.cands, func(c candidate) bool { return !g.minor[c.idx] })
			if k < 0 {
				continue
			}
			c := m.cands[k]
			copy(m.cands[1:k+1], m.cands[:k])
			m.cands[0] = c
		}
		out = append(out, m)
	}
	return out
}

// nextToSpeech reports whether the word at i stands next to a verb of
// speech: "Kim said", "said Kim", "told Kim", "according to Kim".
func nextToSpeech(toks []token, i int) bool {
	if i+1 < len(toks) && speechVerbs[toks[i+1].key] && !toks[i+1].cap && toks[i+1].space {
		return true
	}
	if i > 0 && speechVerbs[toks[i-1].key] && toks[i].space && !toks[i].sentStart {
		return true
	}
	return i > 1 && toks[i-1].key == "to" && toks[i-2].key == "according" && toks[i].space
}

// isPeopleNoun reports whether a demonym names people in the plural
// ("Mexicans", "Russians", "New Yorkers") rather than qualifying a noun as
// the country's ("Mexican", "Swiss", "Chinese").
func isPeopleNoun(g *Gazetteer, key string) bool {
	if !strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ss") {
		return false
	}
	if _, ok := g.names[strings.TrimSuffix(key, "s")]; ok {
		return true
	}
	return strings.HasSuffix(key, "ans") || strings.HasSuffix(key, "ers") || strings.HasSuffix(key, "ites")
}

// townsOnly reports whether every reading of a folded name is a town.
func (g *Gazetteer) townsOnly(key string) bool {
	for _, r := range g.names[key] {
		if g.places[r.idx].Precision != "city" {
			return false
		}
	}
	return true
}

// namesCountry reports whether a folded name is a country's own name.
func (g *Gazetteer) namesCountry(key string) bool {
	for _, r := range g.names[key] {
		if r.via == viaName && g.places[r.idx].Precision == "country" {
			return true
		}
	}
	return false
}

// prominent reports whether a folded name names a country, a continent, a
// first-level region, a sea or a city of 100,000 or more.
func (g *Gazetteer) prominent(key string) bool {
	for _, r := range g.names[key] {
		p := g.places[r.idx]
		if g.minor[r.idx] || r.via == viaAlternate {
			continue
		}
		switch {
		case p.Precision == "country", p.Precision == "continent", p.Feature == "A.ADM1", p.Country == "":
			return true
		case p.Precision == "city" && p.Population >= 100000:
			return true
		}
	}
	return false
}

// demonymOnly reports whether a folded word names places only as a
// demonym ("Chinese" in "Chinese Washington" is no given name).
func demonymOnly(g *Gazetteer, key string) bool {
	refs := g.names[key]
	return len(refs) > 0 && refs[0].via == viaDemonym
}

// regionDemonym reports whether a folded demonym names a continent or a
// world region ("European", "Southeast Asian") rather than a country.
func (g *Gazetteer) regionDemonym(key string) bool {
	refs := g.names[key]
	return len(refs) > 0 && refs[0].via == viaDemonym && g.places[refs[0].idx].Country == ""
}

// nameLike reports whether a sentence's capitalized first word looks like a
// name rather than an ordinary word: the text never writes it in lower
// case and it has no common English ending ("Visiting", "Stranded",
// "Officials").
func nameLike(key string, lower *lowerWords) bool {
	if lower.has(key) {
		return false
	}
	for _, suf := range []string{"ing", "ed", "ly", "ers", "ists", "ians", "ions"} {
		if strings.HasSuffix(key, suf) {
			return false
		}
	}
	return true
}

// gridDegrees is the side of a cell of a grid, in degrees.
const gridDegrees = 2.0

// grid indexes places by the cell of latitude and longitude they lie in.
// Few places are scanned as they are: building cells costs more than it saves.
type grid struct {
	cells map[[2]int][]int
	all   []int
	pos   []Place
}

// gridScan is how many places a grid scans before it builds cells.
const gridScan = 48

func newGrid() *grid { return &grid{} }

func gridCell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat / gridDegrees)), wrapCell(int(math.Floor(lon / gridDegrees)))}
}

// wrapCell folds a longitude cell into -180..180 degrees: the cell east of
// the antimeridian's last one is its first.
func wrapCell(x int) int {
	const n = int(360 / gridDegrees)
	return ((x+n/2)%n+n)%n - n/2
}

func (g *grid) add(p Place, k int) {
	g.all = append(g.all, k)
	g.pos = append(g.pos, p)
	switch {
	case len(g.all) == gridScan+1:
		g.cells = map[[2]int][]int{}
		for i, k := range g.all {
			c := gridCell(g.pos[i].Lat, g.pos[i].Lon)
			g.cells[c] = append(g.cells[c], k)
		}
	case len(g.all) > gridScan+1:
		c := gridCell(p.Lat, p.Lon)
		g.cells[c] = append(g.cells[c], k)
	}
}

// any reports whether f holds for an indexed place that may lie within km
// of p: it visits only the cells such a place can lie in.
func (g *grid) any(p Place, km float64, f func(k int) bool) bool {
	if g.cells == nil {
		for _, k := range g.all {
			if f(k) {
				return true
			}
		}
		return false
	}
	const earthKm = 6371.0
	dlat := km / 111.19
	lo, hi := max(p.Lat-dlat, -90), min(p.Lat+dlat, 90)
	// Within km, the longitudes differ by at most 2 asin(sin(km/2R) / cos M),
	// M the largest latitude in reach (from the haversine formula).
	cellsLon := int(360 / gridDegrees)
	first, last := 0, cellsLon-1
	if m := max(math.Abs(lo), math.Abs(hi)); m < 89 {
		if s := math.Sin(km/(2*earthKm)) / math.Cos(m*math.Pi/180); s < 1 {
			dlon := 2 * math.Asin(s) * 180 / math.Pi
			first, last = int(math.Floor((p.Lon-dlon)/gridDegrees)), int(math.Floor((p.Lon+dlon)/gridDegrees))
		}
	}
	if last-first+1 >= cellsLon {
		first, last = -cellsLon/2, cellsLon/2-1
	}
	cyLo, cyHi := int(math.Floor(lo/gridDegrees)), int(math.Floor(hi/gridDegrees))
	if len(g.cells) < (cyHi-cyLo+1)*(last-first+1) {
		// Fewer cells hold places than lie in reach: look at those that do
		// (f only answers, so the order does not matter).
		for c, ks := range g.cells {
			if c[0] < cyLo || c[0] > cyHi || ((c[1]-first)%cellsLon+cellsLon)%cellsLon > last-first {
				continue
			}
			for _, k := range ks {
				if f(k) {
					return true
				}
			}
		}
		return false
	}
	for cy := cyLo; cy <= cyHi; cy++ {
		for cx := first; cx <= last; cx++ {
			for _, k := range g.cells[[2]int{cy, wrapCell(cx)}] {
				if f(k) {
					return true
				}
			}
		}
	}
	return false
}
