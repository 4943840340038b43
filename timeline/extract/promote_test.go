package extract

import (
	"strings"
	"testing"
	"time"

	"storyline/timeline"
)

// TestPromoteTrigger covers the word an event stands on when its date
// anchors several words of one happening: one case or more per class of
// construction (promote.go), each as "date trigger (also words) title" of
// the event that tells it.
func TestPromoteTrigger(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       string
	}{
		// a verb of trying and the verb it governs: the attempt
		{"trying",
			"Then yesterday, he tried to entice Arab leaders with his proposal.",
			"2019-11-06 tried (entice) He tries to entice Arab leaders"},
		// failing is trying that did not come off: what failed never happened
		{"failing",
			"The new pumps failed to start properly on Monday, engineers said.",
			"2019-11-04 failed (start,properly) The new pumps fail to start properly"},
		// a word of happening that modifies the noun after it ("the launch
		// pad", "Rescue teams") is no happening of the date: the verb
		{"compound modifier after an article",
			"Engineers rolled the rocket to the launch pad on Monday.",
			"2019-11-04 rolled (launch) Engineers roll the rocket to the launch pad"},
		{"compound modifier at the sentence's start",
			"Rescue workers pulled two climbers from a crevasse on Sunday.",
			"2019-11-03 pulled (Rescue) Rescue workers pull two climbers from a crevasse"},
		{"a noun of happening before a verb's -s form is no compound",
			"The new export ban runs until March 2030.",
			"2030-03 ban () The new export ban"},
		{"a noun of happening before its verb is no compound",
			"The launch failed on Monday after a valve leaked.",
			"2019-11-04 failed (launch,leaked) The launch fails"},
		// "due" or "payable" before the date: the falling due, after the
		// headline the clause's verb built
		{"debt due on a date",
			"The utility sold $200 million of bonds due June 1, 2030.",
			"2030-06-01 due (sold) The utility sells $200 million of bonds due"},
		{"payment payable on a date",
			"The board declared a dividend of 10 cents a share, payable Dec. 15 to holders of record.",
			"2019-12-15 payable (declared) The board declares a dividend of 10 cents"},
		{"a noun of happening due on a date keeps it",
			"The ferry strike due on Friday was called off.",
			"2019-11-01 strike (due,called) Ferry strike"},
		// what is scheduled has the date, not the scheduling: the noun
		{"scheduled noun of happening",
			"The ferry company scheduled a public hearing Friday to explain the new timetable.",
			"2019-11-08 hearing (scheduled,explain) The ferry company schedules a public hearing to explain the new timetable"},
		// a bare noun after "in" that tells why ("in protest") is no
		// happening of the date: the verb before it
		{"in protest",
			"Fishermen blocked the harbour mouth in protest on Monday.",
			"2019-11-04 blocked (protest) Fishermen block the harbour mouth in protest"},
		{"in a protest is a happening",
			"Two students were hurt in a protest on Monday.",
			"2019-11-04 protest (hurt) Two students were hurt in a protest"},
		// a date right before the "to" of an infinitive of purpose ends the
		// clause of the verb before it
		{"infinitive of purpose after the date",
			"The county shut the ferry terminal on Tuesday to repair the ramp.",
			"2019-11-05 shut (repair) The county shuts the ferry terminal"},
		{"infinitive of purpose after a change of state",
			"The bank's payment network was taken offline on Tuesday to stop the fault from spreading.",
			"2019-11-05 taken (payment,stop,spreading) The bank's payment network taken offline"},
		// a verb of ordering or asking, its object and the infinitive: the
		// order, what was ordered may never happen
		{"ordering and its infinitive",
			"The health board ordered two clinics to shut on Monday.",
			"2019-11-04 ordered (shut) The health board orders two clinics to shut"},
		// (the headline stops at "and", headline.go's rule, left alone)
		{"ordering, its object joined by and",
			"The league ordered the home and away clubs to replay the match on Sunday.",
			"2019-11-03 ordered (replay) The league orders the home"},
		{"invited in the passive",
			"The two towns, which were invited to bid for the games in May, said nothing.",
			"2019-05 invited (bid) Two towns invited to bid"},
		// a date set as the infinitive's target stays its own
		{"asked to act by a date",
			"The council asked the builders to finish the bridge by Friday.",
			"2019-11-08 finish (bridge) The builders finish the bridge"},
		// a verb of beginning, stopping or going on and its gerund: the
		// verb, which carries the tense
		{"stopping and its gerund",
			"The bakery stopped delivering bread on Tuesday after its van broke down.",
			"2019-11-05 stopped (delivering) The bakery stops delivering bread"},
		{"beginning and its gerund",
			"Two airlines began charging fees for hand luggage in March.",
			"2019-03 began (airlines,charging) Two airlines begin charging fees"},
		// what is denied or admitted may never have happened: the denial
		{"denying and its gerund",
			"On Tuesday the mayor denied breaking the law.",
			"2019-11-05 denied (breaking) The mayor denies breaking the law"},
		// what was refused never happened: the refusal
		{"refusing",
			"The club refused to comment on Monday.",
			"2019-11-04 refused (comment) The club refuses to comment"},
		// a support verb and its noun of happening: the verb, the headline
		// kept
		{"support verb",
			"Castro attended a rally Thursday by media workers at Havana's Palace of Conventions.",
			"2019-11-07 attended (rally) Castro attends a rally"},
		{"support verb, the noun after a figure",
			"Mr Banda won 41 percent of the vote in the first round on May 12.",
			"2019-05-12 won (vote) Mr Banda wins 41 percent of the vote"},
		{"support verb before a noun read as a verb",
			"Outgoing prime minister Ingrid Sol conceded defeat in a speech to supporters on Thursday night.",
			"2019-11-07TNI conceded (defeat,speech) Ingrid Sol concedes defeat in a speech"},
		{"pay and a noun of happening",
			"In 2015 the airline paid a fine of 2 million euros for late refunds.",
			"2015 paid (fine) Fine of 2 million euros"},
		{"support verb after to: its infinitive carries the scheduled date",
			"The assembly is set to hold the final vote on Friday.",
			"2019-11-08 hold (set,vote) The assembly holds the final vote"},
		{"support verb after to, after a verb of planning",
			"The council plans to hold local elections on 4 May 2031.",
			"2031-05-04 hold (plans,elections) The council holds local elections"},
		// "to" after a verb of where it leads is a preposition, the word
		// after it a noun, not an infinitive: the verb is the happening
		{"come to power",
			"The alliance came to power in 2014.",
			"2014 came () The alliance comes to power"},
		{"close to traffic",
			"The tunnel will close to traffic on 3 March.",
			"2020-03-03 close () The tunnel closes to traffic"},
		{"put out to tender, after a particle",
			"The ferry route will be put out to tender in 2027.",
			"2027 put () Ferry route to be put out"},
		{"come to and an infinitive with its object",
			"The ministers came to sign the treaty on Monday.",
			"2019-11-04 treaty (came,sign) The ministers came to sign the treaty"},
		// a present perfect joined after a dated verb is news of the day,
		// but not when an appositive of its object dates it
		{"a perfect joined after a dated verb, an appositive dating it",
			"The alliance came to power in 2014 and has survived two votes, the latest of them earlier this year.",
			"2019 votes () Has survived two votes the latest of them"},
		{"go on and a verb's base, which only a noun can be there",
			"Dock workers went on strike in May 2021.",
			"2021-05 went (strike) Dock workers go on strike"},
		// a noun of happening before its verb in -ed whose date ends the
		// clause: the verb, no participle describing the noun
		{"a verb in -ed after its noun, its date ending the sentence",
			"A first test launch failed in 2016, and a second launch succeeded in May 2018.",
			"2018-05 succeeded (launch) A second launch succeeds"},
		// "record" after an article is the noun of a best figure, never
		// the verb of recording
		{"a record as a figure",
			"Exports climbed 12% to a record in the second quarter.",
			"2019-Q2 climbed () Exports climb 12% to a record"},
		// a date that modifies a noun of result in a phrase of a
		// preposition after the verb: the noun's
		{"a dated noun of result after a preposition",
			"The carrier trimmed its payout because of a second-quarter loss.",
			"2019-Q2 loss (trimmed) The carrier trims its payout"},
		// a passive verb of finding and the participle of the state it
		// came upon: the finding, the headline kept
		{"found and a participle",
			"The stolen lorry was found burned out near the border in June.",
			"2019-06 found (stolen,burned) Stolen lorry was found burned out"},
		// a verb of beginning and the noun of happening that is its
		// object: the verb, as when the noun is its subject
		{"beginning and its object",
			"Junior doctors will begin a weekend strike on Saturday.",
			"2019-11-09 begin (strike) Junior doctors begin a weekend strike"},
		{"go back to and a noun of happening",
			"Both railway unions went back to talks on Monday.",
			"2019-11-04 went (talks) Both railway unions go back to talks"},
		// the head of a noun compound is a noun, not a verb, and the verb
		// whose object it is carries the date
		{"compound head ending in -ing",
			"The weather service had issued a frost warning for the orchards on Tuesday.",
			"2019-11-05 issued (warning) The weather service issues a frost warning"},
		{"a participle after the object names which one",
			"The town council passed a bylaw limiting night flights in 2018.",
			"2018 passed (flights) The town council passes a bylaw limiting night flights"},
		// the noun of happening in the agent phrase of a passive verb: the verb
		{"agent of a passive verb",
			"The old harbour town was last hit by a tsunami in March 2016.",
			"2016-03 hit (was,tsunami) Harbour town was last hit"},
		{"go on and a noun of happening",
			"A rival player from Nordvik went on sale last month.",
			"2019-10 went (sale) Rival player from Nordvik goes on sale"},
		// a participle that describes a noun: the clause's verb
		{"participle after a noun of time",
			"UniFirst reported that net income rose 21% to $3 million for the fourth quarter ended Aug. 26.",
			"2019-Q4 rose (income,ended) Net income rises 21% to $3 million"},
		{"participle after an article",
			"Kofi Annan appointed a retired Indian diplomat on Thursday as his special representative.",
			"2019-11-07 appointed (retired) Kofi Annan appoints a retired Indian diplomat"},
		{"participle read as a noun after its article",
			"The increased dividend will be paid Dec. 14 to holders of record Nov. 15.",
			"2019-12-14 paid (increased) Increased dividend to be paid to holders"},
		{"participle after a quantifier",
			"Rescuers found some injured hikers near the pass on Tuesday.",
			"2019-11-05 found (injured) Rescuers find some injured hikers"},
		{"participle after an adverb after its article",
			"The bonus will be paid on a still undisclosed date in March.",
			"2020-03 paid (undisclosed) Bonus to be paid on a still undisclosed date"},
		{"comparative after its verb",
			"London share prices closed sharply lower Friday in active trading.",
			"2019-11-01 closed (prices,lower,trading) London share prices close sharply lower in active trading"},
		// a noun subject scheduled to do what the date schedules
		{"scheduled verb of a noun subject",
			"The deal is expected to close in the third quarter.",
			"2019-Q3 close (expected,deal) The deal closes"},
		// a noun of happening and the verb that carries the tense of the
		// clause the date modifies: the verb (tenseVerb)
		{"object of the verb",
			"Health officials declared an outbreak of measles in the capital on Monday.",
			"2019-11-04 declared (outbreak) Health officials declare an outbreak of measles"},
		{"object ending in an of phrase",
			"The dockers called a strike at the port on Tuesday.",
			"2019-11-05 called (strike) The dockers call a strike at the port"},
		{"a plural object after its modifier, no verb's -s form",
			"The utility lifted water cuts across the city on Tuesday.",
			"2019-11-05 lifted (cuts) The utility lifts water cuts across the city"},
		{"a participle right after the verb describes its object",
			"The utility lifted scheduled water cuts across the city on Tuesday.",
			"2019-11-05 lifted (cuts,scheduled) The utility lifts scheduled water cuts"},
		{"subject of a passive verb",
			"The theft was noticed by a cleaner on Wednesday morning.",
			"2019-11-06TMO noticed (theft) Theft noticed"},
		{"subject of a verb in the simple past",
			"The explosion shook the whole district on Sunday.",
			"2019-11-03 shook (explosion) The explosion shakes the whole district"},
		{"subject of 'go off', no support verb after its subject",
			"The explosions went off near the school on Friday.",
			"2019-11-01 went (explosions) The explosions go off near the school"},
		// the subject of an aspectual verb too: TimeML anchors the date to
		// the verb the date modifies
		{"subject of an aspectual verb",
			"The walkout began on Tuesday after talks failed.",
			"2019-11-05 began (walkout) Walkout begins"},
		{"subject of an aspectual verb in -ed right after it",
			"Her appeal opened in March, and the judges retired in May.",
			"2019-03 opened (appeal) Her appeal opens"},
		{"subject of an aspectual verb in a clause of its own",
			"The harbour festival opened on Friday, three weeks late.",
			"2019-11-01 opened (festival) The harbour festival opens"},
		{"subject of take effect",
			"The fare rise takes effect on 1 December.",
			"2019-12-01 takes (rise,effect) Fare rise"}, // the headline built on the noun is kept
		{"subject of an aspectual verb after an aside in commas",
			"The second strike, of three days, began on Monday.",
			"2019-11-04 began (strike) Strike, of three days begins"},
		// ... but not when the noun is what the date names
		{"subject of take place",
			"The ceremony took place on Saturday in the old town hall.",
			"2019-11-02 ceremony (took,place) Ceremony"},
		{"object of an ending verb",
			"The brewer completed the takeover on Friday.",
			"2019-11-01 takeover (completed) The brewer completes the takeover"},
		{"noun with its own agent",
			"The minister condemned Norland's attack on the harbour on Monday.",
			"2019-11-04 attack (condemned) The minister condemns Norland attack"},
		// a date that modifies the verb's object as an adjective or a
		// possessive: the object's (datedObject), the headline kept
		{"object modified by its quarter",
			"The brewer reported a second-quarter net profit of $12 million.",
			"2019-Q2 profit (reported) The brewer reports a net profit of $12 million"},
		{"object modified by a possessive date",
			"The council praised last week's inspection of the river.",
			"2019-W44 inspection (praised) The council praises inspection of the river"},
		// the same date in the subject of a verb of relation: the
		// subject's (datedSubject)
		{"subject of a verb of relation modified by its quarter",
			"Second-quarter sales included a one-time gain from a land sale.",
			"2019-Q2 sales (included,gain,sale) Sales include a one-time gain"},
		{"subject of a verb of relation after an article",
			"The port's year-ago earnings reflected a refund of fees.",
			"2018 earnings (reflected) Earnings reflect a refund of fees"},
		{"subject of a verb of change keeps the date on the verb",
			"Second-quarter sales jumped 12% to $40 million.",
			"2019-Q2 jumped (sales) Sales jump 12% to $40 million"},
		{"a date before a reported clause modifies no object",
			"The ministry said today prices in the capital had fallen.",
			"2019-11-07 fallen (said,prices) Prices in the capital fall"},
		{"noun inside a phrase of place or manner",
			"Two sailors were killed in an explosion in April.",
			"2019-04 explosion (killed) Two sailors were killed in an explosion"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: thu}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				var also []string
				for _, s := range e.Sources {
					for _, a := range s.Also {
						also = append(also, tc.text[a.Start:a.End])
					}
				}
				got = append(got, e.Date.Value+" "+e.Trigger+" ("+strings.Join(also, ",")+") "+e.Title)
			}
			for _, g := range got {
				if g == tc.want {
					return
				}
			}
			t.Errorf("Extract(%q) = %q, want among them %q", tc.text, got, tc.want)
		})
	}
}
