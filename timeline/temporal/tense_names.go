package temporal

// xtense is the tense read from a sentence (Timex.Tense), a byte in a candidate.
type xtense uint8

const (
	tenseNone xtense = iota
	tenseFuture
	tensePast
	tensePresent
)

var xtenseNames = [...]string{
	tenseFuture:  "future",
	tensePast:    "past",
	tensePresent: "present",
}

func (x xtense) String() string { return xtenseNames[x] }
