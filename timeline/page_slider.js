// The range slider under the chart for a keyboard, for page.js (inlined before it), as WAI-ARIA's slider
// with two thumbs: plotly draws it as SVG that only a mouse drags. Its window (the dates shown) and its two
// ends become sliders that Tab stops at; the arrow keys move one by a calendar unit fitting the view,
// Page Up and Page Down by a larger one, Home and End to the first or last date it may take. An end never
// passes the other. The view moves through plotly's relayout, so the chart, the list and the labels follow
// (page_view.js) as they follow a drag. `words` is window.TimelineWords. Returns labelled(), to call after
// every draw: the values change, and a draw that made the slider anew gives the focus back to its part.
window.TimelineSlider = function (gd, words) {
  "use strict";
  var DAY = 86400000;
  // A step is the largest unit that goes IN_VIEW times into the view (a view shorter than 5 weeks steps by a
  // day); Page Up and Page Down move `page` steps.
  var IN_VIEW = 5;
  var UNITS = [
    {unit: "year", days: 365.25, page: 10},  // a view of 1990 - 2020: a year, a page a decade
    {unit: "month", days: 30.44, page: 12},  // a view of 2019: a month, a page a year
    {unit: "week", days: 7, page: 4},  // a view of May - June 2019: a week, a page four weeks
    {unit: "day", days: 1, page: 7}  // a view of 1 - 20 May 2019: a day, a page a week
  ];
  // The parts, in the order Tab meets them: which end of the view a key moves (both: the window).
  var PARTS = [
    {selector: ".rangeslider-slidebox", ends: [0, 1], label: "Shown dates"},
    {selector: ".rangeslider-grabber-min", ends: [0], label: "Start of the shown dates"},
    {selector: ".rangeslider-grabber-max", ends: [1], label: "End of the shown dates"}
  ];

  // The axis now: the view, and the span the slider covers (wider if the view went past it), in ms.
  function axis() {
    var x = gd._fullLayout && gd._fullLayout.xaxis;
    if (!x || !x.r2l || !x.rangeslider || !x.rangeslider.visible) { return null; }
    var view = [x.r2l(x.range[0]), x.r2l(x.range[1])], whole = x.rangeslider.range || x.range;
    whole = [Math.min(x.r2l(whole[0]), view[0]), Math.max(x.r2l(whole[1]), view[1])];
    // The ends keep a day apart, or half the slider's span when that is shorter.
    return {x: x, view: view, whole: whole, gap: Math.min(DAY, (whole[1] - whole[0]) / 2)};
  }

  // Calendar arithmetic in UTC, the axis's own time: the start of a time's unit, and that start moved.
  function floor(time, unit) {
    var d = new Date(time);
    d.setUTCHours(0, 0, 0, 0);
    if (unit === "week") { d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7); }  // from Monday
    if (unit === "month" || unit === "year") { d.setUTCDate(1); }
    if (unit === "year") { d.setUTCMonth(0); }
    return d.getTime();
  }
  function moved(time, unit, count) {
    var d = new Date(time);
    if (unit === "year") { d.setUTCFullYear(d.getUTCFullYear() + count); }
    if (unit === "month") { d.setUTCMonth(d.getUTCMonth() + count); }
    if (unit === "week" || unit === "day") { d.setUTCDate(d.getUTCDate() + count * (unit === "week" ? 7 : 1)); }
    return d.getTime();
  }
  // `count` units on from a time (back when negative), landing on the unit's starts: from 15 August 2016 a
  // year on is 1 January 2017, a year back 1 January 2016.
  function stepped(time, unit, count) {
    var start = floor(time, unit);
    if (count > 0) { return moved(start, unit, count); }
    return moved(start, unit, start === time ? count : count + 1);
  }
  function unitOf(view) {
    var days = (view[1] - view[0]) / DAY;
    for (var i = 0; i < UNITS.length - 1; i += 1) {
      if (days >= IN_VIEW * UNITS[i].days) { return UNITS[i]; }
    }
    return UNITS[UNITS.length - 1];
  }

  // The view a key makes of the part's ends, within the slider's span, an end short of the other; null: not
  // a key of the slider's.
  var STEPS = {ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1}, PAGES = {PageUp: 1, PageDown: -1};
  function after(key, part, now) {
    var view = now.view, range = limits(part, now), end = part.ends[0], step = unitOf(view), to;
    if (key === "Home" || key === "End") {
      to = range[key === "Home" ? 0 : 1];
    } else if (STEPS[key] || PAGES[key]) {
      to = stepped(view[end], step.unit, STEPS[key] || PAGES[key] * step.page);
    } else {
      return null;
    }
    to = Math.min(range[1], Math.max(range[0], to));
    if (part.ends.length > 1) { return [to, to + view[1] - view[0]]; }  // the window keeps its width
    return end === 0 ? [to, view[1]] : [view[0], to];
  }
  // The least and the most an end may be: the slider's own end, and a gap short of the other end.
  function limits(part, now) {
    var view = now.view, whole = now.whole;
    if (part.ends.length > 1) { return [whole[0], whole[1] - (view[1] - view[0])]; }
    return part.ends[0] === 0 ? [whole[0], view[1] - now.gap] : [view[0] + now.gap, whole[1]];
  }

  // The part that has the focus; kept when a draw takes its node away, so that the new one takes the focus.
  var held = null;
  function partOf(node) {
    return PARTS.filter(function (part) { return node.closest && node.closest(part.selector); })[0] || null;
  }
  // A time said as a day ("15 August 2016"); the end of the view says the last day it shows.
  function said(x, time) { return words.sayDay(x.l2r(time)); }
  function labelled() {
    var now = axis();
    if (!now) { return; }
    var view = now.view;
    PARTS.forEach(function (part) {
      var node = gd.querySelector(part.selector);
      if (!node) { return; }
      var range = limits(part, now), end = part.ends[0];
      var text = part.ends.length > 1 ? said(now.x, view[0]) + " to " + said(now.x, view[1] - 1)
        : said(now.x, end === 0 ? view[0] : view[1] - 1);
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "slider");
      node.setAttribute("aria-label", part.label);
      node.setAttribute("aria-valuemin", String(Math.round(range[0])));
      node.setAttribute("aria-valuemax", String(Math.round(range[1])));
      node.setAttribute("aria-valuenow", String(Math.round(view[end])));
      node.setAttribute("aria-valuetext", text);
    });
    var again = held && gd.querySelector(held.selector);
    if (again && (!document.activeElement || document.activeElement === document.body)) { again.focus(); }
  }

  gd.addEventListener("focusin", function (event) { held = partOf(event.target); });
  // A part left for another control (its node still there) is held no more; one removed by a draw still is.
  gd.addEventListener("focusout", function (event) {
    var node = event.target, part = held;
    setTimeout(function () {
      if (held === part && node.isConnected && document.activeElement !== node) { held = null; }
    }, 0);
  });
  gd.addEventListener("keydown", function (event) {
    var part = partOf(event.target), now = part && axis();
    var view = now && after(event.key, part, now);
    if (!view) { return; }
    event.preventDefault();
    if (view[0] !== now.view[0] || view[1] !== now.view[1]) {
      Plotly.relayout(gd, {"xaxis.range": [now.x.l2r(view[0]), now.x.l2r(view[1])]});
    }
  });

  return labelled;
};
