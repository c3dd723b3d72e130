// The timeline page's chart side: draw the figure, filter it (page_filters.js), label what is in
// view (page_view.js), name the lanes, and keep the list (page_list.js) to the events the chart shows,
// all offline.
(function () {
  "use strict";
  var NARROW_PX = 600;  // a plot narrower than this (a phone) drops lane names, legend and fixed labels
  var PLOT_PX = 1000;  // as in placement.py: the width labels were packed for
  var LANE_SHARE = 0.3, LANE_CHARS = 34;  // unlabelled, lane names take this share of the width; at least 34 characters
  var words = window.TimelineWords, shorten = words.shorten, escapeText = words.escape;
  var gd = document.getElementById("timeline");
  var figure = JSON.parse(document.getElementById("tl-figure").textContent);
  var meta = figure.layout.meta || {};
  var events = meta.events || [];
  var lanes = meta.lanes || [];
  var base = figure.data;
  var labels = figure.layout.annotations || [];
  var search = document.getElementById("tl-search");
  var groupSelect = document.getElementById("tl-group");
  var tagSelect = document.getElementById("tl-tag");
  var outletSelect = document.getElementById("tl-outlet");
  var confidenceSelect = document.getElementById("tl-confidence");
  var status = document.getElementById("tl-status");
  var listTitle = document.getElementById("tl-list-title");
  var reset = document.getElementById("tl-reset");
  var details = document.getElementById("tl-details");
  var tip = document.getElementById("tl-lane-tip");
  var config = {
    responsive: true, displaylogo: false, scrollZoom: true,
    // WebGL marks (large timelines) drawn at the screen's own pixel ratio: plotly's default of 2 gave a
    // 1x screen canvases of four times its pixels, three of them (marks, focus, picking), each redrawn
    // and composited on every zoom and pan; a 2x screen keeps 2, as before.
    plotGlPixelRatio: Math.min(Math.max(window.devicePixelRatio || 1, 1), 2),
    // "Share chart..." would upload the chart to a cloud service: this page shares as a file.
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "sendChartToCloud"],
    toImageButtonOptions: {filename: "timeline", scale: 2}
  };
  var laneMoves = window.TimelineLanes(events, lanes, meta.frame || {});
  var current = events.map(function () { return true; });
  // The series the reader hid in the legend stay hidden (page_series.js): shownNow() are the events drawn.
  var series = window.TimelineSeries(base, gd);
  function shownNow() { return series.drawn(current); }
  var axisView = window.TimelineView({gd: gd, events: events, labels: labels, packed: meta.packed || null,
    buttons: ((figure.layout.xaxis || {}).rangeselector || {}).buttons || [], lanes: laneMoves, words: words,
    narrow: narrow, kept: shownNow});
  var axis = axisView.axis, viewOf = axisView.viewOf, shownLabels = axisView.labels, zoomLabels = axisView.zoomLabels;
  var list = window.TimelineList({events: events, lanes: lanes, documents: meta.documents || [],
    list: document.getElementById("tl-list"), details: details, onChoose: choose,
    // Escape or the close button: the card the chart showed for the event went on speaking of it.
    onClose: function () { Plotly.Fx.unhover(gd); }});

  // The events that search, group and tag keep (the chart draws these; the list, those in view).
  var visible = window.TimelineFilters({events: events, lanes: lanes, meta: meta, search: search,
    groupSelect: groupSelect, tagSelect: tagSelect, outletSelect: outletSelect,
    confidenceSelect: confidenceSelect});

  function pick(values, kept) {
    return Array.isArray(values) ? kept.map(function (k) { return values[k]; }) : values;
  }

  // A trace keeps the points whose event (its customdata) is shown; bars keep their gap point too. The
  // figure's trace `number` keeps the state the legend left it in.
  function filtered(trace, keep, number) {
    var kept = [];
    (trace.customdata || []).forEach(function (index, k) { if (keep[index]) { kept.push(k); } });
    var out = Object.assign({}, trace), shown = series.visibility(number);
    if (shown !== undefined) { out.visible = shown; }
    ["x", "y", "customdata", "hovertext", "text"].forEach(function (key) {
      if (key in trace) { out[key] = pick(trace[key], kept); }
    });
    if (Array.isArray(out.y)) {
      out.y = out.y.map(function (y, j) { return laneMoves.row(out.customdata[j], y); });
    }
    if (trace.marker) {
      out.marker = Object.assign({}, trace.marker);
      ["color", "symbol", "size"].forEach(function (key) { out.marker[key] = pick(trace.marker[key], kept); });
      if (trace.marker.line) {
        out.marker.line = Object.assign({}, trace.marker.line, {color: pick(trace.marker.line.color, kept)});
      }
    }
    return out;
  }

  var wide = {showlegend: figure.layout.showlegend, margin: figure.layout.margin, title: figure.layout.title,
    yaxis: figure.layout.yaxis};
  function narrow() { return events.length > 0 && gd.clientWidth < NARROW_PX; }
  // On a phone the lane names and the legend would take the plot's width and cover the title, and
  // labels packed for a wide plot would run off it: the plot gets the whole width, labels come from
  // the view (as for a large timeline), and the list below names each event's source.
  // On a wider screen lane names take the room there is: what the packed labels leave beside the
  // plot, else LANE_SHARE of the width. Hovering a name shows it whole.
  function rowPx() {
    var y = gd._fullLayout && gd._fullLayout.yaxis;
    return y && y._length ? y._length / Math.abs(y.range[0] - y.range[1]) : 0;
  }
  function sized() {
    if (!narrow()) {
      var room = labels.length ? gd.clientWidth - 60 - PLOT_PX : gd.clientWidth * LANE_SHARE;
      var chars = Math.max(LANE_CHARS, Math.floor(room / axisView.CHAR_PX));
      var unnamed = (wide.yaxis || {}).ticktext || [];  // "": too thin a lane to name (render.LANE_NAME_PX)
      var names = lanes.map(function (name, i) { return unnamed[i] === "" ? "" : escapeText(shorten(name, chars)); });
      return Object.assign({}, wide, {showlegend: wide.showlegend && !crowded}, lanes.length ? laneMoves.layout(wide.yaxis, names, figure.layout.shapes, rowPx()) : {});
    }
    // The room the figure keeps for dates above the lanes (render.TICKS_PX) stays theirs on a phone.
    var above = Math.max(0, ((figure.layout.margin || {}).t || 130) - 130);
    return {showlegend: false, margin: {l: 6, r: 6, t: 124 + above, b: 24},
      title: Object.assign({}, wide.title, {font: {size: 18}}),
      shapes: lanes.length ? laneMoves.layout(wide.yaxis, lanes, figure.layout.shapes, 0).shapes : figure.layout.shapes,
      yaxis: Object.assign({}, wide.yaxis, {showticklabels: false, automargin: false})};
  }
  // Between a phone and a wide screen the legend, anchored right above the plot, wraps into rows that
  // run over the subtitle and the range buttons: measured once drawn, it then gives way (the key below
  // the chart still says what a point and a bar mean), and a resize gives it another try.
  var crowded = false;
  function overlaps(a, b) {
    return a && b && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  }
  function roomForLegend() {
    var legend = gd.querySelector(".legend");
    if (crowded || narrow() || !legend) { return; }
    var box = legend.getBoundingClientRect();
    var crowding = [".gtitle", ".gtitle-subtitle", ".rangeselector"].some(function (selector) {
      var other = gd.querySelector(selector);
      return other && overlaps(box, other.getBoundingClientRect());
    });
    if (!crowding) { return; }
    crowded = true;
    var hidden = series.hidden();  // shown again, or nothing could show them without the legend
    return Promise.resolve(hidden.length ? Plotly.restyle(gd, {visible: true}, hidden) : null)
      .then(function () { return Plotly.relayout(gd, {showlegend: false}); });
  }
  // The list and the status follow the chart: the events kept by the filters that are in view. A
  // view that hides some says so, with the range in words and a button to show every date.
  function inView(keep) {
    var x = axis();
    if (!x) { return keep; }
    var view = viewOf(x);
    // A bar longer than the view ("the 1990s" seen from April 1997) counts when its middle tick is in view.
    var width = view[1] - view[0];
    return keep.map(function (k, i) {
      var span = axisView.extent(i), middle = (span[0] + span[1]) / 2;
      return k && span[1] >= view[0] && span[0] <= view[1] &&
        (span[1] - span[0] <= width || (middle >= view[0] && middle <= view[1]));
    });
  }
  // Events of a series hidden in the legend are neither drawn nor listed, and the status says how many.
  function follow() {
    var drawn = shownNow(), shown = inView(drawn), filteredIn = current.filter(Boolean).length;
    var kept = drawn.filter(Boolean).length, count = shown.filter(Boolean).length, hidden = filteredIn - kept;
    var said = count === events.length ? events.length + (events.length === 1 ? " event" : " events")
      : "Showing " + count + " of " + events.length + " events";
    var x = axis();
    if (count < kept && x) { said += " \u00b7 in view: " + words.sayRange(x.range); }
    // A search or a filter whose matches lie partly or wholly outside the view says how many, so that
    // "Showing 0" after a search does not read as "nothing matches".
    var outside = filteredIn < events.length ? kept - count : 0;
    if (outside) { said += " \u00b7 " + outside + (outside === 1 ? " match" : " matches") + " outside it"; }
    if (hidden) { said += " \u00b7 " + hidden + " hidden in the legend"; }
    status.textContent = said;
    reset.hidden = !(count < kept);
    // Nothing in view though the filters keep events: the view is the reason, not the search.
    list.fill(shown, count, 0, !kept ? (hidden ? "The events kept are of kinds hidden in the chart's legend: " +
      "click one there to show it." : "") : outside ? (outside === 1 ? "The match is" : "The " + outside +
      " matches are") + " outside this view: zoom out, or show all dates." : "No event in this view: zoom out, " +
      "or show all dates.");
    return shown;
  }
  var whole = ((figure.layout.xaxis || {}).rangeslider || {}).range;
  reset.addEventListener("click", function () {
    if (whole) { Plotly.relayout(gd, {"xaxis.range": whole.slice()}); }
  });

  function redraw() {
    current = visible();
    laneMoves.compact(current);
    var layout = Object.assign({}, gd.layout, sized());
    if (layout.showlegend === false) {
      series.hidden().forEach(function (k) { gd.data[k].visible = true; });  // no legend to show them with
    }
    // The event on show is filtered out: its card and its hover label go too, or they would speak of
    // an event the chart and the list no longer hold.
    var chosen = list.chosen();
    if (chosen >= 0 && !shownNow()[chosen]) {
      list.hide(true);
    }
    layout.annotations = shownLabels(shownNow());
    if (lanes.length && events.length) {
      layout = laneMoves.fit(layout, figure.layout);  // the height of the lanes shown
      gd.style.height = layout.height + "px";
    }
    return Plotly.react(gd, base.map(function (t, k) { return filtered(t, current, k); }), layout, config)
      .then(follow);
  }

  // Where the mark (and so the hover card) of an event is now: its trace and point.
  function markOf(index) {
    for (var curve = 0; curve < gd.data.length; curve += 1) {
      var trace = gd.data[curve];
      if (trace.meta && trace.meta.role === "events") {
        var point = trace.customdata.indexOf(index);
        if (point >= 0) { return {curveNumber: curve, pointNumber: point}; }
      }
    }
    return null;
  }
  // Hover an event's mark: by its number (a hover at a place in a crowded chart went to the end of a bar
  // there, which has no card), or at its own place for WebGL, which cannot hover a point by number.
  function pointAt(index) {
    var target = markOf(index);
    if (!target) { return; }
    var mark = gd.data[target.curveNumber];
    if (mark.type !== "scattergl") { return Plotly.Fx.hover(gd, [target]); }
    Plotly.Fx.hover(gd, {xval: gd._fullLayout.xaxis.d2c(mark.x[target.pointNumber]),
      yval: mark.y[target.pointNumber]}, "xy");
  }

  // A click on a mark opens its details (page_clicks.js).
  var markUnder = window.TimelineClicks(gd, function (index) {
    list.scrollList(list.show(index, null));
    // On a phone the details open below the chart, out of sight: bring them into view.
    if (narrow()) { details.scrollIntoView({block: "nearest"}); }
  });

  // Show an event chosen in the list (or by the address): its details, and its mark on the chart,
  // panned into view and pointed at with its hover card.
  function choose(index) {
    list.show(index);
    inSight(details);
    Promise.resolve(reveal(events[index])).then(function () { pointAt(index); });
  }

  // The card opens above the list: a reader scrolled down to the list saw nothing happen. It is brought
  // into view only when its top is out of sight, so that a page that shows it, and the chart, stays still.
  var SEEN_PX = 60;
  function inSight(node) {
    var top = node.getBoundingClientRect().top;
    if (top < 0) {
      node.scrollIntoView({block: "start"});
    } else if (top > window.innerHeight - SEEN_PX) {
      node.scrollIntoView({block: "nearest"});
    }
  }

  // Pan the plot to an event chosen in the list when it lies outside the current view. Dates go
  // through the axis's own conversions, so that they mean to plotly what they meant in Python.
  function reveal(e) {
    var x = axis();
    if (!x || !e.at) { return; }
    var view = viewOf(x), low = view[0], high = view[1];
    var first = x.r2l(e.at[0]), last = x.r2l(e.at[1]);
    if (first >= low && last <= high) { return; }
    var width = Math.max(high - low, last - first), middle = (first + last) / 2;
    return Plotly.relayout(gd, {"xaxis.range": [x.l2r(middle - width / 2), x.l2r(middle + width / 2)]});
  }

  laneMoves.nameOnHover(gd, tip, narrow);  // a lane name cut to its room, shown whole

  var pending = null, relabel = null;
  function later() {
    clearTimeout(pending);
    pending = setTimeout(redraw, 120);
  }
  search.addEventListener("input", later);
  groupSelect.addEventListener("change", redraw);
  tagSelect.addEventListener("change", redraw);
  outletSelect.addEventListener("change", redraw);
  confidenceSelect.addEventListener("change", redraw);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === "Escape" && document.activeElement === search) {
      search.value = "";
      redraw();
    } else if (event.key === "Escape" && !details.hidden) {
      list.hide();
    }
  });
  // The skip link goes to the list's row that takes Tab, without naming a place in the address (which
  // names the event shown).
  document.querySelector(".tl-skip").addEventListener("click", function (event) {
    event.preventDefault();
    var row = document.querySelector('#tl-list li[tabindex="0"]');
    if (row) { row.focus(); }
  });
  window.addEventListener("hashchange", function () {
    var index = list.indexOfId(location.hash);
    if (index >= 0 && index !== list.chosen()) { choose(index); }
  });
  // Printing lists every event shown, not the first LIST_LIMIT; the screen list comes back after.
  // The chart is drawn at the window's width: printed from a wide window, the page cut it at its right
  // edge. It is shrunk to the width of a portrait A4 or Letter page less its margins (page.css).
  var PRINT_PX = 680;
  window.addEventListener("beforeprint", function () {
    // Measured unzoomed: a second beforeprint before afterprint (a print dialog opened again, a PDF
    // printer) shrank an already shrunk chart to a quarter of the paper.
    gd.style.removeProperty("--tl-print-zoom");
    gd.style.setProperty("--tl-print-zoom", String(Math.min(1, PRINT_PX / Math.max(gd.offsetWidth, 1))));
    // Paper has no status line (the controls are not printed): the list's heading says what it holds,
    // or a page that opens on recent events printed fewer than its title counts, without a word.
    var shown = inView(shownNow());
    if (shown.filter(Boolean).length < events.length) { listTitle.textContent = "Events \u00b7 " + status.textContent; }
    list.fill(shown, shown.filter(Boolean).length, events.length);
  });
  window.addEventListener("afterprint", function () {
    listTitle.textContent = "Events";
    follow();
  });
  var wasNarrow = null, wasWidth = gd.clientWidth;
  window.addEventListener("resize", function () {
    if (!gd.dataset.ready) { return; }
    if (narrow() !== wasNarrow || Math.abs(gd.clientWidth - wasWidth) > 40) {
      wasNarrow = narrow();
      wasWidth = gd.clientWidth;
      crowded = false;  // measured at the new width: plotly's own resize may come after the redraw
      redraw().then(function () { return Plotly.Plots.resize(gd); }).then(roomForLegend);
    }
  });
  if (!events.length) {
    search.disabled = true;
    groupSelect.hidden = true;
    outletSelect.hidden = true;
    confidenceSelect.hidden = true;
    document.querySelector(".tl-key").hidden = true;
    document.getElementById("tl-chart-help").hidden = true;
    document.querySelector(".tl-listbox").hidden = true;
    document.querySelector(".tl-skip").hidden = true;
  }

  // Plotly sizes a responsive plot from its element on every window resize: pin the element to
  // the figure's height, or a resize would squash the lanes to the element's minimum.
  if (figure.layout.height) { gd.style.height = figure.layout.height + "px"; }
  wasNarrow = narrow();
  // The list is there before the chart is drawn, and stays if the chart cannot be (no WebGL for a large
  // one): it holds every event in words. follow() fits it to the view once drawn.
  list.fill(current, events.length);
  var first = Object.assign({}, figure.layout, sized());
  var fixedAtFirst = labels.length > 0 && !narrow();  // the first view is the one labels were packed for
  if (!fixedAtFirst && events.length) { first.annotations = []; }
  Plotly.newPlot(gd, base.map(function (t, k) { return filtered(t, current, k); }), first, config)
    .then(function () {
      // A large timeline zoomed out has no label to show: a relayout would draw every mark again for none.
      var notes = !fixedAtFirst && events.length ? zoomLabels(current) : null;
      if (notes) { return notes.length ? Plotly.relayout(gd, {annotations: notes}) : null; }
      if (events.length && axisView.squeezed()) { return Plotly.relayout(gd, {annotations: shownLabels(current)}); }
    })
    .then(roomForLegend)
    .then(function () {
      follow();
      var reachable = window.TimelineKeys(gd, ((figure.layout.xaxis || {}).rangeselector || {}).buttons || []);
      var slider = window.TimelineSlider(gd, words);
      var keyed = function () { reachable(); slider(); };
      keyed();
      gd.on("plotly_afterplot", keyed);
      // A bar's ends answer hover with the card of its event (plotly itself draws cards for marks), the
      // mouse's only: a hover the page made (pointAt) that lands on a bar's end is not sent on again.
      gd.on("plotly_hover", function (data) {
        var point = data.points && data.points[0], mouse = data.event && typeof data.event.clientX === "number";
        if (mouse && point && point.data.meta && point.data.meta.role === "spans") {
          var under = markUnder(data.event);
          pointAt(under >= 0 ? under : point.customdata);
        }
      });
      // Zooming, panning, the range buttons and the slider: relabel, and list what is now in view.
      function relabelSoon() {
        clearTimeout(relabel);
        relabel = setTimeout(function () {
          follow();
          // No labels before or after (a large timeline zoomed out): a relayout would redraw every
          // WebGL mark again for nothing, as long again as the zoom itself.
          var notes = shownLabels(shownNow());
          if (notes.length || (gd.layout.annotations || []).length) { Plotly.relayout(gd, {annotations: notes}); }
        }, 80);
      }
      gd.on("plotly_relayout", function (change) {
        if (events.length && !("annotations" in change)) { relabelSoon(); }
      });
      // A series shown or hidden in the legend: its events leave or join the list and the labels, and the
      // card of an event it hides closes.
      gd.on("plotly_restyle", function () {
        if (!events.length) { return; }
        var chosen = list.chosen();
        if (chosen >= 0 && !shownNow()[chosen]) { list.hide(true); }
        relabelSoon();
      });
      var linked = list.indexOfId(location.hash);
      if (linked >= 0) {
        choose(linked);
        list.scrollList(list.row(linked));
        details.scrollIntoView({block: "nearest"});
      }
      gd.dataset.ready = "true";
    });
}());
