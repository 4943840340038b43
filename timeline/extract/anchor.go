package extract

import (
	"strings"

	"storyline/timeline"
)

// eventAnchor is a dated happening that later sentences of the same document
// may name again by a definite noun phrase: "a summit" of "On Thursday, Xi
// flies to Samarkand for a summit" is "the summit" of "a meeting on the
// sidelines of the summit".
type eventAnchor struct {
	lemma  string // the happening's noun lemma: "summit", "meet"
	date   timeline.Date
	places []timeline.Place
}

// definiteWords open a noun phrase that refers back to something known.
var definiteWords = lexSet(`the this that these those`)

// purposePreps introduce a happening that a travel or movement serves: "fly
// to Samarkand for a summit", "arrived to attend the summit".
var purposePreps = lexSet(`for attend attending at`)

// referencePoint reports a noun introduced by a temporal preposition ("in
// advance of a summit", "before the congress"): it is a point of reference
// for another happening, not the happening itself.
func referencePoint(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ws[k].is(cTemporalPrep) || ws[k].lower == "advance" {
			return true
		}
		if _, ok := ws[k].trigger(); ok && k != i {
			return false
		}
	}
	return false
}

// anchorsOf returns the happenings a dated draft makes known by name: its
// own trigger when it is a noun ("the summit opened on Thursday"), and an
// event noun that states the purpose of its trigger, close after it in the
// same clause ("fly to Samarkand on Thursday for a summit"). The anchor takes
// the draft's date and places.
func anchorsOf(text string, d *draft) []eventAnchor {
	if d.date.IsZero() || d.trig < 0 {
		return nil
	}
	ws := d.words
	var out []eventAnchor
	add := func(i int) {
		info := ws[i].info()
		if info.lemma == "" {
			return
		}
		out = append(out, eventAnchor{lemma: info.lemma, date: d.date, places: d.places})
	}
	if isNoun(ws, d.trig) && !referencePoint(ws, d.trig) {
		add(d.trig)
	}
	for k := d.trig + 1; k < len(ws) && k <= d.trig+10; k++ {
		if clauseBreaks(text, ws, d.trig, k) > 0 {
			break
		}
		info, ok := ws[k].trigger()
		if !ok || !isNoun(ws, k) || info.travel || ws[k].quoted {
			continue
		}
		if referencePoint(ws, k) || !introducedBy(ws, k, purposePreps) {
			continue
		}
		add(k)
	}
	return out
}

// introducedBy reports a noun whose phrase opens with one of preps, at most
// three words before it ("for a summit", "at the eight-nation summit").
func introducedBy(ws []word, i int, preps map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if preps[ws[k].lower] {
			return true
		}
		if !ws[k].is(cDeterminer) && !strings.Contains(ws[k].lower, "-") && k != i-1 {
			return false
		}
	}
	return false
}

// definiteReference finds, in a sentence, a definite noun phrase naming an
// anchored happening ("the summit", "this visit"), not as a point of
// reference ("before the summit"). It returns the word span of the phrase and
// the most recent anchor it names.
func definiteReference(ws []word, anchors map[string]eventAnchor) (timeline.Span, eventAnchor, bool) {
	for i, w := range ws {
		if !w.is(cDefinite) || w.quoted {
			continue
		}
		// "the summit", "the eight-nation summit", "the SCO summit".
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			info, ok := ws[j].trigger()
			if !ok || !isNoun(ws, j) {
				continue
			}
			if referencePoint(ws, i+1) {
				break
			}
			if an, ok := anchors[info.lemma]; ok {
				return timeline.Span{Start: w.start, End: ws[j].end}, an, true
			}
			break
		}
	}
	return timeline.Span{}, eventAnchor{}, false
}

// dateByReference dates the undated drafts of a sentence that names an
// anchored happening in their clause: they take its date, with its precision, and its places
// when they have none of their own.
func dateByReference(text string, ds []*draft, ws []word, anchors map[string]eventAnchor) {
	if len(anchors) == 0 {
		return
	}
	span, an, ok := definiteReference(ws, anchors)
	if !ok {
		return
	}
	phrase := text[span.Start:span.End]
	ref := wordIndexAt(ws, span.Start)
	for _, d := range ds {
		if !d.date.IsZero() || d.trig < 0 || ws[d.trig].quoted {
			continue
		}
		if clauseBreaks(text, ws, min(d.trig, ref), max(d.trig, ref)) > 0 {
			continue // the reference belongs to another clause
		}
		d.date = an.date
		d.date.Expression = phrase
		d.date.Span = span
		d.date.Rule = "event-reference"
		d.date.Anchor = an.date.Value
		d.date.Explanation = "dated by reference to '" + phrase + "' (" + an.date.Value + ")"
		if len(d.places) == 0 {
			d.places = an.places
		}
	}
}

