package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/geo"
)

var locationPreps = lexSet(`in at to into near inside outside toward towards from across via within`)

// placeVerbs take their place as a direct object: "visit Astana".
var placeVerbs = lexSet(`visit visits visited visiting tour tours toured touring leave leaves left leaving
reach reaches reached reaching enter enters entered entering invade invades invaded invading`)

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
		if modifierAcronym(text, ws, m) {
			continue // "the U.S. embassies": a modifier, not a place
		}
		prep := -1
		for k := wi - 1; k >= 0 && k >= wi-2; k-- {
			if ws[k].is(cLocationPrep) {
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
			if info, ok := ws[prep-1].trigger(); ok && isNoun(ws, prep-1) && !info.travel && !isTrigOf(drafts, prep-1) {
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
