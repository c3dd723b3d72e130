// The timeline page's lanes under a search or a filter, for page.js (inlined before it): the rows and lanes
// that still hold an event move up, in order, so that what a reader looks for is on the first screen and
// not scattered between empty rows and lanes (six matches in a lane of 24 rows were spread down all of
// it); the chart shrinks to the rows shown, and its rows keep their size. A lane name cut to its room
// shows whole on hover.
window.TimelineLanes = function (events, lanes, frame) {
  "use strict";
  var ends = lanes.map(function (name, lane) {
    return events.reduce(function (end, e) { return e.lane === lane ? Math.max(end, e.y + 1) : end; }, 0);
  });
  var starts = lanes.map(function (name, lane) { return lane ? ends[lane - 1] : 0; });
  // the sizes render.py laid the figure out with (layout.meta.frame)
  var NAME_PX = frame.name, SLIDER_PX = frame.slider, TITLE_PX = frame.title;
  var MIN_LANES_PX = frame.min_lanes, FRAME_PX = frame.frame;
  var total = ends.length ? ends[ends.length - 1] : 0;
  // per row: the row it is drawn in now; per lane: its [first row, end row] now, or null when hidden;
  // null throughout: no row moved
  var rowNow = null, moved = null;

  // Move the rows that hold a kept event up; return whether any row moved or was hidden.
  function compact(keep) {
    var used = [];
    for (var y = 0; y < total; y += 1) { used.push(false); }
    keep.forEach(function (k, i) { if (k) { used[events[i].y] = true; } });
    if (used.every(Boolean) || !used.some(Boolean)) {
      rowNow = moved = null;
      return false;
    }
    var at = 0;
    rowNow = used.map(function (kept) { at += kept ? 1 : 0; return kept ? at - 1 : at; });
    moved = lanes.map(function (name, lane) {
      var first = rowNow[starts[lane]], end = ends[lane] < total ? rowNow[ends[lane]] : at;
      return end > first ? [first, end] : null;
    });
    return true;
  }
  // The row an event's mark or label is drawn in now.
  function row(index, y) {
    return rowNow && rowNow[y] !== undefined ? rowNow[y] : y;
  }
  // The lanes shown, top to bottom: [lane, first row, end row] in rows as drawn now.
  function shown() {
    return lanes.map(function (name, lane) {
      var now = moved ? moved[lane] : [starts[lane], ends[lane]];
      return now === null ? null : [lane, now[0], now[1]];
    }).filter(Boolean);
  }
  // The y axis ticks (lane names at their middles) and the grey bands of every other lane, as drawn now;
  // `names` are the names as the page cuts them, `bands` the figure's own (kept when no lane moved).
  // Moved lanes have new neighbours: a name is left out (named on hover) when it would be closer than
  // NAME_PX to the one above it at `rowPx` pixels a row, as render.py decides for the figure.
  function layout(yaxis, names, bands, rowPx) {
    if (!moved) { return {yaxis: Object.assign({}, yaxis, {ticktext: names}), shapes: bands}; }
    var lanesNow = shown(), named = null;
    var middles = lanesNow.map(function (l) { return (l[1] + l[2] - 1) / 2; });
    var text = lanesNow.map(function (l, i) {
      if (named !== null && (middles[i] - named) * rowPx < NAME_PX) { return ""; }
      named = middles[i];
      return names[l[0]] || lanes[l[0]];
    });
    return {
      yaxis: Object.assign({}, yaxis, {tickvals: middles, ticktext: text}),
      shapes: lanesNow.filter(function (l, i) { return i % 2 === 0; }).map(function (l) {
        return {type: "rect", xref: "paper", x0: 0, x1: 1, yref: "y", y0: l[1] - 0.5, y1: l[2] - 0.5,
          fillcolor: "#f3f4f6", line: {width: 0}, layer: "below"};
      })
    };
  }
  // Fit the chart's height to the rows shown, as render.py sizes a figure of that many rows: the rows keep
  // their pixels, and so do the range slider, the buttons, the legend and the title, which plotly places
  // in fractions of the height. `layout` is the one about to be drawn, `original` the figure's own (given
  // back as it was when no lane moved). One Plotly.react draws it: no second redraw.
  function fit(layout, original) {
    var slider = (original.xaxis || {}).rangeslider || {}, buttons = (original.xaxis || {}).rangeselector || {};
    var height = original.height, above = (original.legend || {}).y, thickness = slider.thickness;
    var titleY = (original.title || {}).y, range = (original.yaxis || {}).range;
    if (moved && height) {
      var total = ends[ends.length - 1], now = shown().reduce(function (n, l) { return n + l[2] - l[1]; }, 0);
      var top = Math.max(0, ((original.margin || {}).t || 130) - 130);
      var lanesPx = height - FRAME_PX - top, px = Math.max(lanesPx / total * now, MIN_LANES_PX);
      height = height - lanesPx + px;
      thickness = slider.visible ? Math.min(0.15, SLIDER_PX / Math.max(px - 1, 1)) : thickness;
      above = 1 + (12 + top) / ((px + 45) / (1 + (thickness || 0)));
      titleY = 1 - TITLE_PX / height;
      range = [now - 0.5, -0.5];
    }
    var xaxis = layout.xaxis || {};
    return Object.assign({}, layout, {
      height: height,
      title: Object.assign({}, layout.title, {y: titleY}),
      legend: Object.assign({}, layout.legend, {y: above}),
      xaxis: Object.assign({}, xaxis, {
        rangeslider: Object.assign({}, xaxis.rangeslider, {thickness: thickness}),
        rangeselector: Object.assign({}, xaxis.rangeselector, {y: above === undefined ? buttons.y : above})
      }),
      yaxis: Object.assign({}, layout.yaxis, {range: range})
    });
  }
  // The lane drawn at a row (in y axis units), or -1.
  function at(y) {
    var found = shown().filter(function (l) { return y >= l[1] - 0.5 && y < l[2] - 0.5; })[0];
    return found ? found[0] : -1;
  }
  // Lane names are cut to the room they have: hovering one over the plot element `gd` shows it whole in
  // `tip`, with its count of events (not on a phone, `narrow()`, which shows no names).
  function nameOnHover(gd, tip, narrow) {
    var counts = lanes.map(function () { return 0; });
    events.forEach(function (e) { counts[e.lane] += 1; });
    function laneAt(event) {
      var full = gd._fullLayout, box = gd.getBoundingClientRect();
      if (!full || !full.yaxis || narrow()) { return -1; }
      var px = event.clientX - box.left, py = event.clientY - box.top - full.yaxis._offset;
      if (px >= full.xaxis._offset || py < 0 || py > full.yaxis._length) { return -1; }
      return at(full.yaxis.p2l(py));
    }
    gd.addEventListener("mousemove", function (event) {
      var lane = laneAt(event);
      tip.hidden = lane < 0;
      if (lane < 0) { return; }
      tip.textContent = lanes[lane] + " \u00b7 " + counts[lane] + (counts[lane] === 1 ? " event" : " events");
      tip.style.left = Math.min(event.clientX + 12, window.innerWidth - tip.offsetWidth - 8) + "px";
      tip.style.top = event.clientY + 14 + "px";
    });
    gd.addEventListener("mouseleave", function () { tip.hidden = true; });
  }
  return {compact: compact, row: row, layout: layout, fit: fit, at: at, nameOnHover: nameOnHover};
};
