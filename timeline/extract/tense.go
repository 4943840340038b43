package extract

import (
	"strconv"
	"strings"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// datelinePlace gives the dateline's city to the events of the article's
// own reporting that have no place: those dated within the week up to the
// publication day (or over the week of publication: "have withdrawn ...
// this week"), whose clause names no place the gazetteer does not know
// and whose subject is no other country than the dateline's (a foreign
// government did not act in the reporter's city); and the events of a
// sentence that says "here", whatever their date.
func (a *docAnalysis) datelinePlace(ds []*draft) {
	if !a.hasDateline || a.dateline.place == nil || a.doc.Published.IsZero() {
		return
	}
	pub := a.doc.Published.Format("2006-01-02")
	weekBefore := a.doc.Published.AddDate(0, 0, -7).Format("2006-01-02")
	weekAfter := a.doc.Published.AddDate(0, 0, 6).Format("2006-01-02")
	for _, d := range ds {
		if len(d.places) == 0 && saysHere(d.words) {
			// "The High Court here today fixed April 22 for the trial":
			// the reporter's city, whatever the date
			d.places = []timeline.Place{placeOf(*a.dateline.place)}
			continue
		}
		if len(d.places) > 0 || d.date.IsZero() || d.date.Start == "" || d.date.End == "" {
			continue
		}
		if d.date.Start >= weekBefore && d.date.Start <= pub && d.date.End <= weekAfter && !a.elsewhere(d) {
			d.places = []timeline.Place{placeOf(*a.dateline.place)}
		}
	}
}

// saysHere reports a sentence that places its news "here", outside
// quotation marks: in a datelined article, the dateline's city. "Here is",
// "here are" and "here's" open a list or a quote, not a place.
func saysHere(ws []word) bool {
	for k, w := range ws {
		if w.lower == "here" && !w.quoted && !w.possessive && (k+1 >= len(ws) || ws[k+1].lower != "is" && ws[k+1].lower != "are" && ws[k+1].lower != "'s" && ws[k+1].lower != "’s") {
			return true
		}
	}
	return false
}

// perfectBeforeObject reports a verb in the present perfect after from and
// at most four words before the word at n that ends its object phrase:
// "has called for direct talks".
func perfectBeforeObject(ws []word, from, n int) bool {
	for k := n - 1; k > from && k >= n-4; k-- {
		if presentPerfect(ws, k) {
			return true
		}
	}
	return false
}

// reportedHappenings applies the rule of reported speech: a verb of saying
// is the event only when its sentence tells no other happening. When it
// does, the saying gives way to that happening, and hands it its date when
// the happening has none of its own and is not still to come ("BP said on
// Friday that it had activated its response": the response, on Friday).
func (a *docAnalysis) reportedHappenings(s Sentence, ws []word, trigs []int, drafts []*draft, used map[int]bool) []*draft {
	other := mainTrigger(a.doc.Text, ws, trigs, used) >= 0
	for _, d := range drafts {
		other = other || d.trig >= 0 && !d.info.speech
	}
	if !other {
		return drafts
	}
	var out []*draft
	for _, d := range drafts {
		if d.trig < 0 || !d.info.speech || d.info.noun || isNoun(ws, d.trig) {
			out = append(out, d)
			continue
		}
		ti := mainTrigger(a.doc.Text, ws, trigs, used)
		if ti >= 0 && ti < d.trig && coordinatedClause(a.doc.Text, ws, ti, d.trig) {
			ti = -1 // "The bank has raised its rate, and its governor said on Monday that ...": not what he said
		}
		if ti > d.trig && (presentPerfect(ws, ti) || perfectBeforeObject(ws, d.trig, ti)) && pastVerb(ws, d.trig) && coordinatedClause(a.doc.Text, ws, d.trig, ti) {
			ti = -1 // "said on Tuesday that the law was flawed, and the US has postponed a visit": reported, it would be "had postponed"
		}
		if ti >= 0 && ti < d.trig && speakerRelative(a.doc.Text, ws, ti, d.trig) {
			ti = -1 // "Business groups, which had lobbied against the increase, said on Thursday that ...": the speaker's background
		}
		if datedHappening(drafts, ws) && !(ownSayingDate(d, drafts) && pastVerb(ws, ti) && ti-d.trig <= 8 && d.trig-ti <= 8) {
			if ownSayingDate(d, drafts) && ((onlyBefore(drafts, d) || onlyBackground(ws, drafts, d) || colonAfterDate(a.doc.Text, ws, d)) && !forecastSentence(ws) || pastVerb(ws, d.trig) && !reportsDated(a.doc.Text, ws, drafts, d)) {
				// "The Maariv newspaper said Sunday that Netanyahu's
				// comments last week were in response": what it dates is
				// background; the saying is the day's (but a forecast
				// said is no happening: "said on Friday it expects to be
				// profitable this year")
				out = append(out, d)
				continue
			}
			keepStatement(drafts, d)
			continue // the sentence dates its happening itself
		}
		if ti < 0 || future(ws, ti) || negated(ws, ti) {
			// what is said is no happening of a day (a plan, a denial):
			// the statement is the news, on its own date
			out = append(out, d)
			continue
		}
		nd := a.newDraft(s, ws, ti)
		nd.date = d.date
		nd.ownDate = d.ownDate
		nd.date.Explanation = strings.TrimSpace(nd.date.Explanation + "; the date of the report (\"" + a.doc.Text[ws[d.trig].start:ws[d.trig].end] + "\")")
		used[ti] = true
		out = append(out, nd)
	}
	return out
}

// speakerRelative reports a word at k inside a relative clause set off by
// commas that closes right before the saying at say: "Business groups,
// which had lobbied against the increase since last year, said on Thursday
// that ...". The clause describes the speaker; it is nothing the saying
// reports.
func speakerRelative(text string, ws []word, k, say int) bool {
	if say < 1 || strings.TrimSpace(text[ws[say-1].end:ws[say].start]) != "," {
		return false
	}
	for j := k + 1; j < say; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			return false
		}
	}
	for j := k; j >= 1 && j >= k-12; j-- {
		gap := text[ws[j-1].end:ws[j].start]
		if relativePronouns[ws[j].lower] && strings.TrimSpace(gap) == "," {
			return true
		}
		if hasPunct(gap) {
			return false
		}
	}
	return false
}

// keepStatement gives the saying d's own date to the happening it
// reports, as its statement, when the saying is no event: "The council said
// on Monday that ferries would be barred from April 1" is the barring on
// April 1, said on Monday. What is said is the nearest dated happening
// after the saying, whose date must differ from the saying's. A saying that
// closes its sentence ("Kim will leave on Nov. 17, a spokesman said
// Wednesday") keeps no statement yet: the one such case of the TimeML
// corpora has a gold date other than its weekday's, which lowered word
// precision.
func keepStatement(drafts []*draft, d *draft) {
	if !ownSayingDate(d, drafts) {
		return
	}
	var to *draft
	for _, o := range drafts {
		if o == d || o.date.IsZero() || o.trig < 0 || o.info.speech || o.trig <= d.trig {
			continue
		}
		if to == nil || o.trig < to.trig {
			to = o
		}
	}
	if to == nil || to.statement != nil || to.date.Value == d.date.Value {
		return
	}
	to.statement = &statement{trigger: d.triggerSpan(), date: d.date}
}

// reportsDated reports a dated draft of the sentence, other than the
// saying d, inside what d reports: after it, or before it when the saying
// closes the sentence ("Kim will leave on Nov. 17, a spokesman said in a
// radio interview Wednesday"). A date in a clause that frames the saying
// ("Hoping to keep the spaceships on track for a 2015 debut, NASA said
// earlier this week it had decided ...") is not what is said: the saying,
// told in the past, keeps its own date.
func reportsDated(text string, ws []word, drafts []*draft, d *draft) bool {
	before := false
	for _, o := range drafts {
		if o == d || o.date.IsZero() || o.trig < 0 {
			continue
		}
		if o.trig > d.trig {
			return true
		}
		before = true
	}
	return before && closingAttribution(text, ws, d) && !saysAfter(text, ws, d)
}

// saysAfter reports a reported clause after the saying d, within a dozen
// words and before any punctuation: a "that" or a verb other than the
// words of its own date ("NASA said earlier this week it had decided"); a
// saying that closes its sentence has only its date and its speaker after
// it, or a clause of its own after a comma ("..., two banking sources said
// on Thursday, as talks dragged on").
func saysAfter(text string, ws []word, d *draft) bool {
	for k := d.trig + 1; k < len(ws) && k <= d.trig+12; k++ {
		if inSpan(ws[k], d.dateSpan()) {
			continue
		}
		if hasPunct(text[ws[k-1].end:ws[k].start]) {
			return false // ", as talks dragged on": a clause of its own, not what is said
		}
		if ws[k].lower == "that" || clauseVerb(text, ws, k) || ws[k].is(cBeForm|cAuxiliary|cModal) {
			return true
		}
	}
	return false
}

