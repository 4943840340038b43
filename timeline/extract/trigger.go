package extract

import "strings"

// triggerInfo is what the lexicon knows about an event word.
type triggerInfo struct {
	lemma  string // base verb: "meet" for "met", "meeting"
	noun   bool   // a noun of happening: "summit", "outbreak"
	speech bool   // a verb of saying: what is said is not the event
	travel bool   // a noun of travel whose places belong to the main verb: "trip", "stop"
	light  bool   // a light or modal verb that hands over to its object: "hold (a meeting)", "plan (to fly)"
}

// Verbs of happening, as "base past participle" ("meet met met"); regular
// verbs give only their base, and their forms are built.
const triggerVerbs = `
meet:met:met visit arrive fly:flew:flown travel:travelled:travelled start begin:began:begun announce sign
attack kill elect vote win:won:won lose:lost:lost launch resign appoint invade strike:struck:struck
attend host discuss agree:agreed:agreed return depart leave:left:left hold:held:held talk negotiate
arrest release sentence bomb shoot:shot:shot die:died:died declare hit:hit:hit protest
inaugurate swear:swore:sworn crash explode erupt collapse seize capture withdraw:withdrew:withdrawn
deploy ban:banned:banned approve reject unveil introduce land hear:heard:heard open adjourn
raise rise:rose:risen fall:fell:fallen drop:dropped:dropped jump climb gain decline slip:slipped:slipped
dip:dipped:dipped surge soar plunge tumble slump rally rebound recover
sell:sold:sold buy:bought:bought acquire purchase merge invest lend:lent:lent borrow repay:repaid:repaid
charge convict acquit indict sue fine jail detain kidnap:kidnapped:kidnapped rescue evacuate flee:fled:fled
suspend cancel postpone extend lift impose tighten contain spread:spread:spread destroy damage injure
wound flood burn submit:submitted:submitted table pass adopt ratify veto amend enact file fix
complete receive send:sent:sent deliver build:built:built test-fire break:broke:broken form strengthen
weaken occur:occurred:occurred happen cut:cut:cut increase reduce lower hike slash post record hire nominate dismiss oust
replace retire join enter publish shut:shut:shut ground resume restart reopen overturn uphold:upheld:upheld
block halt establish implement enforce chair co-chair score beat:beat:beaten defeat qualify vaccinate
lash suffer collide clear criticise criticize apologise apologize condemn inspect reach throw:threw:thrown
expire bring:brought:brought grant award donate transfer:transferred:transferred fire abolish activate fail ignore disrupt
order recall lay:laid:laid expand settle default privatise privatize nationalise nationalize earn
shed:shed:shed trim:trimmed:trimmed boost edge retreat plummet skid:skidded:skidded
divert derail capsize crash-land upgrade downgrade hack
steal:stole:stolen rob:robbed:robbed murder stab:stabbed:stabbed extradite deport plead testify
prosecute smuggle hijack escape imprison execute rule appeal admit:admitted:admitted concede
burst:burst:burst leak ignite topple devastate ravage drown
impeach dissolve overthrow:overthrew:overthrown assassinate boycott re-elect expel:expelled:expelled
summon sack quit:quit:quit depose unseat repeal revoke annul scrap:scrapped:scrapped legalise legalize outlaw
ambush retake:retook:retaken recapture liberate surrender intercept annex
hospitalise hospitalize diagnose conclude terminate name play find:found:found
intervene
`

// verbOnly are verbs of the lexicon whose noun names a thing, a rule, a
// figure or a purpose rather than a happening ("the new rules", "a major
// boost", "the ship", "in order to", "factory orders"), or one that
// happeningNouns already reads ("the murder"): as nouns they are no
// triggers, and a noun of happening only by happeningNouns.
var verbOnly = lexSet(`rule boost edge shed trim hack scrap sack murder order leak appeal escape retreat
table land ground form block chair host score post file damage wound pass lift fix jail name play find`)

// firmNouns name companies and bodies that an -ing word before them
// classifies: "a bank holding company", "a shipping firm".
var firmNouns = lexSet(`company companies firm firms group groups concern concerns`)

// firmKind reports an -ing word right before a noun of firmNouns, after a
// word that does not make it a verb (no form of "be", auxiliary, modal,
// pronoun or gerund head: "is buying companies abroad", "after acquiring
// firms"): the kind of firm, no happening.
func firmKind(text string, ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) || !strings.HasSuffix(ws[i].lower, "ing") || !firmNouns[ws[i+1].lower] || text[ws[i].end:ws[i+1].start] != " " {
		return false
	}
	p := ws[i-1]
	return !hasPunct(text[p.end:ws[i].start]) && !p.is(cBeForm|cAuxiliary|cModalTo|cPronounSubject|cGerundHead|cHaveForm)
}

// verbOnlyNoun reports a word of verbOnly that stands as a noun: after a
// determiner (isNoun), or after a determiner and one modifier ("a major
// boost", "a court order", "the new world order"), after a preposition but
// "to" ("in order to", "for order") or after a month ("April orders"); in
// the plural, after any lowercase word but a subject pronoun, an auxiliary
// or a relative ("strict rules", "booked orders"; "Egypt orders a cull" is
// the verb). A "press release" or "news release" is a document, no release.
func verbOnlyNoun(text string, ws []word, i int) bool {
	info := ws[i].info()
	if info.lemma == "release" && i > 0 && (ws[i-1].lower == "press" || ws[i-1].lower == "news") {
		return true // "said in a press release on Tuesday": a document, the saying's occasion
	}
	if firmKind(text, ws, i) {
		return true // "the bank holding company": the kind of company, no holding
	}
	if i == 0 && attributive(text, ws, 0) {
		return true // "Elected officials warned": an adjective
	}
	if ws[i].is(cNonVerbIng) && (isNoun(ws, i) || modifiedAfterArticle(text, ws, i)) && (i+1 >= len(ws) || ws[i+1].lower != "of") {
		return true // "stormed the building on Friday", "an office building": a thing; "the building of a dam" is a happening
	}
	if !verbOnly[info.lemma] || info.noun || i == 0 {
		return false
	}
	if pluralPresent(text, ws, i) {
		return false // "the finalists play for the cup": the verb
	}
	if isNoun(ws, i) {
		return true
	}
	if strings.HasSuffix(ws[i].lower, "ed") || ws[i].is(cIrregularPast) {
		return false // "by blocked supplies": a participle
	}
	if ws[i-1].is(cPreposition) && ws[i-1].lower != "to" || ws[i-1].is(cTimeUnit) {
		return true // "in order to", "looks for order", "its April orders"
	}
	if i < 2 {
		return false
	}
	m := ws[i-1]
	if w := ws[i].lower; strings.HasSuffix(w, "s") && w != info.lemma && lowerWord(text, m) && !m.is(cPronounSubject|cModalTo|cBeForm|cAuxiliary) &&
		m.lower != "that" && m.lower != "which" && text[m.end:ws[i].start] == " " {
		return true // a plural after a modifier or a verb: "strict rules", "booked orders", "in plastic sacks"
	}
	if (ws[i-2].is(cArticle|cDeterminer) || ws[i-2].possessive) && lowerWord(text, m) && !m.is(cClosed) &&
		!strings.HasSuffix(m.lower, "ly") && text[m.end:ws[i].start] == " " {
		return true
	}
	// the base form after a singular noun, which would need "-s" as its
	// verb: "declared emergency rule in November 2007"
	return ws[i].lower == info.lemma && lowerWord(text, m) && !m.is(cClosed|cPronounSubject|cModalTo|cBeForm|cAuxiliary) &&
		!strings.HasSuffix(m.lower, "s") && !strings.HasSuffix(m.lower, "ly") && text[m.end:ws[i].start] == " "
}

// pluralPresent reports a verb's base form at i told in the present after a
// plural subject: right after a plural noun that a determiner, a number or
// "both" opens ("the two clubs play on Sunday", "both sides meet"), or,
// after a comma that closes a clause put between subject and verb, with a
// possessive object after it ("Riverside, who lost last week, play their
// last game"). A singular noun before the base form makes it a noun ("the
// world order"), and so does a determiner right before it.
func pluralPresent(text string, ws []word, i int) bool {
	if i == 0 || ws[i].lower != ws[i].info().lemma || !lowerWord(text, ws[i]) {
		return false
	}
	m := ws[i-1]
	if hasPunct(text[m.end:ws[i].start]) {
		return strings.HasPrefix(strings.TrimSpace(text[m.end:ws[i].start]), ",") && i+1 < len(ws) &&
			(ws[i+1].lower == "their" || ws[i+1].lower == "our")
	}
	w := m.lower
	if !lowerWord(text, m) || m.is(cClosed) || len(w) < 4 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || w == "news" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return false
		}
		if ws[k].is(cArticle|cDeterminer) || ws[k].lower == "both" || isDigit(text[ws[k].start]) || numberWords[ws[k].lower] {
			return true
		}
	}
	return false
}

// numberWords are the small numbers that open a plural subject: "two sides".
var numberWords = lexSet(`two three four five six seven eight nine ten several many all some`)

// modifiedAfterArticle reports a word after an article or a determiner
// and one lowercase modifier, spaces only between them: "an office
// building", "the federal building".
func modifiedAfterArticle(text string, ws []word, i int) bool {
	if i < 2 || !ws[i-2].is(cArticle|cDeterminer) || ws[i-2].lower == "that" {
		return false
	}
	m := ws[i-1]
	return lowerWord(text, m) && !m.is(cClosed|cPreposition) && text[ws[i-2].end:m.start] == " " && text[m.end:ws[i].start] == " "
}

