package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline"
)

var beForms = lexSet(`is are was were be been being`)

// complementStops end the words a headline takes after its verb.
var complementStops = lexSet(`since before after following until ahead amid during while which who whom
whose that because although though but and or as with without for according when where by`)

// headlineOf writes a short headline for a draft: "Tokayev meets Xi in
// Nur-Sultan", "Outbreak of the coronavirus pandemic", "Global Security
// Initiative announced".
func headlineOf(text string, d *draft) string {
	ws := d.words
	if d.trig < 0 {
		return capitalizeFirst(clipWords(withoutDate(text, d), 12))
	}
	if s := reportedSayingOf(text, d); s >= 0 {
		// "Griffin said Monday's flu coverage was event-driven": the
		// coverage is Monday's, headed as the saying tells it ("Griffin
		// says flu coverage was event-driven").
		if info, ok := ws[s].trigger(); ok {
			r := *d
			r.trig, r.info, r.speaker = s, info, ""
			if h := headlineOf(text, &r); len(strings.Fields(h)) > 2 {
				return h
			}
		}
	}
	t := ws[d.trig]
	var h string
	switch {
	case (d.info.noun || isNoun(ws, d.trig) || figureNoun(ws, d.trig)) && !(relativeVerb(ws, d.trig) && restrictiveHead(text, ws, d) != ""):
		if name := ofActor(text, ws, d); name != "" {
			// "the corruption trial of former deputy mayor Marc Delorme": the
			// happening of its named party.
			h = text[t.start:t.end] + " of " + name + aspectualAfter(ws, d)
		} else if d.trig+2 < len(ws) && ws[d.trig+1].lower == "of" && !inSpan(ws[d.trig+2], d.date.Span) {
			end := d.trig + 1
			for k := d.trig + 2; k < len(ws) && k <= d.trig+6; k++ {
				if ws[k].is(cComplementStop) || ws[k].is(cLocationPrep) || inSpan(ws[k], d.date.Span) || hasPunct(text[ws[k-1].end:ws[k].start]) ||
					ws[k].is(cBeForm|cAuxiliary|cHaveForm|cModal) {
					break // "the trial of the harbour master has begun": the phrase ends before the verb
				}
				end = k
			}
			h = text[t.start:ws[end].end] + aspectualAfter(ws, d)
		} else if namedModifier(text, ws, d.trig) {
			h = text[ws[d.trig-1].start:t.end] // "the U.S. offer last week": "U.S. offer"
		} else if nounAfterLight(ws, d.trig) {
			// "Xi and Putin plan to hold a meeting": they meet.
			var who []string
			for _, m := range d.actors {
				if m.Span.End <= t.start && m.Actor.Kind == ActorPerson && len(who) < 2 {
					who = append(who, m.Text)
				}
			}
			verb, object := thirdPerson(d.info.lemma), complement(text, ws, d)
			if len(who) > 1 {
				verb = d.info.lemma
			}
			plural := strings.HasSuffix(t.lower, "s") && t.lower != d.info.lemma
			if _, isVerb := triggers[d.info.lemma]; !isVerb || triggers[d.info.lemma].noun || len(who) == 0 || plural {
				// "a joint news conference" is held, not "conferenced".
				light := lightBefore(ws, d.trig)
				verb, object = thirdPerson(light), nounPhrase(text, ws, d.trig)+" "+object
				if len(who) > 1 || len(who) == 0 {
					verb = light
				}
				if len(who) == 0 {
					k := lightIndex(ws, d.trig)
					for k > 0 && (ws[k-1].lower == "to" || ws[k-1].info().light) {
						k-- // "plan to hold": the subject is before "plan"
					}
					held := &draft{sent: d.sent, words: ws, trig: k, date: d.date}
					who = []string{d.resolve(wordsBefore(text, ws, held))}
					if who[0] == "" {
						who[0] = restrictiveHead(text, ws, held) // "engineers who held a meeting"
					}
					if who[0] == "" {
						who[0] = relativeHead(text, ws, k) // "The board, which met in May, will hold a vote"
					}
					if who[0] == "" {
						who[0] = d.resolve(firstConjunctSubject(text, ws, k)) // "Parliament approved the bill and is set to hold a vote"
					}
					verb = agree(who[0], light)
				}
			}
			h = strings.Join(strings.Fields(strings.Join(who, " and ")+" "+verb+" "+object), " ")
			if k := lightIndex(ws, d.trig); k >= 2 && ws[k-1].lower == "to" && isNoun(ws, k-2) {
				// "approved a plan to hold the vote": the holding is what
				// a noun of aim names, no one holds it yet; the clause as told
				h = nounClause(text, d)
			}
		} else {
			h = nounClause(text, d)
		}
	default:
		modified := modifierHead(text, ws, d) // "official results released early on Friday"
		passive := modified != "" || openingPassive(text, ws, d.trig) || reducedRelative(text, ws, d.trig) || coordinatedPassive(ws, d.trig) || (participle(ws, d.trig) || t.lower == "missing") && (d.trig > 0 && ws[d.trig-1].is(cBeForm) ||
			d.trig > 1 && ws[d.trig-2].is(cBeForm) || !d.info.speech && d.trig > 0 && strings.ContainsAny(text[ws[d.trig-1].end:t.start], "”\""))
		subject, object := d.subjectBefore(text), ""
		relHead := false // the subject is the head a restrictive relative's verb tells of
		if !passive && subject != "" {
			if h := restrictiveHead(text, ws, d); h != "" && !strings.Contains(h, subject) && !d.namedInApposition(text, h) {
				// "theories seeking to explain an outbreak that has killed 176
				// people": the outbreak kills, not a name told before it
				subject, relHead = h, true
			} else if h := firstConjunctSubject(text, ws, d.trig); h != "" && strings.LastIndex(text[:t.start], subject) >= ws[0].start+len(h) {
				// "The farmer drove to the Ministry of Agriculture and asked
				// for help": a verb after "and" or "but" shares the subject
				// of the first verb; a name in that verb's object is no actor
				subject, relHead = d.resolve(h), true
				if at := ws[0].start; subjectPronouns[strings.ToLower(h)] {
					if m := d.lastNamed(at, func(m *ActorMention) bool { return m.Actor.Kind == ActorPerson && m.Span.End <= at }); m != nil {
						subject, relHead = m.Text, false // "She went ... but died": the person named last
					}
				}
			}
		}
		if passive {
			if agent := d.agent(); agent != "" {
				subject, object = agent, subject
				if object == "" {
					// "The new terminal was opened by Queen Elizabeth": what the
					// agent acted on is the words before the verb.
					object = lowerArticle(d.resolve(wordsBefore(text, ws, d)))
				}
				if object == "" && coordinatedPassive(ws, d.trig) {
					// "A cyclist was struck and killed by": the subject of the first participle
					object = lowerArticle(d.resolve(wordsBefore(text, ws, &draft{sent: d.sent, words: ws, trig: d.trig - 2, date: d.date})))
				}
			} else {
				patient := modified
				if patient == "" {
					patient = patientBefore(text, ws, d)
				}
				if patient == "" {
					patient = d.resolve(wordsBefore(text, ws, d))
					if named := d.definiteActor(patient); named != "" {
						patient = named // "The company was sentenced": the company named last
					} else if named := d.companyNamedNext(patient); named != "" {
						patient = named // "A care home operator has been fined": Lakeview Care Ltd, named next
					} else if patient == "" {
						patient = relativeHead(text, ws, d.trig) // "The plant, which was built in 1975,"
						if patient == "" {
							patient = restrictiveHead(text, ws, d) // "the nine women who had been killed"
						}
						if patient == "" {
							patient = appositionHead(text, ws, d.trig) // "The plant, a coal-fired unit, was closed"
						}
						if patient == "" {
							patient = d.resolve(firstConjunctSubject(text, ws, d.trig)) // "The man arrived ... and was isolated"
						}
						if patient == "" {
							patient = d.resolve(conjunctSubject(text, ws, d)) // "the ingredients had originated ... and were transferred"
						}
					}
					if patient == "" && openingPassive(text, ws, d.trig) {
						patient = d.resolve(subjectAfterComma(text, ws)) // "Killed on Monday, the soldier was"
					}
				}
				if f := strings.Fields(patient); len(f) > 1 && len(f) <= 3 && articles[strings.ToLower(f[0])] {
					patient = strings.Join(f[1:], " ") // "A ceasefire agreed": "Ceasefire agreed"
				}
				verb := text[t.start:t.end] + passiveParticle(text, ws, d.trig, d.dateSpan()) // "Post-mortem examination carried out"
				if openingPassive(text, ws, d.trig) && patient != "" {
					verb = t.lower // "Killed on Monday, the soldier": "Soldier killed"
				}
				if futurePassive(ws, d.trig) && patient != "" && !d.beforePublication() {
					verb = "to be " + verb // "The first aircraft would be handed": "First aircraft to be handed"
				}
				h = strings.TrimSpace(patient + " " + pronounPassive(patient) + verb)
				if passiveLight(ws, d.trig) || d.info.lemma == "find" && verdict(ws, d.trig) {
					// "Farkas was made a brigadier general": what he was made;
					// "was found guilty of manslaughter": the verdict
					h += " " + complement(text, ws, d)
					h = strings.TrimSpace(h)
				} else if passiveTo(text, ws, d.trig) {
					if c := complement(text, ws, d); strings.HasPrefix(c, "to ") {
						h += " " + c // "handed to Singapore Airlines", "sentenced to 10 years"
					}
				} else if directedTo(ws, d.trig) {
					if c := complement(text, ws, d); strings.HasPrefix(c, "to ") || strings.HasPrefix(c, "not to ") {
						h += " " + c // "ordered not to kiss or shake hands": what they were ordered
					}
				}
				break
			}
		}
		if before := wordsBefore(text, ws, d); subject == "" && d.antecedent != nil && (before == "" || before != d.resolve(before)) {
			// "She also met ...": the person named before; "... and will
			// leave on Wednesday": the subject of the verb before
			subject = d.resolve(before)
			if before == "" {
				subject = d.antecedent.Text
			}
		}
		fromWords := relHead // the subject is words of the text, not a name: the verb agrees with it
		if before := wordsBefore(text, ws, d); subject == "" && d.neuter != "" && before != d.resolve(before) {
			subject, fromWords = d.resolve(before), true // "The agency ... It lost": the agency loses
		}
		if subject == "" && !d.info.speech && strings.HasPrefix(wordsBefore(text, ws, d), "The ") {
			// "The Senate on Thursday passed a bill to the House": the words
			// before an active verb are its subject, an actor after it
			// its object
			subject, fromWords = wordsBefore(text, ws, d), true // "The rebels take control"
			if named := d.definiteActor(subject); named != "" {
				subject, fromWords = named, false // "The company posted": the company named last
			}
		}
		if before := wordsBefore(text, ws, d); subject == "" && d.antecedent == nil && subjectPronouns[strings.ToLower(before)] {
			subject = d.speakerBefore() // "Koh said that he had asked": Koh
		}
		if before := wordsBefore(text, ws, d); subject == "" && d.antecedent == nil && neuterPronoun(before) {
			subject = d.bodySpeakerBefore() // "BP PLC said that it had activated": BP PLC
			if subject == "" {
				var named bool
				subject, named = d.sayerWords(text) // "Police said they had arrested two men": Police
				fromWords = subject != "" && !named
			}
		}
		if h, c := apposition(text, ws, d.trig); subject == "" && h != "" && unnamed(text, ws, c, groupStart(ws, d.trig, false)) {
			// "The fish plant, the village's largest employer, closed": the
			// subject is the noun phrase before an apposition that
			// describes it, not the words before the verb; an apposition
			// that names ("The chief executive, Christian Streiff, told",
			// "Her father, former president Rodrigo Duterte, led") is the
			// better subject, and stays
			subject, fromWords = d.resolve(h), true
		}
		if before := wordsBefore(text, ws, d); subject == "" && before != "" {
			// "the country will begin": the country named last; "Osaka last
			// hosted": a name before the verb, though not an actor; "In
			// early 1997, Yeltsin told Clinton about NATO": the teller is
			// Yeltsin, not an actor named after the verb.
			if named := d.definiteActor(before); named != "" {
				subject = named
			} else if r, _ := utf8.DecodeRuneInString(before); unicode.IsUpper(r) && !subjectPronouns[strings.ToLower(before)] && !closedWords[strings.ToLower(before)] {
				// a capitalized word, not a closed one ("After touring
				// Dar es Salaam Thursday": no subject "After")
				subject, fromWords = trimAdverbs(d.resolve(before)), true // "His lawyer": the lawyer of the person named before
			}
		}
		if subject == "" && wordsBefore(text, ws, d) == "" {
			if h := relativeHead(text, ws, d.trig); h != "" {
				subject, fromWords = h, true // "The chief executive, who joined the company in 2015, left on Monday"
			} else if h := restrictiveHead(text, ws, d); h != "" {
				subject, fromWords = h, true // "a swine flu outbreak that has killed 149 people"
			} else if h := appositionHead(text, ws, d.trig); h != "" {
				subject, fromWords = h, true // "Shares of EADS, Airbus's parent company, fell"
			} else if h := firstConjunctSubject(text, ws, d.trig); h != "" {
				subject, fromWords = d.resolve(h), true // "The man had arrived home ... and was isolated"
			} else if h := conjunctSubject(text, ws, d); h != "" {
				subject, fromWords = d.resolve(h), true // "a woman who was treated but recovered"
			}
		}
		if subject == "" && (d.info.speech || wordsBefore(text, ws, d) == "") {
			// An actor named after an active verb is its object ("the
			// newly detected version contains ... H1N1"), its subject only
			// in a saying's inversion or with no words before the verb.
			subject = d.actorAfter()
		}
		org := d.organization(subject)
		if org != nil && len(strings.Fields(org.Text)) >= 4 {
			if short := shortName(text, *org); short != "" {
				subject = short // "The Independent Electoral and Boundaries Commission (IEBC)": IEBC
			}
		}
		verb := thirdPerson(d.info.lemma)
		if strings.Contains(subject, " and ") && org == nil {
			verb = d.info.lemma
		} else if fromWords || commonHead(subject) {
			verb = agree(subject, d.info.lemma) // "Construction costs rise"
		}
		verb = attemptPhrase(ws, d.trig, d.info.lemma, verb) // "U.S. seeks to engage North Korea"
		if subject == "" {
			// No named actor: the words before the verb ("Suspected bombs
			// explode"), or the verb as written when there are none.
			subject, verb = d.resolve(wordsBefore(text, ws, d)), text[t.start:t.end]
			if subject != "" {
				verb = agree(subject, d.info.lemma)
			}
		}
		if neg := verbNegation(ws, d.trig); neg == "never" && subject != "" && !strings.HasSuffix(subject, " never") {
			verb = "never " + verb // "The virus never reached Europe"
		} else if neg == "not" && subject != "" && !strings.Contains(verb, " ") {
			// "The panel did not reach a conclusion": the headline keeps
			// the "not", or it asserts what the sentence denies
			aux := "does"
			if verb == d.info.lemma {
				aux = "do"
			}
			verb = aux + " not " + d.info.lemma
		}
		if d.info.speech {
			d.speaker = trimAdverbs(subject) // who said it sets two sayings of one day apart (sameTold)
			h = strings.TrimSpace(subject + " " + verb)
			if object != "" {
				// "Nine new cases have been confirmed by the agency": what a
				// passive's agent confirmed or reported, its subject, is the news
				h += " " + object
				break
			}
			if q := firstQuote(text[d.sent.Start:d.sent.End]); q != "" {
				h += ": “" + clipWords(q, 8) + "”"
			} else if c := saidContent(text, ws, d); c != "" {
				// "Airbus says deliveries of its A380 superjumbo jet will be
				// delayed by another year"; what one told someone, one says.
				if d.info.lemma == "tell" && strings.HasPrefix(verb, "tell") {
					h = strings.TrimSpace(subject + " " + strings.Replace(verb, "tell", "say", 1))
				}
				if r := reportedHeadline(text, ws, d, c); r != "" {
					c = r // "Nine miners were killed ..., the police commander said": "... says nine miners killed"
				}
				h += " " + c
			} else if o := complement(text, ws, d); o != "" {
				h += " " + o // "tells the court"
			}
			break
		}
		if object == "" {
			object = complement(text, ws, d)
		}
		if object == "" && tellingVerbs[d.info.lemma] {
			// "The bones will go on display in July, the culture
			// secretary announced": what was announced is the clause
			// before it, told as a saying tells it.
			if c := saidContent(text, ws, d); c != "" && closingAttribution(text, ws, d) {
				if r := reportedHeadline(text, ws, d, c); r != "" {
					c = r
				}
				object = c
			}
		}
		h = strings.Join(strings.Fields(subject+" "+verb+" "+object), " ")
	}
	if len(d.places) > 0 && namedBySentence(d) && !strings.Contains(h, d.places[0].Mention) && !strings.Contains(h, d.places[0].Name) {
		mention := d.places[0].Mention
		if isAllCaps(mention) && len(mention) > 3 {
			mention = d.places[0].Name // a dateline's "SEOUL" is Seoul
		}
		if f := facilityOf(ws, d.places[0]); f != "" {
			h += " at " + mention + " " + f // "at the airport tarmac in Nur-Sultan": at Nur-Sultan airport
		} else if wi := wordIndexAt(ws, d.places[0].Span.Start); wi >= 2 && wi < len(ws) && ws[wi-1].lower == "of" &&
			placeNouns[ws[wi-2].lower] && strings.HasSuffix(h, text[ws[wi-2].start:ws[wi-2].end]) {
			h += " of " + mention // "returns to the northern city" of Kharkiv
		} else {
			h += " " + placePrep(text, ws, d.places[0]) + " " + mention
		}
	}
	if p := purposeOf(text, d); p != "" && !strings.Contains(h, p) {
		h += " for " + p // "Xi flies to Samarkand for SCO summit"
	}
	return capitalizeFirst(strings.TrimSpace(h))
}

