package temporal

import "slices"

// The word lists every rule family reads. Each word maps to one entry that
// may belong to several classes ("second" is an ordinal and a unit, "may" a
// month and a modal verb).

// Classes of a lexicon entry (bits of word.class).
const (
	cMonth        uint32 = 1 << iota // January, Jan, Sept (val: 1..12)
	cWeekday                         // Monday, Mon, Mondays (val: 1 = Monday .. 7)
	cUnit                            // year, month, ... (unit)
	cNumber                          // one .. ninety, hundred, thousand (num)
	cOrdinal                         // first .. thirty-first (ord)
	cSeason                          // spring, summer, fall, autumn, winter (season)
	cPartOfDay                       // morning, afternoon, evening, night (tod)
	cPast                            // past-tense cue
	cPresent                         // present-tense cue
	cFuture                          // future-tense cue
	cAbbrev                          // abbreviation followed by a period that ends no sentence
	cPlural                          // plural form of a unit or weekday
	cFuzzyNum                        // several, few, many, some
	cTrigger                         // a word that carries time on its own: today, now, noon, daily
	cStarter                         // a word an expression may start with: the, last, early, about
	cBareSchedule                    // the bare present of a timetable verb: meet, visit, open (see timetableVerbs)
)

// starterWords may open an expression without carrying time themselves.
var starterWords = []string{"the", "a", "an", "this", "that", "these", "last", "next", "past", "coming", "upcoming",
	"previous", "following", "preceding", "current", "present", "early", "late", "mid", "earlier", "later", "more",
	"less", "no", "at", "up", "over", "under", "nearly", "almost", "about", "around", "approximately", "roughly",
	"some", "every", "each", "per", "fiscal", "fy", "q", "h", "several", "few", "many", "numerous", "comparable",
	"corresponding", "then", "once", "twice", "thrice", "long", "half", "ad", "ides", "ve", "v", "d"}

// triggerClasses are the classes of words found in the core of every
// expression.
const triggerClasses = cMonth | cWeekday | cUnit | cNumber | cOrdinal | cSeason | cPartOfDay | cTrigger

var triggerWords = []string{"today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "presently",
	"current", "recently", "lately", "formerly", "recent", "latest", "future", "past", "present", "moment", "noon",
	"midnight", "midday", "overnight", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "biweekly",
	"nightly", "christmas", "xmas", "easter", "thanksgiving", "halloween", "eve", "fy", "q", "nineties",
	"eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties", "term", "ago",
	// words of holidays whose other words open no window near their start:
	// "St. Patrick's Day" has its unit five tokens after "St."
	"patrick", "cinco",
	// "at the time" (PAST_REF)
	"time"}

// unit codes as they appear in durations.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

type word struct {
	form   string // the lower-case word itself
	class  uint32
	val    int8 // month or weekday number
	unit   int8
	num    int32
	ord    int8
	season string
	tod    string
}

var lexicon = buildLexicon()

// maxWordLen is the length of the longest lexicon word; longer words are
// not looked up.
var maxWordLen int

