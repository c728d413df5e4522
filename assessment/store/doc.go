// Package store keeps powercore's files on disk: reads limited in size,
// atomic writes that never replace a file unasked and never follow a link
// where they must not, folders of results, and progress files.
package store