// verbNegation is the word that negates the verb at ti inside its own verb
// group: "not" after an auxiliary ("did not sell", "hasn't reached", whose
// "n't" the words read as "not") gives "not", "never" right before it
// gives "never"; "" when
// the verb is not negated there ("not only sold", "no one sold" are left
// alone).
func verbNegation(ws []word, ti int) string {
	k := ti - 1
	for k > 0 && (verbAdverb(ws, k) || lyAdverb(ws[k].lower)) {
		k--
	}
	switch {
	case k < 1 || notUntil(ws, ti):
		return "" // "will not sit again until June": it sits again in June
	case ws[k].lower == "never":
		return "never"
	case ws[k].lower == "not" && ws[k-1].is(cAuxiliary|cModal|cHaveForm):
		return "not"
	}
	return ""
}

// figureNoun reports a word after "percent" or "points" in a phrase that an
// article opens: "a 62 percent jump", "a 3.5 point drop". It is a noun,
// however it is spelt.
func figureNoun(ws []word, i int) bool {
	if i < 2 {
		return false
	}
	p := ws[i-1].lower
	if p != "percent" && p != "pct" && p != "point" && p != "points" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if ws[k].is(cArticle) {
			return true
		}
	}
	return false
}

// reportedSayingOf is the verb of saying whose reported clause has the
// draft's noun trigger for subject, dated by a possessive date of its own
// sentence right after the saying ("said Monday's flu coverage was
// event-driven"); -1 when there is none.
func reportedSayingOf(text string, d *draft) int {
	sp := d.dateSpan()
	if sp.Len() == 0 || sp.Start < d.sent.Start || sp.End > d.sent.End {
		return -1
	}
	first, last := wordRange(d.words, sp.Start, sp.End)
	if h, s := sayingSubject(text, d.words, first, last); h == d.trig {
		return s
	}
	return -1
}

// namedBySentence reports whether the draft's sentence names its first
// place: the place's mention lies in the sentence, or the sentence opens
// with "There" and refers to it. A place the sentence does not name (the
// dateline's city, the place of an earlier telling of the happening) is the
// event's, shown on the map, but no words of its headline.
func namedBySentence(d *draft) bool {
	if d.placeOfStay {
		return false // "arrived in Seoul on Monday and will leave on Wednesday": not "leaves in Seoul"
	}
	p := d.places[0].Span
	return p.Start >= d.sent.Start && p.End <= d.sent.End || len(d.words) > 0 && d.words[0].lower == "there"
}

func inSpan(w word, s timeline.Span) bool { return s.Len() > 0 && w.start < s.End && s.Start < w.end }

func hasPunct(gap string) bool { return strings.ContainsAny(gap, ",;:()[]—–") }

// participle reports a past participle: regular -ed forms and the
// irregular participles of the lexicon and of irregularVerbs ("seen").
func participle(ws []word, i int) bool {
	w := ws[i].lower
	if strings.HasSuffix(w, "ed") {
		return true
	}
	return irregularParticiples[w] || otherParticiples[w]
}

// otherParticiples are the participles of irregularVerbs: "seen", "found".
var otherParticiples = func() map[string]bool {
	m := map[string]bool{}
	for entry := range strings.FieldsSeq(irregularVerbs) {
		if forms := strings.Split(entry, ":"); len(forms) == 3 {
			m[forms[2]] = true
		}
	}
	return m
}()

// subjectBefore is the actor before the trigger, with the actor
// coordinated with it ("Biden and Xi Jinping").
func (d *draft) subjectBefore(text string) string {
	t := d.words[d.trig]
	var before []ActorMention
	for _, m := range d.actors {
		if m.Span.End <= t.start && !d.speechBetween(m.Span.End) {
			before = append(before, m)
		}
	}
	if k := subjectWord(d.words, d.trig); k >= 0 && subjectPronouns[d.words[k].lower] {
		// "confirmed Sameerah had been infected with the H1N1 virus when
		// she died": "she" is the person named last, not the virus
		at := d.words[k].start
		if m := d.lastNamed(at, func(m *ActorMention) bool { return m.Actor.Kind == ActorPerson && m.Span.End <= at }); m != nil {
			return m.Text // the person named last, in this sentence or before
		}
		return ""
	}
	if n := len(before); n > 0 && (modifierActor(text, d.words, before[n-1], d.trig) || phraseActor(text, d.words, before[n-1], d.trig, false) ||
		partitiveOwner(text, d.words, before[n-1], d.trig)) {
		// "both Norway patients were recovering": the patients recover,
		// not Norway; the words before the verb are the subject
		return ""
	}
	// "Biden and Xi Jinping", "India and Russia": two parties of one
	// kind joined by "and".
	if n := len(before); n >= 2 && text[before[n-2].Span.End:before[n-1].Span.Start] == " and " &&
		(before[n-2].Actor.Kind == ActorCountry) == (before[n-1].Actor.Kind == ActorCountry) {
		return before[n-2].Text + " and " + before[n-1].Text
	}
	return d.actorBefore(false)
}

// namedInApposition reports the head h of a relative right after a name and
// a comma, its apposition: "Nicole Alvarez, an actress who met him" tells
// of Nicole Alvarez.
func (d *draft) namedInApposition(text string, h string) bool {
	at := strings.LastIndex(text[:d.words[d.trig].start], h)
	if at < 0 {
		return false
	}
	for _, m := range d.actors {
		if m.Span.End <= at && strings.TrimSpace(text[m.Span.End:at]) == "," {
			return true
		}
	}
	return false
}

// modifierActor reports an actor named inside the subject's noun phrase
// as a modifier of its head: one to three words in lower case, nouns, stand
// between the name and the verb group of the verb at ti ("both Norway
// patients were", "all UK households have"), with no comma, preposition or
// clause word among them, and no preposition before the name ("Shares in
// Corvane's parent company": the name is in a phrase after the head).
func modifierActor(text string, ws []word, m ActorMention, ti int) bool {
	k := subjectWord(ws, ti)
	if k < 1 || ws[k].end <= m.Span.End || m.Span.End > ws[k].start && strings.HasPrefix(text[m.Span.End:ws[k].start], "'") {
		return false
	}
	if i := wordIndexAt(ws, m.Span.Start); i > 0 && i < len(ws) && (ws[i-1].is(cPreposition|cLocationPrep) || phraseOpeners[ws[i-1].lower]) {
		return false // "Shares in Corvane's parent company fell": the subject is before the phrase
	}
	n := 0
	for j := k; j > 0 && ws[j].start >= m.Span.End; j-- {
		w := ws[j]
		n++
		if n > 3 || !lowerWord(text, w) || hasPunct(text[ws[j-1].end:w.start]) || w.possessive ||
			w.is(cClauseWord|cPreposition|cLocationPrep|cArticle|cDeterminer|cBeForm|cAuxiliary|cHaveForm|cModal|cSubjectPronoun|cClosed) ||
			phraseOpeners[w.lower] || otherPreps[w.lower] || reflexives[w.lower] || w.trig != nil && !isNoun(ws, j) || strings.HasSuffix(w.lower, "ly") {
			return false
		}
	}
	// "the US government has": a state body acts for its country, as
	// "the Indian government" does (appendStateBody)
	return n > 0 && !(n == 1 && stateBodies[ws[k].lower])
}

// phraseActor reports an actor named in a phrase after the head of the
// subject's noun phrase, right before the verb group of the verb at ti:
// "The family of Jane Roe left court", "A bodyguard to the singer Tom Hart
// has testified". The family leaves, not Jane Roe; the words before the
// verb are the subject. The head is a word in lower case that is no verb,
// and no punctuation stands between it and the verb. With located, a phrase
// of place counts too: what a passive tells of is "new cases at Tolvik
// University", not the university (an active verb's subject before such a
// phrase is cut by the words a headline takes: "experts at the National
// Institute").
func phraseActor(text string, ws []word, m ActorMention, ti int, located bool) bool {
	k := subjectWord(ws, ti)
	if k < 0 || ws[k].end != m.Span.End || ws[k].possessive || ws[ti].info().speech && !ws[ti-1].is(cBeForm) {
		return false // "35 percent of Sanofi's recently trimmed portfolio"; "the head of the agency said" has its own subject rules (not "were confirmed")
	}
	i := wordIndexAt(ws, m.Span.Start)
	for i > 0 && i < len(ws) && (ws[i-1].is(cArticle) || titleWords[ws[i-1].lower]) {
		i-- // "to the singer Tom Hart", "of Dr Tom Hart": the name's own article and title
	}
	if i < 2 || i >= len(ws) || !headPreps[ws[i-1].lower] && !(located && ws[i-1].is(cLocationPrep)) {
		return false
	}
	h := i - 2
	if !lowerWord(text, ws[h]) || ws[h].possessive || ws[h].trig != nil && !isNoun(ws, h) ||
		ws[h].is(cClauseWord|cPreposition|cLocationPrep|cArticle|cDeterminer|cBeForm|cAuxiliary|cHaveForm|cModal|cSubjectPronoun|cClosed) {
		return false
	}
	return !hasPunct(text[ws[h].end:ws[ti].start])
}

// partitiveOwner reports an actor named in the possessive inside a
// partitive subject, right before the subject's noun: "Two of Michael
// Jackson's brothers have criticised", "One of the minister's aides
// resigned". The part of the group acts, not the name that owns it.
func partitiveOwner(text string, ws []word, m ActorMention, ti int) bool {
	k, i, j := subjectWord(ws, ti), wordIndexAt(ws, m.Span.Start), wordIndexAt(ws, m.Span.End-1)
	if k < 1 || i < 2 || j+1 != k || !ws[j].possessive || !lowerWord(text, ws[k]) || ws[i-1].lower != "of" {
		return false
	}
	q := ws[i-2].lower
	_, counted := spanNumbers[q]
	if counted || partitiveCounts[q] {
		return true
	}
	// a noun that the possessive's phrase belongs to: "The last doctor of
	// Michael Jackson's life was convicted" is about the doctor
	return lowerWord(text, ws[i-2]) && (ws[i-2].trig == nil || isNoun(ws, i-2)) && !ws[i-2].is(cClosed|cPreposition|cLocationPrep|cArticle|cDeterminer)
}

// partitiveCounts count, as numbers do (spanNumbers), the part of a group
// that a partitive names: "one of", "some of", "both of".
var partitiveCounts = lexSet(`one some many most all several both`)

// headPreps join a noun of a person or group to the name it belongs to:
// "the family of", "a bodyguard to", "a spokesman for".
var headPreps = lexSet(`of to for`)

// reflexives stress the subject and are no noun of it: "Paddy herself".
var reflexives = lexSet(`himself herself itself themselves myself ourselves yourself`)

// subjectWord is the word right before the verb at i and its auxiliaries
// and adverbs ("she had fully recovered": "she"), and before the verb that
// governs it through "to" ("The trial of the doctor is due to start":
// "doctor"); -1 when there is none.
func subjectWord(ws []word, i int) int {
	k := catenativeStart(ws, i, false) - 1
	for k >= 0 && (ws[k].is(cAuxiliary|cBeForm|cHaveForm) || verbAdverbs[ws[k].lower] || lyAdverb(ws[k].lower)) {
		k--
	}
	return k
}

// questionWords open an indirect question, whose subject follows them:
// "It was unclear how the fire started".
var questionWords = lexSet(`how why where whether`)

// lyAdverb reports an adverb by its "-ly" ("fully", "recently"), not one of
// the nouns and verbs that end so: "family", "rally", "July", "supply".
func lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && !lyNotAdverbs[w]
}

// lyNotAdverbs end in "-ly" but are nouns, names or verbs.
var lyNotAdverbs = lexSet(`family ally assembly rally italy supply monopoly anomaly july fly butterfly bully
belly jelly lily reply apply comply rely imply multiply panoply homily folly emily kelly sally molly holly
polly ely`)

// ofActor is the person or organization named in the "of" phrase of a noun
// trigger ("the trial of former mayor Marc Delorme"), with the "the" that
// may open its name; "" when the phrase names none within ten words.
func ofActor(text string, ws []word, d *draft) string {
	if d.trig+2 >= len(ws) || ws[d.trig+1].lower != "of" {
		return ""
	}
	from := ws[d.trig+1].end
	limit := ws[min(d.trig+11, len(ws)-1)].end
	for _, m := range d.actors {
		if m.Span.Start < from || m.Span.Start > limit || m.Actor.Kind == ActorCountry {
			continue
		}
		if hasPunct(text[from:m.Span.Start]) {
			return ""
		}
		if strings.HasSuffix(text[from:m.Span.Start], " the ") {
			return "the " + m.Text
		}
		return m.Text
	}
	return ""
}

// lightIndex is the light verb that governs the noun at i ("hold" of "plan
// to hold a meeting"), else i.
func lightIndex(ws []word, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if info, ok := ws[k].trigger(); ok && info.light {
			return k
		}
	}
	return i
}

// lightBefore is the lemma of that light verb: "hold".
func lightBefore(ws []word, i int) string {
	if k := lightIndex(ws, i); k != i {
		return ws[k].info().lemma
	}
	return "hold"
}

// nounPhrase is the noun at i with its determiner and modifiers back to the
// light verb: "a joint news conference".
func nounPhrase(text string, ws []word, i int) string {
	start := i
	for k := i - 1; k > lightIndex(ws, i) && i-k <= 3; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			break
		}
		start = k
	}
	return text[ws[start].start:ws[i].end]
}

// actorBefore is the nearest person or organization (else any actor) named
// before the trigger; passive when the trigger is a passive's participle.
func (d *draft) actorBefore(passive bool) string {
	t := d.words[d.trig]
	best, bestKind := "", ""
	var nearest *ActorMention
	for i, m := range d.actors {
		if m.Span.End <= t.start && !d.speechBetween(m.Span.End) {
			nearest = &d.actors[i]
			if bestKind == "" || m.Actor.Kind != ActorCountry || bestKind == ActorCountry {
				best, bestKind = m.Text, m.Actor.Kind
			}
		}
	}
	if nearest != nil && d.doc != nil && (modifierActor(d.doc.Text, d.words, *nearest, d.trig) || countedName(d.doc.Text, d.words, *nearest) ||
		phraseActor(d.doc.Text, d.words, *nearest, d.trig, passive) || partitiveOwner(d.doc.Text, d.words, *nearest, d.trig)) {
		// "all Chile households were": the households, not Chile; "new
		// cases at Tolvik University have been confirmed": the cases
		return ""
	}
	return best
}

// wholeNumber reports a count in figures: "40", "1,200" (not a clock's
// "08:17").
func wholeNumber(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) && (w[k] != ',' || k == 0) {
			return false
		}
	}
	return w != ""
}

// countedName reports an actor named between a count and the noun it
// counts: "nine UK cases of swine flu", "two US soldiers", "40 BBC
// journalists". The name classifies the noun, which heads the phrase: the
// cases are confirmed, not the UK.
func countedName(text string, ws []word, m ActorMention) bool {
	i := wordIndexAt(ws, m.Span.Start)
	j := wordIndexAt(ws, m.Span.End)
	if i < 1 || j >= len(ws) || hasPunct(text[ws[i-1].end:m.Span.Start]) || hasPunct(text[m.Span.End:ws[j].start]) ||
		i >= 2 && hasPunct(text[ws[i-2].end:ws[i-1].start]) {
		return false // "08:17 UK time": the end of a clock's time, no count
	}
	_, spelled := spanNumbers[ws[i-1].lower]
	return (spelled || wholeNumber(ws[i-1].lower)) && lowerWord(text, ws[j]) && !ws[j].is(cClosed|cPreposition|cBeForm|cAuxiliary|cHaveForm|cModal)
}

// facilities are the sites a headline names with their city: "at
// Nur-Sultan airport", "at Paris court".
var facilities = lexSet(`airport palace embassy stadium court courthouse parliament hospital university hotel
harbour harbor port base prison station cathedral`)

