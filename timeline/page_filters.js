// The timeline page's filters, for page.js (inlined after this file): the search box (it reads each
// event's title, date, tags, lane, quotes and its documents' titles, outlets, addresses and ids), the
// group filter (a document, the "Other" lane, those added by hand; or a lane), the tag filter and the
// outlet filter (page_outlets.js), and the confidence filter. Returns visible(): for each event, whether the
// filters keep it.
window.TimelineFilters = function (options) {
  "use strict";
  var events = options.events, lanes = options.lanes, meta = options.meta;
  var search = options.search, groupSelect = options.groupSelect, tagSelect = options.tagSelect;
  var outletSelect = options.outletSelect, confidenceSelect = options.confidenceSelect;

  // A name typed without its accents finds it: "zurich" finds "ZÜRICH", "sao paulo" "São Paulo".
  function folded(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Each event's searchable text, made at the first search: 10,000 events took a tenth of a second to
  // fold, in front of the chart's first draw, for a reader who may never search.
  var haystack = null;
  function searchable() {
    return events.map(function (e) {
      var parts = [e.title, e.date, e.class, lanes[e.lane] || ""].concat(e.tags);
      e.evidence.forEach(function (item) {
        parts.push(item[1] + item[2] + item[3]);
        var doc = (meta.documents || [])[item[0]];
        // its outlet and address too: "harbour" or "courier" finds what one outlet said, whatever its headlines
        // and its id, the file's name: "wire-" finds the wire stories saved as text, which have no address
        if (doc) { parts.push(doc.title || "", doc.outlet || "", doc.url || "", doc.id || ""); }
      });
      if (e.url) { parts.push(e.url); }
      return folded(parts.join(" \n "));
    });
  }

  function option(select, value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }
  // The group filter. By document it offers every document with events, by title, with its count
  // (hundreds of documents fold into a few lanes, yet a reader looks for one), then the chart's "Other"
  // lane (the smallest documents past 24 lanes) and those added by hand; by tag or none, the lanes.
  var groups = [];  // [label, does an event belong]
  var documents = meta.documents || [];
  if (meta.group_by === "document") {
    // one pass over the events (not one a document: 4,600 documents of 13,000 events took 1.4 s to open)
    var counts = documents.map(function () { return 0; });
    events.forEach(function (e) {
      var seen = {};
      e.evidence.forEach(function (item) {
        if (!seen[item[0]]) { seen[item[0]] = true; counts[item[0]] += 1; }
      });
    });
    documents.map(function (doc, d) { return d; }).filter(function (d) { return counts[d] > 0; })
      .sort(function (a, b) { return documents[a].name.localeCompare(documents[b].name) || a - b; })
      .forEach(function (d) {
        groups.push([documents[d].name + " (" + counts[d] + ")", function (e) {
          return e.evidence.some(function (item) { return item[0] === d; });
        }]);
      });
    var other = lanes.indexOf("Other"), inOther = events.filter(function (e) { return e.lane === other; });
    if (inOther.length) {
      groups.push(["Other lane (" + inOther.length + ")", function (e) { return e.lane === other; }]);
    }
    if (events.some(function (e) { return !e.evidence.length; })) {
      groups.push(["Added by hand", function (e) { return !e.evidence.length; }]);
    }
  } else {
    lanes.forEach(function (name, lane) { groups.push([name, function (e) { return e.lane === lane; }]); });
  }
  var groupNames = {document: "All documents", tag: "All tags", none: "All events"};
  option(groupSelect, "", groupNames[meta.group_by] || "All groups");
  groups.forEach(function (group, i) { option(groupSelect, String(i), group[0]); });
  option(tagSelect, "", "Any tag");
  (meta.tags || []).forEach(function (tag) { option(tagSelect, tag, "#" + tag); });
  tagSelect.hidden = !(meta.tags || []).length;
  var outletKeeps = window.TimelineOutlets(outletSelect, meta.outlets || [], documents, option);
  // The confidence filter hides the extracted events scored under a threshold (confident.confidence_of:
  // how likely the event's date is right); the reader's own events, added or edited by hand, always stay. It offers the
  // thresholds that hide something, each saying how many events it hides.
  var FLOORS = [0.5, 0.6, 0.7, 0.8, 0.9];
  function unsure(e, floor) {
    return !e.manual && !e.edited && typeof e.confidence === "number" && e.confidence < floor - 1e-9;
  }
  option(confidenceSelect, "", "Any confidence");
  FLOORS.forEach(function (floor) {
    var hides = events.filter(function (e) { return unsure(e, floor); }).length;
    if (hides) {
      option(confidenceSelect, String(floor), "Confidence \u2265 " + floor.toFixed(1) + " (hides " + hides + ")");
    }
  });
  confidenceSelect.hidden = confidenceSelect.options.length < 2;

  // Lanes by tag hold each event in its first tag's lane only: the tag filter, which looks at every
  // tag of an event, is then the one filter to offer.
  groupSelect.hidden = groups.length < 2 || (meta.group_by === "tag" && !tagSelect.hidden);

  // The events the search and the filters keep (the chart draws these; the list, those in view).
  return function visible() {
    var terms = folded(search.value).split(/\s+/).filter(Boolean);
    if (terms.length && !haystack) { haystack = searchable(); }
    var group = groupSelect.value === "" ? null : groups[Number(groupSelect.value)][1];
    var tag = tagSelect.value;
    var floor = confidenceSelect.value === "" ? null : Number(confidenceSelect.value);
    return events.map(function (e, i) {
      if (group && !group(e)) { return false; }
      if (tag && e.tags.indexOf(tag) < 0) { return false; }
      if (!outletKeeps(e)) { return false; }
      if (floor !== null && unsure(e, floor)) { return false; }
      return terms.every(function (term) { return haystack[i].indexOf(term) >= 0; });
    });
  };
};
