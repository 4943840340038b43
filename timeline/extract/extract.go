package extract

import (
	"slices"
	"sort"
	"storyline/timeline"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// Extractor turns the documents of a story into events: who did what, where
// and when, each citing the sentences that report it. It holds no state
// between calls and is safe for concurrent use.
type Extractor struct {
	tagger *temporal.Tagger
	gaz    *geo.Gazetteer
}

// NewExtractor returns an extractor that dates with tagger and places with gaz.
func NewExtractor(tagger *temporal.Tagger, gaz *geo.Gazetteer) *Extractor {
	return &Extractor{tagger: tagger, gaz: gaz}
}

// Extract reads every document of a story and returns its events: one per
// dated happening (a sentence may hold several, and a sentence-initial date
// such as "On Thursday," governs the rest of its paragraph), plus undated
// happenings with actors, with zero Date. A sentence that names an already
// dated happening by a definite noun phrase ("a meeting on the sidelines of
// the summit") takes that happening's date, precision and place (see
// anchor.go). Reports of the same happening in
// different documents are merged into one event citing every source (see
// merge). Dated events come first, ordered by the lower bound of their date
// and then by their first source; undated events follow in source order.
// Boilerplate (appeals, captions, "Source:" lines) yields no events. Every
// document's text must be UTF-8.
func (x *Extractor) Extract(docs []timeline.Document) ([]timeline.Event, error) {
	for _, d := range docs {
		if !utf8.ValidString(d.Text) {
			return nil, timeline.Errorf(timeline.EInvalid, "document %d is not UTF-8 text", d.ID)
		}
	}
	analyses := make([]*docAnalysis, len(docs))
	mentions := make([][]ActorMention, len(docs))
	for i := range docs {
		a := x.analyze(&docs[i], i)
		analyses[i] = a
		mentions[i] = a.actorsFound
	}
	mentions = ResolveActors(mentions)
	var drafts []*draft
	for i, a := range analyses {
		a.actors = mentions[i]
		slices.SortStableFunc(a.actors, func(p, q ActorMention) int { return p.Span.Start - q.Span.Start })
		drafts = append(drafts, a.events()...)
	}
	return merge(drafts), nil
}

// docAnalysis is what one document gives before events are built.
type docAnalysis struct {
	doc         *timeline.Document
	order       int
	sents       []Sentence
	boiler      []string
	timexes     []temporal.Timex
	places      []geo.Mention
	actorsFound []ActorMention
	actors      []ActorMention
}

func (x *Extractor) analyze(doc *timeline.Document, order int) *docAnalysis {
	a := &docAnalysis{doc: doc, order: order}
	a.sents = SplitSentences(doc.Text)
	a.boiler = Boilerplate(doc.Text, a.sents)
	if x.tagger != nil {
		a.timexes = x.tagger.Tag(doc.Text, doc.Published)
	}
	var hints []PlaceHint
	if x.gaz != nil {
		a.places = x.gaz.Parse(doc.Text)
		for _, m := range a.places {
			hints = append(hints, PlaceHint{
				Span:    timeline.Span{Start: m.Start, End: m.End},
				Name:    m.Place.Name,
				Country: m.Place.Precision == "country",
				Demonym: m.Via == geo.ViaDemonym,
			})
		}
	}
	a.actorsFound = FindActors(doc.Text, hints)
	// Sorted by start, so that each sentence finds its own quickly.
	slices.SortStableFunc(a.timexes, func(p, q temporal.Timex) int { return p.Start - q.Start })
	slices.SortStableFunc(a.places, func(p, q geo.Mention) int { return p.Start - q.Start })
	return a
}

// within returns the items of a list sorted by start offset that start
// inside span.
func within[T any](items []T, start func(T) int, span timeline.Span) []T {
	lo := sort.Search(len(items), func(i int) bool { return start(items[i]) >= span.Start })
	hi := sort.Search(len(items), func(i int) bool { return start(items[i]) >= span.End })
	if hi < lo {
		hi = lo
	}
	return items[lo:hi]
}

// word is a token of a sentence.
type word struct {
	start, end int
	lower      string
	quoted     bool // inside quotation marks
	possessive bool // followed by "'s"
}

func sentenceWords(text string, s timeline.Span) []word {
	var ws []word
	inQuote := false
	for i := s.Start; i < s.End; {
		r, size := utf8.DecodeRuneInString(text[i:s.End])
		if r == '“' || r == '”' || r == '"' {
			switch r {
			case '“':
				inQuote = true
			case '”':
				inQuote = false
			default:
				inQuote = !inQuote
			}
			i += size
			continue
		}
		// ``Penn Treebank style quotes''
		if strings.HasPrefix(text[i:s.End], "``") || strings.HasPrefix(text[i:s.End], "''") {
			inQuote = text[i] == '`'
			i += 2
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		for i < s.End {
			r, size := utf8.DecodeRuneInString(text[i:s.End])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += size
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				next, _ := utf8.DecodeRuneInString(text[i+size : s.End])
				if unicode.IsLetter(next) && !(r == '\'' || r == '’') {
					i += size
					continue
				}
			}
			break
		}
		ws = append(ws, word{start: start, end: i, lower: strings.ToLower(text[start:i]), quoted: inQuote})
		// A possessive "'s" is no word of its own.
		for _, suf := range []string{"’s", "'s"} {
			if strings.HasPrefix(text[i:s.End], suf) {
				i += len(suf)
				ws[len(ws)-1].possessive = true
				break
			}
		}
	}
	return ws
}

// draft is an event of one sentence before merging.
type draft struct {
	doc      *timeline.Document
	docOrder int
	sent     timeline.Span
	para     int
	trig     int // index into words, -1 when the sentence has no trigger
	words    []word
	info     triggerInfo
	date     timeline.Date
	actors   []ActorMention
	places   []timeline.Place
	title    string
	trigger  string
	// antecedent is the person a pronoun subject ("He will travel on to
	// Paris") stands for: the subject of an earlier sentence.
	antecedent *ActorMention
	what       happening // filled by merge
}

func (d *draft) pos() int { return d.sent.Start }

// determiners and adjectives before a word make it a noun: "a visit", "foreign travel".
var determiners = lexSet(`a an the his her its their our this that these those first second one-on-one new
foreign domestic international official possible planned previous recent last next state`)

var negations = lexSet(`no not never without nor`)

var temporalPreps = lexSet(`before after since following until ahead prior amid during`)

var locationPreps = lexSet(`in at to into near inside outside toward towards from across via within`)

// placeVerbs take their place as a direct object: "visit Astana".
var placeVerbs = lexSet(`visit visits visited visiting tour tours toured touring leave leaves left leaving
reach reaches reached reaching enter enters entered entering invade invades invaded invading`)

var clauseWords = lexSet(`which who while whereas but although though because as and when where that`)

// events builds the drafts of one document.
func (a *docAnalysis) events() []*draft {
	text := a.doc.Text
	var out []*draft
	var governing *timeline.Date
	governPara := -1
	var anchors []eventAnchor
	var subject *ActorMention // the person the last sentence naming one is about
	for si, s := range a.sents {
		if a.boiler[si] != "" {
			continue
		}
		if s.Paragraph != governPara {
			governing = nil
		}
		ws := sentenceWords(text, s.Span)
		trigs := findTriggers(ws)
		headline := !endsSentence(text[s.Span.Start:s.Span.End])
		var drafts []*draft
		used := map[int]bool{}
		// Dated events: one per DATE/TIME expression, on its trigger.
		type pick struct {
			x    temporal.Timex
			trig int
			cost int
		}
		var picks []pick
		for _, x := range within(a.timexes, func(x temporal.Timex) int { return x.Start }, s.Span) {
			if x.Start < s.Span.Start || x.End > s.Span.End || !datesEvents(x) {
				continue
			}
			if k := wordIndexAt(ws, x.Start); k > 0 && ws[k-1].lower == "since" {
				// "the highest since 1992", "the first visit since 2000":
				// the start of a span that reaches the present dates no
				// happening
				continue
			}
			ti, cost := attachTimex(text, ws, trigs, x)
			if inQuote(ws, x.Start) {
				continue
			}
			picks = append(picks, pick{x, ti, cost})
		}
		best := map[int]int{} // trigger -> index into picks
		for i, p := range picks {
			if j, ok := best[p.trig]; ok && p.trig >= 0 && picks[j].cost <= p.cost {
				continue
			}
			best[p.trig] = i
		}
		for i, p := range picks {
			if best[p.trig] != i && p.trig >= 0 {
				continue
			}
			d := a.newDraft(s, ws, p.trig)
			d.date = timeline.DateOf(p.x)
			drafts = append(drafts, d)
			used[p.trig] = true
			// A date that opens a sentence governs the rest of the paragraph.
			if wordIndexAt(ws, p.x.Start) <= 1 && strings.HasPrefix(strings.TrimLeft(text[p.x.End:s.Span.End], " "), ",") {
				g := d.date
				governing, governPara = &g, s.Paragraph
			}
		}
		// A governed sentence: its main trigger takes the governing date.
		if len(picks) == 0 && governing != nil {
			if ti := mainTrigger(ws, trigs, used); ti >= 0 {
				d := a.newDraft(s, ws, ti)
				d.date = *governing
				d.date.Explanation = strings.TrimSpace(d.date.Explanation + "; governed by \"" + d.date.Expression + "\" earlier in the paragraph")
				drafts = append(drafts, d)
				used[ti] = true
			}
		}
		// Undated happenings: the main one of the sentence and nominal events
		// such as "following the formation of the Quad".
		if !headline {
			if ti := mainTrigger(ws, trigs, used); ti >= 0 && !ws[ti].quoted {
				drafts = append(drafts, a.newDraft(s, ws, ti))
				used[ti] = true
			}
			for _, ti := range trigs {
				if !used[ti] && embeddedNominal(ws, ti) {
					drafts = append(drafts, a.newDraft(s, ws, ti))
					used[ti] = true
				}
			}
		}
		a.assignActors(drafts, ws)
		a.assignPlaces(drafts, ws)
		// "a meeting on the sidelines of the summit": the summit's date and place.
		dateByReference(text, drafts, ws, anchors)
		var keep []*draft
		for _, d := range drafts {
			if !d.date.IsZero() || len(d.actors) > 0 || embeddedNominal(ws, d.trig) {
				if d.date.IsZero() && !hasPersonOrOrg(d.actors) && !embeddedNominal(ws, d.trig) {
					continue
				}
				keep = append(keep, d)
			}
		}
		// "There he will meet Putin": the place of the previous event.
		if len(out) > 0 && len(ws) > 0 && ws[0].lower == "there" {
			prev := out[len(out)-1]
			for _, d := range keep {
				if len(d.places) == 0 && prev.para == s.Paragraph {
					d.places = prev.places
				}
			}
		}
		// "He will travel on to Paris": the subject of an earlier sentence.
		pronoun := len(ws) > 0 && subjectPronouns[ws[0].lower]
		for _, d := range keep {
			if pronoun && subject != nil && d.trig > 0 && !namedBefore(d.actors, ws[d.trig].start) {
				d.antecedent = subject
			}
		}
		if !pronoun {
			if m := firstPerson(a.actors, ws, s.Span); m != nil {
				subject = m
			}
		}
		for _, d := range keep {
			d.title = headlineOf(text, d)
			anchors = append(anchors, anchorsOf(text, d)...)
		}
		out = append(out, keep...)
	}
	return out
}

// subjectPronouns stand for a person named before.
var subjectPronouns = lexSet(`he she`)

// firstPerson is the first person named in a sentence outside quotes.
func firstPerson(actors []ActorMention, ws []word, s timeline.Span) *ActorMention {
	ms := within(actors, func(m ActorMention) int { return m.Span.Start }, s)
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

func (a *docAnalysis) newDraft(s Sentence, ws []word, ti int) *draft {
	d := &draft{doc: a.doc, docOrder: a.order, sent: s.Span, para: s.Paragraph, trig: ti, words: ws}
	if ti >= 0 {
		d.info = triggers[ws[ti].lower]
		d.info.noun = isNoun(ws, ti)
		d.trigger = a.doc.Text[ws[ti].start:ws[ti].end]
	}
	return d
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// datesEvents reports whether a temporal expression can date an event:
// dates and times with a value, not durations, sets or vague references.
func datesEvents(x temporal.Timex) bool {
	if x.Type != "DATE" && x.Type != "TIME" {
		return false
	}
	v := x.Value.String()
	return v != "" && !strings.HasSuffix(v, "_REF")
}

func inQuote(ws []word, offset int) bool {
	i := wordIndexAt(ws, offset)
	return i < len(ws) && ws[i].quoted
}

// wordIndexAt is the index of the first word that ends after offset.
func wordIndexAt(ws []word, offset int) int {
	for i, w := range ws {
		if w.end > offset {
			return i
		}
	}
	return len(ws)
}

// findTriggers returns the indexes of the sentence's event words. Light and
// modal verbs ("plan to", "hold a") hand over to the event after them.
func findTriggers(ws []word) []int {
	var out []int
	for i, w := range ws {
		info, ok := triggers[w.lower]
		if !ok {
			continue
		}
		if info.light {
			// "hold" is an event only when no event noun follows it.
			if info.lemma != "hold" || nounTriggerAhead(ws, i) {
				continue
			}
		}
		if info.speech && !info.noun && isNoun(ws, i) {
			continue // "a state visit", "the report": nouns, not saying
		}
		if aspectualVerbs[info.lemma] && !info.noun && eventSubject(ws, i) >= 0 {
			continue // "the trial ... opened": the trial is the event
		}
		out = append(out, i)
	}
	return out
}

// eventSubject is the index of the event noun that is the subject of the
// verb at i: a noun of happening among the sentence's first four words with
// no other verb of happening before i; -1 when there is none.
func eventSubject(ws []word, i int) int {
	subj := -1
	for k := 0; k < i; k++ {
		info, ok := triggers[ws[k].lower]
		if !ok {
			continue
		}
		if k <= 3 && subj < 0 && (info.noun || isNoun(ws, k)) && !info.speech {
			subj = k
			continue
		}
		if !info.noun && !isNoun(ws, k) {
			return -1
		}
	}
	return subj
}

func nounTriggerAhead(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if info, ok := triggers[ws[j].lower]; ok && (info.noun || isNoun(ws, j)) {
			return true
		}
	}
	return false
}

// isNoun decides whether a trigger word stands as a noun: nouns of the
// lexicon, and verb forms after a determiner ("a visit", "the attack").
func isNoun(ws []word, i int) bool {
	info := triggers[ws[i].lower]
	if info.noun {
		return true
	}
	if i == 0 {
		return false
	}
	prev := ws[i-1].lower
	// "for talks", "after attacks": a plural after a preposition.
	plural := nounPreps[prev] && strings.HasSuffix(ws[i].lower, "s")
	return determiners[prev] || ws[i-1].possessive || triggers[prev].light || plural
}

// nounPreps are prepositions after which a verb form ending in -s is a plural noun.
var nounPreps = lexSet(`for of after before during amid following despite without`)

// negated reports a trigger under negation: "no indication they might meet".
func negated(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if negations[ws[k].lower] || strings.HasSuffix(ws[k].lower, "n’t") || strings.HasSuffix(ws[k].lower, "n't") {
			return true
		}
	}
	return false
}

// attachTimex chooses the trigger a temporal expression dates and the cost
// of that choice. Triggers after a temporal preposition ("before Xi's
// arrival") are reference points, not the dated event; a date that opens the
// sentence dates what follows it.
func attachTimex(text string, ws []word, trigs []int, x temporal.Timex) (int, int) {
	first := wordIndexAt(ws, x.Start)
	last := first
	for last+1 < len(ws) && ws[last+1].start < x.End {
		last++
	}
	opening := first <= 1
	bestIdx, bestCost := -1, 1<<30
	for _, ti := range trigs {
		if ws[ti].quoted {
			continue
		}
		var cost int
		switch {
		case ti < first:
			cost = first - ti
			if opening {
				cost += 20
			}
			cost += 3 * clauseBreaks(text, ws, ti, first)
		case ti > last:
			// A date right before its event ("on Wednesday started", "an
			// October congress") dates it; further right, a date after its
			// verb is the usual order, so the left side is preferred.
			cost = ti - last
			if cost > 1 && !opening {
				cost *= 3
			}
			if !opening && hasPunctBetween(text, ws, last, ti) {
				cost += 10 // "Friday, killing dozens": a trailing clause
			}
			blocked := false
			for k := last + 1; k < ti; k++ {
				if temporalPreps[ws[k].lower] {
					blocked = true
				}
			}
			if blocked {
				continue
			}
			cost += 3 * clauseBreaks(text, ws, last, ti)
		default:
			continue
		}
		if cost < bestCost {
			bestIdx, bestCost = ti, cost
		}
	}
	return bestIdx, bestCost
}

// clauseBreaks counts clause boundaries between words i and j: commas and
// dashes followed by a clause word, semicolons.
func clauseBreaks(text string, ws []word, i, j int) int {
	n := 0
	for k := i; k < j && k+1 < len(ws); k++ {
		gap := text[ws[k].end:ws[k+1].start]
		if strings.ContainsAny(gap, ";") || (strings.ContainsAny(gap, ",—–") && clauseWords[ws[k+1].lower]) {
			n++
		}
	}
	return n
}

// mainTrigger is the first trigger of a sentence that is not a verb of
// saying and not yet used, outside quotations; -1 when there is none.
func mainTrigger(ws []word, trigs []int, used map[int]bool) int {
	for _, ti := range trigs {
		info := triggers[ws[ti].lower]
		if used[ti] || info.speech || ws[ti].quoted || negated(ws, ti) || isNoun(ws, ti) && !nounAfterLight(ws, ti) {
			continue
		}
		return ti
	}
	return -1
}

// nounAfterLight reports an event noun that is the object of a light verb:
// "plan to hold a one-on-one meeting".
func nounAfterLight(ws []word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		if info, ok := triggers[ws[k].lower]; ok && info.light {
			return true
		}
	}
	return false
}

