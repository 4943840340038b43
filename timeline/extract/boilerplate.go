package extract

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Why a sentence is boilerplate, not news.
const (
	BoilerAppeal     = "appeal"     // donation and membership appeals
	BoilerNewsletter = "newsletter" // sign-up prompts, sharing, copyright notices
	BoilerCaption    = "caption"    // photo captions and credits
	BoilerSource     = "source"     // "Source: ...", reporting credit lines, publication stamps
	// BoilerLine is a line that is not prose: it does not end as a sentence
	// (headlines, date lines such as "December 10, 2013", map legends, fact
	// box headings, agency credits such as "(END)" or "--IANS"), or it is an
	// item of a list ("- 2011: drought kills ...", "Oct 7, 2017: Tunnel
	// floods ...").
	BoilerLine = "line"
	// BoilerFurniture is page furniture that tells its reader what it takes
	// to see the page's content: "In order to see this content you need to
	// have both Javascript enabled and Flash installed.", "Visit BBC Webwise
	// for full instructions.", "If you're reading via RSS, you'll need to
	// visit the blog to access this content."
	BoilerFurniture = "furniture"
	// BoilerCallout is the page speaking to its reader: a prompt in the
	// imperative ("Tell us your story", "Leave your comments below",
	// "Check the list here"), or a sentence that opens on the reader ("If
	// you have been to the festival, ...", "You can join the briefing by
	// phone").
	BoilerCallout = "callout"
	// BoilerQuestion is a question: it asks, it tells no happening ("What
	// does the ruling mean for tenants?", "Have you been affected?").
	BoilerQuestion = "question"
)

var (
	// wholeWireNote is a sentence that is nothing but a wire's note on
	// its update (wireNote); byline one that is nothing but its authors'
	// names: "By Jane Doe and John Roe".
	wholeWireNote = regexp.MustCompile(`^` + wireNote.String() + `$`)
	byline        = regexp.MustCompile(`^By( [A-Z][\pL.'-]*){1,4}((,| and|, and) [A-Z][\pL.'-]*( [A-Z][\pL.'-]*){0,3})*$`)
	sourceLine    = regexp.MustCompile(`(?i)^(sources?\s*:|(additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|with reporting from\b)`)
	// stampLine is a publication or update stamp: "Published 3 March 2021",
	// "Updated: 14 Sep 2022 10:15 BST", "First published on Wednesday".
	stampLine = regexp.MustCompile(`(?i)^(first\s+)?(published|updated|posted|last\s+updated|last\s+modified)(\s+on)?\s*:?\s+\S.{0,60}$`)
	// selfStamp is a page's own publication or edit stamp told as a
	// sentence: "This story was published on Tuesday, October 3, 2006 at
	// 14:20 UTC.", "This page was last edited on 10 December 2013, at
	// 12:00." News of another text names it ("The article was published
	// in Nature").
	selfStamp = regexp.MustCompile(`(?i)^this (story|article|page|report|post) (was|has been|is) (first |last )?(published|updated|posted|modified|edited)\b`)
	// printNote is an outlet's note on its print edition or its web copy:
	// "A version appeared on p6 of the Main section of the Guardian on ...",
	// "A version of this article appears in print on May 2, 2009, on Page
	// A1", "This article appeared on page 12 of ...".
	printNote = regexp.MustCompile(`(?i)^(a version (of this (article|story) )?appear(s|ed) (in print|on p(age)?\s*[a-z]?\d)|this (article|story) (appeared|appears) (in print|on p(age)?\s*[a-z]?\d))`)
	// correctionNote is an outlet's note on its own corrections: "Correction
	// — June 13, 2015: An earlier version of this article said ...", "An
	// earlier version of this story misstated ...", "This article has been
	// corrected to show ...". A correction told as news ("The ministry
	// issued a correction on Monday") opens otherwise.
	correctionNote = regexp.MustCompile(`(?i)^((correction|clarification|editor['’]?s note)s?\s*(\([^)]{0,40}\))?\s*[:—–-]|an earlier version of this (article|story|report|page|post)\b|this (article|story|report|page|post) (has been|was) (corrected|amended)\b)`)
	// roleCredit is a programme's credit: a role, a slash and a name
	// ("Presenter/Jane Roe, Producer/John Doe", "Readers/Ann Lee and Tom
	// Hart"), as listings print them; prose puts a role before a name
	// without a slash.
	roleCredit = regexp.MustCompile(`\b(Presenter|Producer|Reader|Director|Editor|Writer|Composer|Conductor|Host|Narrator|Researcher)s?\s?\\?/\s?[A-Z]`)
	// creditTail is a photo credit at the end of a caption:
	// "[Press service/Handout via Reuters]", "(AP Photo/Name)".
	creditTail = regexp.MustCompile(`(?i)(\[[^\]]*(via|handout|getty|reuters|afp|ap photo|photo|epa|credit|pool)[^\]]*\]|\((ap|afp|reuters|epa)? ?photo[^)]*\))\s*$`)
)

