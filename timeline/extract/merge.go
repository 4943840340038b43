package extract

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"storyline/timeline"
)

// Merging groups reports that tell the same happening in different
// documents into one event citing every source.
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
//
// A report dated only by its publication day (news in the present perfect,
// a past told by a verb of saying, with no date word: see retellable) that
// joins no event of its day may retell a happening the story dated earlier:
// "Dr Murray has pleaded not guilty", in article after article, is the plea
// of months before told again, not a plea a day. It joins the earlier event
// that an undated report would join (the same kind, no object or party that
// sets them apart, actors mostly alike or the same headline, no places in
// conflict) and names one of its parties, as one more source (Report.Retold,
// filed under no key), and the event keeps the date of its first telling. A
// report with its own date word never moves so.
//
// Every one of those rules needs the two reports to share a key: the date
// value and the kind of happening, the day (for the two-day rule) or, for an
// undated report, the kind. An Index holds the reports of a story's events
// by those keys, so a new report is compared with the reports it could join
// only, not with every report of the story: adding a document costs what the
// document holds, not what the story holds. A key holds at most maxBucket
// reports, the latest, so that even a story with thousands of reports of
// one kind on one day costs a bounded amount per new report.

// maxBucket bounds the reports one key of an Index compares a new report
// with: the latest ones.
const maxBucket = 64

// Index holds the events of a story by the keys of their reports, for
// merging new reports into them. The zero value is not usable; call
// NewIndex.
type Index struct {
	groups []*group
	byKey  map[string][]*member
	seq    int
	finds  int
	// only, when set, are the keys merges will look reports up by (see
	// Expect), and wordKinds the kinds with headline-word keys among them.
	only      map[string]string // each key to itself, so that filing under it allocates nothing
	wordKinds map[string]bool
	buf       []byte
	// lookups are the lookup keys of dated reports by what they depend
	// on: the reports of a document share a few dates and kinds.
	lookups map[datedLookup][]string
	dated   map[datedLookup][]string // the keys their date gives, likewise
	cands   []*member                // find's buffer
	keyBuf  []string                 // join's
	names   map[string]string        // the kind keys met, each to itself
}

// datedLookup is what the lookup keys of a dated report, and the keys its
// date gives, depend on.
type datedLookup struct {
	value, start, kind string
	precision          timeline.Precision
}

// group is an event of an index.
type group struct {
	id           int64 // the ID given to Add; 0 for an event a merge made
	seq          int   // order of creation
	members      []*member
	docs         []int64        // Order of the documents of its reports, each once
	docSet       map[int64]bool // docs, once there are many
	dated        bool
	disagreement map[string]bool
	added        []*Report // reports the current merge added
}

// member is a report in an index.
type member struct {
	r      *Report
	g      *group
	seq    int
	cwords []string // content words of the headline, sorted, each once
	cdone  bool     // cwords is set
	mark   int      // the last find that collected it
}

// words are the content words of the member's headline, found once.
func (m *member) words() []string {
	if !m.cdone {
		m.cwords, m.cdone = contentWords(m.r.Title), true
	}
	return m.cwords
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{byKey: map[string][]*member{}, lookups: map[datedLookup][]string{}, dated: map[datedLookup][]string{}, names: map[string]string{}}
}

// Expect tells the index the keys that merges will look reports up by:
// the Lookup keys of the reports to be merged. Add then files reports
// under those keys only, which spares working out the others (a store
// that adds the events found under a document's keys adds many); Merge
// refuses reports with other lookup keys. Call it before Add.
func (ix *Index) Expect(lookup []string) {
	ix.only, ix.wordKinds = map[string]string{}, map[string]bool{}
	for _, k := range lookup {
		ix.only[k] = k
		if kind, _, ok := strings.Cut(strings.TrimPrefix(k, "k|"), "|w|"); ok && strings.HasPrefix(k, "k|") {
			ix.wordKinds[kind] = true
		}
	}
}

