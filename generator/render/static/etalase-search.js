/* Etalase: the header search box, backed by Pagefind (pagefind/pagefind.js, loaded on first use).
   Results use the theme's result list markup. Without JavaScript the box shows links to the
   Daftar Informasi Publik and the dataset catalogue instead. */
(function () {
  "use strict";

  /* Interface texts: the Indonesian text is the key; another language's tree loads its
     translations first (assets/etalase-strings.js, written from the catalogue at build time). */
  var STRINGS = window.etalaseStrings || {};

  function t(text, values) {
    return (STRINGS[text] || text).replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  }

  /* A text with a count: its forms by plural category of the page's language ({one, other}). */
  function tn(singular, plural, count, values) {
    var forms = STRINGS[singular];
    var text = count === 1 ? singular : plural;
    if (forms && typeof forms === "object") {
      var rule = new Intl.PluralRules(document.documentElement.lang || "id").select(count);
      text = forms[rule] || forms.other || text;
    }
    return t(text, values);
  }

  var LABELS = { type: t("Jenis"), kategori: t("Kategori DIP"), unit: t("Unit"), tahun: t("Tahun") };
  var FILTERS = ["type", "kategori", "unit", "tahun"];
  var PAGE = 10;
  /* Milliseconds without a key before the query runs: one search (and its index chunks) per
     pause, not one per key typed ("a", "an", "ang"... each fetch chunks of their own). */
  var PAUSE = 250;

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(config.textContent).base || "."; } catch (e) { base = "."; }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* Pagefind's excerpt is escaped text with <mark> around hits: keep only text and marks. */
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var out = el("p", "etl-pf-excerpt");
    template.content.childNodes.forEach(function (node) {
      if (node.nodeType === 3) out.appendChild(document.createTextNode(node.textContent));
      else out.appendChild(el(node.nodeName === "MARK" ? "mark" : "span", "", node.textContent));
    });
    return out;
  }

  function Search(box) {
    this.box = box;
    this.input = box.querySelector(".md-search__input");
    this.meta = box.querySelector(".md-search-result__meta");
    this.list = box.querySelector(".md-search-result__list");
    this.filterBox = box.querySelector(".etl-pf-filters");
    this.toggle = document.getElementById("__search");
    this.root = new URL(box.getAttribute("data-etl-search-root") || "", siteRoot());
    this.engine = null;
    this.selects = {};
    this.shown = 0;
    this.results = [];
    this.serial = 0;
    this.timer = 0;
    this.asked = null; /* the query and filters last searched: the same again fetches nothing */
  }

  Search.prototype.load = function () {
    var self = this;
    if (!self.engine) {
      var options = { baseUrl: self.root.pathname, excerptLength: 24 };
      /* A large site's index comes in parts (build/searchindex.py): pagefind/parts.json names the
         folders merged into the first one. */
      var parts = fetch(new URL("pagefind/parts.json", self.root).href).then(function (response) {
        return response.ok ? response.json() : { parts: [] };
      }).catch(function () { return { parts: [] }; });
      self.engine = import(new URL("pagefind/pagefind.js", self.root).href).then(function (pf) {
        var lang = (document.documentElement.lang || "").toLowerCase();
        return pf.options(options).then(function () { return parts; }).then(function (listed) {
          return Promise.all((listed.parts || []).filter(function (folder, index) {
            var held = (listed.languages || [])[index]; /* a part without this language is skipped */
            return !held || held.indexOf(lang) >= 0 || held.indexOf(lang.split("-")[0]) >= 0;
          }).map(function (folder) {
            return pf.mergeIndex(new URL("pagefind/" + folder, self.root).pathname, options);
          }));
        }).then(function () { return pf; });
      });
      self.engine.catch(function () { self.meta.textContent = t("Pencarian tidak dapat dimuat."); });
    }
    return self.engine;
  };

  Search.prototype.open = function () {
    if (this.toggle && !this.toggle.checked) this.toggle.checked = true;
    if (!this.input.value) this.meta.textContent = t("Ketik kata kunci, mis. anggaran, sekolah, permohonan.");
    this.load();
  };

  Search.prototype.close = function () {
    if (this.toggle) this.toggle.checked = false;
    this.input.blur();
  };

  Search.prototype.chosen = function () {
    var filters = {};
    var self = this;
    FILTERS.forEach(function (key) {
      var select = self.selects[key];
      if (select && select.value) filters[key] = select.value;
    });
    return filters;
  };

  /* A key typed: search once the reader pauses. */
  Search.prototype.schedule = function () {
    var self = this;
    clearTimeout(self.timer);
    if (self.input.value.trim()) self.meta.textContent = t("Memuat pencarian…");
    self.timer = setTimeout(function () { self.run(); }, PAUSE);
  };

  Search.prototype.run = function () {
    var self = this;
    var query = self.input.value.trim();
    var filters = self.chosen();
    var asked = JSON.stringify([query, filters]);
    clearTimeout(self.timer);
    if (asked === self.asked) return; /* Enter after the pause, or a second input event */
    self.asked = asked;
    var serial = ++self.serial;
    if (!query) {
      self.list.textContent = "";
      self.meta.textContent = t("Ketik kata kunci, mis. anggaran, sekolah, permohonan.");
      return;
    }
    self.meta.textContent = t("Memuat pencarian…");
    self.load().then(function (pf) {
      return pf.search(query, { filters: filters });
    }).then(function (found) {
      if (!found || serial !== self.serial) return;
      self.results = found.results;
      self.shown = 0;
      self.list.textContent = "";
      self.showFilters();
      return self.more(serial).then(function () {
        if (serial !== self.serial) return;
        self.meta.textContent = found.results.length
          ? tn("{count} hasil untuk \u201c{query}\u201d", "{count} hasil untuk \u201c{query}\u201d",
                found.results.length, { count: found.results.length, query: query })
          : t("Tidak ada hasil untuk \u201c{query}\u201d", { query: query });
      });
    }).catch(function () {
      self.asked = null; /* asking again tries again */
      self.meta.textContent = t("Pencarian tidak dapat dimuat.");
    });
  };

  Search.prototype.more = function (serial) {
    var self = this;
    var next = self.results.slice(self.shown, self.shown + PAGE);
    self.shown += next.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (serial !== self.serial) return;
      var old = self.list.querySelector(".etl-pf-more");
      if (old) old.remove();
      pages.forEach(function (data) { self.list.appendChild(self.item(data)); });
      if (self.shown < self.results.length) {
        var li = el("li", "md-search-result__item etl-pf-more");
        var button = el("button", "md-button", t("Tampilkan lebih banyak"));
        button.type = "button";
        button.addEventListener("click", function () { self.more(self.serial); });
        li.appendChild(button);
        self.list.appendChild(li);
      }
    });
  };

  Search.prototype.item = function (data) {
    var li = el("li", "md-search-result__item");
    var link = el("a", "md-search-result__link");
    link.href = data.url;
    var article = el("article", "md-search-result__article md-typeset");
    var kind = (data.filters && data.filters.type && data.filters.type[0]) || "";
    if (kind) article.appendChild(el("span", "etl-pf-type", kind));
    article.appendChild(el("span", "etl-pf-title", (data.meta && data.meta.title) || data.url));
    /* A word found in the text of a DIP document (render/documents.py, headings #dokumen-N):
       say which document, and link to it on the entry page. */
    var inDocument = (data.sub_results || []).filter(function (sub) {
      return /#dokumen-\d+$/.test(sub.url || "");
    })[0];
    if (inDocument) {
      article.appendChild(el("span", "etl-pf-document", t("Di dalam dokumen: {title}", { title: inDocument.title })));
      link.href = inDocument.url;
      article.appendChild(excerpt(inDocument.excerpt || data.excerpt || ""));
    } else {
      article.appendChild(excerpt(data.excerpt || ""));
    }
    link.appendChild(article);
    li.appendChild(link);
    return li;
  };

  /* The filter lists are fetched only when the reader opens them: on a large portal they
     weigh more than the first query itself. */
  Search.prototype.showFilters = function () {
    var self = this;
    if (self.filtersShown) return;
    self.filtersShown = true;
    var details = el("details", "etl-pf-details");
    details.appendChild(el("summary", "", t("Saring hasil")));
    details.addEventListener("toggle", function () {
      if (!details.open || self.filtersLoaded) return;
      self.filtersLoaded = true;
      self.load().then(function (pf) { return pf.filters(); }).then(function (available) {
        FILTERS.forEach(function (key) { self.addFilter(details, key, available[key] || {}); });
      });
    });
    self.filterBox.appendChild(details);
    self.filterBox.hidden = false;
  };

  Search.prototype.addFilter = function (details, key, counts) {
    var self = this;
    var values = Object.keys(counts).sort();
    if (!values.length) return;
    if (key === "tahun") values.reverse();
    var label = el("label", "", LABELS[key] + " ");
    var select = el("select");
    select.setAttribute("data-pf-filter", key);
    select.appendChild(el("option", "", t("Semua"))).value = "";
    values.forEach(function (value) { select.appendChild(el("option", "", value)).value = value; });
    select.addEventListener("change", function () { self.run(); });
    label.appendChild(select);
    details.appendChild(label);
    self.selects[key] = select;
  };

  /* The dialog in the theme's search markup (overrides/partials/etalase-search.html leaves an
     empty box, so the page does not carry it): a form with the field and the close icon (the
     header's magnifier and the back arrow of the box's template), the filters and results. */
  function draw(box) {
    var template = box.querySelector("template");
    var magnifier = document.querySelector('label.md-header__button[for="__search"] svg');
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", t("Pencarian"));
    var overlay = el("label", "md-search__overlay");
    overlay.htmlFor = "__search";
    var inner = el("div", "md-search__inner");
    inner.setAttribute("role", "search");
    var form = el("form", "md-search__form");
    form.action = siteRoot().href;
    form.method = "get";
    var input = el("input", "md-search__input");
    input.type = "search";
    input.name = "q";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("autocapitalize", "off");
    input.setAttribute("aria-label", t("Cari informasi publik dan dataset"));
    input.placeholder = t("Cari informasi dan dataset");
    input.setAttribute("aria-controls", "etl-search-output");
    var icon = el("label", "md-search__icon md-icon");
    icon.htmlFor = "__search";
    icon.setAttribute("aria-label", t("Tutup pencarian"));
    if (magnifier) icon.appendChild(magnifier.cloneNode(true));
    if (template) icon.appendChild(template.content.cloneNode(true));
    form.appendChild(input);
    form.appendChild(icon);
    var output = el("div", "md-search__output");
    output.id = "etl-search-output";
    var result = el("div", "md-search-result");
    var filters = el("div", "etl-pf-filters");
    filters.hidden = true;
    var meta = el("p", "md-search-result__meta");
    meta.setAttribute("role", "status");
    meta.setAttribute("aria-live", "polite");
    result.appendChild(filters);
    result.appendChild(meta);
    result.appendChild(el("ol", "md-search-result__list"));
    output.appendChild(el("div", "md-search__scrollwrap")).appendChild(result);
    inner.appendChild(form);
    inner.appendChild(output);
    box.replaceChildren(overlay, inner);
  }

  function setup(box) {
    if (box.getAttribute("data-etl-ready")) return;
    box.setAttribute("data-etl-ready", "1");
    if (!box.querySelector("form")) draw(box);
    var search = new Search(box);
    var form = box.querySelector("form");
    search.input.addEventListener("focus", function () { search.open(); });
    search.input.addEventListener("input", function () { search.schedule(); });
    search.input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") search.close();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      search.run();
      var first = search.list.querySelector("a");
      if (first) first.focus();
    });
    var query = new URLSearchParams(location.search).get("q");
    if (query) {
      search.input.value = query;
      search.open();
      search.run();
    }
  }

  function init() {
    document.querySelectorAll("[data-etl-search]").forEach(setup);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
