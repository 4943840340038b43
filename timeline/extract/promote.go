package extract

import (
	"slices"
	"strings"
)

// A draft's trigger is the word its headline and kind come from; of the
// words its date anchors (draft.also), one may be the better word to stand
// on: the verb that carries the tense and the date. These rules move the
// trigger to that word and keep the old one among the also words, so no
// word of the happening is lost. Each is a class of construction:
//
//   - a verb of trying and the verb it governs ("tried to scare"): the
//     attempt is the happening, its object may never have happened;
//   - a verb of ordering, asking or allowing, its object and the infinitive
//     the date follows ("ordered public offices to close on Wednesday"):
//     the order, for the same reason (controlVerb);
//   - a verb of beginning, stopping or going on and its gerund ("stopped
//     selling tickets on Saturday"): the verb, which carries the tense
//     (phaseVerb);
//   - an infinitive of purpose right after the date ("was taken offline an
//     hour later to stop the malware"): the verb before the date
//     (purposeVerb);
//   - a support verb and the noun of happening that is its object ("won 41
//     percent of the vote", "attended a rally", "conceded defeat"), or that
//     "go on" puts under way ("went on sale last month"): the verb carries
//     the tense and the date;
//   - a participle or comparative that only describes a noun ("the quarter
//     ended Sept. 30", "from discontinued operations", "closed sharply
//     lower"): the clause's verb is the happening;
//   - a noun of happening that is the subject of what a date schedules
//     ("The deal is expected to close in the third quarter"): the verb;
//   - a noun of happening that stood nearer the date than the verb that
//     carries its clause's tense, as that verb's object ("declared an
//     outbreak of dengue fever on Wednesday") or subject ("The theft was
//     discovered on Tuesday"): the verb, as TimeML anchors the date (the
//     event of the clause the date modifies), unless the verb is light,
//     aspectual or ending ("completed the purchase yesterday": the noun);
//     the kind of happening stays the noun's, for merging;
//   - a noun of happening that is the subject of an aspectual verb ("The
//     strike began on Wednesday"): the verb, after the headline ("Strike
//     begins"), the kind the noun's;
//   - a verb whose object's noun of happening or of a result the date
//     modifies as an adjective or a possessive ("reported a third-quarter
//     net loss", "praised last week's inspection"): the noun, the date
//     being its alone; moved after the headline, which the verb built, and
//     the kind of happening stays the verb's;
//   - "due" or "payable" right before the date ("debentures due March 1,
//     2011", "a dividend, payable Dec. 15"): the falling due, after the
//     headline, the kind the old trigger's (dueWord).
//
// A support verb takes the trigger after the headline, which its noun
// built well ("Castro attends a rally"; built from the verb it would lose
// words): the kind of happening stays the noun's. A verb of scheduling is
// no support verb: the date of "scheduled a news conference Thursday" is
// the conference's, which TimeML anchors, not the day it was scheduled. The others
// take it before the headline, which the old word built badly or wrongly
// ("Authorities contain the outbreak" for "sought to contain", "Ingrid Sol
// defeats" for "conceded defeat", "Sale" for
// "A rival player went on sale", "Ended Sept 30", "Share prices closed
// sharply lowers", "Deal in Europe").
//
// An aspectual verb and the verb it governs ("began delving", "stopped
// paying") keep the aspectual, which carries the tense: TimeBank links the
// one as often as the other (moving to the governed verb found 10 of its
// anchors and lost 12); phaseVerb moves a gerund trigger back to it.

// conativeVerbs are the forms of the verbs of trying (failing, refusing
// and declining too: "failed to open", "refused to comment", what failed
// or was refused never happened).
var conativeVerbs = formsOf(`try attempt seek:sought:sought fail refuse decline`)

// goForms are the forms of "go", whose "on" puts a noun of happening
// under way: "went on sale", "go on trial", "went on strike".
var goForms = formsOf(`go:went:gone`)

// supportVerbs are the forms of the verbs that lend their tense to a noun
// of happening as their object: "went on sale", "held talks", "won the
// vote", "attended a rally", "issued a ruling", "paid a fine" (not "scheduled a news
// conference Thursday": the date is the conference's).
var supportVerbs = formsOf(`go:went:gone hold:held:held have:had:had make:made:made take:took:taken give:gave:given
win:won:won attend stage conduct issue concede claim suffer pay:paid:paid`)

// formsOf maps the forms of each verb of a list ("seek:sought:sought") to
// its base.
func formsOf(list string) map[string]string {
	m := map[string]string{}
	for entry := range strings.FieldsSeq(list) {
		parts := strings.Split(entry, ":")
		for _, f := range verbForms(parts[0], parts[1:]) {
			m[f] = parts[0]
		}
	}
	return m
}