// otherSense reports a verb of the lexicon at i used in a sense that tells
// no happening: "admit" or "concede" before "that" report a statement
// ("admitted that the authorities lacked the staff"; "admitted breaching
// the law", "conceded defeat" are happenings); "recall" is a memory ("recalls
// his youth", "recalled that") but with a figure or "its"/"their" as its
// object or in the passive, a recall of goods or of an envoy ("recalled 2.3
// million vehicles", "recalled its ambassador", "were recalled"); "lay" or
// "lays" without "off" or "down" may be the past of "lie" ("the problem lay
// in the wiring"); "name" is a naming only as "named", not denied nor in the
// present; "find" is a happening only as a verdict (verdict).
func otherSense(ws []word, i int) bool {
	l := ws[i].info().lemma
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1].lower
	}
	if ws[i].lower == "scores" && next == "of" {
		return true // a number: "scores of cases", as "dozens of"
	}
	if anonymity(ws, i) {
		return true // how a source is kept unnamed, no happening: "who declined to be identified"
	}
	switch l {
	case "admit", "concede":
		return next == "that"
	case "recall":
		// a recall of goods or of an envoy: a figure or the recaller's own
		// as object ("recalled 2.3 million vehicles", "recalled its
		// ambassador"), or in the passive ("were recalled")
		return !(next != "" && (isDigit(next[0]) || ws[i+1].is(cApproximator) || next == "its" || next == "their")) && !(i > 0 && ws[i-1].is(cBeForm))
	case "charge":
		return chargeIdiom(ws, i)
	case "lay":
		return (ws[i].lower == "lay" || ws[i].lower == "lays") && next != "off" && next != "down"
	case "find":
		return !verdict(ws, i)
	case "lower":
		// a comparative after a figure or a market's verb, no lowering:
		// "closed 0.4 percent lower", "shares ended lower"
		if ws[i].lower != "lower" || i == 0 {
			return false
		}
		p := ws[i-1].lower
		return p == "percent" || p == "pct" || p == "points" || p == "cents" || isDigit(p[0]) || marketCloses[p]
	case "name":
		// only "named" tells a naming or an appointment, and not denied nor
		// in the present ("whose name", "who was not named", "members of
		// the family are named": a list)
		return ws[i].lower != "named" || negated(ws, i) || i > 0 && (ws[i-1].lower == "is" || ws[i-1].lower == "are") || namedAside(ws, i)
	}
	return false
}

// anonymity reports the verb at i in the formula by which a source stays
// unnamed: "declined to be identified", "asked not to be named", "spoke on
// condition of anonymity", "requested anonymity".
func anonymity(ws []word, i int) bool {
	at := func(k int, w string) bool { return k < len(ws) && ws[k].lower == w }
	switch ws[i].info().lemma {
	case "decline", "refuse", "ask", "request", "want", "wish":
		k := i + 1
		if at(k, "not") {
			k++
		}
		if at(k, "to") && at(k+1, "be") && (at(k+2, "identified") || at(k+2, "named")) {
			return true
		}
		return at(i+1, "anonymity")
	case "speak", "talk":
		return at(i+1, "on") && at(i+2, "condition") && at(i+3, "of") && at(i+4, "anonymity")
	}
	return false
}

// marketCloses are the verbs a market's level after them compares: "closed
// lower", "ended higher".
var marketCloses = lexSet(`closed ended finished opened traded`)

// verdicts are what a court or a jury finds someone: "found guilty".
var verdicts = lexSet(`guilty innocent liable`)

// verdict reports "find" at i before a verdict within four words, in its
// clause ("was found guilty of manslaughter", "found him not guilty",
// "found the firm liable"): a court's decision, a happening. Any other
// finding ("found a body", "found that the drug was safe") is too often a
// discovery or a conclusion told as background to count as one.
func verdict(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		if verdicts[ws[k].lower] {
			return true
		}
		if ws[k].is(cClauseWord) {
			return false // "found that the evidence against him was weak"
		}
	}
	return false
}

// chargeIdiom reports "charge" in a fixed phrase that names no accusation
// nor attack: "free of charge", "at no charge" (a price), "in charge" (a
// duty: "was put in charge of the inquiry").
func chargeIdiom(ws []word, i int) bool {
	if ws[i].lower != "charge" || i == 0 {
		return false
	}
	prev, before := ws[i-1].lower, ""
	if i >= 2 {
		before = ws[i-2].lower
	}
	return prev == "in" || prev == "of" && before == "free" || prev == "no" && before == "at"
}

// namedAside reports "named" in a relative clause or a participle aside that
// says who someone is: "Frieden, who has been named to head the CDC", "Mr
// Bao, who has been named only as", "said Lil Wayne, named best male
// hip-hop star". Such a naming identifies a person; it is no happening of
// the sentence. Reads the verb group before it (at most four words).
func namedAside(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := ws[k].lower; {
		case w == "who" || w == "which" || w == "whom":
			return true
		case ws[k].is(cBeForm|cAuxiliary|cHaveForm) || strings.HasSuffix(w, "ly") || w == "also" || w == "just":
			continue
		}
		return k == i-1 && ws[i].puncts > ws[k].puncts // "Lil Wayne, named best male hip-hop star"
	}
	return false
}

// Verbs of saying: they date the statement.
const speechVerbs = `say:said:said tell:told:told claim warn urge reply ask add:added:added
report confirm deny:denied:denied`

// Light and modal verbs: the event is their complement.
const lightVerbs = `plan:planned:planned hold:held:held have:had:had make:made:made take:took:taken give:gave:given
pay:paid:paid expect hope try:tried:tried want due set:set:set schedule`

// Nouns of happening, each with the verb lemma it stands for.
const triggerNouns = `
meeting:meet talks:talk summit:summit visit:visit trip:trip arrival:arrive departure:depart congress:congress
election:elect attack:attack war:war invasion:invade outbreak:outbreak formation:form announcement:announce
agreement:agree deal:deal ceremony:ceremony conference:conference protest:protest strike:strike crash:crash
earthquake:earthquake explosion:explode speech:speech vote:vote referendum:referendum coup:coup launch:launch
founding:found death:die funeral:funeral inauguration:inaugurate stop:stop tour:tour flight:fly
negotiations:negotiate ceasefire:ceasefire treaty:treaty session:session bombing:bomb blast:blast
shooting:shoot assault:assault raid:raid riot:riot clash:clash fighting:fight battle:battle massacre:massacre
kidnapping:kidnap hijacking:hijack accident:accident collision:collide resignation:resign arrest:arrest
trial:trial verdict:verdict ruling:rule hearing:hearing evacuation:evacuate landfall:landfall
merger:merge acquisition:acquire takeover:takeover buyout:buyout bailout:bailout layoff:layoff
robbery:rob theft:steal heist:heist burglary:burglary assassination:assassinate impeachment:impeach
walkout:walkout eruption:erupt landslide:landslide avalanche:avalanche tsunami:tsunami
derailment:derail blackout:blackout outage:outage debut:debut intervention:intervene failure:fail
`

// aspectualVerbs say that a happening named as their subject begins or ends:
// in "the trial of X opened on Monday" the event is the trial.
var aspectualVerbs = lexSet(`begin start open close end resume`)

// lemmaKinds groups lemmas that outlets use for one kind of happening, so
// that "landed" and "arrived", "began" and "opened" compare as the same.
var lemmaKinds = map[string]string{
	"land": "arrive", "begin": "start", "open": "start", "fly": "travel", "depart": "leave",
	"talk": "meet", "negotiate": "meet", "hit": "strike", "fine": "sentence",
}

// lemmaKind is the kind of happening a lemma names.
func lemmaKind(lemma string) string {
	if k, ok := lemmaKinds[lemma]; ok {
		return k
	}
	return lemma
}

// movementKinds are the kinds of happening of one journey: outlets that
// report the same day of a trip as an arrival, a visit or a stop report one
// happening, as long as they put it in the same place.
var movementKinds = lexSet(`arrive visit trip stop tour travel leave return`)

// arrivalSites are where a welcome happens: "was met at the airport" reports
// an arrival, not talks.
var arrivalSites = lexSet(`airport airports tarmac airfield airbase runway`)

// aspectualForms maps the forms of the aspectual verbs to their lemma:
// "opened" to "open", "ends" to "end".
var aspectualForms = func() map[string]string {
	m := map[string]string{}
	for entry := range strings.FieldsSeq(`begin:began:begun start open close end resume`) {
		forms := strings.Split(entry, ":")
		for _, f := range verbForms(forms[0], forms[1:]) {
			m[f] = forms[0]
		}
	}
	return m
}()

// irregularParticiples are the past participles of the lexicon's irregular
// verbs: "met", "heard", "flown".
var irregularParticiples = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{triggerVerbs, speechVerbs, lightVerbs} {
		for entry := range strings.FieldsSeq(list) {
			if forms := strings.Split(entry, ":"); len(forms) == 3 {
				m[forms[2]] = true
			}
		}
	}
	return m
}()

// eventNouns are the noun forms of the lexicon: "visit", "talks".
var eventNouns = func() map[string]bool {
	m := map[string]bool{}
	for entry := range strings.FieldsSeq(triggerNouns) {
		noun, _, _ := strings.Cut(entry, ":")
		m[noun], m[noun+"s"] = true, true
	}
	return m
}()

// travelNouns pass their places on to the clause's verb.
var travelNouns = lexSet(`trip stop tour visit flight journey`)

var triggers = buildTriggers()

func buildTriggers() map[string]triggerInfo {
	m := map[string]triggerInfo{}
	add := func(form string, info triggerInfo) {
		if prev, ok := m[form]; ok {
			info.speech = info.speech || prev.speech
			info.light = info.light || prev.light
			if prev.noun && !info.noun {
				info.noun = false
			}
		}
		m[form] = info
	}
	verbs := func(list string, info triggerInfo) {
		for entry := range strings.FieldsSeq(list) {
			forms := strings.Split(entry, ":")
			base := forms[0]
			info.lemma = base
			for _, f := range verbForms(base, forms[1:]) {
				add(f, info)
			}
		}
	}
	verbs(triggerVerbs, triggerInfo{})
	verbs(speechVerbs, triggerInfo{speech: true})
	verbs(lightVerbs, triggerInfo{light: true})
	for entry := range strings.FieldsSeq(triggerNouns) {
		noun, lemma, _ := strings.Cut(entry, ":")
		info := triggerInfo{lemma: lemma, noun: true, travel: travelNouns[noun]}
		for _, form := range []string{noun, noun + "s"} {
			if prev, ok := m[form]; ok && !strings.HasSuffix(form, "ing") {
				// A verb form too ("visit", "attacks"): the context decides.
				prev.travel = info.travel
				m[form] = prev
				continue
			}
			m[form] = info
		}
	}
	return m
}

// verbForms builds base, third person, past, participle and -ing forms.
func verbForms(base string, irregular []string) []string {
	stem := strings.TrimSuffix(base, "e")
	forms := []string{base}
	switch {
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		forms = append(forms, base[:len(base)-1]+"ies", base[:len(base)-1]+"ied")
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "o"):
		forms = append(forms, base+"es", stem+"ed")
	default:
		forms = append(forms, base+"s", stem+"ed")
	}
	forms = append(forms, stem+"ing")
	if n := len(base); n >= 4 && base[n-1] == 'l' && strings.IndexByte("aeiou", base[n-2]) >= 0 && strings.IndexByte("aeiouy", base[n-3]) < 0 {
		// a last syllable in a single vowel and "l" doubles the "l" (always
		// when stressed, in British spelling when not): "expelled",
		// "annulled", "cancelled", "travelling"
		forms = append(forms, base+"led", base+"ling")
	}
	if strings.HasSuffix(base, "ie") {
		forms = append(forms, base[:len(base)-2]+"ying")
	}
	if len(irregular) == 2 {
		ing := forms[len(forms)-1]
		if last := base[len(base)-1:]; irregular[0] == base+last+"ed" {
			ing = base + last + "ing" // "dropped", "dropping"
		}
		forms = append(forms[:2], irregular[0], irregular[1], ing)
	}
	return forms
}

