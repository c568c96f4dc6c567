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
  /* Results whose texts are fetched at once, until PAGE list items are shown. */
  var BATCH = 5;
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
      self.groups = 0;
      self.grouped = 0;
      self.query = query;
      self.list.textContent = "";
      self.showFilters();
      return self.more(serial);
    }).catch(function () {
      self.asked = null; /* asking again tries again */
      self.meta.textContent = t("Pencarian tidak dapat dimuat.");
    });
  };

  /* The next results, a few at a time until at least PAGE are shown: a search group answers
     with one result per entry it holds, so its few fetched texts are often enough. */
  Search.prototype.more = function (serial) {
    var self = this;
    var added = 0;
    var old = self.list.querySelector(".etl-pf-more");
    if (old) old.remove();
    function step() {
      var next = self.results.slice(self.shown, self.shown + BATCH);
      self.shown += next.length;
      return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
        if (serial !== self.serial) return;
        pages.forEach(function (data) {
          self.items(data).forEach(function (li) { self.list.appendChild(li); added += 1; });
        });
        if (added < PAGE && self.shown < self.results.length) return step();
      });
    }
    return step().then(function () {
      if (serial !== self.serial) return;
      self.count();
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

  /* How many results: a search group counts as the entries it answers with, known once its
     text is fetched; until every one is, the count is a lower bound. */
  Search.prototype.count = function () {
    var total = this.results.length - this.groups + this.grouped;
    var values = { count: total, query: this.query };
    if (!total) this.meta.textContent = t("Tidak ada hasil untuk \u201c{query}\u201d", values);
    else if (this.groups && this.shown < this.results.length) {
      this.meta.textContent = tn("Sedikitnya {count} hasil untuk \u201c{query}\u201d",
                                 "Sedikitnya {count} hasil untuk \u201c{query}\u201d", total, values);
    } else {
      this.meta.textContent = tn("{count} hasil untuk \u201c{query}\u201d", "{count} hasil untuk \u201c{query}\u201d",
                                 total, values);
    }
  };

  /* A result's list items: one for a page; for a search group (render/dip_groups.py, marked by
     its etalase_entries metadata: the folder of the entries' pages), one per entry whose
     heading (h2, its id the entry's number) holds the words, each linking to the entry's own
     page, and the group page itself when its title or introduction does (all entries of a
     unit, a category and a year); best first. */
  Search.prototype.items = function (data) {
    var self = this;
    var folder = data.meta && data.meta.etalase_entries;
    var found = data.sub_results || [];
    if (!folder || !found.length) return [self.item(data)];
    var base = new URL(folder, new URL(data.url, location.href));
    var kind = (data.filters && data.filters.type && data.filters.type[0]) || "";
    var hits = found.map(function (sub) {
      var score = (sub.weighted_locations || []).reduce(function (sum, word) {
        return sum + (word.balanced_score || 0);
      }, 0);
      var entry = sub.anchor && /^h2$/i.test(sub.anchor.element || "") && sub.anchor.id;
      return entry ? { score: score, url: new URL(encodeURIComponent(entry) + "/", base).pathname,
                       title: sub.title, text: sub.excerpt }
        : { score: score, url: data.url, title: (data.meta && data.meta.title) || data.url, text: sub.excerpt };
    }).sort(function (a, b) { return b.score - a.score; });
    self.groups += 1;
    self.grouped += hits.length;
    return hits.map(function (hit) { return self.card(hit.url, kind, hit.title, hit.text); });
  };

  Search.prototype.item = function (data) {
    var kind = (data.filters && data.filters.type && data.filters.type[0]) || "";
    var title = (data.meta && data.meta.title) || data.url;
    /* A word found in the text of a DIP document (render/documents.py, headings #dokumen-N):
       say which document, and link to it on the entry page. */
    var inDocument = (data.sub_results || []).filter(function (sub) {
      return /#dokumen-\d+$/.test(sub.url || "");
    })[0];
    if (inDocument) {
      return this.card(inDocument.url, kind, title, inDocument.excerpt || data.excerpt,
                       t("Di dalam dokumen: {title}", { title: inDocument.title }));
    }
    return this.card(data.url, kind, title, data.excerpt);
  };

  Search.prototype.card = function (url, kind, title, text, where) {
    var li = el("li", "md-search-result__item");
    var link = el("a", "md-search-result__link");
    link.href = url;
    var article = el("article", "md-search-result__article md-typeset");
    if (kind) article.appendChild(el("span", "etl-pf-type", kind));
    article.appendChild(el("span", "etl-pf-title", title));
    if (where) article.appendChild(el("span", "etl-pf-document", where));
    article.appendChild(excerpt(text || ""));
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