// coordinatedClause reports a clause joined by a comma and "and" or "but"
// between words i and j: "The central bank has kept its rate unchanged,
// and its governor said on Monday". The verb of saying at j opens a clause
// of its own, which does not report the happening at i.
func coordinatedClause(text string, ws []word, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if coordinators[ws[k].lower] && ws[k].lower != "or" && strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return true
		}
	}
	return false
}

// colonAfterDate reports a saying whose own date, after it, ends with a
// colon: "The New York Times said in an editorial on Saturday, April 25:
// The Supreme Court took a detour this week". What follows the colon is
// what is said, told in its own words with its own dates; the saying is
// the day's happening.
func colonAfterDate(text string, ws []word, d *draft) bool {
	sp := d.date.Span
	return sp.Start > ws[d.trig].start && strings.HasPrefix(strings.TrimLeft(text[sp.End:], " "), ":")
}

// ownSayingDate reports a saying dated by its own date word, one no
// happening of the sentence takes: "said Thursday he has sent a team to
// recover the remains of an expert killed almost two years ago" is Thursday's
// report, whatever the background it tells: it dates the happening it
// reports next to it (at most 8 words away), in a past form.
func ownSayingDate(d *draft, drafts []*draft) bool {
	if !d.ownDate || d.date.Span.End <= d.date.Span.Start {
		return false
	}
	for _, o := range drafts {
		if o != d && !o.date.IsZero() && o.date.Value == d.date.Value {
			return false
		}
	}
	return true
}

// onlyBefore reports that every other dated draft of the sentence ends
// before the saying d's date starts.
func onlyBefore(drafts []*draft, d *draft) bool {
	for _, o := range drafts {
		if o == d || o.date.IsZero() {
			continue
		}
		if o.date.End == "" || d.date.Start == "" || o.date.End >= d.date.Start {
			return false
		}
	}
	return true
}

// onlyBackground reports that every other dated draft of the sentence
// lies in a relative clause after the saying d: "Neal Horsley said Friday
// that he would seek a new Internet service for his site, which was the
// focus of a trial that led to a verdict this week" tells the verdict as
// background; the saying is Friday's news.
func onlyBackground(ws []word, drafts []*draft, d *draft) bool {
	for _, o := range drafts {
		if o == d || o.date.IsZero() {
			continue
		}
		if o.trig <= d.trig || !inRelative(d.doc.Text, ws, d.trig, o.trig) {
			return false
		}
	}
	return true
}

// inRelative reports word j inside a relative clause opened after word i
// by a relative pronoun other than "that", which no comma closes before j:
// not "said the poll, which had been set for October 5, would be held on
// December 15".
func inRelative(text string, ws []word, i, j int) bool {
	for k := j - 1; k > i; k-- {
		if strings.Contains(text[ws[k].end:ws[k+1].start], ",") {
			return false
		}
		if w := ws[k].lower; w != "that" && relativePronouns[w] {
			return true
		}
	}
	return false
}

// pastVerb reports a verb (no noun) in a past form, not still to come nor
// negated: a happening a report can date ("said Thursday he has sent").
func pastVerb(ws []word, ti int) bool {
	if ti < 0 || isNoun(ws, ti) || future(ws, ti) || negated(ws, ti) || conditional(ws, ti) {
		return false
	}
	w := ws[ti].lower
	return strings.HasSuffix(w, "ed") || irregularPast[w] != "" || irregularParticiples[w]
}

// perfectAux are the auxiliaries of the present perfect.
var perfectAux = lexSet(`has have`)

// presentPerfect reports a verb in the present perfect, active or passive,
// perhaps with an adverb: "has declared", "have been closed", "has
// successfully launched". News told so without a date word happened by the
// day it was published.
func presentPerfect(ws []word, ti int) bool {
	if ti == 0 || isNoun(ws, ti) || !strings.HasSuffix(ws[ti].lower, "ed") && !ws[ti].is(cIrregularParticiple) {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		switch w := ws[k].lower; {
		case ws[k].is(cPerfectAux):
			// not after a modal or "to": "may have fled", "must have
			// left", "is believed to have died" tell a possibility, an
			// inference or a report, no news of the day
			p := k - 1
			if p > 0 && ws[p].lower == "not" {
				p--
			}
			return p < 0 || !ws[p].is(cModal) && ws[p].lower != "to"

		case w == "been" || strings.HasSuffix(w, "ly") || w == "already" || w == "now" || w == "also" || w == "just":
			continue
		default:
			return false
		}
	}
	return false
}

// publicationDate dates a happening by the day its document was published,
// saying why; zero when the publication day is not known.
func (a *docAnalysis) publicationDate(why string) timeline.Date {
	pub := a.doc.Published
	if pub.IsZero() {
		return timeline.Date{}
	}
	how := "dated by publication " + pub.Format("Mon 2006-01-02")
	if !a.filed.IsZero() {
		// wire copy printed a day or more after its dateline
		how = "dated by the dateline's day " + a.filed.Format("Mon 2006-01-02") + " (published " + pub.Format("Mon 2006-01-02") + ")"
		pub = a.filed
	}
	day := pub.Format("2006-01-02")
	return timeline.Date{
		Value: day, Type: "DATE", Precision: timeline.PrecisionDay, Start: day, End: day, EDTF: day,
		Rule: "publication", Anchor: day, Tense: "present",
		Explanation: how + ": " + why,
	}
}

// futureMarks put the verb after them in the future: "will leave", "plans to open".
var futureMarks = lexSet(`will would shall to`)

// future reports a trigger marked as still to come.
func future(ws []word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if ws[k].is(cFutureMark) {
			return true
		}
		if _, ok := ws[k].trigger(); ok {
			return false
		}
	}
	return false
}

// objectNouns makes one happening of a verb and the dated event noun it
// governs: "chaired a review meeting on Saturday", "attended the opening
// ceremony on Saturday evening", "criticised the service at a community
// meeting on Sunday". The noun, which took the date, tells the happening
// (its headline says the verb: "Verma chairs a review meeting"); the verb
// gives no undated event of its own.
func objectNouns(text string, ws []word, drafts []*draft) []*draft {
	absorbed := map[*draft]bool{}
	for _, n := range drafts {
		if n.trig < 0 || n.date.IsZero() || !(n.info.noun || isNoun(ws, n.trig)) || n.info.travel {
			continue
		}
		for _, v := range drafts {
			if v.trig >= 0 && v.trig < n.trig && v.date.IsZero() && !v.info.noun && !isNoun(ws, v.trig) && !v.info.speech &&
				!aspectualVerbs[v.info.lemma] && governs(text, ws, v.trig, n.trig) {
				absorbed[v] = true
			}
		}
	}
	if len(absorbed) == 0 {
		return drafts
	}
	var out []*draft
	for _, d := range drafts {
		if !absorbed[d] {
			out = append(out, d)
		}
	}
	return out
}

// governingVerb is the verb in the past that governs the event noun at n
// as its object (governs): "conceded defeat on Monday", "lost the vote on
// Monday"; n itself when it is no such noun.
func governingVerb(text string, ws []word, n int) int {
	if n < 1 || !isNoun(ws, n) {
		return n
	}
	for g := n - 1; g >= 0 && g >= n-5; g-- {
		if pastForm(ws, g) && !isNoun(ws, g) && eventWord(text, ws, g) {
			if governs(text, ws, g, n) {
				return g
			}
			break
		}
	}
	return n
}

// governs reports an event noun that is the object of the verb before it,
// or stands in its "at" phrase: only determiners and modifiers between
// them, within four words, in one clause.
func governs(text string, ws []word, v, n int) bool {
	if n-v > 5 || clauseBreaks(text, ws, v, n) > 0 || hasPunctBetween(text, ws, v, n) {
		return false
	}
	for k := v + 1; k < n; k++ {
		w := ws[k].lower
		if _, ok := ws[k].trigger(); ok && !ws[k].is(cDeterminer) {
			return false
		}
		if ws[k].is(cLocationPrep|cNounPrep|cTemporalPrep) && !(w == "at" && k == v+1) {
			return false
		}
	}
	return true
}