func buildLexicon() map[string]word {
	m := map[string]word{}
	add := func(s string, f func(w *word)) {
		w := m[s]
		f(&w)
		m[s] = w
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	abbr := [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, name := range months {
		v := int8(i + 1)
		add(name, func(w *word) { w.class |= cMonth; w.val = v })
		for _, a := range abbr[i] {
			add(a, func(w *word) { w.class |= cMonth | cAbbrev; w.val = v })
		}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	dabbr := []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	for i, name := range days {
		v := int8(i + 1)
		add(name, func(w *word) { w.class |= cWeekday; w.val = v })
		add(name+"s", func(w *word) { w.class |= cWeekday | cPlural; w.val = v })
		// the abbreviations keep their day in val but are no weekday
		// alone ("sat", "sun", "wed" are words too); calendarDate reads
		// them before a date: "Wed., Sept. 14"
		add(dabbr[i], func(w *word) { w.class |= cAbbrev | cStarter; w.val = v })
	}
	add("tues", func(w *word) { w.class |= cAbbrev | cStarter; w.val = 2 })
	add("thurs", func(w *word) { w.class |= cAbbrev | cStarter; w.val = 4 })
	units := []struct {
		s, pl string
		u     int8
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"weekend", "weekends", uWeekend},
		{"fortnight", "fortnights", uFortnight}, {"month", "months", uMonth}, {"quarter", "quarters", uQuarter},
		{"year", "years", uYear}, {"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"millennium", "millennia", uMillennium}, {"yr", "yrs", uYear}, {"min", "mins", uMinute},
		{"hr", "hrs", uHour}, {"sec", "secs", uSecond},
	}
	for _, u := range units {
		uu := u.u
		add(u.s, func(w *word) { w.class |= cUnit; w.unit = uu })
		add(u.pl, func(w *word) { w.class |= cUnit | cPlural; w.unit = uu })
	}
	nums := map[string]int32{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
		"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"hundred": 100, "thousand": 1000, "dozen": 12,
	}
	for s, n := range nums {
		nn := n
		add(s, func(w *word) { w.class |= cNumber; w.num = nn })
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
		"twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"}
	for i, s := range ords {
		o := int8(i + 1)
		add(s, func(w *word) { w.class |= cOrdinal; w.ord = o })
	}
	add("last", func(w *word) { w.ord = -1 }) // "the last quarter" as an ordinal is handled by rules
	for s, v := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"} {
		vv := v
		add(s, func(w *word) { w.class |= cSeason; w.season = vv })
	}
	for s, v := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"} {
		vv := v
		add(s, func(w *word) { w.class |= cPartOfDay; w.tod = vv })
	}
	for _, s := range []string{"several", "few", "many", "some", "couple", "numerous"} {
		add(s, func(w *word) { w.class |= cFuzzyNum })
	}
	for _, s := range []string{"was", "were", "had", "did", "said", "told", "met", "began", "came", "went", "took",
		"made", "gave", "left", "fell", "rose", "won", "lost", "sold", "bought", "held", "got", "found", "saw",
		"became", "led", "paid", "ran", "quit", "struck", "spoke", "wrote", "broke", "brought", "thought", "knew",
		"kept", "sent", "spent", "built", "felt", "stood", "chose", "drove", "flew", "grew", "threw", "shot", "sank",
		"fought", "caught", "taught", "meant", "ago", "has", "have", "been", "earlier", "previously", "last",
		"recently", "hit", "dropped", "slipped", "put", "cut", "hid", "arrived", "began", "heard", "told", "sought",
		"agreed", "decided", "vowed", "pledged", "promised", "threatened", "planned", "intended", "wasn", "weren", "didn", "hadn", "reported", "announced", "claimed", "killed", "added",
		// irregular simple pasts of wire news, past as "sold" is: "laid off 2,000
		// workers in April", "shed 2,000 jobs in April", "burst its banks on Sunday"
		"laid", "shed", "burst", "stole", "swept", "shook", "slid", "shrank", "fled", "withdrew", "overthrew", "swore",
		"lent", "dealt", "tore", "froze", "stuck", "hung", "underwent", "undertook", "overtook", "withheld", "forbade",
		"rebuilt", "rode", "bore", "wore", "bit", "spun", "sprang", "fed", "dug", "bled", "wept", "slept", "crept",
		// regular pasts too short for the "-ed" rule of cueList: "died on 25 June"
		"died", "tied", "lied"} {
		add(s, func(w *word) { w.class |= cPast })
	}
	// "runs", "lasts": a season or an exhibition that spans the present
	for _, s := range []string{"is", "are", "am", "isn", "aren", "now", "currently", "today", "runs", "lasts", "continues"} {
		add(s, func(w *word) { w.class |= cPresent })
	}
	for _, s := range []string{"will", "ll", "shall", "wo", "next", "upcoming", "coming", "tomorrow", "would",
		"plans", "plan", "planning", "scheduled", "expected", "due", "slated", "intends", "going", "set", "later"} {
		add(s, func(w *word) { w.class |= cFuture })
	}
	// News writes a scheduled happening in the simple present: "travels to
	// Paris on Thursday", "the trial opens in April". These verbs of a
	// timetable point ahead, as "will" does.
	// Their plural twins ("the leaders meet in Geneva on Friday") point
	// ahead after a plural subject (cueList).
	for _, s := range timetableVerbs {
		add(s, func(w *word) { w.class |= cFuture })
		add(bareForm(s), func(w *word) { w.class |= cBareSchedule })
	}
	for _, s := range []string{"mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "corp", "inc", "co", "jr",
		"sr", "lt", "col", "vs", "no", "prof", "mt", "ft", "ltd", "a", "p", "m", "u", "s", "e", "n", "w"} {
		add(s, func(w *word) { w.class |= cAbbrev })
	}
	return m
}

// timetableVerbs are verbs of a timetable in the third person present.
var timetableVerbs = []string{"travels", "arrives", "flies", "departs", "heads", "returns", "visits", "hosts",
	"convenes", "opens", "reopens", "resumes", "reconvenes", "begins", "starts", "kicks", "wraps", "concludes", "tours",
	"plays", "faces", "meets", "closes", "launches", "unveils"}

// bareForm is the bare present of a third person form: "flies" fly,
// "launches" launch, "closes" close, "meets" meet.
func bareForm(s string) string {
	switch n := len(s); {
	case n > 4 && s[n-3:] == "ies":
		return s[:n-3] + "y"
	case n > 4 && (s[n-4:] == "ches" || s[n-4:] == "shes" || s[n-4:] == "sses" || s[n-4:] == "xes"):
		return s[:n-2]
	case n > 1 && s[n-1] == 's':
		return s[:n-1]
	}
	return s
}

// Other words the rules compare by text are kept as plain strings in the
// rule files; this keeps the lexicon to the words with classes.

// holidays with a rule: fixed day of a month, or computed.
var holidays = map[string]func(y int) (int, int){
	"hogmanay":     func(int) (int, int) { return 12, 31 },
	"juneteenth":   func(int) (int, int) { return 6, 19 },
	"christmas":    func(int) (int, int) { return 12, 25 },
	"xmas":         func(int) (int, int) { return 12, 25 },
	"halloween":    func(int) (int, int) { return 10, 31 },
	"easter":       easter,
	"thanksgiving": func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) },
}