// thirdPerson gives the present-tense form for a headline: "meets", "flies".
func thirdPerson(lemma string) string {
	switch {
	case lemma == "have":
		return "has"
	case strings.HasSuffix(lemma, "y") && len(lemma) > 1 && !strings.ContainsAny(lemma[len(lemma)-2:len(lemma)-1], "aeiou"):
		return lemma[:len(lemma)-1] + "ies"
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "o"):
		return lemma + "es"
	}
	return lemma + "s"
}

// determiners and adjectives before a word make it a noun: "a visit", "foreign travel".
var determiners = lexSet(`a an the his her its their our this that these those first second one-on-one new
foreign domestic international official possible planned previous recent last next state`)

var negations = lexSet(`no not never without nor`)

// findTriggers returns the indexes of the sentence's event words. Light and
// modal verbs ("plan to", "hold a") hand over to the event after them.
func findTriggers(text string, ws []word) []int {
	var out []int
	for i, w := range ws {
		info, ok := w.trigger()
		if !ok || recordNoVerb(text, ws, i) || verbOnlyNoun(text, ws, i) || otherSense(ws, i) {
			continue
		}
		if i > 0 && ws[i-1].lower == "without" {
			continue // a manner, no happening: "carried passengers without charge", "without delay"
		}
		if i > 0 && !info.noun && text[w.start] >= 'A' && text[w.start] <= 'Z' && !ws[i-1].quoted && !w.quoted {
			continue // a verb's form in a name: the "Land Transport Authority"
		}
		if appellation(text, ws, i) {
			continue // "a man named John Smith": a name given, no naming
		}
		if info.noun && insideName(text, ws, i) {
			continue // a noun inside a name: the "North Atlantic Treaty Organization"
		}
		if info.noun && abbreviatedName(text, ws, i) {
			continue // the "Trade Union Congress (TUC)": a body's name, no congress held
		}
		if attributiveMovement(text, ws, i, info) {
			continue // "met visiting Pakistani Foreign Minister Asad Malik": the minister is met
		}
		if info.noun && bareName(text, ws, i) {
			continue // "will report to Congress": the body's name, no congress held
		}
		if info.light {
			// "hold" is an event only when no event noun follows it; a
			// light verb with its particle is a verb of its own ("set
			// out from the base camp", "took off", "gave up").
			if (info.lemma != "hold" || nounTriggerAhead(ws, i)) && !(takeIdiom(ws, i) && eventSubject(ws, i) < 0) && !lightParticle(text, ws, i) {
				continue
			}
		}
		if info.speech && !info.noun && isNoun(ws, i) {
			continue // "a state visit", "the report": nouns, not saying
		}
		if aspectualVerbs[info.lemma] && !info.noun && eventSubject(ws, i) >= 0 {
			continue // "the trial ... opened": the trial is the event
		}
		if conditional(ws, i) {
			continue // "winds could push oil ashore", "if leaders call a summit": not a happening
		}
		if i+1 < len(ws) && ws[i+1].lower == "of" && isNoun(ws, i) && timeOf(ws, i+2) {
			continue // "since the start of the year": a time, not a happening
		}
		if timeModifier(text, ws, i) {
			continue // "On Thursday, the opening day, Yadav took five wickets": the taking's
		}
		if siteModifier(text, ws, i) {
			continue // "fired the rocket from its Sohae launching station": a place, no launching
		}
		out = append(out, i)
	}
	return out
}

// timeModifier reports a form in -ing between an article or a determiner
// and a noun of time, which it modifies as an adjective does: "the opening
// day", "the closing session", "its opening week". It names a time, no
// happening.
func timeModifier(text string, ws []word, i int) bool {
	return strings.HasSuffix(ws[i].lower, "ing") && i > 0 && ws[i-1].is(cArticle|cDeterminer) && i+1 < len(ws) &&
		ws[i+1].is(cTimeUnit) && text[ws[i].end:ws[i+1].start] == " "
}

// siteNouns are places and facilities that an -ing form before them names
// by what is done there: "launching station", "landing site", "testing
// ground".
var siteNouns = lexSet(`station stations site sites pad pads ground grounds range ranges facility facilities centre center
camp camps plant plants strip strips zone zones area areas base bases`)

// siteModifier reports a form in -ing between a determiner, a possessive
// or a name and a noun of siteNouns, which it modifies: "its Sohae
// launching station", "the landing site". It names a place, no happening.
func siteModifier(text string, ws []word, i int) bool {
	if !strings.HasSuffix(ws[i].lower, "ing") || i == 0 || i+1 >= len(ws) || !siteNouns[ws[i+1].lower] || text[ws[i].end:ws[i+1].start] != " " {
		return false
	}
	p := ws[i-1]
	return p.is(cArticle|cDeterminer) || p.possessive || !lowerWord(text, p) && text[p.start] >= 'A' && text[p.start] <= 'Z'
}

// lightParticle reports a light verb at i in a verb form (not after a
// determiner) right before its particle, with no object after it: "had set
// out from Skardu", "the plane took off on time", "the rebels gave up.",
// or with an object that is no noun of happening: "set up camp on the
// site on 14 April", "took over the airline". The pair is a verb of its
// own, which hands nothing over to such an object; with a noun of
// happening as its object ("set up talks") or as its subject ("whose
// rescue in November set off a tug-of-war": the rescue is the news of the
// date), or a share as its object (shareAfter), it is left to the other
// rules.
func lightParticle(text string, ws []word, i int) bool {
	if i+1 >= len(ws) || !verbParticles[ws[i+1].lower] || hasPunct(text[ws[i].end:ws[i+1].start]) ||
		i > 0 && (ws[i-1].is(cDeterminer) || ws[i-1].possessive) {
		return false
	}
	return i+2 >= len(ws) || hasPunct(text[ws[i+1].end:ws[i+2].start]) || ws[i+2].is(cPreposition|cLocationPrep|cTemporalPrep) ||
		!nounTriggerAhead(ws, i+1) && !happeningSubject(text, ws, i) && !shareAfter(text, ws, i+2)
}

// shareAfter reports a share right at k, perhaps after an approximator
// ("about", "nearly"), in figures or words: "make up about 75 percent of
// the victims", "take up thirty-five percent of the portfolio". A verb
// with its particle whose object is a share tells what a whole is made
// of, no happening.
func shareAfter(text string, ws []word, k int) bool {
	if k < len(ws) && approximators[ws[k].lower] {
		k++
	}
	if k+1 >= len(ws) || !figureWord(ws[k].lower) && !numberWords[ws[k].lower] && !strings.Contains(ws[k].lower, "-") {
		return false
	}
	n := ws[k+1].lower
	return n == "percent" || n == "pct" || strings.HasPrefix(text[ws[k].end:], "%")
}

// happeningSubject reports a noun of happening before the verb at i in its
// clause, within eight words, no punctuation and no other verb between:
// the subject a light verb relates to what follows ("whose rescue off
// Florida's coast two months ago set off a tug-of-war").
func happeningSubject(text string, ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) && !ws[k].possessive {
			return false
		}
		info, ok := ws[k].trigger()
		if !ok && !eventWord(text, ws, k) {
			continue
		}
		// the nearest word of happening: a noun ("whose rescue": "whose"
		// is a possessive determiner) or a verb of its own
		return info.noun || isNoun(ws, k) || k > 0 && ws[k-1].lower == "whose"
	}
	return false
}

// appellation reports "named" or "called" after a noun and before a name:
// "a man named John Smith", "a village called Tavi". It gives a name, it
// tells no naming; "was named chairman", "has been named after the
// village" and "have named a suspect" do.
func appellation(text string, ws []word, i int) bool {
	if w := ws[i].lower; w != "named" && w != "called" || i == 0 || i+1 >= len(ws) {
		return false
	}
	p := ws[i-1]
	return !p.is(cBeForm|cAuxiliary|cHaveForm|cModal) && lowerWord(text, p) && text[ws[i-1].end:ws[i].start] == " " &&
		isCapital(text, ws[i+1]) && !ws[i+1].is(cClosed)
}

// modals that make a forecast or a possibility of the verb after them.
var possibilityModals = lexSet(`could may might should`)

// conditionWords open a clause of condition.
var conditionWords = lexSet(`if unless whether`)

// modalOrTrigger is the nearest possibility modal or word of the lexicon
// within three words before i; -1 for none.
func modalOrTrigger(ws []word, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ws[k].is(cPossibilityModal) {
			return k
		}
		if _, ok := ws[k].trigger(); ok {
			return k
		}
	}
	return -1
}

// conditional reports a trigger that is only possible or conditional: after
// "could", "may", "might" or "should" (an adverb or "not"/"be"/"have" may
// stand between), in the object of a verb that is ("could bring more
// flooding"), or in a clause opened by "if", "unless" or "whether".
func conditional(ws []word, i int) bool {
	k := modalOrTrigger(ws, i)
	if k >= 0 && !ws[k].is(cPossibilityModal) && !isNoun(ws, k) && !ws[k].info().light {
		// the object of what only may be: "could bring more flooding"; a
		// light verb and its noun are read as before, the noun being the
		// happening a date schedules ("could make his debut on Friday")
		k = modalOrTrigger(ws, k)
	}
	if k >= 0 && ws[k].is(cPossibilityModal) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if ws[k].is(cConditionWord) {
			return true
		}
	}
	return false
}

// forecastWords make a sentence a forecast or an expectation: "Rain is
// forecast for Friday", "Analysts expect prices to stay high".
var forecastWords = lexSet(`could may might forecast forecasts predicted predict predicts expected expect
expects likely`)

// forecastSentence reports a sentence that says what may or is expected to
// happen, outside quotes.
func forecastSentence(ws []word) bool {
	for _, w := range ws {
		if w.is(cForecastWord) && !w.quoted {
			return true
		}
	}
	return false
}

// expectedTo reports a trigger that is only expected: "is expected to
// break with tradition", "is likely to fall". With a date of its own it is
// scheduled and kept; without one it is no event.
func expectedTo(ws []word, i int) bool {
	return i >= 2 && ws[i-1].lower == "to" && (ws[i-2].lower == "expected" || ws[i-2].lower == "likely" || ws[i-2].lower == "forecast")
}

