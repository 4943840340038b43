package temporal

import (
	"strings"
	"testing"
	"time"
)

// runModeCases tags each text with an explicit mode and compares
// "span=value" (with "/MOD") lists, as runTagCases does.
func runModeCases(t *testing.T, mode Mode, d time.Time, cases []tagCase) {
	t.Helper()
	tg := NewTagger()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, x := range tg.TagWith(tc.text, Options{DCT: d, Mode: mode}).Timexes {
				s := x.Text + "=" + x.Value.String()
				if x.Mod != "" {
					s += "/" + x.Mod
				}
				got = append(got, s)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("TagWith(%q, %s) = %q, want %q", tc.text, mode, got, tc.want)
			}
		})
	}
}

var narrativeDCT = time.Date(2020, 6, 22, 0, 0, 0, 0, time.UTC)

func TestNarrative(t *testing.T) {
	runModeCases(t, Narrative, narrativeDCT, []tagCase{
		{"year-less day takes the reference year", "Paris fell on June 14, 1940. On June 10 Italy had declared war.",
			[]string{"June 14, 1940=1940-06-14", "June 10=1940-06-10"}},
		{"days later count from the last full date", "Italy declared war on June 10, 1940. The armistice came twelve days later.",
			[]string{"June 10, 1940=1940-06-10", "twelve days later=1940-06-22"}},
		{"a month just before the reference stays in its year", "The war began in September 1939. In July the talks had failed.",
			[]string{"September 1939=1939-09", "July=1939-07"}},
		{"a month long before the reference is the next one", "The war began in September 1939. In May the Germans attacked.",
			[]string{"September 1939=1939-09", "May=1940-05"}},
		{"a narrative moves forward", "Lincoln was elected in November 1860. Few expected war. The battle on July 21 ended in a rout.",
			[]string{"November 1860=1860-11", "July 21=1861-07-21"}},
		{"the following year", "The ship sank on April 15, 1912. A convention was signed the following year.",
			[]string{"April 15, 1912=1912-04-15", "the following year=1913"}},
		{"season in the reference year", "In October 1347 the galleys arrived. Through the summer the city waited.",
			[]string{"October 1347=1347-10", "the summer=1347-SU"}},
		{"today is the present in a story of the past", "He died in 1912. The stone is still there today.",
			[]string{"1912=1912", "today=PRESENT_REF"}},
		{"deictic words keep the publication date", "The fort fell in 1861. Archaeologists dug there last year.",
			[]string{"1861=1861", "last year=2019"}},
		{"since sets no reference time", "Honecker had ruled since 1971. In October 1989 he fell. He left on October 18.",
			[]string{"1971=1971", "October 1989=1989-10", "October 18=1989-10-18"}},
		{"a plan seen from the writer's present", "NATO was founded in 1949. A summit is set for Washington in April.",
			[]string{"1949=1949", "April=2021-04"}},
		{"before any explicit date, news anchoring", "On June 10 the council met.", []string{"June 10=2020-06-10"}},
		{"the present perfect speaks from the writer's day", "The plague of 1918 killed millions. The city has closed its schools until July 6.",
			[]string{"1918=1918", "July 6=2020-07-06"}},
		{"the past perfect stays in the story", "The plague came in 1918. The city had closed its schools until July 6.",
			[]string{"1918=1918", "July 6=1918-07-06"}},
		{"years later moves the story on", "The colony was founded in 1620. Two years later, a fort was built. The following year, the settlers planted corn.",
			[]string{"1620=1620", "Two years later=1622", "The following year=1623"}},
		{"a year earlier looks aside", "The fort fell in 1754. A year earlier, the French had arrived. The following year, the British came.",
			[]string{"1754=1754", "A year earlier=1753", "The following year=1755"}},
		{"the following spring", "The galleys came in October 1347. The following spring it reached Florence.",
			[]string{"October 1347=1347-10", "The following spring=1348-SP"}},
		{"the following morning", "Lincoln was shot on April 14, 1865; he died the following morning.",
			[]string{"April 14, 1865=1865-04-14", "the following morning=1865-04-15TMO"}},
		{"a day counted on moves the story", "Lee surrendered on April 9, 1865. Five days later, Lincoln was shot; he died the following morning.",
			[]string{"April 9, 1865=1865-04-09", "Five days later=1865-04-14", "the following morning=1865-04-15TMO"}},
		{"weeks counted from a day reach a day", "The Germans broke through on May 13, 1940 and reached the coast a week later.",
			[]string{"May 13, 1940=1940-05-13", "a week later=1940-05-20"}},
		{"clock times roll into the next day", "On April 14, 1912, at 11:40 p.m. a lookout saw ice. The ship sank at 2:20 a.m.",
			[]string{"April 14, 1912=1912-04-14", "11:40 p.m.=1912-04-14T23:40", "2:20 a.m.=1912-04-15T02:20"}},
		{"a bare season after all", "The Estates met in May 1789. Paris was restless all summer.",
			[]string{"May 1789=1789-05", "summer=1789-SU"}},
		{"a year range", "In the campaigns of 1861-1863 the Union lost.", []string{"1861=1861", "1863=1863"}},
		{"a count that is no range", "The vote was 1861-1200.", nil},
		{"a deictic date leaves the reference time", "The wall fell in November 1989. Fragments stand there last year. In December it was gone.",
			[]string{"November 1989=1989-11", "last year=2019", "December=1989-12"}},
		{"D-Day is a date", "Paris was freed in August 1944, ten weeks after D-Day.",
			[]string{"August 1944=1944-08", "ten weeks=P10W", "D-Day=1944-06-06"}},
		{"the Ides of March in the reference year", "He was named dictator in February 44 BC and killed on the Ides of March.",
			[]string{"February 44 BC=BC0044-02", "the Ides of March=BC0044-03-15"}},
		{"lower-case d-day is no date", "It was d-day for the budget.", nil},
	})
}