// captionCues mark the conventions of captions: positions of people in a
// picture and posing.
var captionCues = []string{"(l)", "(r)", "(c)", "(left)", "(right)", "(centre)", "(center)", "(front)",
	"pose for a picture", "pose for a photo", "poses for a picture", "poses for a photo", "posed for a",
	"pose for photo", "file photo"}

// captionLabels open captions and credits.
var captionLabels = []string{"photo:", "photograph:", "image:", "picture:", "file photo", "credit:", "photo credit",
	"image caption", "caption:", "photo shows", "photo |", "pictured:", "photo/"}

// factLabel is a label of a fact box: one to four words, the first
// capitalized, and a colon ("Born:", "Also known as:", "Biggest hits:").
var factLabel = regexp.MustCompile(`(?:^|\s)([A-Z][a-z]+(?: [a-z]+){0,3}):\s`)

// factBox reports the lines of a fact box run together into one sentence:
// a label at its start and another after it ("Born: August 29, 1958, Gary,
// Indiana Also known as: The King of Pop Biggest hits: ..."), no label a
// teller ("He said:").
func factBox(s string) bool {
	m := factLabel.FindAllStringSubmatchIndex(s, 4)
	if len(m) < 2 || m[0][0] != 0 {
		return false
	}
	for _, l := range m {
		for w := range strings.FieldsSeq(s[l[2]:l[3]]) {
			if info, ok := lexicon[strings.ToLower(w)]; ok && info.trig != nil && info.trig.speech {
				return false
			}
		}
	}
	return true
}

// listItem opens an item of a list or a fact box: a bullet, or a date or
// figure followed by a colon ("2017: Kenya declares ...", "Oct 7, 2017: ...").
var listItem = regexp.MustCompile(`^([-•*–—]\s|[\w .,]{0,24}\d[\w .,]{0,12}:\s)`)

// appealCues say outright that a sentence is an outlet talking about itself.
var appealCues = []string{
	"your support", "your donation", "donate", "make a donation", "support us", "support our",
	"support independent", "quality journalism", "independent journalism", "paywall", "become a member",
	"become a subscriber", "who can afford it", "is trusted by",
}

// membershipCues are the appeal cues that name a membership: followed by
// "of", they say of what, which no appeal to join the outlet does.
var membershipCues = map[string]bool{"become a member": true, "become a subscriber": true}

// noticeCues are the newsletter cues that are notices on their own, not
// words news uses too ("the newsletter editor", "will subscribe for the
// shares", "a television advertisement").
var noticeCues = []string{"privacy policy", "terms of service", "all rights reserved", "copyright ©", "© "}

// newsletterCues are prompts to sign up, share or read on.
var newsletterCues = []string{
	"newsletter", "sign up", "subscribe", "in your inbox", "email address", "privacy policy",
	"terms of service", "read more:", "click here", "follow us", "share this", "all rights reserved",
	"copyright ©", "© ", "advertisement",
}

// weakAppealCues count a little: journalism talk that news also uses.
var weakAppealCues = []string{"journalism", "journalists", "reporters", "reporting", "the story", "documentary"}

