// The handbook's own behaviour: copy a rule's short link (the rule index's filter is
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

  function copy(text, button) {
    var done = function () {
      button.dataset.copied = "true";
      button.textContent = "Copied";
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

  function setUp() {
    document.querySelectorAll("button.rule-copy").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "true";
      button.addEventListener("click", function () {
        copy(shortLink(button.dataset.ruleId), button);
      });
    });
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
