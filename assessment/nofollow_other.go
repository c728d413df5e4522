//go:build !unix

package assessment

// oNoFollow is not available here; the Lstat checks still apply.
const oNoFollow = 0
