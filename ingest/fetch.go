package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"codeberg.org/readeck/go-readability/v2"

	"storyline/timeline"
	"storyline/timeline/article"
)

// Fetcher reads articles from the web: it downloads a page with a timeout
// and a size limit, never from a loopback, private, link-local or other
// internal address unless AllowPrivate is set (checked on the address
// dialled, after name resolution and on every redirect, so a name that
// resolves to 127.0.0.1 is refused too), and keeps the article's content
// with go-readability.
type Fetcher struct {
	// AllowPrivate lets the fetcher reach internal addresses (an admin's
	// choice, for an intranet; tests use it for their local server).
	AllowPrivate bool
	// Timeout bounds one fetch, redirects included; MaxBytes the page.
	Timeout  time.Duration
	MaxBytes int64
	client   *http.Client
}

// NewFetcher returns a Fetcher with a 20 s timeout and a 5 MB limit.
func NewFetcher(allowPrivate bool) *Fetcher {
	f := &Fetcher{AllowPrivate: allowPrivate, Timeout: 20 * time.Second, MaxBytes: MaxArticle}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.control}
	f.client = &http.Client{
		Transport: &http.Transport{
			Proxy:                 nil, // a proxy would dial the internal address for us
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 15 * time.Second,
			MaxIdleConns:          4,
			IdleConnTimeout:       30 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return timeline.Errorf(timeline.EInvalid, "The page redirects too many times.")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return timeline.Errorf(timeline.EInvalid, "The page redirects to %s, which is not a web address.", req.URL.Scheme)
			}
			return nil
		},
	}
	return f
}

// control runs after name resolution, on the address about to be dialled.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || internal(ip) {
		return &internalAddress{ip: host}
	}
	return nil
}

type internalAddress struct{ ip string }

func (e *internalAddress) Error() string { return "refusing internal address " + e.ip }

// internal reports whether ip is not on the public internet.
func internal(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
		// 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
		if ip4[0] == 0 || (ip4[0] == 100 && ip4[1]&0xc0 == 64) {
			return true
		}
	}
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified()
}

// Fetch downloads the page at rawURL and returns it as an import input:
// the article's content as HTML, its title and site name, and the
// publication date found in the page.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Input, error) {
	if err := CheckURL(rawURL); err != nil {
		return Input{}, err
	}
	u, _ := url.Parse(rawURL)
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return Input{}, timeline.Errorf(timeline.EInvalid, "The URL cannot be fetched: %v.", err)
	}
	req.Header.Set("User-Agent", "Storyline/1 (article import)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		var ia *internalAddress
		switch {
		case errors.As(err, &ia):
			return Input{}, timeline.Errorf(timeline.EInvalid, "The URL points to an internal address (%s), which the server does not fetch.", ia.ip)
		case ctx.Err() != nil:
			return Input{}, timeline.Errorf(timeline.EInvalid, "The page did not answer within %s.", f.Timeout)
		case timeline.ErrorCodeOf(err) == timeline.EInvalid:
			return Input{}, err
		}
		return Input{}, timeline.Errorf(timeline.EInvalid, "The page cannot be fetched: %s.", shortNetError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Input{}, timeline.Errorf(timeline.EInvalid, "The page answered %s.", resp.Status)
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if ct != "" && ct != "text/html" && ct != "application/xhtml+xml" && ct != "text/plain" {
		return Input{}, timeline.Errorf(timeline.EInvalid, "The page is %s, not an article (HTML or text).", ct)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return Input{}, timeline.Errorf(timeline.EInvalid, "The page could not be read: %s.", shortNetError(err))
	}
	if int64(len(body)) > f.MaxBytes {
		return Input{}, timeline.Errorf(timeline.EInvalid, "The page is too large: more than %d MB.", f.MaxBytes>>20)
	}
	if ct == "text/plain" {
		return Input{URL: rawURL, Body: body, Field: "url"}, nil
	}
	in := Input{URL: rawURL, HTML: true, Field: "url"}
	// The publication date is read from the whole page, whose head has it.
	if page, err := article.FromHTML(body); err == nil && !page.Published.IsZero() {
		in.Published = page.Published.Format(time.DateOnly)
	}
	parser := readability.NewParser()
	art, err := parser.Parse(bytes.NewReader(body), resp.Request.URL)
	if err != nil || art.Node == nil {
		// No article found: the page is read as it is.
		in.Body = body
		return in, nil
	}
	var content bytes.Buffer
	content.WriteString("<!doctype html><html><body><article>")
	if err := art.RenderHTML(&content); err != nil {
		in.Body = body
		return in, nil
	}
	content.WriteString("</article></body></html>")
	in.Body = content.Bytes()
	in.Title, in.Outlet = strings.TrimSpace(art.Title()), strings.TrimSpace(art.SiteName())
	if in.Outlet == "" {
		in.Outlet = u.Hostname()
	}
	if in.Published == "" {
		if t, err := art.PublishedTime(); err == nil {
			in.Published = t.Format(time.DateOnly)
		}
	}
	return in, nil
}

// shortNetError is the last part of a network error, without the URL.
func shortNetError(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return fmt.Sprint(strings.TrimSuffix(s, "."))
}
