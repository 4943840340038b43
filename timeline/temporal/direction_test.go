package temporal

import (
	"testing"
	"time"
)

// Which way a date without a year or a week looks from the DCT: the tense
// of its clause, a verb of scheduling, a week with nothing left of it.

// TestCopulaParticiple: a participle after "remain" or "stay" is an
// adjective; the verb before it ("will") has the tense.
func TestCopulaParticiple(t *testing.T) {
	d := time.Date(2022, 8, 13, 0, 0, 0, 0, time.UTC) // a Saturday
	runTagCases(t, []tagCase{
		{"will remain closed", "Schools in Chennai will remain closed on Monday, the Collector said.", []string{"Monday=2022-08-15"}},
		{"will stay shut", "The museum will stay closed on Monday.", []string{"Monday=2022-08-15"}},
		{"remains closed ahead", "The bridge remains closed until Friday.", []string{"Friday=2022-08-19"}},
		// negative: the copula in the past tells the past
		{"remained closed", "Schools remained closed on Monday, the Collector said.", []string{"Monday=2022-08-08"}},
		{"were closed", "Schools were closed on Monday.", []string{"Monday=2022-08-08"}},
		{"closed past", "The authorities closed schools on Monday.", []string{"Monday=2022-08-08"}},
	}, d)
}

// TestShortPastAndAdverbPassive: "died" is a past though too short for the
// "-ed" rule; a participle after "be" and an adverb is a passive whose
// auxiliary ("will") has the tense; a day right after a past verb of saying
// dates the saying, whatever the clause it reports without "that" says.
func TestShortPastAndAdverbPassive(t *testing.T) {
	d := time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC) // a Friday
	runTagCases(t, []tagCase{
		{"died", "The actor died at his home in Lisbon on 21 June.", []string{"21 June=2021-06-21"}},
		{"will be formally released", "The report will be formally released on Monday.", []string{"Monday=2022-02-07"}},
		{"told, then a reported future without that", "The guests were told on Wednesday they would have to stay indoors.", []string{"Wednesday=2022-02-02"}},
		// negative: the past keeps the past
		{"was formally released", "The report was formally released on Monday.", []string{"Monday=2022-01-31"}},
	}, d)
}

// TestBareFormAfterModal: a past that is also the bare form ("hit", "cut",
// "put") after a modal or "to" is the bare form and tells no past.
func TestBareFormAfterModal(t *testing.T) {
	d := time.Date(2022, 8, 13, 0, 0, 0, 0, time.UTC) // a Saturday
	runTagCases(t, []tagCase{
		{"will hit", "The typhoon will hit the northern islands on Tuesday.", []string{"Tuesday=2022-08-16"}},
		{"said would cut", "Officials said the utility would cut power to the district on Wednesday.", []string{"Wednesday=2022-08-17"}},
		{"plans to put", "The council plans to put the budget to a vote on Thursday.", []string{"Thursday=2022-08-18"}},
		// negative: the simple past keeps the past
		{"hit past", "The typhoon hit the northern islands on Tuesday.", []string{"Tuesday=2022-08-09"}},
		{"cut past", "The utility cut power to the district on Wednesday.", []string{"Wednesday=2022-08-10"}},
	}, d)
}

// TestCouldAhead: "could" before a verb's base form tells a possibility,
// which lies ahead as what "would" tells does; "could not" and "could have"
// look back.
func TestCouldAhead(t *testing.T) {
	d := time.Date(2022, 8, 13, 0, 0, 0, 0, time.UTC) // a Saturday
	runTagCases(t, []tagCase{
		{"said could open", "The mayor said the bridge could open to traffic on 2 July.", []string{"2 July=2023-07-02"}},
		{"could resume", "Flights could resume in March, the airline said.", []string{"March=2023-03"}},
		// negative: an inability and a perfect keep the past
		{"could not", "The ferry could not sail on Tuesday.", []string{"Tuesday=2022-08-09"}},
		{"could have", "Investigators said the fire could have started in June.", []string{"June=2022-06"}},
		{"could after", "The talks in June, which could decide the tariffs, ended in a draw.", []string{"June=2022-06"}},
	}, d)
}

