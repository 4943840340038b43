package geo

import (
	"math"
	"slices"
	"strings"
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
var connectors = wordSet(`of the de del da do dos das la le les los las and upon on am an der di du el al y sur en op aan`)

// minAlternatePopulation is the least population of a town that a bare
// alternate name may stand for: foreign and historic names of small towns
// collide with English words and surnames.
const minAlternatePopulation = 50000

// maxNameWords bounds how many words a name match may span.
const maxNameWords = 6

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into words in one pass. A word may hold inner
// hyphens and apostrophes ("Nur-Sultan", "Côte d'Ivoire" as two words) and
// the periods of an initialism ("U.S."); a possessive "'s" is left out.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6+1) // about one word in six bytes
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
			case '.', '!', '?', ':', '\n', ';', '“', '"', '(', '[', '•', '|':
				sentence = true
			}
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
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
		t := token{start: start, end: end, key: Fold(word), cap: unicode.IsUpper(first), sentStart: sentence, line: line}
		letters, upper := 0, 0
		for _, r := range word {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
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

// candidate is a way to read a mention.
type candidate struct {
	ref
	score float64
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
	persons := g.personTokens(toks)
	for _, t := range toks {
		if !t.cap {
			persons[lowerMark+t.key] = true
		}
	}
	surnames := map[string]bool{}
	var ms []match
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap {
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
		refs, surname := g.evidence(text, toks, m, persons, prevLast)
		if surname {
			surnames[m.key] = true
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
func (g *Gazetteer) evidence(text string, toks []token, m match, persons map[string]bool, prevLast int) (refs []ref, surname bool) {
	first, last := toks[m.first], toks[m.last]
	single := m.first == m.last
	if notPlaces[m.key] {
		return nil, false
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
		if p.cap && !commonWords[p.key] && !connectors[p.key] && !p.allCaps &&
			(!p.sentStart || firstNames[p.key] || g.major(p.key) || nameLike(p.key, persons)) {
			return nil, single && !g.major(p.key) && !demonymOnly(g, p.key)
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
	if m.last+1 < len(toks) {
		n := toks[m.last+1]
		if n.space && n.cap && !n.sentStart && !n.title {
			switch {
			case orgWords[n.key] || featureWords[n.key]:
				return nil, false
			case titles[n.key] || commonWords[n.key] || n.allCaps:
			case first.allCaps && g.isPlaceStart(text, toks, m.last+1): // "US China talks"
			default:
				return nil, false
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
	for round := 0; round < 2; round++ {
		type ctx struct {
			countries map[string]int
			named     map[string]int
			admin1    map[string]int
		}
		c := ctx{map[string]int{}, map[string]int{}, map[string]int{}}
		picks := make([]Place, len(ms))
		for i, m := range ms {
			p := g.places[m.cands[0].idx]
			picks[i] = p
			if g.minor[m.cands[0].idx] {
				// Minor towns give no context: two namesakes in one
				// far-off county must not prop each other up.
				picks[i] = Place{}
				continue
			}
			if p.Country != "" {
				c.countries[p.Country]++
				if p.Precision == "country" {
					c.named[p.Country]++
				}
				if p.Admin1 != "" {
					c.admin1[p.Country+"|"+p.Admin1]++
				}
			}
		}
		// The distinct places picked, with how many mentions picked each,
		// so that the distance checks below run once per place.
		type picked struct {
			p Place
			n int
		}
		var located []picked
		seen := map[int64]int{}
		for _, p := range picks {
			if p.Country == "" {
				continue
			}
			if k, ok := seen[p.ID]; ok {
				located[k].n++
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
				s := g.rank(cd.ref)
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
						a := c.admin1[p.Country+"|"+p.Admin1]
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
						return (o.p.ID != self.ID || o.n > 1) && within(o.p, p, regionKilometres)
					}) {
						s += bonusCountry + bonusNamed
					}
				}
				if p.Precision == "city" {
					if cities.any(p, nearKilometres, func(k int) bool {
						o := located[k]
						return o.p.ID != p.ID && (o.p.ID != self.ID || o.n > 1) && within(o.p, p, nearKilometres)
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

// dropUnsupported keeps a minor town (under 15,000 people) only where the
// article supports it: the town's region is named or holds another
// mention, or "Town, Region" names it, or another mention lies within
// nearKilometres in the same country. A mention whose best reading is an
// unsupported minor town falls back to its best major reading, or goes.
func (g *Gazetteer) dropUnsupported(toks []token, ms []match) []match {
	admin1 := map[string]int{}
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
			admin1[p.Country+"|"+p.Admin1]++
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
		if admin1[p.Country+"|"+p.Admin1] >= 1 {
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
	out := ms[:0]
	for i, m := range ms {
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

// demonymOnly reports whether a folded word names places only as a
// demonym ("Chinese" in "Chinese Washington" is no given name).
func demonymOnly(g *Gazetteer, key string) bool {
	refs := g.names[key]
	return len(refs) > 0 && refs[0].via == viaDemonym
}

// lowerMark prefixes, in the persons set, the words the text also writes in
// lower case.
const lowerMark = "\x00"

// nameLike reports whether a sentence's capitalized first word looks like a
// name rather than an ordinary word: the text never writes it in lower
// case and it has no common English ending ("Visiting", "Stranded",
// "Officials").
func nameLike(key string, persons map[string]bool) bool {
	if persons[lowerMark+key] {
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
	for cy := int(math.Floor(lo / gridDegrees)); cy <= int(math.Floor(hi/gridDegrees)); cy++ {
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
