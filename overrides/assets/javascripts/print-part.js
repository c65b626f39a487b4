// The printable view of a part: print/<part>/, a page that handbook.reader generates.
// The page lists the part's chapters in the navigation's order. This script fetches
// each chapter's built page from the same site, takes its article, and puts the
// articles one after another on this page, so that the browser prints the whole part
// (print-part.css starts each chapter on a new sheet and leaves out the header, the
// navigation, the search and the footer). Nothing is rendered twice at build time.
//
// Element IDs stay as they are (a rule's anchor, PDS-TYP-001, is unique in the site)
// unless an earlier chapter or the page itself already uses one; links between the
// part's chapters then point within this page. When every chapter is in, the part's
// container says so: data-print-state="ready" ("incomplete" if one failed to load).
//
// The page carries this script in its content, so Material's instant navigation runs
// it again on each visit; it adds its stylesheet to the document's head once.
(function () {
  "use strict";

  var STYLESHEET = "../stylesheets/print-part.css";
  var REMOVE = [
    "script",
    ".md-content__button", // edit and view-source buttons
    ".md-feedback",
    "button.rule-copy", // copies a link: nothing to copy from paper
    "clipboard-copy" // a notebook's copy button, whose script is not on this page
  ];
  var REFERENCES = ["aria-labelledby", "aria-describedby", "aria-controls"];

  var container = document.querySelector("[data-print-part]");
  if (!container || container.hasAttribute("data-print-state")) return;
  addStylesheet(document.currentScript);

  var status = container.querySelector("[data-print-status]");
  var target = container.querySelector("[data-print-chapters]");
  var button = container.querySelector("[data-print-button]");
  var links = Array.prototype.slice.call(
    container.querySelectorAll(".print-part__contents a[href]")
  );
  var chapters = links.map(function (link, index) {
    var url = new URL(link.getAttribute("href"), location.href);
    url.hash = "";
    return {
      link: link,
      title: link.textContent,
      url: url,
      key: pageKey(url),
      id: "print-chapter-" + (index + 1),
      ids: Object.create(null), // the chapter's own ID -> its ID on this page
      section: null
    };
  });
  var byKey = Object.create(null);
  chapters.forEach(function (chapter) { byKey[chapter.key] = chapter; });

  container.setAttribute("data-print-state", "loading");
  say("Loading " + chapters.length + " chapters\u2026");

  Promise.all(chapters.map(fetchArticle)).then(function (articles) {
    var failed = 0;
    articles.forEach(function (article, index) {
      var chapter = chapters[index];
      if (article instanceof Error) {
        failed += 1;
        chapter.section = failure(chapter, article);
      } else {
        chapter.section = inline(chapter, article);
      }
      target.appendChild(chapter.section);
    });
    chapters.forEach(relink);
    chapters.forEach(function (chapter) {
      chapter.link.setAttribute("href", "#" + chapter.id);
    });
    if (failed) {
      say(failed + " of " + chapters.length + " chapters could not be loaded; " +
        "their links stay in place.");
      container.setAttribute("data-print-state", "incomplete");
    } else {
      say("All " + chapters.length + " chapters are on this page: print it with the " +
        "button or your browser's print command.");
      container.setAttribute("data-print-state", "ready");
    }
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    }
  });

  function addStylesheet(script) {
    if (!script || !script.src) return;
    var href = new URL(STYLESHEET, script.src).href;
    var present = Array.prototype.some.call(
      document.querySelectorAll("link[rel=stylesheet]"),
      function (link) { return link.href === href; }
    );
    if (present) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function say(text) {
    if (status) status.textContent = text;
  }

  function pageKey(url) {
    // The same page whether its URL ends in "/", "/index.html" or neither.
    return url.origin + url.pathname.replace(/index\.html$/, "").replace(/\/?$/, "/");
  }

  function fetchArticle(chapter) {
    return fetch(chapter.url.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (text) {
        var page = new DOMParser().parseFromString(text, "text/html");
        var article = page.querySelector("article.md-content__inner");
        if (!article) throw new Error("no article in the page");
        return article;
      })
      .catch(function (error) {
        return error instanceof Error ? error : new Error(String(error));
      });
  }

  function inline(chapter, article) {
    REMOVE.forEach(function (selector) {
      article.querySelectorAll(selector).forEach(function (el) { el.remove(); });
    });
    // Links and images, made absolute from the chapter's address (relink() turns
    // those to this part's chapters into links within this page).
    article.querySelectorAll("[href]").forEach(function (el) {
      el.setAttribute("href", new URL(el.getAttribute("href"), chapter.url).href);
    });
    article.querySelectorAll("[src]").forEach(function (el) {
      el.setAttribute("src", new URL(el.getAttribute("src"), chapter.url).href);
    });
    article.querySelectorAll("img").forEach(function (img) { img.loading = "eager"; });
    article.querySelectorAll("details").forEach(function (el) { el.open = true; });
    // IDs already taken on this page get the chapter's prefix.
    article.querySelectorAll("[id]").forEach(function (el) {
      var id = el.id;
      if (document.getElementById(id) || id in chapter.ids) {
        var renamed = chapter.id + "-" + id;
        chapter.ids[id] = renamed;
        el.id = renamed;
      }
    });
    article.querySelectorAll("label[for]").forEach(function (el) {
      var id = el.getAttribute("for");
      if (id in chapter.ids) el.setAttribute("for", chapter.ids[id]);
    });
    REFERENCES.forEach(function (name) {
      article.querySelectorAll("[" + name + "]").forEach(function (el) {
        var ids = el.getAttribute(name).split(/\s+/).map(function (id) {
          return id in chapter.ids ? chapter.ids[id] : id;
        });
        el.setAttribute(name, ids.join(" "));
      });
    });
    // Content tabs are radio groups: each chapter keeps its own.
    article.querySelectorAll("input[name]").forEach(function (el) {
      el.setAttribute("name", chapter.id + "-" + el.getAttribute("name"));
    });
    var section = document.createElement("section");
    section.className = "print-chapter";
    section.id = chapter.id;
    section.setAttribute("data-print-chapter", chapter.url.pathname);
    while (article.firstChild) section.appendChild(article.firstChild);
    return section;
  }

  function failure(chapter, error) {
    var section = document.createElement("section");
    section.className = "print-chapter print-chapter--missing";
    section.id = chapter.id;
    var text = document.createElement("p");
    var link = document.createElement("a");
    link.href = chapter.url.href;
    link.textContent = chapter.title;
    text.appendChild(document.createTextNode("This chapter could not be loaded (" +
      error.message + "): "));
    text.appendChild(link);
    section.appendChild(text);
    return section;
  }

  function relink(chapter) {
    chapter.section.querySelectorAll("a[href]").forEach(function (a) {
      var url;
      try {
        url = new URL(a.getAttribute("href"));
      } catch (error) {
        return;
      }
      var to = byKey[pageKey(url)];
      if (!to || url.search) return;
      if (!url.hash) {
        a.setAttribute("href", "#" + to.id);
        return;
      }
      var id = decodeURIComponent(url.hash.slice(1));
      var here = id in to.ids ? to.ids[id] : id;
      var found = document.getElementById(here);
      if (found && to.section && to.section.contains(found)) {
        a.setAttribute("href", "#" + here);
      }
    });
  }
})();
