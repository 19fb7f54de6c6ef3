// Opening-hours editor: immediate validation and the grid filling the text.
// Progressive enhancement only: without this script, the "Check the hours"
// button does the same by re-rendering the form.
(function () {
  "use strict";
  var editor = document.getElementById("hours-editor");
  if (!editor || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var text = document.getElementById("opening_hours");
  var gridSet = document.getElementById("hours-grid");
  var result = document.getElementById("hours-result");
  var endpoint = editor.getAttribute("data-preview");
  if (!text || !gridSet || !result || !endpoint) {
    return;
  }
  var timer = null;
  var sequence = 0;

  function timeInputs() {
    return gridSet.querySelectorAll("input[type=time]");
  }

  // The grid is off when the hours have exceptions only the text can say.
  function gridOn(on) {
    gridSet.disabled = !on;
    var hint = document.getElementById("hours-grid-hint");
    if (hint) {
      hint.textContent = hint.getAttribute(on ? "data-on" : "data-off") || hint.textContent;
    }
    if (!on) {
      Array.prototype.forEach.call(timeInputs(), function (input) { input.value = ""; });
    }
  }

  function show(html, fromGrid) {
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var root = holder.firstElementChild;
    if (!root) {
      return;
    }
    result.replaceChildren(root);
    if (fromGrid) {
      var oh = root.getAttribute("data-oh");
      if (oh !== null) {
        text.value = oh;
      }
      return;
    }
    var grid = root.getAttribute("data-grid");
    if (grid !== null) {
      // Plain weekly hours: the grid shows them and can be used.
      gridOn(true);
      var days = grid.split("|");
      var inputs = timeInputs();
      var i = 0;
      days.forEach(function (day) {
        day.split(",").forEach(function (pair) {
          var parts = pair.split("-");
          if (inputs[i]) { inputs[i].value = parts[0] || ""; }
          if (inputs[i + 1]) { inputs[i + 1].value = parts[1] || ""; }
          i += 2;
        });
      });
    } else if (root.getAttribute("data-valid") === "true") {
      // Valid hours with exceptions: only the text can say them.
      gridOn(false);
    }
  }

  function check(fromGrid) {
    var params = new URLSearchParams();
    if (fromGrid) {
      params.set("from", "grid");
      Array.prototype.forEach.call(timeInputs(), function (input) {
        params.set(input.name, input.value);
      });
    } else {
      params.set("oh", text.value);
    }
    var mine = ++sequence;
    fetch(endpoint + "?" + params.toString(), {
      credentials: "same-origin",
      headers: { "Accept": "text/html" }
    })
      .then(function (res) { return res.ok ? res.text() : null; })
      .then(function (html) {
        if (html !== null && mine === sequence) {
          show(html, fromGrid);
        }
      })
      .catch(function () { /* the "check" button still works */ });
  }

  function later(fromGrid) {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(function () { check(fromGrid); }, 400);
  }

  text.addEventListener("input", function () { later(false); });
  gridSet.addEventListener("input", function () { later(true); });
  gridSet.addEventListener("change", function () { later(true); });
})();
