package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
)

// Reading a story is the heavy request of this app: its page, its JSON and
// its exports grow with its events. They go through serveStory, which
//
//   - answers 304 when the client holds the current version (ETag from the
//     story's version stamp, Last-Modified from its updated time);
//   - answers from a cache of gzipped responses keyed by (what, story,
//     version, audience, query), so a write to the story (which bumps the
//     version) is all the invalidation there is; the cache has a bound in
//     bytes and drops the least recently used responses;
//   - renders at most one response per key at a time: requests for a key
//     being rendered wait for it instead of rendering it again;
//   - renders within a bound on concurrent heavy work (heavyGate): when
//     every slot stays taken for heavyWait, it answers 503 with
//     Retry-After at once rather than queueing requests for seconds;
//   - streams what it renders to the client through gzip (or plain, for a
//     client that does not take gzip) while keeping a copy for the cache.

// storyResponse is one response about a story that serveStory may cache.
type storyResponse struct {
	// what names the response ("page", "export.ics", "api"); with the
	// story, its version, the audience and the query it makes the key.
	what     string
	info     storyStamp
	audience string
	query    string
	// public says anybody may read the story: shared caches may keep it.
	public bool
	// cacheable is false for responses that carry something of the
	// reader's own (a signed-in user's name, a form token): they are
	// rendered each time, without ETag.
	cacheable bool
	// header sets the response's headers (Content-Type at least).
	header func(h http.Header)
	// load reads what the response needs (errors here are answered as
	// usual) and returns the function that writes it. The writer must not
	// fail but for a failing client.
	load func(ctx context.Context) (func(w io.Writer) error, error)
}

// storyStamp is the version of a story a response is made from.
type storyStamp struct {
	id      int64
	version int64
	updated time.Time
}

// cachedHeaders are the response headers a cache entry keeps.
var cachedHeaders = []string{echo.HeaderContentType, echo.HeaderContentDisposition, echo.HeaderAccessControlAllowOrigin, "Referrer-Policy"}

// entry is one cached response: its gzipped body and the headers made
// once for every reader of it, so that serving it allocates nothing but
// the response's own header map.
type entry struct {
	key string
	// header holds the headers of the response (cachedHeaders), validators
	// holds ETag, Cache-Control and Vary; gzipped holds both and
	// Content-Encoding and Content-Length, for clients that take gzip.
	header, validators, gzipped http.Header
	// updated is the time of the story's version, lastModified its
	// Last-Modified value (sent once its second is over, see validators).
	updated      time.Time
	lastModified []string
	gz           []byte
	// headerBytes is about what the header maps take.
	headerBytes int
}

func (e *entry) size() int64 { return int64(len(e.gz) + len(e.key) + 256 + e.headerBytes) }

// newEntry makes the cache entry of r from the headers h it was sent with
// and its gzipped body.
func (a *App) newEntry(r storyResponse, h http.Header, gz []byte) *entry {
	e := &entry{key: r.key(), header: http.Header{}, validators: http.Header{}, gzipped: http.Header{},
		updated: r.info.updated, gz: gz,
		lastModified: []string{r.info.updated.UTC().Truncate(time.Second).Format(http.TimeFormat)}}
	for _, k := range cachedHeaders {
		if v := h.Values(k); len(v) > 0 {
			e.header[k] = slices.Clip(slices.Clone(v))
		}
	}
	a.validators(e.validators, r)
	e.validators.Del(echo.HeaderLastModified) // per request: see headersTo
	for _, m := range []http.Header{e.header, e.validators} {
		for k, v := range m {
			e.gzipped[k] = v
		}
	}
	e.gzipped[echo.HeaderContentEncoding] = []string{"gzip"}
	e.gzipped[echo.HeaderContentLength] = []string{strconv.Itoa(len(gz))}
	for _, m := range []http.Header{e.header, e.validators, e.gzipped} {
		for k, v := range m {
			e.headerBytes += 64 + len(k) + len(v[0])
		}
	}
	return e
}

// headersTo sets the headers of m and Last-Modified on h. The values are
// shared, not copied: nothing changes a header's values once set (an Add
// would append to a full slice, so copy).
func (e *entry) headersTo(h, m http.Header) {
	for k, v := range m {
		h[k] = v
	}
	if time.Since(e.updated) >= time.Second {
		h[echo.HeaderLastModified] = e.lastModified
	}
}

// responseCache holds gzipped responses up to max bytes, least recently
// used first out.
type responseCache struct {
	mu      sync.Mutex
	max     int64
	size    int64
	lru     *list.List // of *entry, most recent at the front
	byKey   map[string]*list.Element
	pending map[string]*inflight
	// epoch tells this process's ETags from another's: a new build may
	// render the same version differently.
	epoch string
}

