package temporal

// Word constants: every word a rule compares a token with has an id here,
// and the lexicon holds it under that id (buildLexTable), so a comparison
// is one integer compare: m.is(i, wSince, wAfter). The constant of a word
// is w followed by the word with its first letter (after each hyphen) in
// upper case; TestWordConstants checks each name against its form.

// wordID is a word's index in the lexicon (lexWords); 0 stands for a word
// the lexicon does not hold.
type wordID uint16

const (
	_ wordID = iota
	wA
	wAbout
	wAd
	wAdded
	wAdditional
	wAdds
	wAfter
	wAfternoon
	wAgo
	wAgreed
	wAgreement
	wAhead
	wAim
	wAims
	wAll
	wAlmost
	wAm
	wAn
	wAnd
	wAnnounced
	wAnother
	wAppeared
	wAppears
	wApproximately
	wApril
	wAre
	wArmistice
	wAround
	wArrive
	wAs
	wAt
	wBack
	wBastille
	wBc
	wBce
	wBe
	wBeen
	wBefore
	wBeginning
	wBeing
	wBetween
	wBillion
	wBlack
	wBonfire
	wBoxing
	wBut
	wBy
	wCan
	wCanada
	wCe
	wCentury
	wChristmas
	wCinco
	wCirca
	wClimbed
	wClock
	wClose
	wComing
	wComparable
	wCompared
	wConfirmed
	wConvene
	wCorresponding
	wCould
	wCouple
	wCurrent
	wCyber
	wCurrently
	wD
	wDaily
	wDated
	wDates
	wDating
	wDawn
	wDay
	wDaylight
	wDays
	wDe
	wDecide
	wDecided
	wDecides
	wDeep
	wDelayed
	wDepart
	wDid
	wDidn
	wDown
	wDozen
	wDropped
	wDue
	wDuring
	wE
	wEach
	wEarlier
	wEarly
	wEaster
	wEffective
	wEighteen
	wElection
	wEnd
	wEnded
	wEnding
	wEntire
	wEve
	wEvening
	wEvery
	wExpect
	wExpected
	wExpects
	wExpires
	wExpiring
	wExtra
	wFace
	wFallen
	wFar
	wFather
	wFawkes
	wFell
	wFew
	wFinal
	wFinancial
	wFirst
	wFixed
	wFiscal
	wFly
	wFollowing
	wFool
	wFools
	wFor
	wForeseeable
	wFormerly
	wFriday
	wFrom
	wFull
	wFurther
	wFuture
	wFy
	wGather
	wGo
	wGoes
	wGoing
	wGood
	wGroundhog
	wGuy
	wH
	wHad
	wHalf
	wHas
	wHave
	wHe
	wHence
	wHer
	wHis
	wHope
	wHopes
	wHoping
	wHow
	wHundred
	wI
	wIdes
	wIn
	wIndependence
	wInitially
	wIntend
	wIntended
	wIntends
	wInto
	wIs
	wIt
	wIts
	wJumped
	wKing
	wLabor
	wLast
	wLate
	wLately
	wLater
	wLatest
	wLead
	wLeast
	wLess
	wLevel
	wLevels
	wLikely
	wLl
	wLocal
	wLong
	wLoss
	wLuther
	wM
	wMany
	wMarch
	wMargin
	wMartin
	wMay
	wMayo
	wMean
	wMeet
	wMemorial
	wMid
	wMidday
	wMiddle
	wMidnight
	wMight
	wMillion
	wMoment
	wMonday
	wMonth
	wMonths
	wMore
	wMorning
	wMost
	wMother
	wMoved
	wMust
	wNd
	wNear
	wNearly
	wNew
	wNext
	wNight
	wNightly
	wNineteen
	wNo
	wNoon
	wNot
	wNow
	wNowadays
	wNumerous
	wO
	wOf
	wOld
	wOn
	wOnce
	wOne
	wOr
	wOriginally
	wOrthodox
	wOther
	wOutset
	wOver
	wOvernight
	wP
	wPast
	wPatrick
	wPayable
	wPer
	wPercent
	wPeriod
	wPlan
	wPlanned
	wPlanning
	wPlans
	wPlay
	wPledged
	wPm
	wPostponed
	wPreceding
	wPresent
	wPresently
	wPresidents
	wPrevious
	wPromised
	wPromises
	wPushed
	wQ
	wQuarter
	wQuarters
	wRd
	wRecent
	wRecently
	wReconvene
	wRemembrance
	wRemain
	wRemains
	wReopen
	wReported
	wRescheduled
	wResume
	wRisen
	wRose
	wRoughly
	wS
	wSaid
	wSaints
	wSame
	wSay
	wSaying
	wSays
	wScheduled
	wScore
	wSecond
	wSeemed
	wSeems
	wSet
	wSeveral
	wShe
	wShort
	wShould
	wSince
	wSlated
	wSlipped
	wSo
	wSome
	wSoon
	wSt
	wStandard
	wStart
	wStarting
	wStated
	wStay
	wStays
	wSuch
	wSunday
	wSupposed
	wTerm
	wTh
	wThan
	wThanksgiving
	wThat
	wThe
	wTheir
	wThen
	wThere
	wThese
	wThey
	wThis
	wThousand
	wThreatened
	wThrice
	wThrough
	wThroughout
	wTill
	wTime
	wTimes
	wTo
	wTold
	wToday
	wTomorrow
	wTonight
	wToo
	wTravel
	wTrillion
	wTwenty
	wTwice
	wTwo
	wUnder
	wUnlikely
	wUntil
	wUp
	wUpcoming
	wV
	wValentine
	wVe
	wVeterans
	wVictory
	wVote
	wVowed
	wWant
	wWants
	wWas
	wWe
	wWeek
	wWeekend
	wWeeks
	wWell
	wWent
	wWere
	wWhen
	wWhere
	wWhich
	wWho
	wWhole
	wWhose
	wWill
	wWin
	wWith
	wWithin
	wWould
	wWrote
	wYear
	wYears
	wYesterday
	wYou
	numWordConsts

	// two marks that stand in word lists: an apostrophe and a hyphen
	wApostrophe wordID = 1<<16 - 1
	wHyphen     wordID = 1<<16 - 2
)

