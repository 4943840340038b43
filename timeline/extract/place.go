package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/geo"
)

var locationPreps = lexSet(`in at to into near inside outside toward towards from across via within`)

// placeVerbs take their place as a direct object: "visit Astana".
var placeVerbs = lexSet(`visit visits visited visiting tour tours toured touring leave leaves left leaving
reach reaches reached reaching enter enters entered entering invade invades invaded invading
strike strikes struck striking hit hits hitting lash lashes lashed lashing batter batters battered battering
rock rocks rocked rocking ravage ravages ravaged ravaging`)

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
	// The organizations a place may stand inside are the sentence's own.
	sentActors := within(a.actors, func(m *ActorMention) int { return m.Span.Start }, s)
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, s) {
		if m.Start < s.Start || m.End > s.End || m.Via == geo.ViaDemonym {
			continue
		}
		if strings.HasPrefix(text[m.End:s.End], "’s") || strings.HasPrefix(text[m.End:s.End], "'s") {
			continue
		}
		if insideOrganization(sentActors, m) {
			continue
		}
		wi := wordIndexAt(ws, m.Start)
		if wi >= len(ws) || ws[wi].quoted {
			continue
		}
		if modifierAcronym(text, ws, m) || directionModifier(text, ws, m, wi) {
			continue // "the U.S. embassies", "Western states": a modifier, not a place
		}
		h := placePhraseStart(text, ws, wi)
		prep := -1
		for k := h - 1; k >= 0 && k >= h-2; k-- {
			if ws[k].is(cLocationPrep) || h < wi && ws[k].lower == "off" || ws[k].lower == "for" && k > 0 && departVerbs[ws[k-1].lower] {
				prep = k // "in Nur-Sultan", "off the coast of Guatemala", "left for Moscow"
				break
			}
		}
		verb := false
		if v := a.placeVerbBefore(ws, wi); v > prep && isTrigOf(drafts, v) {
			prep, verb = v, true // "visit Astana", "visit the United States", "planned to leave Nairobi": the verb's own place
		}
		if prep < 0 {
			continue
		}
		if prep > 0 && !verb {
			// but "admitted the offence at a hearing in Leeds": the admitting's
			occasion := occasionVerb(text, ws, prep-1)
			if info, ok := ws[prep-1].trigger(); ok && isNoun(ws, prep-1) && !info.travel && !isTrigOf(drafts, prep-1) &&
				(occasion < 0 || !isTrigOf(drafts, occasion)) {
				continue // "a summit in Uzbekistan": the summit's place
			}
		}
		if !verb && prep > 0 && referencePoint(ws, prep-1) && !ws[prep-1].is(cTimeUnit) && !strings.ContainsAny(ws[prep-1].lower, "0123456789") &&
			!clauseVerb(text, ws, prep-1) && !titleWords[ws[prep-1].lower] && !ws[prep-1].is(cBeForm|cAuxiliary|cClosed) {
			// (but "since he arrived in Miami": a clause; "appear before a judge in Manhattan": a place)
			continue // "will test its team before the Commonwealth Games in Glasgow": the Games' place
		}
		if ws[prep].lower == "from" && a.originOfThing(drafts, ws, prep) {
			continue // "a navy ship from New Zealand will arrive", "lift its ban on imports from Uganda": where a thing comes from
		}
		var target *draft
		far := -1 // a nominal event before the place, too far from it
		for _, d := range drafts {
			if d.trig >= 0 && d.trig <= prep && (target == nil || d.trig > target.trig) {
				if d.info.noun && prep-d.trig > 4 && !d.info.travel {
					far = d.trig
					continue // a nominal event keeps only places close to it
				}
				target = d
			}
		}
		if target == nil && far >= 0 && reportedClause(text, ws, far, prep) {
			continue // "Before his address on Monday, he assured them that their trip to Mombasa ...": not the address's
		}
		if target == nil {
			for _, d := range drafts {
				if d.trig > prep && (target == nil || d.trig < target.trig) {
					target = d
				}
			}
			if far < 0 && placeVerbOf(text, ws, prep) && (target == nil || !sceneGoesOn(ws, prep, target.trig)) {
				continue // "The ship, registered in Panama, sank": the place of a verb that tells no event here
			}
		}
		if target == nil {
			target = drafts[0]
		}
		if target.trig < prep && clauseStartBetween(text, ws, target.trig, prep) {
			// (but "the car bomb attack at the embassy in Nairobi killed 253": the attack's)
			if v := a.verbOfSubject(ws, prep, m); v >= 0 {
				// "lost money, as its sales in Europe fell": the place
				// is in the subject of a later verb, and is its event's
				if target = draftOf(drafts, v); target == nil {
					continue
				}
			}
		}
		if target.info.speech && target.trig < prep && (reportedClause(text, ws, target.trig, prep) || verbBetween(text, ws, target.trig, prep)) {
			continue // "told the court that the money was hidden in Geneva", "said it would send aid to Ukraine": what was said
		}
		if target.trig > prep && reportedClause(text, ws, prep, target.trig) {
			continue // "told reporters in Paris that the aircraft would be handed over": the telling's place
		}
		if target.trig < prep && gerundBetween(ws, target.trig, prep) {
			continue // "will meet business leaders before returning to Seoul": the return's place
		}
		if target.trig < prep && participleAfterComma(text, ws, target.trig, prep) {
			continue // "suspended the by-election, citing a rise in cases in Kwale County": the citing's place
		}
		if target.trig < prep && otherClauseBetween(text, ws, target.trig, prep, target.date.Span) {
			continue // "had been charged, after police in Lyon found the money": the clause's own happening
		}
		target.places = append(target.places, placeOf(m))
	}
	for _, d := range drafts {
		d.places = mostPrecise(d.places)
		if len(d.places) == 0 {
			d.places = a.demonymPlace(d, ws)
		}
		if len(d.places) == 0 {
			d.places = a.countryPlace(d, ws)
		}
		if len(d.places) == 0 {
			d.places = a.cityPlace(d, ws)
		}
		if len(d.places) == 0 {
			d.places = a.placeAnaphor(d, ws)
		}
	}
}