// toldAnchor is the happening a verb tells on a date of its own, of day or
// month ("The singer died in June"), which a later sentence may name by its
// noun as the frame of a time of day: "on the morning of the singer's death".
func toldAnchor(d *draft) (eventAnchor, bool) {
	if !d.ownDate || d.date.IsZero() || d.trig < 0 || isNoun(d.words, d.trig) || d.words[d.trig].quoted ||
		d.date.Precision != timeline.PrecisionDay && d.date.Precision != timeline.PrecisionMonth {
		return eventAnchor{}, false
	}
	lemma := d.words[d.trig].info().lemma
	if lemma == "" {
		return eventAnchor{}, false
	}
	return eventAnchor{lemma: lemma, date: d.date, places: d.places}, true
}

// retelling is the happening told before with a date of its own (told, by
// lemma; toldAnchor) that a verb at ti in the past perfect after "he",
// "she", "it" or "they" retells in a clause a saying reports with no date
// word: "The singer died on Saturday. Her son said she had died of
// cancer." The pronoun refers back, the past perfect puts the happening
// before the saying, and the verb is the one told before: the saying adds
// how, not another death on the day of the report.
func retelling(ws []word, ti int, told map[string]eventAnchor) (eventAnchor, bool) {
	if ti < 2 || ws[ti-1].lower != "had" || !retellingPronouns[ws[ti-2].lower] || isNoun(ws, ti) || !reportedPast(ws, ti) {
		return eventAnchor{}, false
	}
	an, ok := told[ws[ti].info().lemma]
	return an, ok && an.lemma != ""
}

// retellingPronouns are the subjects that refer back to someone or
// something the story has told of.
var retellingPronouns = lexSet(`he she it they`)

// dayParts are the times that a happening's noun frames: "the morning of
// the funeral", "the eve of the vote", "the day of his arrest".
var dayParts = lexSet(`morning afternoon evening night day eve`)

// dateByTimeOf dates the undated drafts of a sentence that frames them by a
// time of a happening the document told before with its date ("on the
// morning of the singer's death", after "The singer died in June"): "the"
// and a part of the day, "of", then a noun phrase of at most three words
// whose head is a noun of that happening. They take its date, as
// dateByReference does; a time the tagger cannot place on its own is placed
// by the happening it is of.
func dateByTimeOf(text string, ds []*draft, ws []word, told map[string]eventAnchor) {
	if len(told) == 0 {
		return
	}
	for i := 0; i+3 < len(ws); i++ {
		if ws[i].lower != "the" || !dayParts[ws[i+1].lower] || ws[i+2].lower != "of" || ws[i].quoted {
			continue
		}
		for j := i + 3; j < len(ws) && j <= i+5; j++ {
			info, ok := ws[j].trigger()
			if !ok || !isNoun(ws, j) {
				continue
			}
			an, ok := told[info.lemma]
			if !ok {
				break
			}
			span := timeline.Span{Start: ws[i].start, End: ws[j].end}
			phrase := text[span.Start:span.End]
			for _, d := range ds {
				if !d.date.IsZero() || d.trig < 0 || d.trig == j || ws[d.trig].quoted {
					continue
				}
				if clauseBreaks(text, ws, min(d.trig, i), max(d.trig, j)) > 0 {
					continue // the time belongs to another clause
				}
				d.date = an.date
				d.date.Expression, d.date.Span, d.date.Rule, d.date.Anchor = phrase, span, "event-time", an.date.Value
				d.date.Explanation = "\"" + phrase + "\": the date of the happening told before (" + an.date.Value + ")"
			}
			return
		}
	}
}

// whenOfDate reports the "when" at word k that opens a clause on the date
// ending at word last, right after it ("last fall when he was gunned
// down", "On Friday, when Albright set aside her vacation plans, ..."): the
// clause tells what happened at that date, and the date anchors its words.
// So does a "while" before a participle ("rescued Nov. 25 while clinging
// to an inner tube"): what went on at the same time.
func whenOfDate(ws []word, last, k int) bool {
	if k != last+1 {
		return false
	}
	return ws[k].lower == "when" || ws[k].lower == "while" && k+1 < len(ws) && strings.HasSuffix(ws[k+1].lower, "ing") && !ws[k+1].is(cNonVerbIng|cClosed)
}

// cleftThat reports the "that" at word k right after the date at words
// first..last that a cleft sentence puts in focus: "It was not until Tuesday
// that Castro revealed ...", "It was on Friday that the army moved in". The
// clause after "that" tells what happened at the date, and the date
// anchors its words.
func cleftThat(ws []word, first, last, k int) bool {
	if k != last+1 || ws[k].lower != "that" {
		return false
	}
	j := first - 1
	for j >= 0 && first-j <= 4 && (ws[j].is(cPreposition|cTemporalPrep|cNegation) || ws[j].lower == "only" || ws[j].lower == "just") {
		j--
	}
	return j >= 1 && ws[j].is(cBeForm) && ws[j-1].lower == "it"
}