// Boilerplate classifies each sentence of text: "" for news, otherwise the
// reason it is left out (BoilerAppeal, BoilerNewsletter, BoilerCaption,
// BoilerSource). Appeals are found by cue phrases and by the outlet speaking
// in the first person plural about its journalism outside quotes; a paragraph
// in which at least half of the sentences are appeals is an appeal as a whole.
func Boilerplate(text string, sents []Sentence) []string {
	lower, _ := lowerText(text)
	return boilerplate(text, lower, sents)
}

// boilerplate is Boilerplate with the text's lowerText given ("" when
// lower case changes the length of a character).
func boilerplate(text, lower string, sents []Sentence) []string {
	reasons := make([]string, len(sents))
	found := findCues(lower, sents)
	for i, s := range sents {
		if found == nil {
			reasons[i] = boilerSentence(text[s.Span.Start:s.Span.End], "", 0, false)
		} else {
			reasons[i] = boilerSentence(text[s.Span.Start:s.Span.End], lower[s.Span.Start:s.Span.End], found[i], true)
		}
	}
	// Whole paragraphs: majority of appeals.
	for start := 0; start < len(sents); {
		end := start
		for end < len(sents) && sents[end].Paragraph == sents[start].Paragraph {
			end++
		}
		appeals := 0
		for i := start; i < end; i++ {
			if reasons[i] == BoilerAppeal {
				appeals++
			}
		}
		if appeals > 0 && 2*appeals >= end-start {
			for i := start; i < end; i++ {
				if reasons[i] == "" {
					reasons[i] = BoilerAppeal
				}
			}
		}
		start = end
	}
	creditedCaptions(text, lower, sents, reasons)
	citations(text, sents, reasons)
	listings(text, sents, reasons)
	// Readers' comments: from the first comment header to the end.
	for i := min(commentThread(text, sents), readerLetters(text, sents)); i < len(sents); i++ {
		if reasons[i] == "" {
			reasons[i] = BoilerComment
		}
	}
	return reasons
}

// cues are the cue phrases of all kinds, each with its bit in a cueSet;
// cueFirst and cueSecond hold, for each byte, the cues whose first or
// second byte it is.
var (
	cues                                              []string
	appealBits, weakBits, newsletterBits, captionBits cueSet
	noticeBits, viewerBits                            cueSet
	cueFirst, cueSecond                               [256]cueSet
)

func init() {
	add := func(list []string) cueSet {
		var set cueSet
		for _, c := range list {
			bit := cueSet(1) << len(cues)
			set |= bit
			cueFirst[c[0]] |= bit
			cueSecond[c[1]] |= bit
			cues = append(cues, c)
		}
		return set
	}
	appealBits, weakBits = add(appealCues), add(weakAppealCues)
	newsletterBits, captionBits = add(newsletterCues), add(captionCues)
	viewerBits = add(viewerCues)
	for bit, c := range cues {
		if newsletterBits&(1<<bit) != 0 && slices.Contains(noticeCues, c) {
			noticeBits |= 1 << bit
		}
	}
	if len(cues) > 64 {
		panic("boilerplate: more than 64 cues")
	}
}

// cueSet is a set of cues, one bit each (see cues).
type cueSet uint64

// lowerText is text in lower case when each character keeps its length
// in bytes, so that offsets into text are offsets into it: lower[i:j] is
// then strings.ToLower(text[i:j]). ok is false otherwise.
func lowerText(text string) (lower string, ok bool) {
	var b strings.Builder // its String is no copy
	b.Grow(len(text))
	from := 0 // text[from:i] is to be copied as it is
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(text[from:i])
				b.WriteByte(c + 'a' - 'A')
				from = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			return "", false
		}
		if l != r {
			b.WriteString(text[from:i])
			b.WriteRune(l)
			from = i + n
		}
		i += n
	}
	b.WriteString(text[from:])
	return b.String(), true
}

