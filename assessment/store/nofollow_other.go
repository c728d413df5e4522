//go:build !unix

package store

// oNoFollow is not available here; the Lstat checks still apply.
const oNoFollow = 0