// inflight is a response being rendered; done closes when it is over, and
// entry is set when it went into the cache.
type inflight struct {
	done  chan struct{}
	entry *entry
}

func newResponseCache(max int64) *responseCache {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return &responseCache{max: max, lru: list.New(), byKey: map[string]*list.Element{},
		pending: map[string]*inflight{}, epoch: hex.EncodeToString(b)}
}

// peek returns the entry of key, if it is cached.
func (rc *responseCache) peek(key string) *entry {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if el, ok := rc.byKey[key]; ok {
		rc.lru.MoveToFront(el)
		return el.Value.(*entry)
	}
	return nil
}

// get returns the entry of key, or the render in progress for it (then
// the caller waits), or neither, and then the caller renders and must call
// finish(key, r, entry).
func (rc *responseCache) get(key string) (*entry, *inflight, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if el, ok := rc.byKey[key]; ok {
		rc.lru.MoveToFront(el)
		return el.Value.(*entry), nil, false
	}
	if r, ok := rc.pending[key]; ok {
		return nil, r, false
	}
	r := &inflight{done: make(chan struct{})}
	rc.pending[key] = r
	return nil, r, true
}

// finish ends the render of key, storing e when it is not nil and fits.
func (rc *responseCache) finish(key string, r *inflight, e *entry) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	delete(rc.pending, key)
	if e != nil && e.size() <= rc.max/4 {
		if el, ok := rc.byKey[key]; ok {
			rc.size -= el.Value.(*entry).size()
			rc.lru.Remove(el)
		}
		rc.byKey[key] = rc.lru.PushFront(e)
		rc.size += e.size()
		for rc.size > rc.max {
			last := rc.lru.Back()
			old := last.Value.(*entry)
			rc.lru.Remove(last)
			delete(rc.byKey, old.key)
			rc.size -= old.size()
		}
		r.entry = e
	}
	close(r.done)
}

// stats reports the number of entries and their bytes.
func (rc *responseCache) stats() (int, int64) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.lru.Len(), rc.size
}

// heavyGate bounds the heavy requests rendered at once.
type heavyGate struct {
	slots chan struct{}
	wait  time.Duration
}

func newHeavyGate(n int, wait time.Duration) *heavyGate {
	return &heavyGate{slots: make(chan struct{}, n), wait: wait}
}

// errBusy is answered 503 with Retry-After (see errors.go).
var errBusy = timeline.Errorf(timeline.EUnavailable, "The server is busy reading other stories. Try again in a moment.")

