// The static edition's search page (Pagefind UI); the live site never loads this file.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (!box) { return; }
  if (location.protocol === "file:") {
    document.getElementById("search-file").hidden = false;
  }
  // Results link to pages relative to this page's folder, wherever the edition is hosted.
  var base = new URL(".", location.href).pathname;
  var bundle = new URL(box.dataset.bundle, location.href).pathname;
  var ui = new PagefindUI({ element: "#search", bundlePath: bundle, baseUrl: base,
                            showSubResults: true, showImages: false });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { ui.triggerSearch(q); }
});
