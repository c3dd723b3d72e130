// The timeline page's outlet filter: show one outlet's events only, or hide them, for page.js (inlined
// after this file). An event another outlet states too stays when one is hidden. Offered when the
// documents come from two outlets or more; documents of no known outlet count as one more.
window.TimelineOutlets = function (select, outlets, documents, option) {
  "use strict";
  var outletOf = documents.map(function (doc) { return doc.outlet || ""; });
  var unknown = outletOf.some(function (name) { return !name; });
  option(select, "", "Any outlet");
  outlets.concat(unknown ? [""] : []).forEach(function (name) {
    var label = name || "no known outlet";
    option(select, "only:" + name, "Only " + label);
    option(select, "hide:" + name, "Hide " + label);
  });
  select.hidden = outlets.length + (unknown ? 1 : 0) < 2;
  // Tell whether the choice keeps an event (its evidence: [document index, ...], none when added by hand).
  return function keeps(e) {
    var chosen = select.value;
    if (!chosen) { return true; }
    var name = chosen.slice(5), from = e.evidence.map(function (item) { return outletOf[item[0]] || ""; });
    if (chosen.indexOf("only:") === 0) { return from.indexOf(name) >= 0; }
    return !from.length || from.some(function (other) { return other !== name; });
  };
};
