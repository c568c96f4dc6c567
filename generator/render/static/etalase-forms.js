/* Etalase: the request and objection forms (permohonan/, keberatan/) and the request tracker (lacak/).
   Everything happens in the browser: the data files are read once when the page loads, and after
   that nothing is sent anywhere. The citizen's data leave the browser only in the e-mail they send
   themselves, or on the paper they print. */
(function () {
  "use strict";

  var STRINGS = window.etalaseStrings || {};
  var LANG = document.documentElement.lang || "id";

  function t(text, values) {
    return (STRINGS[text] || text).replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  }

  function tn(singular, plural, count, values) {
    var forms = STRINGS[singular];
    var text = count === 1 ? singular : plural;
    if (forms && typeof forms === "object") {
      var category = new Intl.PluralRules(LANG).select(count);
      text = forms[category] || forms.other || text;
    }
    values = values || {};
    values.count = count;
    return t(text, values);
  }

  var EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[A-Za-z]{2,}$/;
  var PHONE = /^\+?[0-9][0-9 ().-]*$/;
  var NUMBER = /^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$/;

  function todayIso() {
    var now = new Date();
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function dateLabel(iso) {
    if (!iso) return "";
    var parts = iso.split("-");
    var day = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
    return new Intl.DateTimeFormat(LANG, { dateStyle: "long", timeZone: "UTC" }).format(day);
  }

  /* A NIK's digits 7-12 are the date of birth (DDMMYY; 40 is added to the day for women). */
  function plausibleBirth(digits) {
    var day = parseInt(digits.slice(0, 2), 10), month = parseInt(digits.slice(2, 4), 10);
    var year = parseInt(digits.slice(4, 6), 10);
    if (day > 40) day -= 40;
    if (month < 1 || month > 12 || day < 1) return false;
    return [1900 + year, 2000 + year].some(function (full) {
      return day <= new Date(Date.UTC(full, month, 0)).getUTCDate();
    });
  }

  function reference(prefix) {
    var alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ", bytes = new Uint8Array(5), code = "";
    window.crypto.getRandomValues(bytes);
    for (var i = 0; i < bytes.length; i++) code += alphabet[bytes[i] % alphabet.length];
    return prefix + "-" + todayIso().replace(/-/g, "") + "-" + code;
  }

  /* ---- The forms ---- */

  function Form(box) {
    this.box = box;
    this.form = box.querySelector("form");
    this.summary = box.querySelector(".etl-error-summary");
    this.codes = null;
    this.ref = "";
    this.mail = box.querySelector(".etl-mail");
  }

  Form.prototype.value = function (name) {
    var items = this.form.elements[name];
    if (!items) return "";
    if (items.type === "checkbox") return items.checked ? items.value : "";
    if (items.length !== undefined && items.tagName !== "SELECT") {
      var chosen = [];
      Array.prototype.forEach.call(items, function (item) { if (item.checked) chosen.push(item.value); });
      return chosen.join(",");
    }
    return (items.value || "").trim();
  };

  Form.prototype.applies = function (when) {
    if (!when) return true;
    var negative = when.indexOf("!=") >= 0, parts = when.split(negative ? "!=" : "=");
    var chosen = this.value(parts[0]).split(",");
    var hit = chosen.indexOf(parts[1]) >= 0;
    if (negative) return this.value(parts[0]) !== "" && !hit;
    return hit;
  };

  Form.prototype.label = function (field) {
    var legend = field.tagName === "FIELDSET" ? field.querySelector("legend") : null;
    var label = legend || this.form.querySelector('label[for="' + field.id + '"]');
    return (label ? label.textContent : field.name).replace(/\s*\*\s*$/, "").trim();
  };

  Form.prototype.problem = function (field) {
    var label = this.label(field), name = field.getAttribute("data-name") || field.name;
    var value = this.value(name), check = field.getAttribute("data-check");
    var required = field.hasAttribute("required") || field.getAttribute("data-required") === "1" ||
      (field.hasAttribute("data-when") && this.applies(field.getAttribute("data-when")));
    if (!value) {
      if (field.tagName === "FIELDSET") {
        return field.querySelector('input[type="checkbox"]') ? t("Pilih paling sedikit satu: {label}.", { label: label })
          : t("Pilih salah satu: {label}.", { label: label });
      }
      if (required) return t("{label} wajib diisi.", { label: label });
      var group = field.getAttribute("data-one-of");
      if (group && !Array.prototype.some.call(this.form.querySelectorAll('[data-one-of="' + group + '"]'),
        function (other) { return other.value.trim(); })) {
        return t("{label}: isi telepon atau surel, paling sedikit salah satu.", { label: label });
      }
      return "";
    }
    var limit = parseInt(field.getAttribute("maxlength") || "0", 10);
    var sizes = { label: label, max: limit };  /* a variable: the extractor reads a comma in braces as an argument */
    if (limit && value.length > limit) return t("{label}: paling banyak {max} karakter.", sizes);
    if (check === "email" && !EMAIL.test(value)) {
      return t("{label}: tulis alamat surel yang lengkap, misalnya nama@contoh.id.", { label: label });
    }
    if (check === "phone") {
      var digits = value.replace(/\D/g, "").length;
      if (!PHONE.test(value) || digits < 8 || digits > 15) {
        return t("{label}: tulis nomor telepon dari 8 sampai 15 angka, boleh diawali +.", { label: label });
      }
    }
    if (check === "number" && !NUMBER.test(value)) {
      return t("{label}: tulis nomor registrasi yang diberikan PPID, misalnya REG-2026-0001.", { label: label });
    }
    if (check === "nik") return this.nikProblem(label, value);
    return "";
  };

  Form.prototype.nikProblem = function (label, value) {
    if (!/^\d{16}$/.test(value)) return t("{label}: NIK terdiri atas tepat 16 angka.", { label: label });
    if (this.codes && !this.codes[value.slice(0, 6)]) {
      var region = { label: label, code: value.slice(0, 6) };
      return t("{label}: enam angka pertama ({code}) bukan kode kecamatan yang dikenal.", region);
    }
    if (!plausibleBirth(value.slice(6, 12))) {
      var birth = { label: label, code: value.slice(6, 12) };
      return t("{label}: angka ke-7 sampai ke-12 ({code}) bukan tanggal lahir yang mungkin (TTBBTT; untuk perempuan tanggal ditambah 40).", birth);
    }
    return "";
  };

  Form.prototype.fields = function () {
    return Array.prototype.filter.call(this.form.querySelectorAll("fieldset.etl-field, input, textarea"), function (item) {
      return item.tagName === "FIELDSET" || (item.type !== "radio" && item.type !== "checkbox");
    });
  };

  Form.prototype.validate = function () {
    var self = this, problems = [];
    this.fields().forEach(function (field) {
      var message = self.problem(field);
      var note = document.getElementById(field.id + "-error");
      field.setAttribute("aria-invalid", message ? "true" : "false");
      if (note) { note.textContent = message; note.hidden = !message; }
      if (message) problems.push({ field: field, message: message });
    });
    this.showSummary(problems);
    return problems.length === 0;
  };

  Form.prototype.showSummary = function (problems) {
    var summary = this.summary;
    summary.textContent = "";
    summary.hidden = problems.length === 0;
    if (!problems.length) return;
    var heading = document.createElement("p");
    heading.className = "etl-error-title";
    heading.textContent = tn("Ada {count} isian yang perlu diperbaiki:", "Ada {count} isian yang perlu diperbaiki:", problems.length);
    var list = document.createElement("ul");
    problems.forEach(function (item) {
      var li = document.createElement("li"), link = document.createElement("a");
      link.href = "#" + item.field.id;
      link.textContent = item.message;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var target = item.field.tagName === "FIELDSET" ? item.field.querySelector("input") : item.field;
        target.focus();
      });
      li.appendChild(link);
      list.appendChild(li);
    });
    summary.appendChild(heading);
    summary.appendChild(list);
    summary.focus();
  };

  /* The rows of the letter and of the e-mail: [label, text] for every field, in order. */
  Form.prototype.rows = function () {
    var self = this;
    return this.fields().map(function (field) {
      var name = field.getAttribute("data-name") || field.name, text = self.value(name);
      if (field.tagName === "FIELDSET") {
        var chosen = [];
        Array.prototype.forEach.call(field.querySelectorAll("input:checked"), function (input) {
          chosen.push(input.parentNode.textContent.trim());
        });
        text = chosen.join("; ");
      }
      return [name, self.label(field), text];
    }).concat(this.proxyRow());
  };

  Form.prototype.proxyRow = function () {
    var box = this.form.elements.kuasa;
    if (!box || box.type !== "checkbox") return [];
    return [["kuasa", box.parentNode.textContent.trim(), box.checked ? t("Ya") : t("Tidak")]];
  };

  Form.prototype.fillLetter = function () {
    var box = this.box;
    if (!this.ref) this.ref = reference(box.getAttribute("data-ref-prefix") || "REF");
    function put(name, text) {
      Array.prototype.forEach.call(box.querySelectorAll('[data-out="' + name + '"]'), function (cell) {
        cell.textContent = text || "-";
      });
    }
    put("ref", this.ref);
    put("date", dateLabel(todayIso()));
    this.rows().forEach(function (row) { put(row[0], row[2]); });
  };

  Form.prototype.mailto = function () {
    var lines = [this.box.querySelector(".etl-letter-title").textContent.trim(),
      t("Nomor referensi") + ": " + this.ref, ""];
    var addressee = this.box.getAttribute("data-addressee");
    if (addressee) lines.push(t("Kepada Yth.") + " " + addressee, "");
    this.rows().forEach(function (row) { lines.push(row[1] + ": " + (row[2] || "-")); });
    var address = this.box.getAttribute("data-email");
    var subject = (this.box.getAttribute("data-subject") || "") + " " + this.ref;
    return "mailto:" + address + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(lines.join("\r\n"));
  };

  Form.prototype.prefill = function () {
    var params = new URLSearchParams(location.search);
    var self = this;
    ["informasi", "nomor"].forEach(function (name) {
      var field = self.form.elements[name], value = params.get(name);
      if (field && value && !field.value) field.value = value.slice(0, parseInt(field.getAttribute("maxlength") || "200", 10));
    });
  };

  Form.prototype.start = function () {
    var self = this, codes = this.box.getAttribute("data-codes");
    this.prefill();
    if (codes) {
      fetch(codes).then(function (response) { return response.ok ? response.json() : null; }).then(function (list) {
        if (!list) return;
        self.codes = {};
        list.forEach(function (code) { self.codes[code] = true; });
      }).catch(function () { self.codes = null; });
    }
    var actions = this.box.querySelector(".etl-form-actions");
    actions.hidden = false;
    Array.prototype.forEach.call(actions.querySelectorAll("button"), function (button) { button.disabled = false; });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!self.validate()) return;
      self.fillLetter();
      window.print();
    });
    var email = actions.querySelector('[data-action="email"]');
    if (email) {
      email.addEventListener("click", function () {
        if (!self.validate()) return;
        self.fillLetter();
        var link = self.mail.querySelector("[data-mail-link]");
        link.href = self.mailto();
        self.mail.querySelector("[data-mail-note]").textContent =
          t("Surel belum terkirim: periksa draf di program surel Anda, lampirkan dokumen yang diperlukan, lalu kirim. Nomor referensi: {ref}.", { ref: self.ref });
        self.mail.hidden = false;
        link.focus();
      });
    }
    window.addEventListener("beforeprint", function () { if (self.ref) self.fillLetter(); });
  };

  /* ---- The tracker ---- */

  var OUTCOMES = {
    dikabulkan: function () { return t("Dikabulkan"); },
    dikabulkan_sebagian: function () { return t("Dikabulkan sebagian"); },
    ditolak: function () { return t("Ditolak"); },
    mediasi_berhasil: function () { return t("Mediasi berhasil"); },
    putusan_menguatkan_penolakan: function () { return t("Putusan menguatkan penolakan"); },
    putusan_membatalkan_penolakan: function () { return t("Putusan membatalkan penolakan"); },
    dicabut: function () { return t("Dicabut"); }
  };

  function outcome(key) { return OUTCOMES[key] ? OUTCOMES[key]() : key; }

  function Tracker(box) {
    this.box = box;
    this.form = box.querySelector("form");
    this.input = box.querySelector("input");
    this.result = box.querySelector(".etl-tracker-result");
    this.data = null;
    this.failed = false;
  }

  Tracker.prototype.status = function (item, today) {
    var due = item.xd || item.d;
    if (item.a) return item.late ? t("Dijawab melewati batas waktu") : t("Dijawab");
    return today > due ? t("Melewati batas waktu: belum dijawab") : t("Dalam proses");
  };

  Tracker.prototype.rows = function (number, item) {
    var today = todayIso(), rows = [[t("Nomor registrasi"), number], [t("Status"), this.status(item, today)],
      [t("Diterima"), dateLabel(item.r)], [t("Batas waktu jawaban (10 hari kerja)"), dateLabel(item.d)]];
    if (item.xd) {
      rows.push([t("Diperpanjang (pemberitahuan)"), dateLabel(item.x)]);
      rows.push([t("Batas waktu baru (7 hari kerja berikutnya)"), dateLabel(item.xd)]);
    }
    if (item.a) rows.push([t("Dijawab"), dateLabel(item.a) + (item.h ? " · " + outcome(item.h) : "")]);
    if (item.k) {
      rows.push([t("Keberatan"), item.kr ? t("Diajukan {date}", { date: dateLabel(item.kr) }) : t("Diajukan")]);
      if (item.kd) rows.push([t("Batas waktu tanggapan atasan PPID (30 hari kerja)"), dateLabel(item.kd)]);
      var answer = item.kh ? outcome(item.kh) : (item.kd && today > item.kd ? t("Melewati batas waktu: belum ditanggapi") : t("Dalam proses"));
      rows.push([t("Hasil keberatan"), answer]);
    }
    if (item.s) rows.push([t("Sengketa di Komisi Informasi"), item.sh ? outcome(item.sh) : t("Dalam proses")]);
    return rows;
  };

  Tracker.prototype.show = function (raw) {
    var result = this.result, number = raw.trim().toUpperCase();
    result.textContent = "";
    var message = document.createElement("p");
    if (!number) { message.textContent = t("Tulis nomor registrasi permohonan."); result.appendChild(message); return; }
    if (!NUMBER.test(number)) {
      message.className = "etl-warning";
      message.textContent = t("\"{number}\" bukan nomor registrasi yang sah: nomor terdiri atas huruf, angka dan tanda - / . _ (paling banyak 40), misalnya REG-2026-0001.", { number: raw.trim().slice(0, 60) });
      result.appendChild(message);
      return;
    }
    if (!this.data) {
      message.className = "etl-warning";
      message.textContent = !this.box.getAttribute("data-etl-tracker") ? t("Register permohonan belum diterbitkan di situs ini; tanyakan status permohonan Anda kepada PPID.")
        : this.failed ? t("Data register tidak dapat dibaca. Muat ulang halaman ini, atau hubungi PPID.")
          : t("Data register belum selesai dimuat; coba lagi sebentar lagi.");
      result.appendChild(message);
      return;
    }
    var item = this.data.requests[number];
    if (!item) {
      message.className = "etl-warning";
      message.textContent = t("Nomor {number} tidak ada di register yang diterbitkan. Periksa nomornya; permohonan yang baru diterima mungkin belum tercatat di situs. Hubungi PPID bila perlu.", { number: number });
      result.appendChild(message);
      return;
    }
    var table = document.createElement("table"), body = document.createElement("tbody");
    var caption = document.createElement("caption");
    caption.textContent = t("Status permohonan {number}", { number: number });
    table.appendChild(caption);
    this.rows(number, item).forEach(function (row) {
      var tr = document.createElement("tr"), th = document.createElement("th"), td = document.createElement("td");
      th.scope = "row";
      th.textContent = row[0];
      td.textContent = row[1];
      tr.appendChild(th);
      tr.appendChild(td);
      body.appendChild(tr);
    });
    table.appendChild(body);
    result.appendChild(table);
    var late = !item.a && todayIso() > (item.xd || item.d);
    if (!item.k && (late || item.h === "ditolak" || item.h === "dikabulkan_sebagian" || item.late)) {
      var next = document.createElement("p"), link = document.createElement("a");
      link.href = this.box.getAttribute("data-objection") + "?nomor=" + encodeURIComponent(number);
      link.textContent = t("Ajukan keberatan atas permohonan ini");
      next.appendChild(document.createTextNode(t("Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja. ")));
      next.appendChild(link);
      result.appendChild(next);
    }
  };

  Tracker.prototype.start = function () {
    var self = this, url = this.box.getAttribute("data-etl-tracker");
    var initial = new URLSearchParams(location.search).get("nomor");
    if (initial) this.input.value = initial.slice(0, 60);
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.show(self.input.value);
    });
    if (!url) { this.failed = true; return; }
    fetch(url).then(function (response) { return response.ok ? response.json() : null; }).then(function (data) {
      self.data = data && data.requests ? data : null;
      self.failed = !self.data;
      if (initial) self.show(initial);
    }).catch(function () { self.failed = true; });
  };

  Array.prototype.forEach.call(document.querySelectorAll("[data-etl-form]"), function (box) { new Form(box).start(); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-etl-tracker]"), function (box) { new Tracker(box).start(); });
})();
