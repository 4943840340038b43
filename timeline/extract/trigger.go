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
deploy ban approve reject unveil introduce land hear:heard:heard open adjourn
`

// Verbs of saying: they date the statement.
const speechVerbs = `say:said:said tell:told:told state claim warn urge reply ask add:added:added
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
trial:trial verdict:verdict ruling:rule hearing:hearing evacuation:evacuate
`

// aspectualVerbs say that a happening named as their subject begins or ends:
// in "the trial of X opened on Monday" the event is the trial.
var aspectualVerbs = lexSet(`begin start open close end resume`)

// lemmaKinds groups lemmas that outlets use for one kind of happening, so
// that "landed" and "arrived", "began" and "opened" compare as the same.
var lemmaKinds = map[string]string{
	"land": "arrive", "begin": "start", "open": "start", "fly": "travel", "depart": "leave",
	"talk": "meet", "negotiate": "meet",
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
	if strings.HasSuffix(base, "ie") {
		forms = append(forms, base[:len(base)-2]+"ying")
	}
	if len(irregular) == 2 {
		forms = append(forms[:2], append(irregular, forms[len(forms)-1])...)
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
