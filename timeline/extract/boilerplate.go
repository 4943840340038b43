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
)

var (
	sourceLine = regexp.MustCompile(`(?i)^(sources?\s*:|(additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|with reporting from\b)`)
	// stampLine is a publication or update stamp: "Published 3 March 2021",
	// "Updated: 14 Sep 2022 10:15 BST", "First published on Wednesday".
	stampLine = regexp.MustCompile(`(?i)^(first\s+)?(published|updated|posted|last\s+updated|last\s+modified)(\s+on)?\s*:?\s+\S.{0,60}$`)
	// creditTail is a photo credit at the end of a caption:
	// "[Press service/Handout via Reuters]", "(AP Photo/Name)".
	creditTail = regexp.MustCompile(`(?i)(\[[^\]]*(via|handout|getty|reuters|afp|ap photo|photo|epa|credit|pool)[^\]]*\]|\((ap|afp|reuters|epa)? ?photo[^)]*\))\s*$`)
	quoted     = regexp.MustCompile(`“[^”]*”|"[^"]*"`)
)

// captionCues mark the conventions of captions: positions of people in a
// picture and posing.
var captionCues = []string{"(l)", "(r)", "(c)", "(left)", "(right)", "(centre)", "(center)", "(front)",
	"pose for a picture", "pose for a photo", "poses for a picture", "poses for a photo", "posed for a",
	"pose for photo", "file photo"}

// captionLabels open captions and credits.
var captionLabels = []string{"photo:", "photograph:", "image:", "picture:", "file photo", "credit:", "photo credit"}

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
	}
	outside := quoted.ReplaceAllString(s, "")
	lowerOutside := strings.ToLower(outside)
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

// firstPersonPlural counts "we", "our" and "us" (not "US").
func firstPersonPlural(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "we", "We", "our", "Our", "us":
			n++
		}
	}
	return n
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
