package extract

import "testing"

// TestHeadlineNeuterPronoun checks an opening "It" or "They" that stands
// for the plain subject of the sentence before (publication Wed
// 2022-09-14), and the cases where it stands for nothing the headline can
// name.
func TestHeadlineNeuterPronoun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"it: the previous singular subject", "The lunar lander reached orbit in August. It fired its thrusters on Monday.", "The lunar lander fires its thrusters"},
		{"it after a possessive subject", "The club's finance committee met for two days in Leeds. It cut ticket prices on Tuesday.", "The club's finance committee cuts ticket prices"},
		{"it after a subject with a which clause", "The regional water board, which runs the dams, said it had closed two reservoirs on Friday. It will reopen them on Monday.", "The regional water board reopens them"},
		{"they: the previous plural subject", "The stolen paintings were kept in a barn near Hull for years. They were sold at auction on Monday.", "Stolen paintings sold"},
		{"they: a passive after a plural subject", "The two ferries had sailed from Dover at dawn. They docked in Calais on Tuesday.", "The two ferries dock in Calais"},
		{"it after an irregular past, in a noun's clause", "The airline spent two years on the new route. It lost a cargo plane in a crash on Monday.", "The airline loses a cargo plane in a crash"},
		{"it with an adverb before its verb", "The city council met for an hour in Derby. It last raised parking fees on Monday.", "The city council raises parking fees"},
		{"it is not a plural subject", "The striking dockers walked out in May. It ended on Monday.", "It ends"},
		{"they is not a singular subject", "The lunar lander reached orbit in August. They celebrated on Monday.", "They celebrate"},
		{"it is not a person", "The young driver crashed his car in May. It was repaired on Monday.", "It is repaired"},
		{"a named subject is not plain", "Halvorsen Shipping bought the vessel in May. It sailed to Oslo on Monday.", "It sails to Oslo"},
		{"a pronoun subject is not plain", "He bought the vessel in May. It sailed to Oslo on Monday.", "It sails to Oslo"},
		{"not across a quotation", "The lunar lander “is in good health,” the agency said. It fired its thrusters on Monday.", "It fires its thrusters"},
		{"not in a new paragraph", "The lunar lander reached orbit in August.\n\nIt fired its thrusters on Monday.", "It fires its thrusters"},
		{"an expletive it", "The lunar lander reached orbit in August. It was announced on Monday that the mission would end.", "It is announced"},
	}
	runTitleAmong(t, tests)
}