// embeddedNominal reports an event noun introduced by a temporal preposition
// and completed by "of": "following the formation of the Quad".
func embeddedNominal(ws []word, ti int) bool {
	if ti < 0 || !isNoun(ws, ti) || ti+1 >= len(ws) || ws[ti+1].lower != "of" {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if temporalPreps[ws[k].lower] {
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
	for _, m := range within(a.actors, func(m ActorMention) int { return m.Span.Start }, s) {
		if m.Span.Start < s.Start || m.Span.End > s.End {
			continue
		}
		wi := wordIndexAt(ws, m.Span.Start)
		if wi < len(ws) && ws[wi].quoted {
			continue
		}
		if m.Actor.Kind == ActorCountry {
			if wi > 0 && locationPreps[ws[wi-1].lower] || wi > 1 && locationPreps[ws[wi-2].lower] {
				continue
			}
			if strings.HasPrefix(text[m.Span.End:s.End], "’s") || strings.HasPrefix(text[m.Span.End:s.End], "'s") {
				continue
			}
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
		if m.Actor.Kind == ActorCountry && best.trig >= 0 && wi > best.trig && !byAgent(ws, best.trig, wi) {
			continue // countries act as subjects or agents, not as objects
		}
		if !hasActor(best.actors, m.Actor.Name) {
			best.actors = append(best.actors, m)
		}
	}
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
	for k := i; k < j && k+1 < len(ws); k++ {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return true
		}
	}
	return false
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
			if _, ok := triggers[ws[n].lower]; ok && isNoun(ws, n) && !isTrigOf(drafts, n) {
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

// assignPlaces gives each place of the sentence that a location
// preposition attaches ("in Nur-Sultan", "to Samarkand", "at the airport in
// ...") to the event whose trigger governs that preposition: the nearest
// event to its left, unless an event noun right before the preposition owns
// it ("a summit in Uzbekistan", "the war in Ukraine"). Demonyms, possessives,
// places inside names of organizations and places in quotes are left out.
// Of a city and its country, the city is kept.
func (a *docAnalysis) assignPlaces(drafts []*draft, ws []word) {
	if len(drafts) == 0 {
		return
	}
	text := a.doc.Text
	s := drafts[0].sent
	for _, m := range within(a.places, func(m geo.Mention) int { return m.Start }, s) {
		if m.Start < s.Start || m.End > s.End || m.Via == geo.ViaDemonym {
			continue
		}
		if strings.HasPrefix(text[m.End:s.End], "’s") || strings.HasPrefix(text[m.End:s.End], "'s") {
			continue
		}
		if insideOrganization(a.actors, m) {
			continue
		}
		wi := wordIndexAt(ws, m.Start)
		if wi >= len(ws) || ws[wi].quoted {
			continue
		}
		if modifierAcronym(text, ws, m) {
			continue // "the U.S. embassies": a modifier, not a place
		}
		prep := -1
		for k := wi - 1; k >= 0 && k >= wi-2; k-- {
			if locationPreps[ws[k].lower] {
				prep = k
				break
			}
		}
		if prep < 0 && wi > 0 && placeVerbs[ws[wi-1].lower] && isTrigOf(drafts, wi-1) {
			prep = wi - 1 // "visit Astana": the verb's own place
		}
		if prep < 0 {
			continue
		}
		if prep > 0 {
			if info, ok := triggers[ws[prep-1].lower]; ok && isNoun(ws, prep-1) && !info.travel && !isTrigOf(drafts, prep-1) {
				continue // "a summit in Uzbekistan": the summit's place
			}
		}
		var target *draft
		for _, d := range drafts {
			if d.trig >= 0 && d.trig <= prep && (target == nil || d.trig > target.trig) {
				if d.info.noun && prep-d.trig > 4 && !d.info.travel {
					continue // a nominal event keeps only places close to it
				}
				target = d
			}
		}
		if target == nil {
			for _, d := range drafts {
				if d.trig > prep && (target == nil || d.trig < target.trig) {
					target = d
				}
			}
		}
		if target == nil {
			target = drafts[0]
		}
		if target.info.speech && target.trig < prep && reportedClause(text, ws, target.trig, prep) {
			continue // "told the court that the money was hidden in Geneva": what was said
		}
		target.places = append(target.places, placeOf(m))
	}
	for _, d := range drafts {
		d.places = mostPrecise(d.places)
		if len(d.places) == 0 {
			d.places = a.demonymPlace(d, ws)
		}
	}
}

// homeNouns are collective agents that a demonym places at home: "Kazakh
// officials met ..." happened in Kazakhstan, when the text says nothing better.
var homeNouns = lexSet(`official officials authority authorities police court courts judge judges
prosecutor prosecutors ministry ministries government parliament lawmakers legislators voters protesters
demonstrators residents villagers farmers workers rescuers firefighters media`)

// demonymPlace is the fallback place of an event without one: the country
// of a demonym that qualifies the event's subject, a collective agent
// ("Kazakh officials", "Chinese police"), in the clause before the trigger.
// Demonyms in titles ("Chinese President Xi") say whose, not where.
func (a *docAnalysis) demonymPlace(d *draft, ws []word) []timeline.Place {
	if d.trig < 0 {
		return nil
	}
	text := a.doc.Text
	for _, m := range within(a.places, func(m geo.Mention) int { return m.Start }, d.sent) {
		if m.Via != geo.ViaDemonym || m.Place.Precision != "country" || m.End > d.sent.End {
			continue
		}
		wi := wordIndexAt(ws, m.Start)
		if wi+1 >= d.trig || ws[wi].quoted || !homeNouns[ws[wi+1].lower] || text[ws[wi+1].start] < 'a' || text[ws[wi+1].start] > 'z' {
			continue
		}
		if clauseBreaks(text, ws, wi, d.trig) > 0 || afterAccordingTo(ws, wi) {
			continue
		}
		return []timeline.Place{placeOf(m)}
	}
	return nil
}

// reportedClause reports whether word j lies in the clause a verb of saying
// at i reports: after a "that" or an opening quotation mark between them.
func reportedClause(text string, ws []word, i, j int) bool {
	for k := i + 1; k <= j && k < len(ws); k++ {
		if ws[k].lower == "that" || ws[k].quoted || strings.ContainsAny(text[ws[k-1].end:ws[k].start], "“\"") {
			return true
		}
	}
	return false
}

// modifierAcronym reports an initialism or all-caps place name used as a
// modifier of the lowercase noun after it ("U.S. embassies", "UK officials").
func modifierAcronym(text string, ws []word, m geo.Mention) bool {
	if !strings.Contains(m.Text, ".") && strings.ToUpper(m.Text) != m.Text {
		return false
	}
	next := wordIndexAt(ws, m.End)
	if next >= len(ws) || ws[next].start < m.End || hasPunct(text[m.End:ws[next].start]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[ws[next].start:])
	return unicode.IsLower(r) && !functionWords[ws[next].lower]
}

var functionWords = lexSet(`and or but on in at for to by with from of is are was were has have had will would
ahead before after since during this last next today yesterday tomorrow where when while as amid said says`)

func isTrigOf(drafts []*draft, i int) bool {
	for _, d := range drafts {
		if d.trig == i {
			return true
		}
	}
	return false
}

func insideOrganization(actors []ActorMention, m geo.Mention) bool {
	for _, a := range actors {
		if a.Actor.Kind == ActorOrganization && a.Span.Start <= m.Start && m.End <= a.Span.End && a.Span.Len() > m.End-m.Start {
			return true
		}
	}
	return false
}

func placeOf(m geo.Mention) timeline.Place {
	return timeline.Place{
		GeonameID: m.Place.ID, Name: m.Place.Name, Lat: m.Place.Lat, Lon: m.Place.Lon,
		Country: m.Place.Country, Precision: timeline.PlacePrecision(m.Place.Precision),
		Mention: m.Text, Span: timeline.Span{Start: m.Start, End: m.End},
	}
}

var placeRank = map[timeline.PlacePrecision]int{timeline.PlacePoint: 0, timeline.PlaceCity: 1, timeline.PlaceRegion: 2, timeline.PlaceCountry: 3, timeline.PlaceContinent: 4}

// contains reports whether the bigger place a holds b: a country holds its
// cities and regions.
func placeContains(a, b timeline.Place) bool {
	return a.GeonameID != b.GeonameID && a.Precision == timeline.PlaceCountry && b.Country == a.Country && placeRank[b.Precision] < placeRank[a.Precision]
}

// mostPrecise drops duplicates and places that hold another of the list.
func mostPrecise(ps []timeline.Place) []timeline.Place {
	var out []timeline.Place
	for i, p := range ps {
		drop := false
		for j, q := range ps {
			if placeContains(p, q) || (j < i && q.GeonameID == p.GeonameID) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	return out
}

// lowerBound sorts dates: the start, else the end for open starts; dates
// without bounds sort last.
func lowerBound(d timeline.Date) string {
	switch {
	case d.Start != "":
		return d.Start
	case d.End != "":
		return d.End
	}
	return "9999"
}

// sortDrafts orders drafts by document and position.
func sortDrafts(ds []*draft) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].docOrder != ds[j].docOrder {
			return ds[i].docOrder < ds[j].docOrder
		}
		return ds[i].pos() < ds[j].pos()
	})
}
