package keydate

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
)

// idf is the inverse document frequency of words over the story's distinct
// report sentences. Words are interned: vectors are sorted slices of word
// ids, and centroids dense arrays over the vocabulary, so that summarizing
// allocates little and costs what the sentences read.
type idf struct {
	ids    table
	df, tf []int32
	n      int
	w      []float64 // the words' weights (see weight)
	// story is the centroid of every distinct report sentence of the
	// story, dense, and its norm.
	story     []float64
	storyNorm float64
}

func newIDF(reps []report) *idf {
	x := &idf{}
	// The distinct sentences, normalized, by the hash of their words: the
	// first report read with each hash, and the rare others whose hash
	// another sentence has.
	seen := newQuoteSet(len(reps))
	var others map[string]bool
	var last []int32 // the sentence each word was last counted in, for df
	var sc, other wordScanner
	for i := range reps {
		r := &reps[i]
		sc.scan(r.quote)
		if j, first := seen.addFirst(sc.keyHash, int32(i)); !first {
			q := reps[j].quote
			if q == r.quote {
				continue
			}
			other.scan(q)
			if string(other.key) == string(sc.key) || others[string(sc.key)] {
				continue
			}
			if others == nil {
				others = map[string]bool{}
			}
			others[string(sc.key)] = true
		}
		x.n++
		for k := range sc.n() {
			id, added := x.ids.add(sc.word(k), sc.hashes[k])
			if added {
				x.df, x.tf, last = append(x.df, 0), append(x.tf, 0), append(last, 0)
			}
			x.tf[id]++
			if last[id] != int32(x.n) {
				last[id] = int32(x.n)
				x.df[id]++
			}
		}
	}
	x.w = make([]float64, len(x.df))
	for id := range x.w {
		x.w[id] = math.Log(float64(x.n+1) / float64(x.df[id]+1))
	}
	x.story = make([]float64, len(x.df))
	for id, n := range x.tf {
		f := float64(n) * x.weight(int32(id))
		x.story[id] = f
		x.storyNorm += f * f
	}
	x.storyNorm = math.Sqrt(x.storyNorm)
	return x
}

// weight is the idf of a word, ln((n+1)/(df+1)).
func (x *idf) weight(id int32) float64 { return x.w[id] }

// term is a word of a vector and its weight.
type term struct {
	id int32
	w  float64
}

// vector is a sparse tf-idf vector, sorted by word id, with its norm.
type vector struct {
	terms []term
	norm  float64
}