func TestEra(t *testing.T) {
	runModeCases(t, Narrative, narrativeDCT, []tagCase{
		{"BC year", "Marathon was fought in 490 BC.", []string{"490 BC=BC0490"}},
		{"BCE year", "Marathon was fought in 490 BCE.", []string{"490 BCE=BC0490"}},
		{"B.C. with periods", "Marathon was fought in 490 B.C. and won.", []string{"490 B.C.=BC0490"}},
		{"month BC", "It fell in April 480 BC.", []string{"April 480 BC=BC0480-04"}},
		{"full date BC", "On January 10, 49 BC, Caesar crossed.", []string{"January 10, 49 BC=BC0049-01-10"}},
		{"season BC", "In the spring of 480 BC the army crossed.", []string{"the spring of 480 BC=BC0480-SP"}},
		{"thousands comma BC", "It was finished around 2,560 BC.", []string{"around 2,560 BC=BC2560/APPROX"}},
		{"century BC", "Herodotus wrote in the fifth century BC.", []string{"the fifth century BC=BC04"}},
		{"decade BC", "The republic began to fail in the 130s BC.", []string{"the 130s BC=BC013"}},
		{"AD year", "Vesuvius erupted in AD 79.", []string{"AD 79=0079"}},
		{"a year-less month after a BC date", "Xerxes crossed in 480 BC. By August he stood at the pass.",
			[]string{"480 BC=BC0480", "August=BC0480-08"}},
		{"a month later across BC", "Caesar was named dictator in February 44 BC. A month later he was dead.",
			[]string{"February 44 BC=BC0044-02", "A month later=BC0044-03"}},
		{"no era, no BC", "He scored 480 points.", nil},
		{"BC in another word", "The BCE group met.", nil},
	})
}