// reportedProgressive is the verb in -ing of the clause a verb of saying at
// k reports, when that clause is in the progressive of the present or of
// the present perfect: what is said to be going on holds at the time of
// the saying ("officials said Thursday that Britain, through its
// embassies, has been pushing hard to resolve the case", "said on Friday
// that the army is shelling the town"). Up to sixteen words after the
// saying, over its date, "that", the subject and asides between commas;
// -1 when the clause's first verb is another, or the clause is another
// tense.
func reportedProgressive(text string, ws []word, dated []bool, k int) int {
	for j := k + 1; j < len(ws) && j <= k+16; j++ {
		g := text[ws[j-1].end:ws[j].start]
		if hardGap(g) || strings.ContainsAny(g, ";:") || ws[j].quoted != ws[k].quoted {
			return -1
		}
		w := ws[j].lower
		if dated[j] || w == "that" && j <= k+3 {
			continue
		}
		if w == "is" || w == "are" || (w == "has" || w == "have") && j+1 < len(ws) && ws[j+1].lower == "been" {
			v := j + 1
			if w == "has" || w == "have" {
				v++
			}
			if v < len(ws) && strings.HasSuffix(ws[v].lower, "ing") && eventWord(text, ws, v) && !isNoun(ws, v) && text[ws[v-1].end:ws[v].start] == " " {
				return v
			}
			return -1
		}
		if ws[j].is(cClauseOpener|cModal|cAuxiliary) || eventWord(text, ws, j) && !isNoun(ws, j) {
			return -1
		}
	}
	return -1
}

// coordinatedVerb is the verb in the past that "and" joins to the verb at v
// in the same clause, with no comma between, perhaps after an adverb in -ly:
// "a bombing killed a guard and severely wounded a nurse", "searched the
// site of the shooting once more and unearthed a rifle". The date of one is
// the date of both. -1 when there is none, when another verb comes
// between, or when the second verb has a date of its own in its clause
// ("formed on Monday and strengthened on Wednesday").
func coordinatedVerb(text string, ws []word, dated []bool, v int) int {
	if isNoun(ws, v) || !pastForm(ws, v) || ws[v].info().speech {
		return -1
	}
	for k := v + 1; k+1 < len(ws) && k <= v+16; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if hardGap(g) || strings.Contains(g, ",") || ws[k].is(cClauseOpener) || ws[k].quoted != ws[v].quoted {
			return -1
		}
		if ws[k].lower != "and" {
			if !dated[k] && eventWord(text, ws, k) && !isNoun(ws, k) {
				return -1 // another verb: "killed a guard wounded in..."
			}
			continue
		}
		j := k + 1
		if j+1 < len(ws) && strings.HasSuffix(ws[j].lower, "ly") && text[ws[k].end:ws[j].start] == " " {
			j++
		}
		if text[ws[j-1].end:ws[j].start] != " " || !eventWord(text, ws, j) || isNoun(ws, j) || !pastForm(ws, j) || ws[j].info().speech {
			return -1
		}
		if datedAfter(text, ws, dated, j) {
			return -1
		}
		return j
	}
	return -1
}

// serialVerbs are the verbs in the past of a list of three or more verb
// phrases that the verb in the past at v opens, set off by commas and
// closed by "and": "closed two libraries, sold the old depot and opened a
// sports hall in 2019". One subject did them all, told as one stretch of
// news, so a date of the list's clause dates every verb of it. Within
// thirty words; nil when the list is not closed by "and" and a verb in
// the past, when a phrase of it holds a date of its own, a clause word,
// another verb or other punctuation, or when v is a noun or a saying.
func serialVerbs(text string, ws []word, dated []bool, v int) []int {
	listVerb := func(j int) bool {
		return j < len(ws) && lowerWord(text, ws[j]) && eventWord(text, ws, j) && !isNoun(ws, j) && pastForm(ws, j) && (!ws[j].info().speech || notSaying(text, ws, j)) && !ws[j].quoted
	}
	if !listVerb(v) {
		return nil
	}
	var out []int
	for k := v + 1; k < len(ws) && k <= v+30; k++ {
		g := text[ws[k-1].end:ws[k].start]
		if hardGap(g) || ws[k].quoted != ws[v].quoted || ws[k].is(cClauseOpener) || dated[k] {
			return nil
		}
		if hasPunct(g) && !numberComma(text, ws, k-1) {
			if g != ", " || !listVerb(k) && ws[k].lower != "and" {
				return nil
			}
			if ws[k].lower != "and" {
				out = append(out, k) // ", sold the old depot"
				continue
			}
		}
		if ws[k].lower == "and" {
			if len(out) == 0 || !listVerb(k+1) || text[ws[k].end:ws[k+1].start] != " " {
				return nil
			}
			return append(out, k+1)
		}
		if clauseVerb(text, ws, k) && pastForm(ws, k) && !ws[k-1].is(cArticle|cDeterminer|cPreposition) {
			return nil // another verb: "closed the plant built in 1990"
		}
	}
	return nil
}

// Complement kinds: what a verb of complementVerbs takes after it.
const (
	takesTo     = 1 << iota // "began to promote"
	takesIng                // "resumed shelling"
	takesBare               // "helped end the war"
	takesPart               // "was found abandoned", "was seen carrying"
	takesObject             // "resumed work", "completed the acquisition"
)

