package extract

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
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
	return x.ExtractContext(context.Background(), docs)
}

// ExtractContext is Extract that stops with the context's error when ctx is
// done, between documents and between sentences.
func (x *Extractor) ExtractContext(ctx context.Context, docs []timeline.Document) ([]timeline.Event, error) {
	for _, d := range docs {
		if !utf8.ValidString(d.Text) {
			return nil, timeline.Errorf(timeline.EInvalid, "document %d is not UTF-8 text", d.ID)
		}
	}
	analyses := make([]*docAnalysis, len(docs))
	mentions := make([][]ActorMention, len(docs))
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a := x.analyze(&docs[i], i)
		analyses[i] = a
		mentions[i] = a.actorsFound
	}
	mentions = ResolveActors(mentions)
	rss := make([][]Report, len(analyses))
	n := 0
	for i, a := range analyses {
		a.actors = mentions[i]
		slices.SortStableFunc(a.actors, func(p, q ActorMention) int { return p.Span.Start - q.Span.Start })
		rs, err := a.reports(ctx)
		if err != nil {
			return nil, err
		}
		rss[i], n = rs, n+len(rs)
	}
	if len(rss) == 1 {
		return merge(ctx, rss[0])
	}
	reports := make([]Report, 0, n) // the reports are large: one slice, not grown
	for _, rs := range rss {
		reports = append(reports, rs...)
	}
	return merge(ctx, reports)
}

// Document extracts one document into its reports, for merging into a
// story's events with an Index. known are actors the story already names
// (the Actors of its events): a short name in the document ("Xi") resolves
// to a full name among them ("Xi Jinping") as it would in a batch Extract.
// The reports' Order is the document's ID. It stops with the context's
// error when ctx is done.
func (x *Extractor) Document(ctx context.Context, doc timeline.Document, known []timeline.Actor) ([]Report, error) {
	return x.DocumentWith(ctx, doc, func([]string) ([]timeline.Actor, error) { return known, nil })
}

// KnownActors returns, of a story's actors, at least those with one of
// keys among their timeline.ActorKeys; returning more is harmless.
type KnownActors func(keys []string) ([]timeline.Actor, error)