// facilityOf is the site of an "at the ... <site> ... in <place>" phrase
// right before the place mention; "" when there is none.
func facilityOf(ws []word, p timeline.Place) string {
	wi := wordIndexAt(ws, p.Span.Start)
	if wi < 2 || wi >= len(ws) || ws[wi].start != p.Span.Start || ws[wi-1].lower != "in" {
		return ""
	}
	site := ""
	for k := wi - 2; k >= 0 && k >= wi-5; k-- {
		if facilities[ws[k].lower] && site == "" {
			site = ws[k].lower
		}
		if ws[k].lower == "at" {
			return site
		}
	}
	return ""
}

// forPrep is the preposition of a purpose: "for a summit".
var forPrep = lexSet(`for`)

// purposeOf names the happening a verb's "for" phrase gives as its purpose
// ("fly to Samarkand for a summit of the Shanghai Cooperation Organization
// (SCO)"): the noun, after the short name of the organization holding it
// where the text gives one ("SCO summit"); "" when there is none.
func purposeOf(text string, d *draft) string {
	ws := d.words
	if d.trig < 0 || d.info.noun || isNoun(ws, d.trig) || d.info.speech {
		return ""
	}
	// "Han, who took office in April, will visit Tokyo for talks": a
	// relative clause between commas ends at its second comma, and the
	// purpose after it is the main verb's
	relative := relativeStart(text, ws, d.trig) >= 0
	for k := d.trig + 1; k < len(ws) && k <= d.trig+10; k++ {
		if clauseBreaks(text, ws, d.trig, k) > 0 || relative && strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			return ""
		}
		info, ok := ws[k].trigger()
		if !ok || !isNoun(ws, k) || info.speech || ws[k].quoted || referencePoint(ws, k) || !introducedBy(ws, k, forPrep) {
			continue
		}
		noun := ws[k].lower
		if m := ws[k-1]; !m.is(cArticle) && m.lower != "for" && !hasPunct(text[m.end:ws[k].start]) && text[m.start] >= 'a' && text[m.start] <= 'z' {
			noun = m.lower + " " + noun // "for a state visit": "state visit"
		}
		if k+1 < len(ws) && ws[k+1].lower == "of" {
			for _, m := range d.actors {
				if m.Actor.Kind != ActorOrganization || m.Span.Start < ws[k+1].end || m.Span.Start > ws[min(k+5, len(ws)-1)].end {
					continue
				}
				if short := shortName(text, m); short != "" {
					return short + " " + noun
				}
			}
		}
		return noun
	}
	return ""
}

// articles open a noun phrase without saying anything of the noun.
var articles = lexSet(`a an the his her its their our my your this that these those`)

// shortName is the initialism an organization goes by: its name when all
// capitals ("NATO"), else the one in brackets after it ("... Organization
// (SCO)"); "" when the text gives none.
func shortName(text string, m ActorMention) string {
	if isAllCaps(m.Text) {
		return m.Text
	}
	rest := text[m.Span.End:]
	if strings.HasPrefix(rest, " (") {
		if j := strings.IndexByte(rest, ')'); j > 2 && j < 12 && isAllCaps(rest[2:j]) {
			return rest[2:j]
		}
	}
	return ""
}

// speechBetween reports a verb of saying between offset and the trigger:
// in "Tokayev’s government said the two leaders would discuss", Tokayev is
// the speaker's, not the subject of "discuss".
func (d *draft) speechBetween(offset int) bool {
	for k := d.trig - 1; k >= 0 && d.words[k].start >= offset; k-- {
		if info, ok := triggers[d.words[k].lower]; ok && info.speech && !isNoun(d.words, k) {
			return true
		}
	}
	return false
}

// actorAfter is the first actor named after the trigger ("said Deputy
// Minister Roman Vassilenko"). The speaker of a verb of saying follows it
// only in an inversion, with no more than titles between ("said Deputy
// Minister of Foreign Affairs Roman Vassilenko"; "told Clinton
// about NATO", "said ... that NATO was": NATO says nothing).
func (d *draft) actorAfter() string {
	t := d.words[d.trig]
	for _, m := range d.actors {
		if m.Span.Start < t.end {
			continue
		}
		if d.info.speech {
			for k := d.trig + 1; k < len(d.words) && d.words[k].start < m.Span.Start; k++ {
				if w := d.words[k]; !isCapital(d.doc.Text, w) && w.lower != "of" && w.lower != "the" && w.lower != "for" {
					return ""
				}
			}
		}
		return m.Text
	}
	return ""
}

// modifierHead is the noun phrase a past participle (the trigger of d)
// describes when it stands right after it, with no comma, no "be" or
// "have" before it, in a phrase after a preposition, and its own date,
// its agent or the end of its clause right after it: "according to
// official results released early on Friday" (the results were released;
// "early" is no object), "for the quarter ended Sept. 30", "in a letter
// published Wednesday". The participle is a passive of that noun; "" when
// there is none. The noun is a word in lower case ("the nation of
// Bangladesh said today" is a saying), and at most four words of its
// phrase are read, back to the preposition.
func modifierHead(text string, ws []word, d *draft) string {
	ti := d.trig
	if ti < 2 || d.info.speech || !participle(ws, ti) || ws[ti].quoted || hasPunct(text[ws[ti-1].end:ws[ti].start]) || ws[ti-1].possessive || !lowerWord(text, ws[ti-1]) {
		return ""
	}
	// what follows: its date (perhaps after an adverb or a preposition),
	// its agent, or the end of its clause; never an object
	n := ti + 1
	if n < len(ws) && (strings.HasSuffix(ws[n].lower, "ly") || ws[n].lower == "early" || ws[n].lower == "late") && !hasPunct(text[ws[ti].end:ws[n].start]) {
		n++ // "released early on Friday"
	}
	if n < len(ws) && ws[n].is(cPreposition) && n+1 < len(ws) && inSpan(ws[n+1], d.date.Span) {
		n++ // "released on Friday"
	}
	if n < len(ws) && !hasPunct(text[ws[n-1].end:ws[n].start]) && !inSpan(ws[n], d.date.Span) && ws[n].lower != "by" {
		return ""
	}
	start := ti
	for k := ti - 1; k >= 0 && k >= ti-5; k-- {
		if ws[k].is(cPreposition) || ws[k].lower == "to" {
			if start == ti || start == ti-1 && ws[start].is(cArticle|cDeterminer) || !verbBefore(text, ws, k) {
				return ""
			}
			if clauseConjunctions[ws[k].lower] && intransitiveVerbs[d.info.lemma] {
				return "" // "since the volcano erupted on Wednesday": a clause, nothing erupts a volcano
			}
			return text[ws[start].start:ws[ti-1].end]
		}
		w := ws[k]
		if hasPunct(text[w.end:ws[k+1].start]) || w.is(cBeForm|cAuxiliary|cHaveForm|cModal|cClauseWord|cSubjectPronoun) || clauseSubjects[w.lower] || copulas[w.lower] || w.possessive && k == ti-1 || inSpan(w, d.date.Span) {
			return ""
		}
		if _, known := w.trigger(); clauseVerb(text, ws, k) && !w.is(cDeterminer) && (k < ti-1 || known) {
			return "" // but the head right before the participle is its noun, a plural or not ("results released")
		}
		start = k
	}
	return ""
}

// clauseConjunctions are prepositions that also open a clause: "since the
// volcano erupted".
var clauseConjunctions = lexSet(`since until till before after`)

// intransitiveVerbs take no object, so their past form is never a passive
// participle: "the volcano erupted" is what the volcano did.
var intransitiveVerbs = lexSet(`erupt die arrive occur happen collapse emerge disappear vanish explode crash sink
capsize depart float resign`)

// verbBefore reports the verb of a clause before the preposition at k, or
// a preposition that opens the sentence ("For the year ended Sept. 30,
// Ralston earned"): the phrase after it is inside a clause whose verb is
// another. "Details of the slaying emerged on Sunday" has none: "emerged"
// is the sentence's verb, no participle of "slaying".
func verbBefore(text string, ws []word, k int) bool {
	if k <= 1 {
		return k == 0 || ws[0].is(cPreposition)
	}
	for j := k - 1; j >= 0; j-- {
		if ws[j].is(cBeForm|cHaveForm|cModal) || clauseVerb(text, ws, j) {
			return true
		}
	}
	return false
}

// agent is the actor of a "by ..." phrase after a passive trigger.
func (d *draft) agent() string {
	ws := d.words
	for k := d.trig + 1; k < len(ws) && k <= d.trig+10; k++ {
		if ws[k].is(cClauseWord) || participle(ws, k) && ws[k-1].lower != "and" && ws[k-1].lower != "or" {
			return "" // "raised about whether the threat posed by H1N1": another verb's agent
		}
		if ws[k].lower != "by" {
			continue
		}
		for _, m := range d.actors {
			if m.Span.Start >= ws[k].end {
				return m.Text
			}
		}
	}
	return ""
}

// patientBefore is what a passive without agent is about: a quoted name
// right before the trigger ("“Global Security Initiative”, which was
// announced"), else the nearest actor before it.
func patientBefore(text string, ws []word, d *draft) string {
	t := ws[d.trig]
	before := text[d.sent.Start:t.start]
	if i := strings.LastIndex(before, "”"); i >= 0 {
		if j := strings.LastIndex(before[:i], "“"); j >= 0 && len(before)-i < 24 {
			return before[j+len("“") : i]
		}
	}
	if k := subjectWord(ws, d.trig); k > 0 && (ws[k].lower == "who" || ws[k].lower == "which") && restrictiveHead(text, ws, d) != "" {
		// "a ceremony for Canadian troops who were killed": the troops, not
		// the minister named before them
		return ""
	}
	if relativeHead(text, ws, d.trig) != "" && relativeStart(text, ws, d.trig) < d.trig-1 && asideBefore(text, ws, d.trig) {
		// "The school, which was attended by two princes, was informed":
		// the names of the aside are not what was informed
		return ""
	}
	return d.actorBefore(true)
}

// coordinatedPassive reports the second participle of a passive joined by
// "and": "was struck and killed".
func coordinatedPassive(ws []word, i int) bool {
	return i >= 3 && participle(ws, i) && ws[i-1].lower == "and" && participle(ws, i-2) && ws[i-3].is(cBeForm)
}

// asideBefore reports a comma right before the verb group of the verb at
// i: the words before it close an aside ("The school, which ..., was").
func asideBefore(text string, ws []word, i int) bool {
	k := i - 1
	for k > 0 && ws[k].is(cAuxiliary|cBeForm|cHaveForm) {
		k--
	}
	return k >= 0 && k < i-1 && strings.Contains(text[ws[k].end:ws[k+1].start], ",")
}

// wordsBefore is up to four words of the clause before the trigger, without
// auxiliaries and the date: the unnamed subject ("suspected bombs").
func wordsBefore(text string, ws []word, d *draft) string {
	end := d.trig
	for end > 0 && (ws[end-1].is(cBeForm) || ws[end-1].is(cAuxiliary) || ws[end-1].lower == "to" ||
		ws[end-1].lower == "going" || ws[end-1].info().light && !isNoun(ws, end-1) || copulas[ws[end-1].lower] || attemptTo(ws, end-1) ||
		verbAdverb(ws, end-1)) {
		end-- // "is due to visit", "are expected to", "plan to", "will remain closed", "had already warned"
	}
	// "The Senate on Thursday passed": the subject is before the date.
	group := end
	for end > 0 && inSpan(ws[end-1], d.date.Span) && !hasPunct(text[ws[end-1].end:ws[end].start]) {
		end--
	}
	if end > 0 && end < d.trig && (ws[end-1].lower == "on" || end < group && (ws[end-1].lower == "in" || ws[end-1].lower == "during")) {
		end-- // "Heavy storms in March 2020 flooded": the preposition goes with its date
	}
	start := wordsBack(text, ws, d, end)
	if start > 0 && phraseOpeners[ws[start].lower] && !subordinators[ws[start].lower] {
		if h := postmodifiedHead(text, ws, start); h >= 0 {
			// "Trade ministers from the Baltic region signed": the phrase
			// tells which ministers; the subject is the noun it follows
			start = h
		}
	}
	if start > 1 && ws[start-1].lower == "of" && lowerWord(text, ws[start-2]) && !hasPunct(text[ws[start-2].end:ws[start].start]) {
		if h := postmodifiedHead(text, ws, start-1); h >= 0 {
			// "Seventeen new cases of swine flu at Tolvik University have
			// been confirmed": four words cut the phrase after its head,
			// which is what the verb tells of
			start = h
		}
	}
	if start > 0 && start < end && ws[start-1].lower == "at" && (ws[start].lower == "least" || ws[start].lower == "most") && !hasPunct(text[ws[start-1].end:ws[start].start]) {
		start-- // "At least two more cases": the count keeps its "at"
	}
	if head := relativeSubjectHead(text, ws, d, start, end); head != "" {
		return head
	}
	if head := reducedRelativeHead(text, ws, start, end); head != "" {
		return head
	}
	for start < end && connectives[ws[start].lower] {
		start++ // "or loses it", "however dismissed": the subject follows the link
	}
	for k := end - 1; k >= start; k-- {
		if questionWords[ws[k].lower] {
			start = k + 1 // "how the fire started", "find out why the ferry sank": the subject follows the question word
			if start < end && (ws[start].lower == "much" || ws[start].lower == "many" || ws[start].lower == "long" || ws[start].lower == "far" || lyAdverb(ws[start].lower)) {
				start++ // "how quickly flu spreads", "how much I pay": the degree goes with the question
			}
			break
		}
	}
	if start == end || start == end-2 && lastInGroup(ws, end-1) {
		return "" // "and was last repaired": a verb group, no subject ("He was last seen" keeps its "last")
	}
	if phraseOpeners[ws[start].lower] && !quantifier(ws, start) {
		return subjectAfterPhrase(text, ws, d, start, end)
	}
	return text[ws[start].start:ws[end-1].end]
}

// wordsBack is where the subject that ends before word end (the verb group
// or its date) can start: at most four words back, a figure written
// "410,000" counting as one, in the clause.
func wordsBack(text string, ws []word, d *draft, end int) int {
	start := end
	for n := 0; start > 0 && n < 4; start-- {
		w := ws[start-1]
		figure := start < end && figureGap(text, w, ws[start])
		if hasPunct(text[w.end:ws[start].start]) && !figure || w.is(cClauseWord) && !isAllCaps(text[w.start:w.end]) || inSpan(w, d.date.Span) || w.lower == "on" {
			break // "WHO" in capitals is a name, not a clause word
		}
		if !figure {
			n++
		}
		if info, ok := triggers[w.lower]; ok && info.speech && !isNoun(ws, start-1) {
			break // "said the two leaders would discuss": the subject starts after "said"
		}
	}
	return start
}

// postmodifiedHead is the start of the noun phrase that the prepositional
// phrase at p modifies when that noun phrase opens its clause: "Trade
// ministers from the region", "Hospitals in the Auckland region". It is
// made of at most three words, none a verb, a gerund nor a closed word but
// an article, a determiner or a number, after the sentence's start, a punctuation
// mark, a word that opens a clause ("that", "when") or a conjunction before
// an article ("and the calm of the mansion was shattered"); -1 when there
// is none ("and judging from the way", "falling 1.7 percent in Hong Kong",
// "Control and Prevention about how").
func postmodifiedHead(text string, ws []word, p int) int {
	k := p
	for ; k > 0 && p-k < 3 && !clauseEdge(text, ws, k); k-- {
		w := ws[k-1]
		_, counted := spanNumbers[w.lower]
		counted = counted && k < p // "Seventeen new cases of", not the partitive "Two of"
		if w.is(cClosed) && !w.is(cArticle|cDeterminer) && !counted || eventWord(text, ws, k-1) && !isNoun(ws, k-1) ||
			strings.HasSuffix(w.lower, "ing") && (k < 2 || !ws[k-2].is(cArticle|cDeterminer)) {
			return -1
		}
	}
	if k == p || !clauseEdge(text, ws, k) {
		return -1
	}
	return k
}

// clauseEdge reports a clause that can open at word k: at the sentence's
// start, after a punctuation mark or a clause opener, or after "and" or
// "but" before an article.
func clauseEdge(text string, ws []word, k int) bool {
	if k == 0 || hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k-1].is(cClauseOpener) {
		return true
	}
	return (ws[k-1].lower == "and" || ws[k-1].lower == "but") && ws[k].is(cArticle)
}

// reducedRelativeHead is the noun phrase that a past participle and its
// phrase describe when they stand between it and the verb, in the words
// before the verb group (ws[start:end], back to eight words before it
// within the clause): "The first patients treated at the
// clinic have left hospital" is about the first patients, not "treated at
// the clinic". The participle is followed by a preposition (a participle
// with an object is a verb of its own: "after police arrested the men
// had left"); "" when there is none or no noun phrase before it.
func reducedRelativeHead(text string, ws []word, start, end int) string {
	from := start
	for from > 0 && end-from < 8 && !hasPunct(text[ws[from-1].end:ws[from].start]) &&
		!ws[from-1].is(cClauseWord|cBeForm|cAuxiliary|cHaveForm|cModal) && ws[from-1].lower != "said" && ws[from-1].lower != "told" {
		from-- // the participle's phrase may be longer than the words read for a subject
	}
	for p := from; p < end-1; p++ {
		w := ws[p]
		if !strings.HasSuffix(w.lower, "ed") && !w.is(cIrregularParticiple) || !lowerWord(text, w) || p == 0 {
			continue
		}
		if w.lower == "said" || w.lower == "told" {
			return "" // "said on Tuesday her department had": a saying, no participle ("cases confirmed in" is one)
		}
		next := ws[p+1]
		if !next.is(cPreposition|cLocationPrep) && next.lower != "with" && next.lower != "by" ||
			hasPunct(text[ws[p-1].end:w.start]) || ws[p-1].is(cBeForm|cAuxiliary|cHaveForm|cModal) {
			return ""
		}
		h := nearestNounPhrase(text, ws, p)
		if last := ws[p-1]; strings.HasSuffix(last.lower, "ly") || last.is(cClosed|cComparison) {
			return "" // "more serious than initially feared with": no noun before it
		}
		return h
	}
	return ""
}

