package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestEventWord(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"Truckloads of goods rolled into Iraq on Tuesday.", "rolled", true},
		{"Revenue inched up 3.7% in the quarter.", "inched", true},
		{"Such groups grew rapidly last year.", "grew", true},
		{"The company will continue the talks next year.", "continue", true},
		{"The ceremony is held to mark the accession.", "mark", true},
		{"The first group was assembling in Baghdad today.", "assembling", true},
		{"He finished drafting the rules on Friday.", "drafting", true},
		{"A small downward revision was made on Friday.", "revision", true},
		{"Shares rose 6 pence in late trading on Friday.", "trading", true},
		{"The government said on Friday it would act.", "government", false},
		{"The red car stopped in the morning.", "red", false},
		{"The red car stopped in the morning.", "morning", false},
		{"The limited offer ended.", "limited", false},
		{"Ahmed arrived on Friday.", "Ahmed", false},
		{"He asked the Land Transport Authority to investigate.", "Land", false},
		{"He flew to shareholders on Monday.", "shareholders", false},
		{"In over-the-counter trading Friday, Jayark was quoted at 87.5 cents.", "trading", true},
		{"At the close of business Thursday, 11,580 shares had been tendered.", "close", true},
		{"Shares were close to their highs.", "close", false},
		{"The thrift had a net loss of $46.9 million for the quarter.", "loss", true},
		{"The gain included $27 million from the sale of Federated Investors in August.", "sale", true},
		{"In the latest quarter, Aetna had a $23 million loss on its auto line.", "had", true},
		{"Costs rose after the company's buy-out of a stake in June.", "buy-out", true},
		{"The shutdown of the plant began on Monday.", "shutdown", true},
		{"They met at the cease-fire line on Monday.", "cease-fire", true},
		{"The startup grew quickly last year.", "startup", false},
		{"Police found 600 kilograms of fertilizer-based explosives.", "fertilizer-based", false},
		{"North Korea test-fired missiles on Monday.", "test-fired", true},
		{"They spoke at the backup center on Monday.", "backup", false},
		{"Aetna has had weak results this year.", "had", false},
		{"It lost $5 million in the quarter, compared with a loss of $2 million.", "compared", false},
		{"Analysts compared the two offers on Monday.", "compared", true},
		{"Thousands marked the country's entry into NATO on Friday.", "entry", true},
		{"The company's sales rose in August.", "company", false},
		{"He was found in the entryway on Friday.", "entryway", false},
		{"The thrift had a net loss of $46.9 million for the quarter.", "had", true},
		{"The thrift had sales of $9 million in the quarter.", "had", true},
		{"The company has had weak results so far this year.", "had", false},
		{"It posted earnings of $24 million, compared with a loss of $3 million last year.", "loss", false},
		{"It posted earnings of $24 million, compared with a loss of $3 million last year.", "earnings", true},
	}
	for _, tc := range tests {
		t.Run(tc.sentence+"/"+tc.word, func(t *testing.T) {
			ws := sentenceWords(tc.sentence, "", timeline.Span{Start: 0, End: len(tc.sentence)})
			k := slices.IndexFunc(ws, func(w word) bool { return tc.sentence[w.start:w.end] == tc.word })
			if k < 0 {
				t.Fatalf("no word %q", tc.word)
			}
			if got := eventWord(tc.sentence, ws, k); got != tc.want {
				t.Errorf("eventWord(%q, %q) = %v, want %v", tc.sentence, tc.word, got, tc.want)
			}
		})
	}
}

func TestLemmaOf(t *testing.T) {
	for form, want := range map[string]string{
		"gathered": "gather", "stopped": "stop", "closed": "close", "carried": "carry", "grew": "grow",
		"called": "call", "dismissed": "dismiss", "opened": "open", "visited": "visit", "voted": "vote",
		"forced": "force", "moved": "move", "urged": "urge", "changed": "change", "collapsed": "collapse",
		"agreed": "agree", "inched": "inch", "ordered": "order", "ruled": "rule", "focused": "focus",
		"expelled": "expel", "travelled": "travel", "cancelled": "cancel", "controlled": "control",
		"killed": "kill", "installed": "install", "smelled": "smell", "quelled": "quell",
		"invited": "invite", "united": "unite", "edited": "edit", "limited": "limit",
		"created": "create", "negotiated": "negotiate", "evaluated": "evaluate", "convened": "convene",
		"treated": "treat", "defeated": "defeat", "happened": "happen",
	} {
		if got := lemmaOf(form); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", form, got, want)
		}
	}
}