// TestScheduledModifier: "scheduled" right after a verb in the past
// describes that verb's object and points nowhere ahead; "has scheduled"
// still does.
func TestScheduledModifier(t *testing.T) {
	d := time.Date(2022, 8, 13, 0, 0, 0, 0, time.UTC) // a Saturday
	runTagCases(t, []tagCase{
		{"lifted scheduled", "The utility lifted scheduled power cuts on Tuesday.", []string{"Tuesday=2022-08-09"}},
		{"has scheduled", "The utility has scheduled power cuts for Tuesday.", []string{"Tuesday=2022-08-16"}},
	}, d)
}

// TestScheduledDate: a day of a month that a verb of scheduling takes as
// its object lies ahead of the act, even in the past tense.
func TestScheduledDate(t *testing.T) {
	d := time.Date(2019, 2, 14, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"fixed a day", "The High Court here today fixed April 22 for the trial of a former assemblyman.", []string{"today=2019-02-14", "April 22=2019-04-22"}},
		{"set a day", "The judge set March 5 for sentencing.", []string{"March 5=2019-03-05"}},
		{"rescheduled", "The committee rescheduled May 2 as the hearing date.", []string{"May 2=2019-05-02"}},
		// negative: the date of the act, or a plan of the past
		{"fixed on a day", "The court fixed the date on April 22.", []string{"April 22=2018-04-22"}},
		{"was set for", "The vote was originally set for April 22 but was delayed.", []string{"April 22=2018-04-22"}},
		{"had set", "The court had set April 22 for the trial.", []string{"April 22=2018-04-22"}},
		{"held on a day", "The court held a hearing on April 22.", []string{"April 22=2018-04-22"}},
	}, d)
	// a weekday set as a deadline may have passed: the tense decides
	runTagCases(t, []tagCase{
		{"set a weekday", "They set Friday as the deadline for his return.", []string{"Friday=2000-01-14"}},
	}, time.Date(2000, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestInForce: a law or a rule that "takes effect" or "comes into force" in
// the present is scheduled, so its date lies ahead.
func TestInForce(t *testing.T) {
	d := time.Date(2024, 2, 2, 0, 0, 0, 0, time.UTC) // a Friday
	runTagCases(t, []tagCase{
		{"takes effect", "The new speed limit takes effect on 3 August.", []string{"3 August=2024-08-03"}},
		{"take effect", "The higher tolls take effect on 3 August.", []string{"3 August=2024-08-03"}},
		{"comes into force", "The smoking ban comes into force on 3 August.", []string{"3 August=2024-08-03"}},
		{"enters into force", "The treaty enters into force in August.", []string{"August=2024-08"}},
		// negative: the past keeps the past
		{"took effect", "The new speed limit took effect on 3 August.", []string{"3 August=2023-08-03"}},
		{"did not take effect", "The limit did not take effect on 3 August, officials said.", []string{"3 August=2023-08-03"}},
	}, d)
}

// TestLaterThisWeekOnSunday: on a Sunday nothing of the ISO week is left,
// so a week still ahead is the next one.
func TestLaterThisWeekOnSunday(t *testing.T) {
	sun := time.Date(2018, 12, 2, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"later this week", "The Election Commission will announce the schedule later this week, officials said on Sunday.", []string{"later this week=2018-W49/END", "Sunday=2018-12-02"}},
		{"will this week", "The board will meet this week.", []string{"this week=2018-W49"}},
		// negative: the week that ends today
		{"this week past", "Prices fell this week.", []string{"this week=2018-W48"}},
		{"earlier this week", "He resigned earlier this week.", []string{"earlier this week=2018-W48/START"}},
	}, sun)
	// negative: on any other day the week is the DCT's
	runTagCases(t, []tagCase{
		{"later this week on Saturday", "The commission will announce the schedule later this week.", []string{"later this week=2018-W48/END"}},
		{"will this week on Saturday", "The board will meet this week.", []string{"this week=2018-W48"}},
	}, sun.AddDate(0, 0, -1))
}