// DocumentWith is Document with the story's actors read through known,
// asked only for the keys the document's actor names could stand for: a
// store answers from an index, so the cost does not grow with the story.
func (x *Extractor) DocumentWith(ctx context.Context, doc timeline.Document, known KnownActors) ([]Report, error) {
	if !utf8.ValidString(doc.Text) {
		return nil, timeline.Errorf(timeline.EInvalid, "document %d is not UTF-8 text", doc.ID)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := x.analyze(&doc, 0)
	// Of the story's actors, those a mention of the document may stand
	// for: a short name is a word of a full name, an acronym or name of an
	// organization its own.
	words := map[string]bool{}
	for _, m := range a.actorsFound {
		if !strings.Contains(m.Actor.Name, " ") {
			words[strings.ToLower(m.Actor.Name)] = true
		} else {
			words[timeline.NameSpelling(m.Actor.Name)] = true // "World Health Organisation" finds the "Organization"
		}
		words[m.Actor.Name] = true
	}
	var story []ActorMention
	if len(words) > 0 {
		found, err := known(slices.Sorted(maps.Keys(words)))
		if err != nil {
			return nil, err
		}
		for _, k := range found {
			if !slices.ContainsFunc(timeline.ActorKeys(k.Name), func(w string) bool { return words[w] }) {
				continue
			}
			story = append(story, ActorMention{Text: k.Name, Actor: timeline.Actor{Name: k.Name, Kind: k.Kind}})
		}
	}
	// The story's names first: a name it gave first keeps its spelling.
	a.actors = ResolveActors([][]ActorMention{story, a.actorsFound})[1]
	slices.SortStableFunc(a.actors, func(p, q ActorMention) int { return p.Span.Start - q.Span.Start })
	rs, err := a.reports(ctx)
	if err != nil {
		return nil, err
	}
	for i := range rs {
		rs[i].Order = doc.ID
	}
	return rs, nil
}

// reports runs the sentence stages over an analysed document and returns
// its reports.
func (a *docAnalysis) reports(ctx context.Context) ([]Report, error) {
	drafts, err := a.events(ctx)
	if err != nil {
		return nil, err
	}
	rs := make([]Report, len(drafts))
	for i, d := range drafts {
		rs[i] = reportOf(d)
	}
	return rs, nil
}

// docAnalysis is what one document gives before events are built.
type docAnalysis struct {
	doc         *timeline.Document
	order       int
	sents       []Sentence
	lower       string // the text in lower case, byte for byte; "" when it cannot be (see lowerText)
	boiler      []string
	timexes     []temporal.Timex
	places      []geo.Mention
	gaz         *geo.Gazetteer // nil when the extractor places nothing
	actorsFound []ActorMention
	actors      []ActorMention
	dateline    dateline
	hasDateline bool
	// filed is the day a wire dateline names ("PRAGUE, June 22 (Example
	// Wire) -") when it is one to three days before the publication date:
	// the copy was filed then and printed later, so the news it tells
	// without a date word is of that day. Zero otherwise.
	filed time.Time
	// located are the places the text names as places somewhere ("in
	// Osaka", "to Seoul", the dateline's city), by GeoNames ID; nil until
	// cityPlace first asks.
	located map[int64]bool
	words   wordBuffer // the words of the sentence at hand (events)
}

func (x *Extractor) analyze(doc *timeline.Document, order int) *docAnalysis {
	a := &docAnalysis{doc: doc, order: order}
	a.sents = SplitSentences(doc.Text)
	a.lower, _ = lowerText(doc.Text)
	a.boiler = boilerplate(doc.Text, a.lower, a.sents)
	if x.tagger != nil {
		a.timexes = x.tagger.TagWith(doc.Text, temporal.Options{DCT: doc.Published, Mode: doc.Anchoring}).Timexes
	}
	var hints []PlaceHint
	if x.gaz != nil {
		a.places = x.gaz.Parse(doc.Text)
		a.gaz = x.gaz
		for _, m := range a.places {
			hints = append(hints, PlaceHint{
				Span:    timeline.Span{Start: m.Start, End: m.End},
				Name:    m.Place.Name,
				Country: m.Place.Precision == "country",
				Demonym: m.Via == geo.ViaDemonym,
			})
		}
	}
	a.actorsFound = withoutReporters(doc.Text, withoutCited(doc.Text, findActors(doc.Text, a.lower, hints), a.sents, a.boiler))
	a.dateline, a.hasDateline = findDateline(doc.Text, a.sents, a.boiler, a.places)
	if a.hasDateline {
		a.filed = filedDay(a.timexes, a.dateline, doc.Published)
	}
	// Sorted by start, so that each sentence finds its own quickly.
	slices.SortStableFunc(a.timexes, func(p, q temporal.Timex) int { return p.Start - q.Start })
	slices.SortStableFunc(a.places, func(p, q geo.Mention) int { return p.Start - q.Start })
	return a
}

// filedDay is the day a dateline names, when it lies one to three days
// before the publication date pub; zero otherwise.
func filedDay(xs []temporal.Timex, d dateline, pub time.Time) time.Time {
	if pub.IsZero() {
		return time.Time{}
	}
	for _, x := range xs {
		if x.Start < d.start || x.End > d.end {
			continue
		}
		t, err := time.Parse("2006-01-02", x.Value.String())
		if err == nil && t.Before(pub) && !t.Before(pub.AddDate(0, 0, -3)) {
			return t
		}
	}
	return time.Time{}
}

// withoutCited drops the mentions (sorted by start) that stand in the
// citation section of a page: an outlet there ("Example Health") is no
// actor of the story, and its words must not give a lone word of the copy
// ("Health minister ...") a full name. The section runs from its heading
// over the lines marked BoilerCitation and the short lines marked
// BoilerLine ("\"Title\" — Example Health, 18 May 2022"), to the next line
// of prose. One pass over both lists.
func withoutCited(text string, ms []ActorMention, sents []Sentence, reasons []string) []ActorMention {
	cited := make([]bool, len(sents))
	in := false
	for i, s := range sents {
		line := text[s.Span.Start:s.Span.End]
		switch {
		case reasons[i] == BoilerLine && len(line) <= 32 && citationHeadings[headingKey(line)]:
			in = true
		case reasons[i] == BoilerCitation:
			cited[i] = true
		case reasons[i] == "":
			in = false
		}
		cited[i] = cited[i] || in && reasons[i] == BoilerLine
	}
	out := ms[:0]
	si := 0
	for _, m := range ms {
		for si < len(sents) && sents[si].Span.End <= m.Span.Start {
			si++
		}
		if si < len(sents) && sents[si].Span.Start <= m.Span.Start && cited[si] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// withoutReporters drops the persons named as the reporter of a page's
// video or audio ("Jane Roe reports from Lima", "The BBC's Jane Roe
// reports on the vote"): the reporter is no actor of the story, and a "he"
// or "she" of the copy after the caption is not the reporter.
func withoutReporters(text string, ms []ActorMention) []ActorMention {
	out := ms[:0]
	for _, m := range ms {
		rest := text[m.Span.End:]
		if m.Actor.Kind == ActorPerson && (strings.HasPrefix(rest, " reports from ") || strings.HasPrefix(rest, " reports on ")) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// afterDay reports a date of a day after the day day (the publication
// day; false when it is unknown). Such a date is no base a figure is
// measured against, which lies in the past: "wages rise by 5.6 percent
// from 1 July" tells when the rise starts. (A year or a month after
// "from" stays a base: "up from 64 percent in 2021".)
func afterDay(x temporal.Timex, day time.Time) bool {
	start := timeline.DateOf(x).Start
	return !day.IsZero() && x.Value.Precision() == "day" && start > day.Format(time.DateOnly)
}

// afterPublication reports a date that ends after the day of publication:
// a time still to come when the story was written.
func afterPublication(x temporal.Timex, day time.Time) bool {
	return !day.IsZero() && timeline.DateOf(x).End > day.Format(time.DateOnly)
}

// possessiveDate reports a date in the possessive ("this year's",
// "Sunday's"): it tells which thing the noun after it is.
func possessiveDate(ws []word, x temporal.Timex) bool {
	_, last := wordRange(ws, x.Start, x.End)
	return last < len(ws) && ws[last].possessive
}

// within returns the items of a list sorted by start offset that start
// inside span.
// start takes a pointer: items may be large (a Timex is), and a copy of
// each item looked at costs more than the search.
func within[T any](items []T, start func(*T) int, span timeline.Span) []T {
	lo := sort.Search(len(items), func(i int) bool { return start(&items[i]) >= span.Start })
	hi := sort.Search(len(items), func(i int) bool { return start(&items[i]) >= span.End })
	if hi < lo {
		hi = lo
	}
	return items[lo:hi]
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
	// placeOfStay marks places taken from where the event's person
	// arrived (stayPlaces): the event's, but no words of its headline.
	placeOfStay bool
	title       string
	trigger     string
	// speaker is the subject of a verb of saying as the headline names it
	// ("Clark" in "Clark said Monday"), "" for other verbs.
	speaker string
	ownDate bool // dated by an expression of its own sentence
	// gapped are the words of another date's phrase that a second date of
	// the same verb leaves out of its headline (gappedPhrase)
	gapped timeline.Span
	// list is the whole list of dates apart whose one occurrence the
	// draft is ("erupted in 1980, 2000 and 2014"): its headline leaves the
	// list out as it leaves out its own date (dateSpan).
	list timeline.Span
	// also are the other words of happening (indexes into words) of the
	// date's clause that the date anchors with the trigger; for a draft
	// without trigger, the words its date anchors, the nearest first.
	also []int
	// kind is the lemma whose kind of happening merging compares when the
	// trigger moved from the noun that names the happening to the verb
	// that carries its clause's tense (tenseVerb): "declared an outbreak
	// on Wednesday" is still an outbreak. "" for the trigger's own.
	kind string
	// antecedent is the person a pronoun subject ("He will travel on to
	// Paris") stands for: the subject of an earlier sentence.
	antecedent *ActorMention
	// named are the actors of the whole document, in text order: "the
	// company" stands for the last organization named before it.
	named []ActorMention
	// neuter is the noun phrase an opening "It" or "They" stands for: the
	// plain subject of the sentence before (neuterAntecedent).
	neuter string
	// statement is the verb of saying that reports this happening with a
	// date of its own, other than the happening's (reportedHappenings).
	statement *statement
}

// statement is a saying given way to the happening it reports, with its
// own date: the word's place in the document and the date.
type statement struct {
	trigger timeline.Span
	date    timeline.Date
}

func (d *draft) pos() int { return d.sent.Start }

// events builds the drafts of one document.
func (a *docAnalysis) events(ctx context.Context) ([]*draft, error) {
	text := a.doc.Text
	var out []*draft
	var governing *timeline.Date
	governPara := -1
	anchors := map[string]eventAnchor{}     // the latest dated happening of each lemma
	told := map[string]eventAnchor{}        // the latest happening of each lemma told by a verb with a date of its own
	var subject *ActorMention               // the person the last sentence naming one is about
	var lastDay *timeline.Date              // the day the last sentence dating one by its own words dates
	var scene *timeline.Date                // the day of the last day or time of day a sentence told by its own words (sceneDay)
	scenePara := -1                         // the paragraph of that sentence
	stays := map[string]stay{}              // where each traveller arrived last (stayPlaces)
	scenes := map[string][]timeline.Place{} // where each happening named by its subject's noun took place (scenePlaces)
	// the plain subject of the last sentence (plainSubject), its index and paragraph
	lastPlain, lastPlainSent, lastPlainPara := "", -2, -1
	for si, s := range a.sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if a.boiler[si] != "" {
			continue
		}
		if s.Paragraph != governPara {
			governing = nil
		}
		if a.hasDateline && s.Span.Start == a.dateline.start {
			// The dateline's city, date and agency are not the sentence's.
			s.Span.Start = a.dateline.end
		}
		ws := a.words.of(text, a.lower, s.Span)
		neuter := ""
		if lastPlainSent == si-1 && lastPlainPara == s.Paragraph {
			neuter = neuterAntecedent(ws, lastPlain)
		}
		lastPlain, lastPlainSent, lastPlainPara = plainSubject(text, ws), si, s.Paragraph
		xs := within(a.timexes, func(x *temporal.Timex) int { return x.Start }, s.Span)
		if onlyDates(ws, xs) {
			continue // "January nineteen ninety-seven.": a date line, not a happening
		}
		if scheduleListing(ws, xs) {
			continue // "From 5pm, Nikki Bedi hosts a Diwali Party": a listing, not a happening
		}
		trigs := findTriggers(text, ws)
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
		verbs := verbsOutside(text, ws)
		dated := datedWords(ws, xs)
		lastDated := lastDatedWord(ws, dated)
		background := 0             // dates of background told in a relative clause
		var threats []int           // verbs of threat whose object a date dates (threatObject)
		occasions := map[int]bool{} // the nouns a verb of naming makes of a date (namedDate)
		for _, x := range xs {
			if x.Start < s.Span.Start || x.End > s.Span.End || !datesEvents(x) {
				continue
			}
			if k := wordIndexAt(ws, x.Start); k > 0 && (ws[k-1].lower == "since" && !beganOn(text, ws, x, k) || sinceThing(text, ws, k)) {
				if w := whenClause(text, ws, x); w >= 0 && !inQuote(ws, x.Start) {
					// "cared for him since November, when he was found
					// clinging to an inner tube": the start of the span
					// dates the happening its clause of time tells
					picks = append(picks, pick{x, w, 0})
				}
				// "the highest since 1992", "the first visit since 2000":
				// the start of a span that reaches the present dates no
				// happening
				continue
			}
			if k := wordIndexAt(ws, x.Start); k > 0 && ws[k-1].lower == "since" && beganOn(text, ws, x, k) && !inQuote(ws, x.Start) {
				if w := whenClause(text, ws, x); w >= 0 {
					// "had been suspended since July 24, 2003, when a test
					// aircraft lost part of a wing flap": the state began
					// with the happening its clause of time tells, an event
					// of its own beside the beginning
					picks = append(picks, pick{x, w, 0})
				}
			}
			if comparisonBase(text, ws, x) && !afterDay(x, a.doc.Published) || registerDate(ws, x) || planPeriod(text, ws, x) {
				// the base of a comparison ("compared with year-earlier
				// profit of $3.8 million") is context of the news, not a
				// happening a timeline shows; but a clause of time after
				// the base of a change tells what happened then ("6.8%
				// from Oct. 13, when Wall Street's plunge helped spark the
				// weakness", "up from 64 percent in 2018, when Voss won
				// the seat")
				if (changeBase(text, ws, x) || changeFrom(ws, wordIndexAt(ws, x.Start))) && whenClause(text, ws, x) >= 0 && !inQuote(ws, x.Start) {
					picks = append(picks, pick{x, -1, 0}) // the nearest happening of that clause
				}
				continue
			}
			if v := rescheduleTarget(ws, x); v >= 0 {
				// "will slip by another year, to late 2008": the new time
				// of what slips, not the slip's
				if n := movedHappening(text, ws, v, wordIndexAt(ws, x.Start)-1); n >= 0 && !inQuote(ws, x.Start) {
					picks = append(picks, pick{x, n, 0})
				}
				continue
			}
			if n, v, ok := threatObject(text, ws, wordIndexAt(ws, x.Start)); ok {
				threats = append(threats, v)
				if n < 0 {
					// "has threatened further action in April": the date
					// of what is threatened, no event
					background++
					continue
				}
			}
			if stateEnd(text, ws, x) && whenClause(text, ws, x) < 0 {
				// "have been closed until 6 May": the end of a state, not
				// the day it began; the closing is dated as if the
				// sentence had no date word
				background++
				continue
			}
			if h, ok := namedDate(text, ws, x); ok {
				// "declared Friday 15 December a public holiday": the
				// holiday's day, not the declaring's
				if h >= 0 && !inQuote(ws, x.Start) {
					picks = append(picks, pick{x, h, 0})
					occasions[h] = true
				} else {
					background++
				}
				continue
			}
			if backgroundDate(text, ws, trigs, verbs, x) || forecastDate(text, ws, trigs, verbs, x) {
				background++
				continue
			}
			ti, cost := attachTimex(text, ws, dated, lastDated, trigs, verbs, x)
			if v := intentGovernor(text, ws, ti, wordIndexAt(ws, x.Start)); v >= 0 && !afterPublication(x, a.doc.Published) {
				ti = v // "rejected a bid to recall the mayor on Saturday": the rejecting; a bid's aim is no happening
			}
			if ti >= 0 && otherDatesClause(text, ws, xs, ti, x) {
				ti = -1
			}
			// "December's figures" tell which figures: the date is no
			// happening's of its own, nor of one told before it ("After
			// accounting for a revision to December's figures", "released
			// December's figures"); nor does "next month's gala" date the
			// naming of its host.
			if inQuote(ws, x.Start) || (ti < 0 || ws[ti].start < x.Start) && thingOfDate(text, ws, x) || ti >= 0 && ws[ti].start < x.Start && relationalPossessive(text, ws, x) {
				continue
			}
			if ti >= 0 && ws[ti].start > x.Start && possessedThing(text, ws, x) {
				// "In response to the union's demands last month, the
				// company has offered": the demands' month, background of
				// the news
				background++
				continue
			}
			if h := reportedSubject(text, ws, x); h >= 0 && ti >= 0 && ws[ti].start < x.Start {
				// "Fund managers said Friday's selling was a natural
				// result": the date is the selling's when that is a
				// happening, never the saying's
				picks = append(picks, pick{x, h, 0})
				continue
			}
			picks = append(picks, pick{x, ti, cost})
		}
		// A list of dates that one happening takes ("in February, March
		// and April") is one date over the list.
		var lists [][]temporal.Timex // per pick: the dates of its list
		var joined []pick
		for _, p := range picks {
			if n := len(joined); n > 0 && joined[n-1].trig == p.trig && listOf(text, lists[n-1][len(lists[n-1])-1], p.x) {
				lists[n-1] = append(lists[n-1], p.x)
				continue
			}
			joined = append(joined, p)
			lists = append(lists, []temporal.Timex{p.x})
		}
		picks = joined
		best := map[int]int{} // trigger -> index into picks
		for i, p := range picks {
			if j, ok := best[p.trig]; ok && p.trig >= 0 {
				// a date that belongs to a thing yields to another date of
				// the same verb: a period after "for" is a figure's
				// ("reported a loss for the first quarter in April"), a
				// date in the possessive names a thing ("cancelled this
				// year's festival on Thursday")
				if nestedDate(picks[j].x, p.x) {
					continue // "for Friday prayers this week": the week only says which Friday
				}
				fj, fp := forPeriod(ws, picks[j].x), forPeriod(ws, p.x)
				if fj != fp && (periodBound(ws, picks[j].x) || periodBound(ws, p.x)) {
					fj, fp = false, false // "for the third quarter ended Sept. 30": one period
				}
				fj = fj || possessiveDate(ws, picks[j].x)
				fp = fp || possessiveDate(ws, p.x)
				if !nestedDate(p.x, picks[j].x) && (fj == fp && picks[j].cost <= p.cost || !fj && fp) {
					continue
				}
			}
			best[p.trig] = i
		}
		// A date that no happening of the sentence takes is the date of
		// something else (a forecast, a saying it is not about) when the
		// sentence has a happening; in a sentence without one it stands for
		// the sentence's own ("Protesters marched on Saturday").
		happening := forecastSentence(ws) // a forecast dates no sentence of its own
		others := happening               // a forecast, or a word of happening but a saying that ends the sentence and attributes it
		for _, ti := range trigs {
			happening = happening || !ws[ti].quoted && !referencePoint(ws, ti)
			others = others || !ws[ti].quoted && !(ti == len(ws)-1 && ws[ti].info().speech)
		}
		taken := map[int]bool{}
		for i, p := range picks {
			if p.trig >= 0 && best[p.trig] == i {
				taken[p.trig] = true
			}
		}
		for i, p := range picks {
			var gapped timeline.Span // the first phrase, left out of a second date's headline
			asOf := false
			if p.trig < 0 && (!happening || !others) {
				// "As of February, the store accounts for 70 percent", and
				// so before ", a firm said"
				p.trig = asOfState(text, ws, p.x)
				asOf = p.trig >= 0
				if !asOf && !happening {
					p.trig = futureWhen(text, ws, wordIndexAt(ws, p.x.Start)) // "will try to restore contact when the satellite passes over on Wednesday"
				}
			}
			if p.trig >= 0 && best[p.trig] != i && possessiveDate(ws, p.x) {
				continue // "this year's festival": which festival, no happening of its own
			}
			if p.trig < 0 && happening || p.trig >= 0 && best[p.trig] != i {
				// its trigger went to a nearer date, or it has none: the
				// nearest word of happening of its own clause, unless it
				// only adds to the date that took its trigger ("at 3:03
				// p.m. on Thursday")
				if p.trig >= 0 && (sameTime(text, picks[best[p.trig]].x, p.x) || nestedDate(picks[best[p.trig]].x, p.x)) {
					continue
				}
				if p.trig < 0 || !secondDate(text, ws, trigs, verbs, p.trig, picks[best[p.trig]].x, p.x) {
					if bornBefore(ws, wordIndexAt(ws, p.x.Start)) {
						p.trig = -1 // "was born in 1941": the birth, named after the headline
					} else if p.trig = clauseTrigger(text, ws, dated, p.x, taken); p.trig < 0 {
						continue
					} else {
						taken[p.trig] = true
					}
				} else {
					// "reach shops in Europe on Friday and in Asia in June":
					// the verb's second time
					gapped = gappedPhrase(ws, p.trig, picks[best[p.trig]].x)
				}
			}
			d := a.newDraft(s, ws, p.trig)
			d.gapped = gapped
			if occasions[d.trig] && !d.info.noun {
				d.info = triggerInfo{lemma: ws[d.trig].lower, noun: true} // "a public holiday": the occasion, a noun outside the lexicon
			}
			if asOf && d.info.lemma == "" {
				d.info.lemma = presentLemma(ws[p.trig].lower)
			}
			d.date = timeline.DateOf(p.x)
			if x, ok := closedPeriod(text, ws, xs, p.x); ok {
				d.date = timeline.DateOf(x) // "rose in the three months to June": the second quarter
			}
			var repeats []timeline.Date // the occurrences of a list of dates apart, after the first
			if len(lists[i]) > 1 {
				ds := listDates(text, lists[i])
				d.date, repeats = ds[0], ds[1:]
			}
			d.ownDate = true
			// The end of a state ("had led the table until April, when
			// they lost three matches") is no happening of the date: the
			// clause of time after it tells that date's. (After the date
			// of a happening, "in June, when the company first admitted
			// the problems", the clause of time tells the same occasion,
			// a word its date anchors with the trigger: see coAnchor.)
			if w := whenClause(text, ws, lists[i][len(lists[i])-1]); w >= 0 && w != p.trig && !used[w] && !taken[w] && endOfState(ws, p.x) && !inQuote(ws, p.x.Start) {
				e := a.newDraft(s, ws, w)
				e.date, e.ownDate = d.date, true
				e.also = append(e.also, d.trig) // the state ends with it
				d = e
				taken[w] = true
			}
			drafts = append(drafts, d)
			used[d.trig] = true
			if l := lists[i]; len(l) > 1 && endOfState(ws, l[len(l)-1]) && !inQuote(ws, p.x.Start) {
				// "had operated from March 2022 until August 2023, when the
				// bureau raided the ministry": the span's end dates the
				// happening its clause of time tells, which ends the state
				if w := whenClause(text, ws, l[len(l)-1]); w >= 0 && !used[w] && !taken[w] {
					e := a.newDraft(s, ws, w)
					e.date, e.ownDate = timeline.DateOf(l[len(l)-1]), true
					drafts = append(drafts, e)
					used[w], taken[w] = true, true
				}
			}
			if l := lists[i]; len(repeats) > 0 && d.trig == p.trig {
				// the list's other occasions: the same happening, each on
				// its own date, the list left out of every headline
				d.list = timeline.Span{Start: l[0].Start, End: l[len(l)-1].End}
				for _, r := range repeats {
					e := a.newDraft(s, ws, p.trig)
					e.gapped, e.info, e.list = d.gapped, d.info, d.list
					e.date, e.ownDate = r, true
					drafts = append(drafts, e)
				}
			}
			// "Halden's sales fell 6 percent in 2008, while Marisco earned
			// 480 million dollars": a clause of contrast or of the same
			// time after the date's clause, without a date of its own,
			// tells another happening of that date
			end := p.x.End // the end of its list: "on Monday and Tuesday as the town held ..."
			if l := lists[i]; len(l) > 1 {
				end = l[len(l)-1].End
			}
			if first, last := wordRange(ws, p.x.Start, end); !inQuote(ws, p.x.Start) && (d.trig < 0 || !ws[d.trig].info().speech) {
				if w := sameTimeClause(text, ws, dated, last); w >= 0 && !used[w] && !taken[w] {
					e := a.newDraft(s, ws, w)
					e.date, e.ownDate = d.date, true
					drafts = append(drafts, e)
					used[w], taken[w] = true, true
				}
				// "When the trial opened on 3 February, the defendant told
				// the judges": the main clause in the time of "when"
				if w, c := whenMain(text, ws, dated, last); w >= 0 && d.trig >= 0 && d.trig < c && !used[w] && !taken[w] {
					e := a.newDraft(s, ws, w)
					e.date, e.ownDate = d.date, true
					drafts = append(drafts, e)
					used[w], taken[w] = true, true
				}
				// "repelled an attack on Saturday, and four attackers were
				// killed": a clause of its own subject after the date's
				// clause, both in the past, tells the same occasion (not
				// after a relative clause's date: "signed Kato, who had
				// been released in December, and she scored eight goals")
				if t := d.trig; t >= 0 && t < first && pastBefore(text, ws, first) && !commaRelative(text, ws, t) {
					if w := andClause(text, ws, dated, last); w >= 0 && !used[w] && !taken[w] {
						e := a.newDraft(s, ws, w)
						e.date, e.ownDate = d.date, true
						drafts = append(drafts, e)
						used[w], taken[w] = true, true
					}
				}
				// "visited the area on Sunday and promised aid": the second
				// of two coordinated verbs after the first's date is a
				// happening of its own on that date, and so after a date
				// just before the first ("on Sunday the minister visited
				// the area and promised aid")
				if c := secondHappening(text, ws, dated, governingVerb(text, ws, d.trig)); c > last && !used[c] && !taken[c] && (d.trig < first || d.trig > last && d.trig-last <= 6) {
					e := a.newDraft(s, ws, c)
					e.date, e.ownDate = d.date, true
					drafts = append(drafts, e)
					used[c], taken[c] = true, true
				} else if c := coordinatedPerfect(text, ws, dated, d.trig); c > last && !used[c] && !taken[c] && d.trig >= 0 && pastForm(ws, d.trig) && !presentPerfect(ws, d.trig) && !a.doc.Published.IsZero() {
					// "passed a medical on Wednesday and has agreed a
					// five-year contract": the second verb, in the present
					// perfect, is news of the publication day
					e := a.newDraft(s, ws, c)
					e.date = a.publicationDate("present perfect \"" + text[ws[c-1].start:ws[c].end] + "\" joined to a dated verb in the past")
					drafts = append(drafts, e)
					used[c], taken[c] = true, true
				}
			}
			// A date that opens a sentence governs the rest of the paragraph.
			if wordIndexAt(ws, p.x.Start) <= 1 && strings.HasPrefix(strings.TrimLeft(text[p.x.End:s.Span.End], " "), ",") {
				g := d.date
				governing, governPara = &g, s.Paragraph
			}
		}
		drafts = a.reportedHappenings(s, ws, trigs, drafts, used)
		drafts = a.offsetHappenings(s, ws, xs, drafts, used)
		for _, v := range threats {
			// "the union has threatened further action in April": the
			// threat, in the present perfect, is the publication day's
			if !used[v] && !ws[v].quoted && !negated(ws, v) && mainClause(text, ws, v) && !a.doc.Published.IsZero() {
				d := a.newDraft(s, ws, v)
				d.date = a.publicationDate("present perfect \"" + text[ws[v-1].start:ws[v].end] + "\" of what is still to come")
				drafts = append(drafts, d)
				used[v] = true
			}
		}
		// A governed sentence: its main trigger takes the governing date.
		if len(picks) == 0 && governing != nil && !sinceDated(ws, xs) {
			if ti := mainTrigger(text, ws, trigs, used); ti >= 0 && !habitualRelative(ws, ti) {
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
			// A sentence that dates one of its happenings tells that one:
			// its other verb is part of it ("made the announcement at a
			// press conference on Tuesday"), not an undated event.
			if k, rep := reportedPerfect(text, ws, trigs, verbs, drafts, used); k >= 0 {
				// "Biologists have described a new species, the university
				// announced on Tuesday": the report's date
				d := a.newDraft(s, ws, k)
				d.date = rep.date
				d.date.Explanation = strings.TrimSpace(d.date.Explanation + "; present perfect \"" + text[ws[k-1].start:ws[k].end] + "\" told by the report (\"" + rep.trigger + "\")")
				drafts = append(drafts, d)
				used[k] = true
			}
			ti := mainTrigger(text, ws, trigs, used)
			if ti < 0 && len(picks) == 0 {
				ti = perfectNews(ws, trigs, used) // "has confirmed 15 more deaths"
				if ti < 0 {
					ti = a.actorPerfectNews(ws, verbs, true) // "The US government has designated ..."
				}
			}
			if (ti < 0 || future(ws, ti)) && len(picks) == 0 && !a.doc.Published.IsZero() {
				if k := a.perfectSaying(ws, trigs); k >= 0 {
					ti = k // "Karl Ober has said the government will respect the ruling": the statement
				}
			}
			if (ti < 0 || future(ws, ti) || !mainClause(text, ws, ti)) && len(picks) > 0 && !a.doc.Published.IsZero() {
				// "Verhoeven has claimed victory and is expected to be sworn
				// in next month": the news of the main clause, whose
				// sentence dates only other clauses, not a plan nor what is
				// said in another clause
				k := perfectNews(ws, trigs, used)
				if k < 0 {
					k = a.actorPerfectNews(ws, verbs, false)
				}
				if k >= 0 && !used[k] && perfectElsewhere(text, ws, xs, k, drafts) {
					ti = k
				}
			}
			news := ti >= 0 && a.newsBeforeFuture(ws, ti, drafts)
			modified := ti >= 0 && !news && !a.doc.Published.IsZero() && perfectAfterModifier(text, ws, xs, ti, drafts)
			elsewhere := ti >= 0 && !news && !modified && !a.doc.Published.IsZero() && perfectElsewhere(text, ws, xs, ti, drafts)
			if ti >= 0 && !ws[ti].quoted && (!hasDated(drafts, ws) || news || modified || elsewhere) {
				d := a.newDraft(s, ws, ti)
				if len(picks) == 0 {
					var near *timeline.Date // the scene's day, told in this paragraph or the one before
					if scene != nil && s.Paragraph-scenePara <= 1 {
						near = scene
					}
					d.date = a.undatedNews(ws, ti, !slices.Contains(dated, true) || background == len(xs), lastDay, near)
					if an, ok := retelling(ws, ti, told); ok && d.date.Rule == "publication" {
						// "The singer died on Saturday. Her son said she had
						// died of cancer": what is said retells the death
						day := an.date
						day.Explanation = strings.TrimSpace("\"" + text[ws[ti-1].start:ws[ti].end] + "\" told by a saying retells the " + an.lemma + " told before on its date: " + day.Explanation)
						d.date = day
					}
				} else if news {
					d.date = a.publicationDate("present perfect \"" + text[ws[ti-1].start:ws[ti].end] + "\" before a happening still to come")
				} else if modified {
					d.date = a.publicationDate("present perfect \"" + text[ws[ti-1].start:ws[ti].end] + "\"; the date before it is its subject's participle's")
				} else if elsewhere {
					d.date = a.publicationDate("present perfect \"" + text[ws[ti-1].start:ws[ti].end] + "\"; the sentence's dates are other clauses'")
				}
				drafts = append(drafts, d)
				used[ti] = true
				// "The airline has cancelled 220 flights and has offered
				// refunds": a second present perfect joined to the first is
				// news of the same day
				if c := coordinatedPerfect(text, ws, dated, ti); c >= 0 && !used[c] && !d.date.IsZero() && presentPerfect(ws, ti) {
					e := a.newDraft(s, ws, c)
					e.date = d.date
					drafts = append(drafts, e)
					used[c] = true
				}
				// "The camp has been dismantled and its researchers have
				// flown home": a present perfect of its own subject joined
				// before it is news of the same day
				if c := perfectBeforeAnd(text, ws, dated, ti); c >= 0 && !used[c] && len(picks) == 0 && !d.date.IsZero() && presentPerfect(ws, ti) {
					e := a.newDraft(s, ws, c)
					e.date = d.date
					drafts = append(drafts, e)
					used[c] = true
				}
			}
			for _, ti := range trigs {
				if !used[ti] && embeddedNominal(ws, ti) {
					drafts = append(drafts, a.newDraft(s, ws, ti))
					used[ti] = true
				}
			}
		}
		drafts = objectNouns(text, ws, drafts)
		coAnchor(text, ws, dated, within(a.timexes, func(x *temporal.Timex) int { return x.Start }, s.Span), drafts)
		listWords(drafts)
		a.assignActors(drafts, ws)
		sharedSubject(drafts, ws)
		a.assignPlaces(drafts, ws)
		// "a meeting on the sidelines of the summit": the summit's date and place.
		dateByReference(text, drafts, ws, anchors)
		dateByTimeOf(text, drafts, ws, told)
		dateByOffset(text, drafts, ws, xs, told)
		var keep []*draft
		for _, d := range drafts {
			if d.trig >= 0 && !d.ownDate && expectedTo(ws, d.trig) {
				continue // only expected, and not scheduled on a date
			}
			if d.date.IsZero() && d.trig >= 0 && presentSimple(text, ws, d.trig) {
				continue // "Tamino sees an odd-looking man", "Punt travels to the border": a synopsis, a listing, a habit
			}
			if d.trig >= 0 && (counterfactual(ws, d.trig) || counterfactualObject(text, ws, d.trig)) {
				continue // "we would have suffered the same", "nothing he did should have killed Jackson", "would have meant an election"
			}
			if d.trig >= 0 && notYet(ws, d) {
				continue // a plan without a date, or on a condition
			}
			if !d.date.IsZero() || len(d.actors) > 0 || embeddedNominal(ws, d.trig) {
				if d.date.IsZero() && !hasPersonOrOrg(d.actors) && !embeddedNominal(ws, d.trig) {
					continue
				}
				if retold(d, out) {
					continue // told before: "announced the measure"
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
		pronoun := len(ws) > 0 && ws[0].is(cSubjectPronoun)
		for _, d := range keep {
			d.named = a.actors
			if pronoun && subject != nil && d.trig > 0 && !namedBefore(d.actors, ws[d.trig].start) {
				d.antecedent = subject
			}
			if neuter != "" && d.trig > 0 {
				d.neuter = neuter // "The probe entered orbit. It fired": the probe
			}
		}
		if !pronoun {
			if m := firstPerson(a.actors, ws, s.Span); m != nil {
				subject = m
			}
		}
		a.stayPlaces(keep, stays, s.Paragraph)
		scenePlaces(text, keep, scenes)
		a.datelinePlace(keep)
		recordScenes(text, keep, scenes)
		for _, d := range keep {
			d.verbTrigger()
			d.title = glueNot(headlineOf(text, d))
			for _, an := range anchorsOf(text, d) {
				anchors[an.lemma] = an
			}
			if an, ok := toldAnchor(d); ok {
				told[an.lemma] = an
			}
		}
		for _, d := range keep {
			d.nameHappening()
			d.promoteTrigger()
		}
		out = append(out, keep...)
		for _, d := range keep {
			if d.ownDate && d.date.Precision == timeline.PrecisionDay {
				day := d.date
				lastDay = &day
			}
			if day, ok := sceneDay(d); ok {
				scene, scenePara = &day, s.Paragraph
			}
		}
	}
	return out, nil
}

// sceneDay is the day of a draft dated by its own words to a day or a time
// of a day, the moment a narrative stands at after it: "It was a little
// after 7 pm on Saturday 28 October when the motorbikes pulled up". A time
// at night gives none, since what follows it by hours may fall on the next
// day.
func sceneDay(d *draft) (timeline.Date, bool) {
	v := d.date.Value
	if !d.ownDate || d.trig < 0 || !calendarPrefix(v, 10) || strings.HasSuffix(v, "TNI") || len(v) >= 13 && v[10] == 'T' && v[11:13] >= "21" && v[11:13] <= "24" {
		return timeline.Date{}, false
	}
	if len(v) == 10 {
		return d.date, true
	}
	val, err := temporal.ParseValue(v[:10])
	if err != nil {
		return timeline.Date{}, false
	}
	return timeline.DateOf(temporal.Timex{Start: d.date.Span.Start, End: d.date.Span.End, Text: d.date.Expression, Type: "DATE", Value: val, Rule: d.date.Rule}), true
}

// hasDated reports a dated draft among ds whose trigger is a happening of
// the sentence, not a point of reference ("since the outbreak of the
// pandemic more than two years ago").
// newsBeforeFuture reports a happening in the present perfect whose
// sentence dates only happenings still to come: "The Commission has deployed
// 1.2 lakh security personnel for the counting of votes on December 11" (a
// Sunday's news) tells two happenings, not one dated by the other.
func (a *docAnalysis) newsBeforeFuture(ws []word, ti int, ds []*draft) bool {
	if a.doc.Published.IsZero() || !presentPerfect(ws, ti) || sinceIn(ws) {
		return false
	}
	pub := a.doc.Published.Format("2006-01-02")
	future := false
	for _, d := range ds {
		if d.date.IsZero() || d.trig < 0 {
			continue
		}
		if d.trig == ti || d.date.Start == "" || d.date.Start <= pub {
			return false
		}
		future = true
	}
	return future
}

func hasDated(ds []*draft, ws []word) bool {
	for _, d := range ds {
		if !d.date.IsZero() && d.trig >= 0 && !referencePoint(ws, d.trig) {
			return true
		}
	}
	return false
}

func (a *docAnalysis) newDraft(s Sentence, ws []word, ti int) *draft {
	d := &draft{doc: a.doc, docOrder: a.order, sent: s.Span, para: s.Paragraph, trig: ti, words: a.words.hold(ws)}
	if ti >= 0 {
		info, ok := ws[ti].trigger()
		if !ok {
			var ok bool
			if info, ok = headInfo(a.doc.Text, ws, ti); !ok && isNoun(ws, ti) {
				info = triggerInfo{lemma: ws[ti].lower, noun: true} // a noun of happening outside the lexicon
			} // else a verb outside the lexicon
		}
		d.info = info
		d.info.speech = info.speech && !notSaying(a.doc.Text, ws, ti) // "adding Greece in 1952": no saying
		d.info.noun = isNoun(ws, ti) || namedModifier(a.doc.Text, ws, ti)
		d.trigger = a.doc.Text[ws[ti].start:ws[ti].end]
	}
	return d
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
