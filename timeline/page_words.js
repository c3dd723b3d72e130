// The timeline page's words: titles cut to fit, text made safe for plotly's markup, a view said as
// a span of dates and a date as a day, for page.js (inlined after this file).
window.TimelineWords = (function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function shorten(value, chars) {
    var said = value.replace(/\s+/g, " ").trim();
    if (said.length <= chars) { return said; }
    var cut = said.slice(0, chars - 1);
    return (cut.indexOf(" ") > 0 ? cut.slice(0, cut.lastIndexOf(" ")) : cut).replace(/[,;:]$/, "") + "\u2026";
  }

  // Plotly reads annotation and tick text as a small HTML dialect: document text must not be markup there.
  function escapeText(value) {
    return value.replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}[c];
    });
  }

  // A date on the axis ("1998-03-14 10:00:00") in words, and a view as a span: "1997 – 2006" (two
  // years or more), "December 2024 – January 2026", "March – June 1998", "3 – 17 March 1998".
  function parts(value) {
    var m = /^(-?\d+)-(\d\d)-(\d\d)/.exec(String(value));
    return m ? {year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3])} : null;
  }
  // As describe.py says it: a year of fewer than four digits alone ("1 – 2099") reads as a glitch.
  function sayYear(year) { return year > 0 && year < 1000 ? "AD " + year : String(year); }
  function sayRange(range) {
    var a = parts(range[0]), b = parts(range[1]);
    if (!a || !b) { return ""; }
    if ((b.year - a.year) * 12 + b.month - a.month >= 24) {
      return sayYear(a.year) + " \u2013 " + sayYear(b.year);
    }
    if (a.year !== b.year) {
      return MONTHS[a.month] + " " + a.year + " \u2013 " + MONTHS[b.month] + " " + b.year;
    }
    if (a.month !== b.month) { return MONTHS[a.month] + " \u2013 " + MONTHS[b.month] + " " + a.year; }
    return (a.day === b.day ? "" : a.day + " \u2013 ") + b.day + " " + MONTHS[a.month] + " " + a.year;
  }
  // A date as a day: "14 March 1998".
  function sayDay(value) {
    var a = parts(value);
    return a ? a.day + " " + MONTHS[a.month] + " " + sayYear(a.year) : "";
  }

  return {shorten: shorten, escape: escapeText, sayRange: sayRange, sayDay: sayDay};
}());
