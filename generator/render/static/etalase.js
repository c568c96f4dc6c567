/* Etalase: filter, sort and paginate the DIP tables, the dataset catalogue and the data previews.
   Plain JavaScript, no framework. Without JavaScript every row stays visible. The state lives in
   the address (?cari=&unit=&tahun=&topik=&urut=&hal=), so a filtered view can be shared; a page
   with several tables prefixes each table's keys (data-etl-prefix). */
(function () {
  "use strict";

  var KEYS = { text: "cari", unit: "unit", year: "tahun", topic: "topik", sort: "urut", page: "hal" };
  var NUMBER = /^-?\d+(\.\d+)?$/;
  /* Interface texts: the Indonesian text is the key; another language's tree loads its
     translations first (assets/etalase-strings.js, written from the catalogue at build time). */
  var STRINGS = window.etalaseStrings || {};

  function t(text, values) {
    return (STRINGS[text] || text).replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  }

  function tn(singular, plural, count, values) {
    var forms = STRINGS[singular];
    var text = count === 1 ? singular : plural;
    if (forms && typeof forms === "object") {
      var rule = new Intl.PluralRules(document.documentElement.lang || "id").select(count);
      text = forms[rule] || forms.other || text;
    }
    values = values || {};
    values.count = count;
    return t(text, values);
  }

  function norm(text) {
    return (text || "").toLocaleLowerCase("id").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) return parseFloat(a) - parseFloat(b);
    return a.localeCompare(b, "id", { numeric: true, sensitivity: "base" });
  }

  function Table(box, target) {
    this.box = box;
    this.target = target;
    this.isTable = target.tagName === "TABLE";
    this.body = this.isTable ? target.tBodies[0] : target;
    this.items = Array.prototype.slice.call(this.isTable ? this.body.rows : this.body.children);
    this.items.forEach(function (item, index) { item.etlIndex = index; });
    this.prefix = box.getAttribute("data-etl-prefix") || "";
    this.pageSize = parseInt(box.getAttribute("data-page-size") || "25", 10);
    this.controls = {
      text: box.querySelector("[data-filter-text]"), unit: box.querySelector("[data-filter-unit]"),
      year: box.querySelector("[data-filter-year]"), topic: box.querySelector("[data-filter-topic]"),
      sort: box.querySelector("[data-filter-sort]")
    };
    this.count = box.querySelector(".etl-count");
    this.sortColumn = -1;
    this.sortDir = "ascending";
    this.page = 1;
    this.whole = box.getAttribute("data-etl-index") ? new WholeList(this, box) : null;
  }

  Table.prototype.key = function (name) { return this.prefix + KEYS[name]; };

  Table.prototype.readUrl = function () {
    var params = new URLSearchParams(location.search);
    var self = this;
    ["text", "unit", "year", "topic"].forEach(function (name) {
      var control = self.controls[name];
      var value = params.get(self.key(name));
      if (control && value !== null) control.value = value;
    });
    var sort = params.get(self.key("sort")) || "";
    if (self.controls.sort) self.controls.sort.value = sort || self.controls.sort.value;
    var match = /^(\d+)(-turun)?$/.exec(sort);
    if (match && self.isTable) {
      self.sortColumn = parseInt(match[1], 10);
      self.sortDir = match[2] ? "descending" : "ascending";
    }
    self.page = Math.max(1, parseInt(params.get(self.key("page")) || "1", 10) || 1);
  };

  Table.prototype.writeUrl = function () {
    var params = new URLSearchParams(location.search);
    var self = this;
    function put(name, value) {
      if (value) params.set(self.key(name), value); else params.delete(self.key(name));
    }
    ["text", "unit", "year", "topic"].forEach(function (name) {
      put(name, self.controls[name] ? self.controls[name].value.trim() : "");
    });
    if (self.isTable) {
      put("sort", self.sortColumn < 0 ? "" : self.sortColumn + (self.sortDir === "descending" ? "-turun" : ""));
    } else if (self.controls.sort) {
      put("sort", self.controls.sort.value);
    }
    put("page", self.page > 1 ? String(self.page) : "");
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  };

  Table.prototype.matches = function (item) {
    var c = this.controls;
    var words = norm(c.text && c.text.value).split(/\s+/).filter(Boolean);
    if (words.length && item.etlText === undefined) item.etlText = norm(item.textContent);
    var hay = item.etlText || "";
    if (!words.every(function (w) { return hay.indexOf(w) !== -1; })) return false;
    if (c.unit && c.unit.value && item.getAttribute("data-unit") !== c.unit.value) return false;
    if (c.year && c.year.value && item.getAttribute("data-year") !== c.year.value) return false;
    if (c.topic && c.topic.value && item.getAttribute("data-topic") !== c.topic.value) return false;
    return true;
  };

  Table.prototype.sortValue = function (item) {
    if (this.isTable) {
      var cell = item.cells[this.sortColumn];
      return cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
    }
    var how = this.controls.sort ? this.controls.sort.value : "";
    return item.getAttribute("data-sort-" + how.replace(/-turun$/, "")) || "";
  };

  Table.prototype.order = function () {
    var self = this;
    var how = self.isTable ? (self.sortColumn < 0 ? "" : String(self.sortColumn))
      : (self.controls.sort ? self.controls.sort.value : "");
    var descending = self.isTable ? self.sortDir === "descending" : /-turun$/.test(how);
    var state = how + (descending ? "-" : "+");
    if (state === (self.ordered || "+")) return;  // rows already stand in this order: no DOM work
    self.ordered = state;
    var sorted = self.items.slice();
    if (how) {
      sorted.sort(function (a, b) {
        var result = compare(self.sortValue(a), self.sortValue(b));
        return (descending ? -result : result) || a.etlIndex - b.etlIndex;
      });
    }
    var rows = document.createDocumentFragment();
    sorted.forEach(function (item) { rows.appendChild(item); });
    self.body.appendChild(rows);
  };

  Table.prototype.apply = function (keepPage) {
    var self = this;
    if (!keepPage) self.page = 1;
    if (self.whole && self.whole.wanted()) {
      if (self.whole.records) self.whole.apply();
      else self.whole.load(function () { self.apply(true); });
      return;
    }
    if (self.whole) self.whole.restore();
    self.order();
    var matching = self.items.filter(function (item) { return self.matches(item); });
    var pages = Math.max(1, Math.ceil(matching.length / self.pageSize));
    self.page = Math.min(self.page, pages);
    var first = (self.page - 1) * self.pageSize;
    var shown = new Set(matching.slice(first, first + self.pageSize));
    self.items.forEach(function (item) {  // touch only the rows whose visibility changes
      var hide = !shown.has(item);
      if (item.hidden !== hide) item.hidden = hide;
    });
    // A page of a longer list counts what it shows against the whole list.
    self.report(matching.length, self.whole && !self.whole.failed ? self.whole.total : self.items.length, pages);
    self.pager(pages);
    self.writeUrl();
  };

  Table.prototype.report = function (shown, total, pages) {
    if (!this.count) return;
    var counts = { shown: shown, total: total, page: this.page, pages: pages };
    this.count.textContent = t("Menampilkan {shown} dari {total}", counts)
      + (pages > 1 ? t(", halaman {page} dari {pages}", counts) : "")
      + (this.whole && this.whole.failed ? t(" (hanya halaman ini: daftar lengkap tidak dapat dimuat)") : "");
  };

  Table.prototype.pager = function (pages) {
    var self = this;
    if (!self.nav) {
      self.nav = document.createElement("nav");
      self.nav.className = "etl-pager";
      self.nav.setAttribute("aria-label", t("Halaman tabel"));
      var wrap = self.isTable && self.target.parentNode.classList.contains("etl-table-wrap")
        ? self.target.parentNode : self.target;
      wrap.parentNode.insertBefore(self.nav, wrap.nextSibling);
    }
    self.nav.textContent = "";
    self.nav.hidden = pages < 2;
    [[t("Sebelumnya"), self.page - 1], [t("Berikutnya"), self.page + 1]]
      .forEach(function (spec, index) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = spec[0];
        button.disabled = spec[1] < 1 || spec[1] > pages;
        button.addEventListener("click", function () {
          self.page = spec[1];
          self.apply(true);
          self.nav.querySelectorAll("button")[index].focus();
        });
        self.nav.appendChild(button);
      });
  };

  Table.prototype.sortButtons = function () {
    var self = this;
    var heads = self.target.tHead ? self.target.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "etl-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        self.sortDir = self.sortColumn === column && self.sortDir === "ascending" ? "descending" : "ascending";
        self.sortColumn = column;
        self.markSorted();
        self.apply(false);
      });
    });
    self.markSorted();
  };

  Table.prototype.markSorted = function () {
    var self = this;
    var heads = self.target.tHead ? self.target.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, column) {
      if (column === self.sortColumn) th.setAttribute("aria-sort", self.sortDir);
      else th.removeAttribute("aria-sort");
    });
  };

  /* A DIP list or the dataset catalogue cut into static pages (dip/, dip/2/, ...; dataset/,
     dataset/2/, ...): this page holds a part of the list, so the filters and the sort read the
     whole list from its compact index (dip/indeks-daftar.json, dataset/indeks-katalog.json),
     fetched once, the first time a citizen filters, searches or sorts. Clearing the filters puts
     the page's own rows or cards and its links to the other pages back. */
  function WholeList(table, box) {
    this.table = table;
    this.url = box.getAttribute("data-etl-index");
    this.entries = box.getAttribute("data-etl-entries");  // the folder of the entries' or datasets' pages
    this.category = box.getAttribute("data-etl-category") || "";
    this.year = box.getAttribute("data-etl-year") || "";
    this.labels = JSON.parse(box.getAttribute("data-etl-categories") || "{}");
    // The catalogue's cards: frequency labels and month names in the page's language.
    this.names = JSON.parse(box.getAttribute("data-etl-labels") || "{}");
    this.withCategory = table.isTable && table.target.tHead.rows[0].cells.length > 7;
    this.links = box.parentNode.querySelector(".etl-pages");  // the static links to the other pages
    this.total = parseInt(box.getAttribute("data-etl-total") || "0", 10);
    this.records = null;
    this.failed = false;
    this.loading = false;
    this.showing = false;
  }

  WholeList.prototype.wanted = function () {
    var c = this.table.controls;
    return !this.failed && Boolean((c.text && c.text.value.trim()) || (c.unit && c.unit.value)
      || (c.year && c.year.value) || (c.topic && c.topic.value) || (c.sort && c.sort.value)
      || this.table.sortColumn >= 0);
  };

  WholeList.prototype.load = function (done) {
    var self = this;
    if (self.loading) return;  // the answer applies the filters as they are then
    self.loading = true;
    if (self.table.count) self.table.count.textContent = t("Memuat daftar lengkap\u2026");
    fetch(self.url).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (index) { self.records = self.read(index); }, function () { self.failed = true; })
      .then(function () { self.loading = false; done(); });
  };

  WholeList.prototype.read = function (index) {
    var self = this;
    var names = index.fields.map(function (name) { return name.replace(/@$/, ""); });
    var shared = index.fields.map(function (name) { return /@$/.test(name); });
    var records = (index.entries || index.datasets).map(function (row) {
      var entry = {};
      names.forEach(function (name, i) { entry[name] = shared[i] ? index.strings[row[i]] : row[i]; });
      return entry;
    });
    if (!self.table.isTable) return records.map(function (entry, position) { return self.readCard(entry, position); });
    return records.filter(function (entry) {
      return (!self.category || entry.category === self.category)
        && (!self.year || String(entry.year) === self.year);
    }).map(function (entry, position) {
      entry.position = position;
      entry.cells = [entry.id].concat(self.withCategory ? [self.labels[entry.category] || entry.category] : [],
        [entry.title + " " + entry.summary, entry.holder, entry.responsible,
          entry.made_when + ", " + entry.made_where, entry.form, entry.retention]);
      entry.text = norm(entry.cells.join(" ") + (entry.stale ? " " + t("perlu diperbarui") : ""));
      return entry;
    });
  };

  /* A dataset of the catalogue's index: its card's texts, as the page's own cards show them. */
  WholeList.prototype.readCard = function (entry, position) {
    var frequencies = this.names.frequencies || {};
    var months = this.names.months || [];
    var date = /^(\d{4})-(\d{2})-(\d{2})/.exec(entry.updated || "");
    entry.position = position;
    entry.frequencyLabel = frequencies[entry.frequency] || entry.frequency;
    // The site's date format, d MMMM y: 4 Maret 2025
    entry.updatedLabel = date ? parseInt(date[3], 10) + " " + (months[parseInt(date[2], 10) - 1] || date[2]) + " "
      + date[1] : "";
    entry.sort = { judul: entry.title, diperbarui: entry.updated || "" };
    entry.text = norm([entry.title, entry.summary, entry.topic, entry.publisher, entry.frequencyLabel,
      entry.updatedLabel].concat(entry.keywords || []).join(" "));
    return entry;
  };

  WholeList.prototype.apply = function () {
    var self = this;
    var table = self.table;
    var c = table.controls;
    var words = norm(c.text && c.text.value).split(/\s+/).filter(Boolean);
    var unit = c.unit ? c.unit.value : "";
    var year = c.year ? c.year.value : "";
    var topic = c.topic ? c.topic.value : "";
    var matching = self.records.filter(function (entry) {
      return words.every(function (w) { return entry.text.indexOf(w) !== -1; })
        && (!unit || entry.holder === unit) && (!year || String(entry.year) === year)
        && (!topic || entry.topic === topic);
    });
    var how = !table.isTable && c.sort ? c.sort.value : "";
    if (how) {
      var key = how.replace(/-turun$/, "");
      var order = /-turun$/.test(how) ? -1 : 1;
      matching.sort(function (a, b) {
        return order * compare(a.sort[key] || "", b.sort[key] || "") || a.position - b.position;
      });
    } else if (table.sortColumn >= 0) {
      var column = table.sortColumn;
      var sign = table.sortDir === "descending" ? -1 : 1;
      matching.sort(function (a, b) {
        return sign * compare(a.cells[column] || "", b.cells[column] || "") || a.position - b.position;
      });
    }
    var pages = Math.max(1, Math.ceil(matching.length / table.pageSize));
    table.page = Math.min(table.page, pages);
    var first = (table.page - 1) * table.pageSize;
    var rows = document.createDocumentFragment();
    matching.slice(first, first + table.pageSize).forEach(function (entry) {
      rows.appendChild(table.isTable ? self.row(entry) : self.card(entry));
    });
    table.body.textContent = "";
    table.body.appendChild(rows);
    self.showing = true;
    if (self.links) self.links.hidden = true;
    table.report(matching.length, self.records.length, pages);
    table.pager(pages);
    table.writeUrl();
  };

  WholeList.prototype.restore = function () {
    if (!this.showing) return;
    var table = this.table;
    var rows = document.createDocumentFragment();
    table.items.forEach(function (item) { rows.appendChild(item); });
    table.body.textContent = "";
    table.body.appendChild(rows);
    table.ordered = "";  // back in the page's own order
    this.showing = false;
    if (this.links) this.links.hidden = false;
  };

  WholeList.prototype.row = function (entry) {
    var tr = document.createElement("tr");
    var url = this.entries + entry.id + "/";
    tr.setAttribute("data-unit", entry.holder);
    tr.setAttribute("data-year", entry.year === null ? "" : String(entry.year));
    function cell(text) {
      var td = document.createElement("td");
      if (text !== undefined) td.textContent = text;
      tr.appendChild(td);
      return td;
    }
    function link(td, text) {
      var a = document.createElement("a");
      a.href = url;
      a.textContent = text;
      td.appendChild(a);
    }
    var number = cell();
    link(number, entry.id);
    if (entry.stale) {
      var badge = document.createElement("span");
      badge.className = "etl-status etl-status--perlu-diperbarui";
      badge.textContent = t("perlu diperbarui");
      number.appendChild(document.createElement("br"));
      number.appendChild(badge);
    }
    if (this.withCategory) cell(this.labels[entry.category] || entry.category);
    var title = cell();
    link(title, entry.title);
    var summary = document.createElement("small");
    summary.textContent = entry.summary;
    title.appendChild(document.createElement("br"));
    title.appendChild(summary);
    [entry.holder, entry.responsible, entry.made_when + ", " + entry.made_where, entry.form, entry.retention]
      .forEach(function (text) { cell(text); });
    return tr;
  };

  /* A dataset's card, as catalog.html writes it. */
  WholeList.prototype.card = function (entry) {
    var li = document.createElement("li");
    li.setAttribute("data-topic", entry.topic);
    li.setAttribute("data-sort-judul", entry.title);
    li.setAttribute("data-sort-diperbarui", entry.updated || "");
    function add(parent, tag, text, className) {
      var node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      parent.appendChild(node);
      return node;
    }
    var link = add(add(li, "h2", undefined, "etl-card-title"), "a", entry.title);
    link.href = this.entries + entry.name + "/";
    add(li, "p", entry.summary);
    add(add(li, "p"), "small", [entry.topic, entry.publisher, entry.frequencyLabel,
      t("diperbarui {date}", { date: entry.updatedLabel || t("(belum tercatat)") }),
      tn("{count} berkas", "{count} berkas", entry.resources)].join(" \u00b7 "));
    if (entry.keywords && entry.keywords.length) {
      var words = add(li, "p", undefined, "etl-keywords");
      entry.keywords.forEach(function (word) {
        add(words, "span", word);
        words.appendChild(document.createTextNode(" "));
      });
    }
    return li;
  };

  function setup(box) {
    var target = document.getElementById(box.getAttribute("data-etl-filter"));
    if (!target || box.getAttribute("data-etl-ready")) return;
    box.setAttribute("data-etl-ready", "1");
    var table = new Table(box, target);
    table.readUrl();
    if (table.isTable) table.sortButtons();
    ["text", "unit", "year", "topic", "sort"].forEach(function (name) {
      var control = table.controls[name];
      if (control) control.addEventListener("input", function () { table.apply(false); });
    });
    box.hidden = false;
    table.apply(true);
  }

  /* Maps: Leaflet and its stylesheet load only on pages with a map view. Offline the base map
     cannot load: the points stay drawn, a note says why, and the table lists every point. */
  var TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  function drawMap(box) {
    var note = box.parentNode.querySelector(".etl-map-note");
    var points = JSON.parse(box.getAttribute("data-points") || "[]");
    box.hidden = false;
    var map = window.L.map(box, { scrollWheelZoom: false });
    var failed = false;
    window.L.tileLayer(TILES, { maxZoom: 19,
      attribution: "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>" })
      .on("tileerror", function () { if (!failed && note) { failed = true; note.hidden = false; } })
      .addTo(map);
    var bounds = [];
    points.forEach(function (point) {
      var marker = window.L.circleMarker([point[0], point[1]], { radius: 6, color: "#0072b2", weight: 2 });
      if (point[2]) marker.bindPopup(document.createTextNode(point[2]));
      marker.addTo(map);
      bounds.push([point[0], point[1]]);
    });
    map.invalidateSize();
    if (bounds.length) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
    else map.setView([-2.5, 118], 4);
  }

  function setupMaps() {
    var boxes = document.querySelectorAll(".etl-map[data-leaflet]");
    if (!boxes.length) return;
    function fail() {
      boxes.forEach(function (box) {
        var note = box.parentNode.querySelector(".etl-map-note");
        if (note) note.hidden = false;
      });
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = boxes[0].getAttribute("data-leaflet-css");
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = boxes[0].getAttribute("data-leaflet");
    script.onload = function () { boxes.forEach(drawMap); };
    script.onerror = fail;
    document.head.appendChild(script);
  }

  /* A table wider than the screen scrolls; keyboard users must be able to reach and scroll it. */
  function focusableScrolls() {
    document.querySelectorAll(".md-typeset__scrollwrap, .etl-table-wrap").forEach(function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth || wrap.hasAttribute("tabindex")) return;
      var caption = wrap.querySelector("caption");
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", caption ? caption.textContent.trim() : t("Tabel"));
    });
  }

  function init() {
    document.querySelectorAll("[data-etl-filter]").forEach(setup);
    setupMaps();
    focusableScrolls();
    window.addEventListener("load", focusableScrolls);
    window.addEventListener("resize", focusableScrolls);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