// expectedKeys are the keys of m (see Keys) that Expect was given, each
// once. Each key is spelled in a buffer and looked up, so the keys nobody
// looks up cost no string; the headline's words are read only when a key of
// its kind needs them.
func (ix *Index) expectedKeys(m *member) []string {
	r := m.r
	var keys []string
	try := func(parts ...string) {
		b := ix.buf[:0]
		for _, p := range parts {
			b = append(b, p...)
		}
		ix.buf = b
		if k, ok := ix.only[string(b)]; ok && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if v := r.Date.Value; v != "" {
		try("v|", v, "|*")
		try("v|", v, "|", kindGroup(r.Kind))
		if r.Kind != "" && (r.Date.Precision == timeline.PrecisionDay || r.Date.Precision == timeline.PrecisionTime) && r.Date.Start != "" {
			try("d|", r.Date.Start, "|", r.Kind)
		}
	}
	if r.Kind == "" {
		return keys
	}
	for _, p := range r.Parties {
		try("k|", r.Kind, "|a|", p)
	}
	for _, a := range r.Actors {
		try("k|", r.Kind, "|a|", a.Name)
	}
	if ix.wordKinds[r.Kind] {
		for _, w := range m.words() {
			try("k|", r.Kind, "|w|", w)
		}
	}
	return keys
}

// Add puts an existing event into the index: its ID, what its sources
// disagree on (timeline.Event.Disagreement) and its reports, in the order
// they joined. A store adds the reports it finds under the Lookup keys of
// the new reports (the latest maxBucket of each key are enough), grouped by
// event in the order the events were made; giving all of an event's
// reports, or every event of the story, works too, at a cost.
func (ix *Index) Add(id int64, disagreement string, reports []Report) {
	g := ix.newGroup()
	g.id = id
	for why := range strings.SplitSeq(disagreement, ",") {
		if why != "" {
			g.disagree(why)
		}
	}
	for i := range reports {
		ix.join(g, &member{r: &reports[i]}, "")
	}
}

// A Change is an event a merge created or added reports to.
type Change struct {
	// Event is the ID the event was added with; 0 for a new event.
	Event int64
	// Reports are the event's reports the index holds (those given to Add,
	// then the added ones); Added the ones this merge added. To rebuild an
	// existing event, Build its stored reports followed by Added.
	Reports []Report
	Added   []Report
	// Disagreement is what the event's sources disagree on, as in
	// timeline.Event.
	Disagreement string
}

// Merge adds reports to the index: each joins the event of the index it
// tells (see the rules above) or starts a new one. Dated reports go first,
// by the lower bound of their date, then undated ones, each in document
// order and position. It returns the events that changed, existing ones in
// the order they were added, then new ones in the order they were made; it
// stops with the context's error when ctx is done.
func (ix *Index) Merge(ctx context.Context, reports []Report) ([]Change, error) {
	touched, err := ix.merge(ctx, reports)
	if err != nil {
		return nil, err
	}
	changes := make([]Change, len(touched))
	for i, g := range touched {
		c := Change{Event: g.id, Added: make([]Report, len(g.added)), Reports: make([]Report, len(g.members)), Disagreement: g.why()}
		for i, r := range g.added {
			c.Added[i] = *r
		}
		for i, m := range g.members {
			c.Reports[i] = *m.r
		}
		g.added = nil
		changes[i] = c
	}
	return changes, nil
}

// merge is Merge up to the changes: the events that changed, in order,
// with the reports each gained in added.
func (ix *Index) merge(ctx context.Context, reports []Report) ([]*group, error) {
	var dated, undated []*Report
	for i := range reports {
		r := &reports[i]
		if ix.only != nil {
			for _, k := range r.Lookup() {
				if _, ok := ix.only[k]; !ok {
					return nil, fmt.Errorf("merge: lookup key %q of a report was not expected", k)
				}
			}
		}
		if r.Date.IsZero() {
			undated = append(undated, r)
		} else {
			dated = append(dated, r)
		}
	}
	sortReports(dated)
	sort.SliceStable(dated, func(i, j int) bool { return lowerBound(dated[i].Date.Date) < lowerBound(dated[j].Date.Date) })
	sortReports(undated)
	var touched []*group
	for n, r := range append(dated, undated...) {
		if n%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d := &member{r: r}
		target, disagree := ix.find(d)
		if target == nil && retellable(r) {
			if target = ix.retelling(d); target != nil {
				r.Retold = true
			}
		}
		if target == nil {
			target = ix.newGroup()
		}
		if len(target.added) == 0 {
			touched = append(touched, target)
		}
		target.added = append(target.added, r)
		ix.join(target, d, disagree)
	}
	slices.SortStableFunc(touched, func(a, b *group) int { return cmp.Compare(a.seq, b.seq) })
	return touched, nil
}

func (ix *Index) newGroup() *group {
	g := &group{seq: len(ix.groups)}
	ix.groups = append(ix.groups, g)
	return g
}

// join adds a report to an event and files it under its keys.
func (ix *Index) join(g *group, m *member, disagree string) {
	r := m.r
	m.g, m.seq = g, ix.seq
	ix.seq++
	g.members = append(g.members, m)
	g.addDoc(r.Order)
	if len(g.members) == 1 {
		g.dated = !r.Date.IsZero()
	}
	if disagree != "" {
		g.disagree(disagree)
	}
	if r.Retold {
		return // filed under no key: its date is not its event's, its words may drift from the happening's
	}
	var keys []string
	if ix.only == nil {
		keys = ix.keys(m)
	} else {
		keys = ix.expectedKeys(m)
	}
	for _, k := range keys {
		b := append(ix.byKey[k], m)
		if len(b) > 2*maxBucket {
			b = append([]*member(nil), b[len(b)-maxBucket:]...)
		}
		ix.byKey[k] = b
	}
}

func (g *group) disagree(why string) {
	if g.disagreement == nil {
		g.disagreement = map[string]bool{}
	}
	g.disagreement[why] = true
}

// has reports whether the event has a report of the document of that order.
func (g *group) has(order int64) bool {
	if g.docSet != nil {
		return g.docSet[order]
	}
	return slices.Contains(g.docs, order)
}

func (g *group) addDoc(order int64) {
	if g.has(order) {
		return
	}
	g.docs = append(g.docs, order)
	switch {
	case g.docSet != nil:
		g.docSet[order] = true
	case len(g.docs) > 16:
		g.docSet = make(map[int64]bool, 2*len(g.docs))
		for _, o := range g.docs {
			g.docSet[o] = true
		}
	}
}

func (g *group) why() string {
	var why []string
	for k := range g.disagreement {
		why = append(why, k)
	}
	sort.Strings(why)
	return strings.Join(why, ",")
}

// find picks the event a new report joins and the disagreement it brings;
// nil when it joins none.
func (ix *Index) find(d *member) (*group, string) {
	ix.finds++
	undated := d.r.Date.IsZero()
	cands := ix.cands[:0]
	defer func() { ix.cands = cands[:0] }()
	for _, k := range ix.lookup(d) {
		b := ix.byKey[k]
		for _, m := range b[max(0, len(b)-maxBucket):] {
			if m.mark == ix.finds || m.g.has(d.r.Order) && (!undated || !m.g.dated) && (undated || !sameTold(m, d)) {
				continue // seen, or an event of the same document that is not told again
			}
			m.mark = ix.finds
			cands = append(cands, m)
		}
	}
	slices.SortFunc(cands, func(a, b *member) int { return cmp.Or(cmp.Compare(a.g.seq, b.g.seq), cmp.Compare(a.seq, b.seq)) })
	if undated {
		for _, m := range cands {
			if sameUndated(m, d) {
				return m.g, ""
			}
		}
		return nil, ""
	}
	// Of the events the report may join, the one most like it: the same
	// kind of happening first, then the most words in common, so that
	// "talks on the sidelines" joins the talks of another outlet, not the
	// same day's flight.
	var target *group
	disagree := ""
	best := -1.0
	for _, m := range cands {
		kind := 0.0
		switch kindMatch(m, d) {
		case matchSame:
			kind = 2
		case matchJourney:
			kind = 1
		}
		// score adds in this order; with the share of words in common at
		// its most, 1, and no disagreement, it cannot pass best: no need to
		// compare further.
		score := func(words float64, why string) float64 {
			words += kind
			if why == "" {
				words += 4 // agreement before disagreement
			}
			return words
		}
		if score(1, "") <= best {
			continue
		}
		// One article telling one happening twice: only as the same kind,
		// on the same day, by the same parties (sameTold, which collecting
		// the candidates checked).
		ok, why := true, ""
		if !m.g.has(d.r.Order) {
			ok, why = sameDated(m, d)
		}
		if !ok || score(1, why) <= best {
			continue
		}
		if score := score(overlap(m.words(), d.words()), why); score > best {
			target, disagree, best = m.g, why, score
		}
	}
	return target, disagree
}

// retellable reports a report that may retell a happening dated earlier:
// one of a kind of happening, no saying, dated to its document's
// publication day by the way it is told (the present perfect, a past
// reported by a verb of saying) and not by a date word.
func retellable(r *Report) bool {
	return r.Kind != "" && !r.Speech && r.Date.Rule == "publication" && r.Date.Expression == "" &&
		r.Date.Precision == timeline.PrecisionDay && r.Date.Start != ""
}

// retelling is the earlier event the retellable report d tells again: the
// first made with a report, dated before d's day, that names a party of d
// (or, when neither names one, most of d's object: unnamedAlike), the same
// object or none (sameObject), and that an undated d would join
// (sameUndated), with no places their sentences name in conflict (a
// dateline's city sets no retelling apart); nil when there is none. The
// candidates are the reports under d's kind keys, as for an undated
// report, at most maxBucket a key; retellings are filed under no key, so d
// is compared with the tellings, never with a retelling whose words drift
// from them.
func (ix *Index) retelling(d *member) *group {
	ix.finds++
	cands := ix.cands[:0]
	defer func() { ix.cands = cands[:0] }()
	for _, k := range undatedKeys(*d.r, d.words()) {
		b := ix.byKey[k]
		for _, m := range b[max(0, len(b)-maxBucket):] {
			if m.mark == ix.finds || m.r.Date.End == "" || m.r.Date.End >= d.r.Date.Start {
				continue // seen, undated, open-ended or not before d's day
			}
			m.mark = ix.finds
			cands = append(cands, m)
		}
	}
	slices.SortFunc(cands, func(a, b *member) int { return cmp.Or(cmp.Compare(a.g.seq, b.g.seq), cmp.Compare(a.seq, b.seq)) })
	for _, m := range cands {
		if m.g.dated && (sharesParty(m.r, d.r) || unnamedAlike(m.r, d.r)) && sameObject(m.r, d.r) && sameUndated(m, d) &&
			!placesConflict(m.r.Places, m.r.Sentence, d.r.Places, d.r.Sentence) {
			return m.g
		}
	}
	return nil
}

// sameObject reports two reports that name no object, or objects with a
// word in common: "ruled a film of Michael Jackson may be shown" tells no
// ruling without an object told before.
func sameObject(a, b *Report) bool {
	if len(a.Object) == 0 || len(b.Object) == 0 {
		return len(a.Object) == len(b.Object)
	}
	return !setApart(&Report{Object: a.Object}, &Report{Object: b.Object})
}

// unnamedAlike reports two reports that name no party but the same object,
// most of its words and two at least: "The county board has declared a public health
// emergency" tells the declaration of "the county board declared a public
// health emergency on Tuesday" again, though no actor was found in either.
func unnamedAlike(a, b *Report) bool {
	if len(a.Parties) > 0 || len(b.Parties) > 0 || len(a.Object) == 0 || len(b.Object) == 0 {
		return false
	}
	n := 0
	for _, w := range a.Object {
		if _, ok := slices.BinarySearch(b.Object, w); ok {
			n++
		}
	}
	// two words at least: "has killed 85 people", "have fallen ill" name
	// no one happening
	return n >= 2 && 2*n >= min(len(a.Object), len(b.Object))
}

// sharesParty reports a person or organization taking part in both reports:
// a retelling names who the happening was of ("Dr Okafor has pleaded not
// guilty"), not only what happened ("Four people have died").
func sharesParty(a, b *Report) bool {
	for _, p := range a.Parties {
		if slices.Contains(b.Parties, p) {
			return true
		}
	}
	return false
}

// lookup is d's Lookup, the same for every dated report of one date and
// kind and worked out once for them.
func (ix *Index) lookup(d *member) []string {
	r := d.r
	if r.Date.IsZero() {
		return r.lookup(d.words())
	}
	k := datedLookup{r.Date.Value, r.Date.Start, r.Kind, r.Date.Precision}
	keys, ok := ix.lookups[k]
	if !ok {
		keys = r.lookup(nil) // a dated report's keys take no words
		ix.lookups[k] = keys
	}
	return keys
}

// keys are m's Keys, the part its date gives worked out once per date and
// kind, in a buffer of the index.
func (ix *Index) keys(m *member) []string {
	r := m.r
	keys := ix.keyBuf[:0]
	if !r.Date.IsZero() {
		k := datedLookup{r.Date.Value, r.Date.Start, r.Kind, r.Date.Precision}
		dk, ok := ix.dated[k]
		if !ok {
			dk = r.datedKeys()
			ix.dated[k] = dk
		}
		keys = append(keys, dk...)
	}
	if r.Kind != "" {
		// undatedKeys, each spelled in a buffer and made a string only the
		// first time the index meets it
		n := len(keys)
		add := func(sep, name string) {
			b := append(ix.buf[:0], "k|"...)
			b = append(b, r.Kind...)
			b = append(b, sep...)
			b = append(b, name...)
			ix.buf = b
			k, ok := ix.names[string(b)]
			if !ok {
				k = string(b)
				ix.names[k] = k
			}
			if !slices.Contains(keys[n:], k) {
				keys = append(keys, k)
			}
		}
		for _, p := range r.Parties {
			add("|a|", p)
		}
		for _, a := range r.Actors {
			add("|a|", a.Name)
		}
		for _, w := range m.words() {
			add("|w|", w)
		}
	}
	ix.keyBuf = keys
	return keys
}

// kindGroup is the key part of a kind: the moves of a journey share one.
func kindGroup(kind string) string {
	if movementKinds[kind] {
		return "move"
	}
	return kind
}

// Keys are the keys of an Index a report is filed under: its date value with
// its kind of happening ("v|2022-09-14|meet") and with any kind
// ("v|2022-09-14|*"), its day with its kind ("d|2022-09-14|meet") and its
// kind with each of its actors ("k|meet|a|Xi Jinping") and headline words
// ("k|meet|w|talks"). A store that keeps reports can index them by these keys
// and find the events a new report may join by its Lookup keys.
func (r Report) Keys() []string { return r.keys(contentWords(r.Title)) }

// keys are Keys with the headline's content words given.
func (r Report) keys(words []string) []string {
	if r.Retold {
		return nil // found through the event's first telling
	}
	keys := r.datedKeys()
	if r.Kind != "" {
		keys = append(keys, undatedKeys(r, words)...)
	}
	return keys
}

// datedKeys are the keys of Keys that the date gives.
func (r Report) datedKeys() []string {
	var keys []string
	if v := r.Date.Value; v != "" {
		keys = append(keys, "v|"+v+"|*", "v|"+v+"|"+kindGroup(r.Kind))
		if r.Kind != "" && (r.Date.Precision == timeline.PrecisionDay || r.Date.Precision == timeline.PrecisionTime) && r.Date.Start != "" {
			keys = append(keys, "d|"+r.Date.Start+"|"+r.Kind)
		}
	}
	return keys
}

// undatedKeys are the keys an undated report of the same kind finds r by:
// its kind with each of its parties and actors (they must mostly match), and
// with each content word of its headline (or most of those words must).
func undatedKeys(r Report, words []string) []string {
	var keys []string
	for _, p := range r.Parties {
		keys = append(keys, "k|"+r.Kind+"|a|"+p)
	}
	for _, a := range r.Actors {
		keys = append(keys, "k|"+r.Kind+"|a|"+a.Name)
	}
	for _, w := range words {
		keys = append(keys, "k|"+r.Kind+"|w|"+w)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// Lookup are the keys under which the reports a report may join are filed
// (see Keys): for a dated report, its date value with its kind and with no
// kind, and its kind on each day two days either side; for an undated
// report, and for a dated one that may retell an earlier happening
// (retellable), its kind with each of its actors and headline words.
func (r Report) Lookup() []string {
	words := contentWords(r.Title)
	keys := r.lookup(words)
	if retellable(&r) {
		keys = append(keys, undatedKeys(r, words)...)
	}
	return keys
}

// lookup is Lookup with the headline's content words given.
func (r Report) lookup(words []string) []string {
	if r.Date.IsZero() {
		if r.Kind == "" {
			return nil
		}
		return undatedKeys(r, words)
	}
	v := r.Date.Value
	if r.Kind == "" {
		return []string{"v|" + v + "|*"}
	}
	keys := []string{"v|" + v + "|" + kindGroup(r.Kind), "v|" + v + "|"}
	if r.Date.Precision == timeline.PrecisionDay || r.Date.Precision == timeline.PrecisionTime {
		if day, err := time.Parse("2006-01-02", r.Date.Start); err == nil {
			for n := -2; n <= 2; n++ {
				keys = append(keys, "d|"+day.AddDate(0, 0, n).Format("2006-01-02")+"|"+r.Kind)
			}
			// the week and the month that hold the day, where the same
			// document may tell the happening more coarsely (sameTold)
			y, w := day.ISOWeek()
			keys = append(keys, fmt.Sprintf("v|%04d-W%02d|%s", y, w, kindGroup(r.Kind)), "v|"+day.Format("2006-01")+"|"+kindGroup(r.Kind))
		}
	}
	return keys
}

// sameDated reports whether the dated report d tells the happening of m,
// and what they disagree on.
func sameDated(mm, dd *member) (bool, string) {
	m, d := mm.r, dd.r
	if setApart(m, d) {
		return false, ""
	}
	shared := sharedActors(m, d)
	rel := placeRelation(m.Places, d.Places)
	match := kindMatch(mm, dd)
	sameKind := match == matchSame
	if m.Date.Value == d.Date.Value {
		if match == matchNone {
			return false, "" // one day holds many happenings: a meeting is no speech
		}
		if shared == 0 && !(sameKind && !d.Speech && overlap(mm.words(), dd.words()) >= 0.5) {
			return false, "" // who said something matters: speech needs its speaker
		}
		fine := d.Date.Precision == timeline.PrecisionDay || d.Date.Precision == timeline.PrecisionTime
		overlap := overlap(mm.words(), dd.words())
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
	if sameKind && shared > 0 && rel == "same" && m.Date.Precision == timeline.PrecisionDay && d.Date.Precision == timeline.PrecisionDay {
		a, errA := time.Parse("2006-01-02", m.Date.Start)
		b, errB := time.Parse("2006-01-02", d.Date.Start)
		if errA == nil && errB == nil && absDays(a, b) <= 2 {
			return true, "date"
		}
	}
	return false, ""
}

// sameTold reports two reports of one document that tell the same
// happening again: "China has launched a satellite" and "The satellite was
// launched at 3:03 p.m. on Thursday", "The quake struck on Tuesday" and "The
// quake hit at 11.43 a.m.". They are of the same kind, with no object or
// party that sets them apart, no places in conflict, and the same date (a
// day and a time of that day count as the same).
func sameTold(mm, dd *member) bool {
	m, d := mm.r, dd.r
	if m.Order != d.Order || m.Sentence == d.Sentence || m.Kind == "" {
		return false
	}
	a, b := m.Date.Value, d.Date.Value
	if a == "" || b == "" {
		return false
	}
	match := kindMatch(mm, dd)
	switch {
	case a == b || dayOfTime(b, a) || dayOfTime(a, b):
		if match != matchSame {
			return false
		}
	case finerWithin(d.Date.Date, m.Date.Date) || finerWithin(m.Date.Date, d.Date.Date):
		// "will travel to Washington next week" and "will leave on Nov.
		// 17": the day tells the week's happening more finely, once (the
		// days of a trip stay apart).
		if match == matchNone || otherDay(mm.g, d.Date.Date) {
			return false
		}
	default:
		return false
	}
	if setApart(m, d) || m.Speech && d.Speech && !sameSpeaker(m.Speaker, d.Speaker) {
		return false // "Clark said Monday" and "Gremitskikh said Monday" are two sayings
	}
	if otherFigures(m.Title, d.Title) {
		return false // "fell 1.2% on Wednesday" and "fell 6% in the past nine days" are two falls
	}
	// A place the sentence does not name (the dateline's, the previous
	// sentence's) is where the report was filed or a guess: it sets no
	// retelling apart ("ANKARA (AA) - A magnitude 5.8 earthquake struck"
	// and "The quake hit ... in the Sındırgı district").
	return !placesConflict(m.Places, m.Sentence, d.Places, d.Sentence)
}

// sameSpeaker reports two speakers that may be one: the same name, one
// name the other's surname ("Clark", "Gen. Wesley Clark"), or one unknown.
func sameSpeaker(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) == 0 || len(fb) == 0 {
		return true
	}
	return fa[len(fa)-1] == fb[len(fb)-1]
}

// finerWithin reports a day or a time of day inside a week or a month.
func finerWithin(fine, coarse timeline.Date) bool {
	if fine.Precision != timeline.PrecisionDay && fine.Precision != timeline.PrecisionTime {
		return false
	}
	if coarse.Precision != timeline.PrecisionWeek && coarse.Precision != timeline.PrecisionMonth {
		return false
	}
	return fine.Start != "" && coarse.Start != "" && coarse.End != "" && fine.Start >= coarse.Start && fine.Start <= coarse.End
}

// otherDay reports a report of g dated to a day other than the day of d.
func otherDay(g *group, d timeline.Date) bool {
	if g == nil {
		return false
	}
	for _, m := range g.members {
		p := m.r.Date.Precision
		if (p == timeline.PrecisionDay || p == timeline.PrecisionTime) && m.r.Date.Start != d.Start {
			return true
		}
	}
	return false
}

// placesConflict reports whether the places of a named inside the span sa
// and those of b named inside sb are in conflict (placeRelation), without
// gathering them: sameTold asks it of many pairs.
func placesConflict(a []Place, sa timeline.Span, b []Place, sb timeline.Span) bool {
	inA, inB := false, false
	for _, p := range a {
		if !spanHolds(sa, p.Span) {
			continue
		}
		inA = true
		for _, q := range b {
			if !spanHolds(sb, q.Span) {
				continue
			}
			inB = true
			if p.GeonameID == q.GeonameID || placeContains(p.Place, q.Place) || placeContains(q.Place, p.Place) {
				return false
			}
		}
	}
	return inA && inB
}

// spanHolds reports whether the span s holds the span p.
func spanHolds(s, p timeline.Span) bool {
	return p.Start >= s.Start && p.End <= s.End
}

// dayOfTime reports whether value is a time of day ("2022-09-14T15:03")
// and the day day.
func dayOfTime(value, day string) bool {
	return len(value) > len(day) && value[len(day)] == 'T' && strings.HasPrefix(value, day)
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

func sameUndated(mm, dd *member) bool {
	m, d := mm.r, dd.r
	if kindMatch(mm, dd) != matchSame || m.Kind == "" || setApart(m, d) || otherFigures(m.Title, d.Title) {
		return false
	}
	if len(m.Actors) > 0 && len(d.Actors) > 0 {
		shared := sharedActors(m, d)
		union := len(m.Actors) + len(d.Actors) - shared
		if 2*shared >= union {
			return true
		}
	}
	return overlap(mm.words(), dd.words()) >= 0.6
}

// otherFigures reports two headlines that each give a figure and none in
// common: "Nasdaq 100 Index falls 1.4%" and "Nasdaq Composite falls 4.3%"
// tell two falls, not one told twice.
func otherFigures(a, b string) bool {
	fa, fb := figures(a), figures(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	for _, f := range fa {
		if slices.Contains(fb, f) {
			return false
		}
	}
	return true
}

// figures are the numbers a headline gives, as written, with their decimal
// point, separators and per cent sign: "1.4%", "1,300", "$2.5". A word
// that holds digits among letters or after a hyphen names something
// ("H1N1", "G20", "COVID-19"): no figure.
func figures(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.TrimLeft(f, "$£€¥(")
		f = strings.TrimRight(f, ".,;:)!?")
		if f == "" || strings.Trim(f, "0123456789.,%") != "" || !strings.ContainsAny(f, "0123456789") {
			continue
		}
		out = append(out, f)
	}
	return out
}

func sharedActors(a, b *Report) int {
	n := 0
	for _, x := range a.Parties {
		if slices.Contains(b.Parties, x) {
			n++
		}
	}
	for _, x := range a.Actors {
		if x.Kind != ActorPerson && x.Kind != ActorOrganization && b.hasActor(x.Name) {
			n++
		}
	}
	return n
}

// placeRelation compares two events' places: "none" when either has none,
// "same" when they share one or one holds the other, else "conflict".
func placeRelation(a, b []Place) string {
	if len(a) == 0 || len(b) == 0 {
		return "none"
	}
	for _, p := range a {
		for _, q := range b {
			if p.GeonameID == q.GeonameID || placeContains(p.Place, q.Place) || placeContains(q.Place, p.Place) {
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
	return overlap(contentWords(a), contentWords(b))
}

// overlap is the share of the smaller set's words that the other has too.
func overlap(wa, wb []string) float64 {
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(wa) && j < len(wb); {
		switch c := strings.Compare(wa[i], wb[j]); {
		case c == 0:
			n++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(min(len(wa), len(wb)))
}

// contentWords are the words of s of three letters or more that are not
// stop words, in lower case, sorted, each once.
func contentWords(s string) []string {
	var ws []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’')
	}) {
		if len(f) >= 3 && !stopWords[f] {
			ws = append(ws, f)
		}
	}
	slices.Sort(ws)
	return slices.Compact(ws)
}

// Build makes the event that reports tell (the Reports of a Change):
// the date, headline and trigger of its first dated report in document
// order that is no retelling (Report.Retold), the most precise places and every actor of all reports, and one
// source per reporting sentence. disagreement is the Change's.
func Build(reports []Report, disagreement string) timeline.Event {
	ms := make([]*Report, len(reports))
	for i := range reports {
		ms[i] = &reports[i]
	}
	return build(ms, disagreement)
}

// build is Build of the reports ms point to; it reorders ms.
func build(ms []*Report, disagreement string) timeline.Event {
	sortReports(ms)
	if len(ms) == 0 {
		return timeline.Event{}
	}
	// The first dated report that is no retelling (a retelling's date is
	// the day it was told again), else the first dated one, else the first.
	var rep, retold *Report
	for _, m := range ms {
		if m.Date.IsZero() {
			continue
		}
		if !m.Retold {
			rep = m
			break
		}
		if retold == nil {
			retold = m
		}
	}
	rep = cmp.Or(rep, retold, ms[0])
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
		Title:        rep.Title,
		Trigger:      rep.Trigger,
		Text:         rep.Quote,
		Date:         rep.Date.date(),
		Disagreement: disagreement,
	}
	// One article telling the happening in its week, then on its day: the day.
	for _, m := range ms {
		if m.Order == rep.Order && finerWithin(m.Date.Date, e.Date) {
			e.Date = m.Date.date()
			break
		}
	}
	places := make([]timeline.Place, 0, len(ms))
	actors := map[string]bool{}
	for _, m := range ms {
		places = append(places, m.places()...)
		for _, a := range m.Actors {
			if !actors[a.Name] {
				actors[a.Name] = true
				e.Actors = append(e.Actors, a.actor())
			}
		}
	}
	e.Places = mostPrecise(places)
	if !strings.Contains(disagreement, "place") && len(e.Places) > 1 {
		e.Places = e.Places[:1]
	}
	type source struct {
		doc  int64
		span timeline.Span
	}
	seen := make(map[source]bool, len(ms))
	e.Sources = make([]timeline.Source, 0, len(ms))
	for _, m := range ms {
		if seen[source{m.Document, m.Sentence}] {
			continue
		}
		seen[source{m.Document, m.Sentence}] = true
		e.Sources = append(e.Sources, timeline.Source{
			DocumentID: m.Document, Span: m.Sentence, Quote: m.Quote, Date: m.Date.date(), Trigger: m.TriggerSpan, Also: m.Also,
			Statement: m.Statement.statement(),
		})
	}
	return e
}

// sortReports orders reports by document and position.
func sortReports(rs []*Report) {
	slices.SortStableFunc(rs, func(a, b *Report) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Sentence.Start, b.Sentence.Start))
	})
}

// merge is the batch merge: every report of a story into a new index, and
// the events in story order: dated events by the lower bound of their date,
// then undated ones, each by their first report.
func merge(ctx context.Context, reports []Report) ([]timeline.Event, error) {
	// The events are built from the reports themselves, not from copies
	// in Changes.
	touched, err := NewIndex().merge(ctx, reports)
	if err != nil {
		return nil, err
	}
	type keyed struct {
		e   timeline.Event
		doc int64
		pos int
	}
	ks := make([]keyed, 0, len(touched))
	for _, g := range touched {
		ms := make([]*Report, len(g.members))
		for i, m := range g.members {
			ms[i] = m.r
		}
		first := ms[0]
		for _, m := range ms {
			if m.Order < first.Order || m.Order == first.Order && m.Sentence.Start < first.Sentence.Start {
				first = m
			}
		}
		ks = append(ks, keyed{build(ms, g.why()), first.Order, first.Sentence.Start})
	}
	Sort := func(i, j int) bool {
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
	}
	sort.SliceStable(ks, Sort)
	events := make([]timeline.Event, len(ks))
	for i, k := range ks {
		events[i] = k.e
	}
	return events, nil
}
