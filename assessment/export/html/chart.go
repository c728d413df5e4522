package html

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// htmlLegend is one entry of a chart's legend: a swatch drawn like what
// it stands for, and the words for it. Kind is series (a radar shape, in
// the colour Class, with square or round markers), band, dot, bar (a
// competency bar in the colour Class), range or target.
type htmlLegend struct {
	Kind, Class string
	Square      bool
	Text        string
}

// The radar chart ----------------------------------------------------------

// radarRadius is the radius of the outer ring in SVG units.
const radarRadius = 160.0

// radarLine is the height of a line of axis labels; radarChar a generous
// average width of a character at the labels' size, for the chart's bounds.
const (
	radarLine = 18.0
	radarChar = 8.6
)

// radarSpec is what a radar chart shows: one axis per core, one or two
// shapes, and for a group the members' range and scores.
type radarSpec struct {
	ID, Title, Desc string
	Names           []string
	Values          []string
	Series          []radarSeries
	Lo, Hi          []float64
	Dots            [][]float64
}

type radarSeries struct {
	Class  string
	Square bool
	Scores []float64
}

type htmlRadar struct {
	ID, Title, Desc, Caption string
	ViewBox                  string
	Rings                    []htmlRing
	Even                     string
	Spokes                   []htmlLine
	Labels                   []htmlAxisLabel
	Band                     string
	Whiskers                 []htmlLine
	Dots                     []htmlPoint
	Series                   []htmlShape
	Legend                   []htmlLegend
}

type htmlRing struct{ Points, Label, X, Y string }

type htmlLine struct{ X1, Y1, X2, Y2 string }

type htmlPoint struct{ X, Y string }

type htmlAxisLabel struct {
	X, Y, Anchor string
	Lines        []string
	Value        string
}

type htmlShape struct {
	Class, Points string
	Square        bool
	Marks         []htmlPoint
}

// radarScale is the chart's outer ring and the step between rings. Core
// scores share 100 points, so most sit far below 100: the scale is the
// highest score rounded up to a multiple of 10 (at least 20, rings every
// 10) so the shape fills the chart, and 0–100 with rings every 20 once a
// score passes 60.
func radarScale(top float64) (scale, step float64) {
	if top > 60 {
		return 100, 20
	}
	return max(20, math.Ceil(top/10-1e-9)*10), 10
}

