package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// The exports write a story's events as they make them, one at a time,
// instead of building the whole document first: what they hold in memory
// is one event's part of the output, whatever the size of the story.

// arrayWriter writes an indented JSON document whose last field is an
// array, element by element, giving the bytes json.Encoder with
// SetIndent("", "  ") gives for the whole document.
type arrayWriter struct {
	w      io.Writer
	format string
	// head is the document up to its array's "[", tail what follows the
	// array's "]" (with the newline Encode ends with); indent starts each
	// element's lines, close goes before the "]" of a non-empty array.
	head, tail    []byte
	indent, close string
	n             int
	buf           bytes.Buffer
	enc           *json.Encoder
	err           error
}

// newArrayWriter starts writing doc, whose last field must be an empty
// array (not nil: "[]"), to w; Write adds each element, Close ends it.
func newArrayWriter(w io.Writer, doc any, format string) (*arrayWriter, error) {
	whole, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", format, err)
	}
	at := bytes.LastIndex(whole, []byte("[]"))
	if at < 0 || strings.Trim(string(whole[at+2:]), "\n }") != "" {
		return nil, fmt.Errorf("write %s: the document does not end with an array", format)
	}
	tail := whole[at+2:]
	depth := strings.Count(string(tail), "}") // of the array's field
	a := &arrayWriter{w: w, format: format, head: whole[:at+1], tail: append(tail, '\n'),
		indent: strings.Repeat("  ", depth+1), close: "\n" + strings.Repeat("  ", depth)}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetIndent(a.indent, "  ")
	_, a.err = w.Write(a.head)
	return a, a.wrap()
}

// Write adds v to the array.
func (a *arrayWriter) Write(v any) error {
	if a.err != nil {
		return a.err
	}
	a.buf.Reset()
	if a.n > 0 {
		a.buf.WriteByte(',')
	}
	a.buf.WriteByte('\n')
	a.buf.WriteString(a.indent)
	if a.err = a.enc.Encode(v); a.err != nil {
		return a.wrap()
	}
	a.n++
	b := a.buf.Bytes()
	_, a.err = a.w.Write(b[:len(b)-1]) // Encode ends with a newline
	return a.wrap()
}

// Close ends the array and the document.
func (a *arrayWriter) Close() error {
	if a.err != nil {
		return a.err
	}
	if a.n > 0 {
		_, a.err = io.WriteString(a.w, a.close)
		if a.err != nil {
			return a.wrap()
		}
	}
	_, a.err = io.WriteString(a.w, "]")
	if a.err == nil {
		_, a.err = a.w.Write(a.tail)
	}
	return a.wrap()
}

func (a *arrayWriter) wrap() error {
	if a.err != nil {
		return fmt.Errorf("write %s: %w", a.format, a.err)
	}
	return nil
}