// placeAnaphors are the nouns that stand for a place named before, by the
// precision of the places they may stand for.
var placeAnaphors = map[string]string{
	"country": "country", "nation": "country",
	"region": "region", "province": "region", "state": "region", "district": "region", "county": "region",
	"city": "city", "town": "city", "capital": "city", "village": "city",
}

// anaphorReach is how many place mentions back a place anaphor looks.
const anaphorReach = 12

// placeAnaphor is the fallback place of an event whose subject is a place
// named before ("The region was hit by a quake in 2024", "said that the
// country will begin production"): "the" and a noun of placeAnaphors right
// before the trigger (or its auxiliaries and adverbs), standing for the
// last place of that kind named before it, within anaphorReach mentions.
func (a *docAnalysis) placeAnaphor(d *draft, ws []word) []timeline.Place {
	if d.trig < 2 || d.trig >= len(ws) || d.info.noun {
		return nil
	}
	text := a.doc.Text
	k := d.trig - 1
	for n := 0; k > 1 && n < 3 && (ws[k].is(cAuxiliary) || ws[k].is(cBeForm) || verbAdverbs[ws[k].lower] || relativeAdverbs[ws[k].lower]); n++ {
		k--
	}
	kind, ok := placeAnaphors[ws[k].lower]
	if !ok || ws[k-1].lower != "the" || ws[k].possessive || hasPunctBetween(text, ws, k-1, d.trig) || ws[k-1].quoted {
		return nil
	}
	if k-2 >= 0 && (ws[k-2].is(cPreposition) || ws[k-2].is(cLocationPrep)) {
		return nil // "the leaders of the region agreed": no place's act
	}
	at := ws[k-1].start
	i := sort.Search(len(a.places), func(i int) bool { return a.places[i].Start >= at })
	for j := i - 1; j >= 0 && j >= i-anaphorReach; j-- {
		m := a.places[j]
		if m.Place.Precision == kind && (m.Via != geo.ViaDemonym || kind == "country") {
			return []timeline.Place{placeOf(m)}
		}
	}
	return nil
}

// stay is where a person arrived: the place and day of an arrival, a
// visit or a journey to it.
type stay struct {
	place timeline.Place
	start string // the first day of the arrival's date
	para  int    // the paragraph that tells it
}

// stayDays and stayParagraphs bound how long, and how far on in the text,
// a traveller is taken to stay where they arrived.
const (
	stayDays       = 14
	stayParagraphs = 3
)

// arrivalKinds are the kinds of happening that take a person to their
// place: "arrived in Tokyo", "visited Moscow", "left for Moscow".
var arrivalKinds = lexSet(`arrive visit travel trip tour`)

// stayPlaces gives the events of a sentence (ds, in paragraph para) the
// place where their person arrived, as an earlier sentence or clause tells
// it: "Park arrived in Tokyo on Thursday. He will meet business leaders on
// Friday" (in Tokyo), "arrived in Seoul on Monday and will leave on
// Wednesday" (Seoul). The event must have no place of its own, be dated
// within stayDays from the arrival's day and told within stayParagraphs of
// it, and be no journey elsewhere (a departure leaves from the stay). The
// arrivals of ds are recorded in stays, by the traveller (traveller).
func (a *docAnalysis) stayPlaces(ds []*draft, stays map[string]stay, para int) {
	for _, d := range ds {
		if len(d.places) == 0 || d.date.IsZero() || d.date.Start == "" || !d.arrival() {
			continue
		}
		if key := d.traveller(); key != "" {
			stays[key] = stay{place: d.places[0], start: d.date.Start, para: para}
		}
	}
	for _, d := range ds {
		if len(d.places) > 0 || d.date.IsZero() || d.date.Start == "" || d.trig < 0 {
			continue
		}
		if k := lemmaKind(d.info.lemma); movementKinds[k] && k != "leave" {
			continue // "He will fly to Berlin": a journey of its own
		}
		st, ok := stays[d.traveller()]
		if !ok || para-st.para > stayParagraphs || d.date.Start < st.start {
			continue
		}
		if day, err := time.Parse("2006-01-02", st.start); err != nil || d.date.Start > day.AddDate(0, 0, stayDays).Format("2006-01-02") {
			continue
		}
		d.places, d.placeOfStay = []timeline.Place{st.place}, true
	}
}

// arrival reports a draft that takes its person to its place: an arrival,
// a visit, a journey, or a departure for its place ("left for Moscow").
func (d *draft) arrival() bool {
	if arrivalKinds[lemmaKind(d.info.lemma)] {
		return true
	}
	if lemmaKind(d.info.lemma) != "leave" || len(d.places) == 0 {
		return false
	}
	k := wordIndexAt(d.words, d.places[0].Span.Start)
	return k > 0 && k < len(d.words) && d.words[k-1].lower == "for"
}

// traveller is the key of the person a draft is about: the antecedent of
// its pronoun subject, else the last person named before its trigger (or
// a lone name yet to resolve: "Sousa"), not in a possessive; the person's
// full name in lower case (a family shares a surname), "" for none.
func (d *draft) traveller() string {
	m := d.antecedent
	if m == nil && d.trig >= 0 && d.trig < len(d.words) {
		for i := range d.actors {
			if a := &d.actors[i]; (a.Actor.Kind == ActorPerson || a.Actor.Kind == "") && a.Span.End <= d.words[d.trig].start {
				m = a
			}
		}
		if m != nil {
			if k := wordIndexAt(d.words, m.Span.End-1); k < len(d.words) && d.words[k].possessive {
				return "" // "Elian's relatives filed affidavits": not Elian's act
			}
		}
	}
	if m == nil {
		return ""
	}
	return strings.ToLower(m.Actor.Name)
}

