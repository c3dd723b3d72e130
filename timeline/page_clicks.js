// The timeline page's mouse on the chart's marks, for page.js (inlined before it): which event the mouse is on,
// and a click that opens it. `gd` is the plot element, `open(index)` shows an event's details. Returns
// markUnder(event), for page.js's hover of a bar's end.
window.TimelineClicks = function (gd, open) {
  "use strict";
  var DRAG_PX = 4, HOVER_PX = 20;  // plotly's hoverdistance: how near a mark a click still picks it

  // Where the mouse is in the plot's pixels, with the axes as drawn now, or null before the first draw.
  function place(event) {
    var full = gd._fullLayout, box = gd.getBoundingClientRect();
    if (!event || typeof event.clientX !== "number" || !full || !full.xaxis || !full.yaxis) { return null; }
    return {full: full, x: event.clientX - box.left - full.xaxis._offset,
      y: event.clientY - box.top - full.yaxis._offset};
  }
  // Each drawn mark (role "events") or bar's end (role "spans"): fn(event index, dx, dy, the mark's radius).
  function eachPoint(at, role, fn) {
    gd.data.forEach(function (trace) {
      if (!trace.meta || trace.meta.role !== role || trace.visible === "legendonly") { return; }
      var sizes = (trace.marker || {}).size;
      trace.x.forEach(function (x, j) {
        if (x === null) { return; }  // the gap between two bars
        var radius = role === "events" ? (Array.isArray(sizes) ? sizes[j] : sizes || 8) / 2 : 0;
        var dx = at.full.xaxis.l2p(at.full.xaxis.d2c(x)) - at.x, dy = at.full.yaxis.l2p(trace.y[j]) - at.y;
        fn(trace.customdata[j], dx, dy, radius);
      });
    });
  }

  // The event whose mark is under the mouse, or -1. Plotly gives the mouse to a bar's end within a pixel
  // before a mark there (it scores a point inside a mark by its size), so a month's own bar, a pixel wide
  // when decades are in view, took the hover and the click of its mark.
  function markUnder(event) {
    var at = place(event), found = -1, best = Infinity;
    if (!at) { return -1; }
    eachPoint(at, "events", function (index, dx, dy, radius) {
      var reach = radius + 2, far = dx * dx + dy * dy;
      if (far <= reach * reach && far < best) { best = far; found = index; }
    });
    return found;
  }
  // The event drawn nearest the mouse, within HOVER_PX of its mark's edge or of a bar's end, or -1. Inside a
  // mark, that mark wins over a bar's end there; inside two marks, the one more centred.
  function eventAt(event) {
    var at = place(event), found = -1, best = HOVER_PX;
    if (!at) { return -1; }
    ["events", "spans"].forEach(function (role) {
      eachPoint(at, role, function (index, dx, dy, radius) {
        var far = Math.sqrt(dx * dx + dy * dy) - radius;
        if (far < best || (far === best && found < 0)) { best = far; found = index; }
      });
    });
    return found;
  }

  // A click on the plot opens the event under the mouse as the chart is drawn at the click. Plotly's own
  // click names the point it last hovered, and it hovers at most every 50 ms: a mouse moved quickly from one
  // mark to another and clicked opened the first. A press and release more than DRAG_PX apart, or around a
  // change of view (a pan, a wheel zoom, a double click's reset), is a drag, not a click.
  var press = null;
  function view() {
    var x = gd._fullLayout && gd._fullLayout.xaxis;
    return x && x.range ? x.range.join() : "";
  }
  gd.addEventListener("pointerdown", function (event) {
    press = {x: event.clientX, y: event.clientY, view: view()};
  }, true);
  function dragged(event) {
    var was = press;
    press = null;
    return !was || Math.abs(event.clientX - was.x) > DRAG_PX || Math.abs(event.clientY - was.y) > DRAG_PX ||
      view() !== was.view;
  }
  gd.addEventListener("click", function (event) {
    var plot = event.target.classList && event.target.classList.contains("nsewdrag");  // not a button or the slider
    if (dragged(event) || !plot) { return; }
    var index = eventAt(event);
    if (index >= 0) { open(index); }
  });

  return markUnder;
};
