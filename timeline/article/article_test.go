package article

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2022-09-14", day(2022, 9, 14), true},
		{"2022-09-14T08:30:00Z", day(2022, 9, 14), true},
		{"2022-09-14T23:30:00-04:00", day(2022, 9, 14), true},
		{"2022-09-14 08:30", day(2022, 9, 14), true},
		{"Sept. 14, 2022", day(2022, 9, 14), true},
		{"September 14 2022", day(2022, 9, 14), true},
		{"Wednesday, 14 September 2022", day(2022, 9, 14), true},
		{"14 Sep 2022", day(2022, 9, 14), true},
		{"Wed, 14 Sep 2022 08:30:00 GMT", day(2022, 9, 14), true},
		{"2022-02-30", time.Time{}, false},
		{"2022-13-01", time.Time{}, false},
		{"0001-01-01", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v, want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFromTextPublished(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		want       time.Time
		wantSource string
	}{
		{"AP dateline", "Xi visits Kazakhstan\n\nNUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022 — Chinese President Xi Jinping arrived.",
			day(2022, 9, 14), timeline.PublishedDateline},
		{"dateline with the date first", "Talks resume\n\nLONDON, March 12, 2021 (Reuters) - Talks resumed on Friday.", day(2021, 3, 12), timeline.PublishedDateline},
		{"dateline without region", "ASTANA (Reuters) - 14 September 2022 - Xi arrived.", day(2022, 9, 14), timeline.PublishedDateline},
		{"published line", "Xi visits Kazakhstan\nPublished On 14 Sep 2022\nXi arrived.", day(2022, 9, 14), timeline.PublishedByline},
		{"glued Al Jazeera byline", "Title\nPublished On 14 Sep 202214 Sep 2022\nText.", day(2022, 9, 14), timeline.PublishedByline},
		{"first published", "Title\nFirst published: Wednesday, 14 September 2022\nText.", day(2022, 9, 14), timeline.PublishedByline},
		{"bad date ignored", "Title\nPublished 31 February 2022\nText.", time.Time{}, timeline.PublishedUndefined},
		{"dateline without date", "NUR-SULTAN, Kazakhstan (AP) — Chinese President Xi Jinping arrived.", time.Time{}, timeline.PublishedUndefined},
		{"none", "Xi arrived on Wednesday.", time.Time{}, timeline.PublishedUndefined},
		{"date line with weekday", "Airbus delays A380 again\n\nTuesday, October 3, 2006\n\nAirbus said on Tuesday ...", day(2006, 10, 3), timeline.PublishedLoneDate},
		{"date line month first", "Stocks slide\nDecember 10, 2013\nShares fell on Tuesday.", day(2013, 12, 10), timeline.PublishedLoneDate},
		{"date line day first", "Floods in the north\n10 December 2013\nRivers burst.", day(2013, 12, 10), timeline.PublishedLoneDate},
		{"date line with time and zone", "Quake hits coast\n8 June 2014 14:20 (UTC)\nA quake struck.", day(2014, 6, 8), timeline.PublishedLoneDate},
		{"date line with am time", "Quake hits coast\nSunday, June 8, 2014, at 9.15am BST\nA quake struck.", day(2014, 6, 8), timeline.PublishedLoneDate},
		{"date line with a zone alone", "Flood hits town\n\nTuesday, October 3, 2006 (UTC)\n\nThe river flooded the town on Monday.", day(2006, 10, 3), timeline.PublishedLoneDate},
		{"date line with GMT alone", "Flood hits town\n3 October 2006 GMT\nThe river flooded.", day(2006, 10, 3), timeline.PublishedLoneDate},
		{"date line with a place in brackets", "Talks resume\nMarch 1, 2021 (Geneva)\nTalks resumed.", time.Time{}, timeline.PublishedUndefined},
		{"ISO date line", "Quake hits coast\n2014-06-08\nA quake struck.", day(2014, 6, 8), timeline.PublishedLoneDate},
		{"date line after a caption and its credit", "Painting returned\n\nThe painting in 2019. Image: A. Person.\n\nWednesday, April 9, 2025\n\nPolice said on Wednesday ...", day(2025, 4, 9), timeline.PublishedLoneDate},
		{"dateline wins over a date line above it", "Talks resume\nMarch 1, 2021\nLONDON, March 12, 2021 (Reuters) - Talks resumed.", day(2021, 3, 12), timeline.PublishedDateline},
		{"published line wins over a date line", "Talks resume\nMarch 1, 2021\nPublished 12 March 2021\nTalks resumed.", day(2021, 3, 12), timeline.PublishedByline},
		{"date in a sentence", "Talks resume\nOn March 1, 2021 talks resumed.", time.Time{}, timeline.PublishedUndefined},
		{"date with more words", "Talks resume\nMarch 1, 2021: talks resume in Geneva\nText.", time.Time{}, timeline.PublishedUndefined},
		{"date line far down", "Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nMarch 1, 2021\nText.", time.Time{}, timeline.PublishedUndefined},
		{"list of date lines", "Key events\nMarch 1, 2021\nMarch 5, 2021\nTalks resumed.", time.Time{}, timeline.PublishedUndefined},
		{"list of three date lines", "Key events\nMarch 1, 2021\nMarch 5, 2021\nMarch 9, 2021\nTalks resumed.", time.Time{}, timeline.PublishedUndefined},
		{"date line under a list heading", "Talks\nKey dates:\nMarch 1, 2021\nTalks resumed.", time.Time{}, timeline.PublishedUndefined},
		{"impossible date line", "Talks\nFebruary 30, 2021\nTalks resumed.", time.Time{}, timeline.PublishedUndefined},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromText([]byte(tc.text))
			if err != nil {
				t.Fatalf("FromText(%q) error %v", tc.text, err)
			}
			if !a.Published.Equal(tc.want) || a.PublishedSource != tc.wantSource {
				t.Errorf("FromText(%q) published = %v (%q), want %v (%q)", tc.text, a.Published, a.PublishedSource, tc.want, tc.wantSource)
			}
		})
	}
}

func TestFromTextErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		msg  string
	}{
		{"empty", nil, "the file is empty"},
		{"whitespace", []byte(" \n\t\r\n "), "the file holds only whitespace"},
		{"NUL", []byte("PK\x03\x04\x00\x00text"), "binary data"},
		{"invalid UTF-8", []byte("Caf\xe9 au lait in Latin-1"), "the file is not UTF-8 text"},
		{"control characters", []byte("ab\x01\x02\x03\x04\x05\x06\x07\x08cd"), "binary data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := FromText(tc.in)
			if timeline.ErrorCodeOf(err) != timeline.EInvalid || !strings.Contains(timeline.ErrorMessage(err), tc.msg) {
				t.Errorf("FromText(%q) = %v, want invalid error containing %q", tc.in, err, tc.msg)
			}
		})
	}
}

func TestFromTextOutlet(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Xi arrived.\n\nSource: Al Jazeera and news agencies", "Al Jazeera and news agencies"},
		{"Xi arrived.\nSource: Reuters\n", "Reuters"},
		{"Source: Reuters\nXi arrived.\nMore.\nAnd more.", ""},
		{"Xi arrived.", ""},
	}
	for _, tc := range tests {
		a, err := FromText([]byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != tc.want {
			t.Errorf("FromText(%q).Outlet = %q, want %q", tc.text, a.Outlet, tc.want)
		}
	}
}

