package main

import (
	"io/fs"
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
	// The client's address is the connection's: headers such as
	// X-Forwarded-For are not trusted (the login rate limit counts by it).
	e.IPExtractor = echo.ExtractIPDirect()

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
		ContentSecurityPolicy: a.contentSecurityPolicy("'none'"),
	}))
	e.Use(middleware.GzipWithConfig(middleware.GzipConfig{
		Level: gzipLevel,
		// Short answers (redirects, small JSON) are not worth a gzip frame.
		MinLength: 1024,
		Skipper: func(c echo.Context) bool {
			return selfCompressed[c.Path()] || compressedAsset(c.Request().URL.Path)
		},
	}))
	e.Use(middleware.BodyLimit(bodyLimit))
	e.Use(a.authenticate)
	e.Use(a.csrf)

	// Pages.
	e.GET("/", a.storyList)
	e.GET("/stories", a.storyList)
	e.GET("/stories/new", a.require(timeline.ActionCreateStory, a.newStory))
	e.POST("/stories", a.require(timeline.ActionCreateStory, a.createStory))
	e.GET("/stories/:id", a.showStory, a.readStory)
	e.GET("/stories/:id/documents/new", a.require(timeline.ActionEditStory, a.newDocument))
	e.POST("/stories/:id/documents", a.require(timeline.ActionEditStory, a.createDocument))
	e.POST("/stories/:id/imports", a.require(timeline.ActionEditStory, a.createImport))
	e.POST("/stories/:id/reextract", a.require(timeline.ActionEditStory, a.reextractStory))
	e.GET("/imports/:id", a.require(timeline.ActionRead, a.showImport))
	e.POST("/imports/:id/cancel", a.require(timeline.ActionEditStory, a.cancelImport))
	e.GET("/stories/:id/manage", a.require(timeline.ActionEditStory, a.manageStory))
	e.POST("/stories/:id/title", a.require(timeline.ActionEditStory, a.renameStory))
	e.POST("/stories/:id/delete", a.require(timeline.ActionDeleteStory, a.deleteStory))
	e.POST("/stories/:id/public", a.require(timeline.ActionShareStory, a.setStoryPublic))
	e.POST("/stories/:id/key-dates", a.require(timeline.ActionEditEvent, a.editKeyDate))
	e.GET("/documents/:id", a.showDocument)
	e.POST("/documents/:id/published", a.require(timeline.ActionEditStory, a.setPublished))
	e.POST("/documents/:id/anchoring", a.require(timeline.ActionEditStory, a.setAnchoring))
	e.GET("/documents/:id/remove", a.require(timeline.ActionEditStory, a.removeDocumentPage))
	e.POST("/documents/:id/remove", a.require(timeline.ActionEditStory, a.removeDocument))
	e.GET("/events/:id", a.showEvent)

	// Review and annotation.
	e.POST("/events/:id/edit", a.editEvent) // checks the role per field
	e.POST("/events/:id/merge", a.require(timeline.ActionEditEvent, a.mergeEvent))
	e.POST("/events/:id/split", a.require(timeline.ActionEditEvent, a.splitEvent))
	e.POST("/events/:id/notes", a.require(timeline.ActionAddNote, a.addNote))
	e.POST("/changes/:id/revert", a.require(timeline.ActionEditEvent, a.revertChange))
	e.GET("/places/search", a.require(timeline.ActionRead, a.placeSearch))
	e.GET("/stories/:id/review", a.require(timeline.ActionRead, a.reviewQueue))
	e.POST("/stories/:id/share", a.require(timeline.ActionShareStory, a.shareStory))
	e.POST("/stories/:id/share/:link/revoke", a.require(timeline.ActionShareStory, a.revokeShare))
	e.GET("/share/:token", a.showShared)

	// Exports.
	e.GET("/stories/:id/export.json", a.exportJSON, a.readStory)
	e.GET("/stories/:id/export.ics", a.exportICS, a.readStory)
	e.GET("/stories/:id/export.timeline.json", a.exportTimelineJS, a.readStory)
	e.GET("/stories/:id/export.geojson", a.exportGeoJSON, a.readStory)
	e.GET("/stories/:id/export.csv", a.exportCSV, a.readStory)
	e.GET("/stories/:id/export.storymap.json", a.exportStoryMap, a.readStory)
	e.GET("/stories/:id/embed", a.embedStory, a.readStory) // the one page other sites may frame

	// JSON API.
	e.GET("/api/stories", a.apiListStories)
	e.POST("/api/stories", a.require(timeline.ActionCreateStory, a.apiCreateStory))
	e.GET("/api/stories/:id", a.apiStory, a.readStory)
	e.GET("/api/stories/:id/key-dates", a.apiKeyDates, a.readStory)
	e.PATCH("/api/stories/:id/key-dates/:date", a.require(timeline.ActionEditEvent, a.apiPatchKeyDate))
	e.PATCH("/api/stories/:id", a.apiPatchStory) // checks the role per field
	e.DELETE("/api/stories/:id", a.require(timeline.ActionDeleteStory, a.apiDeleteStory))
	e.POST("/api/stories/:id/documents", a.require(timeline.ActionEditStory, a.apiAddDocument))
	e.DELETE("/api/documents/:id", a.require(timeline.ActionEditStory, a.apiDeleteDocument))
	e.PUT("/api/documents/:id/anchoring", a.require(timeline.ActionEditStory, a.apiSetAnchoring))
	e.POST("/api/stories/:id/imports", a.require(timeline.ActionEditStory, a.apiCreateImport))
	e.POST("/api/stories/:id/reextract", a.require(timeline.ActionEditStory, a.apiReextract))
	e.GET("/api/imports/:id", a.require(timeline.ActionRead, a.apiShowImport))
	e.POST("/api/imports/:id/cancel", a.require(timeline.ActionEditStory, a.apiCancelImport))
	e.DELETE("/api/imports/:id", a.require(timeline.ActionEditStory, a.apiCancelImport))
	e.GET("/api/events/:id", a.apiEvent)
	e.PATCH("/api/events/:id", a.apiPatchEvent)                                    // checks the role per field
	e.GET("/api/events/:id/history", a.require(timeline.ActionRead, a.apiHistory)) // the newsroom's only
	e.GET("/api/events/:id/notes", a.require(timeline.ActionRead, a.apiNotes))
	e.POST("/api/events/:id/notes", a.require(timeline.ActionAddNote, a.apiAddNote))
	e.POST("/api/stories/import", a.require(timeline.ActionCreateStory, a.apiImportStory))
	e.GET("/api/openapi.json", a.openAPI)

	// Accounts.
	e.GET("/login", a.loginPage)
	e.POST("/login", a.login)
	e.POST("/logout", a.logout)
	e.GET("/setup/:token", a.setupPage)
	e.POST("/setup/:token", a.setup)
	e.GET("/account", a.require(timeline.ActionOwnTokens, a.account))
	e.POST("/account/password", a.require(timeline.ActionOwnTokens, a.changePassword))
	e.POST("/account/tokens", a.require(timeline.ActionOwnTokens, a.createToken))
	e.POST("/account/tokens/:id/revoke", a.require(timeline.ActionOwnTokens, a.revokeToken))
	e.GET("/admin/users", a.require(timeline.ActionManageUsers, a.users))
	e.POST("/admin/users", a.require(timeline.ActionManageUsers, a.addUser))
	e.POST("/admin/users/:id/role", a.require(timeline.ActionManageUsers, a.setRole))
	e.POST("/admin/users/:id/delete", a.require(timeline.ActionManageUsers, a.deleteUser))

	// Front-end assets.
	e.GET("/static/*", staticFiles(static.Dist))
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok\n") })
	return e
}

