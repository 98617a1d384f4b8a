package kroniek

import (
	"errors"
	"fmt"
)

// Error codes: the kinds of failure an application can report. They are
// mapped once to HTTP statuses and exit codes.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	ENOTIMPLEMENTED = "not_implemented"
	EUNAUTHORIZED   = "unauthorized"
	ETOOLARGE       = "too_large"
)

// Error is kroniek's application error. Message is safe to show to users;
// internal details stay in wrapped errors and logs.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("kroniek error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the application error in err's chain,
// EINTERNAL for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	return asError(err).Code
}

// ErrorMessage returns the user-facing message of err: the application
// error's message, or a generic text for internal errors.
func ErrorMessage(err error) string {
	return asError(err).Message
}

// asError returns the application error in err's chain: an empty one for
// nil, and for any other error an internal one, which says no more.
func asError(err error) *Error {
	var e *Error
	switch {
	case err == nil:
		return &Error{}
	case errors.As(err, &e):
		return e
	}
	return &Error{Code: EINTERNAL, Message: "internal error"}
}

// Span is a half-open range [Start, End) of byte offsets into an article's
// cleaned Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