// TestByInPastClause: "by" a day sets a deadline ahead, unless the clause
// it closes is told in the past.
func TestByInPastClause(t *testing.T) {
	d := time.Date(2016, 11, 9, 0, 0, 0, 0, time.UTC) // a Wednesday
	runTagCases(t, []tagCase{
		{"spread by", "The blaze started Sunday afternoon near a trail and spread across about 1,200 acres by Monday night, the service said.", []string{"Sunday afternoon=2016-11-06TAF", "Monday night=2016-11-07TNI"}},
		{"contained by", "Crews contained the fire by Monday.", []string{"Monday=2016-11-07"}},
		{"rose to a figure by", "Admissions rose to 312 by the weekend.", []string{"the weekend=2016-W44-WE"}},
		{"a regular past to a figure by", "Admissions soared to 312 by the weekend.", []string{"the weekend=2016-W44-WE"}},
		{"fell to a figure by", "Sales fell to 40 by Monday.", []string{"Monday=2016-11-07"}},
		{"by, then a past copula", "By Monday morning, nine people were dead.", []string{"Monday morning=2016-11-07TMO"}},
		// negative: a deadline ahead
		{"by, then a past copula of a plan", "By Monday, the talks were to resume.", []string{"Monday=2016-11-14"}},
		{"told to leave by", "Residents were told to leave by Monday.", []string{"Monday=2016-11-14"}},
		{"to a figure under a modal", "Admissions will rise to 312 by the weekend.", []string{"the weekend=2016-W45-WE"}},
		{"a figure after up to", "The firm has contracts for up to 90 beds by December.", []string{"December=2016-12"}},
		{"should be done by", "Officials said repairs should be finished by Friday.", []string{"Friday=2016-11-11"}},
		{"will by", "The fire will be contained by Monday.", []string{"Monday=2016-11-14"}},
		{"expects by", "The company expects to finish by Monday.", []string{"Monday=2016-11-14"}},
	}, d)
}

// TestOffsetFromReference: "nine days later" counts from the date named
// before it, not from the DCT.
func TestOffsetFromReference(t *testing.T) {
	d := time.Date(2021, 6, 3, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"days later", "Margaret Hollis fell from a first-floor window on 14 May 2018 and died in hospital nine days later.", []string{"14 May 2018=2018-05-14", "nine days later=2018-05-23"}},
		{"days later next sentence", "She fell on 14 May 2018. She died in hospital nine days later.", []string{"14 May 2018=2018-05-14", "nine days later=2018-05-23"}},
		{"days later after a month named in passing", "The rebels spoke on 2 November 2018, breaking a truce agreed in August 2018. Three days later, they freed him.",
			[]string{"2 November 2018=2018-11-02", "August 2018=2018-08", "Three days later=2018-11-05"}},
		{"a week later after a year named in passing", "The mill shut on 4 March 2019, as it had in 2009. A week later, it reopened.",
			[]string{"4 March 2019=2019-03-04", "2009=2009", "A week later=2019-03-11"}},
		// negative: "ago" counts from the DCT
		{"days ago", "She fell on 14 May 2018. Her son said nine days ago that he would sue.", []string{"14 May 2018=2018-05-14", "nine days ago=2021-05-25"}},
	}, d)
}

// TestPastPerfectBeforeStoryDay: a day in the past perfect a few sentences
// after a day named with an earlier year looks back from that day, not from
// the publication date.
func TestPastPerfectBeforeStoryDay(t *testing.T) {
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"had, after a day of 2019", "The volcano erupted on 9 December 2019. Two bodies were never found. Scientists had raised the alert level on 18 November.",
			[]string{"9 December 2019=2019-12-09", "18 November=2019-11-18"}},
		// negative: the simple past is the news of the publication date's year
		{"no had", "The volcano erupted on 9 December 2019. Scientists raised the alert level on 18 November.",
			[]string{"9 December 2019=2019-12-09", "18 November=2023-11-18"}},
	}, d)
}