// sharedSubject gives a verb coordinated with an earlier one ("Morita
// arrived on Monday and will leave on Wednesday") the earlier verb's
// subject, when it has none of its own.
func sharedSubject(drafts []*draft, ws []word) {
	for _, d := range drafts {
		if d.trig < 1 || d.antecedent != nil || namedBefore(d.actors, ws[d.trig].start) {
			continue
		}
		k := d.trig - 1
		for k > 0 && (ws[k].is(cAuxiliary) || ws[k].is(cBeForm) || ws[k].lower == "to" ||
			ws[k].info().light && !isNoun(ws, k)) {
			k-- // "and plans to open": the subject of the verb before "and"
		}
		if ws[k].lower != "and" {
			continue
		}
		for _, o := range drafts {
			if o == d || o.trig < 0 || o.trig >= k {
				continue
			}
			for i, m := range o.actors {
				if m.Span.End <= ws[o.trig].start && (m.Actor.Kind == ActorPerson || m.Actor.Kind == ActorOrganization) {
					d.antecedent = &o.actors[i]
					break
				}
			}
		}
	}
}

// datedHappening reports a dated draft of a happening that is not a saying
// nor a point of reference, nor a deadline still to come (deadline): "said
// in January that it hoped to restart the project before the end of the
// year" tells no happening of a day, so the saying stays the news of its
// own date.
func datedHappening(ds []*draft, ws []word) bool {
	for _, d := range ds {
		if !d.date.IsZero() && d.trig >= 0 && !d.info.speech && !referencePoint(ws, d.trig) && !deadline(ws, d) {
			return true
		}
	}
	return false
}

// undatedNews dates a happening its sentence tells without a date word,
// when the way it is told dates it: a past happening over a stretch that
// ends at publication ("fell 6 percent in the past nine days", "have lost
// 15 percent over the past three weeks") is of the publication day, bounded
// by the stretch; news in the present perfect ("has declared") is of the
// publication day, unless "since" says how long it has
// lasted ("Since 1993, three doctors have been murdered"); a happening "earlier in the day" or
// "later that day" is of the day the article last named (lastDay), else of
// the publication day; a past happening reported by a verb of saying in the
// past ("said the army had evacuated 12,000 people", "One person died, the
// minister told reporters") is the news of the publication day. A past
// happening "within minutes", "within the hour" or "shortly after lunch"
// in a sentence without a date word is of the day the story stands at
// (scene: the day a sentence of this paragraph or the one before last
// told by its own words, see sceneDay; nil when there is none). Otherwise
// the zero date. noDate says the sentence has no date word at all (one
// that dates nothing, as "since 1992", leaves the reported past undated).
func (a *docAnalysis) undatedNews(ws []word, ti int, noDate bool, lastDay, scene *timeline.Date) timeline.Date {
	text := a.doc.Text
	switch {
	case pastVerb(ws, ti) && !ws[ti].quoted && pastSpan(ws) >= 0:
		// "have lost 15 percent over the past three weeks": a present
		// perfect too is told over the stretch
		return a.spanToPublication(ws, pastSpan(ws))
	case presentPerfect(ws, ti) && !sinceIn(ws) && !relativeAside(text, ws, ti):
		return a.publicationDate("present perfect \"" + text[ws[ti-1].start:ws[ti].end] + "\" without a date word")
	case sameDay(ws) >= 0:
		k := sameDay(ws)
		end := k + 3 // "earlier in the day", "later the same day"
		if ws[k+1].lower == "that" {
			end = k + 2 // "later that day"
		}
		span := timeline.Span{Start: ws[k].start, End: ws[end].end}
		phrase := text[span.Start:span.End]
		if lastDay != nil {
			d := *lastDay
			d.Expression, d.Span, d.Rule, d.Anchor = phrase, span, "same-day", lastDay.Value
			d.Explanation = "\"" + phrase + "\": the day named before (" + lastDay.Value + ")"
			return d
		}
		return a.publicationDate("\"" + phrase + "\" without a day named before")
	case noDate && scene != nil && pastVerb(ws, ti) && !ws[ti].quoted && inScene(ws):
		k, end := scenePhrase(ws)
		span := timeline.Span{Start: ws[k].start, End: ws[end].end}
		phrase := text[span.Start:span.End]
		d := *scene
		d.Expression, d.Span, d.Rule, d.Anchor = phrase, span, "same-scene", scene.Value
		d.Explanation = "\"" + phrase + "\": a time of the day the story stands at (" + scene.Value + ")"
		return d
	case noDate && reportedPast(ws, ti) && !commaRelative(text, ws, ti):
		return a.publicationDate("\"" + text[ws[ti].start:ws[ti].end] + "\" told in the past by a verb of saying, without a date word")
	}
	return timeline.Date{}
}

// relativeAside reports a verb at ti whose verb group opens a relative
// clause set off by a comma, right after "who" or "which": "the coach,
// who has denied the charge, ...". Such a clause describes its noun with a
// fact of its background; told in the present perfect without a date, it
// is no news of the publication day.
func relativeAside(text string, ws []word, ti int) bool {
	k := perfectGroupStart(ws, ti) - 1
	if k < 1 || ws[k].lower != "who" && ws[k].lower != "which" {
		return false
	}
	return strings.Contains(text[ws[k-1].end:ws[k].start], ",")
}

// commaRelative reports a verb at ti in a relative clause set off by a
// comma, opened by "who", "which", "whose" or "where" with no punctuation
// between: "Lin, who lost her husband in the blast, said", "said a farmer
// from Sindhupalchok, where villages were cut off for weeks". It tells the
// background of a person or a place, not what the saying reports.
func commaRelative(text string, ws []word, ti int) bool {
	for k := ti - 1; k >= 1 && k >= ti-8; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		switch ws[k].lower {
		case "who", "which", "whose", "where":
			return strings.Contains(text[ws[k-1].end:ws[k].start], ",")
		}
	}
	return false
}

// moments are the units of a span shorter than the day it falls in.
var moments = lexSet(`second seconds minute minutes moment moments hour hours`)

// momentCounts are the words that may count moments after "within", with
// any figure (momentCount).
var momentCounts = lexSet(`a an the one two three four five six seven eight nine ten few several`)

// momentCount reports a word that may count moments after "within": one of
// momentCounts or a figure ("within 10 minutes", "within 90 minutes").
func momentCount(w string) bool {
	return momentCounts[w] || w != "" && isDigit(w[0])
}

// dayMarks are the times of a day that name no day of their own: its meals
// and the edges of its light.
var dayMarks = lexSet(`lunch lunchtime breakfast dinner dawn daybreak dusk nightfall sunrise sunset`)

// dayMarkPreps put a happening before, at or after a time of the day.
var dayMarkPreps = lexSet(`after before at by since until`)

// scenePhrase is the word range of a phrase that places a happening in the
// day the story stands at, not on a day of its own: a span of moments
// counted from the moment just told ("Within three hours, the flames had
// jumped a motorway", "pilots who landed within the hour"), with no "of"
// or "after" naming another moment to count from ("within hours of the
// announcement"), or a time of the day without a day ("were bowled out
// shortly after lunch", "had been waiting since dawn"). -1, -1 when there
// is none.
func scenePhrase(ws []word) (int, int) {
	for k := 0; k+1 < len(ws); k++ {
		if dayMarkPreps[ws[k].lower] && dayMarks[ws[k+1].lower] && (k+2 == len(ws) || ws[k+2].lower != "of") {
			return k, k + 1
		}
		if ws[k].lower != "within" {
			continue
		}
		j := k + 1
		for j < len(ws) && j <= k+2 && momentCount(ws[j].lower) {
			j++
		}
		if j < len(ws) && moments[ws[j].lower] && (j+1 == len(ws) || ws[j+1].lower != "of" && ws[j+1].lower != "after") {
			return k, j
		}
	}
	return -1, -1
}

// inScene reports a phrase that places a happening in the day the story
// stands at (scenePhrase).
func inScene(ws []word) bool {
	k, _ := scenePhrase(ws)
	return k >= 0
}

// sameDay is the index of a phrase that refers to the day just told:
// "earlier in the day", "later that day", "later the same day"; -1 when
// there is none.
func sameDay(ws []word) int {
	for k := 0; k+2 < len(ws); k++ {
		if w := ws[k].lower; w != "earlier" && w != "later" {
			continue
		}
		switch a, b := ws[k+1].lower, ws[k+2].lower; {
		case a == "that" && b == "day",
			a == "in" && b == "the" && k+3 < len(ws) && ws[k+3].lower == "day",
			a == "the" && b == "same" && k+3 < len(ws) && ws[k+3].lower == "day":
			return k
		}
	}
	return -1
}

// pastSaying are the past forms of the verbs of saying that report news.
var pastSaying = lexSet(`said told reported confirmed announced added`)