func TestNewsErrors(t *testing.T) {
	runTagCases(t, []tagCase{
		{"the next decade is a span", "The plan covers the next decade.", []string{"the next decade=P10Y"}},
		{"the past century is a span", "It was the worst crash of the past century.", []string{"the past century=P100Y"}},
		{"in the last decade is the decade", "Wages fell in the last decade.", []string{"the last decade=201"}},
		{"eight years is a duration", "He served eight years in prison.", []string{"eight years=P8Y"}},
		{"agreed on a weekday is past", "The ministers on Thursday agreed to cut tariffs.", []string{"Thursday=2022-09-08"}},
		{"a plan for a weekday is ahead", "The ministers agreed to meet on Thursday.", []string{"Thursday=2022-09-15"}},
		{"at the time after a reporting verb", "He said at the time he was willing to go.", []string{"the time=PAST_REF"}},
		{"at the time ending a clause", "The firm was private at the time.", []string{"the time=PAST_REF"}},
		{"at the time of an event is no time", "He was at home at the time of the attack.", nil},
		{"at the time a clause follows", "At the time Howes was captured, the war raged.", nil},
		{"now is the present", "Prices are higher now.", []string{"now=PRESENT_REF"}},
		{"minutes after within", "The fire was put out within minutes.", []string{"minutes=PTXM"}},
		{"hours after for", "Rescuers dug for hours.", []string{"hours=PTXH"}},
		{"minutes as a noun", "The minutes of the meeting were read.", nil},
		{"a range with between", "The project will take between 12 and 18 months.", []string{"12 and 18 months=PXM"}},
		{"between two counts that are no range", "The vote was between 12 and 18 members.", nil},
		{"the day before an event", "Shares fell the day before the vote.", []string{"the day before=2022-09-13"}},
		{"the day before in apposition", "Shares fell on Sept. 12, the day before the vote.", []string{"Sept. 12=2022-09-12"}},
		{"the day before ending a clause", "He had arrived on Sept. 12 and left the day before.", []string{"Sept. 12=2022-09-12", "the day before=2022-09-11"}},
		{"the Nth day of an event", "On the 99th day of the strike, talks resumed.", []string{"the 99th day=XXXX-XX-XX"}},
		{"today is the Nth day", "Today is the eighth day of the siege.", []string{"Today=2022-09-14", "the eighth day=2022-09-14"}},
		{"a month in the year just told", "In 2021 sales rose, and in March the company cut jobs.", []string{"2021=2021", "March=2021-03"}},
		{"a month after last year's total is this year's", "The city recorded 18 homicides in 2021. Two people were killed in January.",
			[]string{"2021=2021", "January=2022-01"}},
		{"a month after a full date of last year", "The plant closed on Dec. 3, 2021. Workers protested in May.",
			[]string{"Dec. 3, 2021=2021-12-03", "May=2022-05"}},
		{"a day after a full month of last year told", "The plant closed in Aug. 2021. Workers protested on Sept. 6.",
			[]string{"Aug. 2021=2021-08", "Sept. 6=2021-09-06"}},
		{"a day after a comparison's base of last year", "Attendance was 900, down from 1,400 at the fair in Aug. 2021. The mayor opened it on Sept. 6.",
			[]string{"Aug. 2021=2021-08", "Sept. 6=2022-09-06"}},
		{"a day after a base with than", "More boats came than at the regatta in July 2021. The race started on Sept. 6.",
			[]string{"July 2021=2021-07", "Sept. 6=2022-09-06"}},
		{"a day after a since", "Rents have doubled since Aug. 2021. Tenants marched on Sept. 6.",
			[]string{"Aug. 2021=2021-08", "Sept. 6=2022-09-06"}},
		{"a month in last year's sentence", "Last year, floods in June cut the harvest by half.",
			[]string{"Last year=2021", "June=2021-06"}},
		{"a month after last year's sentence", "The harvest was poor last year. Farmers protested in June.",
			[]string{"last year=2021", "June=2022-06"}},
		{"a month after a base of last year", "Exports were up 4 percent compared with last year, and in June the firm hired 40 people.",
			[]string{"last year=2021", "June=2022-06"}},
	}, dct)
}

func TestClassify(t *testing.T) {
	tg := NewTagger()
	for _, tc := range []struct {
		name, text string
		want       Mode
	}{
		{"news with weekdays", "The minister met his counterpart on Tuesday and will fly home on Friday. The talks in 2021 failed.", News},
		{"history far from the DCT", "Fort Sumter fell on April 13, 1861. Lincoln called for troops. Bull Run was fought on July 21, 1861, and Lee surrendered in April 1865.", Narrative},
		{"no dates at all", "The committee has not decided anything.", Narrative},
		{"recent years are news", "Sales rose in 2021 and in 2022, the company said on Monday.", News},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tg.TagWith(tc.text, Options{DCT: dct})
			if got.Mode != tc.want || got.Why == "" {
				t.Errorf("TagWith(%q).Mode = %s (%s), want %s", tc.text, got.Mode, got.Why, tc.want)
			}
		})
	}
}

func TestModeExplanation(t *testing.T) {
	tg := NewTagger()
	xs := tg.TagWith("Paris fell on June 14, 1940. Italy had entered the war on June 10.", Options{DCT: narrativeDCT, Mode: Narrative}).Timexes
	if len(xs) != 2 || xs[1].AnchorKind != "reference" || !strings.Contains(xs[1].Explanation, "reference time 1940-06-14") {
		t.Fatalf("TagWith = %+v, want June 10 anchored to the reference time 1940-06-14", xs)
	}
	news := tg.TagWith("On June 10 the council met.", Options{DCT: narrativeDCT, Mode: News}).Timexes
	if len(news) != 1 || news[0].AnchorKind != "dct" || !strings.Contains(news[0].Explanation, "publication date") {
		t.Fatalf("TagWith news = %+v, want an anchor on the publication date", news)
	}
}

func TestParseMode(t *testing.T) {
	for in, want := range map[string]Mode{"": Auto, "auto": Auto, "news": News, "narrative": Narrative} {
		if got, err := ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %q, %v, want %q", in, got, err, want)
		}
	}
	if _, err := ParseMode("history"); err == nil {
		t.Error("ParseMode(history) = nil error, want an error")
	}
}
