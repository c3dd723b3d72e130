"""Draw a Timeline: build_figure (pure, a plotly Figure) and render_html (serialization only).

Precision is drawn honestly. A day is a point; a week, month, season or year is a bar over the days
it covers, with a tick at its middle to hover; a range is a bar from its start to its end; a date
with a mod ("early", "about") has a faded dashed bar or a hollow point. Events sit in lanes (one per
document, tag, or a single lane) and, inside a lane, in rows packed so that neither bars nor labels
overlap at the first, full view. Small timelines are labelled in full; larger ones are labelled by
the page once zoomed in to a few dozen events (page.js), and have hover, search and the list.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict

import plotly.graph_objects as go

from timeline import describe, page
from timeline.counts import counted
from timeline.errors import InputError, StoreError
from timeline.fileformat import parse
from timeline.models import Document, Timeline
from timeline.opening_view import core_view, first_view
from timeline.page_groups import filter_names, lane_names, outlet
from timeline.placement import (
    LABEL_LIMIT,  # noqa: F401  (the page's figures: read by the tests and benchmarks as render.LABEL_LIMIT)
    GroupBy,
    Placed,
    class_of,
    extent,
    fold_lanes,
    pack,
)

# precision class -> (legend name, colour), drawn in this order (longest below); an example of each.
CLASSES: dict[str, tuple[str, str]] = {
    "range": ("Range", "#db2777"),  # from 2019 to 2021
    "long": ("Decade or longer", "#7c3aed"),  # the 1990s
    "year": ("Year", "#ea580c"),  # 2017
    "part": ("Season, quarter or half", "#ca8a04"),  # summer 2013
    "month": ("Month", "#16a34a"),  # October 2025
    "week": ("Week", "#0891b2"),  # week of 20 October 2025
    "day": ("Day", "#2563eb"),  # 25 October 2025
}
# Mods that make a date vaguer than its value: drawn dashed and faded (bars) or hollow (points).
VAGUE_MODS = {"APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
              "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END"}

GL_THRESHOLD = 1500  # above this many events, WebGL traces keep panning and zooming smooth
SLIDER_PX = 46  # height of the range slider
LANE_CHARS = 34  # lane names in the figure alone; the page fits them to its width (page.js)
TOP_AXIS_PX = 520  # lanes taller than this repeat the dates above them: the axis below is off screen
TICKS_PX = 40  # height of the dates above the lanes: two lines ("Nov 2" over "2026") and room to spare
LANE_NAME_PX = 15  # lane names closer than this would overlap (12 px text): the later one is left out
TITLE_PX = 22  # the title sits this far below the top at any height (a share of the height drifts)
MIN_LANES_PX = 90  # the lanes take at least this height
FRAME_PX = 230  # the height around the lanes: title, buttons, dates below, slider, margins


def _labels(placed: list[Placed]) -> list[dict]:
    """Return the labels as annotations (named by event index, so the page can filter them).

    Annotations rather than a text trace: the range slider would draw a text trace a second time.
    """
    return [
        {"x": _iso(p.start if p.left else p.stop), "y": p.y, "text": p.text,
         "xanchor": "right" if p.left else "left", "xshift": -7 if p.left else 7, "showarrow": False,
         "font": {"size": 12, "color": "#374151"}, "name": str(p.index), "captureevents": False}
        for p in placed if p.labeled
    ]


def _iso(moment: dt.datetime) -> str:
    # isoformat, not strftime: strftime writes the year 6 as "6", which no date axis reads.
    if moment.time() != dt.time():
        return moment.isoformat(sep=" ", timespec="minutes")
    return moment.date().isoformat()


def _symbol(item: Placed) -> str:
    if item.event.origin == "manual":
        return "star"
    if not item.is_point:
        return "line-ns-open"
    return "circle-open" if item.event.when.mod in VAGUE_MODS else "circle"


def _faded(colour: str, alpha: float) -> str:
    """Return a #rrggbb colour made transparent (a colour's alpha holds in WebGL, a trace's opacity not)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _size(item: Placed) -> int:
    return 16 if item.event.origin == "manual" else 11 if item.is_point else 18


