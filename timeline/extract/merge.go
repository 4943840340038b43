package extract

import (
	"slices"
	"sort"
	"storyline/timeline"
	"strings"
	"time"
)

// cluster is the drafts that report one happening.
type cluster struct {
	members      []*draft
	docs         map[int]bool
	disagreement map[string]bool
}

// merge groups drafts that report the same happening in different documents
// and turns each group into an event citing every source.
//
// Two dated reports from different documents merge when they give the same
// date value, share an actor, report the same happening (see sameHappening:
// the same kind of happening, or two moves of one journey, with no object or
// party that sets them apart) and their places agree (the same place, one
// inside the other, or one without place): for coarse dates (a month, a year)
// they must also share the kind and a third of their headline's words, or
// most of those words. So "Xi met Tokayev on Wednesday" and "Xi gave a speech
// on Wednesday" stay two events. They also merge, flagged, when they share
// kind, actors and date but name different places ("place"), or share kind,
// actors and place but give days at most two apart ("date"). Reports of
// different days never merge otherwise, so the days of a trip stay apart. An
// undated report joins a report of the same kind, with no object or party
// that sets them apart, whose actors mostly match or whose headline says the
// same; else it stays an undated event.
func merge(drafts []*draft) []timeline.Event {
	var dated, undated []*draft
	for _, d := range drafts {
		d.what = happeningOf(d)
		if d.date.IsZero() {
			undated = append(undated, d)
		} else {
			dated = append(dated, d)
		}
	}
	sortDrafts(dated)
	sort.SliceStable(dated, func(i, j int) bool { return lowerBound(dated[i].date) < lowerBound(dated[j].date) })
	sortDrafts(undated)

	var clusters []*cluster
	add := func(c *cluster, d *draft, disagree string) {
		c.members = append(c.members, d)
		c.docs[d.docOrder] = true
		if disagree != "" {
			c.disagreement[disagree] = true
		}
	}
	newCluster := func(d *draft) {
		c := &cluster{docs: map[int]bool{}, disagreement: map[string]bool{}}
		add(c, d, "")
		clusters = append(clusters, c)
	}
	for _, d := range dated {
		// Of the clusters the report may join, the one most like it: the
		// same kind of happening first, then the most words in common, so
		// that "talks on the sidelines" joins the talks of another outlet,
		// not the same day's flight.
		var target *cluster
		disagree := ""
		best := -1.0
		for _, c := range clusters {
			if c.docs[d.docOrder] {
				continue
			}
			for _, m := range c.members {
				ok, why := sameDated(m, d)
				if !ok {
					continue
				}
				score := wordOverlap(m.title, d.title)
				switch kindMatch(m, d) {
				case matchSame:
					score += 2
				case matchJourney:
					score++
				}
				if why == "" {
					score += 4 // agreement before disagreement
				}
				if score > best {
					target, disagree, best = c, why, score
				}
			}
		}
		if target == nil {
			newCluster(d)
			continue
		}
		add(target, d, disagree)
	}
	for _, d := range undated {
		var target *cluster
	find:
		for _, c := range clusters {
			datedCluster := !c.members[0].date.IsZero()
			if c.docs[d.docOrder] && !datedCluster {
				continue
			}
			for _, m := range c.members {
				if sameUndated(m, d) {
					target = c
					break find
				}
			}
		}
		if target == nil {
			newCluster(d)
			continue
		}
		add(target, d, "")
	}

	type keyed struct {
		e        timeline.Event
		doc, pos int
	}
	ks := make([]keyed, 0, len(clusters))
	for _, c := range clusters {
		first := c.members[0]
		for _, m := range c.members {
			if m.docOrder < first.docOrder || m.docOrder == first.docOrder && m.pos() < first.pos() {
				first = m
			}
		}
		ks = append(ks, keyed{c.event(), first.docOrder, first.pos()})
	}
	sort.SliceStable(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.e.Dated() != b.e.Dated() {
			return a.e.Dated()
		}
		if a.e.Dated() {
			if la, lb := lowerBound(a.e.Date), lowerBound(b.e.Date); la != lb {
				return la < lb
			}
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.pos < b.pos
	})
	events := make([]timeline.Event, len(ks))
	for i, k := range ks {
		events[i] = k.e
	}
	return events
}