func TestFromTextNormalizes(t *testing.T) {
	a, err := FromText([]byte("\uFEFFTitle line\r\n\r\nFirst paragraph.\rSecond.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Article{Title: "Title line", Text: "Title line\n\nFirst paragraph.\nSecond."}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("FromText mismatch (-want +got):\n%s", diff)
	}
}

func TestFromTextTitle(t *testing.T) {
	for text, want := range map[string]string{
		"Stocks slide in Asia\n\nDecember 10, 2013\n\nShares fell.": "Stocks slide in Asia",
		"December 10, 2013\n\nStocks slide in Asia\n\nShares fell.": "Stocks slide in Asia",
		"December 10, 2013 was a Tuesday.\nShares fell.":            "December 10, 2013 was a Tuesday.",
	} {
		a, err := FromText([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != want {
			t.Errorf("FromText(%q).Title = %q, want %q", text, a.Title, want)
		}
	}
}

func TestFromHTMLPublished(t *testing.T) {
	body := `<body><article><p>Xi arrived in Nur-Sultan.</p></article></body>`
	tests := []struct {
		name       string
		head       string
		body       string
		want       time.Time
		wantSource string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2022-09-14T08:00:00Z">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"og variant", `<meta property="og:article:published_time" content="2022-09-14">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"itemprop", `<meta itemprop="datePublished" content="2022-09-14">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"name=date", `<meta name="date" content="2022-09-14">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"parsely", `<meta name="parsely-pub-date" content="2022-09-14T10:00:00+06:00">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"dublin core", `<meta name="DC.date.issued" content="2022-09-14">`, body, day(2022, 9, 14), timeline.PublishedMeta},
		{"JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-09-14T06:00:00Z","publisher":{"name":"AP"}}]}</script>`, body, day(2022, 9, 14), timeline.PublishedJSONLD},
		{"time tag", ``, `<body><article><time datetime="2022-09-14T07:00:00Z">Sept. 14</time><p>Xi arrived.</p></article></body>`, day(2022, 9, 14), timeline.PublishedTimeTag},
		{"dateline in text", ``, `<body><article><p>NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022 — Xi arrived.</p></article></body>`, day(2022, 9, 14), timeline.PublishedDateline},
		{"date line in text", ``, `<body><article><h1>Stocks slide</h1><p>December 10, 2013</p><p>Shares fell on Tuesday.</p></article></body>`, day(2013, 12, 10), timeline.PublishedLoneDate},
		{"meta wins over a date line", `<meta property="article:published_time" content="2013-12-11">`, `<body><article><p>December 10, 2013</p><p>Shares fell.</p></article></body>`, day(2013, 12, 11), timeline.PublishedMeta},
		{"bad meta falls back to JSON-LD", `<meta property="article:published_time" content="2022-02-31"><script type="application/ld+json">{"datePublished":"2022-09-14"}</script>`, body, day(2022, 9, 14), timeline.PublishedJSONLD},
		{"bad dates only", `<meta property="article:published_time" content="soon"><script type="application/ld+json">{"datePublished":"2022-99-99"}</script>`, body, time.Time{}, timeline.PublishedUndefined},
		{"broken JSON-LD", `<script type="application/ld+json">{"datePublished": </script>`, body, time.Time{}, timeline.PublishedUndefined},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := "<!doctype html><html><head>" + tc.head + "</head>" + tc.body + "</html>"
			a, err := FromHTML([]byte(in))
			if err != nil {
				t.Fatalf("FromHTML(%q) error %v", in, err)
			}
			if !a.Published.Equal(tc.want) || a.PublishedSource != tc.wantSource {
				t.Errorf("FromHTML(%q) published = %v (%q), want %v (%q)", in, a.Published, a.PublishedSource, tc.want, tc.wantSource)
			}
		})
	}
}

func TestFromHTML(t *testing.T) {
	in := `<!doctype html><html><head>
<title>Xi in Kazakhstan | News</title>
<meta property="og:title" content="China&#39;s Xi visits Kazakhstan">
<meta property="og:site_name" content="The Independent">
<link rel="canonical" href="https://example.com/news/xi-kazakhstan">
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Site header</h1></header>
<main>
<article>
<h1>China&rsquo;s Xi visits   Kazakhstan</h1>
<figure><img src="x.jpg" alt="Xi"><figcaption>Xi (L) and Tokayev [Handout via Reuters]</figcaption></figure>
<p>Chinese President Xi Jinping on Wednesday started his first trip abroad &amp; more.</p>
<p>Xi was met on airport tarmac<br>by President Tokayev.</p>
<script>document.write("injected")</script>
<aside>Read more: other story</aside>
<div style="display: none">hidden text</div>
<form><input value="email"><button>Sign up</button></form>
<ul><li>First point</li><li>Second point</li></ul>
</article>
</main>
<footer>Copyright</footer>
</body></html>`
	a, err := FromHTML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		Title:  "China's Xi visits Kazakhstan",
		URL:    "https://example.com/news/xi-kazakhstan",
		Outlet: "The Independent",
		Text: "China’s Xi visits Kazakhstan\n\nChinese President Xi Jinping on Wednesday started his first trip abroad & more.\n\n" +
			"Xi was met on airport tarmac\nby President Tokayev.\n\nFirst point\n\nSecond point",
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("FromHTML mismatch (-want +got):\n%s", diff)
	}
}

func TestFromHTMLHostile(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the whole text
	}{
		{"script", `<p>News<script>alert(1)</script> text</p>`, "News text"},
		{"onerror", `<p>Photo <img src=x onerror="alert(1)"> here</p>`, "Photo here"},
		{"javascript URL", `<p><a href="javascript:alert(1)">Click</a> now</p>`, "Click now"},
		{"unclosed", `<p>One<p>Two<div>Three`, "One\n\nTwo\n\nThree"},
		{"script in attribute", `<p title="<script>alert(1)</script>">Safe</p>`, "Safe"},
		{"svg script", `<p>Text<svg><script>alert(1)</script></svg></p>`, "Text"},
		{"entity", `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`, "<script>alert(1)</script>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tc.in))
			if err != nil {
				t.Fatalf("FromHTML(%q) error %v", tc.in, err)
			}
			if a.Text != tc.want {
				t.Errorf("FromHTML(%q).Text = %q, want %q", tc.in, a.Text, tc.want)
			}
		})
	}
	a, err := FromHTML([]byte(`<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.com/a"><p>x</p>`))
	if err != nil || a.URL != "https://example.com/a" {
		t.Errorf("FromHTML with javascript: canonical URL = %q, %v, want https://example.com/a", a.URL, err)
	}
}

func TestFromHTMLErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		msg  string
	}{
		{"empty", "  ", "the file is empty"},
		{"no text", "<html><body><script>x()</script></body></html>", "no article text"},
		{"binary", "<p>\x00\x01</p>", "binary data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := FromHTML([]byte(tc.in))
			if timeline.ErrorCodeOf(err) != timeline.EInvalid || !strings.Contains(timeline.ErrorMessage(err), tc.msg) {
				t.Errorf("FromHTML(%q) = %v, want invalid error containing %q", tc.in, err, tc.msg)
			}
		})
	}
}

