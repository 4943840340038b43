package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"storyline/db"
	"storyline/ingest"
	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
	"storyline/views"
)

// App is the web application: its configuration, logger, store, extractor
// and router.
type App struct {
	config    Config
	logger    *slog.Logger
	store     *db.DB
	extractor *extract.Extractor
	// ingest adds and removes documents; worker runs import and
	// re-extraction jobs in the background until stopWorker is called.
	ingest     *ingest.Service
	worker     *ingest.Worker
	stopWorker context.CancelFunc
	workerDone chan struct{}
	echo       *echo.Echo
	server     *http.Server
	listener   net.Listener
	done       chan error
	// logins counts failed sign-ins.
	logins *limiter
	// cache holds rendered story pages and exports; gate bounds the heavy
	// requests rendered at once (see cache.go).
	cache *responseCache
	gate  *heavyGate
	// infos reads stories' rows for many requests at once (story_info.go).
	infos *storyInfos
	// warmPages are the public pages rendered again after writes, by the
	// loop stopWarm stops (warm.go).
	warmPages *warmPages
	stopWarm  context.CancelFunc
	warmDone  chan struct{}
	// outside keeps the outsiders' list entry of each public story, by
	// the story's version (see readableStories).
	outside outsideSummaries
	// keyDates keeps the ranked key dates of the stories viewed last, by
	// story version (see rankKeyDates).
	keyDates rankedKeyDates
	// setupToken is the first-run set-up token, made when the database
	// has no user; Start prints its link to stderr.
	setupToken string
	stderr     io.Writer
}

// NewExtractor builds the extraction pipeline with the bundled gazetteer.
func NewExtractor() (*extract.Extractor, error) {
	gaz, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("loading gazetteer: %w", err)
	}
	return extract.NewExtractor(temporal.NewTagger(), gaz), nil
}

// New opens the database, builds the router and, on an empty database when
// the configuration asks for it, loads the demo story. A nil extractor is
// built with NewExtractor.
func New(ctx context.Context, cfg Config, logger *slog.Logger, extractor *extract.Extractor) (*App, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if extractor == nil {
		var err error
		if extractor, err = NewExtractor(); err != nil {
			return nil, err
		}
	}
	if dir := filepath.Dir(cfg.DB); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating database directory: %w", err)
		}
	}
	store, err := db.Open(cfg.DB)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", cfg.DB, err)
	}
	a := &App{config: cfg, logger: logger, store: store, extractor: extractor,
		logins: newLimiter(loginLimit, time.Minute), stderr: os.Stderr,
		cache: newResponseCache(int64(cfg.CacheMB) << 20), gate: newHeavyGate(cfg.Heavy, cfg.HeavyWait)}
	a.infos = newStoryInfos(store.StoryInfo, store.Commits)
	a.warmPages = &warmPages{max: cfg.Warm}
	a.ingest = &ingest.Service{Store: store, Extractor: extractor,
		Fetcher: ingest.NewFetcher(cfg.FetchPrivate), Logger: logger}
	a.worker = ingest.NewWorker(a.ingest, store, logger)
	a.echo = a.router()
	if cfg.Demo {
		if err := a.loadDemo(ctx); err != nil {
			store.Close()
			return nil, fmt.Errorf("loading demo story: %w", err)
		}
	}
	if err := a.firstRun(ctx); err != nil {
		store.Close()
		return nil, err
	}
	// Jobs left queued or running by an earlier process resume now.
	wctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	a.stopWorker, a.workerDone = stop, make(chan struct{})
	go func() {
		defer close(a.workerDone)
		a.worker.Run(wctx)
	}()
	hctx, stopWarm := context.WithCancel(context.WithoutCancel(ctx))
	a.stopWarm, a.warmDone = stopWarm, make(chan struct{})
	go func() {
		defer close(a.warmDone)
		if cfg.Warm > 0 {
			a.warmLoop(hctx)
		}
	}()
	return a, nil
}

// Handler is the app's HTTP handler, for tests and for the server.
func (a *App) Handler() http.Handler { return a.echo }

// Start listens on the configured address and serves in the background.
func (a *App) Start() error {
	ln, err := net.Listen("tcp", a.config.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", a.config.Addr, err)
	}
	a.listener = ln
	a.server = &http.Server{
		Handler:           a.echo,
		ReadHeaderTimeout: a.config.ReadHeaderTimeout,
		ReadTimeout:       a.config.ReadTimeout,
		WriteTimeout:      a.config.WriteTimeout,
		IdleTimeout:       a.config.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(a.logger.Handler(), slog.LevelWarn),
	}
	a.done = make(chan error, 1)
	go func() {
		err := a.server.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		a.done <- err
	}()
	a.logger.Info("listening", "addr", "http://"+ln.Addr().String())
	if a.setupToken != "" {
		link := "http://" + ln.Addr().String() + "/setup/" + a.setupToken
		a.logger.Info("no account yet: open the set-up link to create the first admin", "url", link)
		fmt.Fprintf(a.stderr, "Open %s to create the first admin account\n", link)
	}
	return nil
}

// firstRun makes a one-time set-up link for the first admin when the
// database has no user: until then nobody can write.
func (a *App) firstRun(ctx context.Context) error {
	n, err := a.store.UserCount(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if a.setupToken, err = a.store.CreateSetupToken(ctx, "", timeline.RoleAdmin, setupTTL); err != nil {
		return fmt.Errorf("making the set-up link: %w", err)
	}
	return nil
}

// Addr is the address the app listens on, once started.
func (a *App) Addr() string {
	if a.listener == nil {
		return ""
	}
	return a.listener.Addr().String()
}

// Run serves until ctx is done or the server fails, then shuts down.
func (a *App) Run(ctx context.Context) error {
	if err := a.Start(); err != nil {
		return err
	}
	select {
	case err := <-a.done:
		a.server = nil
		return err
	case <-ctx.Done():
	}
	return a.Shutdown()
}

// Shutdown stops the server, letting requests in flight finish for a while.
func (a *App) Shutdown() error {
	if a.server == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := a.server.Shutdown(ctx)
	if serr := <-a.done; err == nil {
		err = serr
	}
	a.server = nil
	return err
}

// Close shuts the server down and closes the database.
func (a *App) Close() error {
	err := a.Shutdown()
	// The worker puts the job it is on back in the queue before the
	// database closes, so the next start resumes it.
	a.stopWorker()
	<-a.workerDone
	a.stopWarm()
	<-a.warmDone
	return errors.Join(err, a.store.Close())
}

// page is the layout's part of every view model.
func (a *App) page(c echo.Context, title string) views.Page {
	token, _ := c.Get(csrfContextKey).(string)
	p := views.Page{Title: title, CSRF: token, Credit: geo.Credit, Basemap: views.BasemapAttribution}
	if u, ok := currentUser(c); ok {
		p.User, p.Role = u.Name, string(u.Role)
	}
	return p
}

// render writes a templ component as the response.
func render(c echo.Context, status int, component templ.Component) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	return component.Render(c.Request().Context(), c.Response())
}
