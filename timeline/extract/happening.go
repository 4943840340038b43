package extract

import (
	"slices"
	"strings"
)

// happening is what a report says happened, as merging compares it: the
// kind of happening and the words of its direct object.
type happening struct {
	kind   string   // "meet", "arrive", "trip"; "" without trigger
	object []string // content words of the direct object, sorted: "agreement", "trade"
}

// happeningOf describes what a draft reports. The kind is its trigger's
// lemma kind, except that an aspectual verb hands over to the happening it
// begins ("started his first trip" is the trip) and a meeting at an airport
// is an arrival ("was met at the airport tarmac").
func happeningOf(d *draft) happening {
	if d.trig < 0 {
		return happening{}
	}
	ws, text := d.words, d.doc.Text
	h := happening{kind: lemmaKind(d.info.lemma)}
	if d.kind != "" {
		h.kind = lemmaKind(d.kind) // the noun the trigger moved from (tenseVerb)
	}
	if _, ok := aspectualForms[ws[d.trig].lower]; ok && !d.info.noun {
		for k := d.trig + 1; k < len(ws) && k <= d.trig+5; k++ {
			if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].is(cComplementStop) || ws[k].is(cLocationPrep) {
				break
			}
			if info, ok := ws[k].trigger(); ok && (isNoun(ws, k) || ws[k].is(cEventNoun)) && !info.speech && info.lemma != "" {
				h.kind = lemmaKind(info.lemma)
				break
			}
		}
	}
	if h.kind == "meet" && !d.info.noun {
		for k := d.trig + 1; k < len(ws) && k <= d.trig+8; k++ {
			if clauseBreaks(text, ws, d.trig, k) > 0 || ws[k].is(cComplementStop) {
				break
			}
			if arrivalSites[ws[k].lower] {
				h.kind = "arrive"
				break
			}
		}
	}
	if !d.info.noun && !d.info.speech && !passiveAt(text, d) {
		h.object = objectWords(text, d)
	}
	return h
}

// objectWords are the lowercase content words of the noun phrase right after
// a verb ("signed a trade agreement": trade, agreement), before any
// preposition, clause word or punctuation; names are left to the actors and
// places, the date to the date.
func objectWords(text string, d *draft) []string {
	ws := d.words
	var words []string
	from := d.trig + 1
	i := d.trig
	for i+1 < len(ws) && i < d.trig+4 && inSpan(ws[i+1], d.date.Span) {
		i++ // "agreed Thursday to resume"
	}
	if i+2 < len(ws) && ws[i+1].lower == "to" && !hasPunct(text[ws[d.trig].end:ws[i+2].start]) {
		// "agreed to restart a security dialogue": the infinitive and its
		// object say what was agreed
		if _, ok := triggers[ws[i+2].lower]; ok && !isNoun(ws, i+2) && !ws[i+2].is(cDeterminer) {
			words = append(words, ws[i+2].lower)
			from = i + 3
		}
	}
	for k := from; k < len(ws) && k <= from+4; k++ {
		w := ws[k]
		if hasPunct(text[ws[k-1].end:w.start]) || w.is(cComplementStop|cLocationPrep) ||
			w.lower == "on" || w.lower == "of" || inSpan(w, d.date.Span) || w.is(cBeForm|cAuxiliary) {
			break
		}
		if text[w.start] < 'a' || text[w.start] > 'z' {
			continue // a name
		}
		words = append(words, w.lower)
	}
	if len(words) == 0 {
		return nil
	}
	m := contentWords(strings.Join(words, " "))
	if len(m) == 0 {
		return nil
	}
	return m
}

// passiveAt reports a trigger in the passive voice: a participle after a form
// of "be" ("was met", "will be heard").
func passiveAt(text string, d *draft) bool {
	ws, i := d.words, d.trig
	if i < 0 || !participle(ws, i) {
		return false
	}
	return i > 0 && ws[i-1].is(cBeForm) || i > 1 && ws[i-2].is(cBeForm) ||
		!d.info.speech && i > 0 && strings.ContainsAny(text[ws[i-1].end:ws[i].start], "”\"")
}