// cityPlace is the fallback place of an event a city does: the city, when
// it is the trigger's subject with at most an auxiliary and adverbs
// between ("Osaka last hosted a World Expo in 1970", "Seoul announced a
// plan"), and the text names it as a place elsewhere (locatedPlace). A
// city that acts (its government, its people) acts at home, and unlike a
// country's it is a place precise enough to tell.
func (a *docAnalysis) cityPlace(d *draft, ws []word) []timeline.Place {
	if d.trig < 1 || d.trig >= len(ws) || d.info.noun {
		return nil
	}
	text := a.doc.Text
	k := d.trig - 1
	for n := 0; k > 0 && n < 3 && (ws[k].is(cAuxiliary) || verbAdverbs[ws[k].lower] || relativeAdverbs[ws[k].lower] ||
		strings.HasSuffix(ws[k].lower, "ly") && text[ws[k].start] >= 'a' && text[ws[k].start] <= 'z'); n++ {
		k--
	}
	if hasPunctBetween(text, ws, k, d.trig) {
		return nil
	}
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, d.sent) {
		if m.End != ws[k].end || m.Place.Precision != "city" || m.Via == geo.ViaDemonym {
			continue
		}
		wi := wordIndexAt(ws, m.Start)
		if ws[wi].quoted || wi > 0 && !passingClause[ws[wi-1].lower] && !jointWords[ws[wi-1].lower] && !hasPunct(text[ws[wi-1].end:ws[wi].start]) {
			return nil // "in Seoul officials announced", "the river Sena burst": no city's act
		}
		if a.actorAt(m.Start) || !a.locatedPlace(m.Place.ID) {
			return nil // "Pomona reported a profit": a company; "Brent traded near 78 dollars": no place the text goes to
		}
		return []timeline.Place{placeOf(m)}
	}
	return nil
}

// locatedPlace reports a place that the document names as a place
// somewhere: after a location preposition or a verb of place ("opened in
// Osaka", "returning to Seoul", "visit Lyon"), or as its dateline's city.
// A name read as a place only where it could be something else ("Brent
// traded near 78 dollars", "Pomona reported a profit") is not.
func (a *docAnalysis) locatedPlace(id int64) bool {
	if a.located == nil {
		a.located = map[int64]bool{}
		if a.hasDateline && a.dateline.place != nil {
			a.located[a.dateline.place.Place.ID] = true
		}
		text := a.doc.Text
		for _, m := range a.places {
			if m.Via == geo.ViaDemonym {
				continue
			}
			before := strings.Fields(text[max(0, m.Start-24):m.Start])
			if n := len(before); n > 1 && strings.EqualFold(before[n-1], "the") {
				before = before[:n-1]
			}
			if len(before) == 0 {
				continue
			}
			w := strings.ToLower(before[len(before)-1])
			if locationPreps[w] || placeVerbs[w] {
				a.located[m.Place.ID] = true
			}
		}
	}
	return a.located[id]
}

// countryPlace is the fallback place of an event a country does, when its
// clause names no place: that country ("Belarus said it would close its
// border", "Kenya's government declared a drought"). A government speaks
// and acts from its own country, and the country claims no more precision
// than the text gives; the dateline's city is where the reporter is, not
// where a government's statement was made. A country that is the subject
// of a subordinate clause ("said that Greece had submitted proposals",
// "after North Korea test-fired a missile") is told in passing, and its act
// may well have been done abroad: it gets none. An act with a place after its
// trigger ("Russia attacked Kyiv") or a location the gazetteer does not
// know ("met in Panmunjom") gets none: its place is there, not at home.
func (a *docAnalysis) countryPlace(d *draft, ws []word) []timeline.Place {
	c := a.subjectCountry(d, ws)
	if c == nil || a.namesUnknownPlace(d, ws) {
		return nil
	}
	if inPassing(ws, c) {
		return nil // "days after North Korea test-fired a missile", "said that Greece had submitted proposals"
	}
	if !d.info.speech {
		for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, d.sent) {
			wi := wordIndexAt(ws, m.Start)
			if wi > d.trig && wi < len(ws) && m.Via != geo.ViaDemonym && clauseBreaks(a.doc.Text, ws, d.trig, wi) == 0 &&
				(wi < 2 || ws[wi-1].lower != "from" || !plainNoun(a.doc.Text, ws, wi-2)) {
				return nil // "Russia attacked Kyiv": the act's object is a place
			}
		}
	}
	return []timeline.Place{placeOf(*c)}
}

// passingClause words open a clause that tells a happening in passing: what was
// said, the background of the news.
var passingClause = lexSet(`that after before when since until because as while if although though once`)

// inPassing reports a place mention m that is the subject of a clause
// opened by a word of passingClause.
func inPassing(ws []word, m *geo.Mention) bool {
	wi := wordIndexAt(ws, m.Start)
	return wi > 0 && wi < len(ws) && passingClause[ws[wi-1].lower]
}