// findCues finds the cues of every sentence in one pass over the text in
// lower case (see lowerText): found[i] holds the cues that occur inside
// sentence i. found is nil when lower is "" (the sentences are then read
// one by one) or the sentences are out of order.
func findCues(lower string, sents []Sentence) (found []cueSet) {
	if lower == "" {
		return nil
	}
	for i := 1; i < len(sents); i++ {
		if sents[i].Span.Start < sents[i-1].Span.End {
			return nil
		}
	}
	found = make([]cueSet, len(sents))
	k := 0 // the first sentence that ends after i
	for i := 0; i+1 < len(lower); i++ {
		m := cueFirst[lower[i]] & cueSecond[lower[i+1]]
		if m == 0 {
			continue
		}
		for k < len(sents) && sents[k].Span.End <= i {
			k++
		}
		if k == len(sents) {
			break
		}
		for ; m != 0; m &= m - 1 {
			bit := bits.TrailingZeros64(uint64(m))
			c := cues[bit]
			if sents[k].Span.Start <= i && i+len(c) <= sents[k].Span.End && strings.HasPrefix(lower[i:], c) {
				found[k] |= 1 << bit
			}
		}
	}
	return found
}

// cuesIn is the set of the cues of set that occur in lower, found in one
// pass over it by their first two bytes (cueFirst, cueSecond), as findCues
// finds them in a whole text.
func cuesIn(lower string, set cueSet) cueSet {
	var found cueSet
	for i := 0; i+1 < len(lower); i++ {
		for m := cueFirst[lower[i]] & cueSecond[lower[i+1]] & set &^ found; m != 0; m &= m - 1 {
			bit := bits.TrailingZeros64(uint64(m))
			if strings.HasPrefix(lower[i:], cues[bit]) {
				found |= 1 << bit
			}
		}
	}
	return found
}

// boilerSentence classifies one sentence s. With known set, lower is s in
// lower case and found the cues that occur in it.
func boilerSentence(s, lower string, found cueSet, known bool) string {
	if !known {
		lower = strings.ToLower(s)
		for bit, c := range cues {
			if strings.Contains(lower, c) {
				found |= 1 << bit
			}
		}
	}
	switch {
	case maybeCredit(s) && (sourceLine.MatchString(s) || stampLine.MatchString(s) && !strings.Contains(s, ". ")),
		s != "" && (s[0] == 'A' || s[0] == 'T') && printNote.MatchString(s),
		s != "" && s[0] == 'T' && selfStamp.MatchString(s),
		s != "" && strings.IndexByte("0123456789PLUF", s[0]) >= 0 && maybeUpdateStamp(s) && wholeUpdate.MatchString(s),
		s != "" && (s[0] == 'A' || s[0] == 'C' || s[0] == 'T' || s[0] == 'E') && correctionNote.MatchString(s),
		s != "" && s[0] == '(' && wholeWireNote.MatchString(s),
		strings.HasPrefix(s, "By ") && byline.MatchString(s):
		return BoilerSource
	case found&captionBits != 0 || hasAnyPrefix(lower, captionLabels) ||
		strings.IndexByte(s, '/') >= 0 && roleCredit.MatchString(s) ||
		(strings.HasSuffix(s, "]") || strings.HasSuffix(s, ")")) && creditTail.MatchString(s):
		return BoilerCaption
	case !endsSentence(s) && !attribution(s) || maybeListItem(s) && listItem.MatchString(s) || fragmented(s) || !hasWordOfLetters(s) ||
		maybeListItem(s) && factBox(s):
		return BoilerLine
	}
	if found&viewerBits != 0 && viewerNotice(lower) {
		return BoilerFurniture
	}
	outside, outsideFound := s, found
	if strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "``") {
		// Taking the quotes out may join words into a cue: look again.
		outside = unquoted(s)
		outsideFound = cuesIn(strings.ToLower(outside), appealBits|weakBits)
	}
	if outsideFound&appealBits != 0 {
		outsideFound = wholeCues(strings.ToLower(outside), outsideFound)
	}
	score := 2*bits.OnesCount64(uint64(outsideFound&appealBits)) + bits.OnesCount64(uint64(outsideFound&weakBits))
	plural := firstPersonPlural(outside)
	score += min(plural, 2)
	if score >= 2 {
		return BoilerAppeal
	}
	if found&newsletterBits != 0 && (found&noticeBits != 0 || plural > 0 || addressesReader(outside) || promptFirst(lower)) ||
		followPrompt(lower) {
		return BoilerNewsletter
	}
	if question(s) {
		return BoilerQuestion
	}
	if callout(s) {
		return BoilerCallout
	}
	return ""
}