// TestBareScheduleNeedsSubject: a timetable verb in the bare present
// points ahead only after a plural subject; after another word it
// modifies a noun ("new travel rules").
func TestBareScheduleNeedsSubject(t *testing.T) {
	runTagCases(t, []tagCase{
		{"plural subject", "The ministers meet Monday in Geneva.", []string{"Monday=2022-09-19"}},
		{"name subject", "Netanyahu and Arafat meet separately Monday.", []string{"Monday=2022-09-19"}},
		{"noun modifier", "The ministers announced new travel rules on Monday.", []string{"Monday=2022-09-12"}},
	}, dct)
}

// TestMonthRange: the month that closes a range is the first such month
// from the one that opens it, whatever the DCT is nearer to.
func TestMonthRange(t *testing.T) {
	runTagCases(t, []tagCase{
		{"a quarter's months", "Its second quarter covers October through December.",
			[]string{"second quarter=2024-Q2", "October=2023-10", "December=2023-12"}},
	}, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
}

// TestReportingVerbAfter: a reporting verb after the expression dates the
// report, not the clause that holds the expression.
func TestReportingVerbAfter(t *testing.T) {
	runTagCases(t, []tagCase{
		{"said", "He will leave on Thursday, Castro said.", []string{"Thursday=2022-09-15"}},
		{"added", "An EU meeting will discuss travel curbs on Thursday, she added.", []string{"Thursday=2022-09-15"}},
		{"announced", "Dock workers will stop work for a day from Monday, their union announced on Friday.", []string{"a day=P1D", "Monday=2022-09-19", "Friday=2022-09-09"}},
		{"told", "The ferry service will resume on Tuesday, the operator told local radio.", []string{"Tuesday=2022-09-20"}},
		{"agreed", "The prime minister will call a vote on 2 October, paving the way for an election on 9 January, party leaders agreed on Friday.",
			[]string{"2 October=2022-10-02", "9 January=2023-01-09", "Friday=2022-09-09"}},
		// negative: no cue before the expression, the reporting verb has the tense
		{"announced alone", "On Monday the union announced a strike.", []string{"Monday=2022-09-12"}},
	}, dct)
}

// TestCoordinatedClauseTense: a cue past ", and" or ", but" belongs to the
// next clause when the expression's own clause has a verb before it.
func TestCoordinatedClauseTense(t *testing.T) {
	sun := time.Date(2020, 8, 16, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"pushed, and will stay", "Gusts carried the flames over the ridge road on Saturday, and the road will stay shut until Tuesday.", []string{"Saturday=2020-08-15", "Tuesday=2020-08-18"}},
		{"sank, but will reopen", "The pier sank into the harbour mud on Friday, but the port will reopen soon.", []string{"Friday=2020-08-14"}},
		{"past verb far before, and will", "The keeper signed forms at the club's offices in Leeds on Friday and will train on Tuesday.", []string{"Friday=2020-08-14", "Tuesday=2020-08-18"}},
		{"past verb far before, but will", "The ferry left the old harbour at the north pier on Thursday but will return Wednesday.", []string{"Thursday=2020-08-13", "Wednesday=2020-08-19"}},
		// negative: no verb of its own before the expression
		{"no own verb", "On Saturday, and again after that, the road will stay shut.", []string{"Saturday=2020-08-22"}},
	}, sun)
}

