package extract

import (
	"testing"
)

// TestHeadlinePatterns covers headlines that used to read badly: verbs left
// as written or with a modal, pronoun subjects, dates inside the noun phrase,
// dangling "on the sidelines", "for state", places after "to".
func TestHeadlinePatterns(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"unnamed subject in the present", "Police arrested two men in Lyon on Tuesday.", "Police arrest two men in Lyon"},
		{"singular unnamed subject agrees", "The president gave a speech to parliament on Wednesday.", "The president gives a speech to parliament"},
		{"modal phrase dropped", "The minister is due to visit Kyiv next week.", "The minister visits Kyiv"},
		{"pronoun subject", "Ines Marvaldo arrived in Oslo on Monday. She will travel to Bergen on Wednesday.", "Ines Marvaldo travels to Bergen"},
		{"pronoun subject and a named object", "Ines Marvaldo arrived in Oslo on Monday. She also met Lars Holm on Tuesday.", "Ines Marvaldo meets Lars Holm"},
		{"aspectual verb of an event noun", "The summit opened on Thursday in Geneva.", "Summit opens in Geneva"},
		{"modal before a noun event", "Judges will deliver the verdict in September.", "Judges deliver the verdict"},
		{"lexicon verb before a noun event", "The ministers signed a trade agreement in Ottawa on Monday.", "The ministers sign a trade agreement in Ottawa"},
		{"anticipated event without its date", "The government is preparing for a referendum in March.", "Government referendum"},
		{"sidelines of what", "On Wednesday, Joe Biden and Xi Jinping will hold talks on the sidelines of the summit.", "Joe Biden and Xi Jinping hold talks on the sidelines of the summit"},
		{"purpose with its modifier", "Gabriel Boric landed in Madrid on Tuesday for a state visit.", "Gabriel Boric lands in Madrid for state visit"},
		{"passive patient without article", "A ceasefire was agreed on Sunday after weeks of fighting.", "Ceasefire agreed"},
		{"a verb outside the lexicon: no date, no full stop", "Protesters marched through the capital on Saturday.", "Protesters march through the capital"},
		{"passive with an irregular participle", "Closing arguments will be heard in July.", "Closing arguments to be heard"},
		{"two countries as the subject", "India and Russia signed a fertiliser supply agreement on Monday.", "India and Russia sign a fertiliser supply agreement"},
		{"a subject shared by coordinated verbs", "Kenji Morita arrived in Seoul on Monday and will leave on Friday.", "Kenji Morita leaves"},
		{"a pronoun subject with an adverb", "Foreign Minister Arvind Sethi left for Moscow on Tuesday. He last visited Russia in July.", "Arvind Sethi visits Russia"},
		{"a pronoun subject in the next paragraph", "Foreign Minister Arvind Sethi left for Moscow on Tuesday.\n\nShe also met Sergei Lavrov on Monday.", "Arvind Sethi meets Sergei Lavrov"},
		{"the perfect after a verb of saying", "Finance Minister Nikos Varelakis told reporters that Greece had submitted new proposals on Monday.", "Greece submits new proposals"},
		{"have with an event noun stays a light verb", "Ines Marvaldo and Lars Holm had talks in Oslo on Monday.", "Ines Marvaldo and Lars Holm have talks in Oslo"},
		{"an agency credit is no actor", "GATLINBURG, Tenn. (AP) — Firefighters have contained a wildfire, officials said Wednesday.", "Firefighters contain a wildfire"},
		{"the short name of a long organization name", "The Independent Electoral and Boundaries Commission (IEBC) has suspended the by-election in Msambweni on Monday.", "IEBC suspends the by-election in Msambweni"},
		{"the complement ends at its date", "Hospital nurses marched through central Riga on Monday evening against the pay offer.", "Hospital nurses march through central Riga"},
		{"a short organization name stays", "The Electoral Commission suspended the by-election in Msambweni on Monday.", "Electoral Commission suspends the by-election in Msambweni"},
		{"a verb shared after a plan", "The planemaker Aerovia delivered its first freighter on Oct. 30 and plans to open a maintenance center in Florida in 2026.", "Aerovia opens a maintenance center in Florida"},
		{"a copula before a participle, the clause ending after the date", "Schools in Chennai will remain closed on Monday, Collector S. Lakshmi said.", "Schools in Chennai close"},
		{"a saying reported by a saying, its pronoun the speaker", "Transport Minister Daniel Koh said on Monday that he had asked the Land Transport Authority to investigate.", "Daniel Koh asks the Land Transport Authority"},
		{"a company a lede describes, named next", "A care home operator has been fined £1.2m on Thursday after a resident died. Lakeview Care Ltd admitted breaching safety law.", "Lakeview Care Ltd fined"},
		{"the company named last, in the passive", "Lakeview Care Ltd admitted breaching safety law in April. The company was sentenced on Thursday.", "Lakeview Care Ltd sentenced"},
		{"a person a lede describes is not a company", "A care home resident was injured on Thursday. Lakeview Care Ltd admitted breaching safety law.", "A care home resident injured"},
		{"the country named last", "Qatar's energy minister said on Monday that the country will begin production in mid-2026.", "Qatar begins production"},
		{"the company named last", "Brazilian planemaker Aerovia said on Friday it expects a profit. The company posted a net profit in the third quarter.", "Aerovia posts a net profit"},
		{"the company with none named", "The company posted a net profit in the third quarter.", "The company posts a net profit"},
		{"a place as the subject, not the name after the verb", "Osaka last hosted a World Expo in 1970.", "Osaka hosts a World Expo"},
		{"a plural subject of words agrees", "Construction costs rose to 235 billion yen on Monday.", "Construction costs rise to 235 billion yen"},
		{"the teller is the name before told, not an actor after it", "In early 1997, Yeltsin told Clinton about NATO.", "Yeltsin tells Clinton about NATO"},
		{"the company named last tells", "IBM reported a loss on Monday. The company told customers about the bugs on Tuesday.", "IBM tells customers about the bugs"},
		{"nor an actor the saying is about", "In early 1997, officials told Clinton about NATO.", "Officials tell Clinton about NATO"},
		{"nor an actor of what was said", "Clark said in a telephone interview Monday that NATO was strong.", "Clark says NATO was strong"},
		{"a figure keeps its currency and decimal point", "Revenue rose 13% to $1.75 billion on Monday.", "Revenue rises 13% to $1.75 billion"},
		{"a figure at the end of the words is not cut", "Savin Corp. posted a net loss of $35.2 million on Friday.", "Savin Corp posts a net loss of $35.2 million"},
		{"a company reports its result on a day", "Savin Corp. reported a net loss of $35.2 million on Friday.", "Savin Corp reports a net loss of $35.2 million"},
		{"record before a noun qualifies it", "Toyota reported record profits on Tuesday.", "Toyota reports record profits"},
		{"a figure keeps its thousands separator", "Police found 1,300 pounds of explosives on Sunday.", "Police find 1,300 pounds of explosives"},
		{"a noun of happening after a temporal preposition is its own headline", "Police have been searching for Kopp since shortly after the Oct. 23 slaying.", "Slaying"},
		{"with the actor its possessive pronoun stands for", "Saddam Hussein has been under quarantine since his Aug. 2 power-grab.", "Saddam Hussein's power-grab"},
		{"an organization's", "NATO's mission has changed since its founding in 1949.", "NATO's founding"},
		{"a noun of happening outside the lexicon is told by its own phrase", "Now for today's geography quiz.", "Geography quiz"},
		{"not by the phrase it is in", "During the time of the broadcast on Sunday, family members were outside the home.", "Broadcast"},
		{"a first-person subject takes the bare verb", "I arrived in Mexico City on Saturday.", "I arrive in Mexico City"},
		{"a phrase before the verb is no subject, the name after it is", "In the UK Jackson scored a number one album on Sunday.", "Jackson scores a number one album in UK"},
		{"a noun phrase of counts keeps them all", "Tens of thousands of people rallied in a seaside plaza on Friday.", "Tens of thousands of people rally in a seaside plaza"},
		{"a pronoun patient keeps its passive", "In 1976 it was detected on a military base.", "It is detected"},
		{"a reduced relative is a passive of the noun before it", "Thriller, released in 1982, is the biggest-selling album of all time.", "Thriller released"},
		{"a quantifier is no preposition", "At least 20 people died of the flu on Monday.", "At least 20 people die of the flu"},
		{"a verb after an apposition is the sentence's own", "The health secretary, Ines Marvaldo, visited Bergen on Monday.", "Ines Marvaldo visits Bergen"},
		{"a verb in -ue keeps its e", "The health ministry issued a nationwide alert on Monday.", "The health ministry issues a nationwide alert"},
		{"an actor after an active verb is its object", "On Monday, the small delegation met Barack Obama in Washington.", "The small delegation meets Barack Obama in Washington"},
		{"a relative clause's head before an actor after it", "The Spanish flu pandemic, which began in 1918, was caused by an H1N1 strain.", "The Spanish flu pandemic begins"},
		{"a connective is no part of the subject", "Prices rose in May, but then officials cut rates on Monday.", "Officials cut rates"},
		{"a subject relative clause before the verb is no subject", "A bomb that killed six people exploded in Kabul on Monday.", "A bomb explodes in Kabul"},
		{"a reduced relative between the subject and a passive verb", "The bill, introduced in March, was passed on Monday.", "Bill passed"},
		{"a participle opening the sentence is a passive of the main clause's subject", "Elected in May, Kenji Morita took office on Monday.", "Kenji Morita elected"},
		{"the head of a relative clause after the verb of its own clause", "In March he ordered a review that has now been delivered to parliament on Friday.", "Review delivered to parliament"},
		{"the preposition of a date left out goes with it", "From 8.30 pm on Monday, Mark Chapman presents a look back at the World Cup.", "Mark Chapman presents a look back at the World Cup"},
		{"an initialism in capitals is no clause word", "The WHO said on Monday it was raising its pandemic alert.", "The WHO raises its pandemic alert"},
		{"an adverb between the auxiliary and the verb", "The company had already warned investors on Monday.", "The company warns investors"},
		{"an adverb in a passive's verb group", "The first aircraft was now handed over in October 2007.", "First aircraft handed over"},
		{"a relative pronoun after a long phrase stands for the noun phrase nearest before it", "FedEx has also ordered ten freighter versions of the aircraft, which first flew in April 2005.", "The aircraft flies"},
		{"a relative pronoun after a passive's agent", "The mood was darkened by the Japanese government, which cut its economic forecasts on Monday.", "Japanese government cuts its economic forecasts"},
		{"a saying carries what was said", "Airbus said on Tuesday that deliveries of its A380 superjumbo jet will be delayed by another year.", "Airbus says deliveries of its A380 superjumbo jet will be delayed by another year"},
		{"a saying without its that", "Boeing said on Monday it was confident about the program.", "Boeing says it was confident about the program"},
		{"what one told someone one says", "The chief executive, Christian Streiff, told reporters in Paris on Tuesday that the program was on track.", "Christian Streiff says the program was on track in Paris"},
		{"what was said cut before a phrase, keeping its verb", "A Pentagon spokesman said Thursday that the 38,000 U.S. troops in the Gulf will remain until Iraq complies with the agreement.", "A Pentagon spokesman says the 38,000 U.S. troops in the Gulf will remain"},
		{"an apposition between the subject and the verb", "Shares of EADS, Airbus's parent company, fell 2 percent in Paris trading on Tuesday.", "Shares of EADS fall 2 percent in Paris trading"},
		{"an apposition between the patient and a passive", "Long-term interest rates, an important indicator of stability, were cut on Tuesday.", "Long-term interest rates cut"},
		{"a passive still to come is headed with to be", "The first aircraft would now be handed over in October 2027.", "First aircraft to be handed over"},
		{"a future in the past that is past is told as done", "The album would be released in 1982.", "Album released"},
		{"to whom a passive's patient went", "The first aircraft would be handed to Singapore Airlines in October 2027.", "First aircraft to be handed to Singapore Airlines"},
		{"a passive's infinitive is no destination", "The gun was sent to ascertain its origin on Monday.", "Gun sent"},
		{"a passive coordinated after and shares the sentence's subject", "The 23-year-old man had arrived home from Mexico last Wednesday, and was isolated in a hospital ward on Saturday night.", "23-year-old man isolated"},
		{"an active verb coordinated after a copula", "The last pandemic was in 1968 and killed around a million people worldwide.", "The last pandemic kills around a million people worldwide"},
		{"an apposition of ten words", "The concerto, one of the most famous pieces of classical music, was written in 1939.", "Concerto written"},
		{"a demonym and its government act for the country", "The Indian government has designated the spill an incident of national significance.", "Indian government designates the spill an incident of national significance"},
		{"a state body's verb agrees with it", "Egyptian authorities increased the number of medical staff at Cairo airport on Monday.", "Egyptian authorities increase the number of medical staff in Cairo"},
		{"a saying that closes its sentence carries what came before", "But discussions have been renewed, a Justice official said on Thursday.", "A Justice official says discussions have been renewed"},
		{"a passive's agent acts on the words before the verb", "The new terminal was opened by Queen Elizabeth on Monday.", "Queen Elizabeth opens the new terminal"},
		{"a pronoun before a passive with an agent is its object", "Ines Marvaldo arrived in Oslo on Monday. She was joined by Lars Holm on Tuesday.", "Lars Holm joins Ines Marvaldo"},
		{"a relative clause with no comma has the noun phrase before it as subject", "The committee is assessing the risk from a swine flu outbreak that killed 12 people in Mexico on Monday.", "A swine flu outbreak kills 12 people in Mexico"},
		{"a passive in a relative clause with no comma", "Glenn said that of nine women who had been killed last year, suspects had been arrested in four cases.", "Nine women killed"},
		{"a relative clause with no comma after a date", "Police arrested a man on Friday over the bombings of two embassies that killed 224 people in August.", "The bombings of two embassies kill 224 people"},
		{"a verb after but shares the subject of a relative clause", "The latest case was a 35-year-old woman who was treated in hospital on Monday but recovered on Friday.", "A 35-year-old woman recovers"},
		{"a coordinated passive shares the subject of a reported clause", "Reports have said the bomb parts had originated abroad and were transferred by sea on Tuesday.", "Bomb parts transferred"},
		{"a phrase with no determiner before a relative may hold a verb", "The reporters spoke on Tuesday with families who know people who died of the flu on Monday.", "Died of the flu"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := extractSeed(t, x, tc.text)
			var got []string
			for _, e := range events {
				got = append(got, e.Title)
				if e.Title == tc.want {
					return
				}
			}
			t.Errorf("Extract(%q) titles = %q, want %q among them", tc.text, got, tc.want)
		})
	}
}