// TestCoAnchor checks which words of happening each date of a sentence
// anchors: its event's trigger and the other words of its clause (Also).
func TestCoAnchor(t *testing.T) {
	tests := []anchorCase{
		{"a verb and the event noun it governs", "Annan wrapped up a three-hour meeting with Saddam Hussein in Baghdad on Sunday.",
			[]string{"meeting 2022-09-11: wrapped"}}, // the noun tells the happening (objectNouns)
		{"a preposed date scopes over the main clause, both verbs",
			"In August, a week after the anniversary of the decision, a bombing in Birmingham killed a guard and severely wounded a nurse.",
			[]string{"bombing 2022-08: killed wounded"}},
		{"a verb of saying is its date's only when nothing happens between",
			"Freeh said here on Friday that agents had arrested two men.",
			[]string{"arrested 2022-09-09: said"}},
		{"a saying does not take the date of what it reports",
			"The company said it will report results on Monday.",
			[]string{"report 2022-09-19: "}},
		{"two dates, each its own clause's verb",
			"The storm formed off the coast on Monday and strengthened rapidly on Wednesday.",
			[]string{"formed 2022-09-12: ", "strengthened 2022-09-14: "}},
		{"a word nearer another date is that date's",
			"The court took a detour this week from the principle it vindicated two years ago.",
			[]string{"took 2022-W37: ", "vindicated 2020: "}}, // "took" with an object that names no happening is the happening
		{"paying with an object that names no happening is the happening, in what is said too",
			"The builder told the court he had paid the councillor 30,000 euros in 2017.",
			[]string{"paid 2017: "}},
		{"paying a visit: the support verb carries the date, as attending a rally does",
			"The envoy paid a visit to the refinery in 2017.",
			[]string{"paid 2017: visit"}},
		{"a date after a noun with its complement dates the noun",
			"His lawyer said the defence had rejected the prosecution's offer last week to reduce the charges.",
			[]string{"offer 2022-W36: "}},
		{"a date after an event noun in a prepositional phrase dates the noun",
			"Mr. Bush continued the diplomacy he began after the invasion last August.",
			[]string{"invasion 2022-08: "}},
		{"a date after an event noun in a phrase opened by since dates the noun, not the verb",
			"The party has lost three seats in by-elections since the general election in March.",
			[]string{"election 2022-03: "}},
		{"a date after a noun of a thing in a phrase opened by since dates nothing",
			"Pickets have stood at the gates every day since the second ballot paper in May, and the union met the owners on Tuesday.",
			[]string{"met 2022-09-13: "}},
		{"a date after an event noun and since on the first day too",
			"Shops in the old town have stayed shut every evening since the arson attack on 3 September.",
			[]string{"attack 2022-09-03: "}},
		{"a noun in an apposition set off by commas leaves the date after it to the verb",
			"Shares of the miner jumped 10 percent, the biggest daily gain permitted, on their first day of trading on the Lusaka exchange on Friday.",
			[]string{"jumped 2022-09-09: trading"}},
		{"a regular past after the relative that and before a preposition is a verb",
			"The bank sold its bonds in a tender that lapsed on Tuesday, earning 40 million dollars.",
			[]string{"lapsed 2022-09-13: earning"}},
		{"a light verb with its particle is a verb of its own",
			"The aid convoy had set off from the border town on 2 September and reached the capital last week.",
			[]string{"reached 2022-W36: ", "set 2022-09-02: "}},
		{"a light verb with its particle and an object is left to the noun its date follows",
			"The boy, whose rescue from the river in August set off a row between his parents, spoke on television.",
			[]string{"rescue 2022-08: set"}},
		{"a simple past after a comma is the main verb, no aside participle",
			"The fair, which opened in 1994, drew 40,000 visitors last weekend.",
			[]string{"drew 2022-W36-WE: ", "opened 1994: "}},
		{"a relative clause that describes the speaker is nothing the saying reports",
			"The truckers, who had campaigned against the fuel price increase since spring, said on Monday that they would block the ports.",
			[]string{"said 2022-09-12: "}},
		{"a present perfect after a comma and 'and' is no clause of what was said in the past",
			"The mayor said on Monday that the bridge was unsafe, and the council has postponed its reopening.",
			[]string{"postponed 2022-09-14: ", "said 2022-09-12: "}},
		{"nor is a present perfect's object after a comma and 'and'",
			"The mayor said on Monday that the bridge was unsafe, and the drivers' union has called for urgent talks.",
			[]string{"said 2022-09-12: "}},
		{"an aside of examples after the object leaves the date to the verb",
			"The port authority signed a supply agreement with several firms, including two Danish shipyards, in August.",
			[]string{"signed 2022-08: agreement"}},
		{"a date after an object and a place phrase dates the verb",
			"Annan wrapped up a three-hour meeting with Saddam Hussein in Baghdad on Sunday.",
			[]string{"meeting 2022-09-11: wrapped"}},
		{"an infinitive after the date is its verb's purpose, not the dated happening",
			"Officials opened the sluice gates on Saturday morning to release water.",
			[]string{"opened 2022-09-10TMO: release"}},
		{"the frame of a superlative dates nothing",
			"The reservoirs reached 91% of their capacity, the highest level for mid-August in a decade, officials said on Tuesday.",
			[]string{"reached 2022-09-13: said"}},
		{"a day after on and a superlative is the happening's",
			"Valletta saw its wettest October night on Monday, the weather office said.",
			[]string{"saw 2022-09-12: "}},
		{"a date that modifies a noun anchors the noun",
			"Separately, Citadel posted a third-quarter net loss of $2.3 million.",
			[]string{"loss 2022-Q3: posted"}}, // the trigger moves to the noun after the headline (datedObject)
		{"the subject of a verb of beginning is a happening",
			"Waertsilae Marine's bankruptcy proceedings began on Tuesday in a Helsinki court.",
			[]string{"began 2022-09-13: proceedings"}},
		{"a statement of what is still to come is the event, on its own date",
			"The nation of Bangladesh said on Tuesday its troops would join multinational forces in Saudi Arabia.",
			[]string{"said 2022-09-13: "}},
		{"a date after what is said is not the saying's",
			"Forecasters said Selene could dump 40 centimeters of rain on the mountains through Saturday.",
			nil},
		{"a verb in the progressive outside the lexicon",
			"Conseco Inc. said it is calling for the redemption on Dec. 7 of all the remaining shares.",
			[]string{"calling 2022-12-07: redemption"}},
		{"a date in a clause of its own dates nothing outside it",
			"The bank, which cut its rates on Monday, expects growth to return.",
			[]string{"cut 2022-09-12: "}},
		{"a dated happening's effect: the verb it is the subject of",
			"He is a suspect in three attacks, including the 1996 Olympic bombing that killed one person.",
			[]string{"attacks 1996: bombing killed"}},
		{"and the verb joined to that verb",
			"He is charged in the January 1998 bombing of a clinic that killed an officer and maimed a nurse.",
			[]string{"bombing 1998-01: charged killed maimed"}}, // TimeML anchors the verb that governs the phrase too ("involved in the Oct. 23 killing")
		{"a figure's other measure set off by commas stays in the clause",
			"The thrift said it had a loss of $92.2 million, or $6.98 a share, for the quarter ended June 30.",
			[]string{"had 2022-Q2: ended loss"}},
		{"a date set off by the comma after its year inside its noun's phrase",
			"The Aug. 7, 1998, bombings killed more than 200 people.",
			[]string{"bombings 1998-08-07: killed"}},
		{"a date inside an aside yields to the date outside it",
			"On Tuesday, the league will hold a news conference to screen an advertisement _ made last week _ featuring a nurse.",
			[]string{"hold 2022-09-20: conference screen advertisement"}},
		{"a spaced hyphen sets off an aside as a dash does: its date dates only its own words",
			"On Monday, the coach - who was employed by the club for a tournament scheduled for June - posted a message online to thank the fans.",
			[]string{"posted 2022-09-12: "}}, // not "thank" in June
		{"a result with its figure as the object of have",
			"In the latest quarter, Aetna had a $23 million loss on its auto line.",
			[]string{"had 2022-Q2: loss"}},
		{"the occasion of a saying is of the saying's date",
			"Clark said in a telephone interview Monday that the case was strong.",
			[]string{"said 2022-09-12: interview"}},
		{"but not a place",
			"Clark said in downtown Washington Monday that the case was strong.",
			[]string{"said 2022-09-12: "}},
		{"a figure's thousands separator is no clause boundary",
			"RMS said it had a loss of $158,666, or 10 cents a share, in the third quarter.",
			[]string{"had 2022-Q3: loss"}},
		{"a bracketed aside is passed over, and a compound modifier is no verb",
			"Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday.",
			[]string{"found 2022-09-11: "}},
		{"take with a bare noun names its own happening",
			"The new rules took effect on Monday.",
			[]string{"took 2022-09-12: effect"}},
		{"take with an object stays light: the object is the happening",
			"The minister took the decision on Monday.",
			[]string{"decision 2022-09-12: "}},
		{"the start of a change from one figure to another is its base",
			"The number of visitors jumped from fewer than 100,000 in 1980 to more than 300,000 last year.",
			[]string{"jumped 2021: "}},
		{"but a span of dates is no base",
			"He was convicted at least twice from 1991 to 1997.",
			[]string{"convicted 1991: "}},
		{"a date that opens the sentence dates the saying of its main clause",
			"In early 1997, Yeltsin told Clinton about NATO.",
			[]string{"told 1997: "}},
		{"but not a saying that trails another clause",
			"On Sunday, winds could push oil ashore, officials said.",
			nil},
		{"a balance held as of a date is a state of that date",
			"As of June 30, the bank had assets of $511 million and deposits of $469 million.",
			[]string{"had 2022-06-30: "}},
		{"shares held as of a date",
			"As of June 30, Philip Morris had 926 million shares outstanding.",
			[]string{"had 2022-06-30: "}},
		{"a date opening a clause after a semicolon, and an approximate figure",
			"Automatic Data will issue about 3.6 million shares; last Monday, the company had nearly 73 million shares outstanding.",
			[]string{"had 2022-09-12: "}},
		{"but a thing held is no balance",
			"As of June 30, the bank had a branch in Ohio.",
			[]string{" 2022-06-30: "}},
		{"a noun of its nominalisation: the sale, whose date it is, not the including's",
			"Results included $27 million from the sale of Federated Investors in August.",
			[]string{"sale 2022-08: "}},
		{"a market's session",
			"The thrift's shares fell in over-the-counter trading Friday.",
			[]string{"fell 2022-09-09: trading"}},
		{"a date that premodifies a noun of happening outside the lexicon dates the noun, not the verb it is a point of reference for",
			"Police have been searching for Kopp since shortly after the Oct. 23 slaying.",
			[]string{"slaying 2021-10-23: "}},
		{"and a compound noun of happening",
			"Saddam has been under international quarantine since his Aug. 2 power-grab.",
			[]string{"power-grab 2022-08-02: "}},
		{"a possessive date tells its noun of happening when no verb heads the sentence",
			"Thursday's decision was a blow to the family.",
			[]string{"decision 2022-09-08: was blow"}},
		{"a date between a noun of happening and its complement dates the noun",
			"The department is still considering a request last week from the boy's father.",
			[]string{"request 2022-W36: "}},
		{"a noun of happening in a phrase of place before the date, when no verb can take it",
			"Police said they believe the IRA was behind two killings in Belfast last week.",
			[]string{"killings 2022-W36: believe was behind"}},
		{"nor the subject of a verb between it and the date",
			"The transaction is expected to close around year end.",
			nil},
		{"but not a noun a forecast is about",
			"The first minister is expected to review the restrictions again at the end of the month.",
			nil},
		{"a noun of happening in a phrase that frames the sentence dates its main clause with it",
			"In a televised address Friday, President Arpad Gencz described the entry as historic.",
			[]string{"described 2022-09-09: address entry"}}, // the whole main clause (occasionOpener)
		{"what happens during a happening is of its date",
			"Castro first raised those worries during another live television appearance Sunday night.",
			[]string{"raised 2022-09-11TNI: appearance"}},
		{"a noun before another preposition's phrase is not the one the date follows",
			"A man was arrested in connection with last year's deadly embassy blasts in Kenya.",
			[]string{"blasts 2021: connection arrested"}},
		{"a participle after a determiner is an adjective, no verb",
			"The weapon was unearthed during a search of a heavily wooded area Thursday.",
			[]string{"unearthed 2022-09-08: search"}},
		{"a gerund with its object in an of phrase is a noun of happening",
			"With the finding of a buried rifle 11 days ago, the authorities expanded their search.",
			[]string{"finding 2022-09-03: "}},
		{"a noun of happening is what the verb of its relative clause tells",
			"Canadian officials confirmed that Kopp is a suspect in sniper shootings that injured doctors in November.",
			[]string{"injured 2021-11: shootings"}},
		{"the verb whose object a possessive date's noun of happening is tells it too",
			"The family could ask the same panel that issued Thursday's ruling, or the whole court.",
			[]string{"issued 2022-09-08: ruling"}},
		{"a saying is told at a point of time, not throughout a stretch of it",
			"Mr. Lego said the company foresees the need for a major boost in new-generation capability throughout the 1990s.",
			nil},
		{"what is done over a meal is of the meal's date",
			"Roger Smith answered the legislators' questions about it over lunch Tuesday.",
			[]string{"answered 2022-09-13: lunch"}},
		{"a comma between two adjectives is no boundary",
			"The weapon was unearthed during a search of a heavily wooded, four-acre area Thursday.",
			[]string{"unearthed 2022-09-08: search"}},
		{"a noun of happening in apposition to the date names it",
			"The rally was held today, the 39th anniversary of the invasion.",
			[]string{"held 2022-09-14: rally anniversary"}},
		{"a date in a phrase of reference that opens the sentence dates nothing in its main clause",
			"After accounting for a small downward revision Friday to December's figures, the economy has been creating jobs.",
			[]string{"revision 2022-09-09: "}},
	}
	runAnchorCases(t, tests)
}