def _trace(kind: str):
    """Return a maker of plain trace dicts: the figure validates them once, if at all (see build_figure)."""
    return lambda **properties: {"type": kind, **properties}


def _traces(placed: list[Placed], cards: list[str], gl: bool) -> list[dict]:
    """Return, per precision class, its bars (exact, then vague) and the marks that carry the hover.

    The legend shows a class by its bar, or by its point for days; both toggle together.
    """
    scatter = _trace("scattergl" if gl else "scatter")
    scale = 0.6 if gl else 1.0  # thousands of events: smaller marks, so that density still reads
    traces: list[dict] = []
    for cls, (name, colour) in CLASSES.items():
        members = [p for p in placed if p.cls == cls]
        if not members:
            continue
        legend = True
        for vague in (False, True):
            spans = [p for p in members if not p.is_point and (p.event.when.mod in VAGUE_MODS) == vague]
            if spans:
                traces.append(scatter(
                    x=[v for p in spans for v in (_iso(p.start), _iso(p.stop), None)],
                    y=[v for p in spans for v in (p.y, p.y, None)],
                    customdata=[p.index for p in spans for _ in range(3)], mode="lines",
                    line={"color": _faded(colour, 0.3 if vague else 0.45), "width": 9 * scale,
                          "dash": "dash" if vague else "solid"},
                    hoverinfo="none", legendgroup=cls, showlegend=legend,
                    name=name if legend else f"{name} (vague)", meta={"role": "spans", "class": cls},
                ))
                legend = False
        traces.append(scatter(
            x=[_iso(p.middle) for p in members], y=[p.y for p in members],
            customdata=[p.index for p in members], hovertext=[cards[p.index] for p in members],
            hovertemplate="%{hovertext}<extra></extra>", mode="markers", name=name, legendgroup=cls,
            showlegend=legend, meta={"role": "events", "class": cls},
            marker={
                "color": colour, "symbol": [_symbol(p) for p in members],
                "size": [scale * _size(p) for p in members],
                "line": {"color": [colour if not p.is_point else "white" for p in members],
                         "width": 2 * scale},
            },
        ))
    return traces


def _page_data(placed: list[Placed], lanes: list[str], documents: dict[str, Document]) -> dict:
    """Return what the page's search, filter, list and details need, as plain (unescaped) data."""
    doc_index = {doc_id: i for i, doc_id in enumerate(sorted(documents))}
    events = []
    for p in placed:
        evidence = []
        for item in p.event.evidence:
            before, phrase, after = describe.split_evidence(item)
            evidence.append([doc_index.get(item.document, -1), before, phrase, after])
        events.append({
            "id": p.event.id, "date": describe.say_when(p.event.when), "title": p.event.title,
            "lane": lanes.index(p.lane),
            "at": [_iso(p.start), _iso(p.stop)], "y": p.y,
            "tags": p.event.tags, "manual": p.event.origin == "manual",
            "edited": describe.origin_name(p.event) == "edited",
            "confidence": p.event.confidence,
            "url": p.event.url,
            "evidence": evidence, "class": CLASSES[p.cls][0],
        })
    outlets = {d: outlet(documents[d]) for d in documents}  # the outlet filter's (page_groups.py)
    names = filter_names(documents, outlets)
    # the date an article ran, said as the page says dates: a source is cited with its outlet and date
    published = {d: describe.say_value(documents[d].date.isoformat()) if documents[d].date else None
                 for d in documents}
    docs = [{"title": describe.headline(documents[d]), "url": documents[d].url, "id": d, "outlet": outlets[d],
             "name": names[d], "date": published[d]} for d in sorted(documents)]
    tags = sorted({tag for p in placed for tag in p.event.tags})
    return {"events": events, "lanes": lanes, "documents": docs, "tags": tags,
            "outlets": sorted({name for name in outlets.values() if name})}


