/* Etalase: client-side filtering of DIP tables and the dataset catalogue.
   Plain JavaScript, no framework; without JavaScript every row stays visible. */
(function () {
  "use strict";

  function norm(text) {
    return (text || "").toLocaleLowerCase("id").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function setup(box) {
    var targetId = box.getAttribute("data-etl-filter");
    var target = document.getElementById(targetId);
    if (!target || box.getAttribute("data-etl-ready")) return;
    box.setAttribute("data-etl-ready", "1");
    var items = target.tagName === "TABLE" ? target.tBodies[0].rows : target.children;
    var text = box.querySelector("[data-filter-text]");
    var unit = box.querySelector("[data-filter-unit]");
    var year = box.querySelector("[data-filter-year]");
    var topic = box.querySelector("[data-filter-topic]");
    var count = box.querySelector(".etl-count");
    function apply() {
      var words = norm(text && text.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var hay = norm(item.textContent);
        var ok = words.every(function (w) { return hay.indexOf(w) !== -1; });
        if (ok && unit && unit.value) ok = item.getAttribute("data-unit") === unit.value;
        if (ok && year && year.value) ok = item.getAttribute("data-year") === year.value;
        if (ok && topic && topic.value) ok = item.getAttribute("data-topic") === topic.value;
        item.hidden = !ok;
        if (ok) shown++;
      }
      if (count) count.textContent = "Menampilkan " + shown + " dari " + items.length;
    }
    [text, unit, year, topic].forEach(function (control) {
      if (control) control.addEventListener("input", apply);
    });
    box.hidden = false;
    apply();
  }

  function init() {
    document.querySelectorAll("[data-etl-filter]").forEach(setup);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
