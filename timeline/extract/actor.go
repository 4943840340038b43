package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
)

// Kinds of actor.
const (
	ActorPerson       = "person"
	ActorOrganization = "organization"
	ActorCountry      = "country"
)

// PlaceHint tells the actor finder what the geoparser found at a span: a
// country ("China", "US") becomes a country actor under its gazetteer name,
// a demonym ("Chinese") belongs to a title, any other place is no actor.
type PlaceHint struct {
	Span    timeline.Span
	Name    string // the gazetteer's name: "United States"
	Country bool
	Demonym bool
}

// ActorMention is an actor named in a text.
type ActorMention struct {
	Span  timeline.Span  // the name, without title ("Xi Jinping" in "Chinese President Xi Jinping")
	Text  string         // the name as written
	Actor timeline.Actor // Name is canonical after ResolveActors
	Title string         // role words before the name: "Chinese President"
	// Alias is an acronym given in parentheses after an organization:
	// "SCO" in "Shanghai Cooperation Organization (SCO)".
	Alias string
	// Role is an apposition that introduces a lone name: "India's envoy"
	// in "Kim, India's envoy, arrived".
	Role string
}

// titleWords precede a person's name.
var titleWords = lexSet(`president vice prime minister secretary chancellor premier king queen prince princess
emperor pope bishop archbishop cardinal general gen colonel col lt lieutenant major sgt sergeant captain capt
admiral governor gov senator sen rep representative congressman congresswoman mayor judge justice ambassador
envoy mr mrs ms miss dr prof professor sir lord lady dame sheikh sultan emir ayatollah imam rabbi rev reverend
spokesman spokeswoman spokesperson adviser advisor analyst director chairman chairwoman ceo founder commander
chief deputy foreign defence defense finance interior state first lady leader counterpart official officials
agent detective inspector superintendent commissioner attorney solicitor speaker surgeon councillor
prosecutor lawyer
councilman councilwoman secretary-general`)

// ministryWords stand inside a long title: "Deputy Minister of Foreign Affairs".
var ministryWords = lexSet(`foreign affairs defence defense finance interior state home justice health trade
economy economic energy education culture agriculture transport security internal external national
development industry labour labor environment information communications treasury`)

// orgHeads end the name of an organization.
var orgHeads = lexSet(`organization organisation cooperation university college institute institution academy
association society foundation company corporation corp inc ltd plc llc group bank party council committee commission
agency league federation union alliance fund forum ministry department office embassy army navy forces guard
police court parliament assembly congress senate secretariat centre center service services network
government administration cabinet kremlin pentagon news times post herald journal tribune daily press
radio television network broadcasting gazette telegraph observer chronicle magazine`)

// thingHeads end names of things that are not actors: plans, laws, wars,
// events, places.
var thingHeads = lexSet(`initiative road strategy plan programme program act law treaty war pandemic
crisis summit games cup championship day week month year time festival award prize street avenue square airport
station sea ocean river lake mountains island islands region tech`)

// notActors are capitalized words and acronyms that name no actor.
var notActors = lexSet(`gmt utc est edt pst pdt bst cet am pm tv ceo covid ok dna hiv aids gdp`)

// afterTheName may follow "the Quad"-style names of groups.
var afterTheName = lexSet(`by and of in to is was has had have will would said says who which as at for on with`)

// nameTitles stay part of the name: "Pope Francis", "King Charles".
var nameTitles = lexSet(`pope king queen prince princess emperor sheikh saint`)

// notNames are capitalized words that never start or make up a name.
var notNames = lexSet(`the a an on in at of for and but or to from by with as if when while after before
since during other others his her its their our this that these those there here then he she it they we i
you monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december observers observer some many most all both each every no not
according however meanwhile although though also yet still even just only so whether what who whom which
where why how source sources photo read more your my central asian european african american western
eastern northern southern middle arab latin pacific atlantic soviet islamic catholic orthodox muslim
christian jewish protestant hindu buddhist jan feb mar apr jun jul aug sep
sept oct nov dec mon tue tues wed thu thurs fri sat one two three four five six seven eight nine ten eleven
twelve twenty thirty forty fifty hundred thousand million dozens hundreds thousands millions`)

