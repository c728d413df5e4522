package html

import (
	_ "embed"
	"html/template"
)

var htmlTemplate = template.Must(template.New("page").Parse(htmlPageTemplate + htmlPartsTemplate))

var htmlPageTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>` + htmlCSS + `</style>
</head>
<body class="{{.Kind}}">
<main>
<header class="masthead">
<p class="eyebrow">{{.Eyebrow}}</p>
<h1>{{.Heading}}</h1>
{{- if .Meta}}
<p class="meta">{{range $i, $m := .Meta}}{{if $i}} · {{end}}{{$m}}{{end}}</p>
{{- end}}
</header>
<section class="verdict" aria-label="Summary">
<p class="headline">{{.Headline}}</p>
{{- range .Lede}}
<p class="lede">{{.}}</p>
{{- end}}
{{- if .Facts}}
<ul class="facts">
{{- range .Facts}}
<li><span class="label">{{.Label}}</span> <span class="value">{{.Value}}</span></li>
{{- end}}
</ul>
{{- end}}
{{- with .Leaders}}
{{template "table" .}}
{{- end}}
{{- if .Notes}}
<aside class="callout" aria-labelledby="notes-h">
<h2 id="notes-h">{{.NotesHead}}</h2>
<ul>
{{- range .Notes}}
<li{{if .Warn}} class="warn"{{end}}>{{if .Warn}}<span class="flag-mark" aria-hidden="true">!</span> {{end}}{{.Text}}{{with .Link}} <a href="{{.}}">See below</a>.{{end}}</li>
{{- end}}
</ul>
</aside>
{{- end}}
</section>
{{- with .Radar}}
<section class="cores" aria-labelledby="cores-h">
<h2 id="cores-h">Where the power sits</h2>
<div class="chart-row {{$.Layout}}">
<figure class="chart">
{{template "radar" .}}
<figcaption>
<ul class="legend">
{{- range .Legend}}
<li>{{template "swatch" .}}{{.Text}}</li>
{{- end}}
</ul>
<p class="scale">{{.Caption}}</p>
</figcaption>
</figure>
{{- if eq $.Layout "side"}}
{{template "table" $.CoreTable}}
{{- end}}
</div>
{{- if ne $.Layout "side"}}
{{template "table" $.CoreTable}}
{{- end}}
</section>
{{- else}}
{{- if .CoreTable.Rows}}
<section class="cores" aria-labelledby="cores-h">
<h2 id="cores-h">Where the power sits</h2>
{{template "table" .CoreTable}}
</section>
{{- end}}
{{- end}}
{{- with .Members}}
<section class="members" aria-labelledby="members-h">
<h2 id="members-h">Members</h2>
{{template "table" .}}
</section>
{{- end}}
{{- range .Cards}}
<section class="card" aria-labelledby="card-{{.ID}}">
<p class="eyebrow">{{.Role}}</p>
<h2 id="card-{{.ID}}">{{.Name}}</h2>
{{- with .Summary}}
<p class="summary">{{.}}</p>
{{- end}}
<div class="card-cols">
{{- if .Strengths}}
<div>
<h3>Strengths to build on</h3>
<ul class="strengths">
{{- range .Strengths}}
<li>{{.}}</li>
{{- end}}
</ul>
</div>
{{- end}}
{{- if .HotSpots}}
<div>
<h3>Customer hot spots to watch</h3>
<ul class="hotspots">
{{- range .HotSpots}}
<li>{{.}}</li>
{{- end}}
</ul>
</div>
{{- end}}
</div>
{{- if .Kickstart}}
<h3>Kickstart for {{.Name}}: weave the customer into its own work</h3>
<ol class="steps">
{{- range .Kickstart}}
<li>{{.}}</li>
{{- end}}
</ol>
{{- end}}
</section>
{{- end}}
{{- with .Supporting}}
<aside class="support" aria-labelledby="support-h">
<h2 id="support-h"><span class="eyebrow">In support</span> {{.Name}}</h2>
{{- with .AsSupport}}
<p>{{.}}</p>
{{- end}}
</aside>
{{- end}}
{{- with .Competencies}}
<section class="competencies" aria-labelledby="comp-h">
<h2 id="comp-h">Customer-focus competencies</h2>
<p class="intro">{{.Intro}}</p>
<ul class="legend">
{{- range .Legend}}
<li>{{template "swatch" .}}{{.Text}}</li>
{{- end}}
</ul>
{{- range .Bars}}
{{template "bar" .}}
{{- end}}
<details{{if .Open}} open{{end}}>
<summary>The same numbers as a table</summary>
{{template "table" .Table}}
</details>
</section>
{{- end}}
{{- with .Priorities}}
<section class="priorities" aria-labelledby="prio-h">
<h2 id="prio-h">Where to start</h2>
{{- if .Actions}}
<ol class="actions">
{{- range .Actions}}
<li><strong>{{.Text}}</strong> <span class="from">{{.From}}</span></li>
{{- end}}
</ol>
{{- end}}
{{- if .FindOut}}
<p class="label">To find out</p>
<ul class="find-out">
{{- range .FindOut}}
<li><strong>{{.Text}}</strong> <span class="from">{{.From}}</span></li>
{{- end}}
</ul>
{{- end}}
{{- if .Weakest}}
<p class="label">The lowest-rated practices</p>
<ul class="weakest">
{{- range .Weakest}}
<li>“{{.Prompt}}”: {{.Rated}} ({{.Competency}})</li>
{{- end}}
</ul>
{{- end}}
{{- if .Behind}}
<p class="label">Every gap, largest first, with its next steps</p>
{{- end}}
{{- if .AllAhead}}
<p>Every scored competency is at or above its target: keep it there.</p>
{{- end}}
{{- if .Behind}}
<ol class="steps">
{{- range .Behind}}
<li>
<h3>{{.Name}}</h3>
<p class="gap">{{.Words}}</p>
{{- if .Steps}}
<p class="label">Next steps</p>
<ul>
{{- range .Steps}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</li>
{{- end}}
</ol>
{{- end}}
{{- with .Ahead}}
<p class="ahead">{{.}}</p>
{{- end}}
</section>
{{- end}}
{{- if .Reflections}}
<section class="reflections" aria-labelledby="refl-h">
<h2 id="refl-h">Your reflections</h2>
{{- range .Reflections}}
<figure class="reflection">
<figcaption>{{.Prompt}}</figcaption>
<blockquote>{{.Text}}</blockquote>
</figure>
{{- end}}
</section>
{{- end}}
{{- if .Flags}}
<section class="flags callout" id="flags" aria-labelledby="flags-h">
<h2 id="flags-h">Read with care</h2>
<ul>
{{- range .Flags}}
<li class="warn"><span class="flag-mark" aria-hidden="true">!</span> <strong>{{.Flag}}</strong>: {{.Words}}
{{- with .Items}}
<ul>
{{- range .}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}</li>
{{- end}}
</ul>
</section>
{{- end}}
<footer>
{{- range .Footer}}
<p>{{.}}</p>
{{- end}}
</footer>
</main>
</body>
</html>
`

const htmlPartsTemplate = `
{{- define "table"}}<div class="table-wrap"><table class="data">
{{- with .Caption}}
<caption>{{.}}</caption>
{{- end}}
<thead><tr>{{range .Cols}}<th scope="col"{{if .Num}} class="num"{{end}}>{{.Head}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr{{if .Strong}} class="strong"{{end}}>{{range $i, $c := .Cells}}{{if eq $i 0}}<th scope="row">{{$c}}</th>{{else}}<td{{if (index $.Cols $i).Num}} class="num"{{end}}>{{$c}}</td>{{end}}{{end}}</tr>
{{- end}}
</tbody>
</table></div>
{{- end}}

{{- define "swatch"}}<svg class="swatch" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
{{- if eq .Kind "series"}}<line class="series {{.Class}}" x1="1" y1="7" x2="33" y2="7"/>{{if .Square}}<rect class="mark {{.Class}}" x="13" y="3" width="8" height="8"/>{{else}}<circle class="mark {{.Class}}" cx="17" cy="7" r="4"/>{{end}}
{{- else if eq .Kind "band"}}<rect class="band" x="1" y="2" width="32" height="10"/>
{{- else if eq .Kind "dot"}}<circle class="dot" cx="17" cy="7" r="3.5"/>
{{- else if eq .Kind "range"}}<line class="range" x1="3" y1="7" x2="31" y2="7"/><line class="range" x1="3" y1="3" x2="3" y2="11"/><line class="range" x1="31" y1="3" x2="31" y2="11"/>
{{- else if eq .Kind "target"}}<line class="target" x1="17" y1="0" x2="17" y2="14"/>
{{- else}}<rect class="{{.Class}}" x="1" y="3" width="32" height="8"/>
{{- end}}</svg>
{{- end}}

{{- define "radar"}}<svg class="radar" viewBox="{{.ViewBox}}" role="img" aria-labelledby="{{.ID}}-title {{.ID}}-desc">
<title id="{{.ID}}-title">{{.Title}}</title>
<desc id="{{.ID}}-desc">{{.Desc}}</desc>
<g class="grid">
{{- range .Rings}}
<polygon class="ring" points="{{.Points}}"/>
{{- end}}
<polygon class="even" points="{{.Even}}"/>
{{- range .Spokes}}
<line class="spoke" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>
{{- end}}
{{- range .Rings}}
<text class="ring-label" x="{{.X}}" y="{{.Y}}">{{.Label}}</text>
{{- end}}
</g>
{{- with .Band}}
<path class="band" fill-rule="evenodd" d="{{.}}"/>
{{- end}}
{{- range .Whiskers}}
<line class="whisker" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>
{{- end}}
{{- range .Series}}
<polygon class="series {{.Class}}" points="{{.Points}}"/>
{{- end}}
{{- range .Dots}}
<circle class="dot" cx="{{.X}}" cy="{{.Y}}" r="3.5"/>
{{- end}}
{{- range .Series}}
{{- $class := .Class}}
{{- if .Square}}
{{- range .Marks}}
<rect class="mark {{$class}}" x="{{.X}}" y="{{.Y}}" width="8" height="8"/>
{{- end}}
{{- else}}
{{- range .Marks}}
<circle class="mark {{$class}}" cx="{{.X}}" cy="{{.Y}}" r="4.5"/>
{{- end}}
{{- end}}
{{- end}}
{{- range .Labels}}
{{- $l := .}}
<text class="axis-label" x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{range $i, $line := .Lines}}<tspan x="{{$l.X}}"{{if $i}} dy="18"{{end}}>{{$line}}</tspan>{{end}}<tspan class="axis-value" x="{{.X}}" dy="18">{{.Value}}</tspan></text>
{{- end}}
</svg>
{{- end}}

{{- define "bar"}}<div class="comp">
<div class="comp-head"><h3>{{.Name}}</h3><p class="score"><strong>{{.Score}}</strong> <span>{{.Aside}}</span></p></div>
<svg class="bar" width="100%" height="{{if .Lo}}46{{else}}40{{end}}" role="img" aria-labelledby="{{.ID}}-t {{.ID}}-d">
<title id="{{.ID}}-t">{{.Title}}</title>
<desc id="{{.ID}}-d">{{.Desc}}</desc>
<rect class="track" x="0" y="16" width="100%" height="18"/>
{{- range .Edges}}
<line class="edge" x1="{{.}}%" y1="16" x2="{{.}}%" y2="34"/>
{{- end}}
{{- if .Before}}
<rect class="bar-before" x="0" y="17" width="{{.Before}}%" height="6"/>
{{- end}}
{{- if .Fill}}
<rect class="bar-fill" x="0" y="{{if .Before}}24{{else}}17{{end}}" width="{{.Fill}}%" height="{{if .Before}}10{{else}}16{{end}}"/>
{{- end}}
{{- if .Lo}}
<line class="range" x1="{{.Lo}}%" y1="41" x2="{{.Hi}}%" y2="41"/>
<line class="range" x1="{{.Lo}}%" y1="37" x2="{{.Lo}}%" y2="45"/>
<line class="range" x1="{{.Hi}}%" y1="37" x2="{{.Hi}}%" y2="45"/>
{{- end}}
<line class="target" x1="{{.Target}}%" y1="12" x2="{{.Target}}%" y2="38"/>
<text class="target-label" x="{{.Target}}%" y="10" text-anchor="{{.Anchor}}">{{.TargetLabel}}</text>
</svg>
<p class="words">{{.Words}}</p>
</div>
{{- end}}
`

// htmlCSS styles the page for the screen and for print. Colours reach the
// charts through classes only; --radar is the main shape's stroke.
//
//go:embed report.css
var htmlCSS string