// enter takes a slot, waiting at most g.wait; the returned func gives it
// back. When no slot frees in time it returns errBusy.
func (g *heavyGate) enter(ctx context.Context) (func(), error) {
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// heavy runs fn within the gate.
func (a *App) heavy(c echo.Context, fn func() error) error {
	leave, err := a.gate.enter(c.Request().Context())
	if err != nil {
		return err
	}
	defer leave()
	return fn()
}

// etag is the entity tag of a response: weak, as the same version is sent
// gzipped or not.
func (rc *responseCache) etag(r storyResponse) string {
	h := fnv.New64a()
	io.WriteString(h, r.what+"\x00"+r.audience+"\x00"+r.query)
	return fmt.Sprintf(`W/"%s-%d-%d-%x"`, rc.epoch, r.info.id, r.info.version, h.Sum64())
}

func (r storyResponse) key() string {
	return r.what + "\x00" + strconv.FormatInt(r.info.id, 10) + "\x00" + strconv.FormatInt(r.info.version, 10) +
		"\x00" + r.audience + "\x00" + r.query
}

// acceptsGzip reports whether the client takes gzip.
func acceptsGzip(req *http.Request) bool {
	for _, part := range strings.Split(req.Header.Get(echo.HeaderAcceptEncoding), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// notModified reports whether the request's validators match: If-None-Match
// (weak comparison) when it is sent, else If-Modified-Since.
func notModified(req *http.Request, etag string, updated time.Time) bool {
	if inm := req.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimSpace(t)
			if t == "*" || strings.TrimPrefix(t, "W/") == strings.TrimPrefix(etag, "W/") {
				return true
			}
		}
		return false
	}
	ims, err := http.ParseTime(req.Header.Get("If-Modified-Since"))
	return err == nil && !updated.Truncate(time.Second).After(ims)
}

// validators sets ETag, Last-Modified, Cache-Control and Vary. Last-Modified
// names whole seconds, so it is only sent once the second of the last
// write is over: a later write then always falls in a later second.
func (a *App) validators(h http.Header, r storyResponse) {
	h.Add(echo.HeaderVary, "Accept-Encoding, Cookie, Authorization")
	if !r.cacheable {
		h.Set("Cache-Control", "private, no-cache")
		return
	}
	h.Set("ETag", a.cache.etag(r))
	if r.public {
		h.Set("Cache-Control", "public, no-cache")
	} else {
		h.Set("Cache-Control", "private, no-cache")
	}
	if time.Since(r.info.updated) >= time.Second {
		h.Set(echo.HeaderLastModified, r.info.updated.UTC().Truncate(time.Second).Format(http.TimeFormat))
	}
}

// serveStory answers a GET for r: 304, a cached copy, or a new render (see
// the top of this file).
func (a *App) serveStory(c echo.Context, r storyResponse) error {
	req := c.Request()
	if !r.cacheable {
		return a.heavy(c, func() error { return a.renderTo(c, r, nil) })
	}
	key := r.key()
	if e := a.cache.peek(key); e != nil {
		if notModified(req, e.validators.Get("ETag"), r.info.updated) {
			e.headersTo(c.Response().Header(), e.validators)
			return c.NoContent(http.StatusNotModified)
		}
		return a.writeEntry(c, r, e)
	}
	if notModified(req, a.cache.etag(r), r.info.updated) {
		a.validators(c.Response().Header(), r)
		return c.NoContent(http.StatusNotModified)
	}
	for range 2 {
		e, pending, leader := a.cache.get(key)
		if e != nil {
			return a.writeEntry(c, r, e)
		}
		if leader {
			var stored *entry
			defer func() { a.cache.finish(key, pending, stored) }()
			return a.heavy(c, func() error {
				var err error
				stored, err = a.renderAndKeep(c, r)
				return err
			})
		}
		select {
		case <-pending.done:
			if pending.entry != nil {
				return a.writeEntry(c, r, pending.entry)
			}
			// The render failed or was too big to keep: try once more,
			// perhaps as the one who renders.
		case <-req.Context().Done():
			return req.Context().Err()
		}
	}
	return a.heavy(c, func() error { return a.renderTo(c, r, nil) })
}

// writeEntry sends a cached response: its gzipped bytes as they are when
// the client takes gzip, else unzipped as they are sent.
func (a *App) writeEntry(c echo.Context, r storyResponse, e *entry) error {
	h := c.Response().Header()
	if acceptsGzip(c.Request()) {
		e.headersTo(h, e.gzipped)
		c.Response().WriteHeader(http.StatusOK)
		_, err := c.Response().Write(e.gz)
		return err
	}
	e.headersTo(h, e.header)
	e.headersTo(h, e.validators)
	zr, err := gzip.NewReader(bytes.NewReader(e.gz))
	if err != nil {
		return fmt.Errorf("cached response: %w", err)
	}
	c.Response().WriteHeader(http.StatusOK)
	_, err = io.Copy(c.Response(), zr)
	return err
}

// capBuffer keeps what is written up to max bytes, then gives up keeping
// (writes still succeed, so the response they tee from goes on).
type capBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (b *capBuffer) Write(p []byte) (int, error) {
	if !b.over {
		if b.buf.Len()+len(p) > b.max {
			b.over = true
			b.buf = bytes.Buffer{}
		} else {
			b.buf.Write(p)
		}
	}
	return len(p), nil
}

// renderAndKeep renders r to the client and returns a cache entry of it,
// nil when it was too big to keep.
func (a *App) renderAndKeep(c echo.Context, r storyResponse) (*entry, error) {
	keep := &capBuffer{max: int(a.cache.max / 4)}
	if err := a.renderTo(c, r, keep); err != nil {
		return nil, err
	}
	if keep.over {
		return nil, nil
	}
	return a.newEntry(r, c.Response().Header(), keep.buf.Bytes()), nil
}

// renderTo loads r and streams it to the client, gzipped when the client
// takes it, through a buffer; when keep is not nil it also receives the
// gzipped bytes.
func (a *App) renderTo(c echo.Context, r storyResponse, keep io.Writer) error {
	write, err := r.load(c.Request().Context())
	if err != nil {
		return err
	}
	res := c.Response()
	a.validators(res.Header(), r)
	r.header(res.Header())
	gzipped := acceptsGzip(c.Request())
	if gzipped {
		res.Header().Set(echo.HeaderContentEncoding, "gzip")
	}
	res.WriteHeader(http.StatusOK)
	var (
		out io.Writer
		gz  *gzip.Writer
	)
	switch {
	case gzipped && keep != nil:
		gz = gzip.NewWriter(io.MultiWriter(res, keep))
		out = gz
	case gzipped:
		gz = gzip.NewWriter(res)
		out = gz
	case keep != nil:
		gz = gzip.NewWriter(keep)
		out = io.MultiWriter(res, gz)
	default:
		out = res
	}
	bw := bufio.NewWriterSize(out, 32<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if gz != nil {
		err = errors.Join(err, gz.Close())
	}
	if err != nil {
		// The status is sent: all that is left is to stop and say why.
		return fmt.Errorf("writing %s of story %d: %w", r.what, r.info.id, err)
	}
	return nil
}
