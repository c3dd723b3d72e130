"""Draw a Timeline: build_figure (pure, a plotly Figure) and render_html (serialization only)."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from timeline.models import Timeline

DIV_ID = "timeline"


def build_figure(timeline: Timeline, *, title: str | None = None) -> go.Figure:
    """Return a plotly Figure with one marker per event, placed at the middle of its interval."""
    events = sorted(timeline.events, key=lambda e: (e.when.start, e.id))
    figure = go.Figure(
        go.Scatter(
            x=[e.when.start + (e.when.end - e.when.start) / 2 for e in events],
            y=[0] * len(events),
            mode="markers+text",
            text=[e.title for e in events],
            customdata=[[e.id, e.when.value] for e in events],
            hovertemplate="%{customdata[1]}<br>%{text}<extra></extra>",
        )
    )
    figure.update_layout(title=title or timeline.title or f"Timeline: {len(events)} events")
    return figure


def render_html(timeline: Timeline, *, title: str | None = None, include_plotlyjs: bool | str = True) -> str:
    """Return a standalone HTML page of the timeline (plotly.js embedded unless told otherwise)."""
    figure = build_figure(timeline, title=title)
    return pio.to_html(figure, include_plotlyjs=include_plotlyjs, full_html=True, div_id=DIV_ID)