// TestUndatedNews checks the happenings told without a date word that the
// way they are told dates.
func TestUndatedNews(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"the present perfect of a verb outside the lexicon: too often a state", "China's inroads into Central Asia have created unease in Russia.", nil},
		{"a verb of saying in the present perfect with an object", "Public Health Wales has confirmed 15 more deaths.", []string{"confirmed 2022-09-14"}},
		{"earlier in the day: the day named before", "The leaders of Japan and South Korea met in Tokyo on Monday. Park arrived in Tokyo earlier in the day.",
			[]string{"arrived 2022-09-12", "met 2022-09-12"}},
		{"earlier in the day without a day named before: the publication day", "Park arrived in Tokyo earlier in the day.", []string{"arrived 2022-09-14"}},
		{"within hours of the moment just told: its day", "The first alarm sounded at 4 pm on Monday. Within two hours, the river had flooded the lower town.",
			[]string{"flooded 2022-09-12", "sounded 2022-09-12T16:00"}},
		{"within minutes counted in any figure: its day", "The first alarm sounded at 4 pm on Monday. Within 10 minutes, the river had flooded the lower town.",
			[]string{"flooded 2022-09-12", "sounded 2022-09-12T16:00"}},
		{"within the hour, a paragraph on: still the scene's day", "Fire broke out on the ferry on Monday afternoon.\n\nWithin the hour the crew evacuated the passengers.",
			[]string{"broke 2022-09-12TAF", "evacuated 2022-09-12"}},
		{"a time of the day without a day: the scene's day", "The first alarm sounded at 4 pm on Monday. The river flooded the lower town shortly before dusk.",
			[]string{"flooded 2022-09-12", "sounded 2022-09-12T16:00"}},
		{"within hours of another happening named: not the scene's day", "The first alarm sounded at 4 pm on Monday. Within hours of the report, the minister resigned.",
			[]string{"sounded 2022-09-12T16:00"}},
		{"within hours after a time at night: perhaps the next day", "The first alarm sounded at 11 pm on Monday. Within two hours, the river had flooded the lower town.",
			[]string{"sounded 2022-09-12T23:00"}},
		{"within hours, two paragraphs on: no longer the scene", "The first alarm sounded at 4 pm on Monday.\n\nThe town has 4,000 people.\n\nWithin two hours, the river had flooded the lower town.",
			[]string{"sounded 2022-09-12T16:00"}},
		{"a past happening reported in the past", "President Andrea Solís said the army had evacuated 12,000 people.", []string{"evacuated 2022-09-14"}},
		{"a happening still to come, reported", "President Andrea Solís said the army would evacuate 12,000 people.", nil},
		{"a saying in the past perfect inside what is told is no report of the day",
			"A nurse testified that the surgeon had said he was too tired to operate.", nil},
		{"a present perfect in a relative aside describes its noun, no news of the day",
			"Reporters waited outside the court for the banker Anna Berg, who has been charged with fraud.", nil},
		{"but in the main clause it is the news", "The banker Anna Berg has been charged with fraud.", []string{"charged 2022-09-14"}},
		{"the present perfect since a date is no news of the day", "Since 1993, three doctors have been murdered.", nil},
		{"the present perfect before a happening still to come: two happenings", "The Commission has deployed 1,200 security personnel for the counting of votes next Sunday.",
			[]string{"deployed 2022-09-14", "votes 2022-09-18"}},
		{"the present perfect with a past date is that date's", "The Commission has deployed 1,200 security personnel for the counting of votes last Sunday.",
			[]string{"votes 2022-09-11"}},
		{"a saying in the past perfect reported by a saying is the news", "Transport Minister Daniel Koh said that he had asked the Land Transport Authority to investigate.", []string{"asked 2022-09-14"}},
		{"a saying in the past reported by a saying is not", "Transport Minister Daniel Koh said that he asked the Land Transport Authority to investigate.", nil},
		{"a plan with a deadline is no event", "The company is expected to announce further partners before the end of the year.", nil},
		{"a plan by a day keeps it: the work falls within it", "Inspector Ravi Menon will submit his report by Friday.", []string{"submit 2022-09-16"}},
		{"a plan on a day is", "Inspector Ravi Menon will submit his report on Friday.", []string{"submit 2022-09-16"}},
		{"a death told in the past is of the last such day", "The actor died at his home in Lisbon on 21 November.", []string{"died 2021-11-21"}},
		{"a telling on a day is of the day before, whatever it tells", "The guests were told on Monday they would have to leave.", []string{"told 2022-09-12"}},
		{"a past happening by a day is", "The blaze spread across 1,200 acres by September 12.", []string{"spread 2022-09-12"}},
		{"a running total is no news of the day", "About 1.9 million people have received a first dose so far.", nil},
		{"nor to date", "The agency has approved 14 vaccines to date.", nil},
		{"the present perfect is news of the day", "The agency has approved 14 vaccines.", []string{"approved 2022-09-14"}},
		{"a plan denied is no event, dated or not", "The minister said the measures would not be lifted over the Easter weekend.", nil},
		{"the past of a plan's object in a relative clause is background: the plan is the news", "Tanabe and Park also agreed to restart a security dialogue that was suspended in 2018, a Japanese government official said.",
			[]string{"agreed 2022-09-14"}},
		{"the past of a noun a happening is about is news of its own", "The government has announced an independent inquiry into the bushfire that destroyed 47 homes last month.",
			[]string{"destroyed 2022-08"}},
		{"a relative clause after a comma tells", "Relatives want to draw attention to the case of Elian, who was rescued Nov. 25 at sea.", []string{"rescued 2021-11-25"}},
		{"a saying's own date dates what it reports next to it, whatever background the sentence dates", "The rebel commander said Tuesday he has sent a team to recover the remains of an expert killed in 2020.",
			[]string{"killed 2020", "sent 2022-09-13"}},
		{"a saying on its own day that dates only background before it is the day's", "The Maariv newspaper said Sunday that the minister's visit in August was a mistake.",
			[]string{"said 2022-09-11", "visit 2022-08"}},
		{"a figure's period after for leaves the verb the month it was told in", "The brewer posted a pre-tax loss of 12 million pounds for the second quarter in August.",
			[]string{"posted 2022-08"}},
		{"a clock time on a day is one time", "The dam's gates opened at 6:40 a.m. on Monday.", []string{"opened 2022-09-12T06:40"}},
		{"the start of a year is a time, not a happening", "Paulo Ramos told analysts that supply chain delays had eased since the start of the year.", nil},
	}
	runDatedList(t, tests)
}