// subjectCountry is the country that is the subject of d's trigger, in its
// clause: a country actor ("Belarus said", "U.S. officials said"), or a
// country's collective agent ("Kenya's government declared"); nil when the
// subject is a person or an organization, or a country's person ("India's
// envoy arrived").
func (a *docAnalysis) subjectCountry(d *draft, ws []word) *geo.Mention {
	if d.trig < 0 || d.trig >= len(ws) {
		return nil
	}
	text := a.doc.Text
	t := ws[d.trig]
	var subj *ActorMention
	for i := range d.actors {
		m := &d.actors[i]
		if m.Span.End <= t.start && !d.speechBetween(m.Span.End) && (subj == nil || m.Actor.Kind != ActorCountry || subj.Actor.Kind == ActorCountry) {
			subj = m
		}
	}
	if subj != nil && subj.Actor.Kind != ActorCountry {
		return nil
	}
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, d.sent) {
		if m.Place.Precision != "country" || m.Via == geo.ViaDemonym || m.End > t.start {
			continue
		}
		wi := wordIndexAt(ws, m.Start)
		last := wordIndexAt(ws, m.End-1)
		if wi >= d.trig || last+1 >= len(ws) || ws[wi].quoted || clauseBreaks(text, ws, wi, d.trig) > 0 {
			continue
		}
		if participleOfNoun(text, ws, last+1, d.trig) {
			continue // "Ethiopia will sell power under a deal signed in 2022": the deal's signing, not Ethiopia's
		}
		next := last + 1
		if ws[last].possessive || strings.HasPrefix(text[m.End:], "’s") || strings.HasPrefix(text[m.End:], "'s") {
			// "Kenya's government", "China's foreign ministry": its agent
			if next < d.trig && !homeNouns[ws[next].lower] && next+1 < d.trig {
				next++
			}
			if next < d.trig && homeNouns[ws[next].lower] {
				return &m
			}
			continue
		}
		if subj == nil || subj.Span.Start != m.Start {
			continue
		}
		if wi > 0 && (ws[wi-1].is(cPreposition) || jointWords[ws[wi-1].lower]) || jointWords[ws[next].lower] {
			return nil // "the leaders of Japan", "Japan and South Korea agreed": no one country's act
		}
		if modifierAcronym(text, ws, m) && !homeNouns[ws[next].lower] {
			return nil // "U.S. envoy said": a person, not the country
		}
		return &m // "Belarus said", "U.S. officials said", "Russia on Monday said"
	}
	return nil
}

// jointWords join a country to another party: "Japan and South Korea".
var jointWords = lexSet(`and or with`)

// elsewhere reports an event that took place away from the dateline's city
// as far as its sentence tells: at a location the gazetteer does not know
// or a kind of place ("over warm water", "from coastal towns"), at a place
// far from the city named after its trigger ("ended on November 28, when
// two far states voted"), done by another country or by a country told of
// in passing ("said that Greece had submitted proposals": no act of the
// reporter's city), or by an organization
// named for a place of another country ("the European Central Bank raised
// its ceiling": not in Athens), or a sending (sendingVerbs).
func (a *docAnalysis) elsewhere(d *draft) bool {
	if a.namesUnknownPlace(d, d.words) || a.farPlaceAfter(d, d.words) || a.foreignOrganization(d, d.words) {
		return true
	}
	if sendingVerbs[d.info.lemma] && !isNoun(d.words, d.trig) {
		return true // "has deployed 1.2 lakh security personnel": where they are sent
	}
	c := a.subjectCountry(d, d.words)
	return c != nil && (c.Place.Country != a.dateline.place.Place.Country || inPassing(d.words, c))
}

// sendingVerbs tell a happening where what they send goes, not where the
// sender is: "The Commission has deployed 120,000 security personnel for
// the counting".
var sendingVerbs = lexSet(`deploy send dispatch evacuate deport extradite`)

// datelineKm is how far from the dateline's city a place may lie and still
// be the city's surroundings ("flooding areas in Tambaram" from Chennai).
const datelineKm = 50

// farFromDateline reports a place that is neither the dateline's city, nor
// near it, nor a region or country that holds it.
func (a *docAnalysis) farFromDateline(p geo.Place) bool {
	c := a.dateline.place.Place
	if p.ID == c.ID || p.Country != "" && p.Country == c.Country && (p.Precision == "country" || p.Precision == "region" && p.Name == c.Admin1) {
		return false
	}
	return p.Precision == "continent" || p.Country != c.Country || geo.DistanceKm(p, c) > datelineKm
}

// farPlaceAfter reports a place the gazetteer knows, far from the
// dateline's city, that the trigger's sentence names after the trigger
// after a location preposition or in a clause of place or time ("ended on
// November 28, when Telangana went to vote"): the happening's place is
// there, even where it is no place of the event's own; places after another
// word of happening are that one's. A verb of saying
// keeps the dateline: a statement is made where the reporter is, whatever
// it is about.
func (a *docAnalysis) farPlaceAfter(d *draft, ws []word) bool {
	if d.trig < 0 || d.info.speech {
		return false
	}
	text := a.doc.Text
	clause := false // a clause of place or time opened after the trigger
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, d.sent) {
		wi := wordIndexAt(ws, m.Start)
		if m.End > d.sent.End || wi <= d.trig || wi >= len(ws) || m.Via == geo.ViaDemonym || ws[wi].quoted || wi > d.trig+maxReach {
			continue
		}
		if strings.HasPrefix(text[m.End:d.sent.End], "’s") || strings.HasPrefix(text[m.End:d.sent.End], "'s") ||
			modifierAcronym(text, ws, m) || directionModifier(text, ws, m, wi) {
			continue
		}
		for k := d.trig + 1; k < wi && !clause; k++ {
			if _, ok := ws[k].trigger(); ok {
				return false // "address, Castro assured them that their trip to Washington": another happening's
			}
			clause = (ws[k].lower == "when" || ws[k].lower == "where") && hasPunct(text[ws[k-1].end:ws[k].start])
		}
		h := placePhraseStart(text, ws, wi)
		if h > 0 && ws[h-1].lower == "the" {
			h--
		}
		if (clause || h > 0 && ws[h-1].is(cLocationPrep)) && a.farFromDateline(m.Place) {
			return true
		}
	}
	return false
}

