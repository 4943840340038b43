package views

import "strconv"

// ImportForm is the form that starts a bulk import on the add-a-document
// page: several files (HTML, text, zip, JSONL) or a list of URLs.
type ImportForm struct {
	StoryID int64
	URLs    string
	Errors  FieldErrors
}

// Action is where the form posts.
func (f ImportForm) Action() string {
	return "/stories/" + strconv.FormatInt(f.StoryID, 10) + "/imports"
}

// ImportItem is one article of an import as its page lists it.
type ImportItem struct {
	Position   int
	Name       string
	State      string // pending, added, duplicate, refused, cancelled
	Reason     string
	DocumentID int64
}

// ImportPage is an import's progress.
type ImportPage struct {
	Page
	ID                                                    int64
	StoryID                                               int64
	StoryTitle                                            string
	State                                                 string // queued, running, done, failed, cancelled
	Error                                                 string
	Total, Pending, Added, Duplicates, Refused, Cancelled int
	// Items are the articles that are over, in order.
	Items []ImportItem
	// CanCancel shows the cancel button.
	CanCancel bool
}

// Over reports whether the import will not change any more.
func (p ImportPage) Over() bool {
	return p.State == "done" || p.State == "failed" || p.State == "cancelled"
}

// Done is the number of articles the import is through with.
func (p ImportPage) Done() int { return p.Total - p.Pending }

// URL is the page's address.
func (p ImportPage) URL() string { return "/imports/" + strconv.FormatInt(p.ID, 10) }

// ImportForm is the import form of the page, for the page's story.
func (p NewDocument) ImportForm() ImportForm {
	f := p.Import
	if f.StoryID == 0 {
		f.StoryID = p.Form.StoryID
	}
	return f
}
