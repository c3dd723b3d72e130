// The timeline page's reading side: the list of events, the details of one, and its permalink.
// Every document text is put in the page with textContent, never innerHTML: it is shown, never run.
// page.js makes one with TimelineList({...}) and tells it which events to list; the list tells
// page.js (onChoose) when the reader picks an event, so that the chart can point at it, and (onClose)
// when its details close, so that the chart's card for it goes too.
window.TimelineList = function (options) {
  "use strict";
  var LIST_LIMIT = 200;
  var HEADINGS_FROM = 30;  // a list of this many events or more gets year headings
  var events = options.events, lanes = options.lanes, documents = options.documents;
  var list = options.list, details = options.details;
  var chosen = -1;
  var opener = null;  // what had the focus before the details opened: it gets it back when they close

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

  // Where an event comes from, said in the list: its first document, else how it got here.
  function sourceOf(e) {
    var doc = e.evidence.length ? documents[e.evidence[0][0]] : null;
    return doc ? doc.title : e.manual ? "Added by hand" : lanes[e.lane] || "";
  }

  function unmark() {
    Array.prototype.forEach.call(list.querySelectorAll(".tl-current"), function (li) {
      li.classList.remove("tl-current");
      li.removeAttribute("aria-current");
    });
  }

  // The row of the event shown, marked for the eye and for a screen reader.
  function mark(row) {
    row.classList.add("tl-current");
    row.setAttribute("aria-current", "true");
  }

  // Show the details of an event: its date, title, each sentence with its date phrase, sources. The card is
  // a dialog (page.py) named by its title, and the focus moves into it, so that a screen reader reads it out
  // and Tab goes on to its links; Escape or the close button gives the focus back (hide) to `by`: by default
  // what has it now, none for a click on the chart (which leaves the focus where it was).
  function show(index, by) {
    var e = events[index];
    if (!details.contains(document.activeElement)) { opener = by === undefined ? document.activeElement : by; }
    details.replaceChildren();
    details.hidden = false;
    var close = text("button", "\u00d7", "tl-close");
    close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", hide);
    details.appendChild(close);
    var hand = e.manual ? " \u00b7 added by hand" : e.edited ? " \u00b7 edited by hand" : "";
    // an extracted event's score by rule; one added by hand has none to speak of
    var sure = !e.manual && typeof e.confidence === "number" ? " \u00b7 confidence " + e.confidence.toFixed(2) : "";
    details.appendChild(text("p", e.date + " \u00b7 " + e.class + sure + hand, "tl-when"));
    details.appendChild(text("h3", e.title)).id = "tl-details-title";
    e.evidence.forEach(function (item, k) {
      var quote = document.createElement("blockquote");
      quote.appendChild(document.createTextNode(item[1]));
      if (item[2]) { quote.appendChild(text("mark", item[2])); }  // a sentence without a date phrase: no empty mark
      quote.appendChild(document.createTextNode(item[3]));
      details.appendChild(quote);
      // sentences of one document (a sentence and the next that goes on with it) cite it once, after the last
      var doc = documents[item[0]], next = e.evidence[k + 1];
      if (doc && !(next && next[0] === item[0])) {
        var cite = document.createElement("p");
        cite.className = "tl-source";
        cite.appendChild(document.createTextNode("Source: "));
        cite.appendChild(link(doc.url, doc.title));
        // which outlet said it: two outlets' daily columns may share a headline, and a page may have no address
        var named = doc.outlet && (doc.title || "").toLowerCase().indexOf(doc.outlet.toLowerCase()) < 0;
        if (named) { cite.appendChild(document.createTextNode(" \u00b7 " + doc.outlet)); }
        if (doc.date) { cite.appendChild(document.createTextNode(" \u00b7 " + doc.date)); }
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
    unmark();
    var row = list.querySelector('[data-index="' + index + '"]');
    if (row) { mark(row); }
    chosen = index;
    permalink(e.id);
    details.focus({preventScroll: true});  // where it is shown is the caller's choice (page.js)
    return row;
  }

  // The address names the event shown (#id), so that a reader can share one event; closing it
  // clears the name. replaceState keeps Back for leaving the page, not for stepping through events.
  function permalink(id) {
    try {
      history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname + location.search);
    } catch (error) { /* a page opened from some sandboxes may not rewrite its address */ }
  }
  // Closing the card gives the focus back to what opened it (a row); a card opened by a click on the chart
  // gives it to its row without scrolling the page there, away from the chart the reader was looking at. A
  // filter that drops the event (`quietly`) leaves the focus where the reader is typing or choosing.
  function hide(quietly) {
    var inside = details.contains(document.activeElement);
    details.hidden = true;
    permalink("");
    var row = list.querySelector('[data-index="' + chosen + '"]');
    var back = opener && opener !== document.body && document.contains(opener) ? opener : null;
    chosen = -1;
    opener = null;
    unmark();
    if (options.onClose) { options.onClose(); }
    if (quietly === true && !inside) { return; }
    if (back) {
      back.focus();
    } else if (row) {
      row.focus({preventScroll: true});
      scrollList(row);
    }
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

  // List the events kept (at most `limit`, LIST_LIMIT by default), and say how to narrow a cut list.
  // A list of many events over years is cut by year headings, to scan it as one scans a chronology.
  // An empty list says why: `empty` is the note for it (by default, nothing the filters keep).
  function fill(keep, count, limit, empty) {
    // The row with the focus is made anew: the new one takes the focus back, or a zoom, a pan or a relabel
    // of the chart (each refills the list) would drop a keyboard reader's place to the page's start.
    var focused = list.contains(document.activeElement) ? document.activeElement.dataset.index : undefined;
    list.replaceChildren();
    var shown = 0, year = null;
    limit = limit || LIST_LIMIT;
    var headed = count >= HEADINGS_FROM;
    for (var i = 0; i < events.length && shown < limit; i += 1) {
      if (!keep[i]) { continue; }
      shown += 1;
      var e = events[i];
      if (headed && e.at[0].slice(0, 4) !== year) {
        year = e.at[0].slice(0, 4);
        list.appendChild(text("li", year.replace(/^0+(?=\d)/, ""), "tl-year"));
      }
      var li = document.createElement("li");
      // One row takes Tab (the chosen one, else the first): arrows move inside the list, so that
      // Tab goes on to the details instead of stepping through every event.
      li.tabIndex = shown === 1 ? 0 : -1;
      li.dataset.index = String(i);
      li.appendChild(text("time", e.date));
      li.appendChild(text("span", e.title, "tl-title" + (e.manual ? " tl-manual" : "")));
      var source = text("span", sourceOf(e), "tl-lane");
      source.title = source.textContent;
      li.appendChild(source);
      if (i === chosen) { mark(li); }
      list.appendChild(li);
    }
    var current = list.querySelector(".tl-current");
    if (current) { tabTo(current); }
    var again = focused === undefined ? null : list.querySelector('[data-index="' + focused + '"]');
    if (again) {
      tabTo(again);
      again.focus({preventScroll: true});
    }
    if (count > shown) {
      list.appendChild(text("li", "\u2026 and " + (count - shown) + " more: search, choose a document or zoom " +
        "into the chart to narrow the list", "tl-more"));
    }
    if (!shown) {
      list.appendChild(text("li", empty || "No event matches: clear the search or the filters.", "tl-more"));
    }
  }

  function activate(event) {
    var li = event.target.closest("li[data-index]");
    if (!li) { return; }
    if (event.type === "click" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      options.onChoose(Number(li.dataset.index));
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      // Arrows walk the list; Tab leaves it.
      event.preventDefault();
      var step = event.key === "ArrowDown" ? "nextElementSibling" : "previousElementSibling";
      var next = li[step];
      while (next && next.dataset.index === undefined && next.classList.contains("tl-year")) { next = next[step]; }
      if (next && next.dataset.index !== undefined) { next.focus(); }
    }
  }
  list.addEventListener("click", activate);
  list.addEventListener("keydown", activate);

  return {
    fill: fill, show: show, hide: hide, indexOfId: indexOfId, scrollList: scrollList,
    row: function (index) { return list.querySelector('[data-index="' + index + '"]'); },
    chosen: function () { return chosen; }, limit: LIST_LIMIT
  };
};
