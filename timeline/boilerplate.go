package timeline

import (
	"regexp"
	"strings"
)

// Why a sentence is boilerplate, not news.
const (
	BoilerAppeal     = "appeal"     // donation and membership appeals
	BoilerNewsletter = "newsletter" // sign-up prompts, sharing, copyright notices
	BoilerCaption    = "caption"    // photo captions and credits
	BoilerSource     = "source"     // "Source: ..." and reporting credit lines
)

var (
	sourceLine = regexp.MustCompile(`(?i)^(sources?\s*:|(additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|with reporting from\b)`)
	// creditTail is a photo credit at the end of a caption:
	// "[Press service/Handout via Reuters]", "(AP Photo/Name)".
	creditTail = regexp.MustCompile(`(?i)(\[[^\]]*(via|handout|getty|reuters|afp|ap photo|photo|epa|credit|pool)[^\]]*\]|\((ap|afp|reuters|epa)? ?photo[^)]*\))\s*$`)
	// captionCue marks the conventions of captions: positions of people in a
	// picture, posing, and "Photo:" labels.
	captionCue = regexp.MustCompile(`(?i)(\((l|r|c|left|right|centre|center|front|back)\)|\bpose[sd]? for (a )?(picture|photo|photograph)|^(photo|photograph|image|picture|file photo|credit)\s*:|\bfile photo\b)`)
	quoted     = regexp.MustCompile(`“[^”]*”|"[^"]*"`)
	firstPlur  = regexp.MustCompile(`\b([Ww]e|[Oo]ur|us)\b`)
)

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
	case sourceLine.MatchString(s):
		return BoilerSource
	case captionCue.MatchString(s) || creditTail.MatchString(s):
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
	score += min(len(firstPlur.FindAllString(outside, -1)), 2)
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