// multi-word holidays: the words after the first, lowercased.
var holidayPhrases = []struct {
	words []wordID
	date  func(y int) (int, int)
}{
	{[]wordID{wNew, wYear, wApostrophe, wS, wDay}, func(int) (int, int) { return 1, 1 }},
	{[]wordID{wNew, wYear, wApostrophe, wS, wEve}, func(int) (int, int) { return 12, 31 }},
	{[]wordID{wNew, wYears, wDay}, func(int) (int, int) { return 1, 1 }},
	{[]wordID{wNew, wYears, wEve}, func(int) (int, int) { return 12, 31 }},
	{[]wordID{wChristmas, wEve}, func(int) (int, int) { return 12, 24 }},
	{[]wordID{wChristmas, wDay}, func(int) (int, int) { return 12, 25 }},
	{[]wordID{wThanksgiving, wDay}, func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) }},
	{[]wordID{wIndependence, wDay}, func(int) (int, int) { return 7, 4 }},
	{[]wordID{wElection, wDay}, func(y int) (int, int) { return 11, nthWeekday(y, 11, 1, 1) + 1 }}, // US: the Tuesday after the first Monday
	{[]wordID{wLabor, wDay}, func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1) }},
	{[]wordID{wMemorial, wDay}, func(y int) (int, int) { return 5, lastWeekday(y, 5, 1) }},
	{[]wordID{wValentine, wApostrophe, wS, wDay}, func(int) (int, int) { return 2, 14 }},
	{[]wordID{wEaster, wSunday}, easter},
	{[]wordID{wEaster, wMonday}, func(y int) (int, int) {
		m, d := easter(y)
		t := civil(y, monthOf(m), d).AddDate(0, 0, 1)
		return int(t.Month()), t.Day()
	}},
	{[]wordID{wBoxing, wDay}, func(int) (int, int) { return 12, 26 }},
	{[]wordID{wCinco, wDe, wMayo}, func(int) (int, int) { return 5, 5 }},
	{[]wordID{wBonfire, wNight}, func(int) (int, int) { return 11, 5 }},
	{[]wordID{wGuy, wFawkes, wNight}, func(int) (int, int) { return 11, 5 }},
	{[]wordID{wGroundhog, wDay}, func(int) (int, int) { return 2, 2 }},
	{[]wordID{wApril, wFools, wApostrophe, wDay}, func(int) (int, int) { return 4, 1 }},
	{[]wordID{wApril, wFool, wApostrophe, wS, wDay}, func(int) (int, int) { return 4, 1 }},
	{[]wordID{wAll, wSaints, wApostrophe, wDay}, func(int) (int, int) { return 11, 1 }},
	{[]wordID{wOrthodox, wChristmas}, func(int) (int, int) { return 1, 7 }},
	{[]wordID{wVeterans, wDay}, func(int) (int, int) { return 11, 11 }},
	{[]wordID{wArmistice, wDay}, func(int) (int, int) { return 11, 11 }},
	{[]wordID{wRemembrance, wDay}, func(int) (int, int) { return 11, 11 }},
	{[]wordID{wBastille, wDay}, func(int) (int, int) { return 7, 14 }},
	{[]wordID{wCanada, wDay}, func(int) (int, int) { return 7, 1 }},
	{[]wordID{wSt, wPatrick, wApostrophe, wS, wDay}, func(int) (int, int) { return 3, 17 }},
	{[]wordID{wMother, wApostrophe, wS, wDay}, func(y int) (int, int) { return 5, nthWeekday(y, 5, 7, 2) }}, // US: second Sunday of May
	{[]wordID{wFather, wApostrophe, wS, wDay}, func(y int) (int, int) { return 6, nthWeekday(y, 6, 7, 3) }}, // US: third Sunday of June
	{[]wordID{wMartin, wLuther, wKing, wDay}, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	{[]wordID{wPresidents, wApostrophe, wDay}, func(y int) (int, int) { return 2, nthWeekday(y, 2, 1, 3) }},
	{[]wordID{wPresidents, wDay}, func(y int) (int, int) { return 2, nthWeekday(y, 2, 1, 3) }},
	{[]wordID{wBlack, wFriday}, func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) + 1 }}, // US: the day after Thanksgiving
	{[]wordID{wCyber, wMonday}, func(y int) (int, int) { // the Monday after Thanksgiving
		t := civil(y, 11, nthWeekday(y, 11, 4, 4)).AddDate(0, 0, 4)
		return int(t.Month()), t.Day()
	}},
	{[]wordID{wGood, wFriday}, func(y int) (int, int) {
		m, d := easter(y)
		t := civil(y, monthOf(m), d).AddDate(0, 0, -2)
		return int(t.Month()), t.Day()
	}},
}