// reportedPast reports a happening in the past (a past form or participle,
// not still to come, not conditional, not negated) in a sentence whose verb
// of saying is in the past, outside quotations.
func reportedPast(ws []word, ti int) bool {
	w := ws[ti].lower
	if ws[ti].quoted || verbalNoun(ws, ti) || future(ws, ti) || conditional(ws, ti) || negated(ws, ti) ||
		!strings.HasSuffix(w, "ed") && !ws[ti].is(cIrregularPast|cIrregularParticiple) {
		return false
	}
	for k, x := range ws {
		if k != ti && x.is(cPastSaying) && !x.quoted && !isNoun(ws, k) && !(k > 0 && ws[k-1].lower == "had") {
			// (a saying in the past perfect, "testified that the doctor
			// had said he gave the drug", is part of what is told, not
			// the report of the day)
			return true
		}
	}
	return false
}

// newsObjectVerbs are the verbs of saying whose object can be news.
var newsObjectVerbs = lexSet(`confirm report claim`)

// claimedActs are the bare nouns a claim takes that make it an act, not a
// statement: "has claimed victory", "has claimed responsibility for the
// attack".
var claimedActs = lexSet(`victory responsibility credit`)

// perfectNews is the happening of a sentence whose triggers give none: a
// verb of saying that can have news as its object ("confirm", "report",
// "claim") in the present perfect with an object and nothing reported
// ("Public Health Wales has confirmed 15 more deaths", "has claimed
// victory"); -1 when
// there is none. (A verb outside the lexicon in the present perfect is too
// often a state of things: "inroads into Central Asia have created unease".)
func perfectNews(ws []word, trigs []int, used map[int]bool) int {
	for _, k := range trigs {
		if used[k] || ws[k].quoted || !newsObjectVerbs[ws[k].info().lemma] || !presentPerfect(ws, k) {
			continue
		}
		if negatedSubject(ws, k) {
			continue // "No one has claimed responsibility", "No cases have been reported": nothing happened
		}
		if passiveNews(ws, k) {
			return k // "Nine new cases have been confirmed"
		}
		if k+1 >= len(ws) {
			continue
		}
		// its object: a number or a noun phrase ("15 more deaths", "the
		// death of a patient"), not what is said ("has confirmed that ...")
		next := ws[k+1].lower
		if ws[k].info().lemma == "claim" {
			if claimedActs[next] {
				return k // "has claimed victory"; "has claimed the money was a gift" reports
			}
			continue
		}
		if isDigit(next[0]) || ws[k+1].is(cArticle) {
			return k
		}
	}
	return -1
}

// passiveNews reports a verb of news at k in the passive of the present
// perfect, after a subject of its own ("Nine new cases have been
// confirmed", "A death has been reported in Texas"): the subject is what
// was confirmed or reported, the news of the day. Not after "it" ("it has
// been confirmed that ..." reports a statement), nor before "as" ("has been
// reported as a case": a description).
func passiveNews(ws []word, k int) bool {
	if k < 3 || ws[k-1].lower != "been" || !ws[k-2].is(cPerfectAux) || ws[k].info().lemma == "claim" {
		return false
	}
	subj := ws[k-3].lower
	return subj != "it" && subj != "that" && subj != "which" && subj != "who" && (k+1 >= len(ws) || ws[k+1].lower != "as")
}

// negatedSubject reports a subject that denies the verb at k, within the
// four words before it: "No one has claimed", "Nobody has confirmed", "No
// group has claimed".
func negatedSubject(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch ws[j].lower {
		case "no", "nobody", "none", "neither":
			return true
		}
	}
	return false
}

// sinceIn reports a "since" in the sentence of a present perfect: what it
// tells has lasted from then, it is no news of the day. So does a running
// total: "About 1.9 million people have received a first dose so far", "to
// date", "thus far".
func sinceIn(ws []word) bool {
	for k, w := range ws {
		if w.lower == "since" && !recordSince(ws, k) {
			return true
		}
		if k > 0 && (w.lower == "far" && (ws[k-1].lower == "so" || ws[k-1].lower == "thus") || w.lower == "date" && ws[k-1].lower == "to") {
			return true
		}
	}
	return false
}

// recordSince reports a "since" (at k) that closes a record, a first or a
// superlative: "have won the league for the first time since 1985", "has
// fallen to its lowest level since 2003". It says how long the record
// stood, not that the happening has lasted since then.
func recordSince(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ws[j].is(cSuperlative) || ws[j].lower == "first" {
			return true
		}
	}
	return false
}

// perfectAuxiliaries make the participle after them a verb, not the object
// of a light verb ("have closed", "had evacuated").
var perfectAuxiliaries = lexSet(`has have had having been`)

// verbalNoun is isNoun for a participle: after an auxiliary of the perfect
// it is a verb.
func verbalNoun(ws []word, ti int) bool {
	if ti > 0 && ws[ti-1].is(cPerfectAuxiliary) && !ws[ti].info().noun {
		return false
	}
	return isNoun(ws, ti)
}

// notYet reports a happening still to come that is no event: without a date
// ("said the Conservatives would vote against the budget", "Kim plans to
// meet ..."), denied ("would not be lifted over the Easter weekend"), or on a
// condition told after it ("will bring the bill to the floor next week if it
// has enough support"), or with a deadline (deadline). A plan with a date and no
// condition is scheduled, and stays.
func notYet(ws []word, d *draft) bool {
	ti := d.trig
	if ws[ti].quoted || d.info.noun || isNoun(ws, ti) || !future(ws, ti) {
		return false
	}
	if d.date.IsZero() || negated(ws, ti) {
		return true // "would not be lifted over the Easter weekend": no plan at all
	}
	if deadline(ws, d) {
		return true
	}
	for k := ti + 1; k < len(ws) && k <= ti+16; k++ {
		if ws[k].is(cConditionWord) && ws[k].lower != "whether" {
			return true
		}
	}
	return false
}

// deadline reports a happening still to come dated "before" a day: "is
// expected to announce partners before the end of the year" sets a
// deadline, not a day ("by" a day is kept: TimeBank anchors such plans
// within it).
func deadline(ws []word, d *draft) bool {
	ti := d.trig
	if d.date.IsZero() || ws[ti].quoted || d.info.noun || isNoun(ws, ti) || !future(ws, ti) {
		return false
	}
	k := wordIndexAt(ws, d.date.Span.Start)
	return d.date.Span.Len() > 0 && k > 0 && k < len(ws) && ws[k-1].lower == "before"
}

// actorPerfectNews is the happening of a sentence whose triggers give none:
// a verb outside the lexicon (verbs, see verbsOutside) in the active present
// perfect whose subject is a named actor, a person, organization or country,
// perhaps with a head noun after the name ("The US government has designated
// the spill an incident of national significance"): an actor's act told so is
// the news of the publication day, as "has declared" is. A subject that is no
// actor ("Inroads into Central Asia have created unease") tells a state of
// things, and so does a "since" ("have cared for him since November"). In
// a sentence without a date word (agents), a common noun phrase of agents
// (agentNews) stands as well as a name: "Tour operators have cancelled
// their bookings"; a sentence whose date words belong to other clauses keeps
// to named actors. -1 when there is none.
func (a *docAnalysis) actorPerfectNews(ws []word, verbs []int, agents bool) int {
	for _, k := range verbs {
		if ws[k].quoted || !presentPerfect(ws, k) || ws[k-1].lower == "been" {
			continue
		}
		aux := k - 1
		for aux > 0 && !ws[aux].is(cPerfectAux) {
			aux--
		}
		if a.actorSubject(ws, aux) {
			if sinceIn(ws) {
				return -1 // "have cared for him since November": a state that has lasted
			}
			return k
		}
		if agents && agentNews(a.doc.Text, ws, aux, k) {
			return k // "Tour operators have cancelled their bookings"
		}
	}
	return -1
}

// agentHeads are the singular heads of common noun phrases that name
// people or bodies that act: officials, organisations, teams, crews,
// operators, residents.
var agentHeads = lexSet(`official authority agency ministry department government council committee board
commission union federation association club league team crew squad operator company firm airline carrier
bank lender insurer retailer manufacturer investor shareholder trader dealer broker regulator court judge
prosecutor lawyer investigator inspector police officer soldier troop army force rebel militant protester
demonstrator striker worker employee staff nurse doctor teacher student parent resident villager farmer
fisherman climber rescuer firefighter volunteer organiser organizer campaigner activist group party
lawmaker legislator senator minister leader voter engineer owner landlord tenant driver pilot player coach
fan supporter delegate negotiator mediator hospital school university museum zoo park agent spokesman
spokeswoman province state region county city town municipality district prefecture administration cabinet
parliament assembly senate tribunal watchdog charity foundation institute broadcaster newspaper publisher
mayor president premier governor chancellor embassy military navy coastguard church`)