func newRadar(s radarSpec) *htmlRadar {
	n := len(s.Names)
	if n < 3 {
		return nil
	}
	top := 0.0
	for _, se := range s.Series {
		for _, v := range se.Scores {
			top = max(top, v)
		}
	}
	for _, v := range s.Hi {
		top = max(top, v)
	}
	scale, step := radarScale(top)
	angle := func(i int) float64 { return -math.Pi/2 + 2*math.Pi*float64(i)/float64(n) }
	at := func(i int, v float64) (float64, float64) {
		r := radarRadius * math.Max(0, math.Min(v, scale)) / scale
		return r * math.Cos(angle(i)), r * math.Sin(angle(i))
	}
	ring := func(v float64) string {
		pts := make([]string, n)
		for i := range n {
			x, y := at(i, v)
			pts[i] = svgPair(x, y)
		}
		return strings.Join(pts, " ")
	}
	rd := &htmlRadar{ID: s.ID, Title: s.Title, Desc: s.Desc}
	for v := step; v <= scale+1e-9; v += step {
		// Each ring is labelled where it crosses between the first two axes.
		x0, y0 := at(0, v)
		x1, y1 := at(1, v)
		rd.Rings = append(rd.Rings, htmlRing{Points: ring(v), Label: summary.Round(v), X: svgNum((x0+x1)/2 + 4), Y: svgNum((y0+y1)/2 - 3)})
	}
	even := 100 / float64(n)
	rd.Even = ring(even)
	rd.Caption = fmt.Sprintf("Scale 0–%s points, rings every %s", summary.Round(scale), summary.Round(step))
	if scale < 100 {
		rd.Caption += " (the highest score rounded up to the next 10, so the shape fills the chart)"
	}
	rd.Caption += fmt.Sprintf(". The dotted ring is an even split: %s points for each core.", summary.Round(even))

	minX, maxX, minY, maxY := -radarRadius, radarRadius, -radarRadius, radarRadius
	for i, name := range s.Names {
		x, y := at(i, scale)
		rd.Spokes = append(rd.Spokes, htmlLine{X1: "0", Y1: "0", X2: svgNum(x), Y2: svgNum(y)})
		lines := summary.Wrap(name, 18)
		if len(lines) > 3 {
			lines = append(lines[:2], lines[2]+"…")
		}
		value := ""
		if i < len(s.Values) {
			value = s.Values[i]
		}
		cos, sin := math.Cos(angle(i)), math.Sin(angle(i))
		lx, ly := (radarRadius+16)*cos, (radarRadius+16)*sin
		height := radarLine * float64(len(lines)+1)
		topY := ly - height*(1-sin)/2
		width := 0.0
		for _, l := range append(slices.Clone(lines), value) {
			width = max(width, float64(summary.Width(l))*radarChar)
		}
		anchor, left := "middle", lx-width/2
		switch {
		case cos > 0.3:
			anchor, left = "start", lx
		case cos < -0.3:
			anchor, left = "end", lx-width
		}
		minX, maxX = min(minX, left), max(maxX, left+width)
		minY, maxY = min(minY, topY), max(maxY, topY+height)
		rd.Labels = append(rd.Labels, htmlAxisLabel{X: svgNum(lx), Y: svgNum(topY + 14), Anchor: anchor, Lines: lines, Value: value})
	}
	const margin = 8
	rd.ViewBox = fmt.Sprintf("%s %s %s %s", svgNum(minX-margin), svgNum(minY-margin), svgNum(maxX-minX+2*margin), svgNum(maxY-minY+2*margin))

	if len(s.Lo) == n && len(s.Hi) == n {
		rd.Band = "M" + ring2(n, s.Hi, at) + "Z M" + ring2(n, s.Lo, at) + "Z"
		for i := range n {
			x1, y1 := at(i, s.Lo[i])
			x2, y2 := at(i, s.Hi[i])
			rd.Whiskers = append(rd.Whiskers, htmlLine{X1: svgNum(x1), Y1: svgNum(y1), X2: svgNum(x2), Y2: svgNum(y2)})
			// Caps across the axis at both ends.
			px, py := -math.Sin(angle(i))*5, math.Cos(angle(i))*5
			for _, e := range [][2]float64{{x1, y1}, {x2, y2}} {
				rd.Whiskers = append(rd.Whiskers, htmlLine{X1: svgNum(e[0] - px), Y1: svgNum(e[1] - py), X2: svgNum(e[0] + px), Y2: svgNum(e[1] + py)})
			}
		}
	}
	if len(s.Dots) <= 40 {
		for i := range n {
			// Members with the same (rounded) score sit side by side across
			// the axis, so each one stays visible.
			same := map[string][]int{}
			var keys []string
			for m, scores := range s.Dots {
				if i >= len(scores) {
					continue
				}
				k := summary.Round(scores[i])
				if _, ok := same[k]; !ok {
					keys = append(keys, k)
				}
				same[k] = append(same[k], m)
			}
			for _, k := range keys {
				ms := same[k]
				for j, m := range ms {
					x, y := at(i, s.Dots[m][i])
					off := (float64(j) - float64(len(ms)-1)/2) * 7
					x, y = x-math.Sin(angle(i))*off, y+math.Cos(angle(i))*off
					rd.Dots = append(rd.Dots, htmlPoint{X: svgNum(x), Y: svgNum(y)})
				}
			}
		}
	}
	for _, se := range s.Series {
		shape := htmlShape{Class: se.Class, Square: se.Square}
		pts := make([]string, 0, n)
		for i := range n {
			v := 0.0
			if i < len(se.Scores) {
				v = se.Scores[i]
			}
			x, y := at(i, v)
			pts = append(pts, svgPair(x, y))
			if se.Square {
				x, y = x-4, y-4
			}
			shape.Marks = append(shape.Marks, htmlPoint{X: svgNum(x), Y: svgNum(y)})
		}
		shape.Points = strings.Join(pts, " ")
		rd.Series = append(rd.Series, shape)
	}
	return rd
}

func ring2(n int, v []float64, at func(int, float64) (float64, float64)) string {
	pts := make([]string, n)
	for i := range n {
		x, y := at(i, v[i])
		pts[i] = svgPair(x, y)
	}
	return strings.Join(pts, " L")
}

// svgNum writes a coordinate with one decimal, never as "-0.0".
func svgNum(x float64) string {
	s := fmt.Sprintf("%.1f", math.Round(x*10)/10)
	if s == "-0.0" {
		return "0.0"
	}
	return s
}

func svgPair(x, y float64) string { return svgNum(x) + "," + svgNum(y) }

// axisOrder is the order of a chart's axes: the bank's order of its cores,
// so a company's shape is the same in every report, then any core the bank
// does not know, as given.
func axisOrder(ids []string, b *assessment.Bank) []string {
	if b == nil {
		return ids
	}
	var out []string
	for _, c := range b.Cores {
		if slices.Contains(ids, c.ID) {
			out = append(out, c.ID)
		}
	}
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Competency bars ------------------------------------------------------------

// htmlBar is one competency's bar: widths and positions in percent of the
// bar's width, and its words.
type htmlBar struct {
	ID, Name       string
	Score, Aside   string
	Title, Desc    string
	Fill, Before   string
	Lo, Hi         string
	Target, Anchor string
	TargetLabel    string
	Edges          []string
	Words          string
}

func pct(v float64) string { return svgNum(math.Max(0, math.Min(100, v))) }

func newBar(id, name string, target float64, levels []assessment.Level) htmlBar {
	bar := htmlBar{ID: id, Name: name, Target: pct(target), TargetLabel: "target " + summary.Round(target), Anchor: "middle"}
	switch {
	case target > 88:
		bar.Anchor = "end"
	case target < 12:
		bar.Anchor = "start"
	}
	// A tick where each level above the lowest begins.
	lo, hi := assessment.ScaleRange(levels)
	for _, l := range levels {
		if l.Value > lo && l.Value < hi {
			bar.Edges = append(bar.Edges, pct(assessment.LevelScore(levels, l.Value)))
		}
	}
	return bar
}
