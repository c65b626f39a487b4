// The rule-ID jump of the site search (reads search-ids.json; see handbook.search_ids).
(function () {
  "use strict";
})();