// sentenceCase reports a word written in lower case but for its first
// letter, as the first word of a sentence is: "Officials".
func sentenceCase(text string, w word) bool {
	s := text[w.start:w.end]
	return len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && lowerWord(s, word{start: 1, end: len(s)})
}

// agentPlurals are agents whose plural takes no "s": "Police have
// arrested", "Fishermen have returned".
var agentPlurals = lexSet(`police people staff fishermen crew`)

// agentQuantifiers may open a plural subject of agents: "All teams",
// "Both unions", "Local residents". A vaguer one ("Some analysts", "Many
// experts", "Most economists") tells a view more often than an act.
var agentQuantifiers = lexSet(`all several both local`)

// tallyEnds are the phrases that close a present perfect that counts up
// to now, a running total rather than one happening, by their last word
// and the word before it: "have rescued 40 people so far", "have raised 2
// million dollars to date", "in total".
var tallyEnds = map[string]string{"far": "so", "date": "to", "total": "in"}

// agentNews reports a verb at k in the present perfect (its auxiliary at
// aux), active and not "been" or "had", whose subject is a common noun
// phrase of agents (agentSubject) that opens the sentence, in the main
// clause, told without a word of experience or habit ("have long
// campaigned"), negation, "since" ("have left their homes since
// Wednesday") or a running total ("so far", "to date"): the news of the
// publication day, as for a named actor.
func agentNews(text string, ws []word, aux, k int) bool {
	if w := ws[k].lower; w == "been" || w == "had" || ws[k-1].lower == "been" || !agentSubject(text, ws, aux) ||
		negated(ws, k) || sinceIn(ws) || experiential(text, ws, k) || !mainClause(text, ws, k) {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+12; j++ {
		if hardGap(text[ws[j-1].end:ws[j].start]) {
			break
		}
		if before, ok := tallyEnds[ws[j].lower]; ok && ws[j-1].lower == before {
			return false
		}
	}
	return true
}

// agentSubject reports a common noun phrase of agents that ends right
// before word k and opens the sentence: a plural ("Tour operators", "All
// teams", "Police") or a singular after a definite article or possessive
// ("The union", "Its board"), with at most three words before its head,
// none a function word or set off by punctuation. A phrase after a
// relative pronoun or a preposition never opens the sentence, so "the
// rescuers who have reached the camp" is no subject of news.
func agentSubject(text string, ws []word, k int) bool {
	h := k - 1
	if h < 0 || h > 3 || ws[h].possessive || ws[h].quoted {
		return false
	}
	if !lowerWord(text, ws[h]) && !(h == 0 && sentenceCase(text, ws[h])) {
		return false // a name ("Northern Rail has"), the actors' part
	}
	w := ws[h].lower
	plural := agentPlurals[w]
	if !plural {
		for _, suf := range []string{"ies", "es", "s"} {
			stem, ok := strings.CutSuffix(w, suf)
			if !ok {
				continue
			}
			if suf == "ies" {
				stem += "y"
			}
			if agentHeads[stem] {
				plural = true
				break
			}
		}
	}
	if !plural && !agentHeads[w] {
		return false
	}
	definite := false
	for j := 0; j < h; j++ {
		if hasPunct(text[ws[j].end:ws[j+1].start]) {
			return false
		}
		lw := ws[j].lower
		switch {
		case j == 0 && (lw == "the" || lw == "its" || lw == "their" || lw == "our" || lw == "this"):
			definite = true
		case j == 0 && (agentQuantifiers[lw] || lw == "these" || lw == "those"):
		case ws[j].is(cClosed|cArticle|cPreposition|cClauseWord) || isDigit(lw[0]):
			return false
		}
	}
	if hasPunct(text[ws[h].end:ws[k].start]) {
		return false
	}
	return plural || definite
}

// actorSubject reports a named person, organization or country whose name
// ends right before word k, or at most two lowercase nouns before it ("the
// US government", "BP officials"), and opens the sentence: "the importance
// China has placed on" is a clause that describes a noun, no news. An
// apposition or a clause between commas may stand between the name and k:
// "Emirates, the largest customer for the plane, has ordered 43 A380s".
func (a *docAnalysis) actorSubject(ws []word, k int) bool {
	if k < 1 {
		return false
	}
	text := a.doc.Text
	if j := appositionStart(text, ws, k); j > 0 {
		k = j
	}
	// the mentions of the sentence's words before k (the actors are in
	// text order)
	near := within(a.actors, func(m *ActorMention) int { return m.Span.Start }, timeline.Span{Start: ws[0].start, End: ws[k].start})
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		end := ws[j].end
		for _, m := range near {
			if m.Span.End == end && !ws[j].possessive && (m.Actor.Kind == ActorPerson || m.Actor.Kind == ActorOrganization || m.Actor.Kind == ActorCountry) {
				return opensSentence(text, ws, wordIndexAt(ws, m.Span.Start))
			}
		}
		if !lowerWord(text, ws[j]) || ws[j].is(cClosed) || j == k-3 {
			return false
		}
	}
	return false
}

// maxApposition is the most words an apposition or a clause between commas
// holds: "the largest customer for the plane", "which is about two
// centimetres long".
const maxApposition = 12

// appositionStart is the first word of an apposition between commas that
// ends right before word k, a noun phrase that names the subject again
// ("Emirates, the largest customer for the plane, has ordered", "Dr Sarah
// Harrison, consultant in public health, has provided"); -1 when there is
// none. A clause ("Osterhaus, who is based in Rotterdam, has studied flu
// viruses for half his career") describes a state of its subject, and a
// phrase of comparison or addition ("The US, unlike the UK, has", "Scientists,
// as well as politicians, have") does not name it.
func appositionStart(text string, ws []word, k int) int {
	if k < 3 || !strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-maxApposition; j-- {
		gap := text[ws[j-1].end:ws[j].start]
		if !hasPunct(gap) {
			continue
		}
		if !strings.Contains(gap, ",") {
			return -1
		}
		if w := ws[j]; w.is(cArticle) || lowerWord(text, w) && !w.is(cClosed|cPreposition|cClauseWord) &&
			!notApposition[w.lower] && !strings.HasSuffix(w.lower, "ly") && !strings.HasSuffix(w.lower, "ing") {
			return j
		}
		return -1
	}
	return -1
}

// notApposition open a phrase between commas that compares or adds to the
// subject, not one that names it again.
var notApposition = lexSet(`like unlike including besides except plus alongside despite`)

// attemptVerbs hand over to the verb after their "to", as a light verb does:
// "sought to engage North Korea" is one happening, the engaging, not two.
var attemptVerbs = lexSet(`seek seeks sought seeking attempt attempts attempted attempting`)

// attemptTo reports a verb of attempt before "to" and a verb: "had sought
// to engage". "sought support" is a happening of its own.
func attemptTo(ws []word, k int) bool {
	return attemptVerbs[ws[k].lower] && k+2 < len(ws) && ws[k+1].lower == "to" && !ws[k+2].is(cClosed)
}

// takeIdiom reports "take" with a bare noun that makes a happening of the
// taking ("took office in April", "took power", "takes effect"), which a
// date dates as it dates any verb of happening; but "the meeting took place"
// is the meeting (findTriggers leaves it to its event subject).
func takeIdiom(ws []word, i int) bool {
	return ws[i].info().lemma == "take" && i+1 < len(ws) && takeIdioms[ws[i+1].lower]
}

// namedModifier reports a word after a determiner and a name that modifies
// it, which makes it a noun: "the U.S. offer", "the Israeli raid". A month
// or a weekday is a date, not a name ("an October congress"); a verb after
// a name is its subject's ("the FBI arrested").
func namedModifier(text string, ws []word, k int) bool {
	return k > 1 && ws[k-2].is(cArticle) && isCapital(text, ws[k-1]) && !ws[k-1].is(cClosed|cTimeUnit) && !weekday(ws[k-1].lower) && lowerWord(text, ws[k]) &&
		nounForm(ws, k) && !strings.HasSuffix(ws[k].lower, "ed")
}

// weekday reports a day of the week's name, in lower case.
func weekday(w string) bool {
	return strings.HasSuffix(w, "day") && len(w) >= 6 && len(w) <= 9 && w != "holiday"
}