// vectorOf is the tf-idf vector of the words sc holds; words the story's
// reports never use have no weight.
func (x *idf) vectorOf(sc *wordScanner) vector {
	var v vector
	for i := range sc.n() {
		if id, ok := x.ids.lookup(sc.word(i), sc.hashes[i]); ok && x.weight(id) > 0 {
			v.terms = append(v.terms, term{id, x.weight(id)})
		}
	}
	slices.SortFunc(v.terms, func(a, b term) int { return cmp.Compare(a.id, b.id) })
	// Repeated words add up.
	out := v.terms[:0]
	for _, t := range v.terms {
		if n := len(out); n > 0 && out[n-1].id == t.id {
			out[n-1].w += t.w
			continue
		}
		out = append(out, t)
	}
	v.terms = out
	for _, t := range v.terms {
		v.norm += t.w * t.w
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// cosine of two sparse vectors, by merging their sorted terms.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i].id < b.terms[j].id:
			i++
		case a.terms[i].id > b.terms[j].id:
			j++
		default:
			dot += a.terms[i].w * b.terms[j].w
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// cosineDense is the cosine of a sparse vector and a dense one of norm n.
func cosineDense(a vector, dense []float64, n float64) float64 {
	if a.norm == 0 || n == 0 {
		return 0
	}
	dot := 0.0
	for _, t := range a.terms {
		dot += t.w * dense[t.id]
	}
	return dot / (a.norm * n)
}

// candidate is a distinct sentence of a day's reports.
type candidate struct {
	text    string
	sources []Source
	docs    []int64 // the documents that print it, in order
	vec     vector
	score   float64
	n       int    // words
	quote   string // the first report's sentence as printed
	order   int
	// ahead is set when every document that prints it was published
	// before the day: an announcement or a plan, not what happened.
	ahead bool
	// listed is set when a report prints it as an item of a chronology,
	// after its date ("24 September 2011 The jury is finalized.").
	listed bool
}

// Weights of a summary sentence's score (see summarize).
const (
	// dayWeight is the weight of the sentence's closeness to the centroid
	// of the day's reports.
	dayWeight = 0.5
	// storyWeight is the weight of its closeness to the whole story: a key
	// date's summary says what happened in this story on that day, so a
	// sentence of an article that is about something else, or of a
	// column's aside, loses to one on the story's subject.
	storyWeight = 3.0
	// supportWeight is the weight of its support by the other documents'
	// reports of the day (their mean cosine similarity to it).
	supportWeight = 4.0
	// aheadPenalty is taken from a sentence only published before its day.
	aheadPenalty = 0.5
)

// summarize picks one or two sentences of the day's reports. A sentence
// scores by its closeness to the centroid of the day's reports (references
// back weighing as they do in the day's score), to the centroid of the
// whole story, and by its support among the other documents: the mean
// cosine similarity of the day's report sentences printed by other
// documents than its own, the centrality of graph-based summarizers, which,
// unlike the centroid, a long sentence cannot earn from its own words. A
// sentence only published ahead of the day loses aheadPenalty. The first
// is the best; the second the best that says something else (similarity to
// the first below one half), or the first one's continuation in its own
// article (its next sentence in the same paragraph, when that has no date
// of its own), whichever scores higher. Sentences shorter than minWords or
// longer than maxWords, and personal ones, are taken only when there is
// nothing else.
func summarize(reps []report, events []timeline.Event, texts map[int64]string, dated func(string) bool, x *idf, scratch, all []float64) []Sentence {
	byKey := map[string]*candidate{}
	var cands []*candidate
	// The day's centroid accumulates in scratch and the support's sum in
	// all (both zero on entry, zeroed again on return), touching only the
	// words of its reports.
	var touched []int32
	defer func() {
		for _, id := range touched {
			scratch[id], all[id] = 0, 0
		}
	}()
	var sc wordScanner
	addCandidate := func(r report, text, printed string, listed bool) {
		sc.scan(text)
		if len(sc.key) == 0 {
			return
		}
		c := byKey[string(sc.key)]
		if c == nil {
			c = &candidate{quote: printed, text: strings.TrimSpace(text), vec: x.vectorOf(&sc), n: sc.n(), order: len(cands), ahead: true}
			byKey[string(sc.key)] = c
			cands = append(cands, c)
		}
		if r.lag >= 0 {
			c.ahead = false
		}
		if listed {
			c.listed = true
		}
		if !slices.Contains(c.docs, r.doc) {
			c.docs = append(c.docs, r.doc)
			c.sources = append(c.sources, Source{DocumentID: r.doc, EventID: events[r.event].ID})
		}
		for _, t := range c.vec.terms {
			if scratch[t.id] == 0 {
				touched = append(touched, t.id)
			}
			scratch[t.id] += t.w * r.weight
		}
	}
	for _, r := range reps {
		sentencesOf(r, func(text, printed string, listed bool) { addCandidate(r, text, printed, listed) })
	}
	centroidNorm := 0.0
	for _, id := range touched {
		centroidNorm += scratch[id] * scratch[id]
	}
	centroidNorm = math.Sqrt(centroidNorm)
	if len(cands) == 0 {
		return nil
	}
	usable := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		if c.n >= minWords && c.n <= maxWords && !personal(c.text) {
			usable = append(usable, c)
		}
	}
	if len(usable) == 0 {
		usable = cands
	}
	sup := newSupport(cands, all)
	scoreOf := func(c *candidate) float64 {
		s := dayWeight*cosineDense(c.vec, scratch, centroidNorm) + storyWeight*cosineDense(c.vec, x.story, x.storyNorm) +
			supportWeight*sup.of(c)
		if c.ahead {
			s -= aheadPenalty
		}
		return s
	}
	for _, c := range usable {
		c.score = scoreOf(c)
	}
	slices.SortStableFunc(usable, func(a, b *candidate) int {
		if c := compareCandidates(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	best := usable[0]
	out := []Sentence{{Text: best.text, Sources: best.sources}}
	// The second sentence is the one that adds most: the best sentence
	// that says something else, or the first sentence's continuation in
	// its own article, scored alike.
	var second *candidate
	// An item of a chronology is a journalist's summary of the day already:
	// it takes its own continuation only.
	for _, c := range usable[1:] {
		if best.listed {
			break
		}
		if cosine(c.vec, best.vec) < secondSimilarity {
			second = c
			break
		}
	}
	// A continuation that dates a happening of its own, or opens with a
	// date (the next item of a dated list), is not one; what the splitter
	// glued to it is no part of it.
	next := continuation(texts[best.sources[0].DocumentID], best.quote)
	if next != "" && (dated(next) || datedStart(next)) {
		next = ""
	} else if g := unglue(nil, next); len(g) > 0 && g[0].date == "" {
		next = g[0].text
	} else {
		next = ""
	}
	if next != "" && !personal(next) {
		if sc.scan(next); sc.n() >= minWords && sc.n() <= maxWords {
			c := &candidate{text: next, sources: best.sources[:1], docs: best.docs, vec: x.vectorOf(&sc), ahead: best.ahead, listed: best.listed}
			c.score = scoreOf(c)
			if second == nil || compareCandidates(c, second) <= 0 {
				second = c
			}
		}
	}
	if second != nil {
		out = append(out, Sentence{Text: second.text, Sources: second.sources})
	}
	return out
}

// sentencesOf calls f with each sentence a report's quote holds, its
// page's stamps and the day's own date removed, and the sentence as
// printed: when the splitter glued a caption or another day's item to it
// (see unglue), the parts that the report's own date opens if there are
// any, else the parts no other date opens.
func sentencesOf(r report, f func(text, printed string, listed bool)) {
	var buf [4]segment
	segs := unglue(buf[:0], trimStamp(r.quote))
	own := func(g segment) bool {
		return g.date != "" && (g.date == r.expr || sameDay(g.date, r.dateStr))
	}
	anyOwn := slices.ContainsFunc(segs, own)
	for _, g := range segs {
		if anyOwn && !own(g) || !anyOwn && g.date != "" {
			continue
		}
		t := g.text
		if g.date != "" {
			t = trimLeadingDate(t, g.date)
		}
		lead := trimLeadingDate(t, r.expr)
		f(trimOwnDate(lead, r.expr), g.text, g.date != "")
	}
}

// compareCandidates orders summary sentences, the better first: an item of
// a chronology the sources print (see candidate.listed) before any other
// sentence, as an outlet's own timeline entry is what a key date's summary
// is; then by score.
func compareCandidates(a, b *candidate) int {
	if a.listed != b.listed {
		if a.listed {
			return -1
		}
		return 1
	}
	return cmp.Compare(b.score, a.score)
}

// support holds, for the candidates of a day, the sum of their unit
// vectors, overall and by the document that first printed each, so that a
// sentence's mean similarity to the sentences of other documents costs what
// its words do (not a comparison with every other sentence).
type support struct {
	all   []float64 // dense, over the vocabulary
	byDoc map[int64]map[int32]float64
	n     int
}

func newSupport(cands []*candidate, all []float64) support {
	s := support{all: all, byDoc: map[int64]map[int32]float64{}, n: len(cands)}
	for _, c := range cands {
		if c.vec.norm == 0 {
			continue
		}
		d := c.sources[0].DocumentID
		m := s.byDoc[d]
		if m == nil {
			m = map[int32]float64{}
			s.byDoc[d] = m
		}
		for _, t := range c.vec.terms {
			s.all[t.id] += t.w / c.vec.norm
			m[t.id] += t.w / c.vec.norm
		}
	}
	return s
}

// of is the mean cosine similarity of c to the day's candidates first
// printed by documents that do not print c.
func (s support) of(c *candidate) float64 {
	if c.vec.norm == 0 || s.n == 0 {
		return 0
	}
	dot := 0.0
	for _, t := range c.vec.terms {
		v := s.all[t.id]
		for _, d := range c.docs {
			v -= s.byDoc[d][t.id]
		}
		dot += t.w * v
	}
	return dot / c.vec.norm / float64(s.n)
}

// continuation is the sentence that follows quote in text in the same
// paragraph, "" when there is none: a report's next sentence most often
// says more of the same happening ("… is barred from giving evidence at the
// trial. Dr Murray's lawyers had planned to argue …"), so a day reported by
// a single sentence, or whose other reports only repeat it, takes it as
// its second sentence.
func continuation(text, quote string) string {
	i := strings.Index(text, quote)
	if i < 0 || quote == "" {
		return ""
	}
	rest := text[i+len(quote):]
	// Same paragraph: no blank line before the next sentence starts.
	trimmed := strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(trimmed, "\r\n") {
		trimmed = trimmed[2:]
	} else if strings.HasPrefix(trimmed, "\n") || strings.HasPrefix(trimmed, "\r") {
		trimmed = trimmed[1:]
	}
	trimmed = strings.TrimLeft(trimmed, " \t")
	if trimmed == "" || trimmed[0] == '\n' || trimmed[0] == '\r' {
		return ""
	}
	end := len(trimmed)
	if j := strings.IndexAny(trimmed, "\n\r"); j >= 0 {
		end = j
	}
	line := trimmed[:end]
	// The sentence ends at the first full stop, question or exclamation
	// mark followed by a space and a capital, or at the line's end.
	for k := 0; k < len(line); k++ {
		switch line[k] {
		case '.', '?', '!':
			if k+2 < len(line) && line[k+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(line[k+2:])
				if unicode.IsUpper(r) || r == '"' || r == '“' {
					return strings.TrimSpace(line[:k+1])
				}
			}
		}
	}
	return strings.TrimSpace(line)
}

// personal reports whether a sentence speaks in the first person singular
// outside quotation marks ("I am worried", "my office") or carries a reader
// comment's header ("At 16:14 29th Apr 2009, colinbannon wrote:"): comment
// and column, not a report of what happened.
func personal(text string) bool {
	if strings.Contains(text, " wrote:") {
		return true
	}
	quoted := false
	start := -1
	check := func(w string) bool {
		switch w {
		case "I", "I'm", "I've", "I'd", "I'll", "my", "My", "me", "I’m", "I’ve", "I’d", "I’ll":
			return true
		}
		return false
	}
	for i, r := range text {
		switch {
		case r == '"' || r == '“' || r == '”' || r == '`':
			if start >= 0 && !quoted && check(text[start:i]) {
				return true
			}
			start = -1
			switch r {
			case '“', '`':
				quoted = true
			case '”':
				quoted = false
			default:
				quoted = !quoted
			}
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 && !quoted && check(text[start:i]) {
				return true
			}
			start = -1
		}
	}
	// The end of the text ends its last word.
	if start >= 0 && !quoted && check(text[start:]) {
		return true
	}
	return false
}

// summarizer is what the summaries of a ranking's days share, and the
// summaries made so far, by date: days of one ranking (and the copies Apply
// makes of them) may be summarized by several goroutines at once, each
// day once.
type summarizer struct {
	mu     sync.Mutex
	idf    *idf
	events []timeline.Event
	texts  map[int64]string // documents' text by ID, for continuations
	// dated holds the sentences (trimmed of spaces) that date a happening
	// of their own: never the continuation of another day's report.
	dated   map[string]bool
	scratch []float64
	all     []float64 // the support's sum, as scratch
	done    map[string][]Sentence
}

// summary is the summary of the day date made of reps, made once.
func (s *summarizer) summary(date string, reps []report) []Sentence {
	s.mu.Lock()
	defer s.mu.Unlock()
	if got, ok := s.done[date]; ok {
		return got
	}
	got := summarize(reps, s.events, s.texts, s.isDated, s.idf, s.scratch, s.all)
	if s.done == nil {
		s.done = map[string][]Sentence{}
	}
	s.done[date] = got
	return got
}

// Summarize fills in the summary sentences of days (as Rank, Apply and Top
// return them) that have none yet. Only the days shown need a summary, so
// a page of the 10 key dates of a story of 5,000 events summarizes 10 days.
// Days of one ranking may be summarized from several goroutines as long as
// each works on its own slice (its own copy of the days, as Apply returns);
// the sentences are shared between them, to read only.
func Summarize(days []Day) {
	for i := range days {
		d := &days[i]
		if d.sum == nil || d.Sentences != nil {
			continue
		}
		d.Sentences = d.sum.summary(d.Date, d.reps)
	}
}

// trimLeadingDate removes the day's own date from the start of a sentence
// when a new clause starts after it ("24 September 2011 The jury is
// finalized.", "April 27: Mexico closes schools"): the key date shows the
// day beside its summary. "Yesterday, it was announced" keeps its date,
// which the sentence needs.
//
// A date that opens the sentence after "On" and before a comma ("On 8
// February, 2010, Dr Murray appeared in court", "On Tuesday, police
// searched …") goes too, and the sentence starts on its next word.
func trimLeadingDate(text, expr string) string {
	if expr == "" {
		return text
	}
	if !strings.HasPrefix(text, expr) {
		return trimLeadingOn(text, expr)
	}
	rest := strings.TrimLeft(text[len(expr):], " :,;-–—")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || len(words(rest)) < 3 {
		return text
	}
	return rest
}

func trimLeadingOn(text, expr string) string {
	expr = strings.TrimPrefix(strings.TrimPrefix(expr, "On "), "on ")
	// The sentence opens with "On " + expr + ",".
	n := len("On ") + len(expr) + len(",")
	if len(text) < n || text[:3] != "On " || text[3:n-1] != expr || text[n-1] != ',' {
		return text
	}
	rest := strings.TrimLeft(text[n:], " ")
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || len(words(rest)) < 3 {
		return text
	}
	return string(unicode.ToUpper(r)) + rest[n:]
}

// trimOwnDate removes the day's own date from inside a sentence when a
// preposition introduces it ("raised its alert on Monday to phase 4",
// "closed schools on 27 April"): the key date shows the day beside its
// summary, and the sentence reads as well without it.
func trimOwnDate(text, expr string) string {
	if expr == "" {
		return text
	}
	pre := " on "
	if len(expr) > 3 && strings.EqualFold(expr[:3], "on ") {
		pre = " "
	}
	i := indexAfter(text, pre, expr)
	if i <= 0 {
		return text
	}
	end := i + len(pre) + len(expr)
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return text
		}
		// "on Monday night": the date goes on in the next word.
		next, _, _ := strings.Cut(strings.TrimLeft(text[end:], " "), " ")
		switch strings.ToLower(strings.TrimRight(next, ",.;:")) {
		case "morning", "afternoon", "evening", "night", "at", "and", "or":
			return text
		}
	}
	return text[:i] + text[end:]
}

// isDated reports whether a sentence dates a happening of its own (see
// summarizer.dated), reading the events' sources the first time it is
// asked: only a day whose best sentence has a continuation asks.
func (s *summarizer) isDated(sentence string) bool {
	if s.dated == nil {
		s.dated = datedQuotes(s.events)
	}
	return s.dated[sentence]
}

// indexAfter is strings.Index(text, pre+expr), without building pre+expr:
// the first expr that pre comes just before.
func indexAfter(text, pre, expr string) int {
	for from := len(pre); from <= len(text); {
		j := strings.Index(text[from:], expr)
		if j < 0 {
			return -1
		}
		at := from + j
		if text[at-len(pre):at] == pre {
			return at - len(pre)
		}
		from = at + 1
	}
	return -1
}

// datedQuotes is the set of sentences of events' sources that carry a date
// of their own.
func datedQuotes(events []timeline.Event) map[string]bool {
	dated := map[string]bool{}
	for _, e := range events {
		for _, s := range e.Sources {
			if s.Date.Expression != "" {
				dated[strings.TrimSpace(s.Quote)] = true
			}
		}
	}
	return dated
}
