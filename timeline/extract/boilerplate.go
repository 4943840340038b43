package extract

import (
	"regexp"
	"strings"
	"unicode"
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
)

var (
	sourceLine = regexp.MustCompile(`(?i)^(sources?\s*:|(additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|with reporting from\b)`)
	// stampLine is a publication or update stamp: "Published 3 March 2021",
	// "Updated: 14 Sep 2022 10:15 BST", "First published on Wednesday".
	stampLine = regexp.MustCompile(`(?i)^(first\s+)?(published|updated|posted|last\s+updated|last\s+modified)(\s+on)?\s*:?\s+\S.{0,60}$`)
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

// listItem opens an item of a list or a fact box: a bullet, or a date or
// figure followed by a colon ("2017: Kenya declares ...", "Oct 7, 2017: ...").
var listItem = regexp.MustCompile(`^([-•*–—]\s|[\w .,]{0,24}\d[\w .,]{0,12}:\s)`)

// appealCues say outright that a sentence is an outlet talking about itself.
var appealCues = []string{
	"your support", "your donation", "donate", "make a donation", "support us", "support our",
	"support independent", "quality journalism", "independent journalism", "paywall", "become a member",
	"become a subscriber", "who can afford it", "is trusted by",
}

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
	reasons := make([]string, len(sents))
	for i, s := range sents {
		reasons[i] = boilerSentence(text[s.Span.Start:s.Span.End])
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
	return reasons
}

func boilerSentence(s string) string {
	lower := strings.ToLower(s)
	switch {
	case sourceLine.MatchString(s), stampLine.MatchString(s) && !strings.Contains(s, ". "):
		return BoilerSource
	case containsAny(lower, captionCues) || hasAnyPrefix(lower, captionLabels) ||
		(strings.HasSuffix(s, "]") || strings.HasSuffix(s, ")")) && creditTail.MatchString(s):
		return BoilerCaption
	case !endsSentence(s) || listItem.MatchString(s):
		return BoilerLine
	}
	outside, lowerOutside := s, lower
	if strings.ContainsAny(s, "\"“") {
		outside = unquoted(s)
		lowerOutside = strings.ToLower(outside)
	}
	score := 0
	for _, c := range appealCues {
		if strings.Contains(lowerOutside, c) {
			score += 2
		}
	}
	for _, c := range weakAppealCues {
		if strings.Contains(lowerOutside, c) {
			score++
		}
	}
	score += min(firstPersonPlural(outside), 2)
	if score >= 2 {
		return BoilerAppeal
	}
	for _, c := range newsletterCues {
		if strings.Contains(lower, c) {
			return BoilerNewsletter
		}
	}
	return ""
}

// unquoted is s without its quotations: each “...” or "..." that closes,
// scanning from the left.
func unquoted(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		open, closing := "", ""
		switch {
		case strings.HasPrefix(s[i:], "“"):
			open, closing = "“", "”"
		case s[i] == '"':
			open, closing = `"`, `"`
		}
		if open != "" {
			if j := strings.Index(s[i+len(open):], closing); j >= 0 {
				i += len(open) + j + len(closing)
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// firstPersonPlural counts "we", "our" and "us" (not "US").
func firstPersonPlural(s string) int {
	n := 0
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			n += pluralWord(s[start:i])
			start = -1
		}
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