// promoteTrigger moves the trigger of a draft to the support verb its
// date also anchors whose object the trigger is. Called after the
// headline.
func (d *draft) promoteTrigger() {
	if k := d.dueWord(); k >= 0 {
		d.takeTrigger(k) // "convertible debentures due March 1, 2011": the falling due
		return
	}
	if t := d.trig; t >= 2 && d.words[t].lower == "death" && d.words[t-1].lower == "to" && deathVerb(d.doc.Text, d.words, t-2) && !slices.Contains(d.also, t-2) {
		// "before he was shot to death last Oct. 23": the clause of
		// "before" is the date's own, the shooting is the death; the
		// headline built on the death is kept
		d.also = append(d.also, t-2)
		d.moveTrigger(t - 2)
		return
	}
	if d.trig < 0 || len(d.also) == 0 {
		return
	}
	if f := d.findingVerb(); f >= 0 {
		d.moveTrigger(f) // "was found abandoned in December": the finding, the headline kept
		return
	}
	if !d.info.noun && !isNoun(d.words, d.trig) {
		if n := d.datedObject(); n >= 0 {
			d.moveTrigger(n) // "Savin reported a third-quarter net loss": the loss's quarter
		} else if n := d.datedSubject(); n >= 0 {
			d.moveTrigger(n) // "Second-quarter sales included a one-time gain": the sales' quarter
		} else if n := d.occurrenceSubject(); n >= 0 {
			d.moveTrigger(n) // "The slide came at 10.30 am on 3 July": the slide's
		}
		return
	}
	if v := supportVerb(d.doc.Text, d.words, d.also, d.trig); v >= 0 {
		d.moveTrigger(v) // "attended a rally on Thursday"
	} else if v := d.aspectualVerb(); v >= 0 {
		d.moveTrigger(v) // "The strike began on 17 June": the headline "Strike begins" kept
	} else if v := d.beginningVerb(); v >= 0 {
		d.moveTrigger(v) // "will begin an overtime ban on Thursday"
	}
}

// occurrenceVerbs only tell that their subject took place.
var occurrenceVerbs = lexSet(`came comes occurred occurs happened happens`)

// occurrenceSubject is the noun right before a verb that only tells that
// it took place, among the draft's also words: "The slide came at 10.30
// am", "The only goal came in the 71st minute", "The blast happened on
// Monday". The noun is the happening; the verb says no more than its
// date. -1 when there is none.
func (d *draft) occurrenceSubject() int {
	ws, t := d.words, d.trig
	if !occurrenceVerbs[ws[t].lower] || t < 1 || t+1 >= len(ws) || !slices.Contains(d.also, t-1) || d.doc.Text[ws[t-1].end:ws[t].start] != " " {
		return -1
	}
	if next := ws[t+1]; !next.is(cTemporalPrep) && next.lower != "at" && next.lower != "on" && next.lower != "in" {
		return -1 // "The coalition came to power in 2017": the coming to power
	}
	if n := t - 1; lowerWord(d.doc.Text, ws[n]) && isNoun(ws, n) && !ws[n].is(cClosed) {
		return n
	}
	return -1
}

// beginningVerb is the verb of beginning among the draft's also words
// whose object is its noun trigger, the draft's own date after both ("will
// begin an overtime ban on Thursday", "began a trial run on Wednesday"):
// the verb carries the tense, as it does when the noun is its subject
// (aspectualVerb); the noun keeps the kind and built the headline. Not a
// verb of ending ("completed the purchase Monday": TimeML anchors the
// noun). -1 when there is none.
func (d *draft) beginningVerb() int {
	ws, t := d.words, d.trig
	if !d.dateInSentence() {
		return -1
	}
	first, _ := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if first <= t {
		return -1
	}
	for _, v := range d.also {
		if v >= t || t-v > 5 || ws[v].quoted || isNoun(ws, v) || beginForms[ws[v].lower] == "" {
			continue
		}
		if objectPhrase(d.doc.Text, ws, v, t) && !hasPunctBetween(d.doc.Text, ws, v, first) {
			return v
		}
	}
	return -1
}

// beginForms are the forms of the verbs of beginning.
var beginForms = formsOf(`begin:began:begun start`)

// aspectualVerb is the aspectual verb among the draft's also words that
// follows its noun trigger as its subject's verb, within three words and
// no punctuation, before the draft's own date: "The strike began on 17
// June", "His trial opened in February". TimeML anchors the date to the
// verb, which carries the tense (the wiki news gold of wn50-wn73 does so
// too); the noun keeps the kind and built the headline. -1 when there is
// none.
func (d *draft) aspectualVerb() int {
	ws, t := d.words, d.trig
	if !d.dateInSentence() {
		return -1
	}
	first, _ := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	for _, k := range d.also {
		if k <= t || k >= first || isNoun(ws, k) || ws[k].quoted || aspectualForms[ws[k].lower] == "" && !inForceVerb(ws, k) {
			continue
		}
		if k-t <= 3 && !hasPunctBetween(d.doc.Text, ws, t, k) || k-t <= 10 && commaAside(d.doc.Text, ws, t, k) {
			return k
		}
	}
	return -1
}

// inForceVerb reports the verb of "take effect" or "come into force" at k:
// "The new tariff takes effect on 1 May" starts the tariff, as "began"
// starts a strike.
func inForceVerb(ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	switch inForceForms[ws[k].lower] {
	case "take":
		return ws[k+1].lower == "effect"
	case "come", "enter", "go":
		return k+2 < len(ws) && (ws[k+1].lower == "into" || ws[k+1].lower == "in") && (ws[k+2].lower == "force" || ws[k+2].lower == "effect")
	}
	return false
}

// inForceForms are the forms of the verbs of coming into force.
var inForceForms = formsOf(`take:took:taken come:came:come enter go:went:gone`)

