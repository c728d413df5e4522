// Package summary is what people read of a result, a group or a
// comparison: one view model per document (Summarize, GroupHeadline and
// the group words, Compare with its sentences), the only place a headline,
// a verdict or an action is worded. Every renderer, on screen or in a
// file, draws from it.
package summary
