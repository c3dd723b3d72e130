"""Take the README's screenshot: build the seeds timeline with the project's own code, render it, shoot it.

    python docs/screenshot.py                      # seeds/ -> docs/timeline.png
    python docs/screenshot.py articles/ -o shot.png --hover 3

The page is opened from a file with the network blocked, in Debian's Chromium (/usr/bin/chromium),
and one event is hovered so that the picture shows a hover card with its evidence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402

FIND_MARK = """(index) => {
  const layer = document.querySelector('#timeline .cartesianlayer .subplot.xy .scatterlayer');
  for (const group of layer.querySelectorAll(':scope > .trace')) {
    const trace = group.__data__[0].trace;
    const at = trace.meta && trace.meta.role === 'events' ? trace.customdata.indexOf(index) : -1;
    if (at >= 0) {
      const box = group.querySelectorAll('path.point')[at].getBoundingClientRect();
      return {x: box.x + box.width / 2, y: box.y + box.height / 2};
    }
  }
  return null;
}"""


def shoot(page_path: Path, png: Path, *, hover: int | None, width: int) -> None:
    """Open a rendered page offline and save a PNG of it, with one event hovered."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=2)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        page.goto(page_path.as_uri())
        page.wait_for_selector("#timeline[data-ready=true]", state="attached", timeout=60_000)
        # The whole plot, its key and the top of the event list: what a reader sees scrolling once.
        # The window is made that tall first: a full-page capture resizes it mid-shot, and plotly,
        # which follows the window's size, would be caught redrawing.
        bottom = page.evaluate("document.getElementById('tl-list').getBoundingClientRect().top") + 190
        page.set_viewport_size({"width": width, "height": int(bottom)})
        page.wait_for_timeout(800)
        if hover is not None:
            box = page.evaluate(FIND_MARK, hover)
            if box:
                page.mouse.move(box["x"], box["y"])
                page.wait_for_selector("#timeline .hoverlayer .hovertext", timeout=5_000)
        page.screenshot(path=str(png))
        browser.close()


def _most_stated(built: timeline.Timeline) -> int | None:
    """Return the draw index of the event with the most evidence (the latest of those), to hover."""
    ordered = sorted(built.events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))
    if not ordered:
        return None
    return max(range(len(ordered)), key=lambda i: (len(ordered[i].evidence), i))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "timeline.png"))
    parser.add_argument("--hover", type=int, default=None, help="index (date order) of the event to hover")
    parser.add_argument("--title", default="Demo timeline from seeds/")
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args()
    built = timeline.extract(args.inputs, title=args.title)
    hover = args.hover if args.hover is not None else _most_stated(built)
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "timeline.html"
        page_path.write_text(timeline.render_html(built), encoding="utf-8")
        shoot(page_path, Path(args.output), hover=hover, width=args.width)
    print(f"{len(built.events)} events -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