// commaAside reports that the only punctuation between words t and k is
// a pair of commas around an aside right after t: "The first increase, of
// one percentage point, takes effect".
func commaAside(text string, ws []word, t, k int) bool {
	if strings.TrimSpace(text[ws[t].end:ws[t+1].start]) != "," || strings.TrimSpace(text[ws[k-1].end:ws[k].start]) != "," {
		return false
	}
	for j := t + 2; j < k; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			return false
		}
	}
	return t+1 < k-1
}

// supportVerb is the support verb among also whose object is the noun of
// happening at t: before it in its clause, with no other word of
// happening, clause word, punctuation or preposition but "of" and "on"
// between ("went on sale", "won 41 percent of the vote"; not "made the
// announcement at a press conference"); an infinitive too, which a plan
// or a schedule dates as a tense dates a finite verb ("is set to hold the
// final vote on Friday", "plans to hold elections in May"); -1 when there
// is none.
func supportVerb(text string, ws []word, also []int, t int) int {
	for _, v := range also {
		if v >= t || t-v > 6 || supportVerbs[ws[v].lower] == "" || isNoun(ws, v) || ws[v].quoted || !lowerWord(text, ws[v]) {
			continue
		}
		if v+1 < len(ws) && (ws[v+1].is(cIrregularParticiple) || strings.HasSuffix(ws[v+1].lower, "ed")) {
			continue // "had fallen": an auxiliary
		}
		ok := true
		for k := v + 1; k <= t && ok; k++ {
			ok = !hasPunct(text[ws[k-1].end:ws[k].start]) && (k == t || !ws[k].is(cClauseWord|cClauseOpener) && ws[k].lower != "to" && !eventWord(text, ws, k) &&
				(!ws[k].is(cPreposition|cLocationPrep|cNounPrep) && !prepositions[ws[k].lower] && !otherPrepositions[ws[k].lower] || ws[k].lower == "of" || ws[k].lower == "on"))
		}
		if ok {
			return v
		}
	}
	return -1
}

// describingParticiple reports a trigger that is a participle describing a
// noun, no happening of its clause: before the noun after an article, a
// determiner or a preposition ("the reduced dividend", "a retired Indian
// diplomat", "from discontinued operations"), after a quantifier or an
// adverb after an article ("some unfinished business", "a still
// unspecified date"), after a verb that a modal or "to" opens ("will
// compensate affected families"), or after a noun of time
// ("the quarter ended Sept. 30").
func describingParticiple(text string, ws []word, t int) bool {
	w := ws[t].lower
	if t == 0 || t+1 >= len(ws) || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "er") || ws[t].is(cIrregularParticiple)) || ws[t].quoted {
		return false
	}
	prev, next := ws[t-1], ws[t+1]
	if strings.HasSuffix(w, "er") {
		// a comparative after its verb: "closed sharply lower", "posted
		// lower earnings"
		p := t - 1
		for p > 0 && strings.HasSuffix(ws[p].lower, "ly") {
			p--
		}
		return pastForm(ws, p) && !ws[p].is(cBeForm|cHaveForm|cAuxiliary) && !hasPunct(text[ws[p].end:ws[t].start])
	}
	if hasPunct(text[prev.end:ws[t].start]) || hasPunct(text[ws[t].end:next.start]) {
		return false
	}
	if prev.is(cTimeUnit) || periodNouns[prev.lower] {
		return w == "ended" || w == "ending" // "the quarter ended Sept. 30"
	}
	// a quantifier, or an adverb after an article or a determiner, is as
	// good as a determiner: "some unfinished business", "a still
	// unspecified date"
	// So is a verb that a modal or "to" opens, but "have" and "be" (a
	// perfect, a passive): "will compensate affected families"
	quantified := quantifiers[prev.lower] || t >= 2 && ws[t-2].is(cModalTo) && lowerWord(text, prev) && !prev.is(cBeForm|cHaveForm|cAuxiliary|cClosed) && !strings.HasSuffix(prev.lower, "ly") ||
		t >= 2 && (prev.lower == "still" || strings.HasSuffix(prev.lower, "ly")) && ws[t-2].is(cArticle|cDeterminer) && ws[t-2].lower != "that"
	if !quantified && (!(prev.is(cArticle|cDeterminer) && prev.lower != "that" || prev.possessive || prev.is(cPreposition)) || adverbPast(ws, t) || relativePast(ws, t)) {
		return false // "He last visited Russia": a verb in the past
	}
	// the noun it describes: a word of letters, no closed word, preposition
	// or verb of happening
	return wordOfLetters(text, next) && !next.is(cClosed|cPreposition|cClauseWord) && !(eventWord(text, ws, t+1) && !isNoun(ws, t+1) && !strings.HasSuffix(next.lower, "s"))
}

// quantifiers tell how many of the noun after them, as a determiner
// would, but never a subject before its verb: "some unfinished business",
// "several injured people", "every destroyed home".
var quantifiers = lexSet(`some any several such few many every`)

// otherPrepositions open a phrase whose noun is no object of the verb
// before it: "taking questions about the outbreak".
var otherPrepositions = lexSet(`about with against into onto after before between among across toward towards under
within without upon amid despite following`)

// periodNouns are the spans a company reports on: "the quarter ended Sept. 30".
var periodNouns = lexSet(`quarter year period months weeks half`)