// foreignOrganization reports an organization that is the subject of the
// trigger and is named for a place away from the dateline's country: "the
// European Central Bank raised the ceiling" (but "the Bank of Canada"
// speaks from an Ottawa dateline's country). The subject is the name of
// capitalized words with an organization's head ("Bank", "Commission")
// that ends right before the trigger (or its auxiliary).
func (a *docAnalysis) foreignOrganization(d *draft, ws []word) bool {
	if d.trig < 1 || d.trig >= len(ws) {
		return false
	}
	text := a.doc.Text
	k := d.trig - 1
	for n := 0; k > 0 && n < 2 && ws[k].is(cAuxiliary); n++ {
		k--
	}
	if !isCapitalized(text[ws[k].start:]) {
		return false
	}
	end, head := ws[k].end, orgHeads[ws[k].lower]
	for n := 0; k > 0 && n < 6 && !hasPunct(text[ws[k-1].end:ws[k].start]) &&
		(isCapitalized(text[ws[k-1].start:]) || ws[k-1].lower == "of" || ws[k-1].lower == "for"); n++ {
		k--
		head = head || orgHeads[ws[k].lower] && isCapitalized(text[ws[k].start:])
	}
	if !head {
		return false
	}
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, timeline.Span{Start: ws[k].start, End: end}) {
		if m.End <= end && m.Place.Country != a.dateline.place.Place.Country {
			return true
		}
	}
	// A continent's or world region's adjective in the name ("European",
	// "African") is no place of the text, but the body is no city's.
	for ; a.gaz != nil && k < len(ws) && ws[k].end <= end; k++ {
		if ps := a.gaz.Lookup(text[ws[k].start:ws[k].end]); len(ps) > 0 && ps[0].Country == "" && isCapitalized(text[ws[k].start:]) {
			return true
		}
	}
	return false
}

// namesUnknownPlace reports a location the trigger's clause names that the
// gazetteer does not know: a location preposition after the trigger and a
// capitalized name that is no date word, title, institution or actor ("met
// President Moon in Panmunjom", "in the Blue Mountains"). The event took
// place there, so no default place is given.
func (a *docAnalysis) namesUnknownPlace(d *draft, ws []word) bool {
	if d.trig < 0 {
		return false
	}
	text := a.doc.Text
	for k := d.trig + 1; k+1 < len(ws) && k <= d.trig+12; k++ {
		if clauseBreaks(text, ws, d.trig, k) > 0 || d.info.speech && reportedClause(text, ws, d.trig, k) || relativePronouns[ws[k].lower] {
			return false // "contained a wildfire that forced people from their homes in the Smoky Mountains": the clause's place
		}
		if !ws[k].is(cLocationPrep) && !vicinityPreps[ws[k].lower] && ws[k].lower != "over" {
			continue
		}
		if kindOfPlace(text, ws, k+1, vicinityPreps[ws[k].lower]) {
			return true // "strengthened over warm water", "evacuated people from coastal towns", "started near a hiking trail"
		}
		if !ws[k].is(cLocationPrep) && ws[k].lower != "off" {
			continue
		}
		n := k + 1
		if ws[n].lower == "the" && n+1 < len(ws) {
			n++
		}
		n = namedAfterKind(text, ws, n) // "near the village of Kok-Tash", "off the Estonian island of Saaremaa"
		if !isCapitalized(text[ws[n].start:]) || ws[n].quoted || notNames[ws[n].lower] || titleWords[ws[n].lower] || orgHeads[ws[n].lower] ||
			facilities[ws[n].lower] || hasPunct(text[ws[k].end:ws[n].start]) {
			continue
		}
		if a.placeAt(ws[n].start) || a.actorAt(ws[n].start) || inSpan(ws[n], d.date.Span) {
			continue
		}
		return true
	}
	return false
}

// namedAfterKind is the word that names a place after a noun of its kind
// and "of", at most two modifiers after word n ("the village of Kok-Tash",
// "the Estonian island of Saaremaa"); n itself when there is none.
func namedAfterKind(text string, ws []word, n int) int {
	for j := n; j < len(ws)-2 && j <= n+2; j++ {
		if j > n && hasPunct(text[ws[j-1].end:ws[j].start]) {
			return n
		}
		if placeNouns[ws[j].lower] && ws[j+1].lower == "of" && !hasPunct(text[ws[j].end:ws[j+2].start]) {
			return j + 2
		}
	}
	return n
}

// placeKinds are nouns of a kind of place that a happening's phrase of
// place may name instead of a place: "over warm water", "in coastal
// towns", "across three states". A city and its surroundings are not among
// them ("in the city" is the dateline's).
var placeKinds = lexSet(`water waters sea seas ocean oceans coast coasts coastline towns villages cities provinces
regions states districts counties islands mountains hills countryside border borders frontier`)

var ownWords = lexSet(`its their our his her my your own`)

// venueNouns are sites within a city: "near the home of", "across the
// street".
var venueNouns = lexSet(`home house building office street square road bridge park school church mosque
temple market headquarters residence ministry`)

// cityWords name the city a dateline gives.
var cityWords = lexSet(`city capital town downtown`)

// vicinityPreps place a happening by what it is near or spreads across:
// "near a hiking trail", "across 1,200 acres", "off the coast". ("Over"
// does so only before a kind of place, "over warm water": "over the
// weekend", "over the phone" place nothing.)
var vicinityPreps = lexSet(`near across along off`)

// spanNouns measure time or amounts, not places: "across the week",
// "near 5 percent".
var spanNouns = lexSet(`day days week weeks weekend month months year years night nights hour hours period time
percent cent points level levels record`)

// kindOfPlace reports a phrase at word i that names a kind of place
// (placeKinds): the noun after at most a determiner, a number and two
// lower-case modifiers ("warm water", "several coastal towns"), not one's
// own ("in its northern counties"). After a preposition of vicinity any
// lower-case phrase is one ("near a hiking trail", "across 1,200 acres"),
// but the city ("across the city") and its sites ("near the embassy",
// "across the street") are the dateline's.
func kindOfPlace(text string, ws []word, i int, vicinity bool) bool {
	if vicinity && i < len(ws) {
		c := text[ws[i].start]
		if !ws[i].is(cArticle) && !ws[i].is(cDeterminer) && (c < '0' || c > '9') && ws[i].lower != "about" {
			return false // "fell off sharply", "along with": no phrase of a place
		}
		for j := i; j < len(ws) && j < i+4; j++ {
			if j > i && hasPunct(text[ws[j-1].end:ws[j].start]) {
				break
			}
			if cityWords[ws[j].lower] || ownWords[ws[j].lower] || facilities[ws[j].lower] || venueNouns[ws[j].lower] || spanNouns[ws[j].lower] ||
				isCapitalized(text[ws[j].start:]) {
				return false // "near the embassy", "across the week", "near the Capitol": a site of the city, a time, a name
			}
		}
		return true
	}
	for n := 0; i < len(ws) && n < 4; i, n = i+1, n+1 {
		if n > 0 && hasPunct(text[ws[i-1].end:ws[i].start]) {
			return false
		}
		if c := text[ws[i].start]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
		if ownWords[ws[i].lower] {
			return false // "in its northern counties": its own land
		}
		if placeKinds[ws[i].lower] {
			return i+1 >= len(ws) || ws[i+1].lower != "of" // "the coast of Guatemala" names its place
		}
		if ws[i].is(cClosed) && !ws[i].is(cArticle) && !ws[i].is(cDeterminer) {
			return false
		}
	}
	return false
}

