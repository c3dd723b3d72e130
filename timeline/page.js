// The timeline page: draw the figure, then search, filter, list and show details, all offline.
// Every document text is put in the page with textContent, never innerHTML: it is shown, never run.
(function () {
  "use strict";
  var LIST_LIMIT = 200;
  var ZOOM_LABELS = 40;  // a large timeline labels the events in view once there are this few
  var CHAR_PX = 6.8, GAP_PX = 36;  // as in render.py
  var NARROW_PX = 600;  // a plot narrower than this (a phone) drops lane names, legend and fixed labels
  var gd = document.getElementById("timeline");
  var figure = JSON.parse(document.getElementById("tl-figure").textContent);
  var meta = figure.layout.meta || {};
  var events = meta.events || [];
  var lanes = meta.lanes || [];
  var documents = meta.documents || [];
  var base = figure.data;
  var labels = figure.layout.annotations || [];
  var search = document.getElementById("tl-search");
  var groupSelect = document.getElementById("tl-group");
  var tagSelect = document.getElementById("tl-tag");
  var status = document.getElementById("tl-status");
  var list = document.getElementById("tl-list");
  var details = document.getElementById("tl-details");
  var config = {
    responsive: true, displaylogo: false, scrollZoom: true,
    // "Share chart..." would upload the chart to a cloud service: this page shares as a file.
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "sendChartToCloud"],
    toImageButtonOptions: {filename: "timeline", scale: 2}
  };

  var haystack = events.map(function (e) {
    var parts = [e.title, e.date, e.class, lanes[e.lane] || ""].concat(e.tags);
    e.evidence.forEach(function (item) {
      parts.push(item[1] + item[2] + item[3]);
      if (documents[item[0]]) { parts.push(documents[item[0]].title || ""); }
    });
    return parts.join(" \n ").toLowerCase();
  });

  function option(select, value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }
  var groupNames = {document: "All documents", tag: "All tags", none: "All events"};
  option(groupSelect, "", groupNames[meta.group_by] || "All groups");
  lanes.forEach(function (name, i) { option(groupSelect, String(i), name); });
  option(tagSelect, "", "Any tag");
  (meta.tags || []).forEach(function (tag) { option(tagSelect, tag, "#" + tag); });
  tagSelect.hidden = !(meta.tags || []).length;
  // Lanes by tag hold each event in its first tag's lane only: the tag filter, which looks at every
  // tag of an event, is then the one filter to offer.
  groupSelect.hidden = lanes.length < 2 || (meta.group_by === "tag" && !tagSelect.hidden);

  function visible() {
    var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var lane = groupSelect.value === "" ? -1 : Number(groupSelect.value);
    var tag = tagSelect.value;
    return events.map(function (e, i) {
      if (lane >= 0 && e.lane !== lane) { return false; }
      if (tag && e.tags.indexOf(tag) < 0) { return false; }
      return terms.every(function (term) { return haystack[i].indexOf(term) >= 0; });
    });
  }

  function pick(values, kept) {
    return Array.isArray(values) ? kept.map(function (k) { return values[k]; }) : values;
  }

  // A trace keeps the points whose event (its customdata) is shown; bars keep their gap point too.
  function filtered(trace, keep) {
    var kept = [];
    (trace.customdata || []).forEach(function (index, k) { if (keep[index]) { kept.push(k); } });
    var out = Object.assign({}, trace);
    ["x", "y", "customdata", "hovertext", "text"].forEach(function (key) {
      if (key in trace) { out[key] = pick(trace[key], kept); }
    });
    if (trace.marker) {
      out.marker = Object.assign({}, trace.marker);
      ["color", "symbol", "size"].forEach(function (key) { out.marker[key] = pick(trace.marker[key], kept); });
      if (trace.marker.line) {
        out.marker.line = Object.assign({}, trace.marker.line, {color: pick(trace.marker.line.color, kept)});
      }
    }
    return out;
  }

  // Labels are annotations named by their event's index; the empty-timeline note has no name.
  // A small timeline comes with its labels; a large one gets labels for the events in view once
  // zoomed in to ZOOM_LABELS events or fewer.
  var current = events.map(function () { return true; });
  var wide = {showlegend: figure.layout.showlegend, margin: figure.layout.margin, title: figure.layout.title,
    yaxis: figure.layout.yaxis};
  function narrow() { return events.length > 0 && gd.clientWidth < NARROW_PX; }
  // On a phone the lane names and the legend would take the plot's width and cover the title, and
  // labels packed for a wide plot would run off it: the plot gets the whole width, labels come from
  // the view (as for a large timeline), and the list below names each event's source.
  function sized() {
    if (!narrow()) { return wide; }
    return {showlegend: false, margin: {l: 6, r: 6, t: 124, b: 24},
      title: Object.assign({}, wide.title, {font: {size: 18}}),
      yaxis: Object.assign({}, wide.yaxis, {showticklabels: false, automargin: false})};
  }
  function fixedLabels() { return labels.length > 0 && !narrow(); }
  function shownLabels(keep) {
    if (fixedLabels() || !events.length) {
      return labels.filter(function (a) { return a.name === undefined || keep[Number(a.name)]; });
    }
    return zoomLabels(keep);
  }

  function shorten(value, chars) {
    var said = value.replace(/\s+/g, " ").trim();
    if (said.length <= chars) { return said; }
    var cut = said.slice(0, chars - 1);
    return (cut.indexOf(" ") > 0 ? cut.slice(0, cut.lastIndexOf(" ")) : cut).replace(/[,;:]$/, "") + "\u2026";
  }

  // Plotly reads annotation text as a small HTML dialect: document text must not be markup there.
  function escapeText(value) {
    return value.replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}[c];
    });
  }

  // Label the events whose mark is in view, right of the mark (left of it in the last third of the
  // view); a label that would run into the previous one in its row is left out.
  function zoomLabels(keep) {
    var axis = gd._fullLayout && gd._fullLayout.xaxis;
    if (!axis || !axis.r2l || !axis._length) { return []; }
    var low = axis.r2l(axis.range[0]), high = axis.r2l(axis.range[1]);
    var inView = [];
    for (var i = 0; i < events.length; i += 1) {
      var middle = (axis.r2l(events[i].at[0]) + axis.r2l(events[i].at[1])) / 2;
      if (keep[i] && middle >= low && middle <= high) {
        inView.push([middle, i]);
        if (inView.length > ZOOM_LABELS) { return []; }
      }
    }
    var perPx = (high - low) / axis._length, turn = low + (high - low) * 0.62, ends = {}, out = [];
    inView.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (item) {
      var left = item[0] > turn, room = (left ? item[0] - low : high - item[0]) / perPx;
      var chars = Math.min(34, Math.floor((room - 30) / CHAR_PX));
      if (chars < 8) { return; }
      var e = events[item[1]], text = shorten(e.title, chars);
      var width = (text.length * CHAR_PX + 20) * perPx;
      var begin = left ? item[0] - width : item[0], end = left ? item[0] : item[0] + width;
      if (ends[e.y] !== undefined && ends[e.y] > begin - GAP_PX * perPx) { return; }
      ends[e.y] = end;
      out.push({x: axis.l2r(item[0]), y: e.y, text: escapeText(text), showarrow: false,
        xanchor: left ? "right" : "left", xshift: left ? -10 : 10, name: String(item[1]),
        font: {size: 12, color: "#374151"}, bgcolor: "rgba(255,255,255,0.7)", captureevents: false});
    });
    return out;
  }

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) { node.className = className; }
    return node;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function link(url, label) {
    var safe = safeUrl(url);
    if (!safe) { return text("span", label); }
    var a = text("a", label);
    a.href = safe;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function show(index) {
    var e = events[index];
    details.replaceChildren();
    details.hidden = false;
    var close = text("button", "\u00d7", "tl-close");
    close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", hide);
    details.appendChild(close);
    details.appendChild(text("p", e.date + " \u00b7 " + e.class + (e.manual ? " \u00b7 added by hand" : ""), "tl-when"));
    details.appendChild(text("h3", e.title));
    e.evidence.forEach(function (item) {
      var quote = document.createElement("blockquote");
      quote.appendChild(document.createTextNode(item[1]));
      quote.appendChild(text("mark", item[2]));
      quote.appendChild(document.createTextNode(item[3]));
      details.appendChild(quote);
      var doc = documents[item[0]];
      if (doc) {
        var cite = document.createElement("p");
        cite.className = "tl-source";
        cite.appendChild(document.createTextNode("Source: "));
        cite.appendChild(link(doc.url, doc.title));
        details.appendChild(cite);
      }
    });
    if (e.url) {
      var own = document.createElement("p");
      own.className = "tl-source";
      own.appendChild(link(e.url, e.url));
      details.appendChild(own);
    }
    if (e.tags.length) { details.appendChild(text("p", e.tags.map(function (t) { return "#" + t; }).join(" "), "tl-tags")); }
    Array.prototype.forEach.call(list.querySelectorAll(".tl-current"), function (li) { li.classList.remove("tl-current"); });
    var row = list.querySelector('[data-index="' + index + '"]');
    if (row) { row.classList.add("tl-current"); }
    chosen = index;
    permalink(e.id);
    return row;
  }

  // The address names the event shown (#id), so that a reader can share one event; closing it
  // clears the name. replaceState keeps Back for leaving the page, not for stepping through events.
  var chosen = -1;
  function permalink(id) {
    try {
      history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname + location.search);
    } catch (error) { /* a page opened from some sandboxes may not rewrite its address */ }
  }
  function hide() {
    details.hidden = true;
    permalink("");
    var row = list.querySelector('[data-index="' + chosen + '"]');
    chosen = -1;
    Array.prototype.forEach.call(list.querySelectorAll(".tl-current"), function (li) { li.classList.remove("tl-current"); });
    if (row) { row.focus(); }
  }
  function indexOfId(hash) {
    var id = decodeURIComponent((hash || "").replace(/^#/, ""));
    for (var i = 0; id && i < events.length; i += 1) { if (events[i].id === id) { return i; } }
    return -1;
  }

  function tabTo(row) {
    Array.prototype.forEach.call(list.querySelectorAll("li[data-index]"), function (li) { li.tabIndex = -1; });
    row.tabIndex = 0;
  }
  list.addEventListener("focusin", function (event) {
    var li = event.target.closest("li[data-index]");
    if (li) { tabTo(li); }
  });

  // Bring a row into the list's own view, without scrolling the page away from the chart.
  function scrollList(row) {
    if (!row) { return; }
    if (row.offsetTop < list.scrollTop || row.offsetTop + row.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = row.offsetTop - (list.clientHeight - row.offsetHeight) / 2;
    }
  }

  function fillList(keep, count, limit) {
    list.replaceChildren();
    var shown = 0;
    limit = limit || LIST_LIMIT;
    for (var i = 0; i < events.length && shown < limit; i += 1) {
      if (!keep[i]) { continue; }
      shown += 1;
      var e = events[i];
      var li = document.createElement("li");
      // One row takes Tab (the chosen one, else the first): arrows move inside the list, so that
      // Tab goes on to the details instead of stepping through every event.
      li.tabIndex = shown === 1 ? 0 : -1;
      li.dataset.index = String(i);
      li.appendChild(text("time", e.date));
      li.appendChild(text("span", e.title, "tl-title" + (e.manual ? " tl-manual" : "")));
      li.appendChild(text("span", lanes[e.lane] || "", "tl-lane"));
      if (i === chosen) { li.classList.add("tl-current"); }
      list.appendChild(li);
    }
    var current = list.querySelector(".tl-current");
    if (current) { tabTo(current); }
    if (count > shown) {
      list.appendChild(text("li", "\u2026 and " + (count - shown) + " more: search or choose a document to narrow the list", "tl-more"));
    }
  }

  function activate(event) {
    var li = event.target.closest("li[data-index]");
    if (!li) { return; }
    if (event.type === "click" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      choose(Number(li.dataset.index));
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      // Arrows walk the list; Tab leaves it.
      event.preventDefault();
      var next = event.key === "ArrowDown" ? li.nextElementSibling : li.previousElementSibling;
      if (next && next.dataset.index !== undefined) { next.focus(); }
    }
  }

  // Show an event chosen in the list (or by the address): its details, and its mark on the chart,
  // panned into view and pointed at with its hover card.
  function choose(index) {
    show(index);
    Promise.resolve(reveal(events[index])).then(function () { pointAt(index); });
  }
  function pointAt(index) {
    var target = markOf(index);
    if (!target) { return; }
    var mark = gd.data[target.curveNumber];
    Plotly.Fx.hover(gd, {xval: gd._fullLayout.xaxis.d2c(mark.x[target.pointNumber]),
      yval: mark.y[target.pointNumber]}, "xy");
  }

  // Pan the plot to an event chosen in the list when it lies outside the current view. Dates go
  // through the axis's own conversions, so that they mean to plotly what they meant in Python.
  function reveal(e) {
    var axis = gd._fullLayout && gd._fullLayout.xaxis;
    if (!axis || !axis.r2l || !e.at) { return; }
    var low = axis.r2l(axis.range[0]), high = axis.r2l(axis.range[1]);
    var first = axis.r2l(e.at[0]), last = axis.r2l(e.at[1]);
    if (first >= low && last <= high) { return; }
    var width = Math.max(high - low, last - first), middle = (first + last) / 2;
    return Plotly.relayout(gd, {"xaxis.range": [axis.l2r(middle - width / 2), axis.l2r(middle + width / 2)]});
  }
  list.addEventListener("click", activate);
  list.addEventListener("keydown", activate);

  function redraw() {
    var keep = visible();
    var count = keep.filter(Boolean).length;
    status.textContent = count === events.length
      ? events.length + (events.length === 1 ? " event" : " events")
      : "Showing " + count + " of " + events.length + " events";
    fillList(keep, count);
    current = keep;
    var layout = Object.assign({}, gd.layout, sized(), {annotations: shownLabels(keep)});
    return Plotly.react(gd, base.map(function (t) { return filtered(t, keep); }), layout, config);
  }

  var pending = null, relabel = null;

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
  function later() {
    clearTimeout(pending);
    pending = setTimeout(redraw, 120);
  }
  search.addEventListener("input", later);
  groupSelect.addEventListener("change", redraw);
  tagSelect.addEventListener("change", redraw);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === "Escape" && document.activeElement === search) {
      search.value = "";
      redraw();
    } else if (event.key === "Escape" && !details.hidden) {
      hide();
    }
  });
  window.addEventListener("hashchange", function () {
    var index = indexOfId(location.hash);
    if (index >= 0 && index !== chosen) { choose(index); }
  });
  // Printing lists every event shown, not the first LIST_LIMIT; the screen list comes back after.
  window.addEventListener("beforeprint", function () {
    fillList(current, current.filter(Boolean).length, events.length);
  });
  window.addEventListener("afterprint", function () {
    fillList(current, current.filter(Boolean).length);
  });
  var wasNarrow = null;
  window.addEventListener("resize", function () {
    if (gd.dataset.ready && narrow() !== wasNarrow) { wasNarrow = narrow(); redraw(); }
  });
  if (!events.length) {
    search.disabled = true;
    groupSelect.hidden = true;
    document.querySelector(".tl-key").hidden = true;
    document.querySelector(".tl-listbox").hidden = true;
  }

  // Plotly sizes a responsive plot from its element on every window resize: pin the element to
  // the figure's height, or a resize would squash the lanes to the element's minimum.
  if (figure.layout.height) { gd.style.height = figure.layout.height + "px"; }
  var keepAll = events.map(function () { return true; });
  wasNarrow = narrow();
  var first = Object.assign({}, figure.layout, sized());
  if (!fixedLabels() && events.length) { first.annotations = []; }
  Plotly.newPlot(gd, base.map(function (t) { return filtered(t, keepAll); }), first, config)
    .then(function () {
      if (!fixedLabels() && events.length) { return Plotly.relayout(gd, {annotations: zoomLabels(current)}); }
    })
    .then(function () {
      status.textContent = events.length + (events.length === 1 ? " event" : " events");
      fillList(keepAll, events.length);
      gd.on("plotly_click", function (data) {
        var point = data.points && data.points[0];
        if (point && typeof point.customdata === "number") {
          scrollList(show(point.customdata));
          // On a phone the details open below the chart, out of sight: bring them into view.
          if (narrow()) { details.scrollIntoView({block: "nearest"}); }
        }
      });
      // A bar's ends answer hover with the card of its event (plotly itself draws cards for marks).
      gd.on("plotly_hover", function (data) {
        var point = data.points && data.points[0];
        if (!point || !point.data.meta || point.data.meta.role !== "spans") { return; }
        var target = markOf(point.customdata);
        if (!target) { return; }
        // Hover at the mark's own place: unlike hovering a point by number, this works for WebGL too.
        var mark = gd.data[target.curveNumber];
        Plotly.Fx.hover(gd, {xval: gd._fullLayout.xaxis.d2c(mark.x[target.pointNumber]),
          yval: mark.y[target.pointNumber]}, "xy");
      });
      gd.on("plotly_relayout", function (change) {
        if (fixedLabels() || !events.length || "annotations" in change) { return; }
        clearTimeout(relabel);
        relabel = setTimeout(function () { Plotly.relayout(gd, {annotations: zoomLabels(current)}); }, 80);
      });
      var linked = indexOfId(location.hash);
      if (linked >= 0) {
        choose(linked);
        scrollList(list.querySelector('[data-index="' + linked + '"]'));
        details.scrollIntoView({block: "nearest"});
      }
      gd.dataset.ready = "true";
    });
}());
