// The search index is fetched when the reader means to search, not with every page.
//
// Material's bundle asks for search/search_index.json (1.7 MB, about 500 KB over the
// wire) as soon as it starts, on every full page load, for readers who never search.
// On a phone that download competes with the page itself: Lighthouse's mobile run put
// the largest paint at 4.8 s with it and 2.1 s without. This script runs before the
// bundle (overrides/main.html) and holds that one request, unsent, until the reader
// shows they want to search:
//   - the search box gets the focus (a click or tap on it or on the header's search
//     button, or Material's keyboard shortcuts, which focus it), or the pointer rests
//     on it, or the search toggle opens;
//   - the address asks for a search (?q=, Material's search sharing) or for the words
//     of one to be marked on the page (?h=, after following a search result).
// Then the request goes out as Material made it. Until the index arrives, Material shows
// its usual "Initializing search"; the rule-ID jump (rule-search.js) does not need it.
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var held = [];
  var wanted = false;
  var marked = new WeakSet();

  function want() {
    if (wanted) return;
    wanted = true;
    document.documentElement.setAttribute("data-handbook-search-index", "wanted");
    held.splice(0).forEach(function (go) { go(); });
  }

  proto.open = function (method, url) {
    if (INDEX.test(String(url))) marked.add(this); else marked.delete(this);
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var request = this;
    var args = arguments;
    if (!wanted && marked.has(request)) {
      held.push(function () { send.apply(request, args); });
      document.documentElement.setAttribute("data-handbook-search-index", "held");
      return undefined;
    }
    return send.apply(request, args);
  };

  var params = new URLSearchParams(location.search);
  if (params.has("q") || params.has("h")) want();

  function isSearch(target) {
    return target instanceof Element &&
      target.closest(".md-search, label[for='__search'], [data-md-toggle='search']") !== null;
  }
  function onIntent(event) {
    if (isSearch(event.target)) want();
  }
  document.addEventListener("focusin", onIntent, true);
  document.addEventListener("pointerover", onIntent, true);
  document.addEventListener("pointerdown", onIntent, true);
  document.addEventListener("change", onIntent, true);
})();