// TestCoordinatedParticiple: a participle joined by "and" to a passive
// shares its auxiliary ("will be moved ... and launched"), so it sets no
// past of its own.
func TestCoordinatedParticiple(t *testing.T) {
	thu := time.Date(2022, 8, 25, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"will be moved and launched", "The second probe will be moved to the pad on October 3 and launched a week after.", []string{"October 3=2022-10-03", "a week after=2022-10-10"}},
		{"will be tested and shipped", "The engines will be tested on Monday and shipped to the yard.", []string{"Monday=2022-08-29"}},
		// negative: a passive in the past stays in the past, and a past
		// verb after "and" with no passive before it is a cue
		{"was arrested and charged", "The driver was arrested on Monday and charged with theft.", []string{"Monday=2022-08-22"}},
		{"will open and closed", "The museum will reopen on Monday and closed its cafe.", []string{"Monday=2022-08-29"}},
	}, thu)
}

// TestPastFormNoun: an irregular past form after an article is a noun ("a
// cut", "the spread"), which sets no past: "analysts expect a cut in
// November" looks ahead with "expect".
func TestPastFormNoun(t *testing.T) {
	wed := time.Date(2024, 7, 24, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"expect a cut", "Most economists expect a cut in November.", []string{"November=2024-11"}},
		{"a hit", "The band expects a hit in December.", []string{"December=2024-12"}},
		// negative: the verb "cut" stays in the past
		{"cut rates", "The bank cut rates in November.", []string{"November=2023-11"}},
	}, wed)
}

// TestFromWeekday: a weekday after "from" with no tense in its clause is
// the start of what is in force from then on, ahead of the DCT.
func TestFromWeekday(t *testing.T) {
	tue := time.Date(2012, 1, 17, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"can from", "Drivers can renew their permits online from Monday.", []string{"Monday=2012-01-23"}},
		{"apply from", "The lower fares apply from Thursday.", []string{"Thursday=2012-01-19"}},
		// negative: a clause in the past, and the base of a change
		{"past from", "The ban applied from Monday.", []string{"Monday=2012-01-16"}},
		{"up from", "Cases reached 300, up from 250 on Monday.", []string{"Monday=2012-01-16"}},
	}, tue)
}

// TestCalledForWeekday: a happening called or announced "for" a weekday
// lies ahead of the call, whatever the tense of the call.
func TestCalledForWeekday(t *testing.T) {
	tue := time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"called a protest for", "Farmers have called a protest outside parliament for Thursday.", []string{"Thursday=2023-07-27"}},
		{"announced a rally for", "The party announced a rally for Sunday.", []string{"Sunday=2023-07-30"}},
		// negative: "for" without a noun phrase of its own before it
		{"thanked for", "The coach thanked the fans for Saturday.", []string{"Saturday=2023-07-22"}},
	}, tue)
}

// TestOpenedClauseTense: a date in a clause opened by "who", "which" or
// "that" without a comma, after the clause's own verb, takes that verb's
// tense, not the main verb's after it.
func TestOpenedClauseTense(t *testing.T) {
	mon := time.Date(2006, 10, 2, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"who were moved", "Families who were moved out on Saturday will not go home before Wednesday.", []string{"Saturday=2006-09-30", "Wednesday=2006-10-04"}},
		{"which opened", "The shelter which opened on Friday will close next month.", []string{"Friday=2006-09-29", "next month=2006-11"}},
		{"who will fly", "Doctors who will fly in on Thursday met the mayor.", []string{"Thursday=2006-10-05"}},
		// negative: no verb of the clause before the date
		{"no verb before", "The shelter that on Friday will open is small.", []string{"Friday=2006-10-06"}},
	}, mon)
}