// actorToken is a word for the actor finder.
type actorToken struct {
	start, end int
	text       string // without a possessive "'s"
	lower      string
	cap        bool // starts with a capital letter
	allCaps    bool
	sentStart  bool
	gapSpace   bool // separated from the previous token by spaces only
	possessive bool // "Tokayev’s"
}

// actorTokenBufs keeps the token slices of finished documents for the next
// (*[]actorToken, emptied): a document has a token per word, needed only
// while its actors are found.
var actorTokenBufs sync.Pool

func actorTokens(text, lower string) []actorToken {
	// A kept slice of about the size will do: append grows it if need be.
	var toks []actorToken
	if p, ok := actorTokenBufs.Get().(*[]actorToken); ok && cap(*p) >= len(text)/8 {
		toks = (*p)[:0]
	} else {
		toks = make([]actorToken, 0, wordsHint(text))
	}
	sentStart := true
	prevEnd := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !letterOrDigit(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '“' || r == '"' || r == ':' {
				sentStart = true
			}
			i += size
			continue
		}
		start := i
		for i < len(text) {
			if asciiAlnum(text[i]) {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			inner := r == '-' || r == '\'' || r == '’' || r == '.'
			if !(letterOrDigit(r) || inner) {
				break
			}
			if inner {
				// keep it only when a letter follows ("Kassym-Jomart", "U.S.")
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if !unicode.IsLetter(next) && !(r == '.' && isInitialism(text[start:i+size])) {
					break
				}
			}
			i += size
		}
		end := i
		word := text[start:end]
		possessive := false
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(word, suf) && len(word) > len(suf) {
				word, possessive = word[:len(word)-len(suf)], true
				break
			}
		}
		first, _ := utf8.DecodeRuneInString(word)
		between := text[prevEnd:start]
		var l string
		if lower != "" {
			l = lower[start : start+len(word)]
		} else {
			l = strings.ToLower(word)
		}
		toks = append(toks, actorToken{
			start: start, end: start + len(word), text: word, lower: l,
			cap: unicode.IsUpper(first), allCaps: isAllCaps(word), sentStart: sentStart, possessive: possessive,
			// A line break ends a name: every line is its own paragraph.
			gapSpace: len(toks) > 0 && (between == " " || strings.TrimSpace(between) == "" && !strings.Contains(between, "\n")),
		})
		sentStart = false
		prevEnd = end
	}
	return toks
}

