package timeline

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorCode classes an error by what the caller can do about it. cmd/web maps
// each code to one HTTP status.
type ErrorCode string

const (
	EInvalid      ErrorCode = "invalid"      // the input is wrong; the message says how
	ENotFound     ErrorCode = "not_found"    // the thing asked for does not exist
	EConflict     ErrorCode = "conflict"     // the request clashes with the current state
	EForbidden    ErrorCode = "forbidden"    // known user, not allowed
	EUnauthorized ErrorCode = "unauthorized" // not signed in
	ETooLarge     ErrorCode = "too_large"    // the input is bigger than allowed
	EUnavailable  ErrorCode = "unavailable"  // the server is overloaded; try again shortly
	EInternal     ErrorCode = "internal"     // a bug or an outage; the message is not shown
)

// internalMessage is what users see instead of the text of an internal error.
const internalMessage = "An internal error occurred."

// Error is Storyline's one error type: a code, a message that is safe to show
// to users, and optionally the error that caused it.
type Error struct {
	Code    ErrorCode
	Message string
	Err     error
}

// Error returns the message, followed by the cause when the message does not
// already end with it (as it does for errors made by Errorf with %w).
func (e *Error) Error() string {
	msg := e.Message
	if msg == "" {
		msg = string(e.Code)
	}
	if e.Err != nil && !strings.HasSuffix(msg, e.Err.Error()) {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error with code and a message formatted like fmt.Sprintf.
// A %w verb in format sets Err to the wrapped error, and the message shown to
// users then includes that error's text, so wrap only errors that are safe to
// show.
func Errorf(code ErrorCode, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCodeOf returns the code of the first *Error in err's chain; EInternal
// when there is none, and "" for a nil error.
func ErrorCodeOf(err error) ErrorCode {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the message of the first *Error in err's chain, which
// is safe to show to users; internal errors and errors of other types give a
// generic message, and a nil error gives "".
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EInternal && e.Code != "" {
		if e.Message != "" {
			return e.Message
		}
		return string(e.Code)
	}
	return internalMessage
}
