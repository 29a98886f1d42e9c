// The static edition's search page; the live site never loads this file.
// Served over HTTP: Pagefind's UI over the edition's index shards (one per month of events,
// a few for people), merged at query time. Opened from disk (file://), where browsers do not
// let Pagefind load its index: the shards' plain scripts (search/<shard>.js, loaded by
// <script src>) searched here. Text goes into the page as text (textContent), never as HTML.
(function () {
  "use strict";
  var records = [];
  // Each shard's script calls this with [[file, title, date, text], ...].
  window.daybookSearch = function (rows) {
    for (var i = 0; i < rows.length; i++) { records.push(rows[i]); }
  };

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(q) {
    return fold(q).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  // Where the word starts a word of the text (not inside one), or -1.
  function find(text, word) {
    var at = text.indexOf(word);
    while (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) {
      at = text.indexOf(word, at + 1);
    }
    return at;
  }

  function search(q) {
    var terms = words(q);
    var found = [];
    if (!terms.length) { return found; }
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      if (r.folded === undefined) { r.folded = [fold(r[1]), fold(r[3])]; }
      var score = 0, first = -1, ok = true;
      for (var j = 0; j < terms.length && ok; j++) {
        var inTitle = find(r.folded[0], terms[j]) >= 0;
        var at = find(r.folded[1], terms[j]);
        if (!inTitle && at < 0) { ok = false; break; }
        score += (inTitle ? 10 : 0) + (at >= 0 ? 1 : 0);
        if (at >= 0 && (first < 0 || at < first)) { first = at; }
      }
      if (ok) { found.push({ r: r, score: score, at: first }); }
    }
    found.sort(function (a, b) {
      return b.score - a.score || (a.r[2] < b.r[2] ? 1 : a.r[2] > b.r[2] ? -1 : 0);
    });
    return found;
  }

  function excerpt(hit) {
    var text = hit.r[3];
    if (hit.at < 0) { return text.slice(0, 200); }
    // Folding keeps lengths for the scripts searched here (accents are separate marks).
    var start = hit.at > 80 ? text.lastIndexOf(" ", hit.at - 80) + 1 : 0;
    var end = text.indexOf(" ", hit.at + 160);
    return (start ? "… " : "") + text.slice(start, end < 0 ? undefined : end) +
      (end < 0 ? "" : " …");
  }

  function show(form, q, base) {
    var list = form.querySelector("ol.results");
    var count = form.querySelector("p.count");
    var hits = search(q);
    list.textContent = "";
    var key = hits.length === 0 ? "none" : hits.length === 1 ? "one" : "many";
    // Replaced by functions: a query holding "$&" or "$'" is shown as typed.
    count.textContent = count.dataset[key]
      .replace("{count}", function () { return String(hits.length); })
      .replace("{q}", function () { return q; });
    hits.slice(0, 100).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = base + hit.r[0].split("/").map(encodeURIComponent).join("/");
      a.textContent = hit.r[1] || hit.r[0];
      li.appendChild(a);
      if (hit.r[2]) {
        var when = document.createElement("span");
        when.className = "date";
        when.textContent = " " + hit.r[2];
        li.appendChild(when);
      }
      var p = document.createElement("p");
      p.textContent = excerpt(hit);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  function fromDisk(box, q) {
    var form = document.getElementById("search-file");
    form.hidden = false;
    var input = form.querySelector("input[name=q]");
    input.value = q || "";
    var shards = box.dataset.shards.split(" ").filter(Boolean);
    var left = shards.length;
    var done = function () {
      left -= 1;
      if (left === 0 && q) { show(form, q, ""); }
    };
    shards.forEach(function (name) {
      var s = document.createElement("script");
      s.src = box.dataset.fallback + encodeURIComponent(name) + ".js";
      s.onload = done;
      s.onerror = done;
      document.body.appendChild(s);
    });
  }

  window.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search");
    if (!box) { return; }
    var q = new URLSearchParams(location.search).get("q");
    if (location.protocol === "file:") {
      fromDisk(box, q);
      return;
    }
    // Results link to pages relative to this page's folder, wherever the edition is hosted.
    var base = new URL(".", location.href).pathname;
    var bundles = box.dataset.bundles.split(" ").filter(Boolean).map(function (b) {
      return new URL(b, location.href).pathname;
    });
    if (!bundles.length) { return; }
    var ui = new PagefindUI({
      element: "#search", bundlePath: bundles[0], baseUrl: base,
      mergeIndex: bundles.slice(1).map(function (b) { return { bundlePath: b, baseUrl: base }; }),
      showSubResults: true, showImages: false
    });
    if (q) { ui.triggerSearch(q); }
  });
})();