// nearestVerb is the verb among also that heads a happening of its own
// (headInfo) and carries a tense (a past form, or a verb after an
// auxiliary), the nearest to t; -1 when there is none.
func nearestVerb(text string, ws []word, also []int, t int) int {
	best := -1
	for _, k := range also {
		if isNoun(ws, k) || ws[k].quoted || describingParticiple(text, ws, k) {
			continue
		}
		if !pastForm(ws, k) && (k == 0 || !ws[k-1].is(cModal|cBeForm|cHaveForm|cAuxiliary)) {
			continue // no verb that carries a tense: "to stock of record"
		}
		if _, ok := headInfo(text, ws, k); !ok {
			continue
		}
		if best < 0 || absInt(k-t) < absInt(best-t) {
			best = k
		}
	}
	return best
}

// verbTrigger moves the trigger of a draft to "go" before "on" and its
// noun of happening, to the verb of trying that governs it, that of a
// draft that stands on a participle
// describing a noun (describingParticiple) to the nearest verb its date
// also anchors, and that of a noun of happening to the verb a date
// schedules it to do (scheduledVerb), before the headline is built from
// it: "net income rose 21% for the fourth quarter ended Aug. 26" is the
// rise.
func (d *draft) verbTrigger() {
	if t := d.trig; t >= 0 && d.info.speech {
		if v := sayingParticipleHead(d.doc.Text, d.words, make([]bool, len(d.words)), t); v >= 0 && slices.Contains(d.also, v) {
			info, _ := headInfo(d.doc.Text, d.words, v)
			d.moveTrigger(v) // "The coach defended his players, telling reporters on Sunday": the defending, told by the telling
			d.info = info
			return
		}
	}
	if d.trig >= 0 && !d.info.noun {
		if g := governorOf(d.doc.Text, d.words, d.trig); g >= 0 && conativeVerbs[d.words[g].lower] != "" && slices.Contains(d.also, g) {
			d.moveTrigger(g) // "tried to scare": the trying
			d.info = triggerInfo{lemma: conativeVerbs[d.words[g].lower]}
			return
		}
	}
	if v := d.purposeVerb(); v >= 0 {
		info, _ := headInfo(d.doc.Text, d.words, v)
		d.moveTrigger(v) // "was taken offline an hour later to stop the malware": the taking
		d.info = info
		return
	}
	if c := d.controlVerb(); c >= 0 {
		info, _ := headInfo(d.doc.Text, d.words, c)
		d.moveTrigger(c) // "ordered public offices to close on Wednesday": the order
		d.info = info
		return
	}
	if p := d.phaseVerb(); p >= 0 {
		info, _ := headInfo(d.doc.Text, d.words, p)
		d.kind = d.info.lemma // merging still tells the selling from the lending
		d.takeTrigger(p)      // "stopped selling tickets on Saturday": the stopping; "denies killing", dated or not: the denial
		d.info = info
		return
	}
	if t := d.trig; t >= 2 && (d.info.noun || isNoun(d.words, t) || baseAfterGoOn(d.words, t)) && d.words[t-1].lower == "on" && goForms[d.words[t-2].lower] != "" && !hasPunctBetween(d.doc.Text, d.words, t-2, t) {
		d.takeTrigger(t - 2) // "went on sale last month": the going on sale
		d.info = triggerInfo{lemma: "go"}
		return
	}
	if t := d.trig; t >= 3 && (d.words[t-1].lower == "to" || d.words[t-1].lower == "on") && d.words[t-2].lower == "back" &&
		goForms[d.words[t-3].lower] != "" && !hasPunctBetween(d.doc.Text, d.words, t-3, t) {
		d.takeTrigger(t - 3) // "went back to talks on Tuesday": the going back
		d.info = triggerInfo{lemma: "go"}
		return
	}
	if t := d.trig; t >= 2 && d.words[t].lower == "death" && d.words[t-1].lower == "to" && slices.Contains(d.also, t-2) {
		info, _ := headInfo(d.doc.Text, d.words, t-2)
		d.moveTrigger(t - 2) // "was shot to death on Oct. 23": the shooting, its outcome with it
		d.info = info
		return
	}
	if d.trig < 0 || len(d.also) == 0 {
		return
	}
	if t := d.trig; t > 0 && !d.info.noun && supportVerbs[d.words[t-1].lower] != "" && pastForm(d.words, t-1) && slices.Contains(d.also, t-1) && d.doc.Text[d.words[t-1].end:d.words[t].start] == " " {
		// a verb's form right after a support verb in the past is its
		// object: "conceded defeat on Thursday" is the conceding, not
		// "defeats"
		d.moveTrigger(t - 1)
		d.info = triggerInfo{lemma: supportVerbs[d.words[t-1].lower]}
		return
	}
	v := -1
	switch {
	case !d.words[d.trig].info().noun && describingParticiple(d.doc.Text, d.words, d.trig):
		// a participle the draft may have read as a noun after its
		// article ("The increased dividend"), but no noun of the lexicon
		v = nearestVerb(d.doc.Text, d.words, d.also, d.trig) // "the quarter ended Aug. 26", "the increased dividend"
	case d.info.noun || isNoun(d.words, d.trig):
		v = scheduledVerb(d.doc.Text, d.words, d.also, d.trig) // "The deal is expected to close"
		if v < 0 {
			if v = d.tenseVerb(); v >= 0 {
				d.kind = d.info.lemma // "seized a car bomb on Sunday", "The theft was discovered on Tuesday"
			}
		}
	}
	if v < 0 {
		return
	}
	info, _ := headInfo(d.doc.Text, d.words, v)
	d.moveTrigger(v)
	d.info = info
}