def _layout(timeline: Timeline, title: str | None, placed: list[Placed], lanes: list[str], rows: int,
            core: tuple[dt.datetime, dt.datetime] | None) -> dict:
    heading = describe.escape(title or timeline.title or "Timeline")
    manual = sum(p.event.origin == "manual" for p in placed)
    counts = counted(len(placed), "event")
    counts += f" ({manual} added by hand)" if manual else ""
    sources = len(timeline.documents)
    counts += f" from {counted(sources, 'document')}" if sources else ""
    font = "Inter, 'Segoe UI', system-ui, -apple-system, Helvetica, Arial, sans-serif"
    layout: dict = {
        "font": {"family": font, "size": 13, "color": "#1f2937"},
        "paper_bgcolor": "white", "plot_bgcolor": "white", "hovermode": "closest", "dragmode": "pan",
        "hoverlabel": {"bgcolor": "white", "bordercolor": "#9ca3af", "font": {"size": 13, "color": "#111827"},
                       "align": "left"},
        "legend": {"orientation": "h", "x": 1, "xanchor": "right", "yanchor": "bottom",
                   "font": {"size": 12}, "itemclick": "toggle"},
        "showlegend": bool(placed), "template": {},
    }
    if not placed:
        layout.update(
            title={"text": f"<b>{heading}</b>", "subtitle": {"text": "No dated events yet"}, "x": 0.01,
                   "xanchor": "left", "font": {"size": 22}},
            height=360, xaxis={"visible": False}, yaxis={"visible": False},
            annotations=[{"text": "This timeline has no dated events yet. Extract some from articles "
                          "or add one by hand.", "showarrow": False, "xref": "paper", "yref": "paper",
                          "x": 0.5, "y": 0.5, "font": {"size": 15, "color": "#6b7280"}}],
        )
        return layout
    first, last = min(p.start for p in placed), max(p.stop for p in placed)
    whole, view = first_view(placed, None), first_view(placed, core)
    span = describe.say_span(first.date(), (last - dt.timedelta(seconds=1)).date())
    row_px = max(10, min(30, 1000 // max(rows, 1)))
    lanes_px = max(row_px * rows, MIN_LANES_PX)
    top = TICKS_PX if lanes_px > TOP_AXIS_PX else 0
    height = FRAME_PX + lanes_px + top
    # Plotly sizes the range slider and places the legend in fractions of the plot area; estimate
    # that area (what the margins, the tick labels and the slider leave) to keep both at fixed pixels.
    # WebGL traces are not drawn in a range slider: for thousands of events it would be an empty grey
    # band. Their page reaches every date with the "all" button and "Show all dates" instead.
    sliding = len(placed) <= GL_THRESHOLD
    slider = min(0.15, SLIDER_PX / max(lanes_px - 1, 1)) if sliding else 0
    plot_px = (lanes_px + 45) / (1 + slider)
    above = 1 + (12 + top) / plot_px  # legend and zoom buttons sit 12px above the plot (and its dates)
    centres, bands, offset = [], [], 0
    rows_of = defaultdict(int)
    for p in placed:
        rows_of[p.lane] = max(rows_of[p.lane], p.y + 1)
    for i, lane in enumerate(lanes):
        end = rows_of[lane]
        centres.append((offset + end - 1) / 2)
        if i % 2 == 0:
            bands.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": offset - 0.5,
                          "y1": end - 0.5, "fillcolor": "#f3f4f6", "line": {"width": 0}, "layer": "below"})
        offset = end
    lane_labels = [describe.escape(describe.shorten(name, LANE_CHARS)) for name in lanes]
    named_at = None
    for i, centre in enumerate(centres):  # two thin lanes in a row: the second is named on hover only
        if named_at is not None and (centre - named_at) * row_px < LANE_NAME_PX:
            lane_labels[i] = ""
        else:
            named_at = centre
    years = (last - first).days / 365.25
    buttons = [b for b, size in (({"count": 1, "label": "1m", "step": "month", "stepmode": "backward"}, 0.1),
                                 ({"count": 6, "label": "6m", "step": "month", "stepmode": "backward"}, 0.6),
                                 ({"count": 1, "label": "1y", "step": "year", "stepmode": "backward"}, 1.2),
                                 ({"count": 5, "label": "5y", "step": "year", "stepmode": "backward"}, 6),
                                 ({"count": 20, "label": "20y", "step": "year", "stepmode": "backward"}, 25))
               if years > size] + [{"step": "all", "label": "all"}]
    layout.update(
        title={"text": f"<b>{heading}</b>", "subtitle": {"text": f"{counts} \u00b7 {span}"},
               "x": 0.01, "xanchor": "left", "y": 1 - TITLE_PX / height, "yanchor": "top",
               "font": {"size": 22}},
        height=height, margin={"l": 20, "r": 30, "t": 130 + top, "b": 30},
        legend={**layout["legend"], "y": above},
        shapes=bands,
        xaxis={"type": "date", "range": [_iso(view[0]), _iso(view[1])], "showgrid": True,
               "gridcolor": "#e5e7eb", "linecolor": "#9ca3af", "ticks": "outside", "tickcolor": "#9ca3af",
               "showspikes": True, "spikemode": "across", "spikedash": "dot", "spikecolor": "#9ca3af",
               "spikethickness": 1, "automargin": True,
               "rangeslider": {"visible": sliding, "thickness": slider,
                               "bgcolor": "#f9fafb", "range": [_iso(whole[0]), _iso(whole[1])]},
               "rangeselector": {"buttons": buttons, "x": 0, "y": above, "yanchor": "bottom",
                                 "bgcolor": "#f3f4f6", "activecolor": "#dbeafe", "font": {"size": 12}}},
        **({"xaxis2": {"type": "date", "matches": "x", "overlaying": "x", "side": "top", "anchor": "y",
                       "showgrid": False, "ticks": "outside", "tickcolor": "#9ca3af", "linecolor": "#9ca3af",
                       "showline": True, "tickmode": "auto"}} if top else {}),
        yaxis={"range": [offset - 0.5, -0.5], "fixedrange": True, "showgrid": False, "zeroline": False,
               "tickmode": "array", "tickvals": centres, "ticktext": lane_labels, "automargin": True,
               "ticks": "", "tickfont": {"size": 12, "color": "#4b5563"}},
    )
    return layout