// relativeSubjectHead is the noun a subject relative clause describes when
// the words before the verb are that clause: in "A bomb that killed six
// people exploded", the subject of "exploded" is "A bomb", not "killed six
// people". The clause opens with "that", "who" or "which" and its own verb
// (a past form or an auxiliary: "who had fled"); "said that the delayed vote
// ..." opens with a noun phrase and keeps it. "" when there is none.
func relativeSubjectHead(text string, ws []word, d *draft, start, end int) string {
	// start == end: the clause's own words before the verb were auxiliaries
	// and an adverb ("who had just returned").
	if start < 2 || start > end || start == end && !adverbIn(ws, end, d.trig) ||
		hasPunct(text[ws[start-1].end:ws[start].start]) {
		return ""
	}
	r := ws[start-1].lower
	if r != "that" && r != "who" && r != "which" {
		return ""
	}
	// "Farmers who own the land will vote": after a noun, "who" opens a
	// clause whose first word is its verb, in any tense.
	who := r == "who" && !ws[start-2].is(cClosed|cClauseWord) && (ws[start-2].trig == nil || isNoun(ws, start-2))
	if !participle(ws, start) && !ws[start].is(cAuxiliary) && !ws[start].is(cBeForm) && !verbAdverb(ws, start) && !who {
		return ""
	}
	if info, ok := triggers[ws[start-2].lower]; ok && info.speech || hasPunct(text[ws[start-2].end:ws[start-1].start]) {
		return "" // "said that ...", "the plant, which ...": no head right before
	}
	head := wordsBefore(text, ws, &draft{sent: d.sent, words: ws, trig: start - 1, date: d.date})
	// "he ordered a 60-day review that has now been delivered": the head is
	// the noun phrase after the verb of its own clause, "a 60-day review".
	f := strings.Fields(head)
	for k := len(f) - 1; k >= 0; k-- {
		i := start - 1 - len(f) + k
		if w := ws[i]; w.is(cBeForm|cAuxiliary) || w.trig != nil && !isNoun(ws, i) || participle(ws, i) && ws[i+1].is(cDeterminer) {
			head = strings.Join(f[k+1:], " ")
			break
		}
	}
	if first, _, _ := strings.Cut(head, " "); phraseOpeners[strings.ToLower(first)] {
		return "" // "I am in travel industry which is": no noun phrase
	}
	return head
}

// openingPassive reports a participle in -ed that opens its sentence:
// "Killed on Monday, the soldier was buried", "Founded in 1990, the firm
// ...". News prose never opens a full sentence with a verb in the past, so
// it is a passive whose patient is the subject of the main clause after the
// phrase's comma; without one ("Speed limits were raised") it is no verb.
func openingPassive(text string, ws []word, i int) bool {
	return i == 0 && len(ws[0].lower) > 4 && strings.HasSuffix(ws[0].lower, "ed") && subjectAfterComma(text, ws) != ""
}

// subjectAfterComma is the subject of the main clause after a sentence's
// opening phrase: up to four words after its first comma, up to the verb
// (a form of "be", an auxiliary or a verb of the lexicon); "" when no verb
// follows them.
func subjectAfterComma(text string, ws []word) string {
	k := 1
	for k < len(ws) && !strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
		k++
	}
	for j := k; j < len(ws) && j-k <= 4; j++ {
		if j > k && hasPunct(text[ws[j-1].end:ws[j].start]) {
			return ""
		}
		if ws[j].is(cBeForm|cAuxiliary) || ws[j].trig != nil && !isNoun(ws, j) {
			if j == k {
				return ""
			}
			return text[ws[k].start:ws[j-1].end]
		}
	}
	return ""
}

// connectives link a clause to the one before and belong to no subject.
var connectives = lexSet(`and or but nor however then so yet also meanwhile`)

// phraseOpeners are prepositions: words before a verb that begin with one
// are an adverbial phrase ("In the UK", "From what"), or the end of a noun
// phrase cut short ("of State Madeleine Albright"), never a subject.
var phraseOpeners = lexSet(`in on at by from for of with about after before since during through under
over into to among`)

// quantifier reports a preposition that counts what follows rather than
// opening a phrase: "at least 20 people", "about 500 people", "over 1,000
// people".
func quantifier(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	next := ws[i+1].lower
	switch ws[i].lower {
	case "at":
		return next == "least" || next == "most"
	case "about", "over", "under", "around":
		r, _ := utf8.DecodeRuneInString(next)
		_, counted := spanNumbers[next]
		return unicode.IsDigit(r) || counted || next == "a" && i+2 < len(ws) && (ws[i+2].lower == "dozen" || ws[i+2].lower == "hundred" || ws[i+2].lower == "thousand")
	}
	return false
}

// subordinators are prepositions that also open a clause with its own
// subject: "after the minister resigned".
var subordinators = lexSet(`after before since`)

// subjectAfterPhrase is the subject in the words ws[start:end] that begin
// with a preposition: an actor named at their end ("In the UK Jackson
// scored": Jackson), the words after a place the preposition leads to, else after "of" the noun phrase it leads ("tens of
// thousands of people rallied": thousands of people), else none.
func subjectAfterPhrase(text string, ws []word, d *draft, start, end int) string {
	if subordinators[ws[start].lower] {
		// "after MP Suleiman Dori died": a clause's own subject follows
		if start+1 < end {
			return text[ws[start+1].start:ws[end-1].end]
		}
		return ""
	}
	for _, m := range d.actors {
		if m.Span.End == ws[end-1].end && m.Span.Start > ws[start].start {
			return m.Text
		}
	}
	k := start + 1
	if k < end && ws[k].is(cArticle) {
		k++
	}
	for _, p := range d.places {
		if k < end && p.Span.Start == ws[k].start {
			for k < end && ws[k].start < p.Span.End {
				k++ // "In the UK Jackson": the place is the phrase's object
			}
			if k < end {
				return text[ws[k].start:ws[end-1].end]
			}
		}
	}
	if ws[start].lower == "of" && start+1 < end {
		return text[ws[start+1].start:ws[end-1].end]
	}
	return ""
}

// copulas join a subject to a participle as "be" does: "will remain closed".
var copulas = lexSet(`remain remains remained stay stays stayed`)

var auxiliaries = lexSet(`has have had will would could should may might must can do does did not also`)

// complement is the few words after a verb that say what was done: "to
// Samarkand", "his first trip abroad". It skips the date and stops at a
// clause break, a second preposition or five words.
func complement(text string, ws []word, d *draft) string {
	var parts []string
	preps, limit := 0, 5
	last := -1         // the word parts ends with
	forObject := false // "for" after the verb was taken as its own
	starts := []int{}  // the word of ws each part is
	k := d.trig + 1
	for ; k < len(ws) && (len(parts) < limit || k-1 == last && figureGoesOn(text, ws, k)); k++ {
		w := ws[k]
		if k-1 == last && figureGap(text, ws[k-1], w) {
			parts[len(parts)-1] += text[ws[k-1].end:w.start] + withPercent(text, w) // "$1.75 billion", "1,300 pounds"
			last = k
			continue
		}
		if hasPunct(text[ws[k-1].end:w.start]) && (len(parts) > 0 || k-1 > d.trig && inSpan(ws[k-1], d.dateSpan())) {
			break // "closed on Monday, Collector S. Lakshmi said": the clause ends after the date
		}
		if k == d.trig+1 && hasPunct(text[ws[k-1].end:w.start]) && w.info().speech {
			break // "many had recovered, said Dr Frieden": the teller, no object
		}
		if len(parts) > 0 && (w.lower == "on" || w.lower == "in") && k+1 < len(ws) && inSpan(ws[k+1], d.dateSpan()) && !inSpan(w, d.dateSpan()) {
			break // "marched through central Tbilisi on Tuesday evening against a bill": the complement ends at its date
		}
		if inSpan(w, d.dateSpan()) || inSpan(w, d.gapped) || (len(parts) == 0 && (w.lower == "on" || w.lower == "in") && k+1 < len(ws) && inSpan(ws[k+1], d.dateSpan())) {
			continue
		}
		if spanWords[w.lower] && k+1 < len(ws) && inSpan(ws[k+1], d.dateSpan()) && !hasPunct(text[w.end:ws[k+1].start]) {
			continue // "fell 12% over the past week": the stretch goes with its preposition
		}
		if timeOfDate(text, ws, k, d.dateSpan()) {
			continue // "raised its alert level late on Tuesday": the time goes with its date
		}
		if w.is(cComplementStop) {
			if k != d.trig+1 || w.lower != "for" || d.info.noun || isNoun(ws, d.trig) ||
				k+1 >= len(ws) || ws[k+1].is(cBeForm|cHaveForm|cModal|cAuxiliary) {
				break // "certificates I have sent for have failed": no object after it
			}
			limit++ // "accounts for 70 percent", "called for a ceasefire": the verb's own preposition
			forObject = true
		}
		if (forObject || relativeVerbGroup(ws, d.trig)) && w.is(cBeForm|cHaveForm|cModal|cAuxiliary) {
			break // another clause's verb group: "pupils who held a protest were sent home"
		}
		if w.lower == "of" && len(parts) == limit-1 && k > 0 && ws[k-2].is(cArticle) && lowerWord(text, ws[k-1]) && preps == 0 {
			limit += 3 // "designated the spill an incident of national significance": the noun needs its "of"
		}
		if w.lower == "of" && len(parts) > 0 && relationalNouns[strings.ToLower(parts[len(parts)-1])] {
			// "on the sidelines of the summit": the sidelines need their summit.
			parts = append(parts, text[w.start:w.end])
			starts = append(starts, k)
			limit += 3
			continue
		}
		if w.is(cLocationPrep) || w.lower == "on" || w.lower == "of" {
			if preps++; preps > 1 {
				break
			}
		}
		parts = append(parts, currencyBefore(text, w)+withPercent(text, w))
		starts = append(starts, k)
		last = k
	}
	byLimit := k < len(ws) && !(len(parts) < limit || k-1 == last && figureGoesOn(text, ws, k)) // not a break
	if byLimit && last >= 0 && last+1 == k && !ws[last].is(cPreposition|cLocationPrep|cArticle|cDeterminer|cClosed) &&
		ws[last].lower != "to" && phraseGoesOn(text, ws, k) && !inSpan(ws[k], d.dateSpan()) {
		// The limit cut a noun phrase short: take up to two more words to
		// its end ("of legal music downloads"), else end before it.
		e := k
		goesOn := func(e int) bool {
			return e > k && figureGap(text, ws[e-1], ws[e]) || phraseGoesOn(text, ws, e) && !inSpan(ws[e], d.dateSpan())
		}
		taken, most := 0, 2 // words taken, a figure's thousands not counted: "250,000 pigs"
		if capitalizedAt(text, ws[k]) {
			most = 4 // a name: "the Coastal | Flood Review Board"
		}
		for e < len(ws) && taken < most && goesOn(e) {
			if !(e > k && figureGap(text, ws[e-1], ws[e])) {
				taken++
			}
			e++
		}
		if e == len(ws) || !goesOn(e) {
			for ; k < e; k++ {
				if figureGap(text, ws[k-1], ws[k]) {
					parts[len(parts)-1] += text[ws[k-1].end:ws[k].start] + withPercent(text, ws[k])
					continue
				}
				parts = append(parts, withPercent(text, ws[k]))
			}
		} else {
			parts = phraseCutBack(ws, parts, starts)
		}
	} else if byLimit && last >= 0 && last+1 == k && (ws[last].is(cDeterminer) || figureWord(ws[last].lower) || spanNumbers[ws[last].lower] > 0) &&
		!hasPunct(text[ws[last].end:ws[k].start]) && !figureWord(ws[k].lower) && spanNumbers[ws[k].lower] == 0 && !figureGap(text, ws[last], ws[k]) {
		// The limit cut a phrase after its number or determiner ("in the
		// first six | months"): end before the phrase, unless it is an
		// "of" phrase ("two of their first five" keeps its part).
		if cut := phraseCutBack(ws, parts, starts); len(cut) < len(parts) && ws[starts[len(cut)]].lower != "of" {
			parts = cut
		}
	}
	// Do not end on a preposition or article, nor on a word that opens
	// a phrase the limit left out ("continue their work | through the
	// week", "buy its cheap products | just as"); right after the verb a
	// preposition is its particle ("takes over") and stays.
	for len(parts) > 0 {
		l := strings.ToLower(parts[len(parts)-1])
		if locationPreps[l] || determiners[l] || l == "on" || l == "of" ||
			len(parts) > 1 && (phraseEnders[l] || phraseOpeners[l] || danglingWords[l]) {
			parts = parts[:len(parts)-1]
			continue
		}
		break
	}
	return strings.Join(parts, " ")
}

// phraseGoesOn reports that the word at k, right after the last word a
// complement took, goes on the noun phrase that word is in: no punctuation
// between them, and the word is no closed-class word, verb or date that
// would end it ("the slaughter of the estimated | 250,000 pigs", "the
// results from the Health | Protection Agency"). Words that end in -ed,
// -ing or -ly may be verbs or adverbs: they end it too.
func phraseGoesOn(text string, ws []word, k int) bool {
	w := ws[k]
	if hasPunct(text[ws[k-1].end:w.start]) {
		return false
	}
	if k > 1 && capitalizedAt(text, ws[k-1]) && capitalizedAt(text, w) {
		return true // a name goes on: "the Coastal | Flood Review Board"
	}
	if w.is(cClosed | cComplementStop | cClauseWord | cPreposition | cBeForm | cHaveForm |
		cModal | cAuxiliary | cLocationPrep | cTemporalPrep | cNegation | cConditionWord) {
		return false
	}
	if w.trig != nil && !w.trig.noun || phraseEnders[w.lower] {
		return false // a verb: "the virus | spread"; a preposition: "1,200 miners | along the canal"
	}
	switch {
	case w.lower == "and" || w.lower == "or" || w.lower == "but" || w.lower == "as" || w.lower == "than" || w.lower == "to":
		return false
	case strings.HasSuffix(w.lower, "ed") || strings.HasSuffix(w.lower, "ing") || strings.HasSuffix(w.lower, "ly"):
		return false // a verb or an adverb, not the noun of the phrase
	}
	return true
}

// phraseEnders are prepositions and the like that open a phrase of their
// own after a noun phrase, beyond those of the lexicon's classes.
var phraseEnders = lexSet(`along across against among around behind below beneath beside between beyond despite
except inside like near outside over through throughout toward towards under upon via within without amid per
including plus versus`)

// tellingVerbs tell news without being verbs of saying: when one closes its
// sentence after a comma, the clause before it is its object.
var tellingVerbs = lexSet(`announce predict estimate state note reveal disclose acknowledge admit explain write`)

// danglingWords open a clause or a comparison and never end a headline:
// "until", "than", "just as".
var danglingWords = lexSet(`till until than as just and or but because while whereas although though unless
whether if when where which who whom whose that`)

// capitalizedAt reports a word that opens with a capital letter.
func capitalizedAt(text string, w word) bool {
	r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
	return unicode.IsUpper(r)
}

// phraseCutBack is parts without the last prepositional phrase, which a
// complement's limit cut short ("announces the plan of the new water board
// | authority" -> "announces the plan"): a headline ends on a whole phrase. parts stay
// as they are when they hold no preposition after their first word ("to"
// may open a verb: "decided not to hold a ... | vote" is no cut).
func phraseCutBack(ws []word, parts []string, starts []int) []string {
	if len(starts) != len(parts) {
		return parts
	}
	for p := len(parts) - 1; p >= 1; p-- {
		if w := ws[starts[p]]; (w.is(cPreposition|cLocationPrep) || w.lower == "of") && w.lower != "to" {
			return parts[:p]
		}
	}
	return parts
}

// dateAdverbs place a happening within its date: "late on Tuesday",
// "later this week", "early in 2009".
var dateAdverbs = lexSet(`late early later earlier`)

// timeOfDate reports a word of dateAdverbs at k right before the date span
// (or its "on" or "in"), which it belongs to.
func timeOfDate(text string, ws []word, k int, date timeline.Span) bool {
	if !dateAdverbs[ws[k].lower] {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) {
			return false
		}
		if inSpan(ws[j], date) {
			return true
		}
		if ws[j].lower != "on" && ws[j].lower != "in" {
			return false
		}
	}
	return false
}

