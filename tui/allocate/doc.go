// Package allocate is the points field: a huh Field that splits a fixed
// number of points across labelled rows, with its own Styles and KeyMap.
package allocate
