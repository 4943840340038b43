package main

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"syscall"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/views"
)

// This file is the one place that turns errors into HTTP responses.

// statusOf is the HTTP status of each error code.
var statusOf = map[timeline.ErrorCode]int{
	timeline.EInvalid:      http.StatusUnprocessableEntity,
	timeline.ENotFound:     http.StatusNotFound,
	timeline.EConflict:     http.StatusConflict,
	timeline.EForbidden:    http.StatusForbidden,
	timeline.EUnauthorized: http.StatusUnauthorized,
	timeline.ETooLarge:     http.StatusRequestEntityTooLarge,
	timeline.EUnavailable:  http.StatusServiceUnavailable,
	timeline.EInternal:     http.StatusInternalServerError,
}

// maxBodyText is the body limit as users read it.
const maxBodyText = "20 MB"

// errorHandledKey marks a request whose error has been answered.
const errorHandledKey = "storyline.error_handled"

// errorBody is the JSON error of the API.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    timeline.ErrorCode `json:"code"`
	Message string             `json:"message"`
}

// classify returns the status, code and safe message for err.
func classify(err error) (int, timeline.ErrorCode, string) {
	var he *echo.HTTPError
	if errors.As(err, &he) && timeline.ErrorCodeOf(err) == timeline.EInternal {
		// Errors from echo itself (routing, body limit) and from handlers
		// that reject a malformed request.
		switch he.Code {
		case http.StatusNotFound:
			return he.Code, timeline.ENotFound, "There is no page at this address."
		case http.StatusMethodNotAllowed:
			return he.Code, timeline.EInvalid, "This address does not accept that method."
		case http.StatusRequestEntityTooLarge:
			return he.Code, timeline.ETooLarge, "The request is larger than the " + maxBodyText + " limit. Split the article or upload a smaller file."
		case http.StatusForbidden:
			return he.Code, timeline.EForbidden, "This request is not allowed."
		case http.StatusUnauthorized:
			return he.Code, timeline.EUnauthorized, "Sign in first."
		}
		if he.Code >= 400 && he.Code < 500 {
			msg, _ := he.Message.(string)
			if msg == "" {
				msg = http.StatusText(he.Code)
			}
			return he.Code, timeline.EInvalid, msg
		}
		return http.StatusInternalServerError, timeline.EInternal, timeline.ErrorMessage(err)
	}
	code := timeline.ErrorCodeOf(err)
	status, ok := statusOf[code]
	if !ok {
		status, code = http.StatusInternalServerError, timeline.EInternal
	}
	return status, code, timeline.ErrorMessage(err)
}

// statusClientClosed is the status logged for a request whose client went
// away before the answer (nginx's 499); it is never sent.
const statusClientClosed = 499

// clientGone reports whether err comes of the client going away: its
// request's context was canceled (the connection closed), or writing to it
// failed because it hung up.
func clientGone(c echo.Context, err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(c.Request().Context().Err(), context.Canceled) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET)
}

// badRequest is a request the server cannot read at all (malformed JSON, a
// form it cannot parse).
func badRequest(msg string) error { return echo.NewHTTPError(http.StatusBadRequest, msg) }

// handleError is echo's HTTPErrorHandler: it logs internal errors once with
// the request id and answers with an error page, or JSON for /api/ paths.
func (a *App) handleError(err error, c echo.Context) {
	if handled, _ := c.Get(errorHandledKey).(bool); handled {
		// The request logger passes errors here first, and echo passes
		// them again afterwards.
		return
	}
	c.Set(errorHandledKey, true)
	if clientGone(c, err) {
		// Nobody is left to answer: the request logger records it at INFO
		// with status 499 (nginx's "client closed request"), so that
		// monitoring of 5xx errors is not drowned by readers who left.
		if !c.Response().Committed {
			c.Response().Status = statusClientClosed
		}
		a.logger.Debug("client went away", "request_id", requestID(c), "method", c.Request().Method,
			"path", c.Request().URL.Path, "err", err)
		return
	}
	if c.Response().Committed {
		// The response was cut short (a failed write while rendering).
		a.logger.Error("request failed after the response started", "request_id", requestID(c), "path", c.Request().URL.Path, "err", err)
		return
	}
	status, code, msg := classify(err)
	if status == http.StatusServiceUnavailable {
		// Overloaded (see heavyGate): come back in a second; nothing to log.
		c.Response().Header().Set(echo.HeaderRetryAfter, "1")
	} else if status >= 500 {
		a.logger.Error("request failed", "request_id", requestID(c), "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	var werr error
	switch {
	case c.Request().Method == http.MethodHead:
		werr = c.NoContent(status)
	case isAPI(c):
		if status == http.StatusUnauthorized {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="storyline"`)
		}
		werr = c.JSON(status, errorBody{Error: errorDetail{Code: code, Message: msg}})
	case status == http.StatusUnauthorized:
		// People are sent to sign in, and come back afterwards.
		werr = c.Redirect(http.StatusSeeOther, loginURL(c))
	default:
		p := views.ErrorPage{Page: a.page(c, errorTitle(status)), Status: status, Message: msg}
		if status >= 500 {
			p.RequestID = requestID(c)
		}
		werr = render(c, status, views.ErrorView(p))
	}
	if werr != nil {
		a.logger.Error("writing error response", "request_id", requestID(c), "err", werr)
	}
}

func errorTitle(status int) string {
	switch status {
	case http.StatusNotFound:
		return "Not found"
	case http.StatusRequestEntityTooLarge:
		return "Too large"
	case http.StatusUnprocessableEntity, http.StatusBadRequest:
		return "Cannot use this input"
	case http.StatusForbidden:
		return "Not allowed"
	}
	if status >= 500 {
		return "Something went wrong"
	}
	return http.StatusText(status)
}

// isAPI reports whether the request is for the JSON API.
func isAPI(c echo.Context) bool {
	p := c.Request().URL.Path
	return p == "/api" || strings.HasPrefix(p, "/api/")
}

func requestID(c echo.Context) string {
	if id := c.Response().Header().Get(echo.HeaderXRequestID); id != "" {
		return id
	}
	return c.Request().Header.Get(echo.HeaderXRequestID)
}
