// Package extract is the pipeline that turns the documents of a story into
// events: who did what, where and when, each citing the sentences that
// report it. Its stages, in order, are sentences, boilerplate, triggers,
// actors, dates and their anchors, places, headlines and merge; it returns
// the domain types of package timeline.
package extract
