package main

import (
	_ "embed"
	"net/http"

	"github.com/labstack/echo/v4"
)

// openAPIDocument is the OpenAPI 3.0 description of the JSON API and the
// exports, written by hand; TestOpenAPIMatchesRoutes keeps it in step with
// the routes.
//
//go:embed openapi.json
var openAPIDocument []byte

// openAPI is GET /api/openapi.json.
func (a *App) openAPI(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, "*")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSONCharsetUTF8, openAPIDocument)
}
