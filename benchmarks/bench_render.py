"""Measure how long rendering takes and how big the page is, for 100, 10,000 and 100,000 events.

    python benchmarks/bench_render.py            # 100, 10000, 100000
    python benchmarks/bench_render.py 500 2000   # other sizes
    python benchmarks/bench_render.py --browser  # also time loading the 100 and 10,000 pages in Chromium
    python benchmarks/bench_render.py 10000 --browser --zoom 4  # and four wheel zooms in each page

With --browser the last column splits the page's load from its own scripts' start until drawn: plotly's
calls (newPlot, react, relayout, each until its drawing is done) and the rest, the page's own work.

Times are the best of --repeat runs (render_html includes build_figure); the machine's load matters.

The timelines are synthetic and seeded: a mix of day, week, month, season and year events, ranges,
vague dates and hand-added events over ten years, in 12 documents, with sentences of news length.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.events import when_of  # noqa: E402
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline  # noqa: E402
from timeline.render import build_figure, render_html  # noqa: E402

WORDS = ("ministers council vote treaty bridge trial vaccine report court river parliament signed opened "
         "announced delayed approved rejected summit talks deal agency budget strike storm election").split()


def _value(rng: random.Random) -> tuple[str, str | None, str | None]:
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    shape = rng.random()
    mod = rng.choice([None] * 8 + ["APPROX", "START", "END"])
    if shape < 0.55:
        return day.isoformat(), None, None
    if shape < 0.65:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", mod, None
    if shape < 0.82:
        return f"{day.year}-{day.month:02d}", mod, None
    if shape < 0.87:
        return f"{day.year}-{rng.choice(['SP', 'SU', 'FA', 'WI'])}", mod, None
    if shape < 0.96:
        return str(day.year), mod, None
    return str(day.year), None, str(min(day.year + rng.randint(1, 3), 2025))


def synthetic(count: int, *, seed: int = 7) -> Timeline:
    """Return a seeded timeline of `count` events spread over ten years and 12 documents."""
    rng = random.Random(seed)
    documents = [Document(id=f"doc{i}", title=f"Story {i}: " + " ".join(rng.sample(WORDS, 5)),
                          url=f"https://news.example.org/{i}", text="") for i in range(12)]
    events = []
    for i in range(count):
        value, mod, end_value = _value(rng)
        phrase = f"on {value}"
        before = " ".join(rng.choices(WORDS, k=rng.randint(6, 18))).capitalize() + " "
        sentence = before + phrase + " " + " ".join(rng.choices(WORDS, k=rng.randint(4, 12))) + "."
        timex = TimeExpression(start=len(before), end=len(before) + len(phrase), text=phrase, type="DATE",
                               value=value, mod=mod)
        when = when_of(timex)
        if end_value:
            when = when.model_copy(update={"end": dt.date(int(end_value), 12, 31), "end_value": end_value})
        manual = rng.random() < 0.02
        evidence = [] if manual else [Evidence(document=f"doc{rng.randrange(12)}", start=0,
                                               end=len(sentence), text=sentence, timex=timex)]
        events.append(Event(id=f"e{i:06d}", title=sentence[:80], when=when, evidence=evidence,
                            origin="manual" if manual else "extracted"))
    return Timeline(title=f"{count} synthetic events", documents=documents, events=events)


def measure(count: int, repeat: int) -> tuple[float, float, int, Path]:
    """Return the best of `repeat` (build_figure seconds, render_html seconds), HTML bytes, page path."""
    timeline = synthetic(count)
    figure_times, html_times = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        build_figure(timeline)
        figure_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        page = render_html(timeline)
        html_times.append(time.perf_counter() - started)
    path = Path(tempfile.gettempdir()) / f"timeline-bench-{count}.html"
    path.write_text(page, encoding="utf-8")
    return min(figure_times), min(html_times), len(page.encode()), path


FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def _wheel_zooms(page, zooms: int) -> list[float]:
    """Return the seconds each wheel zoom (in, at the chart's middle) takes until its next painted frame.

    Measured from Playwright, as a user sees it: from the wheel event until the status line has followed
    the view and a frame after that is drawn (software GL paints outside the page's scripts).
    """
    box = page.locator("#timeline .nsewdrag").first.bounding_box()
    # the plot can be taller than the window: stay inside what is on screen
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + min(box["height"] / 2, 300))
    times = []
    for _ in range(zooms):
        page.wait_for_timeout(500)
        before = page.locator("#tl-status").text_content()
        started = time.perf_counter()
        page.mouse.wheel(0, -400)
        page.wait_for_function("s => document.getElementById('tl-status').textContent !== s", arg=before,
                               timeout=120_000)
        page.evaluate(FRAME)
        times.append(time.perf_counter() - started)
    return times


# Marks in the page, as it loads: when its own scripts start (the first defines window.TimelineWords), each
# Plotly.newPlot, react and relayout with how long its drawing took, and when the page says it is drawn.
MARKS = """(() => { const marks = window.__marks = {calls: []};
  Object.defineProperty(window, 'TimelineWords', {configurable: true, set(value) {
    marks.start = performance.now();
    Object.defineProperty(window, 'TimelineWords', {value, writable: true}); }});
  Object.defineProperty(window, 'Plotly', {configurable: true, set(value) {
    for (const name of ['newPlot', 'react', 'relayout']) {
      const own = value[name];
      value[name] = function () {
        const started = performance.now(), drawn = own.apply(this, arguments);
        const done = () => marks.calls.push([name, performance.now() - started]);
        Promise.resolve(drawn).then(done, done);
        return drawn;
      };
    }
    Object.defineProperty(window, 'Plotly', {value, writable: true}); }});
  new MutationObserver((changes, observer) => {
    if (!document.getElementById('timeline')?.dataset.ready) { return; }
    marks.ready = performance.now();
    observer.disconnect();
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});
})()"""


def split(marks: dict) -> str:
    """Say where the load's time went after the page's scripts started: plotly's calls, and the rest."""
    plotly = sum(seconds for _, seconds in marks["calls"])
    names = "+".join(name for name, _ in marks["calls"])
    return f"{(marks['ready'] - marks['start']) / 1e3:.2f} s: {names} {plotly / 1e3:.2f} s, the rest " \
           f"{(marks['ready'] - marks['start'] - plotly) / 1e3:.2f} s"


def load_in_browser(path: Path, *, zooms: int = 0) -> tuple[float, list[float], str]:
    """Return the seconds Chromium takes to load a page until drawn, those of `zooms` wheel zooms, and where
    the page's part of the load went (split)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.add_init_script(MARKS)
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("#timeline[data-ready=true]", timeout=120_000)
        seconds = time.perf_counter() - started
        page.wait_for_function("() => window.__marks.ready !== undefined")
        share = split(page.evaluate("() => window.__marks"))
        zoomed = _wheel_zooms(page, zooms) if zooms else []
        browser.close()
    return seconds, zoomed, share


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 10_000, 100_000])
    parser.add_argument("--browser", action="store_true", help="also time loading pages up to 10,000 events")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (one above 10,000)")
    parser.add_argument("--zoom", type=int, default=0, metavar="N", help="with --browser, time N wheel zooms")
    args = parser.parse_args()
    print("| events | build_figure (s) | render_html (s) | HTML size (MB) | Chromium load (s) "
          "| wheel zooms (s) | from the page's scripts to drawn |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for count in args.sizes:
        figure_seconds, html_seconds, size, path = measure(count, args.repeat if count <= 10_000 else 1)
        load, zooms, share = "-", "-", "-"
        if args.browser and count <= 10_000:
            seconds, zoomed, share = load_in_browser(path, zooms=args.zoom)
            load, zooms = f"{seconds:.2f}", " / ".join(f"{z:.2f}" for z in zoomed) or "-"
        row = (f"| {count:,} | {figure_seconds:.2f} | {html_seconds:.2f} | {size / 1e6:.1f} | {load} "
               f"| {zooms} | {share} |")
        print(row, flush=True)


if __name__ == "__main__":
    main()