// wordForms are the words the constants stand for.
var wordForms = [numWordConsts]string{
	wA: "a", wAbout: "about", wAd: "ad", wAdded: "added", wAdditional: "additional", wAdds: "adds", wAfter: "after", wAfternoon: "afternoon",
	wAgo: "ago", wAgreed: "agreed", wAgreement: "agreement", wAhead: "ahead", wAim: "aim", wAims: "aims",
	wAll: "all", wAlmost: "almost", wAm: "am", wAn: "an", wAnd: "and", wAnnounced: "announced", wAnother: "another",
	wAppeared: "appeared", wAppears: "appears", wApproximately: "approximately", wApril: "april", wAre: "are",
	wArmistice: "armistice", wAround: "around", wArrive: "arrive", wAs: "as", wAt: "at", wBack: "back",
	wBastille: "bastille", wBc: "bc", wBce: "bce", wBe: "be", wBeen: "been", wBefore: "before",
	wBeginning: "beginning", wBeing: "being", wBetween: "between", wBillion: "billion", wBlack: "black", wBonfire: "bonfire",
	wBoxing: "boxing", wBut: "but", wBy: "by", wCan: "can", wCanada: "canada", wCe: "ce", wCentury: "century",
	wChristmas: "christmas", wCinco: "cinco", wCirca: "circa", wClimbed: "climbed", wClock: "clock",
	wClose: "close", wComing: "coming", wComparable: "comparable", wCompared: "compared", wConfirmed: "confirmed", wConvene: "convene",
	wCorresponding: "corresponding", wCould: "could", wCouple: "couple", wCurrent: "current", wCyber: "cyber",
	wCurrently: "currently", wD: "d", wDaily: "daily", wDated: "dated", wDates: "dates", wDating: "dating",
	wDawn: "dawn", wDay: "day", wDaylight: "daylight", wDays: "days", wDe: "de", wDecide: "decide",
	wDecided: "decided", wDecides: "decides", wDeep: "deep", wDelayed: "delayed", wDepart: "depart", wDid: "did",
	wDidn: "didn", wDown: "down", wDozen: "dozen", wDropped: "dropped", wDue: "due", wDuring: "during", wE: "e",
	wEach: "each", wEarlier: "earlier", wEarly: "early", wEaster: "easter", wEffective: "effective",
	wEighteen: "eighteen", wElection: "election", wEnd: "end", wEnded: "ended", wEnding: "ending",
	wEntire: "entire", wEve: "eve", wEvening: "evening", wEvery: "every", wExpect: "expect",
	wExpected: "expected", wExpects: "expects", wExpires: "expires", wExpiring: "expiring", wExtra: "extra",
	wFace: "face", wFallen: "fallen", wFar: "far", wFather: "father", wFawkes: "fawkes", wFell: "fell",
	wFew: "few", wFinal: "final", wFinancial: "financial", wFirst: "first", wFixed: "fixed", wFiscal: "fiscal", wFly: "fly",
	wFollowing: "following", wFool: "fool", wFools: "fools", wFor: "for", wForeseeable: "foreseeable",
	wFormerly: "formerly", wFriday: "friday", wFrom: "from", wFull: "full", wFurther: "further",
	wFuture: "future", wFy: "fy", wGather: "gather", wGo: "go", wGoes: "goes", wGoing: "going", wGood: "good",
	wGroundhog: "groundhog", wGuy: "guy", wH: "h", wHad: "had", wHalf: "half", wHas: "has", wHave: "have",
	wHe: "he", wHence: "hence", wHer: "her", wHis: "his", wHope: "hope", wHopes: "hopes", wHoping: "hoping",
	wHow: "how", wHundred: "hundred", wI: "i", wIdes: "ides", wIn: "in", wIndependence: "independence",
	wInitially: "initially", wIntend: "intend", wIntended: "intended", wIntends: "intends", wInto: "into", wIs: "is",
	wIt: "it", wIts: "its", wJumped: "jumped", wKing: "king", wLabor: "labor", wLast: "last", wLate: "late",
	wLately: "lately", wLater: "later", wLatest: "latest", wLead: "lead", wLeast: "least", wLess: "less",
	wLevel: "level", wLevels: "levels", wLikely: "likely", wLl: "ll", wLocal: "local", wLong: "long",
	wLoss: "loss", wLuther: "luther", wM: "m", wMany: "many", wMarch: "march", wMargin: "margin",
	wMartin: "martin", wMay: "may", wMayo: "mayo", wMean: "mean", wMeet: "meet", wMemorial: "memorial",
	wMid: "mid", wMidday: "midday", wMiddle: "middle", wMidnight: "midnight", wMight: "might",
	wMillion: "million", wMoment: "moment", wMonday: "monday", wMonth: "month", wMonths: "months",
	wMore: "more", wMorning: "morning", wMost: "most", wMother: "mother", wMoved: "moved", wMust: "must",
	wNd: "nd", wNear: "near", wNearly: "nearly", wNew: "new", wNext: "next", wNight: "night",
	wNightly: "nightly", wNineteen: "nineteen", wNo: "no", wNoon: "noon", wNot: "not", wNow: "now",
	wNowadays: "nowadays", wNumerous: "numerous", wO: "o", wOf: "of", wOld: "old", wOn: "on", wOnce: "once",
	wOne: "one", wOr: "or", wOriginally: "originally", wOrthodox: "orthodox", wOther: "other",
	wOutset: "outset", wOver: "over", wOvernight: "overnight", wP: "p", wPast: "past", wPatrick: "patrick",
	wPayable: "payable", wPer: "per", wPercent: "percent", wPeriod: "period", wPlan: "plan",
	wPlanned: "planned", wPlanning: "planning", wPlans: "plans", wPlay: "play", wPledged: "pledged", wPm: "pm",
	wPostponed: "postponed", wPreceding: "preceding", wPresent: "present", wPresently: "presently",
	wPresidents: "presidents", wPrevious: "previous", wPromised: "promised", wPromises: "promises", wPushed: "pushed", wQ: "q",
	wQuarter: "quarter", wQuarters: "quarters", wRd: "rd", wRecent: "recent", wRecently: "recently",
	wReconvene: "reconvene", wRemembrance: "remembrance", wRemain: "remain", wRemains: "remains", wReopen: "reopen", wReported: "reported",
	wRescheduled: "rescheduled", wResume: "resume", wRisen: "risen", wRose: "rose", wRoughly: "roughly",
	wS: "s", wSaid: "said", wSaints: "saints", wSame: "same", wSay: "say", wSaying: "saying", wSays: "says",
	wScheduled: "scheduled", wScore: "score", wSecond: "second", wSeemed: "seemed", wSeems: "seems",
	wSet: "set", wSeveral: "several", wShe: "she", wShort: "short", wShould: "should", wSince: "since",
	wSlated: "slated", wSlipped: "slipped", wSo: "so", wSome: "some", wSoon: "soon", wSt: "st",
	wStandard: "standard", wStart: "start", wStarting: "starting", wStated: "stated", wStay: "stay", wStays: "stays", wSuch: "such", wSunday: "sunday",
	wSupposed: "supposed", wTerm: "term", wTh: "th", wThan: "than", wThanksgiving: "thanksgiving",
	wThat: "that", wThe: "the", wTheir: "their", wThen: "then", wThere: "there", wThese: "these", wThey: "they",
	wThis: "this", wThousand: "thousand", wThreatened: "threatened", wThrice: "thrice", wThrough: "through",
	wThroughout: "throughout", wTill: "till", wTime: "time", wTimes: "times", wTo: "to", wTold: "told", wToday: "today",
	wTomorrow: "tomorrow", wTonight: "tonight", wToo: "too", wTravel: "travel", wTrillion: "trillion",
	wTwenty: "twenty", wTwice: "twice", wTwo: "two", wUnder: "under", wUnlikely: "unlikely", wUntil: "until",
	wUp: "up", wUpcoming: "upcoming", wV: "v", wValentine: "valentine", wVe: "ve", wVeterans: "veterans",
	wVictory: "victory", wVote: "vote", wVowed: "vowed", wWant: "want", wWants: "wants", wWas: "was", wWe: "we",
	wWeek: "week", wWeekend: "weekend", wWeeks: "weeks", wWell: "well", wWent: "went", wWere: "were", wWhen: "when",
	wWhere: "where", wWhich: "which", wWho: "who", wWhole: "whole", wWhose: "whose", wWill: "will", wWin: "win", wWith: "with", wWithin: "within", wWould: "would",
	wWrote: "wrote", wYear: "year", wYears: "years", wYesterday: "yesterday", wYou: "you",
}

// wordSet is a set of word constants, a bit each.
type wordSet [(numWordConsts + 63) / 64]uint64

func setOf(ids ...wordID) *wordSet {
	var s wordSet
	for _, id := range ids {
		s[id/64] |= 1 << (id % 64)
	}
	return &s
}

// has reports whether id is in the set.
func (s *wordSet) has(id wordID) bool {
	return id < numWordConsts && s[id/64]&(1<<(id%64)) != 0
}