// plainWords are compared by text in the rules; listing them gives their
// tokens a lower-case form without allocating.
var plainWords = []string{
	"the", "this", "that", "these", "those", "a", "an", "of", "in", "on", "at", "ago", "every", "each", "per",
	"early", "late", "mid", "about", "around", "approximately", "roughly", "nearly", "almost", "more", "less",
	"than", "over", "under", "least", "up", "to", "end", "beginning", "start", "middle", "close", "past",
	"previous", "following", "recent", "current", "now", "yesterday", "tonight", "fiscal",
	"half", "same", "period", "before", "after", "from", "old", "and", "or", "ended", "ending", "through",
	"since", "until", "by", "annually", "daily", "weekly", "monthly", "hourly", "yearly", "quarterly",
	"biweekly", "noon", "midnight", "midday", "overnight", "pm", "est", "edt", "gmt", "utc", "pst", "pdt",
	"cst", "cdt", "bst", "cet", "future", "present", "moment", "soon", "lately", "nowadays", "formerly",
	"so", "far", "time", "times", "latest", "then", "twice", "thrice", "new", "year", "eve", "day", "labor",
	"memorial", "independence", "valentine", "good", "christmas", "xmas", "easter", "thanksgiving",
	"halloween", "s", "th", "st", "nd", "rd", "no", "than", "within", "for", "into", "during", "trading",
	"business", "calendar", "full", "whole", "entire", "nineties", "eighties", "seventies", "sixties",
	"fifties", "forties", "thirties", "twenties", "ages", "earlier", "later", "hence", "once", "days",
	"year-earlier", "ago", "prior", "successive", "straight", "consecutive", "other", "last", "next",
	"millennium", "o", "clock", "oclock", "am", "m", "p", "de", "de", "beginning", "start", "outset",
	"dawn", "dusk", "daybreak", "lunchtime", "teatime", "week", "month", "quarter", "two", "thousand",
	"hundred", "twenty", "dozen", "fy", "q", "h", "centuries", "decades", "mornings", "gone", "by",
	"as", "back", "barrels", "be", "being", "billion", "cents", "circa", "dollars", "final", "foreseeable",
	"francs", "level", "levels", "marks", "miles", "million", "most", "near", "nightly", "people", "percent",
	"pounds", "preceding", "presently", "till", "tons", "when", "which", "who", "yen", "short", "term", "long", "while",
	"ahead", "additional", "planned", "about", "period", "till", "payable", "effective", "starting", "expires", "expiring", "comparable", "corresponding", "supposed", "hoping", "hopes", "eighteen", "more", "already", "yet", "election", "record", "term", "ninety", "nineteen",
	"expects", "expect", "intend", "intended", "aims", "aim", "promised", "promises", "vowed", "pledged",
	"threatened", "wants", "want", "hope", "had", "further", "extra", "decided", "decide", "decides", "agreement",
	"meet", "travel", "arrive", "fly", "depart", "convene", "reconvene", "resume", "gather", "did", "didn", "not",
	"go", "play", "vote", "face", "reopen",
	"can", "could", "may", "might", "must", "should", "their", "his", "her", "its",
	"it", "they", "he", "she", "we", "i", "you", "there", "such", "many", "most",
	"victory", "win", "loss", "lead", "margin", "score", "but", "throughout", "how", "too", "financial",
	"trillion", "says", "say", "down", "with",
	"likely", "unlikely", "seemed", "seems", "appeared", "appears", "planning", "another", "originally", "initially",
	"cinco", "mayo", "bonfire", "guy", "fawkes", "night", "groundhog", "fools", "fool", "saints", "orthodox",
	"hogmanay", "juneteenth", "long", "boxing", "veterans", "armistice", "remembrance", "bastille", "canada", "patrick", "mother", "father",
	"martin", "luther", "king", "presidents",
	"rose", "fell", "risen", "fallen", "climbed", "dropped", "slipped", "jumped", "compared", "rescheduled",
	"postponed", "delayed", "moved", "local", "eastern", "pacific", "central", "mountain", "greenwich", "moscow", "beijing", "standard",
	"between", "tenure", "ides", "ve", "v", "saying", "wrote", "bc", "bce", "ad", "ce", "b", "c", "d", "dating", "dates", "dated", "goes", "going", "went",
	"daylight", "mean", "et", "ct", "pt", "cest", "eet", "eest", "jst", "ist", "aest", "msk", "sgt", "hkt",
}

