package main

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"storyline/static"
	"storyline/timeline"
)

// csrfContextKey is where the CSRF middleware leaves the form token.
const csrfContextKey = "csrf"

// bodyLimit is the largest request body accepted.
const bodyLimit = "20M"

// router builds echo with its middleware and every route of the app.
func (a *App) router() *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = a.handleError

	e.Use(middleware.RequestID())
	e.Use(middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		LogMethod: true, LogURIPath: true, LogStatus: true, LogLatency: true, LogRequestID: true,
		HandleError: true, // the status logged is the one handleError chose
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			a.logger.Info("request", "method", v.Method, "path", v.URIPath, "status", v.Status,
				"latency", v.Latency, "request_id", v.RequestID)
			return nil
		},
	}))
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{DisableStackAll: true, DisablePrintStack: true,
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			a.logger.Error("panic", "request_id", requestID(c), "path", c.Request().URL.Path, "err", err, "stack", string(stack))
			return err
		}}))
	e.Use(middleware.SecureWithConfig(middleware.SecureConfig{
		XSSProtection:         "0",
		ContentTypeNosniff:    "nosniff",
		XFrameOptions:         "DENY",
		ReferrerPolicy:        "same-origin",
		ContentSecurityPolicy: a.contentSecurityPolicy(),
	}))
	e.Use(middleware.BodyLimit(bodyLimit))
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		Skipper:        func(c echo.Context) bool { return isAPI(c) || strings.HasPrefix(c.Request().URL.Path, "/static/") },
		TokenLookup:    "form:_csrf,header:X-CSRF-Token",
		ContextKey:     csrfContextKey,
		CookieName:     "_csrf",
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteStrictMode,
		ErrorHandler: func(err error, c echo.Context) error {
			return timeline.Errorf(timeline.EForbidden, "The form could not be checked: it expired or did not come from this site. Reload the page and send it again.")
		},
	}))

	// Pages.
	e.GET("/", a.storyList)
	e.GET("/stories", a.storyList)
	e.GET("/stories/new", a.newStory)
	e.POST("/stories", a.createStory)
	e.GET("/stories/:id", a.showStory)
	e.GET("/stories/:id/documents/new", a.newDocument)
	e.POST("/stories/:id/documents", a.createDocument)
	e.GET("/documents/:id", a.showDocument)
	e.POST("/documents/:id/published", a.setPublished)
	e.GET("/events/:id", a.showEvent)

	// Exports.
	e.GET("/stories/:id/export.json", a.exportJSON)
	e.GET("/stories/:id/export.ics", a.exportICS)
	e.GET("/stories/:id/export.timeline.json", a.exportTimelineJS)
	e.GET("/stories/:id/export.geojson", a.exportGeoJSON)
	e.GET("/stories/:id/export.csv", a.exportCSV)
	e.GET("/stories/:id/export.storymap.json", a.exportStoryMap)

	// JSON API.
	e.GET("/api/stories", a.apiListStories)
	e.POST("/api/stories", a.apiCreateStory)
	e.GET("/api/stories/:id", a.apiStory)
	e.POST("/api/stories/:id/documents", a.apiAddDocument)

	// Front-end assets.
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", http.FileServerFS(static.Dist))))
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok\n") })
	return e
}

// contentSecurityPolicy allows scripts and styles from the app only; the
// JSON data blocks are not executed, so they need no exception. Tiles, when
// configured, may load images from their origin.
func (a *App) contentSecurityPolicy() string {
	img := "img-src 'self' data: blob:"
	if o := a.config.tileOrigin(); o != "" {
		img += " " + o
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		img,
		"connect-src 'self'",
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	}, "; ")
}
