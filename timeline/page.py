"""Serialize a timeline figure into one offline HTML page with search, filters, a list and details.

The page's own scripts and style live beside this module (page_words.js, page_list.js, page_lanes.js,
page_view.js for the axis, labels and range buttons, page_keys.js for a keyboard's way to the chart's
controls, page_slider.js for its way to the range slider, page_clicks.js for a click on a mark,
page_outlets.js for the outlet filter, page_filters.js for the search and the filters, the confidence filter
among them, page_series.js for the series hidden in the legend, page.js, page.css) and are inlined, as is
plotly.js: the file works with the network off, and nothing is ever loaded from elsewhere (no CDN).
Nothing in the output depends on the clock or on random ids, so the same figure gives byte-identical HTML.
"""

from __future__ import annotations

import html
import json
from importlib import resources

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from plotly.utils import PlotlyJSONEncoder

DIV_ID = "timeline"
# inlined in this order: page.js last, it draws the chart with what the others define
SCRIPTS = ("page_words.js", "page_list.js", "page_lanes.js", "page_view.js", "page_keys.js", "page_slider.js",
           "page_clicks.js", "page_outlets.js", "page_filters.js", "page_series.js", "page.js")
# The page may run its own inline scripts (plotly.js, the figure, its own scripts) and nothing else: no fetch,
# no image, font or frame from anywhere, so even text that escaped escaping could not call home.
# plotly.js's WebGL traces compile code at run time ('unsafe-eval'); image export uses data: and blob:.
POLICY = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
          "img-src data: blob:; font-src data:; connect-src 'none'; frame-src 'none'; form-action 'none'; "
          "base-uri 'none'")

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<main class="tl">
<a class="tl-skip" href="#tl-list-title">Skip to the list of events</a>
<div class="tl-bar" role="search">
<input id="tl-search" type="search" placeholder="Search events, sentences, sources\u2026  ( / )"
 aria-label="Search events" autocomplete="off" spellcheck="false">
<select id="tl-group" aria-label="Show one group"></select>
<select id="tl-tag" aria-label="Show one tag" hidden></select>
<select id="tl-outlet" aria-label="Show or hide one outlet" hidden></select>
<select id="tl-confidence" aria-label="Hide events under a confidence" hidden></select>
<span id="tl-status" role="status" aria-live="polite">Drawing the timeline\u2026</span>
<button id="tl-reset" type="button" hidden>Show all dates</button>
</div>
<div id="tl-lane-tip" class="tl-tip" role="tooltip" hidden></div>
<div id="{div_id}" class="tl-plot" role="figure" aria-label="Timeline chart: {title}; the list below holds
 every event" aria-describedby="tl-chart-help"></div>
<p class="tl-key">{key}</p>
<p id="tl-chart-help" class="tl-help">{help}</p>
<section class="tl-below">
<article id="tl-details" class="tl-details" role="dialog" aria-labelledby="tl-details-title"
 tabindex="-1" hidden></article>
<div class="tl-listbox"><h2 id="tl-list-title">Events</h2>
<ol id="tl-list" class="tl-list" aria-labelledby="tl-list-title"></ol></div>
</section>
</main>
{plotly}
<script type="application/json" id="tl-figure">{figure}</script>
<script>
{js}
</script>
</body>
</html>
"""


def _asset(name: str) -> str:
    return resources.files("timeline").joinpath(name).read_text(encoding="utf-8")


# The key's entries for kinds of mark, each shown only when the figure draws one (an example of each).
VAGUE_ENTRY = ('<span class="k-vague">\u25cb</span>\u00a0faded dashed bar or hollow point: approximate, '
               'early, mid or late')  # "early 2017", "about May 3"
HAND_ENTRY = '<span class="k-hand">\u2605</span>\u00a0added by hand'  # `timeline add`

# How to work the chart without a mouse, and what hiding a kind of mark does (page_series.js), shown below
# the key and read out with the chart and its range buttons (aria-describedby): plotly's range buttons, range
# slider and legend are drawn shapes, and a screen reader would not guess the keys that work them.
CHART_HELP = ("Tab reaches the range buttons above the chart (1 month to all dates), the range slider under "
              "it, the legend and the toolbar's Zoom in and Zoom out; Enter presses a button or a legend "
              "entry. On the slider's window or either of its ends, the arrow keys move it (Page Up and Page "
              "Down further, Home and End to the first or last dates). A kind of mark hidden in the legend "
              "stays hidden through searches and filters, and its events leave the list.")

# The key when the figure has no event to take colours from.
PLAIN_KEY = (
    '<span class="k-day">\u25cf</span>\u00a0a day\n'
    '<span class="k-bar"></span>\u00a0a week, month, season or year: the bar covers the whole period'
)


def _rgba(colour: str, alpha: float) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def key(plain: dict) -> str:
    """Return the key's entries for the precisions the figure draws, each in its colour.

    A no-break space ties each symbol to its first word, so that a line never ends on a symbol.

    Plotly's own legend gives way on a narrow or crowded chart (page.js); this key, below the chart,
    always says which colour is a year, a month or a day, and names the faded and the starred marks
    only when the figure draws one.
    """
    points, bars = [], []
    vague = hand = False
    for trace in plain.get("data") or []:
        meta = trace.get("meta") or {}
        marker = trace.get("marker") or {}
        symbols = marker.get("symbol")
        symbols = symbols if isinstance(symbols, list) else [symbols]
        vague = vague or (trace.get("line") or {}).get("dash") == "dash" or "circle-open" in symbols
        hand = hand or (meta.get("role") == "events" and "star" in symbols)
        colour = marker.get("color")
        if meta.get("role") != "events" or not isinstance(colour, str) or not colour.startswith("#"):
            continue
        name = html.escape(str(trace.get("name") or meta.get("class") or ""))
        if meta.get("class") == "day":
            points.append(f'<span class="k-day" style="color:{colour}">\u25cf</span>\u00a0{name}')
        else:
            bars.append(f'<span class="k-bar" style="background:{_rgba(colour, 0.45)}"></span>\u00a0{name}')
    if not points and not bars:
        return PLAIN_KEY
    if bars:
        bars[-1] += " (a bar covers the whole period)"
    return "\n".join(points + bars + [VAGUE_ENTRY] * vague + [HAND_ENTRY] * hand)


def html_page(figure: go.Figure | dict, *, title: str) -> str:
    """Return the page of a figure (or its plain data); the JSON is escaped for a <script> element."""
    library = f"<script>{get_plotlyjs()}</script>"
    # Every "<" is written \u003c, so no document text can close the script element ("</script>")
    # or open a comment ("<!--"); JSON.parse reads it back unchanged.
    plain = figure.to_plotly_json() if isinstance(figure, go.Figure) else figure
    data = json.dumps(plain, cls=PlotlyJSONEncoder, separators=(",", ":"), ensure_ascii=False)
    data = data.replace("<", "\\u003c")
    return _TEMPLATE.format(
        policy=POLICY,
        title=html.escape(title), key=key(plain), help=CHART_HELP, css=_asset("page.css"), div_id=DIV_ID,
        plotly=library,
        figure=data,
        js="\n".join(_asset(name) for name in SCRIPTS),
    )
