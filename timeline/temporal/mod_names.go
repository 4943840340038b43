package temporal

// xmod is a TIMEX3 mod (Timex.Mod), a byte in a candidate.
type xmod uint8

const (
	modNone xmod = iota
	modAfter
	modApprox
	modBefore
	modEnd
	modEqualOrLess
	modEqualOrMore
	modLessThan
	modMid
	modMoreThan
	modOnOrAfter
	modOnOrBefore
	modStart
)

var xmodNames = [...]string{
	modAfter:       "AFTER",
	modApprox:      "APPROX",
	modBefore:      "BEFORE",
	modEnd:         "END",
	modEqualOrLess: "EQUAL_OR_LESS",
	modEqualOrMore: "EQUAL_OR_MORE",
	modLessThan:    "LESS_THAN",
	modMid:         "MID",
	modMoreThan:    "MORE_THAN",
	modOnOrAfter:   "ON_OR_AFTER",
	modOnOrBefore:  "ON_OR_BEFORE",
	modStart:       "START",
}

func (x xmod) String() string { return xmodNames[x] }
