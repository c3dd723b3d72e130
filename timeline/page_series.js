// The timeline page's series (kinds of mark: a year, a month, a day) as the reader shows or hides them in the
// legend, for page.js (inlined before it). Plotly keeps a series' state on the trace it drew; the page draws
// new traces on every search and filter, which came back all shown: hidden series stay hidden here, across
// search, filters, zoom and relabel, and the list leaves out the events whose marks they hide.
// `base` are the figure's traces, `gd` the plot element.
window.TimelineSeries = function (base, gd) {
  "use strict";
  // per event: the trace of its mark (role "events"), whose legend entry shows or hides it
  var markTrace = [];
  base.forEach(function (trace, k) {
    if (!trace.meta || trace.meta.role !== "events") { return; }
    (trace.customdata || []).forEach(function (index) { markTrace[index] = k; });
  });

  // Whether the figure's trace `k` is drawn now (a legend click makes it "legendonly").
  function on(k) {
    var drawn = gd.data && gd.data[k];
    return !drawn || (drawn.visible !== "legendonly" && drawn.visible !== false);
  }
  return {
    // The state to give trace `k` when it is drawn anew: the one the reader left it in.
    visibility: function (k) {
      var drawn = gd.data && gd.data[k];
      return drawn && drawn.visible !== undefined ? drawn.visible : base[k].visible;
    },
    // The figure's traces hidden now: a page that draws no legend (a phone, a crowded chart) shows them all,
    // or nothing would show them again.
    hidden: function () {
      return base.map(function (trace, k) { return k; }).filter(function (k) { return !on(k); });
    },
    // The events of `keep` whose marks are drawn: those of hidden series are left out.
    drawn: function (keep) {
      return keep.map(function (k, i) { return k && (markTrace[i] === undefined || on(markTrace[i])); });
    }
  };
};