// opensSentence reports a name at word j with only capitalized words or
// words of a title (its title: "Louisiana Governor", "Finance minister") or
// an article before it in the sentence.
func opensSentence(text string, ws []word, j int) bool {
	for k := 0; k < j; k++ {
		if !ws[k].is(cArticle) && !isCapital(text, ws[k]) && !titleWords[ws[k].lower] || k > 0 && hasPunct(text[ws[k-1].end:ws[k].start]) {
			return false
		}
	}
	return true
}

// beganOn reports a day after "since" (its date's first word at k) that
// follows a participle in the passive perfect, perhaps with an adverb:
// "Boeing had been suspended since July 24, 2003", "has been closed since
// Monday", "have been missing since March 3". The state began with a
// happening on that day (the suspension), which the day dates. A year or a
// month after "since" starts a span over which things accumulate or compare
// ("has shed 70 businesses since 1983", "arrested in several states since
// 1990", "the highest since 1992"), and dates nothing.
func beganOn(text string, ws []word, x temporal.Timex, k int) bool {
	v := x.Value.String()
	if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' || strings.ContainsRune(v, 'X') {
		return false
	}
	p := k - 2
	if p >= 0 && strings.HasSuffix(ws[p].lower, "ly") {
		p-- // "been closed temporarily since"
	}
	if p < 2 || !(participle(ws, p) || ws[p].lower == "missing") || ws[p-1].lower != "been" || !ws[p-2].is(cPerfectAuxiliary) {
		return false
	}
	return !hasPunct(text[ws[p].end:ws[k-1].start])
}

// spanWords open a stretch of time that ends now: "in the past nine days",
// "over the last three months", "during the past week".
var spanWords = lexSet(`in over during`)

// spanNumbers are the counts a stretch ending now is told in, by word.
var spanNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}

// pastSpan is the index of the "in"/"over"/"during" of a stretch of time
// that ends at publication: "in the past nine days", "over the last 12
// months", "during the past week"; -1 when the sentence has none.
func pastSpan(ws []word) int {
	for k := 0; k+3 < len(ws); k++ {
		if !spanWords[ws[k].lower] || ws[k+1].lower != "the" || ws[k+2].lower != "past" && ws[k+2].lower != "last" {
			continue
		}
		if _, _, ok := spanLength(ws, k); ok {
			return k
		}
	}
	return -1
}

// spanLength reads the count and unit of the stretch at k ("nine days"; a
// unit alone is one: "the past week").
func spanLength(ws []word, k int) (int, string, bool) {
	n, u := 1, k+3
	if w := ws[k+3].lower; spanNumbers[w] > 0 {
		n, u = spanNumbers[w], k+4
	} else if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 100 {
		n, u = v, k+4
	}
	if u >= len(ws) {
		return 0, "", false
	}
	unit := strings.TrimSuffix(ws[u].lower, "s")
	switch unit {
	case "day", "week", "month", "year":
		if n == 1 && ws[u].lower != unit || n > 1 && ws[u].lower == unit {
			return 0, "", false // "the past days", "the past nine day"
		}
		return n, unit, true
	}
	return 0, "", false
}

// spanToPublication dates a past happening told over a stretch that ends
// at publication ("The index fell 12% in the past nine days"): of the
// publication day, where the stretch ends, bounded by the stretch.
func (a *docAnalysis) spanToPublication(ws []word, k int) timeline.Date {
	pub := a.doc.Published
	n, unit, _ := spanLength(ws, k)
	end := k + 3
	if n > 1 || ws[k+3].lower != unit {
		end = k + 4
	}
	phrase := a.doc.Text[ws[k+1].start:ws[end].end]
	d := a.publicationDate("\"" + phrase + "\" ends at publication")
	if d.IsZero() {
		return d
	}
	from := pub
	switch unit {
	case "day":
		from = pub.AddDate(0, 0, -n)
	case "week":
		from = pub.AddDate(0, 0, -7*n)
	case "month":
		from = pub.AddDate(0, -n, 0)
	case "year":
		from = pub.AddDate(-n, 0, 0)
	}
	d.Start = from.Format("2006-01-02")
	d.EDTF = d.Start + "/" + d.End
	d.Tense = "past"
	d.Expression, d.Span = phrase, timeline.Span{Start: ws[k+1].start, End: ws[end].end}
	return d
}

// attemptPhrase is the verb of a headline whose trigger at ti an attempt
// governs ("had sought to engage North Korea"): the attempt in the form of
// verb, with the trigger's lemma after "to" ("seeks to engage"), since an
// attempt is not the act. Otherwise verb as it is.
func attemptPhrase(ws []word, ti int, lemma, verb string) string {
	k := ti - 2
	if k < 0 || !attemptTo(ws, k) || lemma == "" {
		return verb
	}
	a := "seek"
	if strings.HasPrefix(ws[k].lower, "attempt") {
		a = "attempt"
	}
	if verb != lemma {
		a = thirdPerson(a)
	}
	return a + " to " + lemma
}

// presentSimple reports a verb at ti in the simple present, third person
// ("visits", "talks", "recovers"), outside a headline. News prose tells what
// happened in the past or the perfect; a simple present with no date tells
// a habit ("Germany loses football games once in a blue moon"), a state
// ("the bill contains $79.9 billion"), the plot of a book or an opera, or a
// programme of a listing ("Michael Buerk visits Egypt, where ..."): no
// happening a timeline shows. With a date of its own it may be scheduled
// ("the trial begins on Monday") and is left alone.
func presentSimple(text string, ws []word, ti int) bool {
	w := ws[ti]
	info, ok := w.trigger()
	if !ok || info.noun || isNoun(ws, ti) || w.lower == info.lemma || w.lower != thirdPerson(info.lemma) {
		return false
	}
	if ti == 0 {
		return false
	}
	// its subject right before it: a name or a pronoun ("Mesa flies", "he
	// recovers"), never a lowercase word, whose plural may be the noun
	// ("bomb attacks", "job cuts")
	p := ws[ti-1]
	return p.is(cSubjectPronoun|cPronounSubject) || !p.is(cClosed) && isCapital(text, p)
}

// scheduleListing reports a sentence that opens with a clock time ("From
// 5pm,", "At 9pm", "9.00pm-12.30am") and goes on in the present tense:
// "Nikki Bedi hosts a Diwali Party", "there's live commentary of ...",
// "Mark is joined by ...", "listeners can hear ...". It is an item of a
// broadcast or events listing (or a routine, "At 6pm the night shift
// begins"), which tells what is on, not what happened: no event. News tells
// a timed happening in the past ("At 5am a friend woke me up") or, when it
// is to come, in the future ("At 3pm the president will speak"). Reads the
// sentence's first date and at most 10 words after it.
func scheduleListing(ws []word, xs []temporal.Timex) bool {
	if len(xs) == 0 || xs[0].Type != "TIME" || len(ws) == 0 {
		return false
	}
	// a clock time, not a part of the day: "Tonight, police are searching
	// the area" tells a happening going on
	if !clockTime(xs[0].Value.String()) {
		return false
	}
	first, last := wordRange(ws, xs[0].Start, xs[0].End)
	if first > 1 || first == 1 && ws[0].lower != "from" && ws[0].lower != "at" {
		return false
	}
	for k := last + 1; k < len(ws) && k <= last+10; k++ {
		w := ws[k]
		switch {
		case w.lower == "is" || w.lower == "are" || w.lower == "can" || w.lower == "there" && w.possessive:
			return true // "Colin is joined by", "listeners can hear", "there's"
		case w.is(cBeForm|cModal|cHaveForm|cIrregularPast) || w.lower == "did":
			return false // "was", "will", "had", "did": past or to come
		}
		info, ok := w.trigger()
		if !ok || info.noun || isNoun(ws, k) {
			continue
		}
		if w.lower != info.lemma && w.lower == thirdPerson(info.lemma) {
			return true // "Nikki Bedi hosts", "the night shift begins"
		}
		if strings.HasSuffix(w.lower, "ed") {
			return false
		}
	}
	return false
}

// clockTime reports a TIMEX3 value whose time part opens with a figure, an
// hour ("2009-04-25T17:00", "XXXX-XX-XXT21:00"), not a part of the day
// ("2009-04-25TNI").
func clockTime(v string) bool {
	i := strings.Index(v, "T")
	return i >= 0 && i+1 < len(v) && isDigit(v[i+1])
}

// counterfactual reports a verb at ti in the past of a modal ("would have
// suffered", "should have killed", "might have sent", "could not have
// been prevented"): what did not happen, or what someone thinks ought to
// have happened. The sentence tells no happening of it; "must have" (an
// inference of what did happen) is left alone. Reads at most 6 words before
// the verb.
func counterfactual(ws []word, ti int) bool {
	if ti < 2 || isNoun(ws, ti) || !strings.HasSuffix(ws[ti].lower, "ed") && !ws[ti].is(cIrregularParticiple) {
		return false
	}
	return afterModalHave(ws, ti)
}

