package geo

import "strings"

// wordSet builds a set of folded words from a space-separated list.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for w := range strings.FieldsSeq(l) {
			m[Fold(w)] = true
		}
	}
	return m
}

// commonWords are capitalized at the start of a sentence or in headlines
// and are also the names of towns somewhere. A lone match on one of them
// is not a place.
var commonWords = wordSet(`
a about above according across after afterwards again against ago ahead all almost also although always
among an and another any anyone anything are around as at away back bad be because been before behind
being below best better between beyond big both but by can could day days did do does down during each
early earlier either else enough even ever every few first for former from further had has have he her
here hers herself him himself his how however i if in including inside instead into is it its itself just
last late later least less like little long made many may me meanwhile might more most much must my near
neither never new next no none nor not nothing now of off often old on once one only or other others our
out outside over own part past per perhaps please plus rather really same second several shall she should
since so some soon still such than that the their them then there these they third this those though
three through thus to today together tomorrow too toward towards two under unless until up upon us very
via was we well were what when where whether which while who whom whose why will with within without would
yes yesterday yet you your
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn fall winter christmas easter ramadan
north south east west northern southern eastern western central upper lower greater
mr mrs ms dr sir lord lady madam st mount
president presidents prime minister ministers secretary chancellor premier king queen prince princess
emperor pope bishop cardinal general gen colonel col governor gov senator sen rep representative mayor
chief judge justice officer official officials spokesman spokeswoman spokesperson ambassador envoy
deputy vice leader leaders chairman director head commander captain sheikh sultan emir ayatollah
government ministry department agency army navy police court parliament congress senate house council
party union university college school hospital church company bank group news times post press daily
national international federal state states city town village county province region district island
islands river lake sea ocean bay gulf valley mountain mountains hill hills street road avenue airport
station port bridge park square centre center hall palace castle tower building
hope faith grace joy victory liberty independence unity progress peace freedom justice truth
energy power gas oil trade market markets security defense defence health water food fire ice snow rain
home world earth globe sun moon star stars
man men woman women people person child children family friend friends
black white red green blue brown gold golden silver
good great grand fine nice royal fair free happy lucky
reading mobile bath split orange pool oil
asia-pacific summit summits talks visit visits deal deals war wars crisis election elections vote votes
says say said warns warn calls call plans plan seeks seek meets meet opens open hits hit kills kill
strike strikes attack attacks storm storms flood floods fire fires quake crash ban bans cut cuts rise rises
record records report reports update live latest breaking exclusive analysis opinion watch video photos
along bar best date goes golden hook man manage marks much normal peer pop salt say time union delta var
sale wells rugby derby batman male mine eagle sandy mercedes colon police aid buy enterprise commerce
industry opportunity paradise eden
elsewhere nationwide overseas abroad nearby throughout despite unlike besides amidst onto beneath beside
alongside opposite underneath across inside outside beyond amid following ahead
`)

// alwaysCommon are words that are never a place on their own, wherever they
// stand: function words, months, weekdays, seasons.
var alwaysCommon = wordSet(`
a about above after again against ago ahead all also an and any are as at be because been before being
below both but by can could did do does down during each either even ever every few for from had has have
he her here him his how however i if in into is it its just last many may me more most much must my never
next no nor not now of off on once one only or other our out over own same she should since so some still
such than that the their them then there these they this those though through thus to too under until up
upon us very was we were what when where whether which while who whom why will with would yet you your
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb apr jun jul aug sep sept oct nov dec
spring summer autumn winter christmas easter ramadan
centre center gulf north south east west central
`)

// firstNames are given names that are also the names of towns. A match on
// one of them followed by another capitalized word is a person.
var firstNames = wordSet(`
aaron adam adrian alan albert alex alexander alfred alice amanda amy andrew andy angela ann anna anne
anthony antonio arthur barbara ben benjamin bernard bill bob boris brian bruce carl carlos caroline
catherine charles charlie chris christian christopher claire daniel david dennis diana donald douglas
edward elizabeth emily emma eric eugene frank francis frederick gary george gordon grace harry helen
henry howard hugh ian isabel jack jacob james jane janet jean jeffrey jennifer jerome jessica jim joan
joe john jonathan joseph joshua juan julia julian justin karen kate kenneth kevin larry laura lawrence
leo leon linda lisa louis lucy luis margaret maria mark martin mary matthew michael mike nancy nicholas
nick olivia oliver patricia patrick paul peter philip rachel ralph raymond richard robert roger roman
ronald rose russell ryan sam samuel sarah scott sean simon sophia stephen steve steven susan thomas
tim timothy tom tony victor vincent walter william yuri vladimir sergei sergey dmitry ivan igor olga
kassym jomart emmanuel olaf narendra recep tayyip ebrahim shehbaz jair luiz inacio xi li wang zhang
chen liu mohammed mohamed muhammad ahmed ali hassan hussein omar abdul
`)