// creditLabels open the credit of a picture: "Image: Jane Doe.",
// "Photograph: Gerald Herbert/AP".
var creditLabels = []string{"image:", "photo:", "photograph:", "picture:", "credit:", "photo credit", "image source", "image credit"}

// maxCaption is the most bytes from the start of a line to a credit on it
// that creditedCaptions reads as a caption; a longer run is prose.
const maxCaption = 400

// creditedCaptions marks BoilerCaption the sentences before a picture's
// credit on its line ("The painting on display in 2019. Image: Jane
// Doe.", "Fishermen in Louisiana on Monday. Photograph: Gerald Herbert/AP"):
// they are the caption the credit closes, not the article's prose. lower is
// the text in lower case (see lowerText), "" when it cannot be.
func creditedCaptions(text, lower string, sents []Sentence, reasons []string) {
	j := 0 // the first sentence of the line of sentence i
	for i := 1; i < len(sents); i++ {
		s := sents[i]
		if sents[i-1].Paragraph != s.Paragraph {
			j = i
		}
		if reasons[i] != BoilerCaption {
			continue
		}
		if j == i {
			stampedCaption(text, sents, reasons, i)
			continue
		}
		end := min(s.Span.End, s.Span.Start+16)
		head := strings.ToLower(text[s.Span.Start:end])
		if lower != "" {
			head = lower[s.Span.Start:end]
		}
		if !hasAnyPrefix(head, creditLabels) {
			continue
		}
		if s.Span.Start-sents[j].Span.Start > maxCaption {
			continue // a paragraph of prose, not a caption
		}
		for k := j; k < i; k++ {
			if reasons[k] == "" {
				reasons[k] = BoilerCaption
			}
		}
	}
}

// stampedCaption marks BoilerCaption the line before the sentence i when i
// opens its line with a picture's credit and that line follows a page
// stamp (see lineCuts): a page's title, its stamp and the picture's caption
// come glued on one line, the credit on the next ("... Friday 1 May 2009
// 15.49 BST Crowds outside the hospital.", "Photograph: Jane Doe/AP").
func stampedCaption(text string, sents []Sentence, reasons []string, i int) {
	end := min(sents[i].Span.End, sents[i].Span.Start+16)
	if i == 0 || !hasAnyPrefix(strings.ToLower(text[sents[i].Span.Start:end]), creditLabels) {
		return
	}
	k := i - 1
	for k > 0 && sents[k-1].Paragraph == sents[i-1].Paragraph {
		k--
	}
	if k == 0 || sents[i-1].Span.End-sents[k].Span.Start > maxCaption ||
		!wholeStamp.MatchString(text[sents[k-1].Span.Start:sents[k-1].Span.End]) {
		return
	}
	for ; k < i; k++ {
		if reasons[k] == "" {
			reasons[k] = BoilerCaption
		}
	}
}

// socialNetworks are where a sharing prompt sends its reader.
var socialNetworks = []string{" on twitter", " on facebook", " on instagram", " on threads", " on bluesky"}