// isInitialism reports "U.S." style words: single letters with periods.
func isInitialism(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i, r := range s {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// appendStateBody appends the country whose lone demonym a state body
// follows: "The Indian government has designated" names India, as "the
// Indian government". Other chains of demonyms and titles name no one.
func appendStateBody(out []ActorMention, text string, chain []actorToken, all []actorToken, at int, hintAt func(actorToken) (PlaceHint, bool)) []ActorMention {
	end := at + len(chain)
	if len(chain) != 1 || end >= len(all) {
		return out
	}
	body := all[end]
	h, ok := hintAt(chain[0])
	if !ok || !h.Country || !h.Demonym || !stateBodies[body.lower] || body.cap || !body.gapSpace || chain[0].possessive {
		return out
	}
	span := timeline.Span{Start: chain[0].start, End: body.end}
	return append(out, ActorMention{Span: span, Text: text[span.Start:span.End], Actor: timeline.Actor{Name: h.Name, Kind: ActorCountry}})
}

// stateBodies act for their country after its demonym: "the Indian
// government", "Chinese authorities".
var stateBodies = lexSet(`government authorities military navy`)

// maxChain bounds a chain of capitalized words (a name with its title and
// connectors), so that a text in title case costs linear time.
const maxChain = 16

// FindActors finds the people, organizations and countries that text names.
// A name is a run of capitalized words (with "of", "for" and "and" inside
// organization names). Titles and nationality words before it ("Chinese
// President", "Deputy Minister of Foreign Affairs") make it a person; a head
// word ("Organization", "Party") or an acronym makes it an organization; a
// country from hints makes it a country; other places are not actors. Two to
// four capitalized words without such a cue are taken as a person's name. A
// single unknown capitalized word is kept as a person only after a title; on
// its own it waits for ResolveActors to tie it to a full name.
func FindActors(text string, hints []PlaceHint) []ActorMention {
	lower, _ := lowerText(text)
	return findActors(text, lower, hints)
}

// findActors is FindActors with the text's lowerText given ("" when lower
// case changes the length of a character).
func findActors(text, lower string, hints []PlaceHint) []ActorMention {
	toks := actorTokens(text, lower)
	defer func() {
		clear(toks) // keep no text alive
		toks = toks[:0]
		actorTokenBufs.Put(&toks)
	}()
	hints = slices.Clone(hints)
	slices.SortStableFunc(hints, func(a, b PlaceHint) int { return a.Span.Start - b.Span.Start })
	hintAt := func(t actorToken) (PlaceHint, bool) {
		// Hints do not overlap: only the last one that starts at or before
		// the token can hold it.
		i := sort.Search(len(hints), func(i int) bool { return hints[i].Span.Start > t.start }) - 1
		if i >= 0 && t.end <= hints[i].Span.End {
			return hints[i], true
		}
		return PlaceHint{}, false
	}
	var out []ActorMention
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		// Collect a chain of capitalized words joined by single gaps, with
		// connectors inside.
		j := i + 1
		for j < len(toks) && j-i < maxChain {
			t := toks[j]
			if !t.gapSpace || strings.ContainsAny(text[toks[j-1].end:t.start], "(),") {
				break
			}
			if t.cap {
				if toks[j-1].possessive {
					break // a possessive ends the chain: "Russia’s Vladimir Putin"
				}
				if j-3 >= i && headingEnd(text, toks[j-3:j+1]) {
					break // a heading in capitals ends before a name: "FIRST CONFIRMED CASE Rosa Diaz"
				}
				j++
				continue
			}
			if (t.lower == "of" || t.lower == "for" || t.lower == "and") && !toks[j-1].possessive && j+1 < len(toks) && toks[j+1].cap && toks[j+1].gapSpace {
				j++
				continue
			}
			break
		}
		// Trailing connectors are not part of it.
		for j > i+1 && !toks[j-1].cap {
			j--
		}
		out = appendChain(out, text, toks[i:j], toks, i, hintAt)
		i = j
	}
	return out
}

// headingEnd reports three words in capitals (capitalsWord) followed by
// a word in title case: the end of a heading glued to a name.
func headingEnd(text string, ts []actorToken) bool {
	last := text[ts[3].start:ts[3].end]
	if len(last) < 2 || !isUpper(last[0]) || last[1] < 'a' || last[1] > 'z' {
		return false
	}
	for _, t := range ts[:3] {
		if !capitalsWord(text[t.start:t.end]) {
			return false
		}
	}
	return true
}

// appendChain appends to out the actors that a chain of capitalized tokens
// names (none, one, or those of its parts split at a connector).
func appendChain(out []ActorMention, text string, chain []actorToken, all []actorToken, at int, hintAt func(actorToken) (PlaceHint, bool)) []ActorMention {
	// Drop sentence-initial function words: "On Thursday", "The initiative".
	for len(chain) > 0 && notNames[chain[0].lower] {
		chain = chain[1:]
		at++
	}
	if len(chain) == 0 {
		return out
	}
	// Split at connectors when the parts are not one organization name:
	// "China and Russia", "Xi and Putin".
	if k := connectorIndex(chain); k > 0 && !hasOrgHead(chain) {
		out = appendChain(out, text, chain[:k], all, at, hintAt)
		return appendChain(out, text, chain[k+1:], all, at+k+1, hintAt)
	}
	// Title part: titles, nationality words, ministry words. A portfolio
	// before the title ("External Affairs Minister", "Emergency Services
	// Minister Claire Donnelly") belongs to it when a full name follows.
	t := 0
	for k := 1; k <= 3 && len(chain)-k-1 >= 2; k++ {
		if !titleWords[chain[k].lower] {
			continue
		}
		portfolio := true
		for _, c := range chain[:k] {
			if orgHeads[c.lower] || c.allCaps || c.lower == "of" || c.lower == "and" {
				portfolio = false
			}
		}
		if portfolio {
			t = k
		}
		break
	}
	for t < len(chain) {
		c := chain[t]
		h, isHint := hintAt(c)
		switch {
		case titleWords[c.lower] || (isHint && h.Demonym):
			t++
			continue
		case t > 0 && (ministryWords[c.lower] || c.lower == "of"):
			t++
			continue
		}
		break
	}
	title := ""
	if t > 0 {
		title = text[chain[0].start:chain[t-1].end]
	}
	realTitle := false // a role, not only a nationality: "President", not "Cuban"
	for _, c := range chain[:t] {
		realTitle = realTitle || titleWords[c.lower]
	}
	if !realTitle {
		title = ""
	}
	name := chain[t:]
	if len(name) == 0 {
		return appendStateBody(out, text, chain, all, at, hintAt)
	}
	if len(name) == 1 && (orgHeads[name[0].lower] || titleWords[name[0].lower]) {
		return out // "the Department", "the Minister"
	}
	span := timeline.Span{Start: name[0].start, End: name[len(name)-1].end}
	mention := ActorMention{Span: span, Text: text[span.Start:span.End], Title: title}
	last := name[len(name)-1]
	// Acronym in parentheses after the name.
	end := at + len(chain)
	if end+1 <= len(all) && end < len(all) {
		next := all[end]
		between := text[last.end:next.start]
		if strings.TrimSpace(between) == "(" && next.allCaps && next.end < len(text) && text[next.end] == ')' {
			mention.Alias = next.text
		}
	}
	if h, ok := hintAt(name[0]); ok && h.Span.End >= span.End && t == 0 {
		if h.Country && !h.Demonym {
			mention.Actor = timeline.Actor{Name: h.Name, Kind: ActorCountry}
			return append(out, mention)
		}
		return out // a place or a lone demonym: not an actor
	}
	if thingHeads[last.lower] {
		return out
	}
	if t > 0 && nameTitles[chain[t-1].lower] {
		span.Start = chain[t-1].start
		mention.Span, mention.Text = span, text[span.Start:span.End]
	}
	switch {
	case len(name) == 1 && notActors[name[0].lower]:
		return out
	case hasOrgHead(name) || (len(name) == 1 && name[0].allCaps && len(name[0].text) <= 6):
		mention.Actor = timeline.Actor{Name: mention.Text, Kind: ActorOrganization}
	case t == 0 && at > 0 && companyNoun(all[at-1].lower) && strings.TrimSpace(text[all[at-1].end:name[0].start]) == "":
		mention.Actor = timeline.Actor{Name: mention.Text, Kind: ActorOrganization} // "planemaker Aerovia"
	case len(name) == 1 && at+t > 0 && all[at+t-1].lower == "the" && title == "" && !strings.ContainsAny(name[0].text, "-.") &&
		(end >= len(all) || all[end].cap || afterTheName[all[end].lower] || strings.ContainsAny(text[last.end:all[end].start], ",.;:)")):
		mention.Actor = timeline.Actor{Name: mention.Text, Kind: ActorOrganization} // "the Quad"
	case title != "" || len(name) >= 2 && len(name) <= 4:
		for _, n := range name {
			if notNames[n.lower] || n.allCaps && len(name) > 1 {
				return out
			}
		}
		mention.Actor = timeline.Actor{Name: mention.Text, Kind: ActorPerson}
	case len(name) == 1:
		// A lone word: a surname or acronym to resolve, or nothing.
		mention.Actor = timeline.Actor{Name: mention.Text}
		if title == "" {
			mention.Role = appositiveRole(text, last.end)
		}
	default:
		return out
	}
	return append(out, mention)
}

// appositiveRole is the office an apposition right after a name gives, set
// off by commas: "India's envoy" in "Kim, India's envoy, arrived"; "" when
// none follows. An office is a capitalized possessive and a title word,
// within four words. A description ("Sebelius, a former insurance
// commissioner,") is no office: a known person is often described again.
func appositiveRole(text string, at int) string {
	rest, ok := strings.CutPrefix(text[at:], ", ")
	if !ok {
		return ""
	}
	role, _, ok := strings.Cut(rest[:min(len(rest), 48)], ",")
	if !ok {
		return ""
	}
	ws := strings.Fields(role)
	if len(ws) < 2 || len(ws) > 4 || !titleWords[strings.ToLower(ws[len(ws)-1])] {
		return ""
	}
	first := ws[0]
	if !(strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) || !isCapitalized(first) {
		return ""
	}
	return role
}

// connectorIndex is the position of the first "and" in a chain, or -1.
func connectorIndex(chain []actorToken) int {
	for k, c := range chain {
		if k > 0 && c.lower == "and" {
			return k
		}
	}
	return -1
}

// hasOrgHead reports whether a chain names an organization or a thing
// ("Belt and Road Initiative") rather than a list of names.
func hasOrgHead(chain []actorToken) bool {
	for _, c := range chain {
		if orgHeads[c.lower] {
			return true
		}
	}
	return thingHeads[chain[len(chain)-1].lower]
}

// ResolveActors ties short mentions to full names across all the given
// mention lists (the documents of a story): "Xi" and "President Xi" become
// "Xi Jinping", "Tokayev" becomes "Kassym-Jomart Tokayev", an acronym,
// another spelling or a name without its legal form becomes the
// organization it names (see orgNames). A surname with a title stands first
// for the full name its own document gives (news names a person in full,
// then by title and surname), and only when its document gives none for a
// full name of the other documents: "Dr Murray" in an article that named
// "Dr Conrad Murray" is him, though another article of the story names a
// "Colin Murray". A word of two full names (a surname of two in its
// document, or a word of two in the story) is ambiguous and stays as it is.
// A lone word that matches no person or organization is dropped unless a
// title made it a person. It rewrites the Actor of each mention in place
// and returns the lists without the dropped mentions.
func ResolveActors(docs [][]ActorMention) [][]ActorMention {
	orgs := orgNames{byName: map[string]timeline.Actor{}, initials: map[string]timeline.Actor{}}
	titled := map[string]string{} // full person name -> its titles, lower case, each once
	var full []string
	for _, ms := range docs {
		for _, m := range ms {
			switch {
			case m.Actor.Kind == ActorPerson && strings.Contains(m.Actor.Name, " "):
				full = append(full, m.Actor.Name)
				// each title once: a name told N times with its title
				// made a list N titles long, copied at each mention
				if t := " " + strings.ToLower(m.Title) + " "; m.Title != "" && !strings.Contains(titled[m.Actor.Name], t) {
					titled[m.Actor.Name] += t
				}
			case m.Actor.Kind == ActorOrganization:
				orgs.add(m)
			}
		}
	}
	story := nameWords(full)
	out := make([][]ActorMention, len(docs))
	for d, ms := range docs {
		own := surnames(fullNames(ms))
		if len(ms) > 0 {
			out[d] = make([]ActorMention, 0, len(ms)) // at most all of them: one allocation, not a doubling run
		}
		for _, m := range ms {
			switch m.Actor.Kind {
			case ActorPerson, "":
				if !strings.Contains(m.Actor.Name, " ") {
					key := strings.ToLower(m.Actor.Name)
					name, ok := own[key] // "" when ambiguous in the document
					if !ok || m.Title == "" && m.Role == "" {
						// Without a title the word may name another thing
						// after the person ("Jackson fans", "the Jackson
						// family"): it needs a full name of the story.
						name = story[key]
					}
					if name != "" && m.Role != "" && !sameRole(titled[name], m.Role) {
						// "Kim, India's envoy": introduced with a role the
						// full name was not given, another person
						name = ""
					}
					if name != "" {
						m.Actor = timeline.Actor{Name: name, Kind: ActorPerson}
					} else if a, ok := orgs.find(m.Actor.Name); ok && m.Role == "" {
						m.Actor = a
					} else if m.Title != "" || m.Role != "" {
						m.Actor.Kind = ActorPerson
					} else {
						continue
					}
				} else if a, ok := orgs.find(m.Actor.Name); ok && m.Title == "" {
					m.Actor = a // "Northland Petroleum" after "Northland Petroleum Ltd": the company
				}
			case ActorOrganization:
				if a, ok := orgs.find(m.Actor.Name); ok {
					m.Actor = a
				}
			}
			m.Actor.Mention = m.Text
			m.Actor.Span = m.Span
			out[d] = append(out[d], m)
		}
		if len(out[d]) == 0 {
			out[d] = nil // as when none was appended
		}
	}
	return out
}

// orgNames find the organization a name stands for: the organization
// first named so, in either spelling (timeline.NameSpelling: "World Health
// Organisation", "World Health Organization"), or without its legal form
// ("BP" after "BP PLC"), or given the name as an acronym in parentheses
// ("World Health Organization (WHO)"); for a name in capitals, else, the
// one organization whose initials it is (the WHO).
type orgNames struct {
	byName   map[string]timeline.Actor // by NameSpelling
	initials map[string]timeline.Actor // a zero Actor when two organizations share them
}

// add files an organization's mention. A lone word in capitals ("CDC") is
// not filed under itself, so that it can find the name it abbreviates.
func (o orgNames) add(m ActorMention) {
	key := timeline.NameSpelling(m.Actor.Name)
	a, known := o.byName[key]
	if !known {
		a = m.Actor
		if strings.Contains(a.Name, " ") || !isAllCaps(a.Name) {
			o.byName[key] = a
		}
		if i := strings.LastIndexByte(key, ' '); i > 0 && legalForms[key[i+1:]] {
			if _, ok := o.byName[key[:i]]; !ok {
				o.byName[key[:i]] = a // "BP PLC", then "BP"
			}
		}
		for _, in := range timeline.Initialisms(a.Name) {
			if prev, ok := o.initials[in]; ok && prev.Name != a.Name {
				o.initials[in] = timeline.Actor{} // two organizations of these initials
				continue
			}
			o.initials[in] = a
		}
	}
	if m.Alias != "" {
		o.byName[timeline.NameSpelling(m.Alias)] = a
	}
}

// find is the organization name stands for, if any.
func (o orgNames) find(name string) (timeline.Actor, bool) {
	if a, ok := o.byName[timeline.NameSpelling(name)]; ok {
		return a, true
	}
	if !isAllCaps(name) {
		return timeline.Actor{}, false
	}
	a, ok := o.initials[name]
	return a, ok && a.Name != ""
}

// legalForms end a company's name in full and are left out after: "BP
// PLC", then "BP".
var legalForms = lexSet(`plc inc ltd llc corp co sa ag nv gmbh limited`)

// fullNames are the full person names of a document's mentions.
func fullNames(ms []ActorMention) []string {
	var out []string
	for _, m := range ms {
		if m.Actor.Kind == ActorPerson && strings.Contains(m.Actor.Name, " ") {
			out = append(out, m.Actor.Name)
		}
	}
	return out
}

// surnames keys full person names by their last word in lower case, the
// word news names a person by after naming them in full ("Murray" after
// "Dr Conrad Murray"). A surname of two names maps to "" (ambiguous).
func surnames(full []string) map[string]string {
	byName := make(map[string]string, len(full))
	for _, name := range full {
		key := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
		if prev, ok := byName[key]; ok && prev != name {
			byName[key] = ""
		} else {
			byName[key] = name
		}
	}
	return byName
}

// nameWords keys full person names by their words in lower case (each
// word, and each part of a hyphenated one): a short name finds its full
// name by them. A word of two names maps to "" (ambiguous).
func nameWords(full []string) map[string]string {
	sort.Strings(full) // deterministic when two people share a word
	// A name told N times is in full N times; its words are keyed once
	// (keying a name again changes nothing).
	full = slices.Compact(full)
	byToken := make(map[string]string, 2*len(full))
	key := func(w, name string) {
		if prev, ok := byToken[w]; ok && prev != name {
			byToken[w] = ""
		} else {
			byToken[w] = name
		}
	}
	for _, name := range full {
		for w := range strings.FieldsSeq(name) {
			for _, part := range strings.Split(w, "-") {
				key(strings.ToLower(part), name)
			}
			key(strings.ToLower(w), name)
		}
	}
	return byToken
}

// sameRole reports whether a role's title word ("envoy" of "India's
// envoy") is among titles, a list of lower-case titles with spaces around.
func sameRole(titles, role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return titles != "" && strings.Contains(titles, " "+f[len(f)-1]+" ")
}

func lexSet(list string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(list) {
		m[w] = true
	}
	return m
}

// subjectPronouns stand for a person named before.
var subjectPronouns = lexSet(`he she`)

// firstPerson is the first person named in a sentence outside quotes.
func firstPerson(actors []ActorMention, ws []word, s timeline.Span) *ActorMention {
	ms := within(actors, func(m *ActorMention) int { return m.Span.Start }, s)
	for i, m := range ms {
		if m.Span.End > s.End || m.Actor.Kind != ActorPerson || inQuote(ws, m.Span.Start) {
			continue
		}
		return &ms[i]
	}
	return nil
}

// namedBefore reports an actor named before offset.
func namedBefore(ms []ActorMention, offset int) bool {
	for _, m := range ms {
		if m.Span.End <= offset {
			return true
		}
	}
	return false
}

func hasPersonOrOrg(ms []ActorMention) bool {
	for _, m := range ms {
		if m.Actor.Kind == ActorPerson || m.Actor.Kind == ActorOrganization {
			return true
		}
	}
	return false
}

// assignActors gives each actor named in the sentence to the nearest event
// of the sentence. Countries named as places ("in Kazakhstan") and
// possessives ("China's") are not actors; neither is anyone inside a quote.
func (a *docAnalysis) assignActors(drafts []*draft, ws []word) {
	if len(drafts) == 0 {
		return
	}
	text := a.doc.Text
	s := drafts[0].sent
	for _, m := range within(a.actors, func(m *ActorMention) int { return m.Span.Start }, s) {
		if m.Span.Start < s.Start || m.Span.End > s.End {
			continue
		}
		wi := wordIndexAt(ws, m.Span.Start)
		if wi < len(ws) && ws[wi].quoted {
			continue
		}
		if m.Actor.Kind == ActorCountry {
			if wi > 0 && ws[wi-1].is(cLocationPrep) || wi > 1 && ws[wi-2].is(cLocationPrep) {
				continue
			}
			if strings.HasPrefix(text[m.Span.End:s.End], "’s") || strings.HasPrefix(text[m.Span.End:s.End], "'s") {
				continue
			}
		}
		if agencyCredit(text, m.Span) {
			continue // "(AP) — Firefighters have contained": who filed the story
		}
		if afterAccordingTo(ws, wi) {
			continue // the source of the report, not an actor of the event
		}
		if last := wordIndexAt(ws, m.Span.End-1); last < len(ws) && ws[last].possessive && referencePoint(ws, wi) {
			continue // "said this week before Xi’s arrival": the arrival's actor
		}
		best := nearestEvent(text, drafts, ws, wi)
		if withOtherNoun(drafts, ws, wi) {
			continue // "a summit with Russia’s Vladimir Putin": the summit's party
		}
		if best.trig >= 0 && !best.info.speech && trailingSpeaker(text, ws, best.trig, m.Span) {
			continue // "..., the China National Space Administration said.": the source, not a party
		}
		if best.trig > wi && inApposition(text, ws, wi, best.trig) {
			continue // "Ford, the second largest US carmaker, has cut": the subject's description
		}
		if m.Actor.Kind == ActorCountry && best.trig >= 0 && wi > best.trig && !byAgent(ws, best.trig, wi) {
			continue // countries act as subjects or agents, not as objects
		}
		if !hasActor(best.actors, m.Actor.Name) {
			best.actors = append(best.actors, m)
		}
	}
}

// inApposition reports a word wi inside an apposition that stands between
// the subject and the verb at trig, perhaps before its auxiliaries: "Ford,
// the second largest US carmaker, has cut" (see appositionStart).
func inApposition(text string, ws []word, wi, trig int) bool {
	k := trig
	for k > wi+1 && k > trig-3 && ws[k-1].is(cAuxiliary|cPerfectAuxiliary) {
		k--
	}
	j := appositionStart(text, ws, k)
	return j >= 0 && j <= wi && wi < k
}

// nearestEvent picks the event an actor at word wi belongs to: a nominal
// event when the actor stands in its phrase ("the formation of the Quad by
// the US"), else the nearest verbal event to its left, else the nearest one.
func nearestEvent(text string, drafts []*draft, ws []word, wi int) *draft {
	for _, d := range drafts {
		if d.trig >= 0 && d.info.noun && wi > d.trig && (byAgent(ws, d.trig, wi) || wi-d.trig <= 4 && clauseBreaks(text, ws, d.trig, wi) == 0 && !hasPunctBetween(text, ws, d.trig, wi)) {
			return d
		}
	}
	var best *draft
	for _, d := range drafts {
		if d.trig >= 0 && !d.info.noun && d.trig < wi && (best == nil || d.trig > best.trig) {
			best = d
		}
	}
	if best != nil {
		return best
	}
	best, bestDist := drafts[0], 1<<30
	for _, d := range drafts {
		if d.trig >= 0 && absInt(d.trig-wi) < bestDist {
			best, bestDist = d, absInt(d.trig-wi)
		}
	}
	return best
}

func hasPunctBetween(text string, ws []word, i, j int) bool {
	return between(ws, i, j, func(w word) int { return int(w.puncts) }) > 0
}

// withOtherNoun reports an actor in a "with ..." phrase of an event noun that
// is not one of the sentence's events.
func withOtherNoun(drafts []*draft, ws []word, wi int) bool {
	for k := wi - 1; k >= 0 && k >= wi-8; k-- {
		if isTrigOf(drafts, k) {
			return false
		}
		if ws[k].lower != "with" {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			if _, ok := ws[n].trigger(); ok && isNoun(ws, n) && !isTrigOf(drafts, n) {
				return true
			}
		}
		return false
	}
	return false
}

// afterAccordingTo reports a word in an "according to ..." attribution.
func afterAccordingTo(ws []word, wi int) bool {
	for k := wi - 1; k > 0 && k >= wi-8; k-- {
		if ws[k].lower == "to" && ws[k-1].lower == "according" {
			return true
		}
	}
	return false
}

// byAgent reports whether word wi stands in a "by ..." phrase right after
// the trigger (within eight words): the agent of a passive or a nominal.
func byAgent(ws []word, trig, wi int) bool {
	for k := trig + 1; k < wi && k <= trig+8; k++ {
		if ws[k].lower == "by" {
			return true
		}
	}
	return false
}

func hasActor(ms []ActorMention, name string) bool {
	for _, m := range ms {
		if m.Actor.Name == name {
			return true
		}
	}
	return false
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// agencyCredit reports a name in brackets followed by a dash, the credit of
// the agency that filed the story: "GATLINBURG, Tenn. (AP) — ".
func agencyCredit(text string, s timeline.Span) bool {
	if s.Start == 0 || text[s.Start-1] != '(' || !strings.HasPrefix(text[s.End:], ")") {
		return false
	}
	after := strings.TrimLeft(text[s.End+1:], " ")
	for _, dash := range []string{"—", "–", "-"} {
		if strings.HasPrefix(after, dash) {
			return true
		}
	}
	return false
}

// companyNouns say what a company does right before its name: "Brazilian
// planemaker Aerovia", "the lender Alpha Bank".
var companyNouns = lexSet(`company firm group lender bank insurer retailer airline carrier miner operator developer
startup start-up conglomerate broker utility producer manufacturer supplier exporter importer publisher broadcaster
giant distributor shipper refiner builder outfit brand chain maker`)

// companyNoun reports a noun of companyNouns, or a "-maker" ("carmaker",
// "chipmaker").
func companyNoun(w string) bool {
	return companyNouns[w] || strings.HasSuffix(w, "maker")
}

// trailingSpeaker reports an actor after the trigger at ti, set off by a
// comma, whose next word is a verb of saying: the source of the report
// ("The satellite was launched on Thursday, the China National Space
// Administration said"), as "according to" names one.
func trailingSpeaker(text string, ws []word, ti int, s timeline.Span) bool {
	wi := wordIndexAt(ws, s.Start)
	last := wordIndexAt(ws, s.End-1)
	if wi <= ti || last+1 >= len(ws) {
		return false
	}
	next := last + 1
	if info, ok := triggers[ws[next].lower]; !ok || !info.speech || isNoun(ws, next) {
		return false
	}
	for k := wi; k > ti && k >= wi-3; k-- {
		if strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return true
		}
	}
	return false
}