func sameDated(m, d *draft) (bool, string) {
	if setApart(m, d) {
		return false, ""
	}
	shared := sharedActors(m, d)
	rel := placeRelation(m.places, d.places)
	match := kindMatch(m, d)
	sameKind := match == matchSame
	if m.date.Value == d.date.Value {
		if match == matchNone {
			return false, "" // one day holds many happenings: a meeting is no speech
		}
		if shared == 0 && !(sameKind && !d.info.speech && wordOverlap(m.title, d.title) >= 0.5) {
			return false, "" // who said something matters: speech needs its speaker
		}
		fine := d.date.Precision == timeline.PrecisionDay || d.date.Precision == timeline.PrecisionTime
		overlap := wordOverlap(m.title, d.title)
		if !fine && !(sameKind && overlap >= 0.34 || overlap >= 0.6) {
			return false, "" // a month or a year holds many happenings
		}
		if rel == "conflict" {
			if sameKind {
				return true, "place"
			}
			return false, ""
		}
		return true, ""
	}
	if sameKind && shared > 0 && rel == "same" && m.date.Precision == timeline.PrecisionDay && d.date.Precision == timeline.PrecisionDay {
		a, errA := time.Parse("2006-01-02", m.date.Start)
		b, errB := time.Parse("2006-01-02", d.date.Start)
		if errA == nil && errB == nil && absDays(a, b) <= 2 {
			return true, "date"
		}
	}
	return false, ""
}

func absDays(a, b time.Time) int {
	n := 0
	for a.Before(b) && n < 10 {
		a = a.AddDate(0, 0, 1)
		n++
	}
	for b.Before(a) && n < 10 {
		b = b.AddDate(0, 0, 1)
		n++
	}
	return n
}

func sameUndated(m, d *draft) bool {
	if kindMatch(m, d) != matchSame || m.what.kind == "" || setApart(m, d) {
		return false
	}
	if len(m.actors) > 0 && len(d.actors) > 0 {
		shared := sharedActors(m, d)
		union := len(m.actors) + len(d.actors) - shared
		if 2*shared >= union {
			return true
		}
	}
	return wordOverlap(m.title, d.title) >= 0.6
}

func sharedActors(a, b *draft) int {
	n := 0
	pb := b.parties()
	for _, x := range a.parties() {
		if slices.Contains(pb, x) {
			n++
		}
	}
	for _, x := range a.actors {
		if x.Actor.Kind != ActorPerson && x.Actor.Kind != ActorOrganization && hasActor(b.actors, x.Actor.Name) {
			n++
		}
	}
	return n
}

// placeRelation compares two events' places: "none" when either has none,
// "same" when they share one or one holds the other, else "conflict".
func placeRelation(a, b []timeline.Place) string {
	if len(a) == 0 || len(b) == 0 {
		return "none"
	}
	for _, p := range a {
		for _, q := range b {
			if p.GeonameID == q.GeonameID || placeContains(p, q) || placeContains(q, p) {
				return "same"
			}
		}
	}
	return "conflict"
}

var stopWords = lexSet(`the a an of in on at to for and or but with by from as is are was were be been has have
had his her its their this that these those it he she they will would could should than then there which who`)

// wordOverlap is the share of the shorter headline's content words that the
// other has too.
func wordOverlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(wa), len(wb)))
}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’')
	}) {
		if len(f) >= 3 && !stopWords[f] {
			m[f] = true
		}
	}
	return m
}

// event builds the merged event: date, headline and trigger of its first
// dated report, the most precise places and every actor of all reports, and
// one source per reporting sentence.
func (c *cluster) event() timeline.Event {
	ms := append([]*draft(nil), c.members...)
	sortDrafts(ms)
	rep := ms[0]
	for _, m := range ms {
		if !m.date.IsZero() {
			rep = m
			break
		}
	}
	// The representative report comes first: Text, the first source and the
	// first mentions of actors and places are its own.
	for i, m := range ms {
		if m == rep {
			copy(ms[1:i+1], ms[:i])
			ms[0] = rep
			break
		}
	}
	e := timeline.Event{
		Title:   rep.title,
		Trigger: rep.trigger,
		Text:    rep.doc.Text[rep.sent.Start:rep.sent.End],
		Date:    rep.date,
	}
	var places []timeline.Place
	for _, m := range ms {
		places = append(places, m.places...)
		for _, a := range m.actors {
			if !hasActorName(e.Actors, a.Actor.Name) {
				e.Actors = append(e.Actors, a.Actor)
			}
		}
	}
	e.Places = mostPrecise(places)
	if !c.disagreement["place"] && len(e.Places) > 1 {
		e.Places = e.Places[:1]
	}
	for _, m := range ms {
		dup := false
		for _, s := range e.Sources {
			if s.DocumentID == m.doc.ID && s.Span == m.sent {
				dup = true
			}
		}
		if dup {
			continue
		}
		e.Sources = append(e.Sources, timeline.Source{
			DocumentID: m.doc.ID, Span: m.sent, Quote: m.doc.Text[m.sent.Start:m.sent.End], Date: m.date,
		})
	}
	var why []string
	for k := range c.disagreement {
		why = append(why, k)
	}
	sort.Strings(why)
	e.Disagreement = strings.Join(why, ",")
	return e
}

func hasActorName(as []timeline.Actor, name string) bool {
	for _, a := range as {
		if a.Name == name {
			return true
		}
	}
	return false
}