def figure_dict(timeline: Timeline, *, group_by: GroupBy = "document", title: str | None = None) -> dict:
    """Return the figure of a timeline as plain data ({"data": [...], "layout": {...}}), pure.

    The page data for search, filters and details rides in `layout.meta`, so the figure alone is
    everything the page draws.
    """
    documents = {d.id: d for d in timeline.documents}
    lane_of = lane_names(timeline, group_by)  # by document: by story, headline and outlet (page_groups.py)
    events = sorted(timeline.events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))
    placed = []
    for index, event in enumerate(events):
        cls = class_of(event)
        start, stop = extent(event, cls)
        placed.append(Placed(index, event, lane_of[event.id], cls, start, stop))
    lanes = fold_lanes(placed) if placed else []
    rows, core = 0, core_view(placed)
    opened = first_view(placed, core) if placed else None
    if opened:
        # Labels are packed for the view the page opens on (the core of the events, else all of them,
        # padded as the axis is): packed for the core alone, they ran over the marks after them there.
        rows = pack(placed, lanes, *opened)
    outlets = {d: outlet(documents[d]) for d in documents}
    cards = [describe.card(p.event, documents, outlets) for p in placed]
    layout = _layout(timeline, title, placed, lanes, rows, core)
    layout["annotations"] = layout.get("annotations", []) + _labels(placed)
    layout["meta"] = {**_page_data(placed, lanes, documents), "group_by": group_by,
                      "packed": [_iso(opened[0]), _iso(opened[1])] if opened and core else None,
                      # the page lays out the figure again when a search hides lanes (page_lanes.js)
                      "frame": {"slider": SLIDER_PX, "title": TITLE_PX, "min_lanes": MIN_LANES_PX,
                                "frame": FRAME_PX, "name": LANE_NAME_PX}}
    gl = len(placed) > GL_THRESHOLD
    data = _traces(placed, cards, gl=gl)
    if "xaxis2" in layout:  # plotly draws an axis only for a trace on it: an empty one
        data.append({"type": "scattergl" if gl else "scatter", "x": [], "y": [], "xaxis": "x2", "yaxis": "y",
                     "hoverinfo": "skip", "showlegend": False, "meta": {"role": "dates above"}})
    return {"data": data, "layout": layout}


