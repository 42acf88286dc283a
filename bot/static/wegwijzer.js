/*
 * Wegwijzer Jeugdhulp: the parent's chat widget. One script tag puts it on a page:
 *
 *   <script src="https://wegwijzer.example/widget/wegwijzer.js" defer
 *           data-server="https://wegwijzer.example:5005"  (the assistant; default: where this script comes from)
 *           data-titel="Wegwijzer Jeugdhulp"              (title in the window; default from widget.yml)
 *           data-open="false"                             ("true": the window starts open)
 *           data-kleur="#154273"></script>                (main colour; ignored if white text on it is unreadable)
 *
 * It talks to Rasa's socket.io channel with the socket.io client from npm, served next to this file (no CDN).
 * Every text comes from /widget/inhoud.json (data/content/widget.yml and organisaties.yml).
 * Safety rules kept throughout: a message is only ever put on the page as text (textContent), links only as
 * tel:, mailto: or http(s):, and the conversation lives in sessionStorage, so it survives a reload or a dropped
 * connection but not the closing of the tab (a shared computer keeps nothing).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var base = new URL(".", script.src).href;
  var server = script.dataset.server || new URL(script.src).origin;
  var storageKey = "wegwijzer:" + server;
  var SAFE_LINK = /^(tel:\+?[0-9]{3,15}|mailto:[^\s<>"']+@[^\s<>"']+|https?:\/\/[^\s<>"']+)$/;

  var t = {};              // texts, from inhoud.json
  var directHelp = [];     // organisations for "Direct hulp nodig?"
  var state = load();      // {sessionId, log, open, started, queue, draft}
  var socket = null;
  var connected = false;
  var wasOffline = false;
  var typingTimer = null;
  var el = {};             // the widget's elements

  // ---- storage ------------------------------------------------------------------------------------------------

  function randomId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function fresh() {
    return { sessionId: randomId(), log: [], open: null, started: false, queue: [], draft: "" };
  }

  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storageKey) || "null");
      if (saved && typeof saved.sessionId === "string" && Array.isArray(saved.log) && Array.isArray(saved.queue)) {
        return saved;
      }
    } catch (e) { /* no storage (private mode) or broken data: start fresh */ }
    return fresh();
  }

  function save() {
    try { sessionStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* keeps working in memory */ }
  }

  // ---- building blocks ----------------------------------------------------------------------------------------

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, onClick) {
    var b = make("button", { type: "button", class: className }, text);
    b.addEventListener("click", onClick);
    return b;
  }

  function contactItem(item) {
    var li = make("li");
    var shown = item.soort === "telefoon" ? item.label + " " + item.waarde : item.waarde;
    if (item.href && SAFE_LINK.test(item.href)) {
      var a = make("a", { href: item.href }, shown);
      if (/^https?:/.test(item.href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
      li.appendChild(a);
    } else {
      li.textContent = item.label + ": " + item.waarde + (item.onbevestigd ? " (" + t.kaart_niet_zeker + ")" : "");
    }
    return li;
  }

  function contactList(items) {
    var ul = make("ul");
    items.forEach(function (item) { ul.appendChild(contactItem(item)); });
    return ul;
  }

  function section(parent, heading, text) {
    if (!text) return;
    parent.appendChild(make("h4", {}, heading));
    parent.appendChild(make("p", {}, text));
  }

  function routeCard(card) {
    var box = make("div", { class: "wwj-kaart" });
    box.appendChild(make("h3", {}, t.kaart_advies + ": " + card.naam));
    box.appendChild(make("p", {}, card.uitleg));
    section(box, t.kaart_waarom, card.waarom);
    section(box, t.kaart_wat_doen, card.wat_te_doen);
    box.appendChild(make("h4", {}, t.kaart_contact));
    if (card.contact && card.contact.length) box.appendChild(contactList(card.contact));
    if (card.zo_vind_je_het) box.appendChild(make("p", {}, card.zo_vind_je_het));
    if (card.jouw_gemeente) box.appendChild(make("p", {}, card.jouw_gemeente));
    if (card.ook && card.ook.length) {
      box.appendChild(make("h4", {}, t.kaart_ook));
      var ul = make("ul");
      card.ook.forEach(function (other) {
        var li = make("li");
        li.appendChild(make("strong", {}, other.naam));
        li.appendChild(document.createTextNode(": " + other.uitleg));
        var first = (other.contact || []).filter(function (c) { return c.href && SAFE_LINK.test(c.href); })[0];
        if (first) { li.appendChild(document.createTextNode(" ")); li.appendChild(contactItem(first).firstChild); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  function messageNode(entry) {
    var mine = entry.van === "jij";
    var li = make("div", { class: "wwj-bericht " + (mine ? "wwj-van-jij" : "wwj-van-bot") });
    li.appendChild(make("span", { class: "wwj-afzender" }, (mine ? t.jij : t.assistent) + ":"));
    if (entry.kaart) {
      li.appendChild(routeCard(entry.kaart));
    } else {
      li.appendChild(make("p", { class: "wwj-tekst" }, entry.tekst || ""));
    }
    if (entry.wacht) li.appendChild(make("span", { class: "wwj-wacht" }, t.wacht_op_verbinding));
    return li;
  }

  // ---- the window ---------------------------------------------------------------------------------------------

  function build() {
    var root = make("div", { class: "wwj", lang: "nl" });
    var kleur = script.dataset.kleur;
    if (kleur && readableWithWhite(kleur)) root.style.setProperty("--wwj-kleur", kleur);

    el.launcher = button("wwj-launcher", t.openen, function () { openWindow(true); });
    el.launcher.setAttribute("aria-controls", "wwj-venster");
    el.launcher.setAttribute("aria-expanded", "false");

    el.panel = make("section", { class: "wwj-panel", id: "wwj-venster", "aria-labelledby": "wwj-titel" });
    el.panel.hidden = true;
    el.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closeWindow(); }
    });

    var head = make("div", { class: "wwj-kop" });
    head.appendChild(make("h2", { id: "wwj-titel" }, script.dataset.titel || t.titel));
    head.appendChild(button("wwj-opnieuw", t.opnieuw, restart));
    var close = button("wwj-sluiten", "×", closeWindow);
    close.setAttribute("aria-label", t.sluiten);
    head.appendChild(close);
    el.panel.appendChild(head);

    var help = make("div", { class: "wwj-hulp" });
    el.helpButton = button("wwj-hulp-knop", t.direct_hulp_knop, toggleHelp);
    el.helpButton.setAttribute("aria-expanded", "false");
    el.helpButton.setAttribute("aria-controls", "wwj-direct-hulp");
    help.appendChild(el.helpButton);
    el.help = make("div", { id: "wwj-direct-hulp" });
    el.help.hidden = true;
    el.help.appendChild(make("p", {}, t.direct_hulp_uitleg));
    var list = make("ul", { class: "wwj-hulp-lijst" });
    directHelp.forEach(function (org) {
      var li = make("li");
      li.appendChild(make("strong", {}, org.naam));
      li.appendChild(document.createTextNode(": " + org.uitleg + " "));
      org.contact.filter(function (c) { return c.soort === "telefoon" && c.href; }).forEach(function (c) {
        li.appendChild(contactItem(c).firstChild);
        li.appendChild(document.createTextNode(" "));
      });
      list.appendChild(li);
    });
    el.help.appendChild(list);
    help.appendChild(el.help);
    el.panel.appendChild(help);

    el.status = make("p", { class: "wwj-status", role: "status" });
    el.panel.appendChild(el.status);

    // One scrolling area for the notice, the messages and the quick replies, so on a phone the whole
    // height is for the conversation. It can take focus, so keyboard users can scroll it too.
    el.scroll = make("div", { class: "wwj-scroll", role: "region", "aria-label": t.log_label, tabindex: "0" });
    el.scroll.appendChild(make("p", { class: "wwj-melding" }, t.melding));
    // The privacy statement lives on the web server this script came from (bot/web.py: /privacy).
    var privacy = make("p", { class: "wwj-privacy" });
    privacy.appendChild(make("a", { href: new URL("../privacy", base).href, target: "_blank", rel: "noopener" },
                             t.privacy));
    el.scroll.appendChild(privacy);
    el.log = make("div", { class: "wwj-log", role: "log", "aria-live": "polite", "aria-label": t.log_label });
    el.scroll.appendChild(el.log);
    el.typing = make("p", { class: "wwj-typt" }, t.typt + " ");
    el.typing.appendChild(make("span", { "aria-hidden": "true" }, "•••"));
    el.typing.hidden = true;
    el.scroll.appendChild(el.typing);
    el.buttons = make("div", { class: "wwj-knoppen", role: "group", "aria-label": t.kies });
    el.scroll.appendChild(el.buttons);
    el.panel.appendChild(el.scroll);

    var form = make("form", { class: "wwj-invoer" });
    form.appendChild(make("label", { for: "wwj-invoer", class: "wwj-sr" }, t.invoer_label));
    el.input = make("textarea", { id: "wwj-invoer", rows: "2", placeholder: t.invoer_hint, maxlength: "2000" });
    el.input.value = state.draft || "";
    el.input.addEventListener("input", function () { state.draft = el.input.value; save(); });
    el.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); submit(); }
    });
    form.appendChild(el.input);
    form.appendChild(make("button", { type: "submit" }, t.versturen));
    form.addEventListener("submit", function (event) { event.preventDefault(); submit(); });
    el.panel.appendChild(form);

    root.appendChild(el.launcher);
    root.appendChild(el.panel);
    document.body.appendChild(root);
  }

  function readableWithWhite(colour) {
    var m = /^#([0-9a-f]{6})$/i.exec(colour.trim());
    if (!m) return false;
    var channels = [0, 2, 4].map(function (i) {
      var c = parseInt(m[1].substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return 1.05 / (luminance + 0.05) >= 4.5;
  }

  function renderLog() {
    el.log.textContent = "";
    state.log.forEach(function (entry) { el.log.appendChild(messageNode(entry)); });
    renderButtons();
    scrollDown();
  }

  function renderButtons() {
    var hadFocus = el.buttons.contains(document.activeElement);
    el.buttons.textContent = "";
    var last = state.log[state.log.length - 1];
    if (last && last.van === "bot" && last.knoppen) {
      last.knoppen.forEach(function (b) {
        el.buttons.appendChild(button("", b.title, function () { send(b.title, b.payload); }));
      });
    }
    if (hadFocus) el.input.focus();  // focus is never left on a button that went away
  }

  function scrollDown() { el.scroll.scrollTop = el.scroll.scrollHeight; }

  function openWindow(moveFocus) {
    el.panel.hidden = false;
    el.launcher.hidden = true;
    el.launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    save();
    connect();
    scrollDown();
    if (moveFocus) el.input.focus();
  }

  function closeWindow() {
    el.panel.hidden = true;
    el.launcher.hidden = false;
    el.launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    save();
    el.launcher.focus();
  }

  function toggleHelp() {
    var open = el.help.hidden;
    el.help.hidden = !open;
    el.helpButton.setAttribute("aria-expanded", String(open));
  }

  function setStatus(text, ok) {
    el.status.textContent = text;
    el.status.classList.toggle("wwj-ok", !!ok);
  }

  function showTyping(on) {
    clearTimeout(typingTimer);
    el.typing.hidden = !on;
    if (on) scrollDown();
  }

  // ---- talking ------------------------------------------------------------------------------------------------

  function add(entry) {
    state.log.push(entry);
    save();
    el.log.appendChild(messageNode(entry));
    renderButtons();
    scrollDown();
  }

  function submit() {
    var text = el.input.value.trim();
    if (!text) { el.input.focus(); return; }
    el.input.value = "";
    state.draft = "";
    send(text, text);
    el.input.focus();
  }

  // Shows `shown` as the parent's message and sends `message` (a button's payload, or the typed text).
  function send(shown, message) {
    var id = randomId();
    if (shown !== null) add({ van: "jij", tekst: shown, wacht: connected ? undefined : id });
    if (connected) {
      emit(message);
    } else {
      state.queue.push({ id: id, bericht: message });
      save();
    }
    if (document.activeElement === document.body || !el.panel.contains(document.activeElement)) el.input.focus();
  }

  function emit(message) {
    socket.emit("user_uttered", { message: message, session_id: state.sessionId });
    showTyping(true);
  }

  function flushQueue() {
    var queue = state.queue;
    state.queue = [];
    queue.forEach(function (item) {
      emit(item.bericht);
      state.log.forEach(function (entry) { if (entry.wacht === item.id) delete entry.wacht; });
    });
    save();
    if (queue.length) renderLog();
  }

  function restart() {
    state.log = [];
    state.queue = [];
    state.started = true;
    save();
    renderLog();
    send(null, "/opnieuw");
    el.input.focus();
  }

  function onBotMessage(data) {
    if (!data || typeof data !== "object") return;
    var custom = data.custom && typeof data.custom === "object" ? data.custom : {};
    var buttons = Array.isArray(data.buttons) ? data.buttons.filter(function (b) {
      return b && typeof b.title === "string" && typeof b.payload === "string";
    }) : [];
    add({ van: "bot", tekst: typeof data.text === "string" ? data.text : "", knoppen: buttons.length ? buttons : undefined,
          kaart: custom.kaart && typeof custom.kaart === "object" ? custom.kaart : undefined,
          route: custom.route });
    // Replies come as several messages; the indicator goes when no new one follows shortly.
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { el.typing.hidden = true; }, 800);
  }

  function goneOffline() {
    connected = false;
    wasOffline = true;
    showTyping(false);
    setStatus(t.geen_verbinding, false);
  }

  function connect() {
    if (socket) return;
    import(base + "socket.io.esm.min.js").then(function (module) {
      socket = module.io(server, { reconnectionDelayMax: 4000, timeout: 8000 });
      socket.on("connect", function () { socket.emit("session_request", { session_id: state.sessionId }); });
      socket.on("session_confirm", function (id) {
        if (typeof id === "string" && id) state.sessionId = id;
        connected = true;
        if (wasOffline) {
          wasOffline = false;
          setStatus(t.weer_verbonden, true);
          setTimeout(function () { if (connected) setStatus("", true); }, 4000);
        }
        if (!state.started) {
          state.started = true;
          emit("/greet");
        }
        flushQueue();
        save();
      });
      socket.on("bot_uttered", onBotMessage);
      socket.on("disconnect", goneOffline);
      socket.on("connect_error", goneOffline);
    }).catch(goneOffline);
  }

  // ---- start --------------------------------------------------------------------------------------------------

  function start(content) {
    t = content.teksten;
    directHelp = content.direct_hulp;
    var css = make("link", { rel: "stylesheet", href: base + "wegwijzer.css" });
    // The window is drawn once its styles are in, so a parent never sees it unstyled.
    css.addEventListener("load", function () { show(); });
    css.addEventListener("error", function () { show(); });
    document.head.appendChild(css);
  }

  function show() {
    build();
    renderLog();
    var startOpen = state.open === null ? script.dataset.open === "true" : state.open;
    if (startOpen) openWindow(false);
  }

  function fetchContent(attempt) {
    fetch(base + "inhoud.json", { credentials: "omit" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(start)
      .catch(function () { if (attempt < 5) setTimeout(function () { fetchContent(attempt + 1); }, 2000 * attempt); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { fetchContent(1); });
  } else {
    fetchContent(1);
  }
})();