// baseAfterGoOn reports a verb's base form right after "on" (verbTrigger
// checks the "go" before it): no verb's base can follow "went on" (a verb
// would be "went on to strike" or "went on striking"), so it is the noun:
// "went on strike in March".
func baseAfterGoOn(ws []word, t int) bool {
	return ws[t].lower == ws[t].info().lemma
}

// purposeVerb is the verb in a tense among the draft's also words that
// the draft's date follows, right before the "to" of the infinitive
// trigger: "the whole system was taken offline an hour later to stop the
// malware", "troops were flown in on Friday to guard the port". The date
// ends the verb's clause, and the infinitive after it tells what for; -1
// when there is none (nor when the verb schedules or expects: "is expected
// on Friday to announce").
func (d *draft) purposeVerb() int {
	ws, text, t := d.words, d.doc.Text, d.trig
	if t < 3 || ws[t-1].lower != "to" || !d.dateInSentence() {
		return -1 // a noun's form after "to" too: "to stop the malware"
	}
	first, last := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if last != t-2 || first < 1 || hasPunct(text[ws[last].end:ws[t-1].start]) {
		return -1
	}
	best := -1
	for _, v := range d.also {
		if v >= first || first-v > 8 || isNoun(ws, v) || ws[v].quoted || scheduleWords[ws[v].lower] || conativeVerbs[ws[v].lower] != "" || controlForms[ws[v].lower] != "" {
			continue
		}
		aux := v > 0 && ws[v-1].is(cModal|cBeForm|cHaveForm|cAuxiliary)
		if !pastForm(ws, v) && !aux || hasPunctBetween(text, ws, v, first) || clauseBreaks(text, ws, v, first) > 0 {
			continue
		}
		if info, ok := headInfo(text, ws, v); !ok && !(info.lemma == "take" && resultComplement(text, ws, v+1, first)) || info.speech {
			continue // but "was taken offline": a change of state
		}
		if best < 0 || v > best {
			best = v
		}
	}
	return best
}

// dueWords say when a payment or a debt falls due, the date right after
// them: "notes due Nov. 1, 2009", "The dividend is payable Jan. 2".
var dueWords = lexSet(`due payable`)

// dueWord is the word of dueWords right before the draft's own date ("on"
// may stand between) when the draft stands on another word of its clause:
// "sold $100 million of notes due Nov. 1, 2009", "declared a dividend,
// payable Dec. 15": the date tells when the debt or the payment falls due,
// and TimeML anchors it to "due" or "payable". Moved after the headline,
// which the old trigger built ("Oneida declares a 10% stock dividend"), and
// the kind of happening stays the old trigger's. Not for the noun of
// happening right before it ("the general election due in September": the
// election). -1 when there is none.
func (d *draft) dueWord() int {
	ws, text := d.words, d.doc.Text
	if d.trig < 0 || !d.dateInSentence() {
		return -1
	}
	first, _ := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	k := first - 1
	if k >= 0 && ws[k].lower == "on" {
		k--
	}
	if k < 1 || k == d.trig || k-1 == d.trig || !dueWords[ws[k].lower] || !lowerWord(text, ws[k]) || hasPunctBetween(text, ws, k, first) {
		return -1
	}
	return k
}

// phaseForms are the forms of the verbs that begin, stop or go on with
// the doing their gerund names: "stopped selling", "began raising".
var phaseForms = formsOf(`begin:began:begun start stop:stopped:stopped cease halt resume continue finish quit:quit:quit`)

// avowalForms are the forms of the verbs that deny, admit or avoid the
// doing their gerund names: "denied killing", "admitted taking",
// "avoided paying". What is denied or avoided may never have happened,
// so the verb is the happening, as a phase verb is, whether or not a date
// anchors it: a headline built on the gerund turns a denial into the deed
// ("He denies killing Michael Jackson": not "kills Michael Jackson").
var avowalForms = formsOf(`deny admit:admitted:admitted confess avoid`)

// phaseVerb is the verb of beginning, stopping or going on among the
// draft's also words right before its gerund trigger ("The airline
// stopped selling tickets on Saturday", "began raising its stake in
// July"), or a verb of denying, admitting or avoiding there whether or not
// it is among them (avowalForms: "denied breaking the law"): the verb
// carries the tense, and TimeML anchors the date to it (TimeBank marks the
// gerund as well as often as not; the wiki news gold marks the verb). -1
// when there is none.
func (d *draft) phaseVerb() int {
	ws, t := d.words, d.trig
	if t < 1 || d.info.noun || !strings.HasSuffix(ws[t].lower, "ing") || isNoun(ws, t) {
		return -1
	}
	p := t - 1
	avowal := avowalForms[ws[p].lower] != ""
	if phaseForms[ws[p].lower] == "" && !avowal || strings.HasSuffix(ws[p].lower, "ing") || ws[p].quoted || isNoun(ws, p) || !avowal && !slices.Contains(d.also, p) || d.doc.Text[ws[p].end:ws[t].start] != " " {
		return -1
	}
	return p
}

