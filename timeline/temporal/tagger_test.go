package temporal

import (
	"os"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

var dct = time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC) // a Wednesday

type tagCase struct {
	name, text string
	want       []string // "span=value" or "span=value/MOD"
}

func runTagCases(t *testing.T, cases []tagCase, d time.Time) {
	t.Helper()
	tg := NewTagger()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, x := range tg.Tag(tc.text, d) {
				s := x.Text + "=" + x.Value.String()
				if x.Mod != "" {
					s += "/" + x.Mod
				}
				got = append(got, s)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSeeds(t *testing.T) {
	runTagCases(t, []tagCase{
		{"met on Wednesday", "Xi was met on Wednesday at the airport tarmac in Nur-Sultan.", []string{"Wednesday=2022-09-14"}},
		{"due to fly Thursday", "On Thursday, Xi is due to fly to Samarkand in neighbouring Uzbekistan.", []string{"Thursday=2022-09-15"}},
		{"said on Monday", "The ministry said on Monday that talks would continue.", []string{"Monday=2022-09-12"}},
		{"scheduled present", "He travels on to Paris on Thursday.", []string{"Thursday=2022-09-15"}},
		{"scheduled present opens", "The trial opens on Monday.", []string{"Monday=2022-09-19"}},
		{"had been scheduled", "The offer had been scheduled to expire at midnight Friday.", []string{"midnight Friday=2022-09-09T24:00"}},
		{"is scheduled", "The offer is scheduled to expire at midnight Friday.", []string{"midnight Friday=2022-09-16T24:00"}},
		{"bare plural present", "Netanyahu and Arafat meet separately Monday with Albright.", []string{"Monday=2022-09-19"}},
		{"bare present twin of a timetable verb", "The two ministers visit Oslo on Monday.", []string{"Monday=2022-09-19"}},
		{"bare present after a clause set off by commas", "The visitors, who lost at home last month, host their rivals on Monday.", []string{"last month=2022-08", "Monday=2022-09-19"}},
		{"a timetable verb's bare form after a determiner is a noun", "The visit ended on Monday.", []string{"Monday=2022-09-12"}},
		{"bare after did stays past", "The leaders did not meet Monday, officials said.", []string{"Monday=2022-09-12"}},
		{"bare after to stays past", "They had hoped to meet Monday but the talks were cancelled.", []string{"Monday=2022-09-12"}},
		{"present of a report stays past", "Shares rose on Monday.", []string{"Monday=2022-09-12"}},
		{"announced in April", "a Global Security Initiative, which was announced in April with few details", []string{"April=2022-04"}},
		{"irregular past laid", "Yahoo laid off staff in November.", []string{"November=2021-11"}},
		{"irregular past burst", "The river burst its banks in November.", []string{"November=2021-11"}},
		{"an October congress", "while the party prepares for an October congress at which he is expected to break with tradition", []string{"October=2022-10"}},
		{"this week", "said Deputy Minister Roman Vassilenko this week before Xi's arrival.", []string{"this week=2022-W37"}},
		{"more than two years ago", "since the outbreak of the coronavirus pandemic more than two years ago with a stop", []string{"more than two years ago=2020-09/BEFORE"}},
		{"full date", "It was signed on Sept. 14, 2022, in Astana.", []string{"Sept. 14, 2022=2022-09-14"}},
		{"mid-2021", "Prices rose in mid-2021.", []string{"mid-2021=2021/MID"}},
		{"the 1990s", "It grew fast in the 1990s.", []string{"the 1990s=199"}},
		{"five-year term", "award himself a third five-year term as leader", []string{"five-year=P5Y"}},
	}, dct)
}

func TestSeedFiles(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds/000_48c26321fd265a38.txt")
	if err != nil {
		t.Skipf("seed not found: %v", err)
	}
	want := map[string]string{"Wednesday": "2022-09-14", "Thursday": "2022-09-15", "April": "2022-04", "October": "2022-10", "this week": "2022-W37"}
	for _, x := range NewTagger().Tag(string(data), dct) {
		if v, ok := want[x.Text]; ok {
			if x.Value.String() != v {
				t.Errorf("Tag(seed) %q = %s, want %s", x.Text, x.Value, v)
			}
			delete(want, x.Text)
		}
	}
	for k, v := range want {
		t.Errorf("Tag(seed) missed %q (%s)", k, v)
	}
}

func TestAbsolute(t *testing.T) {
	runTagCases(t, []tagCase{
		{"month day year", "on January 8, 1998 the", []string{"January 8, 1998=1998-01-08"}},
		{"day month year", "on 14 September 2022 the", []string{"14 September 2022=2022-09-14"}},
		{"abbrev no dot", "by 14 Sept 2022", []string{"14 Sept 2022=2022-09-14"}},
		{"month day closest", "payable Dec. 7 to holders of record Nov. 22.", []string{"Dec. 7=2022-12-07", "Nov. 22=2022-11-22"}},
		{"next month in a past report", "Oil firms were told of a cutback in October.", []string{"October=2022-10"}},
		{"month two ahead in a past report stays past", "Sales fell in November.", []string{"November=2021-11"}},
		{"month after a past verb of intent is the closest, back", "The insurer agreed to settle the claims for $9 million in May.", []string{"May=2022-05"}},
		{"month after a past verb of intent is the closest, ahead", "The insurer agreed to settle the claims for $9 million in December.", []string{"December=2022-12"}},
		// negative: a present plan or a present perfect decision looks ahead
		{"month after a present perfect verb of intent is the next", "The insurer has agreed to settle the claims for $9 million in May.", []string{"May=2023-05"}},
		{"month after a present plan is the next", "The insurer plans to settle the claims for $9 million in May.", []string{"May=2023-05"}},
		{"next month in a past verb's own clause is past", "Yahoo sold 2,000 shares in October.", []string{"October=2021-10"}},
		{"next month before its past verb is past", "In October, Yahoo sold 2,000 shares.", []string{"October=2021-10"}},
		{"next month in a future clause before a past report is ahead", "Frieden, who will start his job in October, told a news conference he was honored.", []string{"October=2022-10"}},
		{"next month talked about is ahead", "They talked about the visit in October.", []string{"October=2022-10"}},
		{"decided to", "NATO has decided to admit them in early March.", []string{"early March=2023-03/START"}},
		{"decided in", "NATO decided in March to admit them.", []string{"March=2022-03"}},
		{"agreement to", "It announced an agreement to acquire the bank in January.", []string{"January=2023-01"}},
		{"year through month", "Sales were flat this year through August.", []string{"this year=2022", "August=2022-08"}},
		{"through month ahead", "The offer runs through November.", []string{"November=2022-11"}},
		{"month year", "in April 2021 and September of 1999", []string{"April 2021=2021-04", "September of 1999=1999-09"}},
		{"month no period", "It ends in December.", []string{"December=2022-12"}},
		{"month past ended", "It ended in December.", []string{"December=2021-12"}},
		{"by a month", "talks that are supposed to conclude by May, invited Sinn Fein", []string{"May=2023-05"}},
		{"by in past perfect", "All members had filed reports by Monday.", []string{"Monday=2022-09-12"}},
		{"week of", "It will be settled in a court hearing the week of March 6.", []string{"the week of March 6=2023-W10"}},
		{"week of no date", "the week of the vote", nil},
		{"expects to", "It said it expects to release results in November.", []string{"November=2022-11"}},
		{"un-ed adjective", "It would be paid on a still unspecified date in January.", []string{"January=2023-01"}},
		{"month past", "The plan was announced in November.", []string{"November=2021-11"}},
		{"month future", "The vote will be held in March.", []string{"March=2023-03"}},
		{"a list of months shares its year", "Inspectors raised concerns in February, March and April 2018.",
			[]string{"February=2018-02", "March=2018-03", "April 2018=2018-04"}},
		{"a month range over the new year", "The season runs from May to March.", []string{"May=2022-05", "March=2023-03"}},
		{"months without a year stay apart", "They met in March and April.", []string{"March=2022-03", "April=2022-04"}},
		{"month before its noun", "The March accession will enable them to join.", []string{"March=2023-03"}},
		{"may before its noun", "The May elections were delayed.", []string{"May=2022-05"}},
		{"year", "Sales in 1998 rose.", []string{"1998=1998"}},
		{"fiscal year", "in fiscal 1998 and FY99", []string{"fiscal 1998=1998", "FY99=1999"}},
		{"decade", "the 1990s and the '80s", []string{"the 1990s=199", "the '80s=198"}},
		{"century", "in the 20th century", []string{"the 20th century=19"}},
		{"iso", "dated 2022-09-14 and 9/14/2022", []string{"2022-09-14=2022-09-14", "9/14/2022=2022-09-14"}},
		{"quarter", "reported third-quarter profit and the fourth quarter of 2021", []string{"third-quarter=2022-Q3", "the fourth quarter of 2021=2021-Q4"}},
		{"this quarter's after a reported quarter", "It reported a loss for the second quarter ended June 30. This quarter's loss includes charges.",
			[]string{"the second quarter=2022-Q2", "June 30=2022-06-30", "This quarter=2022-Q2"}},
		{"this quarter's ahead stays current", "It reported a loss for the second quarter ended June 30. This quarter's sales will rise.",
			[]string{"the second quarter=2022-Q2", "June 30=2022-06-30", "This quarter=2022-Q3"}},
		{"the quarter after other dates is the reported one", "It earned $5 million in the fiscal first quarter, up from $3 million a year earlier. In April, it said it expected to break even for the quarter.",
			[]string{"the fiscal first quarter=2022-Q1", "a year earlier=2021-Q1", "April=2022-04", "the quarter=2022-Q1"}},
		{"the latest period is the reported quarter", "It earned $5 million in the fiscal first quarter, up from $3 million a year earlier. In April, sales fell. The latest period includes gains.",
			[]string{"the fiscal first quarter=2022-Q1", "a year earlier=2021-Q1", "April=2022-04", "The latest period=2022-Q1"}},
		{"the quarter with none reported is the last one over", "Sales rose in the quarter.", []string{"the quarter=2022-Q2"}},
		{"this quarter's without a report", "This quarter's sales are strong.", []string{"This quarter=2022-Q3"}},
		{"half", "in the first half of 2021", []string{"the first half of 2021=2021-H1"}},
		{"half of last year", "Profit fell in the second half of last year.", []string{"the second half of last year=2021-H2"}},
		{"half of the year", "The report comes in the second half of the year.", []string{"the second half of the year=2022-H2"}},
		{"half of the year named", "In 2019, sales fell. They rose in the second half of the year.", []string{"2019=2019", "the second half of the year=2019-H2"}},
		{"a bare half with figures is the year's", "Profit rose 5% in the first half.", []string{"the first half=2022-H1"}},
		{"a bare half after a year named is the year's", "Sales fell in 2021. They rose in the second half.", []string{"2021=2021", "the second half=2021-H2"}},
		{"first-half figures", "Acme reported first-half earnings.", []string{"first-half=2022-H1"}},
		{"a bare half of a match is no date", "Adebayo scored both goals in the second half on Saturday.", []string{"Saturday=2022-09-10"}},
		{"the half of a season is no date", "The team led after the first half of the season.", nil},
		{"the half of a century is the century's", "He lived there in the first half of the 20th century.", []string{"the 20th century=19"}},
		{"quarter of next year", "Deliveries start in the first quarter of next year.", []string{"the first quarter of next year=2023-Q1"}},
		{"this financial year", "The budget for this financial year rose.", []string{"this financial year=2022"}},
		{"fiscal year after the number", "The 2012 fiscal year ended in June.", []string{"The 2012 fiscal year=2012", "June=2022-06"}},
		{"local time and day", "A news conference is planned for 4 p.m. local time Saturday.", []string{"4 p.m. local time Saturday=2022-09-17T16:00"}},
		{"spelled zone, day after on", "It holds an investor day at 9 a.m. Eastern on Dec. 8.", []string{"9 a.m. Eastern=2022-12-08T09:00", "Dec. 8=2022-12-08"}},
		{"clock on a holiday", "Workers walked out from 6pm on Christmas Eve.", []string{"6pm=2021-12-24T18:00", "Christmas Eve=2021-12-24"}},
		{"am after a number is no verb", "The strike ran from 6pm on Saturday to 6am on Monday.", []string{"6pm=2022-09-10T18:00", "Saturday=2022-09-10", "6am=2022-09-12T06:00", "Monday=2022-09-12"}},
		{"pm at sentence end", "Visits peaked at 2pm. Then they fell.", []string{"2pm=2022-09-14T14:00"}},
		{"hour in the morning", "I was waking at 4 in the morning.", []string{"4 in the morning=2022-09-14T04:00"}},
		{"hour in the afternoon", "The vote closed at 3 in the afternoon.", []string{"3 in the afternoon=2022-09-14T15:00"}},
		{"a day of", "The president declared Tuesday a day of mourning.", []string{"Tuesday=2022-09-13"}},
		{"at least once a day", "Those who did it at least once a day slept better.", []string{"at least once a day=P1D/EQUAL_OR_MORE"}},
		{"clock daily", "Gates open at 11 a.m. daily and music runs until 10 p.m. each night.", []string{"11 a.m. daily=XXXX-XX-XXT11:00", "10 p.m. each night=XXXX-XX-XXT22:00"}},
		{"time zone ET", "Tickets went on sale at 10 a.m. ET.", []string{"10 a.m. ET=2022-09-14T10:00"}},
		{"sentence-initial by in a past narrative", "By Wednesday morning, it covered 8,000 acres.", []string{"Wednesday morning=2022-09-14TMO"}},
		{"sentence-initial by ahead", "By Friday, officials expect the fire to be contained.", []string{"Friday=2022-09-16"}},
		{"set for, then delayed", "The trial was originally set for January but was delayed twice.", []string{"January=2022-01"}},
		{"runs to", "The season opened June 1 and runs to Nov. 30.", []string{"June 1=2022-06-01", "Nov. 30=2022-11-30"}},
		{"as early as", "A jury could decide as early as Thursday.", []string{"Thursday=2022-09-15"}},
		{"set for", "The judge set sentencing for Nov. 6 and allowed her to remain free.", []string{"Nov. 6=2022-11-06"}},
		{"by mid-month after a past verb", "She asked the office to complete its report by mid-October.", []string{"mid-October=2022-10/MID"}},
		{"up from", "Now 1,200 firefighters are on the fire, up from about 300 on Thursday.", []string{"Now=PRESENT_REF", "Thursday=2022-09-08"}},
		{"last as a verb", "The bridge is designed to last 75 years.", []string{"75 years=P75Y"}},
		{"later than", "It will open 18 months later than promised.", []string{"18 months=P18M"}},
		{"every weekend", "The lanes close every weekend.", []string{"every weekend=XXXX-WXX-WE"}},
		{"end of the month", "He will step down at the end of the month.", []string{"the end of the month=2022-09/END"}},
		{"beginning of the month", "The beginning of the month was quiet.", []string{"The beginning of the month=2022-09/START"}},
		{"the next day", "The fire started on Aug. 20. Two bodies were found the next day.", []string{"Aug. 20=2022-08-20", "the next day=2022-08-21"}},
		{"the year before", "There were 19 homicides in 2011, down from 26 the year before.", []string{"2011=2011", "the year before=2010"}},
		{"that fall", "She was hired in 2016. Residents complained throughout that fall.", []string{"2016=2016", "that fall=2016-FA"}},
		{"passive past by", "Power was restored by 6 a.m. Monday.", []string{"6 a.m. Monday=2022-09-12T06:00"}},
		{"schedule verb starts", "The new season starts on Oct. 29.", []string{"Oct. 29=2022-10-29"}},
		{"h1", "sales in H1 2022 and Q3 2021", []string{"H1 2022=2022-H1", "Q3 2021=2021-Q3"}},
		{"weekday date", "on Monday, Oct. 26, 1998 the", []string{"Monday, Oct. 26, 1998=1998-10-26"}},
		{"written year", "in nineteen ninety-six", []string{"nineteen ninety-six=1996"}},
		{"month last year", "In July last year", []string{"July last year=2021-07"}},
		{"season year", "in summer 2021 and the winter of 1999", []string{"summer 2021=2021-SU", "the winter of 1999=1999-WI"}},
		{"season bare", "the talks collapsed in the spring", []string{"the spring=2022-SP"}},
		{"into a season", "Demand stayed weak well into the summer.", []string{"the summer=2022-SU"}},
		{"heading into a season", "Cases will rise as we head into the winter months.", nil},
		{"early month", "in early September and late November.", []string{"early September=2022-09/START", "late November=2022-11/END"}},
		{"end of year", "by the end of 1990", []string{"the end of 1990=1990/END"}},
	}, dct)
}

func TestAbsoluteNegative(t *testing.T) {
	runTagCases(t, []tagCase{
		{"may modal", "He may resign.", nil},
		{"march verb", "They will march on the capital.", nil},
		{"a march named", "The March of Dimes raised money. The March on Washington was huge.", nil},
		{"money", "It cost $1998 and 2000 percent more.", nil},
		{"small number", "He has 12 cars and 300 horses.", nil},
		{"fall verb", "Prices fall sharply.", nil},
		{"age", "the 6-year-old boy", nil},
	}, dct)
}

func TestRelative(t *testing.T) {
	runTagCases(t, []tagCase{
		{"today", "Officials said today that", []string{"today=2022-09-14"}},
		{"today's generic", "The case is for today's youth what the revolution was.", nil},
		{"today's meeting", "Officials prepared for today's meeting.", []string{"today=2022-09-14"}},
		{"yesterday", "He arrived yesterday.", []string{"yesterday=2022-09-13"}},
		{"tomorrow", "It opens tomorrow.", []string{"tomorrow=2022-09-15"}},
		{"tonight", "He speaks tonight.", []string{"tonight=2022-09-14TNI"}},
		{"last night", "Storms hit last night.", []string{"last night=2022-09-13TNI"}},
		{"this morning", "He left this morning.", []string{"this morning=2022-09-14TMO"}},
		{"last week", "It rose last week.", []string{"last week=2022-W36"}},
		{"next month", "It opens next month.", []string{"next month=2022-10"}},
		{"last year", "Sales fell last year.", []string{"last year=2021"}},
		{"this year", "Sales rose this year.", []string{"this year=2022"}},
		{"next year", "early next year", []string{"early next year=2023/START"}},
		{"earlier this month", "earlier this month", []string{"earlier this month=2022-09/START"}},
		{"two years ago", "He left two years ago.", []string{"two years ago=2020"}},
		{"three days ago", "He left three days ago.", []string{"three days ago=2022-09-11"}},
		{"last April", "They met last April.", []string{"last April=2022-04"}},
		{"next spring", "They meet next spring.", []string{"next spring=2023-SP"}},
		{"overnight after a day", "Shares closed lower Friday, hit by overnight losses. The index fell 4.5% from the previous Friday.",
			[]string{"Friday=2022-09-09", "overnight=2022-09-08TNI", "the previous Friday=2022-09-02"}},
		{"overnight alone", "Oil fell overnight.", []string{"overnight=2022-09-13TNI"}},
		{"overnight after an evening", "Crowds gathered on Monday evening and the police made 12 arrests overnight.",
			[]string{"Monday evening=2022-09-12TEV", "overnight=2022-09-12TNI"}},
		{"a show's title", `Baker said on ABC's "This Week" that talks would go on.`, nil},
		{"this week at the start", "This week, the talks resumed.", []string{"This week=2022-W37"}},
		{"for the week", "The index fell on Friday. For the week, it dropped 3.8%.", []string{"Friday=2022-09-09", "the week=2022-W36"}},
		{"the week's", "It was the week's most active session.", []string{"the week=2022-W37"}},
		{"the week before is not the week", "in the week before the vote", nil},
		{"earlier that day", "He arrived on May 3, 2020. Earlier that day, police came.", []string{"May 3, 2020=2020-05-03", "Earlier that day=2020-05-03/START"}},
		{"the same day a year earlier", "Footfall rose on Monday compared with the same day a year earlier.",
			[]string{"Monday=2022-09-12", "the same day a year earlier=2021-09-12"}},
		{"following day", "He arrived on May 3, 2020. The following day he left.", []string{"May 3, 2020=2020-05-03", "The following day=2020-05-04"}},
		{"following week past a year", "The hearing began on July 4. She had resigned in 2019. Her deputy spoke the following week.",
			[]string{"July 4=2022-07-04", "2019=2019", "the following week=2022-W28"}},
		{"following day past a year", "The talks opened on June 2. They had failed in 2015. A deal came the following day.",
			[]string{"June 2=2022-06-02", "2015=2015", "the following day=2022-06-03"}},
		// negative: no day named before the coarser reference, the DCT's
		{"following week after a year alone", "Sales rose in 2019. Prices rose the following week.", []string{"2019=2019", "the following week=2022-W38"}},
		{"a year ago of a happening after a half is the DCT's", "Output grew in the first half of the year. The lender approved a loan to the city a year ago.",
			[]string{"the first half of the year=2022-H1", "a year ago=2021"}},
		{"a year ago opening a sentence after a quarter", "Net rose in the third quarter. A year ago, the bank had a loss.",
			[]string{"the third quarter=2022-Q3", "A year ago=2021"}},
		{"a year ago after a figure after a half", "Output grew in the first half to 4 million tonnes, from 3 million a year ago.",
			[]string{"the first half=2022-H1", "a year ago=2021-H1"}},
		{"a year counted back leaves it", "Net rose in the quarter ended June 30, from a year earlier. Shares were up at 10 a.m.",
			[]string{"the quarter=2022-Q2", "June 30=2022-06-30", "a year earlier=2021-Q2", "10 a.m.=2022-09-14T10:00"}},
		{"a year before the day that closes the quarter is the quarter's", "Earnings for the first quarter ended March 31 climbed to $8 million from $6 million a year ago.",
			[]string{"the first quarter=2022-Q1", "March 31=2022-03-31", "a year ago=2021-Q1"}},
		{"a year before a day of news stays a day", "The bridge reopened on March 31, a year earlier than planned.",
			[]string{"March 31=2022-03-31", "a year=P1Y"}},
		{"minutes later after a clock time", "The alarm went off at 11:50 p.m. Guards came ten minutes later. A truck left an hour and 15 minutes later.",
			[]string{"11:50 p.m.=2022-09-14T23:50", "ten minutes later=2022-09-15T00:00", "an hour and 15 minutes later=2022-09-15T01:05"}},
		{"hours earlier than a clock time", "The dam broke at 6 a.m. Two hours earlier, villagers had left.",
			[]string{"6 a.m.=2022-09-14T06:00", "Two hours earlier=2022-09-14T04:00"}},
		{"hours later after a day of the sentence before is that day", "The talks ended on Monday. Two hours later the rain stopped.",
			[]string{"Monday=2022-09-12", "Two hours later=2022-09-12"}},
		{"hours later after a day and its clock time is the day", "The pump failed at about 2 a.m. on Tuesday and the crew shut the line a few hours later.",
			[]string{"about 2 a.m.=2022-09-13T02:00/APPROX", "Tuesday=2022-09-13", "a few hours later=2022-09-13"}},
		{"bare minutes later after a day", "A gas main burst on June 2. Minutes later, a shop caught fire.",
			[]string{"June 2=2022-06-02", "Minutes later=2022-06-02"}},
		{"hours later with no day near is a span", "The talks ended on Monday. Rain was heavy. The roads were closed. Two hours later the rain stopped.",
			[]string{"Monday=2022-09-12", "Two hours=PT2H"}},
		{"the hours later is no date", "The vote came on Monday. The minutes later released showed a split.",
			[]string{"Monday=2022-09-12"}},
		{"hours later than planned is a delay", "The train left at 9 a.m., two hours later than planned.",
			[]string{"9 a.m.=2022-09-14T09:00", "two hours=PT2H"}},
		{"the previous evening", "The ferry sank on Sunday. Its crew had reported a leak the previous evening.",
			[]string{"Sunday=2022-09-11", "the previous evening=2022-09-10TEV"}},
		{"the following morning", "The ferry sank on Sunday. Divers reached it the following morning.",
			[]string{"Sunday=2022-09-11", "the following morning=2022-09-12TMO"}},
		{"a clock time after the previous evening is the story's day", "The ferry left on Sunday despite a warning issued the previous evening. At 1 pm it sank.",
			[]string{"Sunday=2022-09-11", "the previous evening=2022-09-10TEV", "1 pm=2022-09-11T13:00"}},
		{"the next morning after the previous evening", "The ferry left on Sunday despite a warning issued the previous evening. Divers came the next morning.",
			[]string{"Sunday=2022-09-11", "the previous evening=2022-09-10TEV", "the next morning=2022-09-12TMO"}},
		{"the day before leaves the story's day", "The dam broke on 3 May. Engineers had warned the day before. At 4 pm the village flooded.",
			[]string{"3 May=2022-05-03", "the day before=2022-05-02", "4 pm=2022-05-03T16:00"}},
		{"the same night", "The coalition collapsed on Wednesday. Its junior partner quit the same night.",
			[]string{"Wednesday=2022-09-14", "the same night=2022-09-14TNI"}},
		{"the same night after a year named in passing", "The coalition collapsed on Monday over next year's budget. Its junior partner quit the same night.",
			[]string{"Monday=2022-09-12", "next year=2023", "the same night=2022-09-12TNI"}},
		{"the same night, no day named", "The partner quit the same night.", nil},
		{"by the evening of the day last named", "The fire began at 2 pm on Friday. By the evening, crowds were fleeing.",
			[]string{"2 pm=2022-09-09T14:00", "Friday=2022-09-09", "evening=2022-09-09TEV"}},
		{"a clock time on a weekday and its date", "It was just after 7 pm on Saturday 3 September when the lights went out.",
			[]string{"7 pm=2022-09-03T19:00", "Saturday 3 September=2022-09-03"}},
		{"an hour later counts from the clock time of a day and its date", "The lights went out at 7 pm on Saturday 3 September. Crowds gathered. Police came an hour later.",
			[]string{"7 pm=2022-09-03T19:00", "Saturday 3 September=2022-09-03", "an hour later=2022-09-03T20:00"}},
		{"a clock time on a weekday, its date", "The lights went out at 7 pm on Saturday, 3 September.",
			[]string{"7 pm=2022-09-03T19:00", "Saturday, 3 September=2022-09-03"}},
		{"in the morning of a day just named", "Markets fell on Monday, when traders sold heavily in the morning.",
			[]string{"Monday=2022-09-12", "the morning=2022-09-12TMO"}},
		{"in the morning a sentence after the day", "Markets fell on Monday. Traders sell heavily in the morning.",
			[]string{"Monday=2022-09-12"}},
		{"in the morning with no day named", "Traders sold heavily in the morning.", nil},
		{"in the morning long after the day", "Markets fell on Monday. Prices were low. Traders were calm. Most people jog in the morning.",
			[]string{"Monday=2022-09-12"}},
		{"in the morning of a clock time", "She woke at 4 in the morning on Monday.", []string{"4 in the morning=2022-09-12T04:00", "Monday=2022-09-12"}},
		{"this past weekend", "Crowds packed the beaches this past weekend.", []string{"this past weekend=2022-W36-WE"}},
		{"this past spring", "The lake dried up this past spring.", []string{"this past spring=2022-SP"}},
		{"this past Monday", "The mayor resigned this past Monday.", []string{"this past Monday=2022-09-12"}},
		{"this and the past", "This past is not forgotten.", nil},
		{"Black Friday", "Stores will open early on Black Friday.", []string{"Black Friday=2022-11-25"}},
		{"Black Friday told in the past", "Stores opened early on Black Friday.", []string{"Black Friday=2021-11-26"}},
		{"Cyber Monday", "Online sales will peak on Cyber Monday.", []string{"Cyber Monday=2022-11-28"}},
		{"Black Monday is no weekday of the week", "Traders still speak of Black Monday.", nil},
		{"years counted on from a month name a year", "The group seized the city in July 2014. Three years later, it blew up the mosque.",
			[]string{"July 2014=2014-07", "Three years later=2017"}},
		{"a year before a plain day", "Rain fell on March 31. A year earlier, the river had flooded.",
			[]string{"March 31=2022-03-31", "A year earlier=2021-03-31"}},
		{"a year earlier", "Profit rose in the third quarter of 2021 from a year earlier.", []string{"the third quarter of 2021=2021-Q3", "a year earlier=2020-Q3"}},
		{"the 1988 quarter", "Revenue was $14.5 million in the 1988 quarter.", []string{"the 1988 quarter=1988-Q2"}},
		{"the 1988 period", "Revenue was $14.5 million in the 1988 period.", []string{"the 1988 period=1988"}},
		{"year-ago quarter", "Net rose from the year-ago quarter.", []string{"the year-ago quarter=2021-Q2"}},
		{"year-ago results", "The year-ago results were restated.", []string{"year-ago=2021"}},
		{"year-ago after last year's period", "Net was $5 million in the 2021 period. The year-ago results were restated.", []string{"the 2021 period=2021", "year-ago=2021"}},
		{"year-ago after this year's period", "Net was $5 million in the 2022 period. The year-ago results were restated.", []string{"the 2022 period=2022", "year-ago=2021"}},
		{"quarter a year ago", "Profit rose in the third quarter of 2021 from the quarter a year ago.", []string{"the third quarter of 2021=2021-Q3", "the quarter a year ago=2020-Q3"}},
		{"corresponding period last year", "Sales rose 5% from the corresponding period last year.", []string{"the corresponding period last year=2021-Q2"}},
		{"passing quarter keeps the reported one", "Net rose in the third quarter. After a flat second quarter, sales grew. Charges hit the year-earlier period. In the 2022 period, costs fell from a year ago.",
			[]string{"the third quarter=2022-Q3", "second quarter=2022-Q2", "the year-earlier period=2021-Q3", "the 2022 period=2022-Q3", "a year ago=2021-Q3"}},
		{"a new report moves the quarter", "Net rose in the second quarter. Rival Acme reported third-quarter profit up from a year earlier.",
			[]string{"the second quarter=2022-Q2", "third-quarter=2022-Q3", "a year earlier=2021-Q3"}},
		{"a forecast's quarter is not the report's", "Profit fell in the second quarter. Analysts expect losses to continue into the fourth quarter and through the first quarter of 2023. In the year-ago period, it earned $5 million.",
			[]string{"the second quarter=2022-Q2", "the fourth quarter=2022-Q4", "the first quarter of 2023=2023-Q1", "the year-ago period=2021-Q2"}},
		{"nine months a year earlier", "Net rose in the third quarter. For the nine months, net was $5 million, compared with $4 million a year earlier.",
			[]string{"the third quarter=2022-Q3", "the nine months=P9M", "a year earlier=2021"}},
		{"nine months year-earlier", "Net rose in the third quarter. For the nine months, it had a loss, compared with year-earlier net income.",
			[]string{"the third quarter=2022-Q3", "the nine months=P9M", "year-earlier=2021"}},
		{"six months ended a day", "For the six months ended Aug. 12, net was $6 million, compared with $18 million a year earlier.",
			[]string{"the six months=P6M", "Aug. 12=2022-08-12", "a year earlier=2021-08-12"}},
		{"year-ago results after the quarter's end day", "It had a loss for the third quarter ended Sept. 30. The year-ago results were restated.",
			[]string{"the third quarter=2022-Q3", "Sept. 30=2022-09-30", "year-ago=2021-Q3"}},
		{"last year's quarter", "Net fell from last year's quarter.", []string{"last year's quarter=2021-Q2"}},
		{"last year's results", "Net fell from last year's results.", []string{"last year=2021"}},
		{"this weekend", "this weekend", []string{"this weekend=2022-W37-WE"}},
		{"day before yesterday", "It happened the day before yesterday.", []string{"the day before yesterday=2022-09-12"}},
		{"the day before a weekday", "The day before last Tuesday's hearing, he went home.", []string{"The day before last Tuesday=2022-09-12"}},
		{"the day after a holiday", "He left the day after Christmas.", []string{"the day after Christmas=2021-12-26"}},
		{"the day before an event", "Shares fell the day before the vote.", []string{"the day before=2022-09-13"}},
		{"a past clock time after a month names the story's old day", "The shop was robbed on 14 October 2020. A trial began in August. The men entered the shop shortly before 5 pm.",
			[]string{"14 October 2020=2020-10-14", "August=2022-08", "5 pm=2020-10-14T17:00"}},
		{"but after a recent day it is the day's news", "Shares fell in August. They were up 7% at 11 a.m.",
			[]string{"August=2022-08", "11 a.m.=2022-09-14T11:00"}},
		{"the day before a person's event the text does not date", "He was seen rehearsing the day before his death.", []string{"the day before=XXXX-XX-XX"}},
		{"the day before a person's event after a named day", "He flew home on Sept. 12 and fell ill the day before his death.", []string{"Sept. 12=2022-09-12", "the day before=2022-09-11"}},
		{"weeks ago", "It started weeks ago.", []string{"weeks ago=PAST_REF"}},
		{"recent years", "Prices rose in recent years.", []string{"recent years=PXY"}},
		{"coming months", "in the coming months", []string{"the coming months=PXM"}},
	}, dct)
}

func TestWeekday(t *testing.T) {
	runTagCases(t, []tagCase{
		// dct is a Wednesday: the Monday report's Tuesday is yesterday
		{"would after a day of report", "The minister said on Monday that the vote would be held on Tuesday.", []string{"Monday=2022-09-12", "Tuesday=2022-09-13"}},
		{"was to after a day of report", "Officials said Sunday the team was to arrive Tuesday.", []string{"Sunday=2022-09-11", "Tuesday=2022-09-13"}},
		{"will speaks from the present", "The minister said on Monday that the vote will be held on Tuesday.", []string{"Monday=2022-09-12", "Tuesday=2022-09-20"}},
		{"would with no day of report", "The minister said the vote would be held on Tuesday.", []string{"Tuesday=2022-09-20"}},
		{"past", "Xi was met on Wednesday.", []string{"Wednesday=2022-09-14"}},
		{"said monday", "the company said Monday.", []string{"Monday=2022-09-12"}},
		{"future will", "He will visit on Friday.", []string{"Friday=2022-09-16"}},
		{"future due", "He is due to arrive on Saturday.", []string{"Saturday=2022-09-17"}},
		{"plans to", "She plans to speak Tuesday.", []string{"Tuesday=2022-09-20"}},
		{"last friday", "They met last Friday.", []string{"last Friday=2022-09-09"}},
		{"next monday", "They meet next Monday.", []string{"next Monday=2022-09-19"}},
		{"night", "Fighting broke out Tuesday night.", []string{"Tuesday night=2022-09-13TNI"}},
		{"plural set", "The shop closes on Mondays.", []string{"Mondays=XXXX-WXX-1"}},
		{"ahead of", "Traders squared positions ahead of Saturday's vote.", []string{"Saturday=2022-09-17"}},
		{"until past perfect", "Until Thursday, they had not called him a suspect.", []string{"Thursday=2022-09-08"}},
		{"until future", "The offer runs until Friday.", []string{"Friday=2022-09-16"}},
		{"had been due", "The offer had been due to expire Friday evening.", []string{"Friday evening=2022-09-09TEV"}},
		{"lowercase no", "a sunday roast", nil},
		{"newspaper", "told the Sunday Times.", nil},
		{"planned to", "The minister planned to leave Nairobi on Thursday.", []string{"Thursday=2022-09-15"}},
		{"had planned to no future", "They had planned to meet on Thursday.", []string{"Thursday=2022-09-08"}},
		{"scheduled", "The police have scheduled a news conference Thursday.", []string{"Thursday=2022-09-15"}},
		{"planned a thing", "Protesters planned a large demonstration on Saturday.", []string{"Saturday=2022-09-17"}},
		{"planned, done", "The planned talks took place on Monday.", []string{"Monday=2022-09-12"}},
		{"were planning to", "Protesters marched on Friday and were planning to drive to the airport on Monday.", []string{"Friday=2022-09-09", "Monday=2022-09-19"}},
		{"bare present schedule", "Voters go to the polls on Sunday.", []string{"Sunday=2022-09-18"}},
		{"fixture", "The team plays Arsenal on Saturday.", []string{"Saturday=2022-09-17"}},
		{"likely to", "Funds were likely to buy the stock as soon as trading opened Monday.", []string{"Monday=2022-09-19"}},
		{"as soon as", "He could leave as soon as Friday, his lawyer said.", []string{"Friday=2022-09-16"}},
		{"possessive past", "Exiles will look for ways around Monday's ruling.", []string{"Monday=2022-09-12"}},
		{"possessive next stays", "before next Monday's talks", []string{"next Monday=2022-09-19"}},
		{"the previous weekday from a named day", "Stocks fell on Sept. 8. They were down from the previous Friday.", []string{"Sept. 8=2022-09-08", "the previous Friday=2022-09-02"}},
		{"the following weekday from a named day", "He arrived on Sept. 1. He left the following Monday.", []string{"Sept. 1=2022-09-01", "the following Monday=2022-09-05"}},
		{"reporting verb after a future clause", "He will leave at dawn on Thursday, Castro said.", []string{"Thursday=2022-09-15"}},
		{"a past clause before a coordinated future one", "Morita arrived in Seoul on Monday and will leave on Friday.", []string{"Monday=2022-09-12", "Friday=2022-09-16"}},
		{"a future clause before a coordinated past one", "Morita will leave on Friday, but arrived on Monday.", []string{"Friday=2022-09-16", "Monday=2022-09-12"}},
		{"reporting verb after a past clause", "He left at dawn on Thursday, officials said.", []string{"Thursday=2022-09-08"}},
		{"reporting verb alone", "On Thursday officials said he left.", []string{"Thursday=2022-09-08"}},
		{"later this afternoon", "They meet later this afternoon.", []string{"later this afternoon=2022-09-14TAF/END"}},
		{"later on a weekday is the closest", "Doctors hoped that one of them could return home later on Tuesday.", []string{"Tuesday=2022-09-13"}},
		{"earlier on a weekday is the closest", "The minister will speak again after talks earlier on Tuesday.", []string{"Tuesday=2022-09-13"}},
		{"the previous weekday without a named day", "It was down from the previous Friday.", []string{"the previous Friday=2022-09-09"}},
	}, dct)
}

func TestDuration(t *testing.T) {
	runTagCases(t, []tagCase{
		{"years", "for two years", []string{"two years=P2Y"}},
		{"hours", "after 24 hours", []string{"24 hours=PT24H"}},
		{"minutes", "a 30-minute talk", []string{"30-minute=PT30M"}},
		{"week", "in a week", []string{"a week=P1W"}},
		{"past n", "over the past three months", []string{"the past three months=P3M"}},
		{"several", "for several weeks", []string{"several weeks=PXW"}},
		{"more than", "more than a decade", []string{"more than a decade=P10Y/MORE_THAN"}},
		{"about", "about three days", []string{"about three days=P3D/APPROX"}},
		{"nine months", "in the first nine months", []string{"the first nine months=P9M"}},
		{"written", "twenty-four hours", []string{"twenty-four hours=PT24H"}},
		{"half", "two and a half years", []string{"two and a half years=P2Y6M"}},
		{"fraction", "about 5 1/2 hours", []string{"about 5 1/2 hours=PT5H30M/APPROX"}},
		{"minute and a half", "a minute and a half", []string{"a minute and a half=PT1M30S"}},
		{"second quarter not seconds", "the 1988 second quarter", []string{"the 1988 second quarter=1988-Q2"}},
		{"for years", "It has lasted for years.", []string{"years=PXY"}},
		{"a couple of", "It won't change for a couple of years.", []string{"a couple of years=P2Y/APPROX"}},
		{"next couple of", "Over the next couple of years we expect growth.", []string{"the next couple of years=P2Y/APPROX"}},
		{"n more", "They stay for at least two more weeks.", []string{"at least two more weeks=P2W/EQUAL_OR_MORE"}},
		{"hundred and", "A hundred and thirty years it has hung there.", []string{"A hundred and thirty years=P130Y"}},
		{"two hundred and", "It stood for two hundred and fifty years.", []string{"two hundred and fifty years=P250Y"}},
		{"half an hour", "Bees forage half an hour after sunrise.", []string{"half an hour=PT30M"}},
		{"a half hour", "The call lasted a half hour.", []string{"a half hour=PT30M"}},
		{"compound before later", "It left at 1:14 a.m., an hour and 22 minutes later.", []string{"1:14 a.m.=2022-09-14T01:14", "an hour and 22 minutes later=2022-09-14T01:14"}},
		{"compound before later after a day", "It left on Monday, an hour and 22 minutes later.", []string{"Monday=2022-09-12", "an hour and 22 minutes later=2022-09-12"}},
		{"compound", "The game lasted three hours and 12 minutes.", []string{"three hours and 12 minutes=PT3H12M"}},
		{"compound years months", "He served two years and six months in prison.", []string{"two years and six months=P2Y6M"}},
		{"compound days hours", "The siege lasted 2 days 5 hours.", []string{"2 days 5 hours=P2DT5H"}},
		{"no compound upward", "It took three minutes and two hours.", []string{"three minutes=PT3M", "two hours=PT2H"}},
		{"an additional", "The lease runs for an additional year.", []string{"an additional year=P1Y"}},
		{"range to", "Shipments start within two to three weeks.", []string{"two to three weeks=PXW"}},
		{"range next", "Acquisitions come during the next 12 to 18 months.", []string{"the next 12 to 18 months=PXM"}},
		{"range or", "The trial takes three or four days.", []string{"three or four days=PXD"}},
		{"or so", "Over the next two years or so, shares rise.", []string{"the next two years or so=P2Y/APPROX"}},
		{"falling range", "It was cut from 10 to 5 years.", []string{"5 years=P5Y"}},
		{"a more no", "It was a more difficult year.", nil},
		{"couple no unit", "a couple of friends", nil},
		{"several quarters of", "profitable after several quarters of losses", []string{"several quarters=PXQ"}},
		{"three quarters of", "three quarters of the vote", nil},
		{"weeks ahead", "Funds must pay investors in the weeks ahead.", []string{"the weeks ahead=PXW"}},
		{"ahead alone", "the road ahead", nil},
		{"past year", "Hate groups grew over the past year.", []string{"the past year=2021"}},
		{"past month stays a span", "the past month", []string{"the past month=P1M"}},
		{"full year", "It forecast a gain for the full year.", []string{"the full year=2022"}},
		{"full-year not", "a full-year gain", nil},
		{"in the year", "Sales fell earlier in the year.", []string{"the year=2022"}},
		{"in the year ended", "Revenue was $980 million in the year ended March 31.", []string{"the year=P1Y", "March 31=2022-03-31"}},
		{"over the years", "Over the years many more patients survived.", []string{"the years=PXY"}},
		{"through the decades", "It grew through the decades.", []string{"the decades=PXDE"}},
		{"the years of", "over the years of war", nil},
		{"one day adverb future", "Islam will one day be the second largest religion.", []string{"one day=FUTURE_REF"}},
		{"one day span", "He had only been in the job one day.", []string{"one day=P1D"}},
		{"one day after", "It happened one day after the vote.", []string{"one day=P1D"}},
		{"title not a duration", "Gonzalez said on CBS's 60 Minutes that", nil},
		{"sentence-initial number", "24 Hours passed.", []string{"24 Hours=PT24H"}},
	}, dct)
}

func TestSet(t *testing.T) {
	runTagCases(t, []tagCase{
		{"every monday", "every Monday", []string{"every Monday=XXXX-WXX-1"}},
		{"each year", "each year", []string{"each year=P1Y"}},
		{"daily", "a daily paper", []string{"daily=P1D"}},
		{"annually", "paid annually", []string{"annually=P1Y"}},
		{"a paper's name", "\"Doric backs Kovar\" — Example Daily, 22 May 2019", []string{"22 May 2019=2019-05-22"}},
		{"a magazine's name", "Publishers Weekly reported the sale.", nil},
		{"a name before", "The Daily Mail reported the sale.", nil},
		{"sentence-initial set", "Daily flights resumed.", []string{"Daily=P1D"}},
		{"rate of an amount", "$5 million a year", nil},
		{"rate of a counted noun", "up from four flights a week", nil},
		{"rate after hours", "guarded 24 hours a day", []string{"24 hours=PT24H"}},
		{"within a week stays", "talk of victory within a week", []string{"a week=P1W"}},
		{"twice a week", "twice a week", []string{"twice a week=P1W"}},
		{"roughly twice a year", "They have met roughly twice a year.", []string{"roughly twice a year=P1Y/APPROX"}},
		{"once a month", "Drills are held once a month.", []string{"once a month=P1M"}},
		{"three times a year", "The board meets three times a year.", []string{"three times a year=P1Y"}},
		{"twice daily", "She takes the tablets twice daily.", []string{"twice daily=P1D"}},
		{"once-a-week", "A once-a-week injection works.", []string{"once-a-week=P1W"}},
		{"once upon", "He was once a small farmer.", nil},
		{"every july", "each July", []string{"each July=XXXX-07"}},
	}, dct)
}

func TestTimeOfDay(t *testing.T) {
	runTagCases(t, []tagCase{
		{"past clock time after a past year has no day", "His car crossed the border in 2019 and 2020. The doctor was shot at 10 p.m. in his kitchen.",
			[]string{"2019=2019", "2020=2020", "10 p.m.=XXXX-XX-XXT22:00"}},
		{"the time of a statement is the day's", "Sales peaked in 2019. The chief executive told analysts on a call at 8:30 a.m.",
			[]string{"2019=2019", "8:30 a.m.=2022-09-14T08:30"}},
		{"past clock time after a recent month is the day's", "Sales peaked in July. Shares were up 7.5% at 11 a.m.", []string{"July=2022-07", "11 a.m.=2022-09-14T11:00"}},
		{"past clock time with no period named is the day's", "The fire broke out at 3 a.m.", []string{"3 a.m.=2022-09-14T03:00"}},
		{"future clock time after a past year is the day's", "Sales peaked in 2019. The board will meet at 3 p.m.", []string{"2019=2019", "3 p.m.=2022-09-14T15:00"}},
		{"pm", "at 3 p.m. the", []string{"3 p.m.=2022-09-14T15:00"}},
		{"colon am", "at 10:30 a.m. EST", []string{"10:30 a.m. EST=2022-09-14T10:30"}},
		{"noon day", "by noon Saturday", []string{"noon Saturday=2022-09-17T12:00"}},
		{"noon day past", "It began at noon Saturday.", []string{"noon Saturday=2022-09-10T12:00"}},
		{"clock on a day counted from a happening", "He came home on Monday. A jogger saw the car at 6 a.m. near the house ten days before the shooting.",
			[]string{"Monday=2022-09-12", "6 a.m.=XXXX-XX-XXT06:00", "ten days=P10D"}},
		{"bare clock after an approximate one", "A neighbor heard engines at about 11:45 p.m. Monday. A camera recorded a truck arriving at 11:52 p.m.",
			[]string{"about 11:45 p.m. Monday=2022-09-12T23:45/APPROX", "11:52 p.m.=2022-09-12T23:52"}},
		{"clock after a period's end day", "Acme said today that net for the quarter ended June 30 rose 14%. Shares were up at 10:15 a.m.",
			[]string{"today=2022-09-14", "the quarter=2022-Q2", "June 30=2022-06-30", "10:15 a.m.=2022-09-14T10:15"}},
		{"clock after a comparison's day", "Footfall rose on Monday but was lower than on Boxing Day 2019. Visits peaked at noon.",
			[]string{"Monday=2022-09-12", "Boxing Day 2019=2019-12-26", "noon=2022-09-12T12:00"}},
		{"that day after late Monday", "The bell was stolen late Monday. That day, police were called.",
			[]string{"late Monday=2022-09-12/END", "That day=2022-09-12"}},
		{"pm with date", "at 5 p.m. EST Nov. 9", []string{"5 p.m. EST Nov. 9=2022-11-09T17:00"}},
		{"midnight", "until midnight", []string{"midnight=2022-09-14T24:00"}},
		{"part of day before its day", "In London at mid-afternoon yesterday, shares rose.", []string{"mid-afternoon yesterday=2022-09-13TAF/MID"}},
		{"late part of day before a weekday", "Talks ended late afternoon Monday.", []string{"late afternoon Monday=2022-09-12TAF/END"}},
		{"modified part of day alone", "By mid afternoon, sources said it was over.", []string{"mid afternoon=2022-09-14TAF/MID"}},
		{"modified part of day after a day", "Talks resumed Monday. By late afternoon, no deal was reached.", []string{"Monday=2022-09-12", "late afternoon=2022-09-12TAF/END"}},
		{"evening after by", "Talks resumed Monday. By evening, no deal was reached.", []string{"Monday=2022-09-12", "evening=2022-09-12TEV"}},
		{"morning after by is not the day's", "By morning, the fire was out.", nil},
		{"part of day modifying a noun", "Managers held an early-morning session. He got an early morning call.", nil},
		{"plural part of day", "That was after early nights and sleep.", nil},
		{"bare part of day", "It was an afternoon of talks.", nil},
		{"late weekday afternoon", "Talks ended late Monday afternoon.", []string{"late Monday afternoon=2022-09-12TAF/END"}},
		{"night of a date stays a date", "He was shot on the night of Oct. 23, 2021.", []string{"Oct. 23, 2021=2021-10-23"}},
		{"part of day with no day", "It rained all afternoon.", nil},
		{"clock 24h", "at 14:30 GMT", []string{"14:30 GMT=2022-09-14T14:30"}},
		{"zone in brackets, day after on", "Polls closed at 20:00 (UTC) on Monday.", []string{"20:00 (UTC)=2022-09-12T20:00", "Monday=2022-09-12"}},
		{"zone in brackets, day attached", "Polls closed at 20:00 (GMT) Monday.", []string{"20:00 (GMT) Monday=2022-09-12T20:00"}},
		{"clock this morning after another day", "Polls closed on Monday. Results came at 02:30 this morning.", []string{"Monday=2022-09-12", "02:30 this morning=2022-09-14T02:30"}},
		{"clock this afternoon", "He flew out at 3 p.m. this afternoon.", []string{"3 p.m. this afternoon=2022-09-14T15:00"}},
		{"brackets that hold no zone", "at 20:00 (see map)", []string{"20:00=2022-09-14T20:00"}},
		{"not a time", "a 3-2 vote", nil},
		{"high noon", "For Poland, high noon comes today.", []string{"today=2022-09-14"}},
		{"high noon film", "the film High Noon.", nil},
	}, dct)
}

func TestHoliday(t *testing.T) {
	runTagCases(t, []tagCase{
		{"christmas", "before Christmas", []string{"Christmas=2022-12-25"}},
		{"christmas trading is a season", "It will release its Christmas trading figures on Jan. 12.", []string{"Jan. 12=2023-01-12"}},
		{"the following week after christmas trading", "A report is due on Friday 6 January. The group will release its Christmas trading figures the following week.",
			[]string{"Friday 6 January=2023-01-06", "the following week=2023-W02"}},
		{"christmas morning stays a day", "Presents were opened on Christmas morning.", []string{"Christmas=2021-12-25"}},
		{"a holiday before a verb in -ing stays a day", "The boy was found Thanksgiving Day clinging to a tube.", []string{"Thanksgiving Day=2021-11-25"}},
		{"cinco de mayo", "A concert is held ahead of Cinco de Mayo.", []string{"Cinco de Mayo=2023-05-05"}},
		{"hogmanay", "Crowds gathered for Hogmanay.", []string{"Hogmanay=2021-12-31"}},
		{"orthodox christmas", "Believers marked Orthodox Christmas.", []string{"Orthodox Christmas=2022-01-07"}},
		{"a long time ago", "I stopped listening a long time ago.", []string{"a long time ago=PAST_REF"}},
		{"reopen", "Shops will close and reopen Friday.", []string{"Friday=2022-09-16"}},
		{"the christmas weekend", "Shoppers stayed in over the Christmas weekend.", []string{"the Christmas weekend=2021-W51-WE"}},
		{"boxing day", "Shops will open on Boxing Day.", []string{"Boxing Day=2022-12-26"}},
		{"st patrick", "The parade was held on St. Patrick's Day.", []string{"St. Patrick's Day=2022-03-17"}},
		{"mlk day", "Offices close on Martin Luther King Day.", []string{"Martin Luther King Day=2023-01-16"}},
		{"easter monday", "He returned on Easter Monday.", []string{"Easter Monday=2022-04-18"}},
		{"weekday picks the year", "The meeting was held on Friday, Sept. 16.", []string{"Friday, Sept. 16=2022-09-16"}},
		{"weekday abbreviation picks the year", "The meeting was held on Fri., Sept. 16.", []string{"Fri., Sept. 16=2022-09-16"}},
		{"weekday against the tense's year", "The meeting was held on Thursday, Sept. 16.", []string{"Thursday, Sept. 16=2021-09-16"}},
		{"day range hyphen", "The summit runs Sept. 14-15 in Samarkand.", []string{"Sept. 14=2022-09-14", "15=2022-09-15"}},
		{"day range to", "The fair runs from Sept. 14 to 16.", []string{"Sept. 14=2022-09-14", "16=2022-09-16"}},
		{"day range before month", "Stoppages are planned for 3 and 4 January.", []string{"3=2023-01-03", "4 January=2023-01-04"}},
		{"list of days before month", "Stoppages are planned for 3, 9 and 14 January.", []string{"3=2023-01-03", "9=2023-01-09", "14 January=2023-01-14"}},
		{"no list of days out of order", "Stoppages are planned for 9, 3 and 14 January.", []string{"3=2023-01-03", "14 January=2023-01-14"}},
		{"no range in a score", "The bill passed on May 3 by a 5-4 vote.", []string{"May 3=2022-05-03"}},
		{"day of month", "The fair opens on the 20th.", []string{"the 20th=2022-09-20"}},
		{"day of month past", "The fair opened on the 20th.", []string{"the 20th=2022-08-20"}},
		{"day of named month", "Talks began in March and ended on the 20th.", []string{"March=2022-03", "the 20th=2022-03-20"}},
		{"day of month not a floor", "He lives on the 14th floor.", nil},
		{"new year's day", "on New Year's Day", []string{"New Year's Day=2023-01-01"}},
		{"easter year", "at Easter 2023", []string{"Easter 2023=2023-04-09"}},
		{"thanksgiving", "Thanksgiving 2022", []string{"Thanksgiving 2022=2022-11-24"}},
		{"easter 2024", "Easter 2024", []string{"Easter 2024=2024-03-31"}},
	}, dct)
}

func TestFuzzy(t *testing.T) {
	runTagCases(t, []tagCase{
		{"now", "He is now in Astana.", []string{"now=PRESENT_REF"}},
		{"currently", "It is currently closed.", []string{"currently=PRESENT_REF"}},
		{"recently", "He recently left.", []string{"recently=PAST_REF"}},
		{"the past", "as in the past.", []string{"the past=PAST_REF"}},
		{"the future", "in the near future", []string{"the near future=FUTURE_REF"}},
		{"from now", "from now on", nil},
		{"in the past clause", "In the past it considered seeking control.", []string{"the past=PAST_REF"}},
		{"in the past two years", "in the past two years", []string{"the past two years=P2Y"}},
		{"now as a discourse marker", "Now, he says, the edge has eroded.", nil},
		{"currently as a discourse marker", "Currently, organs are rationed.", nil},
		{"now opening a sentence", "Now officials are investigating.", []string{"Now=PRESENT_REF"}},
		{"currently within a sentence", "The group currently holds 5%, he said.", []string{"currently=PRESENT_REF"}},
		{"by now", "He should have arrived by now.", nil},
		{"until now", "held up until now by the lack of jobs", []string{"now=PRESENT_REF"}},
		{"now that", "the only outlet now that the noose has tightened", []string{"now=PRESENT_REF"}},
		{"then current", "at 50% of the then current market price", []string{"then current=PAST_REF"}},
		{"then alone", "He then left.", nil},
		{"the near term", "the challenges of the near term", []string{"the near term=FUTURE_REF"}},
		{"the short term", "to placate holders in the short term.", []string{"the short term=FUTURE_REF"}},
		{"long-term adjective", "the long-term outlook", nil},
		{"a five-year term", "a third five-year term", []string{"five-year=P5Y"}},
	}, dct)
}

func TestNoDCT(t *testing.T) {
	runTagCases(t, []tagCase{
		{"weekday", "He left on Wednesday.", []string{"Wednesday=XXXX-WXX-3"}},
		{"month", "in April", []string{"April=XXXX-04"}},
		{"absolute", "on Sept. 14, 2022", []string{"Sept. 14, 2022=2022-09-14"}},
		{"today", "today", []string{"today=XXXX-XX-XX"}},
	}, time.Time{})
}

func TestExplanation(t *testing.T) {
	xs := NewTagger().Tag("Xi was met on Wednesday.", dct)
	if len(xs) != 1 {
		t.Fatalf("Tag = %v, want one expression", xs)
	}
	x := xs[0]
	if x.Rule != "weekday" || x.Anchor != "2022-09-14" || x.AnchorKind != "dct" || x.Tense != "past" {
		t.Errorf("Tag(...Wednesday) rule %q anchor %q kind %q tense %q, want weekday 2022-09-14 dct past", x.Rule, x.Anchor, x.AnchorKind, x.Tense)
	}
	if !strings.Contains(x.Explanation, "Wed 2022-09-14") || !strings.Contains(x.Explanation, "past tense") {
		t.Errorf("Explanation = %q, want the anchor and the tense", x.Explanation)
	}
	for _, x := range NewTagger().Tag("It was announced in April and will end in five years.", dct) {
		if !strings.HasPrefix(x.Explanation, x.Text) || x.Rule == "" {
			t.Errorf("Tag(%q): Explanation %q, Rule %q; want both, the explanation naming the expression", x.Text, x.Explanation, x.Rule)
		}
	}
}

func checkInvariants(t *testing.T, text string, xs []Timex) {
	t.Helper()
	// boundaries are the offsets where decoding starts a rune (invalid
	// bytes decode one at a time), and the end of the text
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("Tag(%q): bad span [%d,%d) after %d", text, x.Start, x.End, prev)
		}
		if !boundary[x.Start] || !boundary[x.End] {
			t.Fatalf("Tag(%q): span [%d,%d) not on UTF-8 boundaries", text, x.Start, x.End)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("Tag(%q): Text %q != text[%d:%d]", text, x.Text, x.Start, x.End)
		}
		if _, err := ParseValue(x.Value.String()); err != nil {
			t.Fatalf("Tag(%q): %q has invalid value %q", text, x.Text, x.Value)
		}
		prev = x.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"Xi was met on Wednesday.", "Sept. 14, 2022", "more than two years ago", "the 1990s",
		"at 10:30 a.m. EST Nov. 9", "mid-2021", "every Monday", "Ünïcödé — “April” 2022年", "the first half of '98s", "'",
		"In April 480 BC. By August, twelve days later, at 11 p.m. and 2 a.m.", "9999 BC", "the 990s BC", "D-Day", "1861-1863"} {
		f.Add(s, int64(0))
	}
	tg := NewTagger()
	f.Fuzz(func(t *testing.T, text string, days int64) {
		d := dct.AddDate(0, 0, int(days%40000))
		if days%7 == 0 {
			d = time.Time{}
		}
		auto := tg.TagWith(text, Options{DCT: d})
		checkInvariants(t, text, auto.Timexes)
		narrative := tg.TagWith(text, Options{DCT: d, Mode: Narrative}).Timexes
		checkInvariants(t, text, narrative)
		// the automatic mode's narrative reading reuses the news pass
		// where it can; it must give what a whole narrative pass gives
		if auto.Mode == Narrative && !reflect.DeepEqual(auto.Timexes, narrative) {
			t.Errorf("TagWith(%q, auto) read as a narrative = %+v, a narrative pass gives %+v", text, auto.Timexes, narrative)
		}
	})
}