// TestExpectedDate: what is expected lies ahead of the report: "results are
// expected on Monday", "payments are due on Monday", "forecasters expect
// rain on Monday" name the coming Monday, not the one before.
func TestExpectedDate(t *testing.T) {
	d := time.Date(2006, 3, 1, 0, 0, 0, 0, time.UTC) // a Wednesday
	runTagCases(t, []tagCase{
		{"are expected on", "Polling stations open at 7:00 and the first results are expected on Monday.", []string{"7:00=2006-03-01T07:00", "Monday=2006-03-06"}},
		{"is due on", "The next payment is due on Monday.", []string{"Monday=2006-03-06"}},
		{"is scheduled on", "The vote is scheduled on Monday.", []string{"Monday=2006-03-06"}},
		{"expect", "Forecasters expect temperatures above 40 degrees on Monday.", []string{"Monday=2006-03-06"}},
		{"expects", "The weather service expects heavy rain on Monday.", []string{"Monday=2006-03-06"}},
		{"expect after a coordinated past", "Firefighters have contained about a third of the blaze, but forecasters expect rain on Monday.", []string{"Monday=2006-03-06"}},
		// negative: an expectation of the past, or a past clause of its own
		{"were expected", "Results were expected on Monday but were delayed.", []string{"Monday=2006-02-27"}},
		{"more than expected", "Prices rose more than expected on Monday.", []string{"Monday=2006-02-27"}},
		{"didn't expect", "I didn't expect him to come home on Monday.", []string{"Monday=2006-02-27"}},
		{"did not expect", "The company did not expect a ruling on Monday.", []string{"Monday=2006-02-27"}},
		{"expects after the date", "The bank, which cut its rates on Monday, expects growth to return.", []string{"Monday=2006-02-27"}},
		{"past clause before expect", "Crews contained the blaze on Monday, but forecasters expect rain on Friday.", []string{"Monday=2006-02-27", "Friday=2006-03-03"}},
	}, d)
}

// TestThisWeekendPast: "this weekend" told in the past on a weekday is the
// weekend just gone; on a weekend, or ahead, it is the week's own.
func TestThisWeekendPast(t *testing.T) {
	mon := time.Date(2008, 10, 20, 0, 0, 0, 0, time.UTC) // a Monday of 2008-W43
	runTagCases(t, []tagCase{
		{"attacked this weekend", "Rebels attacked the town this weekend.", []string{"this weekend=2008-W42-WE"}},
		{"has fallen this weekend", "More snow has fallen this weekend.", []string{"this weekend=2008-W42-WE"}},
		// negative: ahead, or no tense
		{"will this weekend", "Rebels will attack the town this weekend.", []string{"this weekend=2008-W43-WE"}},
		{"no tense", "The fair opens this weekend.", []string{"this weekend=2008-W43-WE"}},
	}, mon)
	sun := mon.AddDate(0, 0, -1) // the Sunday that ends 2008-W42
	runTagCases(t, []tagCase{
		{"past on the weekend itself", "Rebels attacked the town this weekend.", []string{"this weekend=2008-W42-WE"}},
	}, sun)
}

// TestRelativeClauseTense: a date inside a relative clause set off by
// commas takes the clause's tense, not the main verb's.
func TestRelativeClauseTense(t *testing.T) {
	may := time.Date(2021, 5, 11, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"took office, will visit", "The minister, who took office in April, will visit Seoul.", []string{"April=2021-04"}},
		{"collapsed, will reopen", "The bridge, which collapsed in April, will reopen in June.", []string{"April=2021-04", "June=2021-06"}},
		{"where: lodged, will rule", "The tribunal, where the union lodged its claim in March, will rule in June.", []string{"March=2021-03", "June=2021-06"}},
	}, may)
	wed := time.Date(2006, 3, 1, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"will arrive, met", "The minister, who will arrive on Monday, met the king.", []string{"Monday=2006-03-06"}},
		// negative: a date outside the clause, or a clause without a cue
		{"outside the clause", "The minister, who is in Seoul, will sign the deal on Monday.", []string{"Monday=2006-03-06"}},
		{"both clauses", "The minister, who arrived on Monday, will leave on Friday.", []string{"Monday=2006-02-27", "Friday=2006-03-03"}},
		{"no cue in the clause", "The deal, which on Monday seemed close, collapsed.", []string{"Monday=2006-02-27"}},
	}, wed)
}

