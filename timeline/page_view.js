// The timeline page's view of the x axis, for page.js (inlined before it): the axis and the events'
// extents in its units, the event labels for what is in view, and the 1m ... 20y range buttons.
// `options`: gd (the plot element), events, labels (the figure's annotations), packed (the span they
// were packed for, or null), buttons (the figure's range buttons), lanes (window.TimelineLanes), words
// (window.TimelineWords), narrow() (the plot is a phone's) and kept() (the events the filters keep now).
window.TimelineView = function (options) {
  "use strict";
  var ZOOM_LABELS = 40;  // a large timeline labels the events in view once there are this few
  var CHAR_PX = 6.8, GAP_PX = 36;  // as in placement.py
  var PLOT_PX = 1000, SQUEEZED = 0.9;  // as in placement.py: the width labels were packed for; well below it
  var gd = options.gd, events = options.events, labels = options.labels, packed = options.packed;
  var laneMoves = options.lanes, shorten = options.words.shorten, escapeText = options.words.escape;

  // The x axis as plotly has it now, with the events' extents in its own units (computed once).
  var extents = null;
  function axis() {
    var x = gd._fullLayout && gd._fullLayout.xaxis;
    if (!x || !x.r2l || !x._length) { return null; }
    if (!extents) { extents = events.map(function (e) { return [x.r2l(e.at[0]), x.r2l(e.at[1])]; }); }
    return x;
  }
  function viewOf(x) { return [x.r2l(x.range[0]), x.r2l(x.range[1])]; }

  // Labels are annotations named by their event's index; the empty-timeline note has no name.
  // A small timeline comes with labels packed for its first view (meta.packed, else the whole span);
  // zoomed out well beyond that, or on a phone, or for a large timeline, labels come from the view
  // once it holds ZOOM_LABELS events or fewer.
  function fixedLabels() {
    if (!labels.length || options.narrow()) { return false; }
    var x = axis();
    if (!packed || !x) { return true; }
    var view = viewOf(x);
    return view[1] - view[0] <= 1.5 * (x.r2l(packed[1]) - x.r2l(packed[0]));
  }
  // Zoomed in on packed labels, a label drawn left of a mark near the view's left edge would run over
  // the lane names (and one drawn right of a mark near the right edge off the plot): the view is
  // labelled afresh when it holds few events, and otherwise keeps the packed labels that fit in it.
  function zoomedIn(x) {
    var view = viewOf(x), all = packed ? [x.r2l(packed[0]), x.r2l(packed[1])] : null;
    if (!all) {
      all = [Infinity, -Infinity];
      extents.forEach(function (span) { all = [Math.min(all[0], span[0]), Math.max(all[1], span[1])]; });
    }
    return view[1] - view[0] < 0.67 * (all[1] - all[0]);
  }
  function fits(x, note) {
    var view = viewOf(x), at = x.r2l(note.x), perPx = (view[1] - view[0]) / x._length;
    var width = (note.text.length * CHAR_PX + Math.abs(note.xshift || 0)) * perPx;
    return note.xanchor === "right" ? at - width >= view[0] : at + width <= view[1];
  }
  // A plot well narrower than the labels were packed for (a tablet, a half-screen window) would draw
  // them over one another and past the plot's right edge, cut by the card.
  function squeezed() {
    var x = axis();
    return !!x && x._length < SQUEEZED * PLOT_PX;
  }
  function shownLabels(keep) {
    return placedLabels(keep).map(function (note) {
      return note.name === undefined ? note : Object.assign({}, note, {y: laneMoves.row(Number(note.name), note.y)});
    });
  }
  function placedLabels(keep) {
    if (fixedLabels() || !events.length) {
      var x = events.length ? axis() : null, tight = x && squeezed(), zoomed = x && (zoomedIn(x) || tight);
      var fresh = zoomed ? zoomLabels(keep) : [];
      if (fresh.length) { return fresh; }
      return spaced(x, labels.filter(function (a) {
        return a.name === undefined || (keep[Number(a.name)] && (!zoomed || fits(x, a)));
      }), tight);
    }
    return zoomLabels(keep);
  }
  // Zoomed out beyond the span the labels were packed for (the first view of a timeline that opens on
  // where most of its events are), labels come closer together: one that would run into the one before
  // it in its row at this scale is left out; so is one on a squeezed plot (`tight`).
  function spaced(x, notes, tight) {
    if (!x || (!packed && !tight)) { return notes; }
    var view = viewOf(x);
    if (!tight && view[1] - view[0] <= (x.r2l(packed[1]) - x.r2l(packed[0])) * 1.01) { return notes; }
    var perPx = (view[1] - view[0]) / x._length, ends = {}, dropped = {};
    var boxes = notes.map(function (note) {
      if (note.name === undefined) { return null; }
      var at = x.r2l(note.x), width = (note.text.length * CHAR_PX + Math.abs(note.xshift || 0)) * perPx;
      return note.xanchor === "right" ? [at - width, at] : [at, at + width];
    });
    notes.map(function (note, i) { return i; }).filter(function (i) { return boxes[i]; })
      .sort(function (a, b) { return boxes[a][0] - boxes[b][0] || a - b; })
      .forEach(function (i) {
        var y = notes[i].y;
        if (ends[y] !== undefined && ends[y] > boxes[i][0] - 6 * perPx) { dropped[i] = true; return; }
        ends[y] = boxes[i][1];
      });
    return notes.filter(function (note, i) { return !dropped[i]; });
  }

  // Label the events whose mark is in view, right of the mark or bar (left of it in the last third of
  // the view), up to the next mark of its row (rows packed for another scale, or for marks alone in a
  // large timeline, hold marks closer than a label is long); a label that would run into the previous
  // one in its row is left out.
  function zoomLabels(keep) {
    var x = axis();
    if (!x) { return []; }
    var view = viewOf(x), low = view[0], high = view[1];
    var inView = [], marks = {};
    for (var i = 0; i < events.length; i += 1) {
      var middle = (extents[i][0] + extents[i][1]) / 2;
      if (keep[i]) { (marks[events[i].y] = marks[events[i].y] || []).push(i); }
      if (keep[i] && middle >= low && middle <= high) {
        inView.push([middle, i]);
        if (inView.length > ZOOM_LABELS) { return []; }
      }
    }
    function free(index, at, left) {  // where the room beside a mark ends: the next mark of its row, or the view's edge
      return (marks[events[index].y] || []).reduce(function (edge, other) {
        var span = extents[other];
        if (other === index) { return edge; }
        if (left) { return span[1] <= at ? Math.max(edge, span[1]) : edge; }
        return span[0] >= at ? Math.min(edge, span[0]) : edge;
      }, left ? low : high);
    }
    var perPx = (high - low) / x._length, turn = low + (high - low) * 0.62, ends = {}, out = [];
    inView.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (item) {
      var span = extents[item[1]], left = item[0] > turn;
      var at = left ? Math.max(span[0], low) : Math.min(span[1], high);  // beside the bar, not on it
      var room = (left ? at - free(item[1], at, true) : free(item[1], at, false) - at) / perPx;
      var chars = Math.min(34, Math.floor((room - 30) / CHAR_PX));
      if (chars < 8) { return; }
      var e = events[item[1]], text = shorten(e.title, chars);
      var width = (text.length * CHAR_PX + 20) * perPx;
      var begin = left ? at - width : span[0], end = left ? span[1] : at + width;
      if (ends[e.y] !== undefined && ends[e.y] > begin - GAP_PX * perPx) { return; }
      ends[e.y] = end;
      out.push({x: x.l2r(at), y: e.y, text: escapeText(text), showarrow: false,
        xanchor: left ? "right" : "left", xshift: left ? -10 : 10, name: String(item[1]),
        font: {size: 12, color: "#374151"}, bgcolor: "rgba(255,255,255,0.7)", captureevents: false});
    });
    return out;
  }

  // The 1m ... 20y buttons. Plotly counts them back from the end of the view, which holds no event
  // when a long timeline pads its span by years (5y on 1881 - 2031 showed 2033 - 2038, empty), and the
  // latest event may stand alone (a forecast for next year after a month of news: 1m showed it alone).
  // Here a button shows the stretch of its length, ending on an event the filters keep, that holds the
  // most kept events of the view (the latest such stretch on a tie); with none in view, the stretch
  // that ends on the latest kept event before the view, or else the latest of all.
  var STEPS = {month: 1, year: 12};
  function monthsBefore(time, months) {
    var start = new Date(time);
    start.setUTCMonth(start.getUTCMonth() - months);
    return start.getTime();
  }
  function stepBack(button) {
    var x = axis(), months = button.count * (STEPS[button.step] || 0);
    if (!x || !months) { return false; }
    var view = viewOf(x), latest = null, last = null, inView = [];
    options.kept().forEach(function (k, i) {
      if (!k) { return; }
      var middle = (extents[i][0] + extents[i][1]) / 2;
      last = last === null ? middle : Math.max(last, middle);
      if (middle <= view[1]) {
        latest = latest === null ? middle : Math.max(latest, middle);
        if (middle >= view[0]) { inView.push(middle); }
      }
    });
    var anchor = latest === null ? last : latest;
    if (anchor === null) { return false; }
    inView.sort(function (a, b) { return a - b; });
    var most = 0, low = 0;
    inView.forEach(function (middle, high) {
      var from = monthsBefore(middle, months);
      while (inView[low] < from) { low += 1; }
      if (high - low + 1 >= most) { most = high - low + 1; anchor = middle; }
    });
    var start = monthsBefore(anchor, months), pad = (anchor - start) * 0.03;
    Plotly.relayout(gd, {"xaxis.range": [x.l2r(start + pad), x.l2r(anchor + pad)]});
    return true;
  }
  gd.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest(".rangeselector .button");
    if (!target) { return; }
    var index = Array.prototype.indexOf.call(gd.querySelectorAll(".rangeselector .button"), target);
    var buttons = options.buttons;
    if (buttons[index] && buttons[index].step !== "all" && stepBack(buttons[index])) {
      event.stopPropagation();
    }
  }, true);

  return {
    axis: axis, viewOf: viewOf, CHAR_PX: CHAR_PX,
    extent: function (index) { return extents[index]; },  // after axis() gave an axis
    labels: shownLabels, zoomLabels: zoomLabels, squeezed: squeezed
  };
};