// gzipLevel trades a little size for speed: level 5 gives most of what 9
// gives on HTML and JSON for a fraction of the CPU.
const gzipLevel = 5

// selfCompressed are the routes that read a whole story: they answer
// through serveStory, which gzips them itself as it caches them gzipped (see
// cache.go), so the gzip middleware leaves them alone.
var selfCompressed = map[string]bool{
	"/stories/:id": true, "/share/:token": true, "/api/stories/:id": true,
	"/stories/:id/export.json": true, "/stories/:id/export.ics": true, "/stories/:id/export.timeline.json": true,
	"/stories/:id/export.geojson": true, "/stories/:id/export.csv": true, "/stories/:id/export.storymap.json": true,
	"/stories/:id/embed": true,
}

// compressedAsset reports whether a static file is compressed already
// (images, fonts): gzip would only cost time.
func compressedAsset(path string) bool {
	if !strings.HasPrefix(path, "/static/") {
		return false
	}
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".gz", ".zip"} {
		if strings.HasSuffix(path, ext) {
			return true
		}
	}
	return false
}

// staticFiles serves the front-end assets of fsys at /static/: files only,
// a directory is not found rather than listed.
func staticFiles(fsys fs.FS) echo.HandlerFunc {
	files := http.StripPrefix("/static/", http.FileServerFS(fsys))
	return func(c echo.Context) error {
		name := strings.TrimPrefix(c.Request().URL.Path, "/static/")
		if name == "" || strings.HasSuffix(name, "/") {
			return echo.ErrNotFound
		}
		st, err := fs.Stat(fsys, name)
		if err != nil || st.IsDir() {
			return echo.ErrNotFound
		}
		files.ServeHTTP(c.Response(), c.Request())
		return nil
	}
}

// contentSecurityPolicy allows scripts and styles from the app only; the
// JSON data blocks are not executed, so they need no exception. Tiles, when
// configured, may load images from their origin. frameAncestors says who
// may frame the page: 'none' for every page but the embed page ("*").
func (a *App) contentSecurityPolicy(frameAncestors string) string {
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
		"frame-ancestors " + frameAncestors,
	}, "; ")
}
