// The rule-ID jump of the site search. A rule ID typed or pasted into the search box, in
// any case, with hyphens, spaces or neither ("PDS-TYP-002", "pds typ 002", "PDSTYP002"),
// lists that rule first at once, and Enter goes to its heading.
//
// Material's own search splits an ID at its hyphens, drops TOO and NOT as stop words,
// and answers a second or more after the last keystroke. So this script answers on the
// input event itself, from search-ids.json ({ID: [title, level, "page/#anchor", page's
// title]}, see handbook.search_ids), read once on the first focus of the search box.
// The rule is a result like Material's (an <li> of .md-search-result__list holding a
// link), kept first when Material later replaces the list's children with its own.
(function () {
  "use strict";

  var INPUT = "input.md-search__input";
  var LIST = ".md-search-result__list";
  var META = ".md-search-result__meta";
  var DATA = "search-ids.json";
  // An ID without its separators: part (2-4 letters), area (3 letters), number (3 digits).
  var SHAPE = /^[A-Z]{2,4}[A-Z]{3}[0-9]{3}$/;
  // What may stand between the three pieces, or not at all: hyphens (the ASCII one and
  // the typographic ones a copy from a document brings), underscores and white space.
  var SEPARATORS = /[\s\-_\u2010-\u2015\u2212]+/g;
  // Material's Enter goes to the result with the highest data-md-score: this one.
  var SCORE = "1000000";

  var config = readConfig();
  var root = siteRoot();
  var initialMeta = textOf(document.querySelector(META));
  var rules = null; // "PDSTYP002" -> {id, title, level, href, page}
  var state = "idle"; // idle, loading, ready
  var pendingEnter = false; // Enter pressed on an ID while the data was loading
  var hit = null; // the rule's <li>, while the query is a rule's ID
  var metaOurs = null; // the text this script put in the meta line, while it is there
  var metaMaterial = ""; // the text Material had put there before
  var observer = null;
  var watched = []; // the list and meta line the observer watches

  function readConfig() {
    var script = document.getElementById("__config");
    try {
      return script ? JSON.parse(script.textContent) : {};
    } catch (error) {
      return {};
    }
  }

  function siteRoot() {
    // The site's root, e.g. https://host/project/latest/ under mike. Material's base is
    // relative to the page first loaded, which is where this script runs: it is made
    // absolute once, so that instant navigation does not move it.
    if (typeof config.base === "string") {
      return new URL(config.base.replace(/\/?$/, "/"), location.href).href;
    }
    var script = document.currentScript;
    if (script && script.src) return new URL("../../", script.src).href;
    var home = document.querySelector("a.md-logo, a.md-header__button.md-logo");
    return new URL(home ? home.getAttribute("href") : "./", location.href).href;
  }

  function translation(key, fallback) {
    var all = config.translations || {};
    return typeof all[key] === "string" ? all[key] : fallback;
  }

  function textOf(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function compact(query) {
    return query.trim().replace(/^#/, "").replace(SEPARATORS, "").toUpperCase();
  }

  function lookup(query) {
    if (rules === null) return null;
    var key = compact(query);
    return SHAPE.test(key) && Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : null;
  }

  function isInput(target) {
    return target instanceof Element && target.matches(INPUT);
  }

  function load() {
    if (state !== "idle") return;
    state = "loading";
    fetch(new URL(DATA, root).href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(DATA + ": HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        rules = Object.create(null);
        Object.keys(data).forEach(function (id) {
          var entry = data[id];
          rules[compact(id)] = {
            id: id, title: entry[0], level: entry[1], href: new URL(entry[2], root).href,
            page: entry[3]
          };
        });
        state = "ready";
        // For tests and the curious: how many IDs the search box now knows.
        var input = document.querySelector(INPUT);
        if (input) input.setAttribute("data-rule-ids", String(Object.keys(data).length));
      }, function () {
        state = "idle"; // the next focus tries again
      })
      .then(settle);
  }

  function settle() {
    update();
    if (!pendingEnter) return;
    pendingEnter = false;
    var input = document.querySelector(INPUT);
    if (hit) {
      go();
    } else if (input) {
      // Not a rule after all: hand the Enter to Material, as if just pressed.
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    }
  }

  // Show the rule of the query first in the result list, or nothing when there is none.
  function update() {
    var input = document.querySelector(INPUT);
    var list = document.querySelector(LIST);
    var rule = input && list ? lookup(input.value) : null;
    if (rule === null) {
      hide();
      return;
    }
    if (hit === null || hit.getAttribute("data-rule-search") !== rule.id) {
      var fresh = render(rule);
      if (hit !== null && hit.parentNode) hit.parentNode.removeChild(hit);
      hit = fresh;
    }
    if (list.firstElementChild !== hit) list.insertBefore(hit, list.firstChild);
    claimMeta();
  }

  function hide() {
    if (hit !== null && hit.parentNode) hit.parentNode.removeChild(hit);
    hit = null;
    var meta = document.querySelector(META);
    if (meta && metaOurs !== null && textOf(meta) === metaOurs) meta.textContent = metaMaterial;
    metaOurs = null;
  }

  // Where Material's meta line says there is nothing (yet), it now says one result.
  function claimMeta() {
    var meta = document.querySelector(META);
    if (!meta) return;
    var text = textOf(meta);
    if (metaOurs !== null && text === metaOurs) return;
    var empty = [
      translation("search.result.none", "No matching documents"),
      translation("search.result.placeholder", "Type to start searching"),
      initialMeta
    ];
    if (empty.indexOf(text) === -1) return;
    metaMaterial = meta.textContent;
    metaOurs = translation("search.result.one", "1 matching document");
    meta.textContent = metaOurs;
  }

  function go() {
    var link = hit && hit.querySelector("a[href]");
    if (!link) return;
    // A click, as Material's own Enter does: its search closes, instant navigation
    // loads the page and scrolls to the anchor.
    var id = decodeURIComponent(new URL(link.href).hash.slice(1));
    var before = window.scrollY;
    link.click();
    keepInView(id, before);
  }

  // Closing the search puts back the scroll position the page had before, and instant
  // navigation scrolls to the anchor of the new page: on a loaded machine the two came
  // in the other order once, and the reader was left at the top of the rule's page.
  // For a moment after the jump, if the page is back at that old position with the
  // rule's heading out of view, the heading is brought into view. (A reader's own
  // scrolling lands elsewhere and is left alone; a full load is the browser's.)
  var WAIT_MS = 10000; // for the rule's page to arrive
  var WATCH_MS = 2000; // then, for the old position to come back
  function keepInView(id, before) {
    var started = Date.now();
    var arrived = null;
    (function check() {
      var target = document.getElementById(id);
      if (target && decodeURIComponent(location.hash.slice(1)) === id) {
        if (arrived === null) arrived = Date.now();
        var box = target.getBoundingClientRect();
        var away = box.bottom <= 0 || box.top >= window.innerHeight;
        if (away && Math.abs(window.scrollY - before) <= 1) target.scrollIntoView();
      }
      var now = Date.now();
      if (arrived === null ? now - started < WAIT_MS : now - arrived < WATCH_MS) {
        setTimeout(check, 100);
      }
    })();
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  function render(rule) {
    var item = element("li", "md-search-result__item");
    item.setAttribute("data-rule-search", rule.id);
    var link = element("a", "md-search-result__link");
    link.href = rule.href;
    link.tabIndex = -1; // as Material's results: the arrow keys move through them
    var article = element("article", "md-search-result__article md-typeset");
    article.setAttribute("data-md-score", SCORE);
    article.appendChild(element("div", "md-search-result__icon md-icon"));
    var title = element("h1");
    title.appendChild(element("span", "rule-id", rule.id));
    title.appendChild(document.createTextNode(" "));
    // The title is Markdown: its `code` spans are shown as code.
    rule.title.split("`").forEach(function (part, index) {
      if (part) title.appendChild(index % 2 ? element("code", "", part) : document.createTextNode(part));
    });
    article.appendChild(title);
    var where = element("p");
    where.appendChild(element("span", "rule-level rule-level-" + rule.level, rule.level));
    where.appendChild(document.createTextNode(" rule in " + rule.page));
    article.appendChild(where);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

  function onMutations() {
    var meta = document.querySelector(META);
    if (meta && metaOurs !== null && textOf(meta) !== metaOurs) {
      metaOurs = null; // Material wrote a new line: ours is gone
    }
    update();
  }

  function watch() {
    var targets = [document.querySelector(LIST), document.querySelector(META)];
    if (!targets[0] || (targets[0] === watched[0] && targets[1] === watched[1])) return;
    if (observer) observer.disconnect();
    observer = new MutationObserver(onMutations);
    observer.observe(targets[0], { childList: true });
    if (targets[1]) observer.observe(targets[1], { childList: true, characterData: true, subtree: true });
    watched = targets;
  }

  function setUp() {
    watch();
    var input = document.querySelector(INPUT);
    // A search opened by a link (?q=PDS-TYP-002) was focused before this script ran.
    if (input && (input.value || document.activeElement === input)) load();
    update();
  }

  document.addEventListener("focusin", function (event) {
    if (isInput(event.target)) load();
  }, true);

  document.addEventListener("input", function (event) {
    if (!isInput(event.target)) return;
    load();
    update();
  }, true);

  // Material's suggestion (right arrow) sets the value without an input event.
  document.addEventListener("keyup", function (event) {
    if (isInput(event.target)) update();
  }, true);

  // The search form's reset button clears the box after its reset event.
  document.addEventListener("reset", function (event) {
    if (event.target instanceof Element && event.target.querySelector(INPUT)) setTimeout(update, 0);
  }, true);

  // Enter in the search box: to the rule. Capturing on the document, this runs before
  // Material's handler on the window, which it then does not reach.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing || !isInput(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    update();
    if (hit) {
      event.preventDefault();
      event.stopPropagation();
      go();
    } else if (state === "loading" && SHAPE.test(compact(event.target.value))) {
      event.preventDefault();
      event.stopPropagation();
      pendingEnter = true;
    }
  }, true);

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