// eventSubject is the index of the event noun that is the subject of the
// verb at i: a noun of happening among the sentence's first four words with
// no other verb of happening before i; -1 when there is none.
func eventSubject(ws []word, i int) int {
	subj := -1
	for k := 0; k < i; k++ {
		info, ok := ws[k].trigger()
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
		if info, ok := ws[j].trigger(); ok && (info.noun || isNoun(ws, j)) {
			return true
		}
	}
	return false
}

// isNoun decides whether a trigger word stands as a noun: nouns of the
// lexicon, and verb forms after a determiner ("a visit", "the attack").
func isNoun(ws []word, i int) bool {
	info := ws[i].info()
	if i > 0 && helpForms[ws[i-1].lower] && ws[i].lower == info.lemma && ws[i].start == ws[i-1].end+1 {
		return false // "helped end the war": the base form after "help" is a verb
	}
	if info.noun {
		return true
	}
	if i == 0 || ws[i].lower == "said" || ws[i].lower == "told" {
		return false // no noun: "a Japanese government official said"
	}
	prev := ws[i-1]
	if adverbPast(ws, i) || relativePast(ws, i) {
		return false // "He last visited Russia", "the bullet that tore": a verb in the past
	}
	if ws[i].trig == nil && nounForm(ws, i) && !prev.is(cModalTo|cPronounSubject) {
		return true // a noun of happening outside the lexicon: "in a telephone interview", "the Oct. 23 slaying"
	}
	if yearModified(ws, i) {
		return true // "for the 1992 murders": no verb follows an article and a year
	}
	if prev.is(cHaveForm) && (strings.HasSuffix(ws[i].lower, "ed") || ws[i].is(cIrregularParticiple)) {
		return false // "Greece had submitted new proposals": the perfect, not "have" with an object
	}
	// "for talks", "after attacks": a plural after a preposition.
	plural := prev.is(cNounPrep) && strings.HasSuffix(ws[i].lower, "s")
	return prev.is(cDeterminer) || compoundHead(ws, i) || ws[i-1].possessive || prev.info().light || plural || objectOfVerb(ws, i) || objectPlural(ws, i)
}

// yearModified reports a word at i right after a bare year that follows an
// article or a possessive, a single space between each: "the 1992
// murders", "his 2019 visits". The year modifies the word as an adjective
// would, so the word heads a noun phrase; a finite verb cannot stand there.
func yearModified(ws []word, i int) bool {
	if i < 2 || ws[i].start != ws[i-1].end+1 || ws[i-1].start != ws[i-2].end+1 {
		return false
	}
	y, det := ws[i-1].lower, ws[i-2]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
		return false
	}
	return det.is(cArticle) || det.possessive
}

// objectPlural reports a verb's -s form at i that ends the object of a verb
// in the past before it, one or two modifiers between and spaces only:
// "lifted power cuts", "ended scheduled power cuts", "announced job
// cuts". A finite verb takes no second finite verb after a bare noun, so
// the -s form is a plural noun, the object's head. A verb of saying or
// thinking may take a clause instead ("said price rises hurt"), so its
// object is left alone.
func objectPlural(ws []word, i int) bool {
	w := ws[i].lower
	if i < 2 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w == ws[i].info().lemma {
		return false
	}
	if v := i - 1; ws[i].start == ws[v].end+1 && pastForm(ws, v) && !ws[v].is(cBeForm|cHaveForm|cAuxiliary|cModal|cClosed) && !ws[v].info().speech && !clauseTakers[ws[v].lower] && !isNoun(ws, v) &&
		!ws[v-1].is(cArticle|cDeterminer|cPreposition) && !ws[v-1].possessive && !strings.HasSuffix(ws[v-1].lower, "ly") && ws[i].info().speech {
		return true // a saying's form right after a verb in the past is its object: "presented claims", "denied reports"
	}
	for v := i - 2; v >= 0 && v >= i-3; v-- {
		m := ws[v+1] // the modifier right after v
		if m.start != ws[v].end+1 || ws[v+2].start != m.end+1 || m.is(cClosed|cPreposition|cBeForm|cHaveForm|cAuxiliary|cModal) || strings.HasSuffix(m.lower, "s") || strings.HasSuffix(m.lower, "ly") {
			return false
		}
		p := ws[v]
		if v > 0 && (ws[v-1].is(cArticle|cDeterminer|cPreposition) || ws[v-1].possessive || strings.HasSuffix(ws[v-1].lower, "ly")) {
			return false // a participle that describes a noun: "the newly detected version contains"
		}
		if pastForm(ws, v) && !p.is(cBeForm|cHaveForm|cAuxiliary|cModal|cClosed) && !p.info().speech && !clauseTakers[p.lower] && !isNoun(ws, v) {
			return true
		}
	}
	return false
}

// compoundHead reports the word at i as the head of a noun compound: a
// base form or an -ing form after a determiner and one singular modifier
// ("a pay deal", "an avalanche warning", "the board meeting"). A singular
// noun takes no bare verb after it, and a verb's -ing form after one is
// the noun it names; a plural before it may be the subject of a verb ("the
// unions strike").
func compoundHead(ws []word, i int) bool {
	if i < 2 || ws[i].start != ws[i-1].end+1 || ws[i-1].start != ws[i-2].end+1 {
		return false // punctuation between
	}
	det, mod, w := ws[i-2], ws[i-1], ws[i].lower
	if !(det.is(cArticle|cDeterminer) && det.lower != "that" || det.possessive) {
		return false
	}
	if w != ws[i].info().lemma && !strings.HasSuffix(w, "ing") || ws[i].is(cIrregularPast) {
		return false // "The index shed 47 points": a past like its base form
	}
	m := mod.lower
	if mod.is(cClosed|cPreposition|cModalTo|cBeForm|cHaveForm|cAuxiliary|cTimeUnit) || periodNouns[mod.lower] || det.lower == "last" || det.lower == "next" || mod.possessive || pastForm(ws, i-1) || len(m) < 3 ||
		strings.HasSuffix(m, "s") || strings.HasSuffix(m, "ing") || strings.HasSuffix(m, "ly") || strings.HasSuffix(m, "ed") {
		return false
	}
	return lowerWord(m, word{end: len(m)}) // letters and hyphens only
}

// helpForms are the forms of "help", after which a verb's base form is a
// verb, even one that is also a noun ("helped end the war").
var helpForms = lexSet(`help helps helped helping`)

// bareInfinitiveVerbs take a verb's base form right after them: "helped
// build", "let go", "watched burn".
var bareInfinitiveVerbs = lexSet(`help let make have see hear watch bid dare`)

// objectOfVerb reports a base form at i right after a verb in the past, a
// participle or an -ing form: a finite verb or a participle takes no bare
// verb after it, so the word is its object, a noun ("conceded defeat",
// "suffered defeat", "nixed talk of closing the border"), or the noun a
// participle modifies ("armed attack"). The verb before may be outside
// the lexicon when it ends in -ed. Verbs that take a bare infinitive
// ("helped spark") keep the verb after them.
func objectOfVerb(ws []word, i int) bool {
	prev := ws[i-1]
	if ws[i].lower != ws[i].info().lemma || ws[i].start != prev.end+1 {
		return false // no base form, or punctuation between: "conceded, defeat"
	}
	if i >= 2 && (ws[i-2].is(cDeterminer) || ws[i-2].possessive) {
		return false // the word before is a noun: "Does that shot contain any benefit"
	}
	if prev.trig == nil {
		return len(prev.lower) > 4 && strings.HasSuffix(prev.lower, "ed") && !prev.is(cNonVerbEd|cClosed) && !bareInfinitiveVerbs[lemmaOf(prev.lower)]
	}
	if prev.trig.noun || bareInfinitiveVerbs[prev.trig.lemma] {
		return false
	}
	return strings.HasSuffix(prev.lower, "ed") || strings.HasSuffix(prev.lower, "ing") || prev.is(cIrregularPast|cIrregularParticiple) && prev.lower != prev.trig.lemma
}

// adverbDeterminers are determiners that are adverbs before a verb in the
// past: "last visited", "first met".
var adverbDeterminers = lexSet(`last first`)

// simplePasts are the past forms of irregular verbs that are no
// participles: "tore", "went", "took".
var simplePasts = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{irregularVerbs, triggerVerbs, speechVerbs, lightVerbs} {
		for entry := range strings.FieldsSeq(list) {
			if forms := strings.Split(entry, ":"); len(forms) == 3 && forms[1] != forms[2] {
				m[forms[1]] = true
			}
		}
	}
	return m
}()

// relativePast reports a verb in the simple past after "that", which is
// then a relative pronoun, no determiner: "the bullet that tore through
// his kitchen window"; a form that may be a participle or an adjective
// ("hurt", "sparked") only before its object or a preposition: "the issues
// that hurt Sun's performance", "an offering that closed on Friday", not
// "that damaged car".
func relativePast(ws []word, i int) bool {
	if i < 1 || ws[i-1].lower != "that" {
		return false
	}
	if simplePasts[ws[i].lower] {
		return true
	}
	if !strings.HasSuffix(ws[i].lower, "ed") && !ws[i].is(cIrregularPast) || ws[i].trig != nil || i+1 >= len(ws) {
		return false // a verb of the lexicon after "that" is read by nounsVerb ("the bombing that killed")
	}
	next := ws[i+1]
	return next.is(cArticle) || next.possessive || next.is(cDeterminer) && !next.is(cAdverbDeterminer) || figureWord(next.lower) || verbParticles[next.lower] ||
		next.is(cPreposition|cTemporalPrep|cLocationPrep) && !ws[i].is(cNonVerbEd) // "an offering that closed on Friday": no adjective stands between a determiner and a preposition
}

// verbParticles follow a verb as its particle, which no adjective takes:
// "$14 million of that seeped out Friday".
var verbParticles = lexSet(`out up down off away back`)

// adverbPast reports a verb in the past at i after a determiner that is an
// adverb there: "He last visited Russia", "was last seen", "first met"; not
// after an article ("the first elected").
func adverbPast(ws []word, i int) bool {
	if i < 1 || !ws[i-1].is(cAdverbDeterminer) || ws[i-1].possessive || i >= 2 && ws[i-2].is(cDeterminer) {
		return false
	}
	return strings.HasSuffix(ws[i].lower, "ed") || ws[i].is(cIrregularParticiple|cIrregularPast)
}

// nounPreps are prepositions after which a verb form ending in -s is a plural noun.
var nounPreps = lexSet(`for of after before during amid following despite without`)