// followPrompt reports a sentence (in lower case) that tells its reader to
// follow someone on a social network: "Follow all the top stories of the
// day on Twitter ...". News says who posted there ("said on Twitter"), but
// does not open with the imperative.
func followPrompt(lower string) bool {
	lower = strings.TrimLeft(lower, " \t\"“'‘(")
	if !strings.HasPrefix(lower, "follow ") {
		return false
	}
	for _, n := range socialNetworks {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// wholeCues is set without the appeal cues that occur in lower only as
// the start of a longer word: "donate" is an appeal, "had donated" news;
// nor those of membership that say what of ("would become a member of
// NATO" is news; an appeal asks to join the outlet itself: "become a
// member today").
func wholeCues(lower string, set cueSet) cueSet {
	for m := set & appealBits; m != 0; m &= m - 1 {
		bit := bits.TrailingZeros64(uint64(m))
		c, whole := cues[bit], false
		for i := 0; !whole; {
			j := strings.Index(lower[i:], c)
			if j < 0 {
				break
			}
			end := i + j + len(c)
			whole = end == len(lower) || !unicode.IsLetter(rune(lower[end]))
			if whole && membershipCues[c] && strings.HasPrefix(lower[end:], " of ") {
				whole = false
			}
			i += j + 1
		}
		if !whole {
			set &^= 1 << bit
		}
	}
	return set
}

// addressesReader reports "you" or "your" among the words of s: a prompt
// speaks to its reader ("Get the briefing in your inbox").
func addressesReader(s string) bool {
	if !strings.Contains(s, "you") && !strings.Contains(s, "You") {
		return false
	}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "you", "You", "your", "Your":
			return true
		}
	}
	return false
}

// promptFirst reports a sentence (in lower case) that opens with a prompt
// cue, in the imperative: "Subscribe to ...", "Sign up ...", "Share this".
func promptFirst(lower string) bool {
	lower = strings.TrimLeft(lower, " \t\"“'‘(")
	for _, c := range newsletterCues {
		if strings.HasPrefix(lower, c) {
			return true
		}
	}
	return false
}

// maybeCredit reports whether s may be a source line or a publication
// stamp: they open with one of a few letters.
func maybeCredit(s string) bool {
	return s != "" && (s[0] >= utf8.RuneSelf || strings.IndexByte("sSaArReEwWcCfFpPuUlL", s[0]) >= 0)
}

// maybeListItem reports whether s may be an item of a list (see listItem):
// a bullet, or a colon near its start.
func maybeListItem(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexByte("-•*–—", s[0]) >= 0 || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") {
		return true
	}
	return strings.IndexByte(s[:min(len(s), 40)], ':') >= 0
}