// TestReportedFuture: the future of a clause reported after "that" does not
// move the reporting verb's day ahead.
func TestReportedFuture(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"said Wednesday that will", "The minister said in a radio interview Wednesday that he will leave on Nov. 17.", []string{"Wednesday=2019-11-06", "Nov. 17=2019-11-17"}},
		// negative: a future before "that", and the reported day itself
		{"will say Monday that", "The minister will say on Monday that he resigned.", []string{"Monday=2019-11-11"}},
		{"reported day ahead", "The minister said that he will leave on Monday.", []string{"Monday=2019-11-11"}},
		{"said that, the day first", "The utility said that from Wednesday homes would lose power every third day.", []string{"Wednesday=2019-11-13"}},
		{"said that, the day first, a past verb", "The police said that on Monday officers arrested two men.", []string{"Monday=2019-11-04"}},
	}, thu)
}

// TestPeriodRelativeYear: a quarter or a half followed by "last year",
// "this year" or "next year" is that year's, as "July last year" is.
func TestPeriodRelativeYear(t *testing.T) {
	d := time.Date(2008, 10, 23, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"quarter last year", "The firm lost money in the fourth quarter last year.", []string{"the fourth quarter last year=2007-Q4"}},
		{"quarter this year", "The firm lost money in the second quarter this year.", []string{"the second quarter this year=2008-Q2"}},
		{"half next year", "Growth will pick up in the second half next year.", []string{"the second half next year=2009-H2"}},
		// negative: "of" as before, and a possessive year that names its own thing
		{"quarter of last year", "The firm lost money in the fourth quarter of last year.", []string{"the fourth quarter of last year=2007-Q4"}},
		{"last year's", "Profit in the third quarter beat last year's forecast.", []string{"the third quarter=2008-Q3", "last year=2007"}},
	}, d)
}

// TestDayRelativeYear: a day and month followed by "last year", "this
// year" or "next year" is one expression of that year, as "July last year"
// is, whatever the tense would pick for the day alone.
func TestDayRelativeYear(t *testing.T) {
	d := time.Date(2014, 5, 20, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"day month last year", "The mayor opened the new library on 30 May last year.", []string{"30 May last year=2013-05-30"}},
		{"month day last year", "The ferry sank on March 2 last year.", []string{"March 2 last year=2013-03-02"}},
		{"day month next year", "The bridge will close on 4 January next year.", []string{"4 January next year=2015-01-04"}},
		{"month day this year", "Talks began on February 11 this year.", []string{"February 11 this year=2014-02-11"}},
		{"month of that year", "The boat sank in April 2011 and was raised in May of that year.", []string{"April 2011=2011-04", "May of that year=2011-05"}},
		{"day month of that year", "The city fell in June 2009. The army retook it on 10 July of that year.", []string{"June 2009=2009-06", "10 July of that year=2009-07-10"}},
		{"month of the same year", "He was elected in March 2001 and resigned in October of the same year.", []string{"March 2001=2001-03", "October of the same year=2001-10"}},
		// negative: a possessive year names its own thing, a comma ends the date
		{"last year's", "On June 8 last year's winner will race again.", []string{"June 8=2014-06-08", "last year=2013"}},
		{"comma", "The final is on June 8, last year the club lost it.", []string{"June 8=2014-06-08", "last year=2013"}},
	}, d)
}

// TestPossessiveWeekdayAhead: a possessive weekday after "for" or "ahead
// of", in a clause told in no past tense, names an event still to come; told
// in the past, or after any other word, it stays the reported one before.
func TestPossessiveWeekdayAhead(t *testing.T) {
	fri := time.Date(2015, 3, 13, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"ready for", "Crews are getting the pitch ready for Sunday's final.", []string{"Sunday=2015-03-15"}},
		{"ahead of", "Several roads near the park close ahead of Saturday's race.", []string{"Saturday=2015-03-14"}},
		{"no verb", "Tickets for Sunday's final on sale now", []string{"Sunday=2015-03-15", "now=PRESENT_REF"}},
		// negative: told in the past, or no "for" before it
		{"past for", "The striker was fined for Sunday's foul.", []string{"Sunday=2015-03-08"}},
		{"bare possessive", "Sunday's result leaves the club top.", []string{"Sunday=2015-03-08"}},
		{"future relative", "Sunday's final, which will be shown live, sold out quickly.", []string{"Sunday=2015-03-15"}},
		{"perfect of preparation", "The arena has been set a limit of 12,000 for Sunday's final.", []string{"Sunday=2015-03-15"}},
		{"active perfect of preparation", "The club has booked two trains for Sunday's final.", []string{"Sunday=2015-03-15"}},
		{"perfect of no preparation", "The striker has been fined for Sunday's foul.", []string{"Sunday=2015-03-08"}},
		{"past perfect of preparation", "The club had booked two trains for Sunday's final.", []string{"Sunday=2015-03-08"}},
		{"relative not in the future", "Sunday's final, which was shown live, drew a record audience.", []string{"Sunday=2015-03-08"}},
	}, fri)
}