// findingVerb is the passive verb of finding or seeing among the draft's
// also words right before its participle trigger in -ed, after a form of
// "be": "The car was found abandoned at the airport in December". The
// participle tells the state the finding came upon, which began before it;
// the finding is what the date tells. Moved after the headline, which
// keeps the state ("The van was found abandoned"). -1 when there is none.
func (d *draft) findingVerb() int {
	ws, t := d.words, d.trig
	if t < 2 || d.info.noun || !strings.HasSuffix(ws[t].lower, "ed") || d.doc.Text[ws[t-1].end:ws[t].start] != " " {
		return -1
	}
	f := t - 1
	if complementVerbs[ws[f].lower]&takesPart == 0 || !pastForm(ws, f) || !ws[f-1].is(cBeForm) || !slices.Contains(d.also, f) {
		return -1
	}
	return f
}

// controlForms are the forms of the verbs that get someone to do what
// their infinitive names: "ordered offices to close", "invited Sinn Fein to
// rejoin".
var controlForms = formsOf(`order invite ask urge instruct direct force allow permit authorize authorise persuade encourage advise`)

// controlVerb is the verb of ordering, asking or allowing among the
// draft's also words, in a tense, whose object is told to do what the
// draft's infinitive trigger names, the date after the infinitive ("Serbia
// ordered public offices to close at noon on Wednesday", "invited Sinn Fein
// to rejoin two weeks ago", "were invited to join NATO in July 1997"): what was ordered may never happen, and TimeML
// anchors the date to the order (TimeBank, AQUAINT and the wiki news gold
// alike). Not a date set as the infinitive's target ("asked it to respond
// by Oct. 31"). -1 when there is none.
func (d *draft) controlVerb() int {
	ws, text, t := d.words, d.doc.Text, d.trig
	if t < 3 || d.info.noun || ws[t-1].lower != "to" || !d.dateInSentence() {
		return -1
	}
	first, _ := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if first <= t || first >= len(ws) || targetTime[ws[first-1].lower] || ws[first-1].lower == "by" {
		return -1
	}
	for c := t - 2; c >= 0 && c >= t-10; c-- {
		if hasPunct(text[ws[c].end:ws[c+1].start]) || ws[c].is(cClauseWord|cClauseOpener) && !(ws[c].lower == "and" && !eventWord(text, ws, c+1)) {
			return -1 // "the central and eastern countries": one object
		}
		if controlForms[ws[c].lower] == "" {
			continue
		}
		aux := c > 0 && ws[c-1].is(cModal|cBeForm|cHaveForm|cAuxiliary)
		if c == t-2 && !(aux && ws[c-1].is(cBeForm)) {
			return -1 // the object between, or the passive: "who were invited to join NATO in July 1997"
		}
		if !pastForm(ws, c) && !aux || ws[c].quoted || isNoun(ws, c) || !slices.Contains(d.also, c) || !controlObject(text, ws, c, t-1) {
			return -1
		}
		return c
	}
	return -1
}

// controlObject reports the words between a verb at v and the "to" at t
// as its object, "and" joining its modifiers allowed ("invited the
// central and eastern countries to join"): objectPhrase of each part.
func controlObject(text string, ws []word, v, t int) bool {
	from := v
	for k := v + 1; k < t; k++ {
		if ws[k].lower == "and" {
			if !objectPhrase(text, ws, from, k) {
				return false
			}
			from = k
		}
	}
	return objectPhrase(text, ws, from, t)
}

// dateInSentence reports a date of the draft's own, a span inside its
// sentence, which the promotions below measure words against.
func (d *draft) dateInSentence() bool {
	return d.ownDate && d.date.Span.Len() != 0 && d.date.Span.Start >= d.sent.Start && d.date.Span.End <= d.sent.End
}

// takeTrigger makes the word k the draft's trigger, first adding it to the
// also words when it is not among them (a word the date does not anchor:
// "went on sale", "He denies killing the singer"), since moveTrigger moves
// only an also word.
func (d *draft) takeTrigger(k int) {
	if !slices.Contains(d.also, k) {
		d.also = append(d.also, k)
	}
	d.moveTrigger(k)
}

// moveTrigger makes the also word k the draft's trigger and keeps the old
// trigger among the also words, in its place.
func (d *draft) moveTrigger(k int) {
	i := slices.Index(d.also, k)
	if i < 0 {
		return
	}
	d.also[i] = d.trig
	d.trig = k
	d.trigger = d.doc.Text[d.words[k].start:d.words[k].end]
}

// deathVerb reports a verb in the past at v right before "to death": "was
// shot to death", "were beaten to death".
func deathVerb(text string, ws []word, v int) bool {
	return v >= 0 && v+2 < len(ws) && text[ws[v].end:ws[v+2].start] == " to " && pastForm(ws, v) && clauseVerb(text, ws, v)
}

// scheduledVerb is the verb among also that the noun of happening at t is
// the subject of, after "is expected to", "is scheduled to", "is due to"
// ("The deal is expected to close in the third quarter"): the verb, not its
// subject, is what the date schedules; -1 when there is none.
func scheduledVerb(text string, ws []word, also []int, t int) int {
	for _, c := range also {
		if c != t+4 || !ws[t+1].is(cBeForm) || !scheduleWords[ws[t+2].lower] || ws[t+3].lower != "to" || isNoun(ws, c) {
			continue
		}
		if !hasPunctBetween(text, ws, t, c) {
			return c
		}
	}
	return -1
}

// scheduleWords say that what follows them is scheduled or expected.
var scheduleWords = lexSet(`expected scheduled due set slated likely`)

