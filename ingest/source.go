package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"storyline/db"
)

// Limits of what one import reads.
const (
	// MaxItems is the most articles one import takes.
	MaxItems = 10000
	// MaxZip is the most bytes the files of one zip may hold once unpacked.
	MaxZip = 512 << 20
)

// File is an uploaded or named file.
type File struct {
	Name string
	Body []byte
}

// Items turns files into the items of an import: a .zip gives the articles
// it holds, a .jsonl file one article per line, any other file one article
// (HTML or text). What cannot be read becomes a refused item that says why;
// the rest is checked when the job reaches it.
func Items(files []File) []db.JobItem {
	var items []db.JobItem
	for _, f := range files {
		items = append(items, fileItems(f, 0)...)
	}
	return items
}

func fileItems(f File, depth int) []db.JobItem {
	switch ext := strings.ToLower(path.Ext(f.Name)); {
	case ext == ".zip" && depth == 0:
		return zipItems(f)
	case ext == ".zip":
		return []db.JobItem{refused(f.Name, "A zip inside a zip is not read.")}
	case ext == ".jsonl" || ext == ".ndjson":
		return JSONLItems(f.Name, f.Body)
	}
	if len(f.Body) > MaxArticle {
		return []db.JobItem{refused(f.Name, fmt.Sprintf("The file is too large: %d MB, at most %d MB.", len(f.Body)>>20, MaxArticle>>20))}
	}
	kind := db.ItemText
	if LooksLikeHTML(f.Name, f.Body) {
		kind = db.ItemHTML
	}
	return []db.JobItem{{Name: f.Name, Kind: kind, Body: f.Body}}
}

func refused(name, why string) db.JobItem {
	return db.JobItem{Name: name, Kind: db.ItemRefusedKind, Reason: why}
}

func zipItems(f File) []db.JobItem {
	zr, err := zip.NewReader(bytes.NewReader(f.Body), int64(len(f.Body)))
	if err != nil {
		return []db.JobItem{refused(f.Name, "The zip file cannot be read: "+err.Error()+".")}
	}
	var items []db.JobItem
	var total uint64
	for _, zf := range zr.File {
		name := f.Name + "/" + zf.Name
		if zf.FileInfo().IsDir() || skippable(zf.Name) {
			continue
		}
		if zf.UncompressedSize64 > MaxArticle*4 && !strings.HasSuffix(strings.ToLower(zf.Name), ".jsonl") {
			items = append(items, refused(name, fmt.Sprintf("The file is too large: %d MB, at most %d MB.", zf.UncompressedSize64>>20, MaxArticle>>20)))
			continue
		}
		if total += zf.UncompressedSize64; total > MaxZip {
			items = append(items, refused(name, fmt.Sprintf("The zip holds more than %d MB: the rest was not read.", MaxZip>>20)))
			break
		}
		rc, err := zf.Open()
		if err != nil {
			items = append(items, refused(name, "The file cannot be read from the zip: "+err.Error()+"."))
			continue
		}
		// The declared size is not trusted: reading stops past the limit.
		b, err := io.ReadAll(io.LimitReader(rc, MaxZip+1))
		rc.Close()
		if err != nil {
			items = append(items, refused(name, "The file cannot be read from the zip: "+err.Error()+"."))
			continue
		}
		items = append(items, fileItems(File{Name: name, Body: b}, 1)...)
		if len(items) > MaxItems {
			break
		}
	}
	if len(items) == 0 {
		return []db.JobItem{refused(f.Name, "The zip file holds no article.")}
	}
	return items
}

// skippable are the files zips carry beside their content (macOS forks,
// hidden files).
func skippable(name string) bool {
	base := path.Base(name)
	return strings.HasPrefix(name, "__MACOSX/") || strings.HasPrefix(base, ".")
}

// jsonlArticle is one line of a JSONL import.
type jsonlArticle struct {
	Text      *string `json:"text"`
	HTML      *string `json:"html"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
}

// JSONLItems reads one article per line: {"text"|"html", "title",
// "outlet", "url", "published"}; a line with a URL and no text is fetched.
// Other fields (an "id") are ignored. Blank lines are skipped; a line that
// is not such an object is refused.
func JSONLItems(name string, b []byte) []db.JobItem {
	var items []db.JobItem
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), MaxArticle+1<<16)
	line := 0
	for sc.Scan() {
		line++
		l := bytes.TrimSpace(sc.Bytes())
		if len(l) == 0 {
			continue
		}
		item := jsonlItem(fmt.Sprintf("%s line %d", name, line), l)
		items = append(items, item)
		if len(items) > MaxItems {
			break
		}
	}
	if err := sc.Err(); err != nil {
		items = append(items, refused(fmt.Sprintf("%s line %d", name, line+1), "The line is too long or cannot be read: "+err.Error()+"."))
	}
	if len(items) == 0 {
		items = append(items, refused(name, "The file holds no article."))
	}
	return items
}

func jsonlItem(name string, l []byte) db.JobItem {
	if !utf8.Valid(l) {
		return refused(name, "The line is not valid UTF-8 text.")
	}
	var a jsonlArticle
	dec := json.NewDecoder(bytes.NewReader(l))
	if err := dec.Decode(&a); err != nil {
		return refused(name, "The line is not a JSON object with \"text\" or \"html\", \"title\", \"outlet\", \"url\" and \"published\": "+err.Error()+".")
	}
	it := db.JobItem{Name: name, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published}
	if a.Title != "" {
		it.Name = name + ": " + a.Title
	}
	switch {
	case a.Text != nil && a.HTML != nil:
		return refused(name, "Give either \"text\" or \"html\", not both.")
	case a.HTML != nil:
		it.Kind, it.Body = db.ItemHTML, []byte(*a.HTML)
	case a.Text != nil:
		it.Kind, it.Body = db.ItemText, []byte(*a.Text)
	case a.URL != "":
		it.Kind, it.Body = db.ItemURL, []byte(a.URL)
	default:
		return refused(name, "The line has no \"text\", \"html\" or \"url\".")
	}
	return it
}

// URLItems reads a list of web addresses, one per line (blank lines and
// lines starting with # are skipped).
func URLItems(list string) []db.JobItem {
	var items []db.JobItem
	for _, l := range strings.Split(list, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := CheckURL(l); err != nil {
			items = append(items, refused(l, "The URL must be a web address starting with http:// or https://."))
			continue
		}
		items = append(items, db.JobItem{Name: l, Kind: db.ItemURL, Body: []byte(l), URL: l})
		if len(items) > MaxItems {
			break
		}
	}
	return items
}

// input is an item as the service reads it.
func input(it db.JobItem) Input {
	return Input{Title: it.Title, Outlet: it.Outlet, URL: it.URL, Published: it.Published, Body: it.Body,
		HTML: it.Kind == db.ItemHTML, Field: "file"}
}
