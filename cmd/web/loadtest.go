package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// loadtest is `web loadtest`: many concurrent readers of one address of a
// Storyline server on this machine, bounded in time and in requests, to
// check the figures of a big public story under load (see README). It only
// talks to loopback addresses: it is a measuring tool, not a way to load
// somebody else's server.

// loadConfig is what a load test does.
type loadConfig struct {
	URL      string
	Conns    int           // concurrent connections, each one request at a time
	Duration time.Duration // stop sending after this long
	Max      int           // and after this many requests in all
	Gzip     bool          // send Accept-Encoding: gzip, as browsers do
	// Rate, when set, is the requests per second sent in all, spread
	// evenly over the connections, whatever the answers take (as wrk2
	// does): a latency then counts from when the request was due, so the
	// time a request waited behind a slow one on its connection counts
	// too. Unset, each connection sends its next request as soon as it has
	// its answer (as wrk does), which measures the most the server answers.
	Rate float64
}

// loadResult is what a load test measured.
type loadResult struct {
	Requests int
	Errors   int // transport errors and statuses other than 200 and 304
	Busy     int // 503 answers (counted in Errors too)
	Elapsed  time.Duration
	Bytes    int64 // body bytes received, as sent on the wire
	P50      time.Duration
	P99      time.Duration
	Max      time.Duration
}

// RPS is requests per second.
func (r loadResult) RPS() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

func (r loadResult) String() string {
	per := int64(0)
	if r.Requests > 0 {
		per = r.Bytes / int64(r.Requests)
	}
	return fmt.Sprintf("%d requests in %v: %.0f req/s, p50 %v, p99 %v, max %v, %d errors (%d busy), %d bytes a response",
		r.Requests, r.Elapsed.Round(time.Millisecond), r.RPS(), r.P50, r.P99, r.Max, r.Errors, r.Busy, per)
}

// loopback reports whether u names this machine.
func loopback(u *url.URL) bool {
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// runLoad runs the load test cfg describes.
func runLoad(ctx context.Context, cfg loadConfig) (loadResult, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return loadResult{}, fmt.Errorf("loadtest: %q is not an http URL", cfg.URL)
	}
	if !loopback(u) {
		return loadResult{}, fmt.Errorf("loadtest: %s is not on this machine; only loopback addresses (127.0.0.1, ::1, localhost) are allowed", u.Host)
	}
	switch {
	case cfg.Conns < 1 || cfg.Conns > 2000:
		return loadResult{}, errors.New("loadtest: connections must be between 1 and 2000")
	case cfg.Duration <= 0 || cfg.Duration > 10*time.Minute:
		return loadResult{}, errors.New("loadtest: duration must be positive and at most 10 minutes")
	case cfg.Max < 1:
		return loadResult{}, errors.New("loadtest: the request limit must be at least 1")
	case cfg.Rate < 0 || cfg.Rate > 1e6:
		return loadResult{}, errors.New("loadtest: the rate must be between 0 (as fast as answered) and 1,000,000 requests a second")
	}
	tr := &http.Transport{
		MaxIdleConns: cfg.Conns, MaxIdleConnsPerHost: cfg.Conns, MaxConnsPerHost: cfg.Conns,
		DisableCompression: true, // count the bytes as sent
		IdleConnTimeout:    30 * time.Second,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()

	var (
		sent            atomic.Int64
		errs, busy      atomic.Int64
		bytes           atomic.Int64
		mu              sync.Mutex
		latencies       []time.Duration
		wg              sync.WaitGroup
		start           = time.Now()
		perConnCapacity = min(cfg.Max/cfg.Conns+1, 1<<16)
	)
	var interval time.Duration // between two requests of a connection, with Rate
	if cfg.Rate > 0 {
		interval = time.Duration(float64(cfg.Conns) / cfg.Rate * float64(time.Second))
	}
	for conn := range cfg.Conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make([]time.Duration, 0, perConnCapacity)
			defer func() {
				mu.Lock()
				latencies = append(latencies, mine...)
				mu.Unlock()
			}()
			// With a rate, connection conn sends its k-th request at
			// start + (k + conn/Conns) * interval.
			due := start.Add(time.Duration(conn) * interval / time.Duration(cfg.Conns))
			for ctx.Err() == nil && sent.Add(1) <= int64(cfg.Max) {
				if interval > 0 {
					if wait := time.Until(due); wait > 0 {
						select {
						case <-time.After(wait):
						case <-ctx.Done():
							return
						}
					}
				}
				req, err := http.NewRequestWithContext(ctx, http.MethodGet, cfg.URL, nil)
				if err != nil {
					errs.Add(1)
					return
				}
				if cfg.Gzip {
					req.Header.Set("Accept-Encoding", "gzip")
				}
				t := time.Now()
				if interval > 0 {
					t = due
					due = due.Add(interval)
				}
				res, err := client.Do(req)
				if err != nil {
					if ctx.Err() != nil {
						return // the time is up: not the server's fault
					}
					errs.Add(1)
					mine = append(mine, time.Since(t))
					continue
				}
				n, err := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				mine = append(mine, time.Since(t))
				bytes.Add(n)
				switch {
				case err != nil && ctx.Err() != nil:
					return
				case err != nil:
					errs.Add(1)
				case res.StatusCode == http.StatusServiceUnavailable:
					errs.Add(1)
					busy.Add(1)
				case res.StatusCode != http.StatusOK && res.StatusCode != http.StatusNotModified:
					errs.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	r := loadResult{Requests: len(latencies), Errors: int(errs.Load()), Busy: int(busy.Load()),
		Elapsed: time.Since(start), Bytes: bytes.Load()}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		r.P50 = latencies[len(latencies)/2]
		r.P99 = latencies[min(len(latencies)-1, len(latencies)*99/100)]
		r.Max = latencies[len(latencies)-1]
	}
	return r, nil
}

// loadtestCommand is `web loadtest [flags] URL`.
func loadtestCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := loadConfig{}
	fs.IntVar(&cfg.Conns, "c", 200, "concurrent connections")
	fs.DurationVar(&cfg.Duration, "d", 10*time.Second, "how long to send requests (at most 10m)")
	fs.IntVar(&cfg.Max, "n", 1_000_000, "stop after this many requests")
	fs.BoolVar(&cfg.Gzip, "gzip", true, "ask for gzip, as browsers do")
	fs.Float64Var(&cfg.Rate, "rate", 0, "requests a second in all, sent on time whatever the answers take (latency counted from when each was due); 0 sends each connection's next request when its answer is in")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: web loadtest [-c 200] [-d 10s] [-n 1000000] [-rate 0] [-gzip=true] http://127.0.0.1:8080/stories/1")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	cfg.URL = fs.Arg(0)
	r, err := runLoad(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	fmt.Fprintln(stdout, r)
	if r.Errors > 0 {
		return 1
	}
	return 0
}