// placeAt reports a place mention (a name the gazetteer knows, or a
// demonym) that starts at offset.
func (a *docAnalysis) placeAt(offset int) bool {
	return a.placeStarting(offset) >= 0
}

// placeStarting is the index in a.places of the mention that starts at
// offset, -1 for none.
func (a *docAnalysis) placeStarting(offset int) int {
	i := sort.Search(len(a.places), func(i int) bool { return a.places[i].Start >= offset })
	if i < len(a.places) && a.places[i].Start == offset {
		return i
	}
	return -1
}

// demonymAt reports a demonym mention that starts at offset ("Latvian").
func (a *docAnalysis) demonymAt(offset int) bool {
	i := a.placeStarting(offset)
	return i >= 0 && a.places[i].Via == geo.ViaDemonym
}

// actorAt reports an actor mention that holds the offset.
func (a *docAnalysis) actorAt(offset int) bool {
	i := sort.Search(len(a.actors), func(i int) bool { return a.actors[i].Span.Start > offset }) - 1
	return i >= 0 && a.actors[i].Span.End > offset
}

// placeNouns are the kinds of place a name may follow after "of": "the
// city of Kharkiv", "the coast of Guatemala".
var placeNouns = lexSet(`city town village capital region province state county district port island islands
country republic territory area coast shores resort suburb suburbs outskirts`)

// departVerbs take their destination after "for": "left for Moscow".
var departVerbs = lexSet(`leave leaves left leaving depart departs departed departing head heads headed heading
sail sails sailed sailing`)

// placePhraseStart is the first word of the phrase a place ends: "the
// coast of Guatemala", "the northern city of Kharkiv" (up to two lower-case
// modifiers and a determiner before a place noun and "of"); the place's own
// word wi for any other.
func placePhraseStart(text string, ws []word, wi int) int {
	if wi < 2 || ws[wi-1].lower != "of" || !placeNouns[ws[wi-2].lower] {
		return wi
	}
	h := wi - 2
	for n := 0; h > 0 && n < 3; n++ {
		k := h - 1
		if hasPunct(text[ws[k].end:ws[h].start]) {
			break
		}
		if ws[k].is(cArticle) {
			return k
		}
		if c := text[ws[k].start]; c < 'a' || c > 'z' || ws[k].is(cClosed) {
			break
		}
		h = k
	}
	return h
}

// gerundBetween reports a temporal preposition and a verb in -ing between
// words i and j: "meet leaders on Friday before returning to Seoul" tells
// a happening of its own between the trigger and its place.
func gerundBetween(ws []word, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if ws[k].is(cTemporalPrep) && strings.HasSuffix(ws[k+1].lower, "ing") {
			return true
		}
	}
	return false
}

// otherClauseOpeners open, after a comma, a clause of another happening:
// "was charged on Monday, after police in Lyon found the money".
var otherClauseOpeners = lexSet(`when after before while because since although though whereas`)

// otherClauseBetween reports a clause of another happening (a comma and an
// opener of otherClauseOpeners) between words i and j; but a "when" right
// after the date (inside span) tells that date's occasion, the same
// happening ("suffered a breakdown in October, when a tunnel flooded near
// Bishan").
func otherClauseBetween(text string, ws []word, i, j int, date timeline.Span) bool {
	for k := i + 1; k < j; k++ {
		if otherClauseOpeners[ws[k].lower] && strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return ws[k].lower != "when" || !inSpan(ws[k-1], date)
		}
	}
	return false
}

// ingPreps are prepositions in -ing: "spread across France, including in
// Paris" places the spreading.
var ingPreps = lexSet(`during including according following regarding concerning excluding pending considering notwithstanding`)

// participleAfterComma reports a clause of a verb in -ing after a comma
// between words i and j: "suspended the vote, citing a rise in cases in
// Kwale" tells a circumstance of its own, whose places are not the verb's.
func participleAfterComma(text string, ws []word, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c := text[ws[k].start]; c >= 'a' && c <= 'z' && strings.HasSuffix(ws[k].lower, "ing") && len(ws[k].lower) > 5 &&
			!ingPreps[ws[k].lower] && strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return true
		}
	}
	return false
}

// directionNames are words of direction that the gazetteer may read as a
// place ("Western", "Central").
var directionNames = lexSet(`western eastern northern southern central north south east west upper lower middle`)

// directionModifier reports a place mention m of one word, the word at wi,
// that is a word of direction (directionNames) before a lower-case word
// with no punctuation between: an adjective of the noun after it ("Western
// states"), no place.
func directionModifier(text string, ws []word, m geo.Mention, wi int) bool {
	if wi+1 >= len(ws) || ws[wi].end != m.End || !directionNames[ws[wi].lower] || hasPunct(text[m.End:ws[wi+1].start]) {
		return false
	}
	c := text[ws[wi+1].start]
	return c >= 'a' && c <= 'z'
}

