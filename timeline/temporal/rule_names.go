package temporal

// ruleID names the rule that matched (Timex.Rule), a byte in a candidate.
type ruleID uint8

const (
	_ ruleID = iota
	rAgo
	rAgoVague
	rAnniversary
	rAnaphoric
	rCentury
	rClock
	rClockSet
	rDayMonth
	rDayOfMonth
	rDayRange
	rDecade
	rDeictic
	rDuration
	rEra
	rFiscalQuarter
	rFiscalYear
	rFullYear
	rFuzzy
	rHalf
	rHalfOfYear
	rHoliday
	rHolidayWeek
	rHolidayWeekend
	rLastNextWeekday
	rLatestPeriod
	rMonthDay
	rMonthName
	rMonthRelativeYear
	rMonthYear
	rNamedDay
	rNumericDate
	rPartOfDay
	rPartOfDayOn
	rQuarter
	rQuarterOfYear
	rSeason
	rSet
	rTheYear
	rThisMonthName
	rThisNext
	rThisSeason
	rThisWeekday
	rVaguePeriod
	rWeekOf
	rWeekday
	rWeekdayPlural
	rWeekend
	rYear
	rYearEarlier
	rYearEnd
)

var ruleIDNames = [...]string{
	rAgo:               "ago",
	rAnniversary:       "anniversary",
	rAgoVague:          "ago-vague",
	rAnaphoric:         "anaphoric",
	rCentury:           "century",
	rClock:             "clock",
	rClockSet:          "clock-set",
	rDayMonth:          "day-month",
	rDayOfMonth:        "day-of-month",
	rDayRange:          "day-range",
	rDecade:            "decade",
	rDeictic:           "deictic",
	rDuration:          "duration",
	rEra:               "era",
	rFiscalQuarter:     "fiscal-quarter",
	rFiscalYear:        "fiscal-year",
	rFullYear:          "full-year",
	rFuzzy:             "fuzzy",
	rHalf:              "half",
	rHalfOfYear:        "half-of-year",
	rHoliday:           "holiday",
	rHolidayWeek:       "holiday-week",
	rHolidayWeekend:    "holiday-weekend",
	rLastNextWeekday:   "last-next-weekday",
	rLatestPeriod:      "latest-period",
	rMonthDay:          "month-day",
	rMonthName:         "month-name",
	rMonthRelativeYear: "month-relative-year",
	rMonthYear:         "month-year",
	rNamedDay:          "named-day",
	rNumericDate:       "numeric-date",
	rPartOfDay:         "part-of-day",
	rPartOfDayOn:       "part-of-day-on",
	rQuarter:           "quarter",
	rQuarterOfYear:     "quarter-of-year",
	rSeason:            "season",
	rSet:               "set",
	rTheYear:           "the-year",
	rThisMonthName:     "this-month-name",
	rThisNext:          "this-next",
	rThisSeason:        "this-season",
	rThisWeekday:       "this-weekday",
	rVaguePeriod:       "vague-period",
	rWeekOf:            "week-of",
	rWeekday:           "weekday",
	rWeekdayPlural:     "weekday-plural",
	rWeekend:           "weekend",
	rYear:              "year",
	rYearEarlier:       "year-earlier",
	rYearEnd:           "year-end",
}

func (x ruleID) String() string { return ruleIDNames[x] }
