// Package yamlread reads YAML and JSON documents into node trees that know
// the line and column of every value, walks them strictly (every key
// known, every value of its type) and collects every problem, located,
// with did-you-mean hints. It is the machinery under assessment's readers
// of banks, answers, results and progress; it knows nothing of them.
package yamlread
