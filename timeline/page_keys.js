// The timeline page's chart controls for a keyboard, for page.js (inlined before it). Plotly draws the range
// buttons (1m ... all) and the legend's entries as SVG shapes that only a mouse reaches: each becomes a
// named control that Tab stops at, in the order drawn, and that Enter or Space presses as a click would.
// `buttons` are the figure's range buttons. Returns reachable(), to call after every draw: plotly may draw
// the shapes anew, and a legend entry's state changes.
window.TimelineKeys = function (gd, buttons) {
  "use strict";
  var UNITS = {month: ["month", "months"], year: ["year", "years"]};  // a button's step, said

  function sayButton(button) {
    var unit = UNITS[button.step];
    return unit ? "Show " + button.count + " " + unit[button.count === 1 ? 0 : 1] : "Show all dates";
  }
  function control(node, role, label) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", role);
    node.setAttribute("aria-label", label);
  }
  // Tab follows the eye: the range buttons above the chart at its left, the range slider under it
  // (page_slider.js), then the legend above it at its right.
  var ORDER = [".rangeselector", ".rangeslider-container", ".legend"];
  function inOrder() {
    var nodes = ORDER.map(function (selector) { return gd.querySelector(selector); }).filter(Boolean);
    for (var i = nodes.length - 2; i >= 0; i -= 1) {
      var next = nodes[i + 1];
      if (nodes[i].parentNode === next.parentNode &&
          !(nodes[i].compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        next.parentNode.insertBefore(nodes[i], next);
      }
    }
  }
  function reachable() {
    inOrder();
    Array.prototype.forEach.call(gd.querySelectorAll(".rangeselector .button"), function (node, i) {
      if (!buttons[i]) { return; }
      control(node, "button", sayButton(buttons[i]));
      node.setAttribute("aria-describedby", "tl-chart-help");  // the chart's keys, said once (page.py)
    });
    // A legend entry shows or hides its kind of mark ("Year"): a checkbox, checked while they are drawn.
    Array.prototype.forEach.call(gd.querySelectorAll(".legend .traces"), function (node) {
      var trace = node.__data__ && node.__data__[0] && node.__data__[0].trace;
      if (!trace) { return; }
      control(node, "checkbox", trace.name + " marks on the chart");
      node.setAttribute("aria-checked", String(trace.visible !== "legendonly"));
    });
    // The toolbar's Zoom and Pan say which of them the mouse does now, as they show it.
    Array.prototype.forEach.call(gd.querySelectorAll('.modebar-btn[data-attr="dragmode"]'), function (node) {
      node.setAttribute("aria-pressed", String(node.classList.contains("active")));
    });
  }

  // A range button answers a click (page_view.js and plotly listen for one); a legend entry answers a press
  // and release of its toggle, as plotly tells a click from a drag there.
  function press(node) {
    var toggle = node.querySelector(".legendtoggle");
    if (!toggle) {
      node.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}));
      return;
    }
    var box = toggle.getBoundingClientRect();
    var at = {bubbles: true, cancelable: true, view: window, button: 0, buttons: 1,
      clientX: box.left + box.width / 2, clientY: box.top + box.height / 2};
    toggle.dispatchEvent(new MouseEvent("mousedown", at));
    toggle.dispatchEvent(new MouseEvent("mouseup", Object.assign({}, at, {buttons: 0})));
  }
  gd.addEventListener("keydown", function (event) {
    var node = event.target.closest && event.target.closest(".rangeselector .button, .legend .traces");
    if (!node || (event.key !== "Enter" && event.key !== " ")) { return; }
    event.preventDefault();
    press(node);
  });

  return reachable;
};
