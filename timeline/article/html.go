package article

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"storyline/timeline"
)

// maxDepth bounds the walk of the element tree; deeper content is ignored.
const maxDepth = 512

// dropped elements hold no article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Svg: true,
	atom.Math: true, atom.Figure: true, atom.Figcaption: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Head: true, atom.Title: true, atom.Dialog: true, atom.Menu: true,
}

// blocks end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Hr: true,
	atom.Address: true, atom.Body: true, atom.Center: true, atom.Details: true, atom.Summary: true,
}

// FromHTML reads an HTML page. The text comes from the page's <article> (the
// longest, when there are several), else <main>, else <body>, leaving out
// scripts, styles, navigation, headers, footers, asides, forms, figures and
// hidden elements; blocks become paragraphs separated by "\n\n", entities are
// decoded and whitespace collapsed. The title comes from og:title, <h1> or
// <title>, the URL from the canonical link or og:url (http and https only),
// the outlet from og:site_name, and the publication date from metadata,
// JSON-LD, <time datetime> or the text's dateline, in that order.
func FromHTML(b []byte) (Article, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return Article{}, timeline.Errorf(timeline.EInvalid, "the file is empty")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return Article{}, timeline.Errorf(timeline.EInvalid, "the file is binary data, not HTML (it contains NUL bytes)")
	}
	b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return Article{}, timeline.Errorf(timeline.EInvalid, "the file is not readable HTML (%v)", err)
	}
	var p page
	p.scan(doc, 0)
	root := p.longestArticle()
	if root == nil {
		root = p.main
	}
	if root == nil {
		root = p.body
	}
	if root == nil {
		root = doc
	}
	var w textWriter
	w.walk(root, 0)
	a := Article{Text: w.String()}
	if a.Text == "" {
		return Article{}, timeline.Errorf(timeline.EInvalid, "the page has no article text")
	}
	a.Title = firstNonEmpty(p.meta["og:title"], p.meta["twitter:title"], p.h1, p.title)
	a.URL = firstNonEmpty(webURL(p.canonical), webURL(p.meta["og:url"]))
	a.Outlet = firstNonEmpty(p.meta["og:site_name"], p.meta["application-name"], p.ldPublisher)
	a.Published, a.PublishedSource = p.published()
	if a.Published.IsZero() {
		a.Published, a.PublishedSource = fromTextLines(a.Text)
	}
	return a, nil
}

// page collects what one pass over the tree finds.
type page struct {
	meta        map[string]string // first content per lowercased property/name/itemprop
	canonical   string
	title, h1   string
	times       []string // datetime of <time> elements, those marked as publication first
	ldDates     []string
	ldPublisher string
	articles    []*html.Node
	main, body  *html.Node
}

// metaDateKeys are the metadata names that carry a publication date, best first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate",
	"publish-date", "publication_date", "og:published_time", "article.published",
}

func (p *page) scan(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if content := strings.TrimSpace(attr(n, "content")); key != "" && content != "" {
				if p.meta == nil {
					p.meta = map[string]string{}
				}
				if _, ok := p.meta[key]; !ok {
					p.meta[key] = content
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
				p.canonical = attr(n, "href")
			}
		case atom.Title:
			if p.title == "" {
				p.title = collapse(textOf(n))
			}
		case atom.H1:
			if p.h1 == "" {
				p.h1 = collapse(textOf(n))
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					p.times = append([]string{dt}, p.times...)
				} else {
					p.times = append(p.times, dt)
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				p.readJSONLD(textOf(n))
			}
			return
		case atom.Article:
			p.articles = append(p.articles, n)
		case atom.Main:
			if p.main == nil {
				p.main = n
			}
		case atom.Body:
			p.body = n
		}
		if itemprop := attr(n, "itemprop"); strings.EqualFold(itemprop, "datePublished") && n.DataAtom != atom.Meta && n.DataAtom != atom.Time {
			if v := firstNonEmpty(attr(n, "content"), attr(n, "datetime")); v != "" {
				p.times = append([]string{v}, p.times...)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c, depth+1)
	}
}

// readJSONLD collects datePublished and the publisher's name from a JSON-LD
// block, at any depth (objects, arrays, @graph).
func (p *page) readJSONLD(s string) {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 32 {
			return
		}
		switch v := v.(type) {
		case map[string]any:
			if d, ok := v["datePublished"].(string); ok {
				p.ldDates = append(p.ldDates, d)
			}
			if pub, ok := v["publisher"].(map[string]any); ok && p.ldPublisher == "" {
				if name, ok := pub["name"].(string); ok {
					p.ldPublisher = strings.TrimSpace(name)
				}
			}
			for _, c := range v {
				visit(c, depth+1)
			}
		case []any:
			for _, c := range v {
				visit(c, depth+1)
			}
		}
	}
	visit(v, 0)
}

// published returns the first valid date of the page's metadata, JSON-LD and
// <time> elements, in that order; invalid dates are skipped.
func (p *page) published() (time.Time, string) {
	for _, k := range metaDateKeys {
		if t, ok := ParseDate(p.meta[k]); ok {
			return t, timeline.PublishedMeta
		}
	}
	for _, d := range p.ldDates {
		if t, ok := ParseDate(d); ok {
			return t, timeline.PublishedJSONLD
		}
	}
	for _, d := range p.times {
		if t, ok := ParseDate(d); ok {
			return t, timeline.PublishedTimeTag
		}
	}
	return time.Time{}, timeline.PublishedUndefined
}

func (p *page) longestArticle() *html.Node {
	var best *html.Node
	bestLen := -1
	for _, a := range p.articles {
		var w textWriter
		w.walk(a, 0)
		if n := len(w.String()); n > bestLen {
			best, bestLen = a, n
		}
	}
	return best
}

// textWriter builds plain text with paragraph breaks ("\n\n" between
// blocks) and line breaks ("\n" for <br>).
type textWriter struct {
	paras []string
	lines []string
	cur   strings.Builder
}

func (w *textWriter) walk(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if dropped[n.DataAtom] || hidden(n) {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Br {
		w.breakLine()
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if block {
		w.flush()
	} else if n.Type == html.ElementNode && n.DataAtom == atom.Img {
		w.cur.WriteByte(' ')
	}
}

func (w *textWriter) breakLine() {
	if s := collapse(w.cur.String()); s != "" {
		w.lines = append(w.lines, s)
	}
	w.cur.Reset()
}

func (w *textWriter) flush() {
	w.breakLine()
	if len(w.lines) > 0 {
		w.paras = append(w.paras, strings.Join(w.lines, "\n"))
	}
	w.lines = w.lines[:0]
}

func (w *textWriter) String() string {
	w.flush()
	return strings.Join(w.paras, "\n\n")
}

// hidden reports elements that browsers do not show.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// textOf is all text below n, with no structure.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(n, 0)
	return b.String()
}

// collapse turns every run of whitespace (and no-break spaces) into one space
// and drops control characters.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
		case unicode.IsControl(r) || r == '\uFFFD' || r == '\u200b':
			continue
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// webURL returns s when it is an absolute http or https URL, else "".
func webURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return collapse(s)
		}
	}
	return ""
}