// negated reports a trigger under negation: "no indication they might meet",
// "did not sell", "didn't sell" (read as "did not"). "Not ... until" tells when the happening comes, no
// negation: "the plant was not to begin production until 1993".
func negated(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if ws[k].is(cNegation) {
			return !notUntil(ws, i)
		}
	}
	return false
}

// notUntil reports an "until" or "till" after the trigger at i, in its own
// clause (within eight words).
func notUntil(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+8 && between(ws, i, k, func(w word) int { return int(w.breaks) }) == 0; k++ {
		if ws[k].lower == "until" || ws[k].lower == "till" {
			return true
		}
	}
	return false
}

// mainTrigger is the first trigger of a sentence that is not a verb of
// saying and not yet used, outside quotations; -1 when there is none. A
// word of happening that only modifies the noun of the subject after it
// (subjectModifier: "Rescue teams have pulled 40 survivors from the
// rubble") is no verb of the clause: the search goes on past it to the
// clause's verb.
func mainTrigger(text string, ws []word, trigs []int, used map[int]bool) int {
	for _, ti := range trigs {
		info := ws[ti].info()
		if used[ti] || info.speech && !reportedSaying(ws, ti) || ws[ti].quoted || negated(ws, ti) || isNoun(ws, ti) && !nounAfterLight(ws, ti) {
			continue
		}
		if referenceClause(ws, ti) {
			continue // "set the date after the prosecution and defence agreed to a timetable"
		}
		if subjectModifier(text, ws, ti) {
			continue // "Rescue teams have pulled": the subject's modifier
		}
		if subjectParticiple(text, ws, ti) || objectParticiple(text, ws, ti) {
			continue // "a girl diagnosed with the flu has made a full recovery": the recovery is the news
		}
		return ti
	}
	return -1
}

// subjectModifier reports a word of happening at ti that only modifies the
// noun after it (compoundModifier) in the subject that opens the sentence:
// within its first six words, with no verb, auxiliary, negation or word of
// happening told as a verb before it ("Rescue teams have pulled", "All
// rescue crews have evacuated", after a quantifier of agentQuantifiers). After the clause's verb the compound is
// its object ("obtained an arrest warrant after ..."), and the search must
// not go on into a later clause. A word ending in -s is a verb's -s form
// or a plural, no modifier: "Shearson Lehman, however, executes program
// trades".
func subjectModifier(text string, ws []word, ti int) bool {
	if ti > 5 || strings.HasSuffix(ws[ti].lower, "s") {
		return false
	}
	quantified := ti == 1 && agentQuantifiers[ws[0].lower] && compoundPair(text, ws, ti) // "All rescue crews have evacuated"
	if !quantified && !compoundModifier(text, ws, ti) {
		return false
	}
	if before := strings.ToLower(text[ws[0].start:ws[ti].start]); strings.Contains(before, "n't") || strings.Contains(before, "n’t") {
		return false // "Crane officials didn't return phone calls"
	}
	for j := 0; j < ti; j++ {
		w := ws[j]
		if w.is(cBeForm|cHaveForm|cModal|cAuxiliary|cNegation) || lowerWord(text, w) && pastForm(ws, j) {
			return false
		}
		if _, ok := w.trigger(); ok && !isNoun(ws, j) {
			return false
		}
	}
	return true
}

// relativeAdverbs may stand between a noun and the participle that
// describes it: "a strain of flu never seen before".
var relativeAdverbs = lexSet(`never already recently newly first previously originally currently widely long`)

// objectParticiple reports a past participle at ti with its agent or means
// ("charged with", "hit by") right after a noun, with no comma, in a clause
// whose verb "be" or "have" came before that noun: "Dr Murray is on trial
// charged with manslaughter", "had a dose of propofol diluted with
// lidocaine". The participle describes the noun; the clause's verb tells
// what is. A simple past after a noun ("he said prices increased by 5%")
// has no "be" or "have" before it.
func objectParticiple(text string, ws []word, ti int) bool {
	if ti < 3 || ti+1 >= len(ws) || ws[ti].quoted || !participleForm(ws[ti].lower) || !agentPreps[ws[ti+1].lower] {
		return false
	}
	p := ws[ti-1]
	if hasPunct(text[p.end:ws[ti].start]) || p.is(cClosed|cBeForm|cAuxiliary|cModal|cPreposition|cTemporalPrep|cSubjectPronoun|cPronounSubject|cAdverbDeterminer) || p.possessive {
		return false
	}
	if _, ok := triggers[p.lower]; ok && !isNoun(ws, ti-1) || strings.HasSuffix(p.lower, "ly") {
		return false
	}
	for k := ti - 2; k >= 0 && k >= ti-8; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || clauseWords[ws[k].lower] || ws[k].is(cClauseOpener) {
			return false
		}
		if ws[k].is(cBeForm | cHaveForm) {
			return k+1 < ti-1 // "is on trial", "had a dose of": a noun phrase between
		}
		if _, ok := triggers[ws[k].lower]; ok && !isNoun(ws, k) {
			return false
		}
	}
	return false
}

// agentPreps open the phrase of a passive participle: its agent, its
// means, its source ("diagnosed with the flu", "hit by a bus").
var agentPreps = lexSet(`with by from`)

// subjectParticiple reports a participle at ti that describes the noun right
// before it, with no comma and no relative pronoun, in the subject of a
// verb that follows: "a girl diagnosed with the flu has made a full
// recovery", "people arriving in other countries have been abused", "a
// strain never seen before has killed 60 people". The participle tells
// which girl, which people: it is no happening of the sentence's own
// unless a date of its own phrase dates it ("the man arrested last week",
// which attachTimex dates). A past form is read as a participle only when
// a preposition, an adverb or the verb comes right after it, since a
// simple past takes its object there ("officials confirmed the virus has
// spread": a verb and its clause).
func subjectParticiple(text string, ws []word, ti int) bool {
	w := ws[ti]
	ing := strings.HasSuffix(w.lower, "ing")
	if ti < 1 || w.quoted || !ing && !participleForm(w.lower) {
		return false
	}
	k := ti - 1
	if relativeAdverbs[ws[k].lower] && k > 0 {
		k--
	}
	p := ws[k]
	if hasPunct(text[p.end:ws[k+1].start]) || p.is(cClosed|cBeForm|cAuxiliary|cModal|cPreposition|cTemporalPrep|cSubjectPronoun|cPronounSubject) || p.is(cAdverbDeterminer) {
		return false // "the plant, built in 1998, ...": an aside; "has diagnosed"
	}
	if _, ok := triggers[p.lower]; ok && !isNoun(ws, k) || p.possessive || strings.HasSuffix(p.lower, "ly") {
		return false
	}
	if ti+1 >= len(ws) {
		return false
	}
	if n := ws[ti+1]; !ing && !n.is(cPreposition|cLocationPrep|cTemporalPrep|cBeForm|cAuxiliary|cModal) && !agentPreps[n.lower] && !relativeAdverbs[n.lower] && n.lower != "before" {
		return false // "officials confirmed the virus has spread"
	}
	for j := ti + 1; j < len(ws) && j <= ti+12; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].quoted {
			return false // punctuation closes the phrase
		}
		if ws[j].is(cBeForm | cAuxiliary | cModal) {
			return true
		}
		if ws[j].lower == "before" || ws[j].lower == "after" {
			if j+1 < len(ws) && ws[j+1].is(cBeForm|cAuxiliary|cModal) {
				continue // "never seen before has killed"
			}
			return false
		}
		if clauseWords[ws[j].lower] || ws[j].is(cClauseOpener|cSubjectPronoun|cPronounSubject) {
			return false
		}
	}
	return false
}

// referenceClause reports a verb in a clause opened by "after" or "before"
// (within 6 words, no verb between) that follows another word of the
// sentence: the happening another is dated by, not the sentence's news.
func referenceClause(ws []word, ti int) bool {
	for k := ti - 1; k > 0 && k >= ti-6; k-- {
		switch w := ws[k].lower; {
		case w == "after" || w == "before":
			return true
		case ws[k].is(cBeForm | cAuxiliary | cClauseOpener):
			return false
		}
		if _, ok := triggers[ws[k].lower]; ok && !isNoun(ws, k) {
			return false
		}
	}
	return false
}

// reportedSaying reports a verb of saying in the past perfect after another
// verb of saying, within 12 words: what was said is that something was said
// or asked before, which is the happening ("Koh said on Facebook that he had
// asked the Land Transport Authority to investigate").
func reportedSaying(ws []word, ti int) bool {
	if ti == 0 || ws[ti-1].lower != "had" {
		return false
	}
	for k := ti - 2; k >= 0 && k >= ti-12; k-- {
		if info, ok := triggers[ws[k].lower]; ok && info.speech && !isNoun(ws, k) {
			return true
		}
	}
	return false
}

// nounAfterLight reports an event noun that is the object of a light verb:
// "plan to hold a one-on-one meeting".
func nounAfterLight(ws []word, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		if info, ok := ws[k].trigger(); ok && info.light {
			return true
		}
	}
	return false
}

// habitualRelative reports a trigger told in the present simple of a
// relative clause, itself or the verb whose object it is: "said Gerard
// Rice, a former prisoner who leads anti-Orange protests", "a charity
// which holds vigils". The clause says what someone does by habit, which
// no day of the paragraph dates. A past trigger is none ("that prices
// jumped": the plural is its subject).
func habitualRelative(ws []word, ti int) bool {
	if strings.HasSuffix(ws[ti].lower, "ed") || ws[ti].is(cIrregularPast) {
		return false // "that prices jumped": a past, and a subject before it
	}
	for v := ti; v >= 1 && v >= ti-4; v-- {
		if v == ti && isNoun(ws, ti) {
			continue // "that talks between them": a noun's plural
		}
		if v < ti && ws[v].is(cClauseWord) {
			return false
		}
		w := ws[v].lower
		if ws[v-1].lower != "who" && ws[v-1].lower != "which" && ws[v-1].lower != "that" {
			continue
		}
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !ws[v].is(cClosed|cBeForm|cAuxiliary|cHaveForm)
	}
	return false
}

// embeddedNominal reports an event noun introduced by a temporal preposition
// and completed by "of": "following the formation of the Quad".
func embeddedNominal(ws []word, ti int) bool {
	if ti < 0 || !isNoun(ws, ti) || ti+1 >= len(ws) || ws[ti+1].lower != "of" || timeOf(ws, ti+2) {
		return false
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if ws[k].is(cTemporalPrep) {
			return true
		}
	}
	return false
}