// TestReportedClauseTense: a date between a past reporting verb and the
// "that" of what it reports is the report's, in the past; the future of the
// reported clause is that clause's own.
func TestReportedClauseTense(t *testing.T) {
	thursday := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"said that will", "Kim said in a radio interview Wednesday that the minister will leave on Nov. 17.", []string{"Wednesday=2019-11-06", "Nov. 17=2019-11-17"}},
		{"announced that will", "The company announced Monday that it will close the plant.", []string{"Monday=2019-11-04"}},
		{"future clause", "The minister will leave on Wednesday.", []string{"Wednesday=2019-11-13"}},
		{"future before that", "The minister will decide on Wednesday that the talks were over.", []string{"Wednesday=2019-11-13"}},
	}, thursday)
}

// TestRescheduledTo: the "to" date of a verb that moves a happening is its
// new time, ahead of the move; a past plan ("had been moved") keeps the
// clause's past.
func TestRescheduledTo(t *testing.T) {
	thursday := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"moved to", "The agency moved the meeting to Friday.", []string{"Friday=2019-11-08"}},
		{"pushed back to", "The government pushed back the vote to Monday.", []string{"Monday=2019-11-11"}},
		{"postponed to", "The match was postponed to Saturday.", []string{"Saturday=2019-11-09"}},
		{"a past plan", "The meeting had been moved to Friday.", []string{"Friday=2019-11-01"}},
		{"to without a move", "They returned to work on Monday.", []string{"Monday=2019-11-04"}},
	}, thursday)
}

// TestThreatenedInPerfect: what a present perfect of threat or promise has
// as its object lies ahead, with the date that follows it; the present
// perfect takes no date of the past ("has threatened in April" is not
// said). A simple past may be dated itself, and another verb looks back.
func TestThreatenedInPerfect(t *testing.T) {
	d := time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"has threatened", "The union has threatened further action in April.", []string{"April=2016-04"}},
		{"have promised", "The rebels have promised a new offensive in May.", []string{"May=2016-05"}},
		// negative: another verb, or the simple past
		{"has taken", "The union has taken further action in April.", []string{"April=2015-04"}},
		{"threatened", "The union threatened further action in April.", []string{"April=2015-04"}},
	}, d)
}

// TestTodayName: a capitalized "Today" right after a word in lower case or
// an initialism names a programme or a paper, not the day; at the start of
// a sentence, or in a title-case headline, it stays the day.
func TestTodayName(t *testing.T) {
	wed := time.Date(2015, 3, 11, 0, 0, 0, 0, time.UTC)
	runTagCases(t, []tagCase{
		{"a programme", "The minister spoke to the radio programme Today on Tuesday.", []string{"Tuesday=2015-03-10"}},
		{"a programme's presenter", "She told Today's Anna Berg she would stand.", nil},
		{"a paper after an initialism", "The coach told USA Today he was leaving.", nil},
		// negative: the day
		{"sentence start", "The vote was close. Today, the count goes on.", []string{"Today=2015-03-11"}},
		{"lower case", "The count goes on today.", []string{"today=2015-03-11"}},
		{"title-case headline", "Council Votes Today On Budget", []string{"Today=2015-03-11"}},
	}, wed)
}
