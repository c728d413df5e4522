package render

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// glyphs is a 5-row block font for banners on a projector: '#' is a full
// cell. Letters it lacks are drawn as a blank.
var glyphs = map[rune][5]string{
	'A': {".###.", "#...#", "#####", "#...#", "#...#"},
	'B': {"####.", "#...#", "####.", "#...#", "####."},
	'C': {".####", "#....", "#....", "#....", ".####"},
	'D': {"####.", "#...#", "#...#", "#...#", "####."},
	'E': {"#####", "#....", "####.", "#....", "#####"},
	'F': {"#####", "#....", "####.", "#....", "#...."},
	'G': {".####", "#....", "#..##", "#...#", ".###."},
	'H': {"#...#", "#...#", "#####", "#...#", "#...#"},
	'I': {"###", ".#.", ".#.", ".#.", "###"},
	'J': {"..###", "...#.", "...#.", "#..#.", ".##.."},
	'K': {"#...#", "#..#.", "###..", "#..#.", "#...#"},
	'L': {"#....", "#....", "#....", "#....", "#####"},
	'M': {"#...#", "##.##", "#.#.#", "#...#", "#...#"},
	'N': {"#...#", "##..#", "#.#.#", "#..##", "#...#"},
	'O': {".###.", "#...#", "#...#", "#...#", ".###."},
	'P': {"####.", "#...#", "####.", "#....", "#...."},
	'Q': {".###.", "#...#", "#.#.#", "#..#.", ".##.#"},
	'R': {"####.", "#...#", "####.", "#..#.", "#...#"},
	'S': {".####", "#....", ".###.", "....#", "####."},
	'T': {"#####", "..#..", "..#..", "..#..", "..#.."},
	'U': {"#...#", "#...#", "#...#", "#...#", ".###."},
	'V': {"#...#", "#...#", "#...#", ".#.#.", "..#.."},
	'W': {"#...#", "#...#", "#.#.#", "##.##", "#...#"},
	'X': {"#...#", ".#.#.", "..#..", ".#.#.", "#...#"},
	'Y': {"#...#", ".#.#.", "..#..", "..#..", "..#.."},
	'Z': {"#####", "...#.", "..#..", ".#...", "#####"},
	'0': {".###.", "#..##", "#.#.#", "##..#", ".###."},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"####.", "....#", ".###.", "#....", "#####"},
	'3': {"####.", "....#", ".###.", "....#", "####."},
	'4': {"#...#", "#...#", "#####", "....#", "....#"},
	'5': {"#####", "#....", "####.", "....#", "####."},
	'6': {".###.", "#....", "####.", "#...#", ".###."},
	'7': {"#####", "....#", "...#.", "..#..", "..#.."},
	'8': {".###.", "#...#", ".###.", "#...#", ".###."},
	'9': {".###.", "#...#", ".####", "....#", ".###."},
	' ': {"..", "..", "..", "..", ".."},
	'-': {"....", "....", "####", "....", "...."},
	'+': {".....", "..#..", "#####", "..#..", "....."},
	'&': {".##..", "#..#.", ".##.#", "#..#.", ".##.#"},
	'.': {".", ".", ".", ".", "#"},
}

// glyphCells turns a glyph row into cells.
var glyphCells = strings.NewReplacer("#", "█", ".", " ")

// BannerLine draws one line of text in the block font, or false when a
// character has no glyph.
func BannerLine(text string) ([5]string, bool) {
	return drawGlyphs(text, func(r rune) ([5]string, bool) {
		g, ok := glyphs[r]
		return g, ok
	})
}

// drawGlyphs draws text a glyph at a time, each found by glyph, a column
// apart; false when one of its characters has none.
func drawGlyphs(text string, glyph func(rune) ([5]string, bool)) ([5]string, bool) {
	var rows [5]string
	for i, r := range text {
		g, ok := glyph(r)
		if !ok {
			return rows, false
		}
		for y := range rows {
			if i > 0 {
				rows[y] += " "
			}
			rows[y] += glyphCells.Replace(g[y])
		}
	}
	return rows, true
}

// Banner draws text in large block letters to fit width: as many words
// to a line as fit, so that a long name takes as few lines as it can; as
// plain bold text when even a word is too wide or a letter has no glyph.
func Banner(text string, width int, st *Styles) string {
	text = strings.ToUpper(text)
	fits := func(line string) bool {
		rows, ok := BannerLine(line)
		return ok && lipgloss.Width(rows[0]) <= width
	}
	var lines []string
	for _, word := range strings.Fields(text) {
		if n := len(lines); n > 0 && fits(lines[n-1]+" "+word) {
			lines[n-1] += " " + word
			continue
		}
		if !fits(word) {
			return st.Banner.Render(lipgloss.Wrap(text, width, ""))
		}
		lines = append(lines, word)
	}
	var out []string
	for _, line := range lines {
		if len(out) > 0 {
			out = append(out, "")
		}
		rows, _ := BannerLine(line)
		out = append(out, rows[:]...)
	}
	return st.Banner.Render(strings.Join(out, "\n"))
}