// Words of happening outside the lexicon are found by their form and their
// neighbours, as a part-of-speech tagger would guess them: a past form after
// a subject ("grew", "inched"), a verb after a modal or "to" ("will
// continue", "to mark"), a participle after "be" or "have" ("was discovered",
// "has been pushing"), a gerund after a preposition or a verb of beginning
// ("after averaging", "began delving"), a noun made from a verb ("revision",
// "settlement"). They are the words a date anchors with the trigger of its
// clause (see coAnchor); they do not make events of their own.

// closedWords are never words of happening.
var closedWords = lexSet(`a an the this that these those his her its their our my your some any each every
all both either neither no not nor and or but if of in on at to for from by with about as into onto upon than
then so too very also just only even still yet already now here there when where which who whom whose what
why how while whereas because although though whether unless until since before after during over under
between among against without within across through per via up down out off away back again ago later
earlier he she it they we i you him them us me itself themselves one two three four five six seven eight
nine ten more most less least much many few several other another such same own is are was were be been
being am has have had having do does did will would shall should can could may might must 's never always ever often`)

// irregularVerbs are common irregular verbs the lexicon does not list, as
// "base:past:participle".
const irregularVerbs = `go:went:gone come:came:come take:took:taken give:gave:given find:found:found
get:got:gotten become:became:become keep:kept:kept think:thought:thought seek:sought:sought
catch:caught:caught teach:taught:taught fight:fought:fought stand:stood:stood understand:understood:understood
lay:laid:laid see:saw:seen know:knew:known grow:grew:grown draw:drew:drawn blow:blew:blown
write:wrote:written speak:spoke:spoken choose:chose:chosen drive:drove:driven ride:rode:ridden
eat:ate:eaten forget:forgot:forgotten freeze:froze:frozen steal:stole:stolen wake:woke:woken
wear:wore:worn tear:tore:torn bear:bore:borne hide:hid:hidden bite:bit:bitten shake:shook:shaken
sink:sank:sunk sing:sang:sung ring:rang:rung run:ran:run swim:swam:swum spin:spun:spun hang:hung:hung
stick:stuck:stuck dig:dug:dug feed:fed:fed lead:led:led bleed:bled:bled quit:quit:quit split:split:split
hurt:hurt:hurt cost:cost:cost cast:cast:cast let:let:let bid:bid:bid spend:spent:spent bend:bent:bent
deal:dealt:dealt feel:felt:felt sleep:slept:slept sweep:swept:swept weep:wept:wept creep:crept:crept
mean:meant:meant undertake:undertook:undertaken overcome:overcame:overcome overtake:overtook:overtaken
withhold:withheld:withheld forgive:forgave:forgiven foresee:foresaw:foreseen put:put:put`

// irregularPast maps the past forms and participles of irregularVerbs and of
// the lexicon's irregular verbs to their base: "grew" to "grow".
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for _, list := range []string{irregularVerbs, triggerVerbs, speechVerbs, lightVerbs} {
		for entry := range strings.FieldsSeq(list) {
			if forms := strings.Split(entry, ":"); len(forms) == 3 {
				m[forms[1]], m[forms[2]] = forms[0], forms[0]
			}
		}
	}
	return m
}()

// nonVerbEd end in -ed but are no verbs; "based" and "related" tell a
// state of the noun before them, no happening ("a tablet based on the new
// chip", "a charge related to the sale").
var nonVerbEd = lexSet(`hundred red bed shed seed speed need weed breed creed greed deed reed sled wed
sacred naked wicked rugged ragged jagged crooked wretched kindred hatred beloved aged so-called
embed indeed steed based related`)

// nonVerbIng end in -ing but are no verbs.
var nonVerbIng = lexSet(`during morning evening nothing something anything everything thing things king
ring spring string ceiling including according following regarding concerning pending excluding
notwithstanding building buildings earnings savings holdings proceedings feelings belongings surroundings
ratings rankings listings winnings paintings writings clippings readings drawings markings furnishings
beginnings innings`)

// plainAdjectives are adjectives that are never verbs, also after "to" or
// a modal: "to foreign tourists", "to local farmers".
var plainAdjectives = lexSet(`foreign domestic international national local regional official possible
previous recent public private new old young former future major minor rural urban`)

// modalsTo put a verb in its base form after them. A contraction reaches
// them as its words (appendWords): "won't" is "will" and "not", "we'll" "will".
var modalsTo = lexSet(`will would shall should can could may might must to did does do`)

// pronounSubjects are followed by their verb.
var pronounSubjects = lexSet(`he she they we i it who`)

// gerundHeads introduce a gerund: "after averaging", "began delving".
var gerundHeads = lexSet(`by after before while without for of from in on upon since begin began begun
begins start started starts finish finished stop stopped continue continued resume resumed keep kept`)

// nonEventNouns end like nouns made from verbs but name things and bodies.
var nonEventNouns = lexSet(`opposition government governments department departments parliament apartment equipment
environment nation nations station stations position positions region regions section question questions
population information organization organisation administration corporation association federation
foundation commission television division version mission condition conditions tradition generation
institution constitution situation location portion proportion relation relations percent moment
moments document documents comment comments element elements segment segments instrument instruments
movement movements nationals official officials federal national international regional
startup startups start-up start-ups dropout dropouts passover throwback burnout takeout flyover`)

// letters reports a word of lowercase letters (and hyphens).
func lowerWord(text string, w word) bool {
	for _, r := range text[w.start:w.end] {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// prevContent is the index of the word before i, skipping one adverb in
// -ly or "not"; -1 at the start.
func prevContent(ws []word, i int) int {
	k := i - 1
	if k >= 0 && (strings.HasSuffix(ws[k].lower, "ly") || ws[k].lower == "not" || ws[k].lower == "also") {
		k--
	}
	return k
}

// registerRecord reports "record" as the noun of a register right after
// "of" or "on": "holders of record Nov. 15" are the holders the register
// names on that day, "the warmest year on record" is measured against it;
// neither tells a happening.
func registerRecord(ws []word, i int) bool {
	return ws[i].lower == "record" && i > 0 && (ws[i-1].lower == "of" || ws[i-1].lower == "on")
}

// recordNoVerb reports "record" that is no verb of recording: the noun of a
// register ("stock of record") or a modifier ("record profits").
func recordNoVerb(text string, ws []word, i int) bool {
	return registerRecord(ws, i) || recordModifier(text, ws, i) || recordFigure(ws, i)
}

// recordFigure reports "record" as the noun of a best figure after an
// article, perhaps with "new" or "all-time" between: "soared 33% to a
// record", "a new record". A verb of recording never follows an article.
func recordFigure(ws []word, i int) bool {
	if ws[i].lower != "record" || i == 0 {
		return false
	}
	p := i - 1
	if (ws[p].lower == "new" || ws[p].lower == "all-time") && p > 0 {
		p--
	}
	return ws[p].is(cArticle)
}

// recordModifier reports "record" before the noun it qualifies: "reported
// record profits", "a record high", "record rainfall" tell the size of
// what follows, not a recording; "to record the album" and "record it" stay
// verbs.
func recordModifier(text string, ws []word, i int) bool {
	if ws[i].lower != "record" || i+1 >= len(ws) {
		return false
	}
	next := ws[i+1]
	return lowerWord(text, next) && !next.is(cClosed) && !isDigit(text[next.start]) && !hasPunct(text[ws[i].end:next.start])
}

// eventWord reports a word of happening at i: a trigger of the lexicon
// (light verbs included, auxiliaries not), or a verb or event noun by its
// form and neighbours (see above).
func eventWord(text string, ws []word, i int) bool {
	w := ws[i].lower
	if i > 0 && ws[i-1].lower == "without" {
		return false // a manner, no happening: "carried passengers without charge", "without delay"
	}
	if ws[i].is(cResultNoun) && i > 0 && lowerWord(text, ws[i]) {
		// "a net loss of $46.9 million": a company's results are
		// happenings of their period, but for the base of a comparison
		// ("compared with a loss of $3 million last year")
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if ws[k].is(cComparison) || ws[k].lower == "compared" {
				return false
			}
		}
		return true
	}
	if ws[i].is(cMarketSession) && i > 0 && lowerWord(text, ws[i]) && (w != "close" || ws[i-1].is(cDeterminer) || ws[i-1].possessive) {
		return true // "in composite trading Friday", "at the close of business Thursday", "Friday's close"
	}
	if ws[i].is(cHaveForm) && resultAfter(ws, i) {
		return true // "had a loss of $92.2 million for the quarter"
	}
	if ws[i].is(cClosed) || recordNoVerb(text, ws, i) {
		return false
	}
	if _, ok := aspectualForms[w]; ok && i > 0 && helpForms[ws[i-1].lower] {
		return true // "helped end the war": a verb of ending after "help"
	}
	if aspectualPresent(text, ws, i) {
		return true // "the festival ends in Lisbon on Friday"
	}
	if timeModifier(text, ws, i) || siteModifier(text, ws, i) {
		return false // "the opening day", "the landing site"
	}
	if info, ok := ws[i].trigger(); ok && !verbOnlyNoun(text, ws, i) {
		// but a verb's form in a name: the "Land Transport Authority";
		// and a noun inside one: the "North Atlantic Treaty Organization"
		return i == 0 || info.noun && !insideName(text, ws, i) && !abbreviatedName(text, ws, i) || text[ws[i].start] < 'A' || text[ws[i].start] > 'Z'
	}
	// no word of two letters but "go" after a modal or "to": "are due to
	// go before the Security Council next week"
	if i == 0 || !lowerWord(text, ws[i]) || len(w) < 3 && (w != "go" || !ws[i-1].is(cModalTo)) {
		return false
	}
	p := prevContent(ws, i)
	after := ""
	if p >= 0 {
		after = ws[p].lower
	}
	switch {
	case (ws[i-1].is(cDeterminer) || ws[i-1].possessive) && !adverbPast(ws, i) && !relativePast(ws, i):
		// a noun: an event when made from a verb, or a gerund with its
		// object in an "of" phrase ("the finding of a buried rifle")
		return nounForm(ws, i) || strings.HasSuffix(w, "ing") && len(w) >= 6 && !ws[i].is(cNonVerbIng) && i+1 < len(ws) && ws[i+1].lower == "of"
	case attributive(text, ws, i):
		return false // "a heavily wooded area", "a buried rifle"
	case ws[i].is(cIrregularPast):
		return true
	case strings.HasSuffix(w, "ed") && len(w) >= 5 && !ws[i].is(cNonVerbEd):
		// but "compared with" links a figure to its base, it tells no
		// happening: "a loss of $158,666 in the third quarter, compared
		// with a loss of $26,956"
		if ws[i].is(cComparison) && i+1 < len(ws) && (ws[i+1].lower == "with" || ws[i+1].lower == "to") {
			return false
		}
		// nor does a compound modifier after a preposition: "of
		// fertilizer-based explosives", "by US-led forces"
		return !(strings.Contains(w, "-") && ws[i-1].is(cPreposition) && i+1 < len(ws) && lowerWord(text, ws[i+1]) && !ws[i+1].is(cClosed))
	case strings.HasSuffix(w, "ing") && len(w) >= 6 && !ws[i].is(cNonVerbIng):
		// a verb after "be", a gerund after a preposition or a verb of
		// beginning, or a noun of happening after a modifier and before a
		// preposition ("in late trading on the exchange")
		return p >= 0 && beBefore(ws, p) || ws[i-1].is(cGerundHead) || hasPunct(text[ws[i-1].end:ws[i].start]) ||
			i+1 < len(ws) && !ws[i-1].is(cClosed) && (ws[i+1].is(cPreposition) || ws[i+1].is(cLocationPrep)) ||
			happeningNoun(w) // "the Oct. 23 slaying"
	case p >= 1 && modalAdverbs[ws[p].lower] && ws[p-1].is(cModal) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && !plainAdjectives[w]:
		return true // "will almost double", "would soon close"
	case p >= 0 && ws[p].is(cModalTo|cPronounSubject) && !modalAdverbs[w]:
		// not an adjective after "to" the preposition: "reopened its
		// borders to foreign tourists on Friday"
		return !strings.HasSuffix(w, "ly") && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || after != "to") && !plainAdjectives[w] && !destinationNoun(text, ws, i) &&
			!(ws[i].is(cNonEventNoun) && after == "to" && objectBefore(ws, p) && !objectAhead(ws, i))
	}
	return nounForm(ws, i)
}