// afterModalHave reports a participle at ti after "would have", "should
// have", "could not have been" and the like (counterfactual).
func afterModalHave(ws []word, ti int) bool {
	k := ti - 1
	for k > 0 && k >= ti-3 && (ws[k].lower == "been" || strings.HasSuffix(ws[k].lower, "ly")) {
		k--
	}
	if ws[k].lower != "have" {
		return false
	}
	for k--; k >= 0 && k >= ti-6; k-- {
		switch w := ws[k].lower; {
		case w == "not" || strings.HasSuffix(w, "ly") || w == "never":
			continue // "wouldn't have" reads as "would not have"
		case w == "would" || w == "should" || w == "could" || w == "might":
			return true
		default:
			return false
		}
	}
	return false
}

// consequenceVerbs bring their object about: "would have meant an
// election", "could have caused a crash". (A verb that keeps its object
// from happening, "could have prevented the flood", tells that it did
// happen.)
var consequenceVerbs = lexSet(`meant caused triggered forced required sparked brought prompted`)

// counterfactualObject reports a noun of happening at ti that is the object
// of a counterfactual verb that would have brought it about (consequenceVerbs):
// "would have meant an election in late March" tells no election. Only the
// words of its noun phrase may stand between (at most three, no
// punctuation nor preposition).
func counterfactualObject(text string, ws []word, ti int) bool {
	if !isNoun(ws, ti) {
		return false
	}
	for k := ti - 1; k >= 2 && k >= ti-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cPreposition) {
			return false
		}
		if consequenceVerbs[ws[k].lower] {
			return afterModalHave(ws, k)
		}
	}
	return false
}

// perfectElsewhere reports a verb at ti in the present perfect, in the main
// clause of its sentence, whose sentence dates only happenings of other
// clauses (ds, its dated drafts): "The opposition has won a majority,
// according to official results released early on Friday", "The central
// bank has kept its rate unchanged, and its governor said on Monday that
// ...", "Verhoeven has claimed victory and is expected to be sworn in next
// month". The present perfect takes no date of the past in its own clause
// ("has won on Friday" is not said); told so, the happening is the news of
// the publication day, as it would be in a sentence without a date word,
// and the dates belong to the clauses that hold them. A "since" or "so far"
// makes a state that lasts (sinceIn), and a verb inside a subordinate or
// reported clause is that clause's business (mainClause).
func perfectElsewhere(text string, ws []word, xs []temporal.Timex, ti int, ds []*draft) bool {
	if !presentPerfect(ws, ti) || ws[ti].quoted || sinceIn(ws) || experiential(text, ws, ti) || !mainClause(text, ws, ti) {
		return false
	}
	// every time word of the sentence, vague ones too ("has slumped
	// recently"), lies in another clause
	for _, x := range xs {
		if x.Start < ws[0].start || x.End > ws[len(ws)-1].end {
			continue
		}
		first, last := wordRange(ws, x.Start, x.End)
		if first >= len(ws) || first <= ti && last >= ti || !otherClause(text, ws, ti, first, last) {
			return false
		}
	}
	other := false
	for _, d := range ds {
		if d.date.IsZero() || d.trig < 0 {
			continue
		}
		if d.trig == ti || !d.ownDate {
			return false
		}
		if (d.info.noun || isNoun(ws, d.trig)) && !referencePoint(ws, d.trig) {
			// "have been killed ... in the blasts on Friday": a happening
			// in a dated one is of its date
			return false
		}
		other = true
	}
	return other
}

// experienceWords tell a present perfect of experience or of a habit,
// which no day dates: "has expanded three times before", "has long said",
// "has repeatedly denied".
var experienceWords = lexSet(`times twice once ever before previously repeatedly often always long frequently`)

// experiential reports a present perfect at ti told with a word of
// experience or habit among its verb group or the words of its clause
// after it (up to a comma, a hard gap or a clause opener, at most 12
// words).
func experiential(text string, ws []word, ti int) bool {
	for k := perfectGroupStart(ws, ti) + 1; k < ti; k++ {
		if experienceWords[ws[k].lower] {
			return true
		}
	}
	for k := ti + 1; k < len(ws) && k <= ti+12; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].is(cClauseOpener) {
			return false
		}
		w := ws[k].lower
		if w == "before" && k+1 < len(ws) && !hasPunct(text[ws[k].end:ws[k+1].start]) && !ws[k+1].is(cPreposition|cLocationPrep) && ws[k+1].lower != "with" {
			return false // "before the vote": a preposition, whose clause is another; not "before with their response"
		}
		if experienceWords[w] {
			return true
		}
	}
	return false
}

// perfectGroupStart is the auxiliary that opens the verb group of a
// present perfect at ti ("has" in "has also been named").
func perfectGroupStart(ws []word, ti int) int {
	k := ti - 1
	for k > 0 && !ws[k].is(cPerfectAux) {
		k--
	}
	return k
}

// mainClause reports a verb at ti that heads the main clause of its
// sentence: no clause opener ("that", "which", "when", "because", "if"), no
// temporal preposition ("after", "before") and no verb of saying stands
// between it and the start of its clause. An aside between commas right
// before its verb group ("The frog, which is about two centimetres long,
// has been named") describes the subject and is passed over; after a comma
// with a subject of its own ("..., and its governor has said") the clause
// starts at the comma. Reads at most maxReach words back.
func mainClause(text string, ws []word, ti int) bool {
	return mainClauseBefore(text, ws, perfectGroupStart(ws, ti)-1, ti)
}

// mainClauseBefore is mainClause looking back from word k, the last word
// of the subject of the verb at ti.
func mainClauseBefore(text string, ws []word, k, ti int) bool {
	subject := false // words of the clause's subject seen
	aside := false   // an aside was passed over: the gap after k opens it
	for ; k >= 0 && k >= ti-maxReach; k-- {
		g := text[ws[k].end:ws[k+1].start]
		if hardGap(g) {
			return subject
		}
		if !aside && strings.Contains(g, ",") && g != "," && !placeComma(text, ws, k) && !nameListComma(text, ws, k) {
			if subject {
				return !ws[k+1].is(cTemporalPrep) // "..., after which it has"
			}
			// an aside right before the verb group: skip to the comma
			// that opens it ("Chinh, who visited Haiphong on Sunday, has
			// ordered": the comma at k closes the aside)
			j := k - 1
			for j >= 0 && j > k-maxReach && !strings.Contains(text[ws[j].end:ws[j+1].start], ",") {
				j--
			}
			if j < 0 || j <= k-maxReach {
				j = k // no comma opens it: its words are read as the subject's
			}
			k, aside = j+1, true // the loop steps to the word before the aside
			continue
		}
		aside = false
		w := ws[k]
		if w.is(cClauseOpener|cConditionWord) || w.is(cTemporalPrep) && w.lower != "during" && w.lower != "amid" {
			return false
		}
		if info, ok := w.trigger(); ok && info.speech && !isNoun(ws, k) {
			return false // "said on Monday it has": what is said
		}
		subject = true
	}
	return k < 0
}

// otherClause reports a date at words first..last that lies in another
// clause than the verb at ti: after it, beyond a comma, a hard gap, a
// clause opener, a temporal preposition ("after beating Riverside on
// Saturday"), a coordinator before a verb of its own ("and is expected to
// be sworn in next month") or another verb ("results released early on
// Friday"); before it, in a phrase that does not open the sentence (a
// relative clause, an aside, "After beating Riverside on Saturday, ...").
func otherClause(text string, ws []word, ti, first, last int) bool {
	if last < ti {
		if opensClause(text, ws, first) || frontedEnd(text, ws, first, last) >= 0 {
			return false // "On Friday, the alliance has": the date frames the clause
		}
		for k := first - 1; k >= 0 && k >= first-maxReach; k-- {
			if ws[k].is(cClauseOpener|cTemporalPrep) || clauseVerb(text, ws, k) {
				return true
			}
		}
		return hardGapBetween(text, ws, last, ti) || hasPunctBetween(text, ws, last, ti)
	}
	if first-ti > maxReach {
		return true
	}
	for k := ti + 1; k < first; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if hardGap(g) || strings.Contains(g, ",") && g != "," && !placeComma(text, ws, k-1) && !nameListComma(text, ws, k-1) {
			return true
		}
		w := ws[k]
		if w.is(cClauseOpener) || w.is(cTemporalPrep) && w.lower != "during" && w.lower != "amid" {
			return true
		}
		if coordinators[w.lower] && k+1 < len(ws) && (ws[k+1].is(cBeForm|cModal|cHaveForm) && ws[k+1].lower != "been" && ws[k+1].lower != "being" || clauseVerb(text, ws, k+1) && !participle(ws, k+1)) {
			return true
		}
		if clauseVerb(text, ws, k) {
			return true
		}
	}
	return strings.Contains(text[ws[first-1].end:ws[first].start], ",")
}