// TestFromHTMLDeepNesting checks that markup nested deeper than the parser
// accepts is refused as invalid input rather than crashing.
func TestFromHTMLDeepNesting(t *testing.T) {
	in := strings.Repeat("<div>", 5000) + "deep" + strings.Repeat("</div>", 5000)
	_, err := FromHTML([]byte(in))
	if timeline.ErrorCodeOf(err) != timeline.EInvalid {
		t.Errorf("FromHTML(5000 nested divs) = %v, want an invalid error", err)
	}
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2022-09-14"></head><body><article><p>Xi arrived.</p></article></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"datePublished":"2022-09-14"}</script><p>x</p>`))
	f.Add([]byte(`<p>NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022 — text</p>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromHTML(b)
		if err != nil {
			if timeline.ErrorCodeOf(err) != timeline.EInvalid {
				t.Fatalf("FromHTML error %v has code %q, want invalid", err, timeline.ErrorCodeOf(err))
			}
			return
		}
		if !utf8.ValidString(a.Text) || a.Text == "" {
			t.Fatalf("FromHTML text %q is empty or not UTF-8", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("FromHTML text %q has more than one blank line", a.Text)
		}
		if (a.PublishedSource == "") != a.Published.IsZero() {
			t.Fatalf("FromHTML published %v with source %q", a.Published, a.PublishedSource)
		}
	})
}

func FuzzFromText(f *testing.F) {
	f.Add([]byte("Title\r\nNUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022 — text"))
	f.Add([]byte("Published 14 September 2022\nText"))
	f.Add([]byte("Title\n\nTuesday, October 3, 2006 14:20 (UTC)\n\nText"))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromText(b)
		if err != nil {
			if timeline.ErrorCodeOf(err) != timeline.EInvalid {
				t.Fatalf("FromText error %v has code %q, want invalid", err, timeline.ErrorCodeOf(err))
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || strings.Contains(a.Text, "\r") {
			t.Fatalf("FromText text %q is empty, not UTF-8 or has CR", a.Text)
		}
		if (a.PublishedSource == "") != a.Published.IsZero() {
			t.Fatalf("FromText published %v with source %q", a.Published, a.PublishedSource)
		}
	})
}