// destinationVerbs are the forms of the verbs whose "to" says where they
// take their subject or object, a preposition before a noun: "came to
// power", "will close to traffic", "put out to tender".
var destinationVerbs = formsOf(`come:came:come bring:brought:brought rise:rose:risen sweep:swept:swept return restore
close reopen open put:put:put`)

// destinationNoun reports the word at i after the "to" of a verb of
// destinationVerbs (its particle may stand between), with no object after
// it: the noun of where the verb leads ("The coalition came to power in
// 2017", "The bridge will close to traffic on June 1"), not an infinitive,
// whose object would follow ("came to see the show").
func destinationNoun(text string, ws []word, i int) bool {
	if i < 2 || ws[i-1].lower != "to" || hasPunct(text[ws[i-2].end:ws[i].start]) {
		return false
	}
	v := i - 2
	if particles[ws[v].lower] && v > 0 {
		v-- // "put out to tender"
	}
	if destinationVerbs[ws[v].lower] == "" {
		return false
	}
	if i+1 == len(ws) || hasPunct(text[ws[i].end:ws[i+1].start]) {
		return true
	}
	next := ws[i+1]
	return next.is(cPreposition|cLocationPrep) || prepositions[next.lower] || text[next.start] >= '0' && text[next.start] <= '9' // "came to power 41 years ago"
}

// objectBefore reports a noun phrase opened by a determiner or a
// possessive right before the "to" at p, within three words: "will present
// a revised budget to parliament", "sent its report to government". A noun
// of things or bodies after such a "to" is the preposition's object, not
// an infinitive ("declined to comment", "weren't available to comment"),
// unless an object of its own follows, which makes it a verb (objectAhead:
// "the decision to question the minister").
func objectBefore(ws []word, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if ws[k].is(cDeterminer) || ws[k].possessive {
			return true
		}
		if ws[k].is(cClosed) || pastForm(ws, k) || complementVerbs[ws[k].lower]&takesTo != 0 {
			return false // a verb before "to": "The club refused to comment", "The minister declines to comment"
		}
	}
	return false
}

// objectAhead reports a determiner right after i.
func objectAhead(ws []word, i int) bool {
	return i+1 < len(ws) && ws[i+1].is(cDeterminer)
}

// attributiveMovement reports the -ing form of a verb of movement right
// after a verb in the past that takes no gerund: it describes the verb's
// object, whom the verb's subject met or received ("met visiting Pakistani
// Foreign Minister Asad Malik", "welcomed returning soldiers"); the
// movement is background, the meeting the news. After a verb of beginning
// or ending, or of saying, it is a gerund ("started visiting", "denied
// visiting Moscow").
func attributiveMovement(text string, ws []word, i int, info triggerInfo) bool {
	if i == 0 || !movementKinds[info.lemma] || !strings.HasSuffix(ws[i].lower, "ing") || text[ws[i-1].end:ws[i].start] != " " {
		return false
	}
	p := ws[i-1]
	return pastForm(ws, i-1) && !p.is(cGerundHead|cBeForm|cHaveForm) && !p.info().speech
}

// bareName reports a capitalized noun right after a preposition, with no
// determiner: a common noun in the singular needs one ("a congress of the
// party"), so the noun is a name ("testified before Congress",
// "demonstrated outside Congress").
func bareName(text string, ws []word, i int) bool {
	return i > 0 && isCapital(text, ws[i]) && (phraseOpeners[ws[i-1].lower] || ws[i-1].is(cLocationPrep) || bodyPrepositions[ws[i-1].lower]) && lowerWord(text, ws[i-1]) && !ws[i].quoted
}

// bodyPrepositions place a happening by a body's building or stand against
// a body, beyond the prepositions of place (locationPreps): "opposite
// Parliament", "against Congress".
var bodyPrepositions = lexSet(`opposite behind beside against`)

// insideName reports a capitalized word between two capitalized words of
// one name, spaces only between them: "Treaty" in "the North Atlantic
// Treaty Organization" is part of the organization's name, no happening;
// "the Washington Treaty," and "the Peace Conference Tuesday" end theirs.
func insideName(text string, ws []word, i int) bool {
	if i < 1 || i+1 >= len(ws) || !isCapital(text, ws[i]) || !isCapital(text, ws[i-1]) || !isCapital(text, ws[i+1]) || notNames[ws[i+1].lower] {
		return false
	}
	return text[ws[i-1].end:ws[i].start] == " " && text[ws[i].end:ws[i+1].start] == " "
}

// abbreviatedName reports a capitalized word after another capitalized one
// that ends a name given its abbreviation in parentheses right after it:
// "the Trade Union Congress (TUC)", "the Joint Chiefs of Staff (JCS)". What
// is abbreviated so is a body, no happening.
func abbreviatedName(text string, ws []word, i int) bool {
	if i < 1 || !isCapital(text, ws[i]) || !isCapital(text, ws[i-1]) {
		return false
	}
	rest, ok := strings.CutPrefix(text[ws[i].end:], " (")
	if !ok {
		return false
	}
	inner, _, ok := strings.Cut(rest[:min(len(rest), 12)], ")")
	if !ok || len(inner) < 2 {
		return false
	}
	for _, r := range inner {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// beBefore reports a form of "be" at p ("we're" reads as "we are"), or a
// "re" after "we", "they" or "you" that lost its apostrophe: "the fourteen
// dollars we re seeing today", as readers' comments write it.
func beBefore(ws []word, p int) bool {
	return ws[p].is(cBeForm) || ws[p].lower == "re" && p > 0 && (ws[p-1].lower == "we" || ws[p-1].lower == "they" || ws[p-1].lower == "you")
}

// attributive reports a participle that modifies the noun after it, as an
// adjective: after an article or a determiner, perhaps with an adverb in
// -ly between ("a heavily wooded, four-acre area"), and before a word of
// lowercase letters that is no closed word.
func attributive(text string, ws []word, i int) bool {
	w := ws[i].lower
	if !ws[i].is(cIrregularParticiple|cIrregularPast) && !strings.HasSuffix(w, "ed") || i+1 >= len(ws) {
		return false
	}
	if i == 0 {
		// a participle that opens the sentence before its noun: "Elected
		// officials warned", "Armed men stormed"
		n := ws[i+1]
		return text[ws[i].end:n.start] == " " && lowerWord(text, n) && !n.is(cClosed|cPreposition|cDeterminer|cArticle) && !strings.HasSuffix(n.lower, "ly")
	}
	p := i - 1
	if strings.HasSuffix(ws[p].lower, "ly") && p > 0 {
		p--
	}
	if p > 0 && text[ws[p].end:ws[p+1].start] == ", " && ws[p-1].is(cArticle) && lowerWord(text, ws[p]) && !ws[p].is(cClosed) {
		p-- // an adjective before it, set off by a comma: "an old, abandoned working"
	}
	if !ws[p].is(cArticle|cDeterminer) || ws[p].lower == "that" {
		return false
	}
	g := text[ws[i].end:ws[i+1].start]
	return (g == " " || g == ", ") && lowerWord(text, ws[i+1]) && !ws[i+1].is(cClosed|cPreposition)
}

// marketSessions are a market's sessions and their ends, happenings of their
// day.
var marketSessions = lexSet(`trading session close`)

// resultNouns are a company's results, which TimeML and business news
// report as happenings of their period.
var resultNouns = lexSet(`loss losses income earnings profit profits sales revenue revenues`)

// figureWord reports a word of an amount: "23", "4.5", "million".
func figureWord(w string) bool {
	return w != "" && isDigit(w[0]) || w == "million" || w == "billion" || w == "thousand"
}

// balanceNouns are what a company or a bank holds on a day of its books: "As
// of Sept. 30, the bank had assets of $511 million", "had 926 million shares
// outstanding", "had a 21.2% stake last year". Held, they are a state of
// that day.
var balanceNouns = lexSet(`assets deposits shares stake stakes`)

// approximators qualify a figure: "had nearly 73 million shares".
var approximators = lexSet(`nearly about almost roughly approximately some`)

// resultAfter reports a form of "have" whose object is a result or a
// balance: "had a net loss", "had sales of", "had a $23 million loss", "had
// assets of"; "has had weak results" is no such thing.
func resultAfter(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		w := ws[k].lower
		if ws[k].is(cResultNoun | cBalanceNoun) {
			return true
		}
		if w != "a" && w != "an" && w != "net" && w != "operating" && w != "pretax" && !figureWord(w) && !ws[k].is(cApproximator) {
			return false
		}
	}
	return false
}

// nominalisations are the nouns of happening made from verbs of the
// lexicon other than by "-tion" or "-ment": "the sale of its stake" (sell),
// "the closure of the plant" (close).
var nominalisations = lexSet(`sale closure failure seizure approval withdrawal dismissal denial entry delivery
recovery injury offer proposal request`)

// particleNoun reports a noun made of a verb of the lexicon and its
// particle, which names the verb's happening: "a cutback", "the buy-out",
// "a shutdown", "the takeover", "a sell-off".
func particleNoun(w string) bool {
	for _, p := range []string{"back", "out", "down", "over", "off", "up"} {
		base, ok := strings.CutSuffix(w, p)
		if !ok || len(base) < 3 {
			continue
		}
		base = strings.TrimSuffix(base, "-")
		if e, ok := lexicon[base]; ok && e.trig != nil && (!e.trig.light || base == "take") && !e.trig.speech && e.trig.lemma == base {
			return true
		}
	}
	return false
}

// happeningNouns name happenings without the form of a nominalisation:
// "the Oct. 23 slaying", "a request last week", "a live television
// appearance Sunday night", "an international manhunt in November". Each is
// listed in the singular; its plural in -s or -es is one too.
var happeningNouns = lexSet(`slaying murder incident request remark appearance broadcast search manhunt
lecture interview rally march offensive campaign crackdown breakthrough turnaround grab bid offer
blaze quake disaster ambush airstrike air-strike
massacre rampage uprising revolt mutiny standoff siege scandal quiz address sermon briefing hunt slide
squeeze lunch dinner breakfast banquet embargo blockade anniversary crime process stoppage walkout`)

// happeningNoun reports a noun of happeningNouns, in the singular or the
// plural, or a gerund of a verb of the lexicon in the plural, which names
// its happenings: "two killings", "the shootings".
func happeningNoun(w string) bool {
	if happeningNouns[w] || happeningNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "es") && happeningNouns[strings.TrimSuffix(w, "es")] {
		return true
	}
	if g, ok := strings.CutSuffix(w, "ings"); ok && !nonVerbIng[w] {
		if info, ok := triggers[g+"ing"]; ok {
			return !info.light // "the killings", "stern warnings"
		}
		return len(g) >= 3 // "Friday's offerings and pricings"
	}
	return false
}