def build_figure(
    timeline: Timeline | dict, *, group_by: GroupBy = "document", title: str | None = None
) -> go.Figure:
    """Return the plotly Figure of a timeline: lanes, honest spans and points, hover cards, controls.

    `timeline` is a Timeline or a timeline file's JSON as a dict (`json.load` of the file), read as
    `timeline.load` reads the file: an older schema_version is brought up to date, and a dict that is no
    valid timeline raises InputError naming the field.
    """
    timeline = timeline_given(timeline)
    spec = figure_dict(timeline, group_by=group_by, title=title)
    # Plotly checks every value of every array: for thousands of events that is most of the time
    # spent. The same code builds small figures, and those are checked in full (the tests do).
    return go.Figure(spec, _validate=len(timeline.events) <= GL_THRESHOLD)


def render_html(
    timeline: Timeline | dict,
    *,
    title: str | None = None,
    group_by: GroupBy = "document",
) -> str:
    """Return a single HTML page of the timeline, plotly.js embedded: it works offline.

    `timeline` is a Timeline or a timeline file's JSON as a dict, read as build_figure reads it. The page
    serializes the figure's plain data (what build_figure wraps), skipping the copies a plotly Figure
    makes: they double the time for large timelines.
    """
    timeline = timeline_given(timeline)
    spec = figure_dict(timeline, group_by=group_by, title=title)
    return page.html_page(spec, title=title or timeline.title or "Timeline")


# A line and column of the JSON re-serialized from a dict would point into text the caller never saw.
_PLACE = re.compile(r" \(line \d+, column \d+\)")


def timeline_given(value: object) -> Timeline:
    """Return `value` as a Timeline: a Timeline as it is, a dict parsed as a timeline file's JSON.

    A script that loaded the file with `json.load` (or built the dict by hand, dates as ISO strings or
    dt.date objects) expects what `timeline.load` would give; anything else raises InputError.
    """
    if isinstance(value, Timeline):
        return value
    if isinstance(value, dict):
        try:
            return parse(json.dumps(value, indent=2, default=str), name="timeline (a dict)")
        except StoreError as error:
            raise InputError(_PLACE.sub("", str(error))) from None
    kind = type(value).__name__
    raise InputError(f"timeline: expected a Timeline or its JSON as a dict, got {kind}; "
                     "timeline.load(path) reads a timeline file")


def untagged_note(timeline: Timeline, group_by: GroupBy) -> str | None:
    """Say that --group-by tag has nothing to group by when no event has a tag (None otherwise)."""
    if group_by == "tag" and timeline.events and not any(e.tags for e in timeline.events):
        return ("note: no event has a tag, so --group-by tag draws one lane "
                "(`timeline edit TIMELINE ID --tag NAME` tags an event)")
    return None
