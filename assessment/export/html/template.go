package html

import "html/template"

var htmlTemplate = template.Must(template.New("page").Parse(htmlPageTemplate + htmlPartsTemplate))

const htmlPageTemplate = `<!DOCTYPE html>
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
// charts through classes only; radarInk is the main shape's stroke.
const htmlCSS = `
:root{--ink:#1c2430;--muted:#4a5565;--rule:#d3d9e0;--accent:#1f3a5f;--radar:` + radarInk + `;--before:#b4540a;--bar:#2f4d7a;--warn:#8a3b00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:920px;margin:0 auto;padding:40px 32px 56px}
h1,h2{font-family:Georgia,"Times New Roman",serif;font-weight:normal;color:var(--accent);overflow-wrap:break-word}
h1{font-size:34px;line-height:1.15;margin:0}
h2{font-size:24px;line-height:1.25;margin:44px 0 14px;padding-bottom:6px;border-bottom:1px solid var(--rule)}
h3{font-size:16px;line-height:1.35;margin:18px 0 6px}
p{margin:0 0 10px}
.eyebrow,.label{display:block;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;text-transform:uppercase;letter-spacing:.1em;font-size:12px;font-weight:600;color:var(--muted);margin:0 0 6px}
.masthead{border-bottom:3px solid var(--accent);padding-bottom:16px;margin-bottom:24px}
.meta{margin:10px 0 0;color:var(--muted);font-size:14px}
.headline{font-size:22px;line-height:1.35;font-weight:600;margin:0 0 8px;overflow-wrap:break-word}
.lede{color:var(--muted);max-width:46em}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:22px 0 0;padding:0;list-style:none}
.facts li{border:1px solid var(--rule);border-top:3px solid var(--accent);padding:10px 14px}
.facts .label{margin:0 0 2px}
.facts .value{display:block;font-size:18px;font-weight:600;line-height:1.3;overflow-wrap:break-word}
.callout{border:1px solid var(--rule);border-left:4px solid var(--warn);padding:4px 20px 10px;margin:24px 0 0}
.callout h2{font-size:18px;border:0;margin:12px 0 6px;padding:0;color:var(--warn)}
.callout ul{list-style:none;padding:0;margin:0}
.callout li{margin:6px 0;padding-left:26px;position:relative;overflow-wrap:break-word}
.flag-mark{position:absolute;left:0;top:2px;width:18px;height:18px;border:2px solid var(--warn);border-radius:50%;color:var(--warn);font-size:12px;font-weight:700;line-height:14px;text-align:center}
.chart-row{display:grid;gap:20px 32px;align-items:start}
.chart-row.stack{margin-bottom:18px}
.cores>.table-wrap,.members .table-wrap{max-width:680px}
@media (min-width:820px){.chart-row.side{grid-template-columns:minmax(0,11fr) minmax(0,9fr)}.chart-row.stack figure{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:28px;align-items:center}}
figure{margin:0}
svg.radar{display:block;width:100%;height:auto;max-width:620px;margin:0 auto;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.radar .ring{fill:none;stroke:#c9d0d8;stroke-width:1}
.radar .even{fill:none;stroke:#7b8694;stroke-width:1.2;stroke-dasharray:1.5 4;stroke-linecap:round}
.radar .spoke{stroke:#c9d0d8;stroke-width:1}
.radar .ring-label{font-size:11px;fill:#5f6b7a}
.radar .axis-label{font-size:15px;font-weight:600;fill:var(--ink)}
.radar .axis-value{font-weight:700;fill:var(--accent)}
.series{stroke-width:3;stroke-linejoin:round}
.series.main{fill:rgba(11,122,117,.16);stroke:var(--radar)}
.series.before{fill:rgba(180,84,10,.07);stroke:var(--before);stroke-width:2.5;stroke-dasharray:8 5}
.mark.main{fill:var(--radar);stroke:#fff;stroke-width:1.5}
.mark.before{fill:var(--before);stroke:#fff;stroke-width:1.5}
.radar .band,.swatch .band{fill:rgba(47,77,122,.13);stroke:#6d7f99;stroke-width:1;stroke-dasharray:3 3}
.whisker{stroke:#3d4b5c;stroke-width:1.5}
.dot{fill:#fff;stroke:#3d4b5c;stroke-width:1.4}
figcaption{font-size:14px;color:var(--muted);margin-top:10px}
.legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 20px;font-size:14px;color:var(--ink)}
.legend li{display:flex;align-items:center;gap:8px}
.swatch{flex:none}
.scale{margin:0}
table.data{border-collapse:collapse;width:100%;font-size:15px;font-variant-numeric:tabular-nums}
table.data caption{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.08em;font-weight:600;color:var(--muted);padding-bottom:6px}
.table-wrap{overflow-x:auto}
table.data th,table.data td{padding:6px 8px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
table.data thead th{border-bottom:2px solid var(--ink);font-size:13px;vertical-align:bottom}
table.data tbody th{font-weight:normal}
table.data .num{text-align:right;white-space:nowrap}
table.data thead th.num{white-space:normal}
table.data tr.strong th,table.data tr.strong td{font-weight:700}
.verdict .table-wrap{margin-top:22px;max-width:640px}
.card{border:1px solid var(--rule);border-left:5px solid var(--accent);padding:8px 26px 14px;margin:36px 0 0}
.card h2{border:0;margin:0 0 8px;padding:0;font-size:28px}
.card .summary{font-size:17px}
.card-cols{display:grid;gap:0 32px}
@media (min-width:700px){.card-cols{grid-template-columns:1fr 1fr}}
.card ul{padding-left:20px;margin:0}
.card li{margin:4px 0}
ol.steps{counter-reset:step;list-style:none;padding:0;margin:8px 0 0}
ol.steps>li{counter-increment:step;position:relative;padding-left:44px;margin:12px 0;min-height:30px}
ol.steps>li::before{content:counter(step);position:absolute;left:0;top:0;width:30px;height:30px;border:2px solid var(--accent);border-radius:50%;color:var(--accent);font-weight:700;line-height:26px;text-align:center}
.priorities h3{margin:3px 0 2px}
.priorities .gap{color:var(--muted)}
ol.actions>li{margin:10px 0}
ol.actions .from,ul.find-out .from{display:block;color:var(--muted)}
.priorities ul{padding-left:20px;margin:0;list-style:disc}
.priorities .label{margin:6px 0 2px}
.support{border:1px solid var(--rule);padding:4px 26px 8px;margin:20px 0 0}
.support h2{border:0;font-size:20px;margin:12px 0 6px;padding:0}
.support .eyebrow{display:inline;margin-right:8px}
.comp{margin:22px 0;break-inside:avoid}
.comp-head{display:flex;justify-content:space-between;align-items:baseline;gap:16px}
.comp-head h3{margin:0}
.comp .score{margin:0;white-space:nowrap;color:var(--muted);font-size:14px}
.comp .score strong{font-size:22px;color:var(--ink)}
svg.bar{display:block;overflow:visible;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.bar .track{fill:#eef1f4;stroke:#c3cad3;stroke-width:1}
.bar .edge{stroke:#fff;stroke-width:2}
.bar-fill{fill:var(--bar)}
.bar-before{fill:var(--before)}
.range{stroke:var(--ink);stroke-width:2}
.target{stroke:var(--ink);stroke-width:3}
.target-label{font-size:12px;font-weight:600;fill:var(--ink)}
.comp .words{margin:4px 0 0;color:var(--muted);font-size:15px}
details{margin-top:18px}
summary{cursor:pointer;color:var(--accent);font-weight:600}
a{color:var(--accent)}
.reflection{margin:18px 0}
.reflection figcaption{font-weight:600;color:var(--ink);font-size:16px;margin:0 0 4px}
blockquote{margin:0;padding:4px 0 4px 16px;border-left:3px solid var(--rule);white-space:pre-line;font-style:italic;overflow-wrap:break-word}
footer{margin-top:48px;padding-top:12px;border-top:1px solid var(--rule);color:var(--muted);font-size:13px}
footer p{margin:0 0 4px}
@media (max-width:560px){main{padding:24px 16px 40px}h1{font-size:27px}h2{font-size:21px}.headline{font-size:19px}.card{padding:6px 16px 12px}table.data{font-size:14px}table.data th,table.data td{padding:5px 4px}}
@page{margin:14mm 12mm}
@media print{
body{font-size:10.5pt;line-height:1.45}
main{max-width:none;padding:0}
h2{margin-top:22pt;break-after:avoid}
h3{break-after:avoid}
.chart-row.side{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.chart-row.stack figure{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:center}
.card-cols{grid-template-columns:1fr 1fr}
figure,.card,.support,.callout,.comp,.reflection,table.data,ol.steps>li,.facts li{break-inside:avoid}
svg.radar{max-width:440px}
details:not([open]){display:none}
.table-wrap{overflow:visible}
table.data{font-size:9.5pt}
table.data th,table.data td{padding:4px 6px}
.intro,.legend,.masthead,.callout h2{break-after:avoid}
}
`
