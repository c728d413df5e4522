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
	var rows [5]string
	for i, r := range text {
		g, ok := glyphs[r]
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

// Banner draws text in large block letters to fit width: on one line if it
// fits, else a word per line; as plain bold text when even a word is too
// wide or a letter has no glyph.
func Banner(text string, width int, st *Styles) string {
	text = strings.ToUpper(text)
	try := [][]string{{text}, strings.Fields(text)}
	for _, lines := range try {
		var out []string
		fits := true
		for _, line := range lines {
			rows, ok := BannerLine(line)
			if !ok || lipgloss.Width(rows[0]) > width {
				fits = false
				break
			}
			if len(out) > 0 {
				out = append(out, "")
			}
			out = append(out, rows[:]...)
		}
		if fits && len(out) > 0 {
			return st.Banner.Render(strings.Join(out, "\n"))
		}
	}
	return st.Banner.Render(lipgloss.Wrap(text, width, ""))
}