// particles complete a verb's meaning after it: "carried out", "called off".
var particles = lexSet(`out up off down away back over`)

// passiveParticle is the particle right after a passive participle at i
// ("was carried out on Tuesday", "will be sworn in on 3 May": the date's
// own preposition follows the particle), with its space; "" when there is
// none or the word is the preposition of a phrase ("incubated over the
// weekend").
func passiveParticle(text string, ws []word, i int, date timeline.Span) string {
	if i+1 >= len(ws) || text[ws[i].end:ws[i+1].start] != " " {
		return ""
	}
	if ws[i+1].lower == "in" && (i+2 == len(ws) || hasPunct(text[ws[i+1].end:ws[i+2].start]) || datePreps[ws[i+2].lower] || ws[i+2].lower == "as") {
		return " in" // "sworn in on 3 May", "sworn in as mayor": a particle, no phrase of its own
	}
	if !particles[ws[i+1].lower] {
		return ""
	}
	if i+2 < len(ws) && !hasPunct(text[ws[i+1].end:ws[i+2].start]) && (ws[i+2].is(cDeterminer) || inSpan(ws[i+2], date) && !datePreps[ws[i+2].lower]) {
		return ""
	}
	return " " + ws[i+1].lower
}

// maxSaid is how many words of what was said a headline keeps.
const maxSaid = 12

// clauseSubjects open a reported clause that "that" left out: "said it
// expects a profit".
var clauseSubjects = lexSet(`it he she they we i`)

// saidContent is what a verb of saying reports, when the saying is the news
// that carries it: the clause after "that" ("Airbus said on Tuesday that
// deliveries ... will be delayed by another year"; "told reporters in Paris
// that ..."), or after "said" with its "that" left out ("said it expects a
// profit"), up to its first punctuation and at most maxSaid words, without
// the saying's date; "" when there is none.
func saidContent(text string, ws []word, d *draft) string {
	start := -1
	for k := d.trig + 1; k < len(ws) && k <= d.trig+7; k++ {
		w := ws[k]
		if hardGap(text[ws[k-1].end:w.start]) || hasPunct(text[ws[k-1].end:w.start]) && !inSpan(w, d.dateSpan()) && !inSpan(ws[k-1], d.dateSpan()) {
			return ""
		}
		if w.lower == "that" {
			start = k + 1
			break
		}
		if w.is(cBeForm|cAuxiliary) || w.trig != nil && !isNoun(ws, k) || modals[w.lower] {
			break // "said the firm that makes ...": a clause of its own; "said it was": no "that"
		}
	}
	if start < 0 && d.trig+1 < len(ws) && inSpan(ws[d.trig+1], d.dateSpan()) {
		// "said Monday's flu coverage was event-driven": the clause opens
		// with the date in the possessive, left out with its "'s".
		sp := d.dateSpan()
		if first, last := wordRange(ws, sp.Start, sp.End); first == d.trig+1 {
			if _, s := sayingSubject(text, ws, first, last); s == d.trig {
				start = first
			}
		}
	}
	if start < 0 && d.info.lemma == "say" {
		k := d.trig + 1
		for k < len(ws) && (inSpan(ws[k], d.dateSpan()) || datePreps[ws[k].lower] && k+1 < len(ws) && inSpan(ws[k+1], d.dateSpan())) {
			k++
		}
		if k < len(ws) && k+1 < len(ws) && clauseSubjects[ws[k].lower] && (ws[k+1].is(cBeForm|cAuxiliary) || modals[ws[k+1].lower] || ws[k+1].trig != nil) {
			start = k // "said it expects", "said they would"
		}
	}
	if start < 0 && closingAttribution(text, ws, d) {
		start = 0 // "Sony has recalled 10 million laptop batteries, the company said"
		for start < d.trig && connectives[ws[start].lower] {
			start++ // "But discussions have been renewed, an official said"
		}
	}
	if start < 0 || start >= len(ws) {
		return ""
	}
	// The words kept, as runs of the text (which keep "Israel's" and
	// "$1.75"), the saying's date left out with its preposition.
	var keep []int
	k := start
	aside := -1 // the word after an aside left out
	for ; k < len(ws) && len(keep) < maxSaid; k++ {
		if k > start && len(keep) > 0 && strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			if e := asideEnd(text, ws, k); e > 0 {
				k, aside = e-1, e // "The bridge, which carries 90,000 cars a day, will close": the aside left out
				continue
			}
		}
		if k > start && k != aside && (hasPunct(text[ws[k-1].end:ws[k].start]) && !figureGap(text, ws[k-1], ws[k]) || ws[k].lower == "who" || ws[k].lower == "which") {
			break // a relative clause inside says more than the headline needs
		}
		if inSpan(ws[k], d.dateSpan()) {
			if n := len(keep); n > 0 && datePreps[ws[keep[n-1]].lower] {
				keep = keep[:n-1]
			}
			continue
		}
		keep = append(keep, k)
	}
	if k < len(ws) && len(keep) == maxSaid && !hasPunct(text[ws[k-1].end:ws[k].start]) {
		// Cut short: end before the last phrase rather than inside it
		// ("more than 100 people at the St Francis Preparatory").
		// The cut keeps the clause's verb: "the 38,000 U.S. troops in the
		// Gulf will remain", not "the 38,000 U.S. troops".
		for n := len(keep) - 1; n >= 4; n-- {
			if w := ws[keep[n]]; (phraseOpeners[w.lower] || locationPreps[w.lower] || w.is(cClauseWord|cComplementStop)) && slices.ContainsFunc(keep[1:n], func(i int) bool {
				return ws[i].is(cBeForm|cAuxiliary) || modals[ws[i].lower] || ws[i].trig != nil && !isNoun(ws, i)
			}) {
				keep = keep[:n]
				break
			}
		}
	}
	for len(keep) > 0 {
		w := ws[keep[len(keep)-1]]
		if !locationPreps[w.lower] && !articles[w.lower] && !phraseOpeners[w.lower] && !connectives[w.lower] && !modals[w.lower] && !w.is(cBeForm) && w.lower != "that" {
			break
		}
		keep = keep[:len(keep)-1]
	}
	if len(keep) < 2 {
		return ""
	}
	var b strings.Builder
	for i, k := range keep {
		switch {
		case i == 0 && ws[k].is(cArticle|cDeterminer) || i == 0 && ws[k].lower == "another":
			b.WriteString(ws[k].lower) // "The United States had the right": "says the United States had"
			continue
		case i == 0:
			b.WriteString(currencyBefore(text, ws[k]))
		case keep[i-1] == k-1:
			b.WriteString(text[ws[k-1].end:ws[k].start])
		default:
			b.WriteByte(' ')
		}
		b.WriteString(withPercent(text, ws[k]))
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\"", "", "“", "", "”", "", "``", "", "''", "").Replace(b.String())), " ")
}

// reportedHeadline is what a desk writes after "says" when a saying closes
// its sentence: the headline the reported clause's own verb makes ("Nine
// miners were killed when a mine collapsed, the police commander said":
// "nine miners killed"), or, when that headline names another subject than
// the clause's words (an actor inside them), the words said as they stand;
// either with its first word lowered unless a name opens it. "" when the
// saying does not close its sentence.
func reportedHeadline(text string, ws []word, d *draft, said string) string {
	if !closingAttribution(text, ws, d) {
		return ""
	}
	h := said
	for k := 0; k < d.trig; k++ {
		info, ok := ws[k].trigger()
		if !ok || info.speech || isNoun(ws, k) {
			continue
		}
		r := *d
		r.trig, r.info, r.places, r.speaker = k, info, nil, ""
		if own := headlineOf(text, &r); len(strings.Fields(own)) > 1 && strings.HasPrefix(strings.ToLower(own), strings.ToLower(firstField(said))+" ") {
			h = own
		}
		break
	}
	if first := firstField(h); first != "" && !d.opensName(first) {
		h = strings.ToLower(first) + h[len(first):]
	}
	return h
}

// asideEnd is the first word after an aside between commas that opens at k,
// a relative clause (", which carries 90,000 cars a day,") or an
// apposition with no verb (", a guide and a cook,"), when a verb group
// follows it; 0 when the aside runs on, ends otherwise or is longer than
// twelve words.
func asideEnd(text string, ws []word, k int) int {
	relative := ws[k].lower == "who" || ws[k].lower == "which"
	for e := k + 1; e < len(ws) && e-k <= 12; e++ {
		if w := ws[e-1]; !relative && (w.is(cBeForm|cHaveForm|cAuxiliary) || w.is(cClauseWord) && w.lower != "and" || modals[w.lower] || w.trig != nil && !isNoun(ws, e-1)) {
			return 0 // a clause of its own, no apposition
		}
		g := text[ws[e-1].end:ws[e].start]
		if figureGap(text, ws[e-1], ws[e]) {
			continue
		}
		if hasPunct(g) {
			if strings.TrimSpace(g) != "," {
				return 0
			}
			if w := ws[e]; w.is(cBeForm|cHaveForm|cAuxiliary) || modals[w.lower] || w.trig != nil && !isNoun(ws, e) {
				return e
			}
			return 0
		}
	}
	return 0
}

func firstField(s string) string {
	f, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return f
}

// opensName reports whether a word opens a name: one of the draft's actors
// or places, or an actor the document names.
func (d *draft) opensName(first string) bool {
	first = strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s")
	opens := func(name string) bool { return name == first || strings.HasPrefix(name, first+" ") }
	for _, m := range d.actors {
		if opens(m.Text) {
			return true
		}
	}
	for _, m := range d.named {
		if opens(m.Text) {
			return true
		}
	}
	for _, p := range d.places {
		if opens(p.Mention) {
			return true
		}
	}
	return false
}

// closingAttribution reports a saying at ti that closes its sentence after a
// comma, what was said before it: "Sony has recalled 10 million laptop
// batteries, the company said on Thursday". The words between the comma and
// the verb (its speaker, none in "..., said the company") hold no verb; the
// sentence before the comma has a verb of its own.
func closingAttribution(text string, ws []word, d *draft) bool {
	ti := d.trig
	if len(ws) == 0 || strings.ContainsAny(text[d.sent.Start:ws[0].start], "\"“`'") {
		return false // a quotation: not the newsroom's words
	}
	// The speaker may hold a relative clause with a verb of its own: "...,
	// the company that organised the trip said".
	c, rel, verbal := ti, -1, false
	for c > 0 && ti-c <= 9 && !hasPunct(text[ws[c-1].end:ws[c].start]) {
		c--
		if w := ws[c].lower; rel < 0 && c+1 < ti && (w == "that" || w == "who" || w == "which") {
			rel = c
			continue
		}
		if ws[c].is(cBeForm|cAuxiliary|cClauseWord) || ws[c].trig != nil && !isNoun(ws, c) {
			if rel >= 0 {
				return false
			}
			verbal = true
		}
	}
	if verbal && rel < 0 || rel == c || rel < 0 && ti-c > 6 {
		return false
	}
	if c < 3 || !strings.Contains(text[ws[c-1].end:ws[c].start], ",") {
		return false
	}
	verb := false
	for k := 0; k < c; k++ {
		if info, ok := ws[k].trigger(); ok && info.speech && !isNoun(ws, k) {
			return false // "Gonzalez said he would ..., Castro said": a saying of a saying
		}
		verb = verb || ws[k].is(cBeForm|cAuxiliary) || modals[ws[k].lower] || ws[k].trig != nil && !isNoun(ws, k)
	}
	return verb
}

// figureGap reports a decimal point or a thousands separator between two
// words of one figure ("1.75", "1,300"), or the dash of a score or a range
// written without spaces ("beat Riverside 2–0", "rose 3–4%").
func figureGap(text string, a, b word) bool {
	g := text[a.end:b.start]
	return (g == "." || g == "," || g == "–" || g == "-") && isDigit(text[a.end-1]) && isDigit(text[b.start])
}

// magnitudes are the words that scale a figure: "$35.2 million".
var magnitudes = lexSet(`thousand million billion trillion lakh crore`)

// figureGoesOn reports word k as the rest of the figure that word k-1
// ends: its decimals or thousands, or the word that scales it. A headline
// cut to its length does not cut a figure ("a net loss of $35.2 million",
// not "of $35").
func figureGoesOn(text string, ws []word, k int) bool {
	return figureGap(text, ws[k-1], ws[k]) || magnitudes[ws[k].lower] && isDigit(text[ws[k-1].end-1]) && text[ws[k-1].end:ws[k].start] == " "
}

// currencyBefore is the currency sign written right before a figure ("$",
// "£", "€", "¥"), which the words leave out; "" when there is none.
func currencyBefore(text string, w word) string {
	if !isDigit(text[w.start]) {
		return ""
	}
	r, n := utf8.DecodeLastRuneInString(text[:w.start])
	switch r {
	case '$', '£', '€', '¥':
		return text[w.start-n : w.start]
	}
	return ""
}

// withPercent is a word as written with the per cent sign that follows it:
// "12%".
func withPercent(text string, w word) string {
	if strings.HasPrefix(text[w.end:], "%") {
		return text[w.start:w.end] + "%"
	}
	return text[w.start:w.end]
}

// dateSpan is the date expression a headline leaves out: none when the date
// comes from a happening the sentence names ("on the sidelines of the
// summit"), whose words say what happened.
func (d *draft) dateSpan() timeline.Span {
	if d.date.Rule == "event-reference" {
		return timeline.Span{}
	}
	if d.list.End > 0 {
		return d.list
	}
	return d.date.Span
}

// relationalNouns name a part or side of something and read badly without
// it: "on the sidelines" of what, "at the age" of how many years, "at the
// request" of whom.
var relationalNouns = lexSet(`sidelines margins margin eve outskirts edge side start end heart middle age request`)

// clauseAround is the clause that holds word ti, from its start (after a
// comma, a dash or a clause word) to the trigger, at most ten words.
func clauseAround(text string, ws []word, ti int, skip timeline.Span) string {
	start := ti
	for k := ti; k > 0 && ti-k < 9; k-- {
		namesJoined := ws[k-1].lower == "and" && k >= 2 && isCapitalized(text[ws[k-2].start:]) && isCapitalized(text[ws[k].start:])
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k-1].is(cClauseWord) && !namesJoined {
			break // "India and Russia signed": names joined by "and" are one subject
		}
		if ws[k-1].is(cTemporalPrep) && (ws[ti].trig == nil || ws[ti].info().noun) {
			break // "searching for him since the Oct. 23 slaying": the slaying
		}
		if ws[ti].trig == nil && (ws[k-1].is(cPreposition|cLocationPrep) || phrasePreps[ws[k-1].lower] || ws[k-1].lower == "among") {
			break // a noun outside the lexicon in its phrase: "as of Friday's close", "during the time of the broadcast"
		}
		start = k - 1
	}
	return text[ws[start].start:ws[ti].end]
}

// firstQuote is the text of the first “...” quotation.
func firstQuote(s string) string {
	i := strings.Index(s, "“")
	if i < 0 {
		return ""
	}
	rest := s[i+len("“"):]
	j := strings.Index(rest, "”")
	if j < 0 {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(rest[:j]), ",.")
}

// clip keeps at most n words of s.
func clipWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}

func capitalizeFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// withoutDate is a sentence without its date expression and its closing
// punctuation: the headline of a report with no event word.
func withoutDate(text string, d *draft) string {
	s := text[d.sent.Start:d.sent.End]
	if sp := d.date.Span; sp.Len() > 0 && d.sent.Start <= sp.Start && sp.End <= d.sent.End {
		before := strings.TrimSpace(text[d.sent.Start:sp.Start])
		if f := strings.Fields(before); len(f) > 0 && datePreps[strings.ToLower(f[len(f)-1])] {
			before = strings.Join(f[:len(f)-1], " ")
		} else if n := len(f); n > 1 && strings.EqualFold(f[n-2], "as") && strings.EqualFold(f[n-1], "of") {
			before = strings.Join(f[:n-2], " ") // "As of February, the store accounts for": "The store accounts for"
		}
		s = before + " " + strings.TrimLeft(text[sp.End:d.sent.End], ", ")
	}
	return strings.TrimRight(strings.TrimSpace(s), ".!?;:, ")
}

// datePreps open a date expression: "on Monday", "in March", "from 8.30
// pm", "by Friday"; they go with the date a headline leaves out.
var datePreps = lexSet(`on in at during from by until`)

// aspectualAfter is the present tense of the aspectual verb that a noun
// trigger is the subject of (" opens" in "The trial of ... opened on
// Monday"), with its leading space; "" when there is none.
func aspectualAfter(ws []word, d *draft) string {
	for k := d.trig + 1; k < len(ws) && k <= d.trig+14; k++ {
		lemma, ok := aspectualForms[ws[k].lower]
		if !ok || isNoun(ws, k) || eventSubject(ws, k) != d.trig {
			continue
		}
		return " " + agree(ws[d.trig].lower, lemma)
	}
	return ""
}