// complementVerbs are the verbs whose complement happens when they do:
// they begin it, go on with it, stop it, attempt it or help it ("began to
// promote", "tried to entice", "helped end the war"), or find or see it
// going on ("was found abandoned in December"). A date of one is the
// date of the other. Verbs of intending, deciding or promising are not
// among them: "agreed to meet on Friday" dates the meeting, not the
// agreement.
var complementVerbs = func() map[string]int {
	m := map[string]int{"beginning": takesTo | takesIng}
	for entry := range strings.FieldsSeq(`begin:began:begun=tio start=tio continue=tio resume=tio stop:stopped:stopped=io
finish=io complete=o keep:kept:kept=i try=t seek:sought:sought=t attempt=t fail=t refuse=t decline=t help=tb find:found:found=ip see:saw:seen=ip
spot:spotted:spotted=ip`) {
		forms, kinds, _ := strings.Cut(entry, "=")
		k := 0
		for _, c := range kinds {
			k |= map[rune]int{'t': takesTo, 'i': takesIng, 'b': takesBare, 'p': takesPart, 'o': takesObject}[c]
		}
		parts := strings.Split(forms, ":")
		for _, f := range verbForms(parts[0], parts[1:]) {
			m[f] = k
		}
	}
	return m
}()

// complementOf is the verb that the verb of complementVerbs at k governs
// right after it ("began to promote", "began turning out", "helped end");
// -1 when there is none.
func complementOf(text string, ws []word, k int) int {
	kind := complementVerbs[ws[k].lower]
	j := k + 1
	if kind == 0 || j >= len(ws) || text[ws[k].end:ws[j].start] != " " {
		return -1
	}
	if kind&takesTo != 0 && ws[j].lower == "to" && j+1 < len(ws) && text[ws[j].end:ws[j+1].start] == " " {
		j++
	} else if !(kind&takesIng != 0 && strings.HasSuffix(ws[j].lower, "ing") || kind&takesBare != 0 || kind&takesPart != 0 && pastForm(ws, j)) {
		return -1
	}
	if !lowerWord(text, ws[j]) || ws[j].is(cClosed) || isNoun(ws, j) || ws[j].info().speech || !eventWord(text, ws, j) {
		return -1
	}
	return j
}

// objectOf is the head of the noun phrase that a verb of beginning, going
// on or ending at k takes as its object: the happening it begins, resumes
// or completes ("resumed work in Iraq Friday", "completed the acquisition
// of Southwest Bancorp", "began a hunger strike on Monday"). The head is
// the last word of lowercase letters before a preposition, a closed word
// or punctuation, within four words; -1 when the verb takes no object
// there, or its object is a figure, a name or a verb.
func objectOf(text string, ws []word, k int) int {
	if complementVerbs[ws[k].lower]&takesObject == 0 || isNoun(ws, k) || ws[k].quoted {
		return -1
	}
	j := k + 1
	if j < len(ws) && (ws[j].is(cArticle) && ws[j].lower != "that" || ws[j].possessive) {
		j++
	}
	head := -1
	for ; j < len(ws) && j <= k+4; j++ {
		if text[ws[j-1].end:ws[j].start] != " " || !lowerWord(text, ws[j]) || ws[j].is(cClosed|cPreposition|cLocationPrep) || ws[j].lower == "to" || ws[j].possessive {
			break
		}
		if _, ok := ws[j].trigger(); ok && !isNoun(ws, j) || strings.HasSuffix(ws[j].lower, "ing") && head < 0 {
			return -1 // a verb: "began to promote", "resumed shelling"
		}
		head = j
	}
	return head
}

// governorOf is the verb of complementVerbs that governs the verb at k
// right before it ("tried to entice", "began turning"); -1 when there is
// none.
func governorOf(text string, ws []word, k int) int {
	for g := k - 1; g >= 0 && g >= k-2; g-- {
		if complementVerbs[ws[g].lower] != 0 && !ws[g].quoted && !isNoun(ws, g) && complementOf(text, ws, g) == k {
			return g
		}
	}
	return -1
}

// whenPartner is the verb in the past that a "when" joins to the verb in
// the past at k, with no object between the first verb and "when": the two
// happened at one time, and a date of either dates both ("Elian's mother
// perished when their boat sank off Florida in late November", "a guard
// was killed Friday when a bomb exploded"). Not "recalled the day when
// they met": there "when" tells which day, not when the recalling was.
// -1 when there is none.
func whenPartner(text string, ws []word, dated []bool, k int) int {
	if !whenVerb(text, ws, k) {
		return -1
	}
	// the verb before: "perished when their boat sank", over a subject of
	// up to nine words ("were killed when part of the mine near Tarkwa
	// collapsed")
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if hasPunct(text[ws[j].end:ws[j+1].start]) {
			break
		}
		if ws[j].lower == "when" {
			if v := j - 1; v >= 0 && whenVerb(text, ws, v) && !hasPunct(text[ws[v].end:ws[j].start]) {
				return v
			}
			break
		}
		if ws[j].is(cClauseOpener) || eventWord(text, ws, j) && !isNoun(ws, j) {
			break
		}
	}
	// the verb after: "was killed Friday when a bomb exploded", over
	// phrases of place and time but no object
	j := k + 1
	for j < len(ws) && j <= k+8 && ws[j].lower != "when" {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cClauseOpener) ||
			j == k+1 && !ws[j].is(cPreposition|cLocationPrep) && !strings.HasSuffix(ws[j].lower, "ly") && !dated[j] {
			return -1
		}
		j++
	}
	if j >= len(ws) || j > k+8 || hasPunct(text[ws[j-1].end:ws[j].start]) {
		return -1
	}
	if k > 0 && (ws[k-1].lower == "is" || ws[k-1].lower == "are") {
		// the present of a story told as it happens: "a policeman is
		// killed when a bomb explodes"
		if v := whenClauseVerb(text, ws, dated, j); v >= 0 && !pastForm(ws, v) {
			return v
		}
	}
	for v := j + 1; v < len(ws) && v <= j+6; v++ {
		if hasPunct(text[ws[v-1].end:ws[v].start]) || ws[v].is(cClauseOpener) {
			return -1
		}
		if whenVerb(text, ws, v) {
			return v
		}
	}
	return -1
}