// runDatedList checks each case's dated events, as "trigger date" sorted,
// against its want.
func runDatedList(t *testing.T, tests []struct {
	name, text string
	want       []string // "trigger date"
}) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := datedEvents(t, x, tc.text)
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) dated events (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestFigurePeriod: a period after "for" is a figure's; the verb takes the
// clause's other date, unless that date only bounds the period. A period
// named by its length and end ("the three months to March") is the quarter
// or half it makes.
func TestFigurePeriod(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"another date of the verb dates it", "The brewer posted a pre-tax loss of 12 million pounds for the second quarter on Tuesday.", "posted 2022-Q2", "posted 2022-09-13"},
		{"the period's end day is no other date", "The brewer posted a pre-tax loss of 12 million pounds for the quarter ended June 30.", "posted 2022-06-30", "posted 2022-Q2"},
		{"three months to a quarter's last month are that quarter", "Exports climbed 7 percent in the three months to March.", "climbed 2022-03", "climbed 2022-Q1"},
		{"six months to the last day of the year are the second half", "Ticket sales dropped 9 percent in the six months ended Dec. 31, 2021.", "dropped 2021-12-31", "dropped 2021-H2"},
		// negative: a fiscal quarter that ends on another day keeps its end
		{"a fiscal quarter ending mid-month is no calendar quarter", "Exports climbed 7 percent in the three months ended Aug. 26.", "climbed 2022-Q3", "2022-08-26"},
	})
}
