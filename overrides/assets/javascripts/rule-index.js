// The rule index's filter: narrows the table as the reader types.
(function () {
  "use strict";

  function setUp() {
    var filter = document.querySelector("input.rule-filter");
    if (filter && !filter.dataset.ready) {
      filter.dataset.ready = "true";
      filter.addEventListener("input", function () {
        var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
        document.querySelectorAll("table.rule-index tbody tr").forEach(function (row) {
          var text = row.textContent.toLowerCase();
          row.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
        });
      });
    }
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