// whenVerb reports a verb in the past at k, no noun and no verb of saying.
func whenVerb(text string, ws []word, k int) bool {
	return eventWord(text, ws, k) && !isNoun(ws, k) && pastForm(ws, k) && !ws[k].info().speech && !ws[k].quoted
}

// afterPartner is the verb in the past of a clause that "after" opens
// right after the happening at k, or the gerund after "before" ("concluded
// on Wednesday after the Netherlands gave its go-ahead", "was rescued last
// November after the boat capsized", "said on Monday before leaving the
// base"), when that clause has no date of its own: news tells such a cause
// or sequel within the main clause's date. The clause ends at a
// punctuation mark or a clause word; its verb stands within six words of
// "after". -1 when there is none.
func afterPartner(text string, ws []word, dated []bool, k int) int {
	if !eventWord(text, ws, k) || isNoun(ws, k) || !pastForm(ws, k) || ws[k].quoted {
		return -1
	}
	a, reach := -1, k+10
	for j := k + 1; j < len(ws) && j <= reach; j++ {
		if dated[j] {
			reach++ // the main clause's date counts no word: "was rescued off the coast by two fishermen last November after"
		}
		if (ws[j].lower == "and" || ws[j].lower == "but") && j+1 < len(ws) && ws[j+1].is(cBeForm|cHaveForm|cAuxiliary|cModal) {
			return -1 // another predicate first: "joined Reuters in 1990 and was based in Brussels before moving"
		}
		afterWord := ws[j].lower == "after" || ws[j].lower == "before"
		if gap := text[ws[j-1].end:ws[j].start]; hasPunct(gap) && !(afterWord && gap == ", ") || ws[j].is(cClauseOpener) && !afterWord {
			return -1 // but a comma may set the clause off: "beat England on Saturday, after Head hit a century"
		}
		if afterWord {
			a = j
			break
		}
		if eventWord(text, ws, j) && !isNoun(ws, j) {
			return -1 // another verb first
		}
	}
	if a < 0 || a+1 >= len(ws) || dated[a+1] {
		return -1
	}
	v := -1
	if ws[a].lower == "before" {
		if g := ws[a+1]; strings.HasSuffix(g.lower, "ing") && eventWord(text, ws, a+1) && !hasPunct(text[ws[a].end:g.start]) {
			v = a + 1 // "before leaving"
		}
	} else {
		for j := a + 1; j < len(ws) && j <= a+6; j++ {
			if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cClauseOpener) || dated[j] {
				return -1
			}
			if whenVerb(text, ws, j) {
				if j > a+1 && !ws[j-1].is(cBeForm|cHaveForm|cAuxiliary) && ws[a+1].is(cArticle|cDeterminer) || j > a+1 && isCapital(text, ws[a+1]) || j > a+1 && ws[a+1].is(cPronounSubject) || j > a+2 && ws[j-1].is(cBeForm) {
					v = j // a subject before it: "after the Netherlands gave", "after plans were leaked"
				}
				break
			}
		}
	}
	if v < 0 {
		return -1
	}
	for j := v + 1; j < len(ws); j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cClauseOpener) {
			break
		}
		if dated[j] {
			return -1 // the clause's own date: "after the parliament ratified it on Tuesday"
		}
	}
	return v
}

// occasionPreps open a phrase that names the occasion of the main clause's
// happening: "In a poll completed on Saturday, 69 percent said".
var occasionPreps = lexSet(`in at during`)

// occasionOpener reports a date inside a phrase that opens the sentence and
// names, by a noun of happening, the occasion of the main clause ("In a
// New York Times poll completed on Saturday, 69 percent of those polled
// said ...", "At a rally on Friday, thousands marched"): the date scopes
// over the main clause after its comma, as a date that opens it does.
func occasionOpener(text string, ws []word, first int) bool {
	if first < 3 || first > 12 || !occasionPreps[ws[0].lower] || !ws[1].is(cArticle) {
		return false
	}
	noun := false
	for k := 1; k < first; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].is(cClauseOpener) {
			return false
		}
		noun = noun || eventWord(text, ws, k) && isNoun(ws, k) && !referencePoint(ws, k) || occasionNouns[ws[k].lower] || reportNouns[ws[k].lower]
	}
	return noun
}

