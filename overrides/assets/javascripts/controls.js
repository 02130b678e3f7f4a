// Keyboard and screen-reader behaviour of the page's controls, once scripts
// run (without them the page keeps its static markup, which works as it is).
(function () {
  "use strict";

  // A table's or figure's scroll region is a named Tab stop only while it
  // scrolls: elsewhere it would be a stop that does nothing, read twice.
  // Measured when the browser lays it out (a ResizeObserver's first call),
  // never before: reading sizes while the page loads would force a layout.
  var regions = document.querySelectorAll(".table-scroll, .figure-scroll");
  var labels = new Map();
  function update(region, scrolls) {
    if (!labels.has(region)) labels.set(region, region.getAttribute("aria-labelledby"));
    if (scrolls) {
      region.setAttribute("role", "region");
      region.setAttribute("tabindex", "0");
      region.setAttribute("aria-labelledby", labels.get(region));
    } else {
      region.removeAttribute("role");
      region.removeAttribute("tabindex");
      region.removeAttribute("aria-labelledby");
    }
  }
  // Every size read before any attribute is written: a write between two
  // reads would have the browser lay the page out again for the next.
  var observer = new ResizeObserver(function (entries) {
    entries.map(function (entry) {
      return [entry.target, entry.target.scrollWidth > entry.target.clientWidth + 1];
    }).forEach(function (measured) { update(measured[0], measured[1]); });
  });
  regions.forEach(function (region) { observer.observe(region); });

  // A link in a region that scrolls sideways, focused, shows where it
  // starts: the browser scrolls only as far as to show part of a link that
  // wraps over several lines, which may leave its first words out of view.
  regions.forEach(function (region) {
    region.addEventListener("focusin", function (event) {
      if (event.target === region) return;
      var first = event.target.getClientRects()[0], box = region.getBoundingClientRect();
      if (first && (first.left < box.left || first.right > box.right)) {
        region.scrollLeft += first.left - box.left - 8;
      }
    });
  });

  // A region taller than the screen, focused, shows its top (its caption)
  // below the sticky header rather than its middle.
  var header = document.querySelector(".md-header");
  regions.forEach(function (region) {
    region.addEventListener("focus", function () {
      var top = region.getBoundingClientRect().top;
      if (top < header.getBoundingClientRect().bottom || top > window.innerHeight) {
        region.scrollIntoView({block: "start"});
      }
    });
  });

  // Material's toggles of the navigation are labels of hidden checkboxes:
  // a section ("Guide"), the page's table of contents in the drawer of a
  // narrow screen, and the title of an opened section that closes it. Each
  // becomes a Tab stop and a button that says whether it is open.
  var toggles = document.querySelectorAll(
    "label.md-nav__link[for][tabindex], label.md-nav__link[for=__toc], .md-nav .md-nav .md-nav__title[for]");
  toggles.forEach(function (toggle) {
    var box = document.getElementById(toggle.htmlFor);
    if (!box || box.type !== "checkbox") return;
    function expanded() { toggle.setAttribute("aria-expanded", String(box.checked)); }
    toggle.setAttribute("role", "button");
    if (!toggle.hasAttribute("tabindex") || toggle.getAttribute("tabindex") === "") toggle.setAttribute("tabindex", "0");
    expanded();
    box.addEventListener("change", expanded);
    // In the drawer, a panel that opens covers its toggle, and its title
    // goes when it closes: the focus moves to the one on screen.
    box.addEventListener("change", function () {
      if (document.activeElement !== toggle || shown(toggle)) return;
      var others = document.querySelectorAll("label[for='" + box.id + "'][role=button]");
      for (var i = 0; i < others.length; i++) {
        if (others[i] !== toggle && shown(others[i])) return others[i].focus();
      }
    });
    // Material opens a focused label with Enter; a button opens with Space too.
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        box.click();
      }
    });
  });

  // The menu and search buttons (overrides/partials/header.html) open
  // Material's drawer and search (its checkbox toggles), say whether they
  // are open, move the focus in, and back to where it was when Esc, a close
  // button or a click beside closes them; focus that leaves one closes it.
  var drawer = document.getElementById("__drawer");
  var search = document.getElementById("__search");
  var menuButton = document.querySelector("[data-site-toggle=drawer]");
  var searchButton = document.querySelector("[data-site-toggle=search]");
  var sidebar = document.querySelector(".md-sidebar--primary");
  var navigation = sidebar && sidebar.querySelector(".md-nav--primary");
  var dialog = document.querySelector(".md-search");
  var query = dialog && dialog.querySelector(".md-search__input");

  function set(box, open) {
    if (box.checked === open) return;
    box.checked = open;
    box.dispatchEvent(new CustomEvent("change"));
  }
  function shown(element) {
    return !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility === "visible";
  }
  function focusable(element) {
    return element && element !== document.body && document.contains(element) && shown(element);
  }

  if (drawer && menuButton && navigation) {
    var beforeDrawer = null;
    navigation.setAttribute("tabindex", "-1");
    var drawerExpanded = function () { menuButton.setAttribute("aria-expanded", String(drawer.checked)); };
    drawer.addEventListener("change", drawerExpanded);
    drawerExpanded();
    var closeDrawer = function () {
      set(drawer, false);
      (focusable(beforeDrawer) ? beforeDrawer : menuButton).focus();
    };
    menuButton.addEventListener("click", function () {
      if (drawer.checked) return closeDrawer();
      beforeDrawer = menuButton;
      set(drawer, true);
      navigation.focus({preventScroll: true});
    });
    sidebar.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.checked) {
        event.preventDefault();
        closeDrawer();
      }
    });
    // A click on the shade beside the drawer, or on its title bar, closes it.
    document.querySelectorAll(".md-overlay, .md-nav--primary > .md-nav__title[for=__drawer]").forEach(function (label) {
      label.addEventListener("click", function (event) {
        if (!drawer.checked || event.target.closest("a")) return;
        setTimeout(function () { if (!drawer.checked) menuButton.focus(); });
      });
    });
    sidebar.addEventListener("focusout", function (event) {
      if (drawer.checked && event.relatedTarget && !sidebar.contains(event.relatedTarget)) set(drawer, false);
    });
  }

  if (search && dialog && query) {
    var beforeSearch = null, quiet = false;
    var searchExpanded = function () {
      if (searchButton) searchButton.setAttribute("aria-expanded", String(search.checked));
    };
    search.addEventListener("change", searchExpanded);
    searchExpanded();
    var openSearch = function () {
      var active = document.activeElement;
      beforeSearch = active && active !== document.body && !dialog.contains(active) ? active : null;
      set(search, true);
      query.focus();
      query.select();
    };
    // Back to the button or control that opened it; on a wide screen, where
    // the field itself opens search, to the field, search staying closed
    // (Material reopens it when the field takes the focus: not this time).
    var closeSearch = function () {
      set(search, false);
      var back = focusable(beforeSearch) ? beforeSearch : shown(searchButton) ? searchButton : query;
      if (back === query && document.activeElement !== query) quiet = true;
      back.focus();
      quiet = false;
    };
    // Material watches the focus moving in and out of the page's elements
    // (focusin, focusout): while the focus comes back to the field, it is
    // not told, so that search stays closed.
    ["focusin", "focusout"].forEach(function (type) {
      window.addEventListener(type, function (event) {
        if (quiet) event.stopPropagation();
      }, true);
    });
    // Typing in the field, search closed, opens it again.
    query.addEventListener("input", function () { set(search, true); });
    if (searchButton) searchButton.addEventListener("click", openSearch);
    var close = dialog.querySelector(".site-search__close");
    if (close) close.addEventListener("click", closeSearch);
    dialog.addEventListener("focusout", function (event) {
      if (search.checked && event.relatedTarget && !dialog.contains(event.relatedTarget)) set(search, false);
    });
    // The submit button (Enter in the field goes to the best result, as in
    // Material): to the results, or stay in the field while there are none.
    query.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = dialog.querySelector(".md-search-result__link");
      if (first) first.focus();
      else query.focus();
    });

    // Keys, before Material's: Esc closes search (and the drawer) with the
    // focus sent back; Tab moves on within search (Material closes it); the
    // shortcuts f, s and / open it at every width (Material focuses a field
    // that a narrow screen hides).
    var typing = function (element) {
      return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
    };
    window.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      var inSearch = dialog.contains(event.target);
      if (search.checked && inSearch && event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        closeSearch();
      } else if (search.checked && inSearch && event.key === "Tab") {
        event.stopPropagation();
      } else if (!search.checked && !typing(event.target) && (event.key === "f" || event.key === "s" || event.key === "/")) {
        event.preventDefault();
        event.stopPropagation();
        openSearch();
      }
    }, true);
  }
})();
