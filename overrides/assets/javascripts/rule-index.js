// The rule index's filters (docs/rules/index.md; the markup is rule_index_markdown in
// src/handbook/mkdocs_plugin.py). Words match a row's text; part, level, tool and
// "checked by a tool" match the row's data attributes. The count and the no-match
// message follow every change, and the filters are kept in the address's query
// (?part=PDS&level=must&tool=ruff&check=yes&text=words), so a filtered view can be
// linked. Without this script the filters stay hidden and the whole table shows.
(function () {
  "use strict";

  // The form's controls by name; each is a query parameter of the same name. Not `q`
  // or `h`: the site search reads those (search.share, search.highlight).
  var FIELDS = ["text", "part", "level", "tool", "check"];

  function matches(row, state, words) {
    var data = row.dataset;
    if (state.part && data.part !== state.part) return false;
    if (state.level && data.level !== state.level) return false;
    if (state.check && data.check !== state.check) return false;
    if (state.tool && (data.tools || "").split(" ").indexOf(state.tool) === -1) return false;
    var text = row.textContent.toLowerCase();
    return words.every(function (word) { return text.indexOf(word) !== -1; });
  }

  function setUp() {
    var form = document.querySelector("form.rule-filters");
    var table = document.querySelector("table.rule-index");
    if (!form || !table || form.dataset.ready) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = document.querySelector(".rule-count");
    var none = document.querySelector(".rule-none");

    function control(name) { return form.elements.namedItem(name); }

    function state() {
      var found = {};
      FIELDS.forEach(function (name) { found[name] = control(name).value.trim(); });
      return found;
    }

    function apply() {
      var now = state();
      var words = now.text.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        row.hidden = !matches(row, now, words);
        if (!row.hidden) shown += 1;
      });
      var total = rows.length + (rows.length === 1 ? " rule" : " rules");
      count.textContent = shown === rows.length ? total : shown + " of " + total;
      none.hidden = shown !== 0;
      table.classList.toggle("rule-index-empty", shown === 0);
      return now;
    }

    // The address keeps whatever else its query holds; only the filters' own
    // parameters change, and an empty filter leaves the address.
    function remember(now) {
      var params = new URLSearchParams(location.search);
      FIELDS.forEach(function (name) {
        if (now[name]) params.set(name, now[name]);
        else params.delete(name);
      });
      var query = params.toString();
      var url = location.pathname + (query ? "?" + query : "") + location.hash;
      if (url !== location.pathname + location.search + location.hash) {
        history.replaceState(history.state, "", url);
      }
    }

    // From the address: a value no option has (a part that has no rules) is ignored.
    var given = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) {
      var value = given.get(name);
      if (value === null) return;
      var field = control(name);
      field.value = value;
      if (field.tagName === "SELECT" && field.value !== value) field.value = "";
    });

    function update() { remember(apply()); }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // A reset empties the controls after its event: filter once they are empty.
    form.addEventListener("reset", function () { setTimeout(update, 0); });

    form.dataset.ready = "true";
    control("text").dataset.ready = "true";
    form.hidden = false;
    apply();
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