// unquoted is s without its quotations: each “...”, "..." or Treebank
// quotation (two backquotes to two apostrophes, as the words of a sentence
// read it) that closes, scanning from the left.
func unquoted(s string) string {
	var b strings.Builder
	from := 0 // s[from:i] is kept
	for i := 0; i < len(s); i++ {
		open, closing := "", ""
		switch {
		case strings.HasPrefix(s[i:], "“"):
			open, closing = "“", "”"
		case s[i] == '"':
			open, closing = `"`, `"`
		case strings.HasPrefix(s[i:], "``"):
			open, closing = "``", "''"
		default:
			continue
		}
		if j := strings.Index(s[i+len(open):], closing); j >= 0 {
			b.WriteString(s[from:i])
			i += len(open) + j + len(closing)
			from = i
			i-- // the loop's i++
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// firstPersonPlural counts "we", "our" and "us" (not "US"). One pass over
// the bytes, letters outside ASCII decoded: it runs on every sentence.
func firstPersonPlural(s string) int {
	n := 0
	start := -1
	for i := 0; i < len(s); {
		letter, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			letter = 'a' <= c|0x20 && c|0x20 <= 'z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			n += pluralWord(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		n += pluralWord(s[start:])
	}
	return n
}

func pluralWord(w string) int {
	switch w {
	case "we", "We", "our", "Our", "us":
		return 1
	}
	return 0
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// attribution reports a line that ends with a colon after a verb of saying:
// "The New York Times said in an editorial on Monday, Oct. 26:" opens what
// it says, it is no heading ("Key dates:").
func attribution(s string) bool {
	s = strings.TrimRight(trimTypesetting(s), " ")
	if !strings.HasSuffix(s, ":") {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		switch strings.TrimRight(w, ",:") {
		case "said", "says", "told", "tells", "wrote", "writes":
			return true
		}
	}
	return false
}

// viewerCues gate viewerNotice in the one-pass cue scan: words of every
// notice, whose first two letters are rare in news (so that the scan stays
// quick).
var viewerCues = []string{"javascript", "flash", "rss", "browser", "ookies", "nstructions"}

// viewerTech are what a page needs of its reader's software to show its
// content; viewerContent say that it is the page's content at stake.
var (
	viewerTech    = []string{"javascript", "flash installed", "flash player", "adobe flash", "via rss", "rss reader", "your browser", "cookies enabled", "enable cookies"}
	viewerContent = []string{"this content", "this video", "this page", "this media", "this feature", "this clip", "the blog", "the site", "the website"}
)

// viewerNotice reports a sentence (in lower case) that is page furniture
// (BoilerFurniture): it speaks to its reader of the software needed to see
// the page's content ("you need to have both Javascript enabled", "If
// you're reading via RSS, you'll need to visit the blog"), or sends the
// reader elsewhere for instructions ("Visit BBC Webwise for full
// instructions."). News of a browser flaw names no content of the page and
// speaks to no reader nor opens with what the reader wants to do ("To play
// this content JavaScript must be turned on"); news does not open with an
// imperative "Visit".
func viewerNotice(lower string) bool {
	l := strings.TrimLeft(lower, " \t\"“'‘(")
	if (strings.HasPrefix(l, "visit ") || strings.HasPrefix(l, "see ") || strings.HasPrefix(l, "go to ")) &&
		strings.Contains(l, " for full instructions") {
		return true
	}
	if !containsAny(lower, viewerTech) || !containsAny(lower, viewerContent) {
		return false
	}
	return addressesReader(lower) || viewerPurpose.MatchString(l)
}

// viewerPurpose opens a notice with what the reader wants to do with what
// the page shows: "To play this content JavaScript must be turned on".
var viewerPurpose = regexp.MustCompile(`^(in order )?to (play|see|view|watch|hear|access) this `)

// question reports a sentence that asks: it ends with a question mark, its
// own or its quotation's, and opens as a question, with a word that asks
// or an auxiliary among its first two words ("What happens now?", "\"Who
// pays?\"", "And will the ferry run?"). A statement that ends with the
// question it reports ("The ministry said it will study the question: is
// the ferry safe?") tells of a happening.
func question(s string) bool {
	t := strings.TrimRight(trimTypesetting(s), "\"'”’)] ")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	n := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if questionOpeners[strings.ToLower(w)] {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}

// questionOpeners open a question: words that ask, and auxiliaries before
// their subject.
var questionOpeners = lexSet(`what what's who who's whom whose why how how's when where which is are was were
do does did can could will would should shall has have had may might must isn't aren't wasn't weren't don't
doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't`)

// readerVerbs are verbs with which a page prompts its reader: "Tell us",
// "Share your", "Leave your comments", "Check out".
var readerVerbs = lexSet(`tell share send email e-mail let get leave join post contact check view test watch
see read click follow visit find write call text upload add comment ask sign submit take try listen download
keep make give help`)

// readerObjects follow a verb of readerVerbs in a prompt: "Tell us",
// "Share your", "Check out", "Click here".
var readerObjects = lexSet(`you your us our out here this these the a an in up more`)

// shortWords are the English words of one or two letters.
var shortWords = lexSet(`a i o an am as at be by do go he if in is it me my no of oh ok on or so to up us we
ad ah eh ex hi id ma mr ms mt pa st vs`)

// fragmented reports a sentence of at least eight words of which half or
// more are bits of one or two letters that are no English word ("Ch ng c
// m n y tuy c c t nh kh ng cao"): text in another language whose accented
// letters were lost on the way, no prose the extractor can read.
func fragmented(s string) bool {
	words, bits := 0, 0
	start := -1 // where the word at hand starts
	for i := 0; i <= len(s); {
		space, size := true, 1 // the end of s ends a word
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				space = c == ' ' || '\t' <= c && c <= '\r'
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				space = unicode.IsSpace(r)
			}
		}
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			words++
			if w := s[start:i]; len(w) <= 2 && isASCIILetters(w) && !isShortWord(w) {
				bits++
			}
			start = -1
		}
		i += size
	}
	return words >= 8 && 2*bits >= words
}

// hasWordOfLetters reports two letters in a row somewhere in s: a line
// without ("2009 05 3 08:53", ", 26:180, 1973." left of a reference whose
// journal's name was lost) holds no word to read.
func hasWordOfLetters(s string) bool {
	prev := false
	for _, r := range s {
		l := unicode.IsLetter(r)
		if l && prev {
			return true
		}
		prev = l
	}
	return false
}

// isShortWord reports a word of one or two ASCII letters among shortWords,
// in any case: a look-up in shortWordTable, no lower-case copy or hash.
func isShortWord(w string) bool {
	return shortWordTable[shortWordIndex(w)]
}

// shortWordTable holds the words of shortWords by shortWordIndex.
var shortWordTable = func() (t [27 * 27]bool) {
	for w := range shortWords {
		if len(w) <= 2 && isASCIILetters(w) {
			t[shortWordIndex(w)] = true
		}
	}
	return t
}()

// shortWordIndex numbers a word of one or two ASCII letters, in any case,
// 1 to 26 for each letter and 0 for none after one.
func shortWordIndex(w string) int {
	i := int(w[0]|0x20-'a'+1) * 27
	if len(w) == 2 {
		i += int(w[1] | 0x20 - 'a' + 1)
	}
	return i
}

// isASCIILetters reports a word of ASCII letters only.
func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// pointerObjects follow "Click" or "Tap" in a page's prompt: "Click on the
// cards below", "Tap the picture to enlarge it".
var pointerObjects = lexSet(`on here the to through below a an this these any each`)

// callout reports a sentence in which the page speaks to its reader (see
// BoilerCallout): outside quotations, it opens on the reader ("You can
// ...", "If you ...", "Your ..."), or it opens with a verb that prompts
// ("Tell", "Share", ...) before "you", "your", "us", "our", "out", "here" or
// a determiner, and speaks to the reader ("you", "your", "us", "our" or
// "here"). News opens with its subject; the imperative of a prompt has none.
// A sentence that opens inside a quotation (opensInQuote) is what someone
// said.
func callout(s string) bool {
	if s == "" || !(s[0] == 'Y' || s[0] == 'I' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	// The words first, the quotation marks (a scan of the whole sentence)
	// only for a sentence that opens as a prompt.
	first, rest, _ := strings.Cut(s, " ")
	first = strings.TrimRight(first, ",:;")
	switch first {
	case "You", "Your", "You'll", "You're", "You've", "You’ll", "You’re", "You’ve":
		return !opensInQuote(s)
	case "If":
		w, _, _ := strings.Cut(rest, " ")
		return (w == "you" || w == "you're" || w == "you’re" || w == "you've" || w == "you’ve") && !opensInQuote(s)
	}
	// strings.ToLower(first), without an allocation when it is ASCII:
	// the string of buf does not escape, so it stays on the stack.
	var buf [24]byte
	ascii := len(first) <= len(buf)
	for i := 0; ascii && i < len(first); i++ {
		c := first[i]
		ascii = c < utf8.RuneSelf
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lower := ""
	if ascii {
		lower = string(buf[:len(first)])
	} else {
		lower = strings.ToLower(first)
	}
	if !readerVerbs[lower] || opensInQuote(s) {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	next = strings.ToLower(strings.TrimRight(next, ",.:;!"))
	if (lower == "click" || lower == "tap") && pointerObjects[next] {
		return true // "Click on the map below to see ...": only a page's reader clicks
	}
	if !readerObjects[next] {
		return false
	}
	outside := unquoted(s)
	return addressesReader(outside) || readerWord(outside)
}

// readerWord reports "us", "our" or "here" among the words of s: a prompt
// speaks to its reader ("Tell us", "Send our team", "Click here").
func readerWord(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "us", "our", "here":
			return true
		}
	}
	return false
}