// reportNouns name a text or a count that tells what people said: "In a
// poll completed on Saturday, 69 percent said ...", "In a statement on
// Monday, the ministry denied ...".
var reportNouns = lexSet(`poll polls survey surveys statement letter report study`)

// occasionFrame reports a date (words first..last) inside an opening
// phrase of an occasion that a comma closes right after the date: "At a
// news conference on Friday, the minister announced new sanctions". The
// date is the occasion's, and so of what the main clause does there: the
// announcing, and a saying whatever it reports ("At a rally on Friday, the
// leader said taxes had fallen" was said at the rally).
func occasionFrame(text string, ws []word, first, last int) bool {
	return last+1 < len(ws) && strings.Contains(text[ws[last].end:ws[last+1].start], ",") && occasionOpener(text, ws, first)
}

// placeComma reports the comma after word k inside a place's name, between
// a place after a preposition of place and the state or country it lies
// in, or after that state: "in Nairobi, Kenya", "at the Newark, N.J.,
// airport" ("a bomb ripped through a building in Nairobi, Kenya Friday
// morning"). It ends no clause.
func placeComma(text string, ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || text[ws[k].end:ws[k+1].start] != ", " || lowerWord(text, ws[k]) {
		return false
	}
	if text[ws[k-1].end:ws[k].start] == ", " {
		return placeComma(text, ws, k-1) // "N.J., airport"
	}
	if lowerWord(text, ws[k+1]) {
		return false
	}
	p := k - 1
	if p > 0 && ws[p].is(cArticle) {
		p--
	}
	return ws[p].is(cLocationPrep) && text[ws[p].end:ws[p+1].start] == " "
}

// nameListComma reports the comma after word k inside a list of names
// that "and" or "or" closes, or before such a list of three names or more
// in apposition: "embraced three of its former rivals, the Czech Republic,
// Hungary and Poland on Friday". It ends no clause. The names are
// capitalized words, perhaps after "the"; the list closes within twelve
// words.
func nameListComma(text string, ws []word, k int) bool {
	if k+1 >= len(ws) || text[ws[k].end:ws[k+1].start] != ", " || notNames[ws[k].lower] {
		return false
	}
	inList := isCapital(text, ws[k]) // else the comma before an apposition
	for j := k + 1; j < len(ws) && j <= k+12; j++ {
		w := ws[j]
		if (w.lower == "and" || w.lower == "or") && j > k+1 && text[ws[j-1].end:w.start] == " " && inList {
			n := j + 1
			if n < len(ws) && ws[n].lower == "the" {
				n++
			}
			return n < len(ws) && isCapital(text, ws[n]) && !notNames[ws[n].lower] && text[w.end:ws[n].start] == " "
		}
		g := text[ws[j-1].end:w.start]
		if g != " " && g != ", " || !isCapital(text, w) && w.lower != "the" || notNames[w.lower] && w.lower != "the" {
			return false
		}
		inList = inList || g == ", "
	}
	return false
}

// participleClause is the participle in -ing at word k, perhaps after an
// adverb in -ly, that opens a clause after a comma: it tells what the dated
// happening before it did or caused, at its date ("embraced three former
// rivals on Friday, formally ending the Soviet domination", "the blast tore
// through the plant on Monday, killing 11 workers"). Not a participle of
// aim before "to" ("headed Tuesday to Africa, seeking to demonstrate
// support"): it tells a purpose, not a happening. -1 when there is none.
func participleClause(text string, ws []word, k int) int {
	if strings.HasSuffix(ws[k].lower, "ly") && k+1 < len(ws) && text[ws[k].end:ws[k+1].start] == " " {
		k++
	}
	w := ws[k].lower
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || !lowerWord(text, ws[k]) || ws[k].is(cNonVerbIng|cClosed) || isNoun(ws, k) ||
		k+1 < len(ws) && ws[k+1].lower == "to" {
		return -1
	}
	return k
}

// prepositionalParticiples open a sentence as prepositions do: "According
// to", "Following the attack", "Including", "Given".
var prepositionalParticiples = lexSet(`according following including regarding concerning beginning starting during
pending notwithstanding excluding barring considering given`)

// openingParticiple is the participle in -ing that opens the phrase ending
// at word k before a comma, the phrase opening the sentence or set off by
// commas after the subject ("Retaliating 13 days after the bombings, U.S.
// forces Thursday launched cruise missile strikes"; "Saddam Hussein, facing
// U.S. troops at the border, today sought peace"): it tells what the main
// clause's subject did or faced in doing it, at its date. -1 when there is
// none, or when the phrase has a date of its own.
func openingParticiple(text string, ws []word, dated []bool, k int) int {
	if k+1 >= len(ws) {
		return -1
	}
	s := k
	for ; s > 0 && s > k-maxReach; s-- {
		g := text[ws[s-1].end:ws[s].start]
		if dated[s] || ws[s].is(cClauseOpener) || hardGap(g) {
			return -1
		}
		if hasPunct(g) {
			if g != ", " {
				return -1
			}
			break
		}
	}
	w := ws[s].lower
	if dated[s] || s > 0 && (s <= k-maxReach || !lowerWord(text, ws[s])) || s == 0 && lowerWord(text, ws[s]) ||
		!strings.HasSuffix(w, "ing") || len(w) < 6 || prepositionalParticiples[w] || ws[s].is(cClosed|cNonVerbIng) {
		return -1
	}
	return s
}