// trailingReport reports a dated draft d whose trigger is a verb of saying
// or announcing in the past that closes the sentence after a comma, with
// only its subject between the comma and it and no clause of its own after
// it: "Biologists have described a new species of tree frog, the
// university of Mertz announced on Tuesday". What comes before the comma is
// what it reports.
func trailingReport(text string, ws []word, d *draft) bool {
	k := d.trig
	if k < 2 || d.date.IsZero() || !d.ownDate || !ws[k].is(cPastSaying) || isNoun(ws, k) || ws[k].quoted {
		return false
	}
	// its date right after it, or after a preposition: "announced on
	// Tuesday", "said Thursday" (not "confirmed cases ... on Friday")
	if first := wordIndexAt(ws, d.date.Span.Start); first <= k || first > k+2 {
		return false
	}
	for j := k + 1; j < len(ws); j++ {
		if clauseVerb(text, ws, j) || ws[j].is(cClauseOpener) || hardGap(text[ws[j-1].end:ws[j].start]) {
			return false // "said on Monday that it would not act": its own clause
		}
	}
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if g := text[ws[j-1].end:ws[j].start]; strings.Contains(g, ",") && g != "," {
			return !ws[j].is(cClauseOpener) && !coordinators[ws[j].lower] // "..., and its governor said"
		}
		if clauseVerb(text, ws, j) || ws[j].is(cClauseOpener|cBeForm|cAuxiliary) {
			return false
		}
	}
	return false
}

// reportedPerfect is the happening a trailing report (trailingReport)
// dates: the verb in the present perfect of the main clause before its
// comma, in the lexicon (trigs) or not (verbs), not yet used. What a report
// of a day tells in the present perfect is true by that day: "The club's
// coach has signed a new contract, the club announced on Friday" is
// Friday's news, not of the day the article came out. It returns the verb
// and the report's draft; -1 and nil when there is none.
func reportedPerfect(text string, ws []word, trigs, verbs []int, ds []*draft, used map[int]bool) (int, *draft) {
	var rep *draft
	var others []*draft // dated happenings of a relative clause (subjectRelative)
	for _, d := range ds {
		if !d.date.IsZero() && d.trig >= 0 {
			if rep == nil && trailingReport(text, ws, d) {
				rep = d
				continue
			}
			if rep != nil || !subjectRelative(text, ws, d) {
				return -1, nil // another dated happening: the sentence dates its own
			}
			others = append(others, d)
		}
	}
	if rep == nil || sinceIn(ws) {
		return -1, nil
	}
	best := -1
	for _, list := range [][]int{trigs, verbs} {
		for _, k := range list {
			// within maxReach of the report: its clause, and linear work
			if k >= rep.trig || rep.trig-k > maxReach || used[k] || ws[k].quoted || (best >= 0 && k >= best) {
				continue
			}
			if presentPerfect(ws, k) && !negated(ws, k) && !experiential(text, ws, k) && !coordinatedClause(text, ws, k, rep.trig) &&
				(mainClause(text, ws, k) || afterSubjectRelative(text, ws, others, k)) {
				best = k
			}
		}
	}
	if best < 0 {
		return -1, nil
	}
	for _, d := range others {
		if d.date.Span.End > ws[best].start {
			return -1, nil // the relative clause is not before the perfect
		}
	}
	return best, rep
}

// afterSubjectRelative reports a verb in the present perfect at k whose
// verb group follows right after the date of a relative clause among ds
// (subjectRelative), in the main clause once that relative clause is
// passed over: "A wildfire that started on Saturday has destroyed".
func afterSubjectRelative(text string, ws []word, ds []*draft, k int) bool {
	g := perfectGroupStart(ws, k)
	for _, d := range ds {
		if g >= 1 && ws[g-1].end == d.date.Span.End && d.trig >= 2 {
			return mainClauseBefore(text, ws, d.trig-2, k)
		}
	}
	return false
}

// subjectRelative reports a dated draft d whose trigger opens a relative
// clause right after its noun, with its date inside that clause, before
// any comma: "A wildfire that started on Saturday has destroyed more than
// 60 homes, officials said on Monday". The clause tells when the noun's
// own happening was; the main clause's verb keeps its own time, which the
// trailing report gives (reportedPerfect checks that the clause closes
// before the perfect).
func subjectRelative(text string, ws []word, d *draft) bool {
	k := d.trig
	if k < 2 || !relativePronouns[ws[k-1].lower] || ws[k-1].lower == "whose" || hasPunct(text[ws[k-2].end:ws[k-1].start]) {
		return false
	}
	first := wordIndexAt(ws, d.date.Span.Start)
	if first <= k || first > k+3 {
		return false
	}
	for j := k + 1; j <= first; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			return false
		}
	}
	return true
}

// perfectSaying is a verb of saying in the present perfect whose subject is
// a named actor (actorSubject) or a common noun phrase of agents
// (agentSubject) and whose reported clause tells what is
// still to come (a "will" or "would", or, for a named actor, what may or should come,
// possibilityModals, within 12 words, no hard gap): "Finance minister Karl Ober has
// said the government will respect the ruling", "has warned that the debt
// could strain public finances". What
// is said is no happening; the statement is, the news of the publication
// day, as a dated saying of a plan is the news of its day; so is a request
// to an object ("has asked the parties to form a new government") or of a
// thing ("has asked donors for 4 million dollars")
// (reportedHappenings). A saying of experience or habit ("has long said",
// "has repeatedly said") is a stance, no news; -1 when there is none.
func (a *docAnalysis) perfectSaying(ws []word, trigs []int) int {
	text := a.doc.Text
	for _, k := range trigs {
		if ws[k].quoted || !ws[k].info().speech || isNoun(ws, k) || !presentPerfect(ws, k) || negated(ws, k) ||
			experiential(text, ws, k) || !mainClause(text, ws, k) {
			continue
		}
		// a common noun phrase of agents ("Tour operators have warned
		// that ...") tells news of what will come, not of what may: "have
		// said they believe the weapon may have been buried" is a belief
		actor := a.actorSubject(ws, perfectGroupStart(ws, k))
		if !actor && !agentSubject(text, ws, perfectGroupStart(ws, k)) {
			continue
		}
		if countedObject(ws, k) {
			return k // "Officials have confirmed three new cases": the count is the day's news
		}
		for j := k + 1; j < len(ws) && j <= k+12; j++ {
			if hardGap(text[ws[j-1].end:ws[j].start]) {
				break
			}
			if w := ws[j].lower; w == "will" || w == "would" || actor && possibilityModals[w] && lowerWord(text, ws[j]) {
				return k // "could strain public finances": what may come is still to come
			}
			if ws[j].lower == "to" && j > k+1 && j <= k+6 && directiveVerbs[ws[k].info().lemma] && j+1 < len(ws) && lowerWord(text, ws[j+1]) {
				return k // "has asked the parties to form a new government": the request
			}
			if ws[j].lower == "for" && j > k+1 && j <= k+4 && directiveVerbs[ws[k].info().lemma] {
				return k // "has asked donors for a further 4 million dollars": the request of a thing
			}
		}
	}
	return -1
}

// countedObject reports a verb of confirming or reporting at k whose
// object is a count, a figure or a number word right after it or after
// "a further", "another" or "more than": "have confirmed three new cases",
// "has reported 40 deaths". What is counted is the news, no statement.
func countedObject(ws []word, k int) bool {
	if l := ws[k].info().lemma; l != "confirm" && l != "report" {
		return false
	}
	j := k + 1
	for j < len(ws) && j <= k+3 && countLeadIns[ws[j].lower] {
		j++
	}
	return j < len(ws) && (isDigit(ws[j].lower[0]) || numberWords[ws[j].lower] && ws[j].lower != "all" && ws[j].lower != "some" && ws[j].lower != "many")
}

// countLeadIns stand between a verb and the count it takes: "a further
// three", "another 40", "more than 200", "at least 12".
var countLeadIns = lexSet(`a further another more than at least`)

// directiveVerbs are the verbs of saying that tell someone to do a thing,
// with an object and an infinitive: "has urged residents to leave".
var directiveVerbs = lexSet(`ask urge tell`)