// anticipationVerbs look ahead to a happening without being it: in "the
// party prepares for an October congress" the event is the congress.
var anticipationVerbs = lexSet(`prepare prepares preparing prepared await awaits awaiting awaited wait waits
waiting waited brace braces bracing braced gear gears gearing geared`)

// modals stand before a base verb: "Judges will deliver the verdict".
var modals = lexSet(`will would shall should can could may might must`)

// nounClause is the headline of a noun trigger that is neither a party's
// happening ("the trial of ...") nor the object of a light verb: its clause
// up to the trigger, without the date ("an October congress": "a congress")
// and in the present ("Judges will deliver the verdict": "Judges deliver the
// verdict"). A happening that its clause only looks ahead to is named alone,
// after its holder when that is one body ("the party prepares for an October
// congress": "Party congress"); a short definite subject drops its article
// and takes its aspectual verb ("The summit opened": "Summit opens").
func nounClause(text string, d *draft) string {
	ws, ti := d.words, d.trig
	start := ti
	for k := ti; k > 0 && ti-k < 9; k-- {
		namesJoined := ws[k-1].lower == "and" && k >= 2 && isCapitalized(text[ws[k-2].start:]) && isCapitalized(text[ws[k].start:])
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k-1].is(cClauseWord) && !namesJoined {
			break // "India and Russia signed": names joined by "and" are one subject
		}
		if ws[k-1].is(cTemporalPrep) && (ws[ti].trig == nil || ws[ti].info().noun) {
			break // "searching for him since the Oct. 23 slaying": the slaying
		}
		if ws[ti].trig == nil && (ws[k-1].is(cPreposition|cLocationPrep) || phrasePreps[ws[k-1].lower] || ws[k-1].lower == "among") {
			break // a noun outside the lexicon in its phrase: "as of Friday's close", "during the time of the broadcast"
		}
		start = k - 1
	}
	end := ti // "issued an avalanche warning": the compound to its head
	for end+1 < len(ws) && compoundHead(ws, end+1) && !inSpan(ws[end+1], d.date.Span) {
		end++
	}
	var f []string
	for k := start; k <= end; k++ {
		w := ws[k]
		if inSpan(w, d.date.Span) {
			if n := len(f); n > 0 && datePreps[strings.ToLower(f[n-1])] {
				f = f[:n-1]
			}
			continue
		}
		if n := len(f); n > 0 && k > start && ws[k-1].end == w.start {
			f[n-1] += text[w.start:w.end] // "didn't", written as one
			continue
		}
		f = append(f, text[w.start:w.end])
	}
	// "an October congress" without its date: "a congress".
	for i := 0; i+1 < len(f); i++ {
		if l := strings.ToLower(f[i]); l == "a" || l == "an" {
			f[i] = article(f[i], f[i+1])
		}
	}
	if start == 0 && len(f) > 1 && d.neuter != "" && (f[0] == "It" || f[0] == "They") {
		f = append(strings.Fields(d.neuter), f[1:]...) // "It lost a test rocket in an explosion": the agency
	}
	for i, w := range f {
		if !anticipationVerbs[strings.ToLower(w)] || i == len(f)-1 {
			continue
		}
		noun := strings.ToLower(f[len(f)-1])
		holder := f[:i]
		for len(holder) > 0 && (beForms[strings.ToLower(holder[len(holder)-1])] || auxiliaries[strings.ToLower(holder[len(holder)-1])]) {
			holder = holder[:len(holder)-1]
		}
		if len(holder) == 2 && strings.EqualFold(holder[0], "the") && !plural(holder[1]) && !isCapitalized(holder[1]) {
			return holder[1] + " " + noun // "Party congress"
		}
		return noun
	}
	for i := 1; i+1 < len(f); i++ {
		if !modals[strings.ToLower(f[i])] || i+1 == len(f)-1 {
			continue
		}
		v := i + 1
		if lyAdverb(strings.ToLower(f[v])) && v+1 < len(f) {
			v++ // "will partially suspend": the verb after the adverb
		}
		verb := strings.ToLower(f[v])
		if beForms[verb] || auxiliaries[verb] || verb == "be" {
			break
		}
		subject := strings.Join(f[:i], " ")
		f = append(append(append(f[:i:i], f[i+1:v]...), agree(subject, verb)), f[v+1:]...)
		break
	}
	// "The ministers signed a trade agreement": "sign".
	for i := 1; i+1 < len(f); i++ {
		l := strings.ToLower(f[i])
		info, ok := triggers[l]
		prev := strings.ToLower(f[i-1])
		if !ok || info.lemma == "" || info.noun || strings.HasSuffix(l, "ing") || beForms[prev] || auxiliaries[prev] || prev == "to" || modals[prev] || articles[prev] || determiners[prev] || notContracted(prev) {
			continue
		}
		f[i] = agree(strings.Join(f[:i], " "), info.lemma)
		break
	}
	if len(f) <= 3 && len(f) > 1 && determiners[strings.ToLower(f[0])] {
		if owner := possessor(text, d, strings.ToLower(f[0])); owner != "" {
			f[0] = owner + "'s" // "since his Aug. 2 power-grab": "Saddam's power-grab"
			return strings.Join(f, " ") + aspectualAfter(ws, d)
		}
		f = f[1:] // "The verdict": "Verdict"
		return strings.Join(f, " ") + aspectualAfter(ws, d)
	}
	return strings.Join(f, " ")
}

// glueNot writes a contracted "not" that the words split from its
// auxiliary as written: "should n't" is "shouldn't".
func glueNot(h string) string {
	return strings.NewReplacer(" n't", "n't", " n’t", "n’t").Replace(h)
}

// notContracted reports an auxiliary written with its "not": "didn't",
// "can’t".
func notContracted(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// possessor is the actor a possessive pronoun before a noun trigger stands
// for: the last actor named before the trigger in its sentence, a person
// for "his" and "her"; "" when there is none or the word is no possessive
// pronoun.
func possessor(text string, d *draft, pronoun string) string {
	person := pronoun == "his" || pronoun == "her"
	if !person && pronoun != "its" && pronoun != "their" || d.trig < 0 {
		return ""
	}
	at := d.words[d.trig].start
	owner := ""
	for _, m := range d.actors {
		if m.Span.End > at || m.Span.Start < d.sent.Start {
			continue
		}
		if person && m.Actor.Kind != ActorPerson || !person && m.Actor.Kind == ActorPerson {
			continue
		}
		owner = m.Text
	}
	return owner
}

// article is "a" or "an" as the word after it needs, in the case of was:
// as it sounds, not as it is spelt ("a one-day strike", "a union", "an
// hour").
func article(was, next string) string {
	a := "a"
	l := strings.ToLower(next)
	if strings.ContainsRune("aeiou", rune(l[0])) && !hasAnyPrefix(l, consonantVowels) || hasAnyPrefix(l, silentH) {
		a = "an"
	}
	if isCapitalized(was) {
		return capitalizeFirst(a)
	}
	return a
}

// consonantVowels open words whose first vowel letter sounds as a
// consonant ("a one-day strike", "a union", "a European"); silentH open
// words whose "h" is silent ("an hour").
var (
	consonantVowels = []string{"one", "once", "uni", "use", "usu", "uti", "eu", "ewe"}
	silentH         = []string{"hour", "honest", "honour", "honor", "heir"}
)

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// resolve puts the person a pronoun subject stands for in its place: "He"
// of "He will travel on to Paris" is the Boric named before.
// An adverb after the pronoun stays: "He last visited" is "Sethi last visited".
func (d *draft) resolve(subject string) string {
	first, rest, _ := strings.Cut(subject, " ")
	if d.neuter != "" && (first == "It" || first == "They") {
		for _, w := range strings.Fields(rest) {
			if !verbAdverbs[strings.ToLower(w)] && !strings.HasSuffix(w, "ly") {
				return d.neuter + " " + rest
			}
		}
		return d.neuter // "It fired": "The probe fires"; "It last cut": "The committee cuts"
	}
	if d.neuter != "" && (first == "Its" || first == "Their") && rest != "" {
		// "The satellite was launched in April. Its solar panels failed":
		// the satellite's solar panels
		if strings.HasSuffix(d.neuter, "s") {
			return d.neuter + "' " + rest
		}
		return d.neuter + "'s " + rest
	}
	if owner := d.speakerOwner(first); owner != "" && rest != "" {
		return owner + "'s " + rest // "Omarov said that his client had": Omarov's client
	}
	if owner := d.namedOwner(first); owner != "" && rest != "" {
		return owner + "'s " + rest // "Okafor was charged in May. His lawyer": Okafor's lawyer
	}
	if d.antecedent != nil && subjectPronouns[strings.ToLower(first)] {
		for _, w := range strings.Fields(rest) {
			if !verbAdverbs[strings.ToLower(w)] && !strings.HasSuffix(w, "ly") {
				return d.antecedent.Text + " " + rest
			}
		}
		return d.antecedent.Text // "He last visited": "Sethi visits"
	}
	return subject
}

// speakerOwner is whom a possessive pronoun that opens a reported clause
// stands for: the speaker of a verb of saying before it, a person for "his"
// and "her" (speakerBefore), an organization or a country for "its"
// (bodySpeakerBefore): "Pomona said that its profit rose". "" otherwise.
func (d *draft) speakerOwner(pronoun string) string {
	if d.trig < 0 {
		return ""
	}
	switch pronoun {
	case "his", "her":
		return d.speakerBefore()
	case "its":
		return d.bodySpeakerBefore()
	}
	return ""
}

// namedOwner is the actor an opening possessive pronoun of the draft's
// subject ("His", "Her", "Its") stands for, when that is clear: the actors
// of the kind the pronoun takes (a person for "His" and "Her", an
// organization or a country for "Its") named in the paragraph before it
// are one and the same. "" otherwise.
func (d *draft) namedOwner(pronoun string) string {
	person := pronoun == "His" || pronoun == "Her"
	if !person && pronoun != "Its" || d.doc == nil || d.trig < 0 {
		return ""
	}
	at := -1
	for k := d.trig - 1; k >= 0 && k >= d.trig-8; k-- {
		if d.words[k].lower == strings.ToLower(pronoun) {
			at = d.words[k].start
			break
		}
	}
	if at < 0 {
		return ""
	}
	text := d.doc.Text
	i, _ := slices.BinarySearchFunc(d.named, at, func(m ActorMention, at int) int { return m.Span.Start - at })
	var owner *ActorMention
	for k := i - 1; k >= 0 && k >= i-maxBack; k-- {
		m := &d.named[k]
		if m.Span.End > at || strings.Contains(text[m.Span.End:at], "\n") {
			break // another paragraph
		}
		if (m.Actor.Kind == ActorPerson) != person {
			continue
		}
		if owner != nil && m.Actor.Name != owner.Actor.Name {
			return "" // two of them: not clear which
		}
		if owner == nil {
			owner = m
		}
	}
	if owner == nil {
		return ""
	}
	return owner.Text
}

// verbAdverbs stand between a subject and its verb and say nothing a
// headline needs: "he last visited", "she also met".
var verbAdverbs = lexSet(`last also then later first still just already again`)

// adverbIn reports a verbAdverb among ws[from:to].
func adverbIn(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if verbAdverb(ws, k) {
			return true
		}
	}
	return false
}

// verbAdverb reports an adverb inside a verb group, which the subject
// before it leaves to the verb: one of verbAdverbs but "last", or "now"
// ("which first flew", "would now be handed"), or a word in -ly after an auxiliary or a
// form of "be" ("had fully recovered"; "the family" is no adverb).
func verbAdverb(ws []word, i int) bool {
	w := ws[i].lower
	if i > 0 && ws[i-1].is(cArticle) {
		return false // "The first was found": no adverb
	}
	if verbAdverbs[w] && w != "last" || w == "now" {
		return true // "was last seen" keeps its "last"
	}
	return i > 0 && len(w) > 4 && lyAdverb(w) && ws[i-1].is(cAuxiliary|cBeForm)
}

// pluralNouns are plural without an -s.
var pluralNouns = lexSet(`police people children men women they we`)

// singularMen end in "men" but name one thing.
var singularMen = lexSet(`specimen abdomen regimen stamen acumen`)