// figureWords name the figures of a company or an economy, which are
// counted by periods of a year: a bare "the first half" in their sentence
// is the year's (see yearTalk).
var figureWords = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "sales": true, "revenue": true, "revenues": true,
	"income": true, "loss": true, "losses": true, "growth": true, "output": true, "economy": true,
	"gdp": true, "exports": true, "imports": true, "inflation": true, "turnover": true, "dividend": true,
	"dividends": true, "production": true, "deficit": true, "surplus": true, "unemployment": true,
}

func init() {
	for s := range figureWords {
		if _, ok := lexicon[s]; !ok {
			lexicon[s] = word{}
		}
	}
	for _, s := range wordForms[1:] {
		if _, ok := lexicon[s]; !ok {
			lexicon[s] = word{}
		}
	}
	for _, s := range plainWords {
		if _, ok := lexicon[s]; !ok {
			lexicon[s] = word{}
		}
	}
	for _, s := range triggerWords {
		w := lexicon[s]
		w.class |= cTrigger
		lexicon[s] = w
	}
	for _, s := range starterWords {
		w := lexicon[s]
		w.class |= cStarter
		lexicon[s] = w
	}
	for _, h := range holidayPhrases {
		first := wordForms[h.words[0]]
		w := lexicon[first]
		w.class |= cStarter
		lexicon[first] = w
	}
	for k := range holidays {
		w := lexicon[k]
		w.class |= cStarter | cTrigger
		lexicon[k] = w
	}
	for k, w := range lexicon {
		maxWordLen = max(maxWordLen, len(k))
		if w.class&triggerClasses != 0 {
			w.class |= cStarter
		}
		w.form = k
		lexicon[k] = w
	}
	buildLexTable()
	decadeTable, holidayTable, adverbTable = tableOf(decadeWords), tableOf(holidays), tableOf(adverbSets)
	figureTable = tableOf(figureWords)
}

