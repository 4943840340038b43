// Package extract is the pipeline that turns the documents of a story into
// events: who did what, where and when, each citing the sentences that
// report it. It returns the domain types of package timeline.
//
// Its files are its stages, in the order a document goes through them:
//
//	sentence.go     sentences and their words
//	boilerplate.go  sentences that report nothing (appeals, captions, credits)
//	trigger.go      the words of happening in a sentence (verbs and event nouns)
//	actor.go        people, organizations and countries, and which event each belongs to
//	date.go         which trigger each date of a sentence dates
//	anchor.go       dates taken from an earlier event named again ("the summit")
//	place.go        places and which event each belongs to
//	headline.go     a short headline for each event
//	happening.go    what an event is about, for merging
//	merge.go        reports of one happening in several documents become one event
//
// extract.go drives them: Extract runs every stage over a story's documents.
package extract