// plural reports a plural subject: coordinated names, "they", or a noun in
// -s ("officials", "the two leaders").
func plural(subject string) bool {
	f := strings.Fields(strings.ToLower(subject))
	if len(f) == 0 {
		return false
	}
	name := strings.Fields(subject)
	if len(name) > 1 && !slices.Contains(f, "and") && !closedWords[f[0]] && !articles[f[0]] && !determiners[f[0]] && !slices.ContainsFunc(name, func(w string) bool { return !isCapitalized(w) }) {
		return false // a name: "Carlton Phillips" dies
	}
	if slices.Contains(f, "and") || pluralQuantifiers[f[0]] {
		return true // "Many had recovered": many recover
	}
	if isCapitalized(name[len(name)-1]) && pluralFormNames[f[len(f)-1]] {
		return false // one country or body: "The United States postpones", "The Netherlands wins"
	}
	if len(f) > 2 && partQuantifiers[f[0]] && f[1] == "of" {
		return plural(strings.Join(f[2:], " ")) // "Most of the passengers" recover, "most of the oil" leaks
	}
	if len(f) > 3 && f[0] == "a" && amountNouns[f[1]] && f[2] == "of" {
		return plural(strings.Join(f[3:], " ")) // "A number of airlines" cancel, "a lot of the oil" leaks
	}
	for i, w := range f {
		if i > 0 && (locationPreps[w] || phraseOpeners[w] || phraseEnders[w]) {
			f = f[:i] // "Schools in Chennai", "Talks between the firms": the head is before the preposition
			break
		}
	}
	l := f[len(f)-1]
	if pluralNouns[l] || strings.HasSuffix(l, "men") && len(l) > 4 && !singularMen[l] {
		return true // "fishermen", "policemen"
	}
	if strings.HasSuffix(l, "children") || strings.HasSuffix(l, "people") {
		return true // "schoolchildren", "townspeople"
	}
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// pluralFormNames end the names of one country or body in a plural form:
// "the United States", "the United Arab Emirates", "the Philippines".
var pluralFormNames = lexSet(`states emirates nations netherlands philippines bahamas maldives seychelles comoros`)

// pluralQuantifiers stand for many: "Many recover", "Both leave".
var pluralQuantifiers = lexSet(`many several few both`)

// partQuantifiers take their number from the "of" phrase after them.
var partQuantifiers = lexSet(`most some all half none`)

// amountNouns after "a" say how many or how much of the "of" phrase after
// them, which gives the verb its number: "A number of airlines have
// cancelled flights", "A majority of the board votes". Not "a series of"
// or "a group of", which name one thing of their own.
var amountNouns = lexSet(`number couple handful lot majority minority total host`)

// agree is the present tense of lemma for subject: "Officials meet", "The
// president gives".
func agree(subject, lemma string) string {
	f := strings.Fields(subject)
	if plural(subject) || len(f) > 0 && bareVerbPronouns[strings.ToLower(f[len(f)-1])] && (len(f) == 1 || f[len(f)-1] != "I" || !isCapitalized(f[len(f)-2])) {
		return lemma // "Officials meet", "the film I watch"; but "The Kazu I leaves": a numeral
	}
	return thirdPerson(lemma)
}

// lowerArticle writes words before a passive as its object: an opening
// article or count (countOpeners) in lower case ("The new terminal": "the
// new terminal", "Forty new cases": "forty new cases", "Another"), a
// pronoun in its object form ("they": "them"), without a "there" or a
// "then" before it.
func lowerArticle(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if ok && (strings.EqualFold(first, "there") || strings.EqualFold(first, "then")) {
		s = rest // "There he is joined by": he
		first, rest, ok = strings.Cut(s, " ")
	}
	if o, isPronoun := objectPronouns[strings.ToLower(s)]; isPronoun {
		return o // "They are joined by": "... joins them"
	}
	if head, _, _ := strings.Cut(first, "-"); ok && (articles[strings.ToLower(first)] || countOpeners[head]) {
		return strings.ToLower(first) + " " + rest // "Forty new cases": "... confirms forty new cases"
	}
	return s
}

// objectPronouns are the object forms of the subject pronouns.
var objectPronouns = map[string]string{"i": "me", "we": "us", "you": "you", "he": "him", "she": "her", "it": "it", "they": "them"}

// commonHead reports a name that ends in a common noun, whose number the
// verb follows: "Egyptian authorities increase", "Indian government
// designates" (a name's own last letter says nothing: "Airbus says").
func commonHead(subject string) bool {
	i := strings.LastIndexByte(subject, ' ')
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(subject[i+1:])
	return unicode.IsLower(r)
}

// pronounPassive is the present of "be" a pronoun patient keeps before its
// participle, "" for any other patient: "he had been interviewed" is "He is
// interviewed", where "He interviewed" would read as what he did.
func pronounPassive(patient string) string {
	switch strings.ToLower(patient) {
	case "i":
		return "am "
	case "he", "she", "it":
		return "is "
	case "we", "you", "they":
		return "are "
	}
	return ""
}

// bareVerbPronouns take the verb without its -s: "I arrive", "we hear",
// "they call".
var bareVerbPronouns = lexSet(`i we you they`)

// directionPreps keep their own word in a headline: "travels to Bergen",
// "leaves for Moscow" (a place after "for" is a departure's destination).
var directionPreps = lexSet(`to into toward towards from near outside for`)

// placePrep is the preposition a headline puts before a place: the text's
// own when it gives a direction ("to Paris", "to the city of Paris"), else
// "in".
func placePrep(text string, ws []word, p timeline.Place) string {
	wi := wordIndexAt(ws, p.Span.Start)
	if wi <= 0 || wi >= len(ws) || ws[wi].start != p.Span.Start {
		return "in"
	}
	if h := placePhraseStart(text, ws, wi); h > 0 && directionPreps[ws[h-1].lower] {
		return ws[h-1].lower // "returned to the northern city of Auckland": to Auckland
	}
	return "in"
}

// kindNouns stand, after "the", for the actor of their kind named last:
// "the company", "the country".
var kindNouns = map[string]string{
	"company": ActorOrganization, "firm": ActorOrganization, "group": ActorOrganization,
	"country": ActorCountry, "nation": ActorCountry,
}

// maxBack bounds how many of the document's actors before the trigger
// lastNamed looks at.
const maxBack = 24

// definiteActor is the actor "the company" or "the country" stands for:
// the last one of that kind named before the trigger, with at most maxBack
// mentions looked at; "" for any other subject.
func (d *draft) definiteActor(subject string) string {
	f := strings.Fields(strings.ToLower(subject))
	if len(f) != 2 || f[0] != "the" {
		return ""
	}
	kind, ok := kindNouns[f[1]]
	if !ok {
		return ""
	}
	m := d.lastNamed(d.words[d.trig].start, func(m *ActorMention) bool { return m.Actor.Kind == kind })
	switch {
	case m == nil:
		return ""
	case kind == ActorCountry:
		return m.Actor.Name
	}
	return m.Text
}

// lastNamed is the last actor mention of the document that starts before
// offset at and satisfies ok, among the maxBack mentions before at; nil
// when there is none.
func (d *draft) lastNamed(at int, ok func(*ActorMention) bool) *ActorMention {
	i, _ := slices.BinarySearchFunc(d.named, at, func(m ActorMention, at int) int { return m.Span.Start - at })
	for k := i - 1; k >= 0 && k >= i-maxBack; k-- {
		if ok(&d.named[k]) {
			return &d.named[k]
		}
	}
	return nil
}

// trimAdverbs drops the adverbs that end a subject: "Osaka last".
func trimAdverbs(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && verbAdverbs[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// organization is the organization of the sentence named subject, or nil:
// its name may hold an "and" that coordinates nothing.
func (d *draft) organization(subject string) *ActorMention {
	for i, m := range d.actors {
		if m.Actor.Kind == ActorOrganization && m.Text == subject {
			return &d.actors[i]
		}
	}
	return nil
}

// speakerBefore is the last person named before a verb of saying that stands
// before the trigger: whom "he" in what is said stands for ("Daniel Koh said
// that he had asked"); "" when there is none.
func (d *draft) speakerBefore() string {
	t := d.words[d.trig]
	who := ""
	for _, m := range d.actors {
		if m.Span.End <= t.start && m.Actor.Kind == ActorPerson && d.speechBetween(m.Span.End) {
			who = m.Text
		}
	}
	return who
}

// neuterPronoun reports "it" or "they" as the words before a reported
// happening, perhaps with an auxiliary ("it had sought to").
func neuterPronoun(before string) bool {
	first, _, _ := strings.Cut(before, " ")
	return strings.EqualFold(first, "it") || strings.EqualFold(first, "they")
}

// coordinatedNames extends the words w, found in text before word k,
// leftwards over names joined by "and" ("Smith and Jones", "Japan and
// South Korea"), at most three words each, with no punctuation between.
func coordinatedNames(text string, ws []word, w string, k int) string {
	off := strings.LastIndex(text[:ws[k].start], w)
	if w == "" || off < 0 {
		return w
	}
	start, end := wordIndexAt(ws, off), off+len(w)
	for start >= 2 && ws[start-1].lower == "and" && isCapital(text, ws[start-2]) && !hasPunct(text[ws[start-2].end:ws[start].start]) {
		j := start - 2
		for j > 0 && start-2-j < 2 && isCapital(text, ws[j-1]) && !hasPunct(text[ws[j-1].end:ws[j].start]) {
			j--
		}
		start = j
	}
	return text[ws[start].start:end]
}

// sayerWords is the unnamed subject of the verb of saying nearest before
// the trigger, which a pronoun of what is said stands for ("Police said they
// had arrested two men": Police; "The company said it had cut 500 jobs":
// the company, or the company named last): the words before the saying
// when they open with a capital and are no pronoun; "" otherwise. named
// says the words are an actor's name ("Unisys", "Dow Jones"), whose verb is
// singular whatever its last letter.
func (d *draft) sayerWords(text string) (words string, named bool) {
	for k := d.trig - 1; k > 0; k-- {
		if info, ok := triggers[d.words[k].lower]; !ok || !info.speech || isNoun(d.words, k) {
			continue
		}
		w := wordsBefore(text, d.words, &draft{sent: d.sent, words: d.words, trig: k, date: d.date})
		if w == "" {
			w = appositionHead(text, d.words, k) // "The utility, Westgrid, said it had": the utility
		}
		w = coordinatedNames(text, d.words, w, k)
		first, _, _ := strings.Cut(w, " ")
		if w == "" || !isCapitalized(w) || subjectPronouns[strings.ToLower(first)] || neuterPronoun(w) {
			return "", false
		}
		if named := d.definiteActor(w); named != "" {
			return named, true
		}
		w = trimAdverbs(w)
		for _, m := range within(d.named, func(m *ActorMention) int { return m.Span.Start }, d.sent) {
			if m.Text == w || strings.HasSuffix(w, " "+m.Text) && strings.Count(w, " ") == strings.Count(m.Text, " ")+1 && articles[strings.ToLower(first)] {
				return w, true // "Unisys said it had reduced": Unisys reduces
			}
		}
		return w, false
	}
	return "", false
}

// bodySpeakerBefore is the last organization or country named before a verb
// of saying that stands before the trigger: whom "it" in what is said stands
// for ("BP PLC said on Friday that it had activated", "the U.S. said it had
// sought"); "" when there is none. A person is never "it".
func (d *draft) bodySpeakerBefore() string {
	t := d.words[d.trig]
	who := ""
	for _, m := range within(d.named, func(m *ActorMention) int { return m.Span.Start }, d.sent) {
		if m.Span.End > t.start {
			continue
		}
		if (m.Actor.Kind == ActorOrganization || m.Actor.Kind == ActorCountry) && d.speechBetween(m.Span.End) {
			who = m.Text
		}
	}
	return who
}

// maxAhead bounds, in bytes after its sentence, where companyNamedNext looks
// for the company a lede describes.
const maxAhead = 300

// companyNamedNext is the organization an indefinite description of a company
// in a report with no actor stands for ("A care home operator has been fined
// £1.2m" and then "Lakeview Care Ltd admitted ..."): the first organization
// named within maxAhead bytes after the sentence; "" for any other subject.
func (d *draft) companyNamedNext(subject string) string {
	f := strings.Fields(strings.ToLower(subject))
	if len(f) < 2 || f[0] != "a" && f[0] != "an" || !companyNoun(f[len(f)-1]) || len(d.actors) > 0 {
		return ""
	}
	i, _ := slices.BinarySearchFunc(d.named, d.sent.End, func(m ActorMention, at int) int { return m.Span.Start - at })
	for ; i < len(d.named) && d.named[i].Span.Start < d.sent.End+maxAhead; i++ {
		if m := d.named[i]; m.Actor.Kind == ActorOrganization {
			return m.Text
		}
	}
	return ""
}

// reducedRelative reports a participle that opens a relative clause of its
// own after a comma, "which was" left out: "Thriller, released in 1982, is
// ...". The noun it describes is its patient; it needs one at the start of
// the sentence (relativeHead), so a verb coordinated after a comma ("arrived
// in Seoul on Monday, left on Friday") is none.
func reducedRelative(text string, ws []word, ti int) bool {
	if relativeStart(text, ws, ti) != ti {
		return false
	}
	// The head opens the sentence: in "Alan Johnson, the health secretary,
	// said" the words before the comma are an apposition and "said" is the
	// sentence's own verb.
	head := relativeHead(text, ws, ti)
	return head != "" && head == text[ws[0].start:ws[ti-1].end]
}

// relativeHead is the noun phrase a relative clause set off by commas
// describes, when the verb at ti is the clause's own ("The chief executive,
// who joined the company in 2015,") or the main verb right after it ("...,
// left on Monday"): up to four words before ", who" or ", which" (or before
// the participle of a reduced relative), from the start of their clause; ""
// when there is none.
func relativeHead(text string, ws []word, ti int) string {
	r := relativeStart(text, ws, ti)
	if r < 1 || !strings.Contains(text[ws[r-1].end:ws[r].start], ",") {
		return ""
	}
	start, most := r, 4
	for start > 0 && r-start < most && !hasPunct(text[ws[start-1].end:ws[start].start]) || start == r {
		if start == 0 || ws[start-1].is(cClauseWord) {
			break
		}
		start--
		if start < r-1 && start > 0 && phraseOpeners[ws[start].lower] && strings.Contains(text[ws[start-1].end:ws[start].start], ",") {
			// "The last big dock strike, in 2015, lasted": a phrase
			// between commas is an aside; the head is before it, up to
			// six words.
			r, most = start, 6
		}
	}
	if start < r && start > 0 && !hasPunct(text[ws[start-1].end:ws[start].start]) && capitalizedAt(text, ws[start]) {
		// a name runs on: "The International Monetary Fund's board, which"
		s := start
		for s > 0 && r-s < 8 && capitalizedAt(text, ws[s-1]) && !hasPunct(text[ws[s-1].end:ws[s].start]) {
			s--
		}
		if s > 0 && ws[s-1].is(cArticle) && !hasPunct(text[ws[s-1].end:ws[s].start]) {
			s--
		}
		if s == 0 || hasPunct(text[ws[s-1].end:ws[s].start]) {
			start = s
		}
	}
	if start == r || start > 0 && !hasPunct(text[ws[start-1].end:ws[start].start]) {
		if h := longRelativeHead(text, ws, r); h != "" {
			return h // "The new patient from the coast, who had returned"
		}
		// The phrase is longer than four words, or not its clause's start:
		// a relative pronoun stands for the noun phrase nearest before it
		// ("ordered ten versions of the aircraft, which first flew": the
		// aircraft).
		if (ws[r].lower == "who" || ws[r].lower == "which") && !hasPunct(text[ws[r].end:ws[ti].start]) {
			return nearestNounPhrase(text, ws, r) // the verb is the clause's own, not the main verb after it
		}
		return ""
	}
	return text[ws[start].start:ws[r-1].end]
}

// longRelativeHead is the noun phrase of five to seven words that opens the
// sentence and ends at the comma before the relative word at r, when it
// opens with an article or determiner and holds a place phrase, no verb
// and no clause word: "The new patient from the coast, who".
func longRelativeHead(text string, ws []word, r int) string {
	if r < 5 || r > 7 || !ws[0].is(cArticle|cDeterminer) {
		return ""
	}
	prep := false
	for k := 0; k < r; k++ {
		w := ws[k]
		if k > 0 && hasPunct(text[ws[k-1].end:w.start]) || w.is(cClauseWord|cBeForm|cAuxiliary|cHaveForm|cModal) ||
			w.trig != nil && !isNoun(ws, k) || participle(ws, k) && k > 0 && !ws[k-1].is(cArticle) {
			return ""
		}
		prep = prep || k > 1 && (w.is(cLocationPrep) || w.lower == "from" || w.lower == "of")
	}
	if !prep {
		return ""
	}
	return text[ws[0].start:ws[r-1].end]
}

// relativeVerbGroup reports the verb at ti (or the light verb of a noun there) as
// the verb of a relative clause: "who", "that" or "which" right before its
// verb group. A verb group after its object is the main clause's.
func relativeVerbGroup(ws []word, ti int) bool {
	k := groupStart(ws, lightIndex(ws, ti), false)
	return k > 0 && (ws[k-1].lower == "who" || ws[k-1].lower == "that" || ws[k-1].lower == "which")
}

// otherPreps end a noun phrase from the left as phraseOpeners do.
var otherPreps = lexSet(`against between like than per across via toward towards within without`)

// nearestNounPhrase is the noun phrase that ends right before word r: the
// words back to a preposition, a verb or a clause word, at most four, its
// article included; "" when the word before r is no noun ("said, which").
func nearestNounPhrase(text string, ws []word, r int) string {
	start := r
	for start > 0 && r-start < 4 {
		w := ws[start-1]
		if start < r && hasPunct(text[w.end:ws[start].start]) || w.is(cClauseWord|cPreposition|cLocationPrep|cBeForm|cAuxiliary) ||
			phraseOpeners[w.lower] || otherPreps[w.lower] || reflexives[w.lower] || w.trig != nil && !isNoun(ws, start-1) || participle(ws, start-1) && start < r && !adjectiveParticiple(ws, start-1) {
			break
		}
		start--
		if w.is(cArticle) {
			break // "the aircraft"
		}
	}
	if start == r || ws[start].is(cArticle) && start == r-1 {
		return ""
	}
	if ws[r].lower == "who" && start > 0 && (ws[start-1].is(cLocationPrep) || ws[start-1].lower == "on") && (hasPunct(text[ws[r-1].end:ws[r].start]) || !peopleAfterPreposition(text, ws, r, r-start)) {
		return "" // "Brits on holiday in Mexico, who are flying back", "owners on the north side, who": "who" is no place; "from water engineers who" are people
	}
	if w := ws[r-1]; w.trig != nil && !isNoun(ws, r-1) || w.is(cBeForm|cAuxiliary) {
		return ""
	}
	return text[ws[start].start:ws[r-1].end]
}

// adjectiveParticiple reports a participle at i between a quantifier or a
// figure and a noun, so an adjective of the noun phrase: "many tired
// travellers", "two injured men". After an article the word may be a
// trigger's noun, and after a noun it is a reduced relative ("people
// killed"): neither is taken.
func adjectiveParticiple(ws []word, i int) bool {
	if i < 1 || ws[i].trig != nil {
		return false
	}
	q := ws[i-1].lower
	return pluralQuantifiers[q] || figureWord(q) || spanNumbers[q] > 0
}

// directedTo reports a verb that gets someone to do something
// (controlForms, or "told") in the passive at ti before its infinitive
// ("were ordered not to kiss", "was told to leave"): the order is nothing
// without what it orders.
func directedTo(ws []word, ti int) bool {
	k := ti + 1
	if k < len(ws) && ws[k].lower == "not" {
		k++
	}
	return (controlForms[ws[ti].lower] != "" || ws[ti].lower == "told") && k+1 < len(ws) && ws[k].lower == "to" && !ws[k+1].is(cArticle|cDeterminer)
}

// passiveTo reports "to" and a noun phrase right after a passive
// participle: to whom or where the patient went ("was handed to Singapore
// Airlines", "was taken to hospital"), not the infinitive of a verb that
// governs another ("was expected to rise", "was forced to resign").
func passiveTo(text string, ws []word, ti int) bool {
	if ti+2 >= len(ws) || ws[ti+1].lower != "to" {
		return false
	}
	// A noun phrase opens with a determiner, a figure or a name, or is a
	// noun of the lexicon ("beaten to death"); a verb outside the lexicon
	// ("commissioned to rearrange") is none of these.
	w := ws[ti+2]
	if w.is(cBeForm|cAuxiliary) || w.trig != nil && !isNoun(ws, ti+2) {
		return false
	}
	if w.is(cArticle|cDeterminer) || isDigit(w.lower[0]) || w.trig != nil || isCapital(text, w) {
		return true
	}
	// A bare noun ends its phrase ("taken to hospital on Friday"); a verb
	// goes on to its object.
	if ti+3 == len(ws) || hasPunct(text[w.end:ws[ti+3].start]) {
		return true
	}
	next := ws[ti+3]
	return phraseOpeners[next.lower] || locationPreps[next.lower]
}

// futureModals put a passive ahead of its time: "will be heard".
var futureModals = lexSet(`will would shall`)

// futurePassive reports a passive participle at ti after "will be",
// "would be" or "shall be", adverbs between left aside ("would now be
// handed"). A desk heads what is still to come with "to be": "First
// aircraft to be handed", where "First aircraft handed" tells it as done.
func futurePassive(ws []word, ti int) bool {
	k := ti - 1
	for k >= 0 && verbAdverb(ws, k) {
		k--
	}
	if k < 1 || ws[k].lower != "be" {
		return false
	}
	k--
	for k >= 0 && (verbAdverb(ws, k) || ws[k].lower == "not") {
		if ws[k].lower == "not" {
			return false // "will not be held" is no headline of what happens
		}
		k--
	}
	return k >= 0 && futureModals[ws[k].lower]
}

// beforePublication reports a date that ends before the document was
// published: "would be released in 1982" in a story of 2009 is told as
// done.
func (d *draft) beforePublication() bool {
	if d.doc == nil || d.doc.Published.IsZero() || d.date.End == "" {
		return false
	}
	return d.date.End < d.doc.Published.Format("2006-01-02")
}

// firstConjunctSubject is the subject a verb coordinated after "and" or
// "but" shares with the sentence's first verb: "The 23-year-old man had
// arrived home from Mexico and was isolated in a hospital" has "The
// 23-year-old man". The subject is the words that open the sentence up to
// its first verb, one to six with no punctuation, no preposition,
// connective or wh-word first, adverbs before the verb left out; between
// the first verb group and "and" no other verb or clause word may stand
// (in "who was treated but recovered" and "reports ... have said ... and
// were transferred" the verb joins another clause), nor may "and" join two
// words after an article ("the dead and injured"). "" when there is none.
func firstConjunctSubject(text string, ws []word, ti int) string {
	k := catenativeStart(ws, ti, true)
	if k < 3 || ws[k-1].lower != "and" && ws[k-1].lower != "but" || ws[k-3].is(cArticle) {
		return ""
	}
	verb := func(i int) bool {
		w := ws[i]
		if w.lower == "may" && capitalizedAt(text, w) {
			return false // the month: "approved the bill on 1 May and is set to"
		}
		// a simple past unlike its participle ("went", "drove") is a
		// verb though no trigger
		return w.is(cBeForm|cAuxiliary) || modals[w.lower] || w.trig != nil && !isNoun(ws, i) || simplePasts[w.lower]
	}
	j := 1
	for ; j < k-1 && j <= 6 && !verb(j); j++ {
		if hasPunct(text[ws[j-1].end:ws[j].start]) || ws[j].is(cClauseWord) {
			return ""
		}
	}
	if j >= k-1 || j > 6 || phraseOpeners[ws[0].lower] || connectives[ws[0].lower] || ws[0].is(cClauseWord|cClauseOpener) || ws[0].lower == "what" {
		return ""
	}
	g := j + 1 // past the first verb group: "had arrived", "was quickly found"
	for g < k-1 && (verb(g) || verbAdverb(ws, g)) && ws[g-1].is(cBeForm|cAuxiliary) || g < k-1 && modals[ws[g-1].lower] {
		g++
	}
	for i := g; i < k-1; i++ {
		if verb(i) || ws[i].is(cClauseWord|cClauseOpener) && ws[i].lower != "and" {
			return ""
		}
	}
	end := j
	for end > 1 && (verbAdverb(ws, end-1) || strings.HasSuffix(ws[end-1].lower, "ly")) {
		end-- // "It rapidly spread": "It"
	}
	return text[ws[0].start:ws[end-1].end]
}

// appositionHead is the subject of the verb at ti when an apposition set
// off by commas stands between them: "Shares of EADS, Airbus's parent
// company, fell 2 percent" has the subject "Shares of EADS". The apposition
// is at most ten words with no verb ("one of the most famous pieces of
// classical music"); the subject opens its sentence or
// follows a comma, at most six words with no verb and no preposition first;
// "" when there is none.
func appositionHead(text string, ws []word, ti int) string {
	h, _ := apposition(text, ws, ti)
	return h
}

// unnamed reports the words from..to-1 all in lower case: a description
// that names no one.
func unnamed(text string, ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if !lowerWord(text, ws[k]) {
			return false
		}
	}
	return from < to
}

// apposition is appositionHead and the index of the apposition's first
// word (-1 with no head).
func apposition(text string, ws []word, ti int) (string, int) {
	k := groupStart(ws, ti, false)
	if k < 3 || !strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
		return "", -1
	}
	verbal := func(i int) bool {
		w := ws[i]
		return w.is(cBeForm|cAuxiliary|cClauseWord) || modals[w.lower] || w.trig != nil && !isNoun(ws, i) || participle(ws, i) && i > 0 && strings.Contains(text[ws[i-1].end:w.start], ",")
	}
	c := -1 // the apposition's first word
	for j := k - 1; j > 0 && k-j <= 10; j-- {
		if verbal(j) {
			return "", -1
		}
		if g := text[ws[j-1].end:ws[j].start]; hardGap(g) {
			return "", -1
		} else if strings.Contains(g, ",") {
			c = j
			break
		}
	}
	if c < 1 {
		return "", -1
	}
	start := c
	for start > 0 && c-start < 6 && (start == c || !hasPunct(text[ws[start-1].end:ws[start].start])) {
		if verbal(start - 1) {
			return "", -1
		}
		start--
	}
	if start > 0 && !hasPunct(text[ws[start-1].end:ws[start].start]) || phraseOpeners[ws[start].lower] || connectives[ws[start].lower] {
		return "", -1 // longer than six words, or an adverbial phrase ("In Paris, the capital,")
	}
	return text[ws[start].start:ws[c-1].end], c
}

// catenativeStart is groupStart of the verb at ti, or, when "to" and a
// light verb or a verb of attempt stand right before that group, groupStart
// of that verb: "is due to | review", "is set to | hold", "plans to |
// open" are one verb group.
func catenativeStart(ws []word, ti int, withModals bool) int {
	k := groupStart(ws, ti, withModals)
	if k >= 2 && k == ti && ws[k-1].lower == "to" && (ws[k-2].info().light && !isNoun(ws, k-2) || attemptTo(ws, k-2)) {
		return groupStart(ws, k-2, true)
	}
	return k
}

// groupStart is the first word of the verb group that ends with the verb at
// ti: back over forms of "be" and "have", auxiliaries and adverbs ("had
// quickly been found"), and over modals too when withModals ("would have
// been"). ti itself when nothing stands before it.
func groupStart(ws []word, ti int, withModals bool) int {
	k := ti
	for k > 0 && (ws[k-1].is(cBeForm|cAuxiliary) || withModals && modals[ws[k-1].lower] || verbAdverb(ws, k-1) || lastInGroup(ws, k-1)) {
		k--
	}
	return k
}

// lastInGroup reports "last" at i inside a verb group, after a form of
// "be" or "have" or an auxiliary: "was last repaired", "had last met".
func lastInGroup(ws []word, i int) bool {
	return i > 0 && ws[i].lower == "last" && ws[i-1].is(cBeForm|cAuxiliary|cHaveForm)
}

// relativeStart is the word that opens the relative clause of the verb at
// ti, or the one before it: "who", "which", or the participle itself after
// a comma ("Thriller, released in 1982,"); -1 when there is none.
func relativeStart(text string, ws []word, ti int) int {
	k := catenativeStart(ws, ti, false) // "who had joined", "which was founded", "which first flew"
	r := -1
	switch {
	case k > 0 && (ws[k-1].lower == "who" || ws[k-1].lower == "which"):
		r = k - 1
	case k > 0 && strings.Contains(text[ws[k-1].end:ws[k].start], ","):
		reduced := -1
		for j := k - 2; j > 0 && j >= k-16; j-- {
			if hardGap(text[ws[j].end:ws[j+1].start]) {
				break
			}
			if ws[j].lower == "who" || ws[j].lower == "which" {
				r = j
				break
			}
			if reduced < 0 && participle(ws, j) && text[ws[j-1].end:ws[j].start] == ", " {
				reduced = j // "The bill, introduced in March, was passed": "which was" left out
			}
		}
		if r < 0 {
			r = reduced
		}
	}
	if r < 0 && k == ti && k > 0 && participle(ws, ti) && text[ws[k-1].end:ws[k].start] == ", " {
		r = k // "Thriller, released in 1982,": the participle stands for "which was released"
	}
	return r
}

// restrictiveHead is the noun phrase a relative clause with no comma
// describes when the verb at d.trig is the clause's own: "a swine flu
// outbreak that has killed 149 people", "nine women who had been killed".
// "that", "who" or "which" right before the verb group stands for the
// noun phrase nearest before it, the draft's own date skipped ("the
// bombings last year that killed"). "" when that phrase is a place after a
// preposition, a pronoun ("those who"), or no noun phrase.
func restrictiveHead(text string, ws []word, d *draft) string {
	k := groupStart(ws, d.trig, false)
	if k < 2 || ws[k-1].lower != "that" && ws[k-1].lower != "who" && ws[k-1].lower != "which" || hasPunct(text[ws[k-2].end:ws[k-1].start]) {
		return ""
	}
	r := k - 1
	for r > 0 && inSpan(ws[r-1], d.date.Span) {
		r-- // "the bombings last year that killed"
	}
	if r < 1 || r < k-1 && hasPunct(text[ws[r-1].end:ws[r].start]) {
		return ""
	}
	h := nearestNounPhrase(text, ws, r)
	if r >= 3 && ws[r-2].lower == "of" && (figureWord(ws[r-1].lower) || spanNumbers[ws[r-1].lower] > 0) && !hasPunct(text[ws[r-3].end:ws[r-1].start]) {
		// "a boy of 12 who arrived", "a family of four who": the noun the
		// number tells the age or size of
		if e := nearestNounPhrase(text, ws, r-2); e != "" && ws[r-2-len(strings.Fields(e))].is(cArticle|cDeterminer) {
			return e + " of " + text[ws[r-1].start:ws[r-1].end]
		}
	}
	n := len(strings.Fields(h))
	if ws[k-1].lower == "who" {
		if e := personBeforePlace(text, ws, r); e != "" {
			return e // "a woman from Fife who travelled": "who" tells the woman, not Fife
		}
	}
	if h == "" || r-n > 0 && (ws[r-n-1].is(cLocationPrep) && isCapitalized(h) || phraseJoiners[ws[r-n-1].lower]) ||
		n == 1 && (closedWords[ws[r-1].lower] || subjectPronouns[ws[r-1].lower]) || indefinitePronouns[ws[r-1].lower] {
		return "" // "in Kenya and Tanzania that killed": the phrase is cut; "anything that"
	}
	if f := ws[r-n]; n < 4 && !f.is(cArticle|cDeterminer) && !f.possessive && !figureWord(f.lower) && spanNumbers[f.lower] == 0 && !pluralQuantifiers[f.lower] && !peopleAfterPreposition(text, ws, r, n) &&
		!(r-n > 0 && ws[r-n-1].is(cBeForm) && plural(h)) { // "were adults who had visited": a predicate noun
		// "many tired travellers who flew" opens with a quantifier
		return "" // "those who know people who have died": a phrase that opens with no determiner may hold a verb
	}
	if o := r - n - 1; o > 0 && ws[o].lower == "of" && ws[o-1].trig != nil && isNoun(ws, o-1) {
		// "the bombings of two embassies that killed": the happening
		// killed, not the place it struck
		if e := nearestNounPhrase(text, ws, o); e != "" {
			return e + " of " + h
		}
	}
	return h
}

// personBeforePlace is the noun phrase with its determiner before a place's
// phrase that ends at the "who" at r, with that phrase: "a woman from
// Fife", "a man from West Lothian". "who" tells a person, not the place
// named right before it. "" when the words before "who" are no such phrase.
func personBeforePlace(text string, ws []word, r int) string {
	p := r - 1
	for p > 0 && p >= r-3 && isCapital(text, ws[p]) {
		p--
	}
	if p == r-1 || p < 2 || !ws[p].is(cLocationPrep) || hasPunct(text[ws[p-1].end:ws[r-1].end]) {
		return ""
	}
	e := nearestNounPhrase(text, ws, p)
	if n := len(strings.Fields(e)); e == "" || p-n < 0 || !ws[p-n].is(cArticle|cDeterminer) && !(p-n > 0 && ws[p-n-1].is(cArticle|cDeterminer)) {
		return ""
	}
	return e + " " + text[ws[p].start:ws[r-1].end]
}

// peopleAfterPreposition reports the n words before the "who" at r as a
// plural noun phrase in lower case right after a preposition ("advice from
// water engineers who held"): a phrase a preposition leads is no object of
// a verb, and "who" tells people, so it is the clause's head.
func peopleAfterPreposition(text string, ws []word, r, n int) bool {
	if ws[r].lower != "who" || r-n < 1 || !plural(text[ws[r-n].start:ws[r-1].end]) {
		return false
	}
	if p := ws[r-n-1]; !p.is(cPreposition|cLocationPrep) && !phraseOpeners[p.lower] && !otherPreps[p.lower] {
		return false
	}
	for k := r - n; k < r; k++ {
		if !lowerWord(text, ws[k]) {
			return false // "from Mexico City who": a place, not people
		}
	}
	return true
}

// phraseJoiners join two phrases; a noun phrase right after one is half of
// a longer one.
var phraseJoiners = lexSet(`and or nor`)

// indefinitePronouns head no headline: "anything that should have killed".
var indefinitePronouns = lexSet(`anything something everything nothing anyone someone everyone others ones those`)

// relativeVerb reports a verb of the lexicon in the past right after a
// relative "that" and before its object: "an outbreak that killed 12
// people", where "that" is no determiner of a noun "killed".
func relativeVerb(ws []word, i int) bool {
	if i < 2 || i+1 >= len(ws) || ws[i-1].lower != "that" || ws[i].trig == nil ||
		!strings.HasSuffix(ws[i].lower, "ed") && !ws[i].is(cIrregularPast) && !simplePasts[ws[i].lower] {
		return false
	}
	if p := ws[i-2]; p.is(cBeForm|cAuxiliary|cClauseWord) || p.trig != nil && !isNoun(ws, i-2) {
		return false // "said that", "so that": "that" opens no relative clause on a noun
	}
	next := ws[i+1]
	return next.is(cArticle) || next.possessive || next.is(cDeterminer) && !next.is(cAdverbDeterminer) || figureWord(next.lower) || verbParticles[next.lower] ||
		next.is(cLocationPrep) || phraseOpeners[next.lower] // "an outbreak that started in the north"
}

// firstVerb reports no verb before the word at j in its clause (back to
// the sentence's start or a punctuation mark, within twelve words).
func firstVerb(text string, ws []word, j int) bool {
	if j > 12 && !hasPunctBetween(text, ws, j-12, j) {
		return false // a subject of more than twelve words: not looked for
	}
	for k := j - 1; k >= 0; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return true
		}
		if ws[k].is(cBeForm|cAuxiliary|cModal|cIrregularPast) || clauseVerb(text, ws, k) {
			return false
		}
	}
	return true
}