// placeVerbBefore is the index of the place verb whose direct object is the
// place at word wi: right before it ("visit Astana"), or before a
// determiner and up to two lower-case modifiers or demonyms ("visit the
// United States", "toured the flooded province of Sindh", "left the Latvian
// port of Ventspils"); -1 when there is none. Nothing
// but spaces may stand between the words.
func (a *docAnalysis) placeVerbBefore(ws []word, wi int) int {
	text := a.doc.Text
	k := wi - 1
	if k >= 0 && ws[k].lower == "of" {
		if k == 0 || !placeNouns[ws[k-1].lower] {
			return -1
		}
		k-- // "the city of": the noun is a modifier of the place
	}
	for n := 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1
		}
		if placeVerbs[ws[k].lower] {
			return k
		}
		if ws[k].is(cArticle) || ws[k].possessive && isCapitalized(text[ws[k].start:]) {
			// "the United States", "Türkiye's western Balıkesir province":
			// a determiner, the verb right before it (or before the
			// possessive's other words)
			for j := k - 1; j >= 0 && j >= k-2 && !hasPunct(text[ws[j].end:ws[j+1].start]); j-- {
				if placeVerbs[ws[j].lower] {
					return j
				}
				if !ws[k].possessive || !isCapitalized(text[ws[j].start:]) {
					break
				}
			}
			return -1
		}
		if a.demonymAt(ws[k].start) {
			continue // "left the Latvian port of Ventspils": a modifier
		}
		if c := text[ws[k].start]; c < 'a' || c > 'z' || ws[k].is(cClosed) || ws[k].trig != nil {
			return -1 // a name, a function word or a word of happening
		}
	}
	return -1
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
	for _, m := range within(a.places, func(m *geo.Mention) int { return m.Start }, d.sent) {
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

// regionKm is how near a region's point a smaller place of its country
// must lie to count as inside it (the gazetteer holds no shapes).
const regionKm = 150

// placeContains reports whether the bigger place a holds b: a country holds
// its cities and regions, a region the cities and points of its country
// within regionKm of its point ("Balıkesir province" holds Sındırgı).
func placeContains(a, b timeline.Place) bool {
	if a.GeonameID == b.GeonameID || b.Country != a.Country || placeRank[b.Precision] >= placeRank[a.Precision] {
		return false
	}
	switch a.Precision {
	case timeline.PlaceCountry:
		return true
	case timeline.PlaceRegion:
		return a.Country != "" && geo.DistanceKm(geo.Place{Lat: a.Lat, Lon: a.Lon}, geo.Place{Lat: b.Lat, Lon: b.Lon}) <= regionKm
	}
	return false
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

// draftOf is the draft whose trigger is the word at v, or the first one
// at most two words after it (after an auxiliary: "have given"); nil for
// none.
func draftOf(drafts []*draft, v int) *draft {
	var out *draft
	for _, d := range drafts {
		if d.trig >= v && d.trig <= v+2 && (out == nil || d.trig < out.trig) {
			out = d
		}
	}
	return out
}

// verbOfSubject is the index of the verb a place phrase stands in the
// subject of, -1 for none: the preposition at prep follows a plain noun
// ("sales in Europe", "dealers in Canada", "flights at Lagos airport"),
// and after the place m (with at most two lower-case nouns, or "and"
// and a second place) comes a verb, with no punctuation between:
// "as its sales in Europe fell", "once regulators in Europe and the
// United States have given their approval".
func (a *docAnalysis) verbOfSubject(ws []word, prep int, m geo.Mention) int {
	text := a.doc.Text
	if prep < 1 || !plainNoun(text, ws, prep-1) {
		return -1
	}
	j := wordIndexAt(ws, m.End-1) + 1
	if j+1 < len(ws) && jointWords[ws[j].lower] {
		n := j + 1
		if ws[n].lower == "the" && n+1 < len(ws) {
			n++
		}
		if i := a.placeStarting(ws[n].start); i >= 0 {
			j = wordIndexAt(ws, a.places[i].End-1) + 1
		}
	}
	for n := 0; j < len(ws) && n < 2 && plainNoun(text, ws, j); n++ {
		j++
	}
	if j >= len(ws) || j == 0 || hasPunct(text[ws[j-1].end:ws[j].start]) {
		return -1
	}
	v := j
	for n := 0; v < len(ws) && n < 2 && ws[v].is(cAuxiliary|cBeForm|cHaveForm|cModal); n++ {
		v++
	}
	if v >= len(ws) || !clauseVerb(text, ws, v) || ws[v].quoted || ws[v].info().speech {
		return -1 // "will publish its contracts, a spokesman in Brussels said": the telling's, which is the news's
	}
	return j
}

// plainNoun reports a lower-case word at i that is no function word and no
// word of happening (or one that stands as a noun outside the lexicon's
// event nouns): "sales", "dealers", "airport".
func plainNoun(text string, ws []word, i int) bool {
	if c := text[ws[i].start]; c < 'a' || c > 'z' || ws[i].is(cClosed) || ws[i].is(cPreposition) || ws[i].is(cLocationPrep) ||
		strings.HasSuffix(ws[i].lower, "ly") || verbAdverbs[ws[i].lower] {
		return false // "has successfully launched": an adverb
	}
	if ws[i].is(cAuxiliary | cBeForm | cHaveForm | cModal | cDeterminer | cArticle) {
		return false
	}
	info, ok := ws[i].trigger()
	return !ok || isNoun(ws, i) && !info.noun
}

// originOfThing reports a place after "from" (at prep) that tells where a
// thing comes from, not where the happening is: "from" after a plain noun
// in the subject ("A navy ship from New Zealand will arrive") or inside a
// prepositional phrase after the trigger ("lift its ban on imports from
// Uganda"). The direct object's source stays the event's ("evacuated
// residents from Kessa").
func (a *docAnalysis) originOfThing(drafts []*draft, ws []word, prep int) bool {
	text := a.doc.Text
	if prep < 1 || !plainNoun(text, ws, prep-1) {
		return false
	}
	var left *draft
	for _, d := range drafts {
		if d.trig >= 0 && d.trig < prep && (left == nil || d.trig > left.trig) {
			left = d
		}
	}
	if left == nil || clauseBreaks(text, ws, left.trig, prep) > 0 {
		return true // the subject's: "a shipment from India was delayed"
	}
	for k := left.trig + 1; k < prep-1; k++ {
		if ws[k].is(cPreposition) || ws[k].is(cLocationPrep) {
			return true
		}
	}
	return false
}

// placeVerbOf reports a verb before the preposition at prep in its clause,
// with no comma-free clause break between: the place after it is that
// verb's ("registered in Panama", "will sell power to Kenya"). A verb in
// -ing that opens a phrase ("Speaking at a conference in Doha, the
// minister said") tells the same occasion as the clause after it.
func placeVerbOf(text string, ws []word, prep int) bool {
	for k := prep - 1; k >= 0 && k >= prep-maxReach; k-- {
		if ws[k].is(cClauseOpener) || clauseBreaks(text, ws, k, prep) > 0 {
			return false
		}
		if clauseVerb(text, ws, k) && !strings.HasSuffix(ws[k].lower, "ing") {
			return true
		}
	}
	return false
}

// sceneGoesOn reports a verb at t whose scene is the place after the
// preposition at prep: a verb that goes on from the verb before it with the
// same subject ("went to a hospital in Oaxaca but died") or one of a clause
// opened by "where" after the place ("was taken to a clinic in Lima, where
// he died").
func sceneGoesOn(ws []word, prep, t int) bool {
	for k := prep + 1; k < t && k <= prep+maxReach; k++ {
		if ws[k].lower == "where" {
			return true
		}
	}
	k := t - 1
	if k >= 0 && (strings.HasSuffix(ws[k].lower, "ly") || ws[k].lower == "later" || ws[k].lower == "also") {
		k-- // "and later died"
	}
	return k >= 0 && (ws[k].lower == "and" || ws[k].lower == "but" || ws[k].lower == "then")
}

// participleOfNoun reports a trigger at t that is a past participle right
// after a noun ("a deal signed in 2022", "the report published
// last year") with a verb of the clause between from and t: the noun is its
// subject, not the clause's.
func participleOfNoun(text string, ws []word, from, t int) bool {
	if t < 1 || t <= from || !pastForm(ws, t) && !ws[t].is(cIrregularParticiple) {
		return false
	}
	if _, ok := ws[t-1].trigger(); !plainNoun(text, ws, t-1) && (!ok || !isNoun(ws, t-1)) {
		return false
	}
	verb := false
	for k := from; k < t-1; k++ {
		if verb && strings.Contains(text[ws[k].end:ws[k+1].start], ",") {
			return false // "declared an outbreak on Wednesday, after the number of cases recorded this year passed 2,400": another clause
		}
		verb = verb || clauseVerb(text, ws, k) || ws[k].is(cAuxiliary|cModal)
	}
	return verb
}

// sceneAliases are the nouns a text uses again for a happening named
// first by another: "an earthquake struck ... The quake hit at 3:40".
var sceneAliases = map[string]string{"quake": "earthquake", "blaze": "fire", "storm": "hurricane"}

// subjectNoun is the head noun of a draft's subject, right before its
// verb (or its auxiliaries and adverbs), in lower case ("expo" of "The
// World Expo opened"), and whether a definite determiner opens its
// phrase ("The expo will close"); "" for none.
func subjectNoun(text string, d *draft) (string, bool) {
	ws := d.words
	if d.trig < 1 || d.trig >= len(ws) || isNoun(ws, d.trig) {
		return "", false
	}
	k := d.trig - 1
	for n := 0; k > 0 && n < 3 && (ws[k].is(cAuxiliary|cBeForm|cHaveForm|cModal) || verbAdverbs[ws[k].lower]); n++ {
		k--
	}
	if hasPunctBetween(text, ws, k, d.trig) || ws[k].quoted || ws[k].is(cClosed) || ws[k].is(cPronounSubject) || ws[k].possessive {
		return "", false
	}
	if c := text[ws[k].start]; !unicode.IsLetter(rune(c)) || strings.ContainsAny(ws[k].lower, "0123456789") {
		return "", false
	}
	noun := ws[k].lower
	if alias, ok := sceneAliases[noun]; ok {
		noun = alias
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if hasPunct(text[ws[j].end:ws[j+1].start]) {
			return "", false
		}
		if ws[j].is(cArticle) || ws[j].is(cDeterminer) {
			return noun, ws[j].is(cDefinite)
		}
	}
	return "", false
}

// recordScenes keeps, for each draft with a place, the place under the
// noun of its subject ("a magnitude 6.1 earthquake struck near Lezhë":
// "earthquake", Lezhë), for scenePlaces.
func recordScenes(text string, ds []*draft, scenes map[string][]timeline.Place) {
	for _, d := range ds {
		if len(d.places) == 0 {
			continue
		}
		if noun, _ := subjectNoun(text, d); noun != "" {
			scenes[noun] = d.places
		}
	}
}

// scenePlaces gives a draft without a place of its own the place of the
// happening its definite subject names again: "The World Expo opened in
// Osaka on Sunday. ... The expo will close on Oct. 13" (Osaka). The same
// noun with "the" or "this" tells the same scene, whatever the dateline.
func scenePlaces(text string, ds []*draft, scenes map[string][]timeline.Place) {
	if len(scenes) == 0 {
		return
	}
	for _, d := range ds {
		if len(d.places) > 0 {
			continue
		}
		if noun, definite := subjectNoun(text, d); definite && len(scenes[noun]) > 0 {
			d.places = scenes[noun]
		}
	}
}

// clauseStartBetween reports the start of another clause after word i and
// up to word j: a comma, or a word that opens a clause ("as", "once",
// "when", "and"): "lost money, as its sales in Europe fell".
func clauseStartBetween(text string, ws []word, i, j int) bool {
	for k := max(i+1, 1); k <= j && k < len(ws); k++ {
		if passingClause[ws[k].lower] || jointWords[ws[k].lower] || ws[k].lower == "but" || ws[k].is(cClauseOpener) ||
			strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return true
		}
	}
	return false
}