// toldWhen reports a "when" clause after the comma that follows the date
// ending at word last ("In contrast to Thursday, when 133 people were
// arrested and police were forced to use tear gas, ..."): it tells what
// happened that day, and the date's clause goes on into it. Not a clause
// under a modal ("in 1990, when each may adopt the name"): a plan or a
// forecast, which the date does not make an event. (After "until" the
// clause of time is the date's happening itself, scheduled or done: see
// endOfState.)
func toldWhen(text string, ws []word, last, k int) bool {
	if !whenOfDate(ws, last, k) || ws[k].lower != "when" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+8; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			break
		}
		if ws[j].is(cModal) {
			return false
		}
	}
	return true
}

// relativeOfHappening is the verb in the past of a relative clause on the
// noun of happening at k, with no comma between ("killed in an explosion
// that took place near the embassy", "a bombing that killed a guard"): the
// clause tells that happening, at its date. -1 when there is none.
func relativeOfHappening(text string, ws []word, k int) int {
	if !isNoun(ws, k) || ws[k].quoted || k+1 >= len(ws) || ws[k+1].lower != "that" && ws[k+1].lower != "which" {
		return -1
	}
	return nounsVerb(text, ws, k)
}

// statePreps head a predicate of place or condition after a copula: "was in
// trouble", "has been on the run", "were up 2 pence", "was among the first
// topics".
var statePreps = lexSet(`in on at among up down off out under above below within`)

// ofState reports a copula or the head of its predicate (copulaPredicate)
// at k: a word of the state its clause tells.
func ofState(text string, ws []word, k int) bool {
	if copulaPredicate(text, ws, k) >= 0 {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if copulaPredicate(text, ws, j) == k {
			return true
		}
	}
	return false
}

// copulaPredicate is the head of the predicate of a copula, the form of
// "be" at k, when a date of its clause dates the state they tell: the
// predicate names the state ("was part of a crew ... in October 1984",
// "were up 2 pence ... yesterday", "was weak during the quarter", "were
// available to comment late yesterday", "were net losers in the third
// quarter"; "weren't" is "were" and a "not" with no space before it, which
// ends the reading). The head is the preposition of a predicate of place or
// condition, else the last word of the adjective or noun phrase before a
// preposition, "to" or a comma. -1 when the form of "be" is an auxiliary
// (a participle or a gerund follows: "was killed", "is calling"; "to":
// "was to begin"), or the predicate is a figure, a name or a closed word
// ("net income was $2.1 million", "is Mr. Smith", "was there").
func copulaPredicate(text string, ws []word, k int) int {
	if !ws[k].is(cBeForm) {
		return -1
	}
	j := k + 1
	for j < len(ws) && j <= k+3 && text[ws[j-1].end:ws[j].start] == " " && (ws[j].is(cNegation) || ws[j].lower == "also" || ws[j].lower == "only" || ws[j].lower == "still" || strings.HasSuffix(ws[j].lower, "ly")) {
		j++
	}
	if j >= len(ws) || text[ws[j-1].end:ws[j].start] != " " || !lowerWord(text, ws[j]) {
		return -1
	}
	w := ws[j].lower
	if statePreps[w] {
		return j
	}
	if ws[j].is(cArticle) && w != "that" && w != "this" {
		j++
	}
	head := -1
	for ; j < len(ws) && j <= k+6; j++ {
		w := ws[j].lower
		if head >= 0 && text[ws[j-1].end:ws[j].start] != " " || !lowerWord(text, ws[j]) || ws[j].is(cPreposition|cLocationPrep|cClosed|cModalTo|cArticle) || w == "to" {
			break
		}
		if head < 0 && (strings.HasSuffix(w, "ed") || ws[j].is(cIrregularParticiple|cIrregularPast) || strings.HasSuffix(w, "ing") && len(w) >= 5) {
			return -1 // an auxiliary: "was killed", "were found", "is calling"
		}
		head = j
	}
	return head
}

// secondHappening is the verb in the past that "and" joins to a draft's
// trigger at v (see coordinatedVerb) when it tells a happening of its own:
// "visited the area on Sunday and promised aid". A verb that ends the first
// happening ("met in Luxembourg on Thursday and broke up without an
// agreement", "and ended the talks") tells the same occasion; one that
// takes a clause ("and stressed that pork was safe") tells a statement, one
// before "to" ("and expected to open") a plan. Only an active first verb
// counts: after "was" the second is a passive whose subject the headline
// would lose; a second verb of state ("and lived in Maengwyn Street") is
// no happening. -1 when there is none or v < 0 (a draft without a trigger).
func secondHappening(text string, ws []word, dated []bool, v int) int {
	if v < 0 {
		return -1
	}
	if passiveOrAux(ws, v) {
		return -1 // "was admitted on Monday and discharged after treatment": the headline of a passive second verb is not told
	}
	c := coordinatedVerb(text, ws, dated, v)
	if c < 0 || endingVerbs[ws[c].info().lemma] || endingVerbs[ws[c].lower] || stateVerbs[ws[c].lower] || passiveOrAux(ws, c) {
		return -1
	}
	if n := c + 1; n < len(ws) && (ws[n].lower == "up" || ws[n].lower == "that" || ws[n].lower == "to") {
		return -1 // "and stressed that ...": a statement; "and expected to open": a plan
	}
	return c
}

