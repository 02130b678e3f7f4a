// Keyboard and screen-reader behaviour of two controls, once scripts run
// (without them the page keeps its static markup, which works as it is).
(function () {
  "use strict";

  // A table's or figure's scroll region is a named Tab stop only while it
  // scrolls: elsewhere it would be a stop that does nothing, read twice.
  var regions = document.querySelectorAll(".table-scroll, .figure-scroll");
  var labels = new Map();
  function update(region) {
    if (!labels.has(region)) labels.set(region, region.getAttribute("aria-labelledby"));
    if (region.scrollWidth > region.clientWidth + 1) {
      region.setAttribute("role", "region");
      region.setAttribute("tabindex", "0");
      region.setAttribute("aria-labelledby", labels.get(region));
    } else {
      region.removeAttribute("role");
      region.removeAttribute("tabindex");
      region.removeAttribute("aria-labelledby");
    }
  }
  var observer = new ResizeObserver(function (entries) {
    entries.forEach(function (entry) { update(entry.target); });
  });
  regions.forEach(function (region) { update(region); observer.observe(region); });

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

  // The navigation's section toggles ("Guide") are labels of hidden
  // checkboxes: make each a button that says whether its section is open.
  document.querySelectorAll("label.md-nav__link[for][tabindex]").forEach(function (toggle) {
    var box = document.getElementById(toggle.htmlFor);
    if (!box || box.type !== "checkbox") return;
    function expanded() { toggle.setAttribute("aria-expanded", String(box.checked)); }
    toggle.setAttribute("role", "button");
    expanded();
    box.addEventListener("change", expanded);
    // Material opens it with Enter; a button opens with Space too.
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        box.click();
      }
    });
  });
})();
