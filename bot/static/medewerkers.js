/*
 * Staff pages (bot/staff_web.py): the "Kopieer samenvatting" button, and live triage.
 * Everything works without this script (the text is visible to select, "Bepaal route" posts the form); this only
 * makes it quicker. Text goes on the page only with textContent, never as HTML.
 */
(function () {
  "use strict";

  function make(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }

  // ---- copying the summary ------------------------------------------------------------------------------------

  function copy(button) {
    var source = document.getElementById(button.dataset.kopieer);
    var status = document.getElementById(button.dataset.status);
    status.textContent = "";  // emptied first, so a second copy is announced again
    function done(text) { setTimeout(function () { status.textContent = text; }, 50); }
    if (!navigator.clipboard) {
      source.select();
      done("Kopiëren lukte niet. De tekst is geselecteerd: kopieer met Ctrl+C.");
      return;
    }
    navigator.clipboard.writeText(source.value).then(function () { done("Gekopieerd"); }, function () {
      source.select();
      done("Kopiëren lukte niet. De tekst is geselecteerd: kopieer met Ctrl+C.");
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-kopieer]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });

  // ---- live triage --------------------------------------------------------------------------------------------

  var form = document.getElementById("triage");
  if (!form) return;
  var outcome = document.getElementById("uitkomst");
  var details = document.getElementById("route-details");
  var text = document.getElementById("samenvatting");
  var latest = 0;  // answers can overtake each other; only the newest request is shown

  function list(lines) {
    var ul = make("ul");
    lines.forEach(function (line) { ul.appendChild(make("li", line)); });
    return ul;
  }

  // The same structure as route_details() in bot/staff_web.py.
  function routeDetails(route) {
    var box = document.createDocumentFragment();
    box.appendChild(make("h3", route.naam));
    box.appendChild(make("p", route.uitleg));
    var dl = make("dl");
    dl.className = "route";
    function row(label, content) {
      dl.appendChild(make("dt", label));
      var dd = make("dd");
      if (typeof content === "string") dd.textContent = content; else dd.appendChild(content);
      dl.appendChild(dd);
    }
    row("Waarom", route.waarom);
    row("Bron", "regel " + route.regel + ": " + route.bron);
    if (route.wat_te_doen) row("Wat te doen", route.wat_te_doen);
    if (route.contact.length) row("Contact", list(route.contact));
    if (route.ook.length) {
      var ul = make("ul");
      route.ook.forEach(function (other) {
        var li = make("li");
        li.appendChild(make("strong", other.naam));
        li.appendChild(document.createTextNode(": " + other.uitleg +
          (other.contact.length ? " (" + other.contact.join("; ") + ")" : "")));
        ul.appendChild(li);
      });
      row("Ook mogelijk", ul);
    }
    box.appendChild(dl);
    return box;
  }

  function show(result) {
    outcome.textContent = result.uitkomst;
    details.textContent = "";
    if (result.route) details.appendChild(routeDetails(result.route));
    text.value = result.tekst;
    text.rows = Math.min(30, result.tekst.split("\n").length + 1);
  }

  function update() {
    var data = {};
    new FormData(form).forEach(function (value, name) { data[name] = value; });
    var mine = ++latest;
    fetch(form.action, {
      method: "POST", credentials: "same-origin", body: JSON.stringify(data),
      headers: { "Content-Type": "application/json", "Accept": "application/json" }
    }).then(function (response) {
      if (response.status === 401) { window.location.href = "/medewerkers/inloggen?verlopen=1"; return null; }
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (result) {
      if (result && mine === latest) show(result);
    }).catch(function () {
      if (mine === latest) outcome.textContent = "Dat lukte niet. Probeer het nog een keer.";
    });
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
})();
