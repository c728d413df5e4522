// Package lineread reads input one line at a time without reading ahead,
// so that prompts after it still find their input when it is piped.
package lineread