// The scanner looks words up in an open-addressing table keyed by a hash of
// the lower-cased word: for a word of at most eight bytes, its bytes packed
// into one integer (the key, read with one load) and multiplied; for longer
// words FNV-1a. A short word is then found by comparing keys, a long one by
// comparing letters: no map, no allocation.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// lexSlot is one slot of the probe table: the word's full hash and its id
// (0 is an empty slot). Slots are 8 bytes, so the whole table stays in the
// cache and a word not in the lexicon, most words, is ruled out by hashes
// alone.
type lexSlot struct {
	hash uint32
	id   uint32
}

var (
	// lexWords are the lexicon's entries by id; lexWords[0] is the zero
	// word, the entry of every word the lexicon does not hold.
	lexWords []word
	// lexKeys[id] is the key of a form of at most eight bytes, else 0.
	lexKeys  []uint64
	lexSlots []lexSlot
	lexMask  uint32
)

// wordKey packs a word of at most eight bytes into an integer, its first
// byte lowest (as a little-endian load reads it).
func wordKey[S string | []byte](s S) uint64 {
	var k uint64
	for i := len(s) - 1; i >= 0; i-- {
		k = k<<8 | uint64(s[i])
	}
	return k
}

// keyHash is the hash of a short word from its key.
func keyHash(k uint64) uint32 { return uint32((k * 0x9E3779B97F4A7C15) >> 32) }

// wordHash is the probe table's hash of a lower-cased word.
func wordHash[S string | []byte](s S) uint32 {
	if len(s) <= 8 {
		return keyHash(wordKey(s))
	}
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// buildLexTable numbers the lexicon, the words with constants first under
// their constants and the others after them in sorted order, and fills the
// probe table at a quarter load, linear probing.
func buildLexTable() {
	lexWords = make([]word, numWordConsts, len(lexicon)+1)
	named := make(map[string]bool, len(wordForms))
	for id, form := range wordForms {
		if id > 0 {
			lexWords[id] = lexicon[form]
			named[form] = true
		}
	}
	rest := make([]string, 0, len(lexicon))
	for k := range lexicon {
		if !named[k] {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	for _, k := range rest {
		lexWords = append(lexWords, lexicon[k])
	}
	if len(lexWords) > 1<<16 {
		panic("temporal: the lexicon outgrows wordID")
	}
	size := 1
	for size < 4*len(lexWords) {
		size <<= 1
	}
	lexSlots, lexMask = make([]lexSlot, size), uint32(size-1)
	lexKeys = make([]uint64, len(lexWords))
	for id := 1; id < len(lexWords); id++ {
		form := lexWords[id].form
		if len(form) <= 8 {
			lexKeys[id] = wordKey(form)
		}
		h := wordHash(form)
		i := h & lexMask
		for lexSlots[i].id != 0 {
			i = (i + 1) & lexMask
		}
		lexSlots[i] = lexSlot{hash: h, id: uint32(id)}
	}
}

// lookupKey finds the lexicon id of the lower-cased word of at most eight
// bytes with key k and hash h, or 0.
func lookupKey(k uint64, h uint32) wordID {
	for i := h & lexMask; ; i = (i + 1) & lexMask {
		sl := lexSlots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && lexKeys[sl.id] == k {
			return wordID(sl.id)
		}
	}
}

// lookupFold finds the lexicon id of the ASCII word w of more than eight
// letters, compared without case, whose lowercased hash is h, or 0.
func lookupFold(w string, h uint32) wordID {
	for i := h & lexMask; ; i = (i + 1) & lexMask {
		sl := lexSlots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && equalFold(w, lexWords[sl.id].form) {
			return wordID(sl.id)
		}
	}
}

// equalFold reports whether the ASCII letters w spell the lower-case form.
func equalFold(w, form string) bool {
	if len(w) != len(form) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != form[k] {
			return false
		}
	}
	return true
}

// lookupWord finds the lexicon id of the lowercased word b with hash h
// (wordHash), or 0.
func lookupWord(b []byte, h uint32) wordID {
	for i := h & lexMask; ; i = (i + 1) & lexMask {
		sl := lexSlots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && lexWords[sl.id].form == string(b) {
			return wordID(sl.id)
		}
	}
}