// wordOfLetters reports a word of letters (and hyphens), lowercase or
// capitalized: "dividend", "Indian".
func wordOfLetters(text string, w word) bool {
	for i, r := range text[w.start:w.end] {
		if (r < 'a' || r > 'z') && r != '-' && (i > 0 || r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// tenseVerb is the verb among the draft's also words that carries the
// tense of the clause whose date its noun trigger took by standing nearer
// the date: the verb before the noun whose object the noun is or ends
// ("Police seized a car bomb on Sunday", "declared an outbreak of dengue
// fever on Wednesday"), or the verb right after the noun whose subject it
// is ("The theft was discovered on Tuesday"), the date after both. The
// date modifies the verb phrase, so the verb is the happening it dates, as
// TimeML anchors it. Not a light verb, whose object is the happening ("held
// talks on Monday"), nor an aspectual verb after its subject ("The trial
// opened on Monday": aspectualVerb moves to it after the headline). -1 when
// there is none.
func (d *draft) tenseVerb() int {
	ws, text, t := d.words, d.doc.Text, d.trig
	if !d.dateInSentence() {
		return -1
	}
	first, last := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if first <= t || first >= len(ws) || postNominal(text, ws, first, last) == t || t > 0 && ws[t-1].possessive || ws[first-1].lower == "of" || targetTime[ws[first-1].lower] {
		return -1 // "Iraq's invasion of Kuwait on Aug. 2", "the demonstrations of early December", "moved the meeting to Friday": the noun's
	}
	best := -1
	for _, k := range d.also {
		if k >= first || isNoun(ws, k) || ws[k].quoted || describingParticiple(text, ws, k) || strings.Contains(ws[k].lower, "-") {
			continue
		}
		aux := k > 0 && ws[k-1].is(cModal|cBeForm|cHaveForm|cAuxiliary)
		if _, known := ws[k].trigger(); !pastForm(ws, k) && !(aux && known) {
			continue // no verb that carries a tense: "will almost double"
		}
		if k > t && !aux && !simplePasts[ws[k].lower] && !(k+1 < len(ws) && ws[k+1].is(cArticle)) && !(strings.HasSuffix(ws[k].lower, "ed") && clauseEndsAt(text, ws, last)) {
			continue // "announcements put out on Aug. 13 suggest": a participle after its noun; "teams pulled a woman" has an object
		}
		info, ok := headInfo(text, ws, k)
		if !ok || info.light || k < t && supportVerbs[ws[k].lower] != "" {
			continue // "held talks on Monday"; "won the vote on May 12" moves after the headline (promoteTrigger)
		}
		if k > t && (info.lemma == "take" && !resultComplement(text, ws, k+1, k+7) || lightHappenings[ws[k].lower]) {
			continue // "The meeting took place on Monday", "The blast occurred at 6 a.m.": the meeting, the blast; but "An attack took the systems offline in 2023": the taking
		}
		lo, hi := min(k, t), max(k, t)
		if hi-lo > 6 || hasPunctBetween(text, ws, lo, hi) || clauseBreaks(text, ws, lo, hi) > 0 {
			continue
		}
		if aspectualForms[ws[k].lower] != "" || endingVerbs[info.lemma] || endingVerbs[ws[k].lower] || info.lemma == "complete" {
			continue // "The strike began on Wednesday" (aspectualVerb, after the headline), "completed the purchase Monday": the purchase
		}
		if k < t && !objectPhrase(text, ws, k, t) && !(compoundHead(ws, t) && objectPhrase(text, ws, k, t-1)) && !agentPhrase(text, ws, k, t) {
			continue // "killed in a bombing in 1995": the bombing's year
		}
		if best < 0 || absInt(k-t) < absInt(best-t) {
			best = k
		}
	}
	return best
}

// clauseEndsAt reports the end of a clause after word last: the end of the
// sentence or punctuation. A verb in -ed after its noun whose date ends the
// clause is the clause's own verb ("a second test flight succeeded in June
// last year."), not a participle describing the noun, whose clause would go
// on to its verb ("announcements put out on Aug. 13 suggest").
func clauseEndsAt(text string, ws []word, last int) bool {
	return last+1 >= len(ws) || hasPunct(text[ws[last].end:ws[last+1].start])
}

// objectPhrase reports the noun at t as the object of the verb at v, or
// the end of it: no preposition but "of" and the verb's particle between
// them ("seized a car bomb", "declared an outbreak of dengue fever", "shut
// down the records system"; not "killed in a bombing").
func objectPhrase(text string, ws []word, v, t int) bool {
	for k := v + 1; k < t; k++ {
		w := ws[k]
		if w.lower == "of" || k == v+1 && particles[w.lower] {
			continue // "shut down the system"
		}
		if strings.HasSuffix(w.lower, "ing") && compoundHead(ws, k) && !ws[k+1].is(cPreposition|cLocationPrep) {
			continue // "passed a rule limiting night flights": the participle tells which rule, and its object is the rule's
		}
		if k == v+1 && k+1 < t && participleForm(w.lower) && pastForm(ws, v) && text[ws[v].end:w.start] == " " {
			continue // "lifted scheduled power cuts": a participle right after a verb in the past describes its object
		}
		if strings.HasSuffix(w.lower, "ing") || eventWord(text, ws, k) && !isNoun(ws, k) {
			return false // "kept the party out pending meetings", "helped end the war": another verb's, or a preposition's
		}
		if w.is(cPreposition|cLocationPrep|cNounPrep|cClauseWord|cClauseOpener) || prepositions[w.lower] || otherPrepositions[w.lower] || w.lower == "to" {
			return false
		}
	}
	return true
}

// agentPhrase reports the noun at t as the agent of the passive verb at v,
// the "by" phrase right after it ("was last hit by an earthquake in
// November 2019", "were damaged by a storm on Sunday"): a form of "be"
// before the verb (an adverb may stand between), "by" after it, and no
// other preposition or verb between "by" and the noun. What the noun did
// is what the verb tells, so the date is the verb's, as it is of a verb
// and its object.
func agentPhrase(text string, ws []word, v, t int) bool {
	if t < v+2 || ws[v+1].lower != "by" || hasPunctBetween(text, ws, v, t) {
		return false
	}
	p := v - 1
	for p >= 0 && (strings.HasSuffix(ws[p].lower, "ly") || pastAdverbs[ws[p].lower]) {
		p--
	}
	return p >= 0 && ws[p].is(cBeForm) && objectPhrase(text, ws, v+1, t)
}

// pastAdverbs may stand between "be" and its participle: "was last hit",
// "were already damaged".
var pastAdverbs = lexSet(`last already also first again once still never ever just recently`)

// targetTime are the words before a date that make it a time set for the
// noun, not the verb's: "moved the meeting to Friday", "delayed the vote
// until March", "called a protest for Saturday".
var targetTime = lexSet(`to until till for`)

// datedObject is the noun of happening or of a result ("loss", "sales")
// among the also words of a draft on a verb that
// the draft's date modifies as an adjective or a possessive, in the verb's
// object after it ("reported a third-quarter net loss", "condemned
// Tuesday's attack") or in the phrase of a preposition after it ("was
// arrested in connection with last year's blasts"): the date is that
// noun's, not the verb's, as TimeML anchors it. -1 when there is none.
func (d *draft) datedObject() int {
	ws, text, t := d.words, d.doc.Text, d.trig
	if !d.dateInSentence() {
		return -1
	}
	first, last := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if first <= t || last >= len(ws) || hasPunctBetween(text, ws, t, first) || clauseBreaks(text, ws, t, first) > 0 {
		return -1
	}
	n := modifiedNoun(text, ws, first, last)
	if n < 0 || !slices.Contains(d.also, n) || !eventNoun(ws[n].lower) && !ws[n].is(cResultNoun) || strings.HasSuffix(ws[n].lower, "ing") || pastForm(ws, n) || !(ws[last].possessive || premodifier(text, ws, last) && first > 0 && ws[first-1].is(cArticle|cDeterminer)) || !objectPhrase(text, ws, t, first) && !prepositionObject(text, ws, t, first) {
		return -1
	}
	return n
}

// prepositionObject reports the date at word first as the start of the
// object of a preposition after the verb at v, only its article or
// determiner between ("was arrested in connection with last year's
// blasts", "were injured in the 1998 clinic bombing"): the date tells which
// happening the phrase names, as it does in the verb's object. Not a
// phrase of time (referencePreps).
func prepositionObject(text string, ws []word, v, first int) bool {
	for p := first - 1; p > v; p-- {
		if ws[p].is(cPreposition|cLocationPrep|cNounPrep) || prepositions[ws[p].lower] || otherPrepositions[ws[p].lower] {
			return !referencePreps[ws[p].lower] && objectPhrase(text, ws, p, first)
		}
	}
	return false
}

// relationVerbs relate their subject to what follows, telling no
// happening of their own: "the results included a gain", "losses totaled
// $5 million".
var relationVerbs = formsOf(`include total:totaled:totaled amount represent reflect equal:equaled:equaled contain comprise`)

// datedSubject is the noun of happening or of a result among the also
// words of a draft on a verb of relation (relationVerbs) in the past that
// is the verb's subject, right
// before it, and that the draft's date modifies as an adjective or a
// possessive at the head of the subject ("Second-quarter sales included a
// one-time gain", "The year-ago profit totaled $4 million"): the date is
// the noun's, as in datedObject; the verb only relates the noun to what
// follows, as TimeML leaves it unmarked. Verbs of change keep the date
// ("third-quarter profit jumped": TimeML anchors the jump). -1 when
// there is none.
func (d *draft) datedSubject() int {
	ws, text, t := d.words, d.doc.Text, d.trig
	if !d.dateInSentence() {
		return -1
	}
	first, last := wordRange(ws, d.date.Span.Start, d.date.Span.End)
	if last >= t || first >= len(ws) || !pastForm(ws, t) || isNoun(ws, t) || relationVerbs[ws[t].lower] == "" {
		return -1
	}
	n := t - 1
	if n <= last || modifiedNoun(text, ws, first, last) != n || !slices.Contains(d.also, n) || text[ws[n].end:ws[t].start] != " " || hasPunctBetween(text, ws, first, n) {
		return -1
	}
	if strings.HasSuffix(ws[n].lower, "ing") || pastForm(ws, n) || !lowerWord(text, ws[n]) {
		return -1
	}
	if !ws[last].possessive && !premodifier(text, ws, last) {
		return -1
	}
	// the date opens the subject: at the sentence's start, after an
	// article, a determiner or a possessive, or after punctuation
	if first > 0 && !ws[first-1].is(cArticle|cDeterminer) && !ws[first-1].possessive && !hasPunct(text[ws[first-1].end:ws[first].start]) {
		return -1
	}
	return n
}