// How two reports' kinds of happening compare.
const (
	matchNone    = iota
	matchJourney // two moves of one journey: "arrived" and "started a trip"
	matchSame    // the same kind: "landed" and "arrived"
)

// kindMatch compares what two reports say happened. A report without a
// trigger matches another only when their headlines say mostly the same.
func kindMatch(a, b *member) int {
	ka, kb := a.r.Kind, b.r.Kind
	switch {
	case ka == "" || kb == "":
		if overlap(a.words(), b.words()) >= 0.5 {
			return matchJourney
		}
		return matchNone
	case ka == kb:
		return matchSame
	case movementKinds[ka] && movementKinds[kb]:
		return matchJourney
	}
	return matchNone
}

// setApart reports two reports of one kind that name different happenings:
// different objects ("signed a trade agreement", "signed a defence pact"), or,
// but for the moves of a journey, parties of their own on both sides ("Xi met
// Tokayev", "Xi met Putin").
func setApart(a, b *Report) bool {
	if len(a.Object) > 0 && len(b.Object) > 0 {
		common := false
		for _, w := range a.Object {
			if _, ok := slices.BinarySearch(b.Object, w); ok {
				common = true
				break
			}
		}
		if !common {
			return true
		}
	}
	// The parties first: they are few, and most pairs have none of their own.
	return hasOwn(a.Parties, b.Parties) && hasOwn(b.Parties, a.Parties) && !(movementKinds[a.Kind] && movementKinds[b.Kind])
}

// parties are the canonical names of the people and organizations a report
// names as taking part, with the person a pronoun subject stands for.
func (d *draft) parties() []string {
	var out []string
	for _, m := range d.actors {
		if m.Actor.Kind == ActorPerson || m.Actor.Kind == ActorOrganization {
			out = append(out, m.Actor.Name)
		}
	}
	if d.antecedent != nil && !hasActor(d.actors, d.antecedent.Actor.Name) {
		out = append(out, d.antecedent.Actor.Name)
	}
	return out
}

// hasOwn reports a name of a that b lacks.
func hasOwn(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// anaphorNouns name a happening told before without naming it again: "the
// measure", "the move".
var anaphorNouns = lexSet(`measure move decision step declaration announcement`)

// lightHappenings are verbs whose subject is the happening itself: "The
// fault occurred at about 6.15am".
var lightHappenings = lexSet(`occurred occurs happened happens`)

// retold reports a draft that tells again a happening of an earlier draft of
// its article (prev, in text order), by an anaphor: "President Ochieng
// announced the measure" after "the government declared the drought a
// national disaster"; "The fault occurred at about 6.15am" after "services
// were disrupted after a signalling fault". The earlier draft must be one of
// the last few, and of the same day when both are dated by their own words.
func retold(d *draft, prev []*draft) bool {
	ws, i := d.words, d.trig
	if i < 0 || d.info.noun {
		return false
	}
	noun := "" // a happening the earlier sentence names, or "" for any
	switch {
	case i+2 < len(ws) && determinerThe(ws[i+1].lower) && anaphorNouns[ws[i+2].lower] &&
		!strings.ContainsAny(d.doc.Text[ws[i].end:ws[i+2].start], ",;:"):
	case lightHappenings[ws[i].lower] && i >= 2 && determinerThe(ws[i-2].lower) && !isCapital(d.doc.Text, ws[i-1]):
		noun = ws[i-1].lower
	default:
		return false
	}
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-6; j-- {
		p := prev[j]
		if p.doc != d.doc || p.date.IsZero() || p.sent == d.sent {
			continue
		}
		if noun != "" && !slices.ContainsFunc(p.words, func(w word) bool { return w.lower == noun }) {
			continue
		}
		return !d.ownDate || !p.ownDate || p.date.Start == d.date.Start
	}
	return false
}

func determinerThe(w string) bool { return w == "the" || w == "this" || w == "that" }

func isCapital(text string, w word) bool { return text[w.start] >= 'A' && text[w.start] <= 'Z' }