func BenchmarkTag(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"000_48c26321fd265a38.txt", "004_72fb59bc08362900.txt"} {
		data, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Skipf("seeds not found: %v", err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	seed := sb.String()
	text := strings.Repeat(seed, (1<<20)/len(seed)+1) // about 1 MB
	tg := NewTagger()
	b.SetBytes(int64(len(text)))
	cpu := cpuTime()
	for b.Loop() {
		tg.Tag(text, dct)
	}
	reportCPU(b, cpu, len(text))
}

// cpuTime is the CPU time (user and system) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds MB/s of CPU time to a benchmark: on a machine shared with
// other work the wall clock overstates the cost, the CPU time does not.
func reportCPU(b *testing.B, since time.Duration, size int) {
	if d := cpuTime() - since; d > 0 && b.N > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func TestTagConcurrent(t *testing.T) {
	tg := NewTagger()
	texts := []string{"Xi was met on Wednesday.", "On Thursday, Xi is due to fly.", "It was announced in April 2021.", "the 1990s"}
	want := make([][]Timex, len(texts))
	for i, s := range texts {
		want[i] = tg.Tag(s, dct)
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			msg := ""
			for n := 0; n < 50; n++ {
				i := (g + n) % len(texts)
				got := tg.Tag(texts[i], dct)
				if len(got) != len(want[i]) || len(got) > 0 && got[0].Value != want[i][0].Value {
					msg = "Tag(" + texts[i] + ") differs under concurrency"
				}
			}
			done <- msg
		}()
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func TestFarDates(t *testing.T) {
	runTagCases(t, []tagCase{
		{"far past, BC", "It happened 9000 years ago.", []string{"9000 years ago=BC6979"}},
		{"beyond the calendar", "It happened 19000 years ago.", nil},
		{"far future", "It ends 9000 years later.", nil},
		{"millennia", "for 3000 years", []string{"3000 years=P3000Y"}},
	}, dct)
}

// TestFrequency checks that a set with a count carries it in freq.
func TestFrequency(t *testing.T) {
	tg := NewTagger()
	for text, want := range map[string]string{"twice a week": "2X", "three times a year": "3X", "once daily": "1X"} {
		xs := tg.Tag(text, time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC))
		if len(xs) != 1 || xs[0].Type != "SET" || xs[0].Freq != want {
			t.Errorf("Tag(%q) = %+v, want one SET with freq %s", text, xs, want)
		}
	}
}