// coordinatedPerfect is the verb of a second present perfect that "and
// has" or "and have" joins to the verb at v in the same clause, with no
// comma nor other verb between and no date in the second verb's clause:
// "has cancelled 220 flights and has offered passengers refunds". -1 when
// there is none or v < 0.
func coordinatedPerfect(text string, ws []word, dated []bool, v int) int {
	if v < 0 {
		return -1
	}
	for k := v + 1; k+2 < len(ws) && k <= v+12; k++ {
		if g := text[ws[k-1].end:ws[k].start]; hardGap(g) || strings.Contains(g, ",") || ws[k].is(cClauseOpener) || ws[k].quoted != ws[v].quoted {
			return -1
		}
		if ws[k].lower != "and" {
			if !dated[k] && eventWord(text, ws, k) && !isNoun(ws, k) {
				return -1 // another verb between
			}
			continue
		}
		if h := ws[k+1].lower; h != "has" && h != "have" {
			return -1
		}
		j := k + 2
		if j+1 < len(ws) && (strings.HasSuffix(ws[j].lower, "ly") || ws[j].lower == "also") {
			j++
		}
		if !eventWord(text, ws, j) || isNoun(ws, j) || !presentPerfect(ws, j) || ws[j].info().speech || ws[j].quoted {
			return -1
		}
		if datedAfter(text, ws, dated, j) {
			return -1
		}
		return j
	}
	return -1
}

// perfectBeforeAnd is the verb of a present perfect, active or passive,
// that "and" joins before the clause of the present perfect at v, each
// clause with a subject of its own: "The camp has been dismantled and its
// last researchers have flown home". The subject of v's clause is at most
// five words with no verb; the first clause has no comma, no date and no
// other verb between its perfect and "and" (at most eight words). -1 when
// there is none.
func perfectBeforeAnd(text string, ws []word, dated []bool, v int) int {
	g := perfectGroupStart(ws, v)
	and := -1
	for k := g - 1; k >= 0 && k >= g-6; k-- {
		if gap := text[ws[k].end:ws[k+1].start]; hasPunct(gap) || ws[k].quoted || dated[k] {
			return -1
		}
		if ws[k].lower == "and" {
			and = k
			break
		}
		if eventWord(text, ws, k) && !isNoun(ws, k) || ws[k].is(cClauseOpener) {
			return -1
		}
	}
	if and < 2 || and == g-1 {
		return -1 // "has cancelled flights and has offered refunds": one subject (coordinatedPerfect)
	}
	for k := and - 1; k > 0 && k >= and-8; k-- {
		if gap := text[ws[k].end:ws[k+1].start]; hasPunct(gap) || ws[k].quoted || dated[k] || ws[k].is(cClauseOpener) {
			return -1
		}
		if presentPerfect(ws, k) {
			return k
		}
		if eventWord(text, ws, k) && !isNoun(ws, k) {
			return -1
		}
	}
	return -1
}

// passiveOrAux reports a verb at v after an auxiliary, past adverbs in -ly
// ("was eventually bought"), or before the "by" of its agent
// ("commissioned by the BBC two years ago and performed by David Pyatt").
func passiveOrAux(ws []word, v int) bool {
	if v+1 < len(ws) && ws[v+1].lower == "by" {
		return true
	}
	k := v - 1
	for k > 0 && strings.HasSuffix(ws[k].lower, "ly") {
		k--
	}
	return k >= 0 && ws[k].is(cBeForm|cAuxiliary|cModal|cHaveForm)
}

// stateVerbs tell a state that goes on, no happening of a date: "married
// in 1855 and lived in Maengwyn Street".
var stateVerbs = lexSet(`lived remained stayed`)

// orderWords single out one of several by its place in their order: "the
// last of them", "the latest in March", "the most recent".
var orderWords = lexSet(`first last latest second third most`)

// endingVerbs end a happening told before them.
var endingVerbs = lexSet(`end ended conclude concluded adjourn adjourned close closed finish finished wrap wrapped`)

// datedAfter reports a dated word in the clause after word j, before a
// comma, a hard gap or a clause word: the verb at j has a date of its own.
// An appositive that singles out one of the verb's objects by its order is
// of the clause ("has survived three confidence votes, the last of them
// earlier this year").
func datedAfter(text string, ws []word, dated []bool, j int) bool {
	for n := j + 1; n < len(ws) && n <= j+maxReach; n++ {
		g := text[ws[n-1].end:ws[n].start]
		if g == ", " && ws[n].lower == "the" && n+1 < len(ws) && orderWords[ws[n+1].lower] {
			continue
		}
		if hardGap(g) || strings.Contains(g, ",") || ws[n].is(cClauseOpener) {
			return false
		}
		if dated[n] {
			return true
		}
	}
	return false
}
