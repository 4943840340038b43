// Package extract is the pipeline that turns the documents of a story into
// events: who did what, where and when, each citing the sentences that
// report it. It returns the domain types of package timeline.
//
// Its files are its stages, in the order a document goes through them:
//
//	sentence.go     sentences (at most MaxSentence bytes) and their words
//	linecut.go      where a line parts that glues page furniture to its lead (stamps, credits)
//	boilerplate.go  sentences that report nothing (appeals, captions, credits, lines that are not prose)
//	dateline.go     the dateline: not part of its sentence, its city the place of the day's news
//	trigger.go      the words of happening in a sentence (verbs and event nouns)
//	actor.go        people, organizations and countries, and which event each belongs to
//	date.go         which trigger each date of a sentence dates
//	tense.go        reported speech, the present perfect dated by publication, what is still to come
//	anchor.go       dates taken from an earlier event named again ("the summit")
//	offset.go       days counted from a dated happening ("two days after polls closed")
//	place.go        places and which event each belongs to
//	headline.go     a short headline for each event
//	report.go       a Report: one happening as one sentence tells it, plain data
//	happening.go    what a report is about, for merging
//	merge.go        an Index of reports by key; reports of one happening become one event
//
// extract.go drives them. Every stage costs time linear in the text it
// reads, whatever the text's shape (one huge sentence, one huge line, a
// table of numbers, thousands of tiny lines), and the drivers stop with the
// context's error when their context is done.
//
// # Use
//
// A whole story at once (the batch path):
//
//	events, err := x.ExtractContext(ctx, docs) // Extract(docs) without a context
//
// One document at a time, into a story whose events a store keeps as their
// reports (the incremental path: an add costs what the document costs, not
// what the story holds):
//
//	reports, err := x.DocumentWith(ctx, doc, storyActorsByKey) // []Report, Order = doc.ID
//	// Store each report under r.Keys(). To merge, find the stored events with
//	// a report under one of the new reports' r.Lookup() keys, then:
//	ix := NewIndex()
//	ix.Expect(lookupKeys)                             // optional: file only under those keys
//	ix.Add(eventID, event.Disagreement, eventReports) // each such event, by ID
//	changes, err := ix.Merge(ctx, reports)           // events created or joined
//	event := Build(change.Reports, change.Disagreement)
//
// Both paths are built from the same pieces and give the same dated events;
// Extract merges all of a story's dated reports before its undated ones, so
// an undated report that comes in a document before the dated report it
// tells of may stay an event of its own when documents come one at a time.
package extract