// titles precede a person's name: a match right after one is a person.
var titles = wordSet(`
president presidents vice prime minister secretary chancellor premier king queen prince princess emperor
pope bishop archbishop cardinal saint general gen colonel col lt lieutenant major sgt sergeant captain capt
admiral governor gov senator sen rep congressman congresswoman mayor judge justice ambassador envoy mr mrs
ms miss dr prof professor sir lord lady dame sheikh sultan emir ayatollah imam rabbi rev reverend father
brother sister uncle aunt coach chief leader counterpart spokesman spokeswoman adviser advisor analyst
director chairman chairwoman ceo founder commander officer detective agent
`)

// orgWords after a place name make it part of an organization's name
// ("Shanghai Cooperation Organization", "Texas Instruments").
var orgWords = wordSet(`
organization organisation cooperation initiative university college institute institution school
academy association society foundation company corporation corp inc ltd group bank times post herald
journal tribune news daily press club fc united city airlines airways airport party council committee
commission agency league federation union alliance fund forum agreement accord treaty pact declaration
convention museum hospital church cathedral mosque temple stadium arena center centre hotel street road
avenue boulevard square bridge station railway railroad highway express conference summit games open
cup championship ministry department office embassy consulate army navy force forces guard police
court parliament assembly congress senate house secretariat exchange stock review magazine radio
television tv broadcasting network studios records telegraph gazette observer mail chronicle globe
`)

// notPlaces are capitalized words that are never a place in news text even
// though a town carries the name, and acronyms of organizations.
var notPlaces = wordSet(`
eu un nato sco opec asean who wto imf uefa fifa cia fbi nasa ap afp reuters bbc cnn
god allah jesus christ internet web covid coronavirus
`)

// featureWords after a name make it part of a longer geographic name the
// gazetteer lacks ("Jordan River", "Kerch Strait"); tagging the first word
// alone would place it wrongly.
var featureWords = wordSet(`
river rivers mountain mountains mount valley desert peninsula island islands isle strait straits sea lake
lakes basin delta canal square bay gulf coast plain plains plateau range highlands forest falls glacier
cape reef harbor harbour channel sound creek springs heights hills hill corridor pass
`)

// adminWords after a name, in lower case, say it names an administrative
// region: "Balıkesir province".
var adminWords = wordSet(`province region state prefecture governorate oblast county district department`)

// headlineWords are small words that only a Title Case line capitalizes
// inside a sentence.
var headlineWords = wordSet(`of in with to for the a an on at from by after over as into ahead amid and or
but is are was be near against before during vs via`)

// periodAbbrevs are abbreviations written with a period that ends no
// sentence ("St. Louis", "Ft. Worth", "Gov. Newsom").
var periodAbbrevs = wordSet(`st mt ft pt gen gov sen rep dr mr mrs ms lt col capt sgt cpl adm supt det insp prof rev fr jr sr messrs`)

// institutionWords end the name of an institution, not of a place: a name
// ending in one ("White House", "Harvard University", "Leeds Police") or
// standing for one alone ("University", "Police") is no place.
var institutionWords = wordSet(`
house university college institute academy school police hospital
ministry department office embassy consulate court parliament senate congress council committee
commission agency party bank company corporation group club foundation association society museum
stadium arena authority board service services tourism airlines airways
`)

// speechVerbs report speech: a small place's name next to one is a person.
var speechVerbs = wordSet(`said says told asked added replied wrote tweeted explained argued noted insisted`)

// locatives are prepositions after which "the EU" is a place.
var locatives = wordSet(`in within across throughout outside inside into from to toward towards around beyond`)