// conjunctSubject is the subject of the verb before "and" or "but" when the
// verb at d.trig, with no subject of its own, is coordinated with it inside
// a clause that does not open the sentence: "a woman who was treated in
// hospital but recovered" (the relative's noun), "Media reports have said
// the ingredients had originated in the Middle East and were transferred"
// (the words before the first verb). The first verb stands at most ten
// words before "and", with no punctuation but a comma before "and", and is
// no infinitive ("to avoid bankruptcy and earn": the subject of the verb
// governing it, not looked for) and no saying; "" when there is none.
func conjunctSubject(text string, ws []word, d *draft) string {
	k := groupStart(ws, d.trig, true)
	if k < 3 || ws[k-1].lower != "and" && ws[k-1].lower != "but" || hasPunct(text[ws[k-1].end:ws[k].start]) {
		return ""
	}
	for j := k - 2; j > 0 && k-j <= 10; j-- {
		if g := text[ws[j].end:ws[j+1].start]; hasPunct(g) && (j+1 != k-1 || strings.TrimSpace(g) != ",") {
			return ""
		}
		w := ws[j]
		if w.is(cClauseWord) && w.lower != "who" && w.lower != "that" && w.lower != "which" {
			return "" // another clause stands between
		}
		past := strings.HasSuffix(w.lower, "ed") || participle(ws, j) || simplePasts[w.lower]
		group := ws[j-1].is(cBeForm|cAuxiliary) || ws[j-1].lower == "who" || ws[j-1].lower == "that" || ws[j-1].lower == "which"
		// a verb in the past outside the lexicon heads its clause too,
		// when it is the clause's first verb: "The team collected the
		// first specimens in 2017 and confirmed"; not when a participle
		// right before "and" is what the verb is joined to ("became the
		// most admired and quoted man")
		guessed := w.trig == nil && pastForm(ws, j) && clauseVerb(text, ws, j) && firstVerb(text, ws, j) && (j == k-2 || !pastForm(ws, k-2))
		if !(w.trig != nil && !isNoun(ws, j) || past && group || guessed) || w.is(cBeForm|cAuxiliary) {
			continue
		}
		if w.info().speech || ws[j-1].lower == "to" {
			return ""
		}
		first := &draft{sent: d.sent, words: ws, trig: j, date: d.date}
		if h := restrictiveHead(text, ws, first); h != "" {
			return h
		}
		if h := relativeHead(text, ws, j); h != "" {
			return h
		}
		if h := wordsBefore(text, ws, first); h != "" && !phraseOpeners[strings.ToLower(strings.Fields(h)[0])] &&
			!slices.ContainsFunc(strings.Fields(h), func(f string) bool { return ifWords[strings.ToLower(f)] }) {
			return h // not "her grandson if it"
		}
		return ""
	}
	return ""
}

// ifWords open a clause of their own inside the words before a verb.
var ifWords = lexSet(`if when whether because while although unless`)
