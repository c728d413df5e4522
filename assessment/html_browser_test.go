package assessment_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// radarInk and beforeInk are the strokes of the radar chart's after (or
// only) shape and of its before shape, as the report's CSS defines them.
// Nothing else on the page is drawn in the radar's colour, so its pixels in
// a screenshot are the chart.
var (
	radarInk  = [3]int{0x0b, 0x7a, 0x75}
	beforeInk = [3]int{0xb4, 0x54, 0x0a}
)

// findChromium finds a Chromium or Chrome to render with: on PATH, else
// Debian's /usr/bin/chromium.
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// screenshot renders an HTML file in headless Chromium at a window size
// such as "1200,1600" and decodes the PNG it takes.
func screenshot(t *testing.T, browser, page, size string) image.Image {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size="+size, "--screenshot="+shot,
		"file://"+page)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// Chromium's helper processes can hold the output open after it exits.
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatalf("chromium took longer than a minute:\n%s", out.String())
	}
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out.String())
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v\n%s", err, out.String())
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	// POWERCORE_SCREENSHOTS keeps the screenshots, to look at by eye.
	if keep := os.Getenv("POWERCORE_SCREENSHOTS"); keep != "" {
		name := strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()) + "-" + strings.Replace(size, ",", "x", 1) + ".png"
		if data, err := os.ReadFile(shot); err == nil {
			_ = os.MkdirAll(keep, 0o755)
			_ = os.WriteFile(filepath.Join(keep, name), data, 0o644)
		}
	}
	return img
}

// pixels counts what a screenshot shows: pixels within a small distance of
// each colour, the pixels that are not the white page, and the box around
// the first colour's pixels.
type pixels struct {
	near     []int
	inked    int
	total    int
	box      image.Rectangle
	boxFound bool
}

func count(img image.Image, colours ...[3]int) pixels {
	p := pixels{near: make([]int, len(colours))}
	bounds := img.Bounds()
	p.total = bounds.Dx() * bounds.Dy()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			c := [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
			if c[0] < 240 || c[1] < 240 || c[2] < 240 {
				p.inked++
			}
			for i, want := range colours {
				if abs(c[0]-want[0])+abs(c[1]-want[1])+abs(c[2]-want[2]) > 60 {
					continue
				}
				p.near[i]++
				if i > 0 {
					continue
				}
				pt := image.Rectangle{Min: image.Pt(x, y), Max: image.Pt(x+1, y+1)}
				if !p.boxFound {
					p.box, p.boxFound = pt, true
				} else {
					p.box = p.box.Union(pt)
				}
			}
		}
	}
	return p
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestHTMLInBrowser renders each report in headless Chromium and checks
// that the page is drawn and the radar chart with it: many pixels of the
// chart's colour over a chart-sized area. It skips when no Chromium is
// installed, unless CI is set.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("renders in a browser: not in -short mode")
	}
	browser := findChromium()
	if browser == "" {
		if os.Getenv("CI") == "" {
			t.Skip("no chromium, chromium-browser or google-chrome on PATH: install Chromium (apt-get install chromium) to check the HTML reports render")
		}
		t.Fatal("no chromium, chromium-browser or google-chrome on PATH, and CI is set: .ci/run installs Debian's chromium")
	}
	dir := t.TempDir()
	for _, r := range htmlReports(t) {
		if r.name == "result-diffuse-without-bank" {
			continue
		}
		t.Run(r.name, func(t *testing.T) {
			page := filepath.Join(dir, r.name+".html")
			if err := os.WriteFile(page, []byte(writeHTML(t, r.write)), 0o644); err != nil {
				t.Fatal(err)
			}
			comparison := strings.HasPrefix(r.name, "compare")
			for _, size := range []string{"1200,1600", "420,1600"} {
				img := screenshot(t, browser, page, size)
				got := count(img, radarInk, beforeInk)
				t.Logf("%s at %s: %d of %d pixels inked, %d in the chart's colour over %v, %d in the before colour",
					r.name, size, got.inked, got.total, got.near[0], got.box.Size(), got.near[1])
				if got.inked < got.total/50 {
					t.Errorf("at %s the page looks blank: %d of %d pixels are not white", size, got.inked, got.total)
				}
				if got.near[0] < 400 {
					t.Errorf("at %s the radar chart is not drawn: %d pixels in its colour, want 400 or more", size, got.near[0])
				}
				if minSide := 100; got.box.Dx() < minSide || got.box.Dy() < minSide {
					t.Errorf("at %s the chart's colour covers only %v, want at least %dx%d", size, got.box.Size(), minSide, minSide)
				}
				if comparison && got.near[1] < 150 {
					t.Errorf("at %s the before shape is not drawn: %d pixels in its colour, want 150 or more", size, got.near[1])
				}
			}
		})
	}
}