// eventNoun reports a noun made from a verb ("revision", "settlement") or a
// noun of happening (happeningNoun).
func eventNoun(w string) bool {
	if nonEventNouns[w] {
		return false
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && nonEventNouns[w[h+1:]] {
		return false // a compound is what its last part is: "new-generation"
	}
	if eventNouns[w] || nominalisations[w] || particleNoun(w) || happeningNoun(w) {
		return true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && eventNouns[w[:h]+w[h+1:]] {
		return true // "cease-fire" is "ceasefire"
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && happeningNoun(w[h+1:]) {
		return true // "power-grab": a grab
	}
	for _, suf := range []string{"tion", "sion", "ment", "tions", "sions", "ments"} {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}

// modalAdverbs are adverbs without -ly that stand between a modal and its
// verb: "will almost double", "would soon close".
var modalAdverbs = lexSet(`almost soon still already never even just`)

// lemmaOf guesses the base of a verb form outside the lexicon: "gathered"
// is "gather", "stopped" "stop", "closed" "close", "carried" "carry". A
// guess that misses costs a headline's wording, never a date.
// iteVerbs end in a stressed "-ite" and keep its e: "invited" is invite,
// where "visited" and "edited" are visit and edit.
var iteVerbs = lexSet(`invite unite reunite cite recite ignite excite incite expedite`)

// stressedE end in a stressed syllable that keeps its e after a vowel
// ("created") or before "n" ("convened"), where "treated" and "opened" do
// not; verbs in "-iate" and "-uate" keep it by rule.
var stressedE = lexSet(`create recreate procreate convene intervene contravene`)

// vowelGroups counts the runs of vowels in s, about its syllables:
// "travel" 2, "call" 1.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := strings.IndexByte("aeiouy", s[i]) >= 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

func lemmaOf(w string) string {
	if b := irregularPast[w]; b != "" {
		return b
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return w
	}
	stem := w[:len(w)-2]
	n := len(stem)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case stem[n-1] == stem[n-2] && !strings.ContainsRune("lsfz", rune(stem[n-1])) && !vowel(stem[n-1]):
		return stem[:n-1] // "stopped", "planned"
	case (strings.HasSuffix(stem, "ell") || strings.HasSuffix(stem, "oll")) && vowelGroups(stem[:n-2]) >= 2:
		return stem[:n-1] // a last syllable doubles its l: "expelled", "travelled", "cancelled", "controlled"
	case iteVerbs[stem+"e"]:
		return stem + "e" // "invited", "united": not "visited"
	case strings.HasSuffix(stem, "iat") || strings.HasSuffix(stem, "uat") || stressedE[stem+"e"]:
		return stem + "e" // "negotiated", "evaluated", "created", "convened": not "treated", "opened"
	case strings.HasSuffix(stem, "e"):
		return stem // "agreed"
	case stem[n-1] == 'u':
		return stem + "e" // "issued", "argued", "pursued": no English verb ends in "u"
	case strings.ContainsRune("cvz", rune(stem[n-1])) || strings.HasSuffix(stem, "dg") || strings.HasSuffix(stem, "rg") ||
		strings.HasSuffix(stem, "lg") || strings.HasSuffix(stem, "eng") ||
		n > 3 && stem[n-1] == 'l' && strings.ContainsRune("bcdfgkptz", rune(stem[n-2])) ||
		strings.HasSuffix(stem, "ang") && n > 4 || n > 3 && stem[n-1] == 's' && strings.ContainsRune("nplr", rune(stem[n-2])):
		// "forced", "moved", "seized", "judged", "urged", "indulged",
		// "challenged", "changed", "collapsed", "doubled", "handled"
		return stem + "e"
	case n >= 3 && !vowel(stem[n-1]) && vowel(stem[n-2]) && !vowel(stem[n-3]) && !strings.ContainsRune("wxy", rune(stem[n-1])):
		// one vowel before a final consonant: "closed", "ruled", "created"
		// take an "e"; unstressed "-en", "-er", "-el", "-it", "-on" ("opened",
		// "ordered", "visited", "reckoned") do not; "-com" does ("welcomed",
		// "becoming": become), other "-om" not ("bottomed")
		if stem[n-2] == 'e' && strings.ContainsRune("rnlt", rune(stem[n-1])) || strings.HasSuffix(stem, "it") || strings.HasSuffix(stem, "on") ||
			strings.HasSuffix(stem, "om") && !strings.HasSuffix(stem, "com") || strings.HasSuffix(stem, "us") ||
			strings.HasSuffix(stem, "op") && vowelGroups(stem) >= 2 && stem != "elop" {
			// also an unstressed "-op": "developed", "galloped"
			return stem
		}
		return stem + "e"
	}
	return stem
}

// timeUnits name stretches of time: "the start of the year" is a time, not
// a happening.
var timeUnits = lexSet(`year years month months week weeks day days decade century quarter season spring
summer autumn fall winter term session january february march april may june july august september
october november december morning afternoon evening night`)

// timeOf reports a phrase from word k that names a time: "the year", "this
// month", "2019".
func timeOf(ws []word, k int) bool {
	for ; k < len(ws) && k < k+3; k++ {
		w := ws[k].lower
		if ws[k].is(cArticle) || w == "last" || w == "next" || w == "current" || w == "fiscal" {
			continue
		}
		return ws[k].is(cTimeUnit) || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == ""
	}
	return false
}

// haveForms are the forms of "have" that make the perfect with a participle.
var haveForms = lexSet(`have has had having`)

// notSaying reports a verb of saying at k that tells no saying: a form of
// "add" with a figure or a name as its object (addsObject), or of
// "report" with a company's result as its object ("reported sales of $59.5
// million", "reported a net loss"): the result is the happening, no
// statement follows.
func notSaying(text string, ws []word, k int) bool {
	return addsObject(text, ws, k) || ws[k].info().lemma == "report" && resultAfter(ws, k)
}

// addsObject reports a form of "add" with a figure or a name as its object:
// "the index added 47 points", "has expanded three times, adding Greece and
// Turkey in 1952". It then adds something, a happening; with what is said
// after it ("adding that", "added:") it is a verb of saying.
func addsObject(text string, ws []word, k int) bool {
	if ws[k].info().lemma != "add" || k+1 >= len(ws) {
		return false
	}
	next := ws[k+1]
	switch text[ws[k].end:next.start] {
	case " ":
		return isDigit(text[next.start]) || isCapital(text, next) && !next.is(cClosed)
	case " $", " £", " €":
		return isDigit(text[next.start]) // "added $20 million to its reserves"
	}
	return false
}

// aspectualPresent reports a verb of beginning or ending in the present's
// -s form at i after its subject, a lowercase noun after a determiner (a
// place phrase between them passed over), with a preposition after it:
// "the festival ends in Lisbon on Friday", "the sign-up window in Spain
// closes on Monday"; or in its base form after a plural noun ("the talks
// end in Vienna on Friday"). The beginning or the ending is the happening;
// the noun phrase must open its clause, so an object's plural ("settled the
// loose ends on Friday") is no verb.
func aspectualPresent(text string, ws []word, i int) bool {
	w := ws[i].lower
	lemma, ok := aspectualForms[w]
	if !ok || !strings.HasSuffix(w, "s") && w != lemma || i < 2 || i+1 >= len(ws) || !lowerWord(text, ws[i]) {
		return false
	}
	if text[ws[i].end:ws[i+1].start] != " " || !ws[i+1].is(cPreposition|cTemporalPrep|cLocationPrep) {
		return false
	}
	j := i - 1
	for j > 0 && !lowerWord(text, ws[j]) && text[ws[j].end:ws[j+1].start] == " " {
		j-- // "in Spain": a place's name, back to its preposition
	}
	if j < i-1 {
		if !ws[j].is(cLocationPrep) && ws[j].lower != "in" {
			return false
		}
		j--
	}
	if j < 1 || text[ws[j].end:ws[j+1].start] != " " || !lowerWord(text, ws[j]) || ws[j].is(cClosed|cPreposition|cDeterminer) || ws[j].possessive || strings.HasSuffix(ws[j].lower, "ly") {
		return false
	}
	if s := ws[j].lower; w == lemma && (!strings.HasSuffix(s, "s") || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "us") || s == "news") {
		return false // the base form takes a plural subject: "the talks end in Vienna"
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if ws[k].is(cDeterminer|cArticle) || ws[k].possessive {
			// the subject opens its clause: "settled the loose ends on
			// Friday" has the noun as an object
			return k == 0 || hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k-1].is(cClauseOpener|cClauseWord) || ws[k-1].lower == "and" || ws[k-1].lower == "but"
		}
		if !lowerWord(text, ws[k]) || text[ws[k].end:ws[k+1].start] != " " {
			return false
		}
	}
	return false
}
