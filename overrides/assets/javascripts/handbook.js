// The handbook's own behaviour: copy a rule's short link, and fill in what Material's
// markup leaves out for screen readers and keyboards (the rule index's filter is
// rule-index.js, the rule-ID jump of the search rule-search.js).
// Material's instant navigation swaps pages without reloading, so everything hangs off
// its document$ observable when present, and off DOMContentLoaded otherwise.
(function () {
  "use strict";

  function shortLink(ruleId) {
    // The short link lives at <version root>/r/<ID>/; the version root is the site's
    // base, which Material exposes as the <base>-relative path of the logo link.
    var home = document.querySelector("a.md-logo, a.md-header__button.md-logo");
    var base = home ? new URL(home.getAttribute("href"), location.href) : new URL("./", location.href);
    return new URL("r/" + ruleId + "/", base).href;
  }

  // One polite live region for the whole visit: it sits directly in <body>, which
  // instant navigation keeps, so it exists before its text changes (a region added
  // together with its text is not announced).
  function liveRegion() {
    var region = document.getElementById("handbook-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "handbook-status";
      region.className = "handbook-sr-only";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  var quiet = null;
  function announce(message) {
    var region = liveRegion();
    // Emptied first, so the same message twice in a row is read twice.
    region.textContent = "";
    clearTimeout(quiet);
    setTimeout(function () {
      region.textContent = message;
      quiet = setTimeout(function () { region.textContent = ""; }, 5000);
    }, 50);
  }

  function copy(text, button) {
    var done = function () {
      button.dataset.copied = "true";
      button.textContent = "Copied";
      announce("Copied the link to " + button.dataset.ruleId);
      setTimeout(function () { button.textContent = "Copy link"; delete button.dataset.copied; }, 2000);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }

  function setUpCopyButtons() {
    document.querySelectorAll("button.rule-copy").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "true";
      button.addEventListener("click", function () {
        copy(shortLink(button.dataset.ruleId), button);
      });
    });
  }

  // Names and roles that Material's markup lacks (axe-core's aria-dialog-name and
  // landmark-unique). The progress bar is named in overrides/partials/progress.html.
  function nameMaterialWidgets() {
    // The search overlay is a role="dialog" without a name: it takes its box's.
    document.querySelectorAll(".md-search[role='dialog']:not([aria-label])").forEach(function (dialog) {
      var input = dialog.querySelector("input.md-search__input");
      dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
    });
    // With navigation.indexes a section's <nav> is labelled by an element holding only
    // an icon, or by one that does not exist: it takes the section's title instead.
    document.querySelectorAll("nav.md-nav[aria-labelledby]").forEach(function (nav) {
      var label = document.getElementById(nav.getAttribute("aria-labelledby"));
      if (label && label.textContent.trim()) return;
      var title = nav.querySelector(":scope > .md-nav__title");
      var name = title ? title.textContent.trim() : "";
      if (!name) return;
      nav.removeAttribute("aria-labelledby");
      nav.setAttribute("aria-label", name);
    });
    // The bar of a code block's copy button is a <nav>: dozens of unnamed navigation
    // landmarks per page. It is no landmark.
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    // A table of contents names each nested list after its heading; two headings with
    // one text (the API reference's modules "formats", "project" and "Project") gave
    // two landmarks one name. The second and later add their heading's anchor.
    document.querySelectorAll("nav.md-nav--secondary").forEach(function (toc) {
      var seen = {};
      toc.querySelectorAll("nav.md-nav[aria-label]").forEach(function (nav) {
        var name = nav.getAttribute("aria-label");
        var key = name.toLowerCase();
        if (!seen[key]) { seen[key] = true; return; }
        var link = nav.previousElementSibling;
        var anchor = link && link.matches("a[href*='#']") ? decodeURIComponent(link.hash.slice(1)) : "";
        if (anchor && anchor.toLowerCase() !== key) nav.setAttribute("aria-label", name + " (" + anchor + ")");
      });
    });
    // pymdownx.tasklist's checkboxes sit in an empty <label>: each takes its item's text.
    document.querySelectorAll(".md-typeset .task-list-control > input[type='checkbox']:not([aria-label])").forEach(function (box) {
      var item = box.closest("li");
      if (!item) return;
      var text = "";
      item.childNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.matches(".task-list-control, ul, ol")) return;
        text += node.textContent;
      });
      text = text.replace(/\s+/g, " ").trim();
      if (text) box.setAttribute("aria-label", text.length > 160 ? text.slice(0, 157) + "..." : text);
    });
  }

  // Areas that scroll inside themselves (overflow: auto) hold nothing focusable, so a
  // keyboard could not scroll them (axe-core's scrollable-region-focusable): a
  // notebook's code and outputs, wide tables, and code blocks that Material has not
  // mounted (those of a printable part, which arrive after the page; Material makes
  // the others focusable itself). Each one that does scroll gets tabindex="0"; checked
  // again when the window's width changes what scrolls.
  var AREAS = [
    ".jupyter-wrapper .highlight-ipynb",
    ".jupyter-wrapper .jp-OutputArea-output",
    ".jupyter-wrapper .jp-OutputArea-output pre",
    ".jupyter-wrapper .jp-RenderedHTMLCommon",
    ".md-typeset .md-typeset__scrollwrap",
    ".print-part pre > code"
  ].join(", ");
  // Areas measured and found not to scroll (or already focusable inside): not measured
  // again until the width changes, though the page's content does (a search typed).
  var measured = new WeakSet();

  function scrolls(el) {
    var style = getComputedStyle(el);
    var x = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth;
    var y = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight;
    return x || y;
  }

  // Something inside that a keyboard can reach and see (a code block's line anchors are
  // empty links, no width: they do not count).
  function holdsFocusable(area) {
    return Array.prototype.some.call(
      area.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"),
      function (el) { var box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; }
    );
  }

  function nameOf(area, cells) {
    if (area.closest(".jupyter-wrapper")) {
      var number = cells.indexOf(area.closest(".jp-CodeCell")) + 1;
      var output = area.closest(".jp-OutputArea, .jp-Cell-outputArea");
      return (output ? "Output of code cell" : "Code cell") + (number > 0 ? " " + number : "");
    }
    return "";
  }

  function named(name) {
    return Array.prototype.some.call(document.querySelectorAll("[data-handbook-scroll][aria-label]"), function (el) {
      return el.getAttribute("aria-label") === name;
    });
  }

  function focusableScrollAreas() {
    var cells = Array.prototype.slice.call(document.querySelectorAll(".jupyter-wrapper .jp-CodeCell"));
    // Every area is measured first, then the ones found are changed: a change between
    // two measurements would make the browser lay out the page again for the second,
    // once per area (on a phone, most of a long chapter's blocking time).
    var found = [];
    document.querySelectorAll(AREAS).forEach(function (area) {
      if (measured.has(area) || area.dataset.handbookScroll !== undefined || area.hasAttribute("tabindex")) return;
      measured.add(area);
      if (scrolls(area) && !holdsFocusable(area)) found.push(area);
    });
    found.forEach(function (area) {
      // The outermost scrolling area of a cell part is enough: skip nested ones (the
      // list is in document order, so the outer one is marked by now).
      if (area.parentElement && area.parentElement.closest("[data-handbook-scroll]")) return;
      area.dataset.handbookScroll = "";
      area.setAttribute("tabindex", "0");
      // A notebook's areas are named after their cell. Tables and code blocks only
      // take focus, as Material's own code blocks do: one name for all of them would
      // make landmarks of one name (axe-core's landmark-unique).
      var name = nameOf(area, cells);
      for (var n = 2; name && named(name); n++) name = nameOf(area, cells) + " (" + n + ")";
      if (name && !area.hasAttribute("role")) {
        area.setAttribute("role", "region");
        area.setAttribute("aria-label", name);
      }
    });
  }

  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      measured = new WeakSet();
      focusableScrollAreas();
    }, 200);
  });

  // A heading's ¶ stays on the line of its last word: handbook.css glues it to what
  // comes right before it, but a line may still break at a space in between (a rule
  // heading has one before its hidden ID; mkdocstrings' headings have line breaks
  // around their labels). The last of those spaces becomes a no-break space, any
  // others nothing.
  function keepPermalinksWithTheirWord() {
    document.querySelectorAll(".md-typeset .headerlink").forEach(function (link) {
      var heading = link.parentElement;
      if (!heading || heading.dataset.handbookGlued) return;
      heading.dataset.handbookGlued = "";
      var walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      var word = null;
      var blanks = [];
      var node;
      while ((node = walker.nextNode())) {
        if (link.contains(node)) break;
        if (node.parentElement && node.parentElement.closest(".rule-heading-id")) continue;
        if (/\S/.test(node.data)) { word = node; blanks = []; } else { blanks.push(node); }
      }
      if (!word) return;
      if (blanks.length) {
        blanks.forEach(function (blank, i) { blank.data = i === blanks.length - 1 ? "\u00a0" : ""; });
      } else if (/\s$/.test(word.data)) {
        word.data = word.data.replace(/\s+$/, "\u00a0");
      }
    });
  }

  function setUp() {
    liveRegion();
    keepPermalinksWithTheirWord();
    setUpCopyButtons();
    nameMaterialWidgets();
    focusableScrollAreas();
  }

  // Content that arrives after the page (the printable view of a part fetches its
  // chapters; Material adds code blocks' buttons as they mount) gets the same care.
  var later = null;
  new MutationObserver(function () {
    clearTimeout(later);
    later = setTimeout(function () {
      keepPermalinksWithTheirWord();
      nameMaterialWidgets();
      focusableScrollAreas();
    }, 100);
  }).observe(document.documentElement, { childList: true, subtree: true });

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
