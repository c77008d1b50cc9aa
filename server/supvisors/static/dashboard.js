// Supvisors dashboard: live updates over Server-Sent Events, actions without reloading, a filter box.
// The page works without this script (forms post and come back; a refresh shows the new state).
(function () {
  "use strict";
  const PREFIX = "/supvisors";
  const live = document.getElementById("live");
  const message = document.getElementById("message");
  const filter = document.getElementById("filter");
  let offset = parseFloat(document.body.dataset.now) * 1000 - Date.now();  // server clock - ours, in ms

  function show(text, failed) {
    message.textContent = text;
    message.className = "message " + (failed ? "failed" : "ok");
    message.hidden = false;
  }

  function applyFilter() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll("#processes tr.proc").forEach(function (row) {
      const text = row.dataset.search || "";
      row.hidden = !words.every(function (w) { return text.includes(w); });
    });
  }

  // what the user is typing or has chosen in the forms survives a live update
  function formValues() {
    const kept = {};
    document.querySelectorAll("form.act").forEach(function (form) {
      form.querySelectorAll("select, input:not([type=hidden])").forEach(function (el) {
        kept[form.dataset.key + "\u0000" + el.name] = el.value;
      });
    });
    return kept;
  }

  function restore(kept) {
    document.querySelectorAll("form.act").forEach(function (form) {
      form.querySelectorAll("select, input:not([type=hidden])").forEach(function (el) {
        const value = kept[form.dataset.key + "\u0000" + el.name];
        if (value !== undefined) { el.value = value; }
      });
    });
  }

  function update(data) {
    const focused = document.activeElement;
    const focusKey = focused && focused.form ? [focused.form.dataset.key, focused.name] : null;
    const kept = formValues();
    Object.keys(data.parts).forEach(function (id) {
      const el = document.getElementById(id);
      if (el && el.innerHTML !== data.parts[id]) { el.innerHTML = data.parts[id]; }
    });
    restore(kept);
    if (focusKey) {
      const form = document.querySelector('form.act[data-key="' + CSS.escape(focusKey[0]) + '"]');
      const el = form && form.elements.namedItem(focusKey[1]);
      if (el && el.focus) { el.focus(); }
    }
    document.title = data.title;
    offset = data.now * 1000 - Date.now();
    applyFilter();
    tick();
  }

  function tick() {
    const now = (Date.now() + offset) / 1000;
    document.querySelectorAll(".ago[data-time]").forEach(function (el) {
      const delta = Math.max(0, now - parseFloat(el.dataset.time));
      el.textContent = delta < 120 ? delta.toFixed(0) + " s ago" : (delta / 60).toFixed(0) + " min ago";
    });
  }

  function connect() {
    const source = new EventSource(PREFIX + "/events");
    source.addEventListener("state", function (event) {
      live.textContent = "live";
      live.className = "live on";
      update(JSON.parse(event.data));
    });
    source.onerror = function () {  // EventSource reconnects by itself
      live.textContent = "reconnecting";
      live.className = "live off";
    };
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!form.classList.contains("act")) { return; }
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) { body.set(event.submitter.name, event.submitter.value); }
    fetch(form.getAttribute("action"), {method: "POST", body: body, credentials: "same-origin",  // (form.action is the buttons)
                        headers: {"Accept": "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (reply) { show(reply.message, !reply.ok); })
      .catch(function (error) { show("the node did not answer: " + error, true); });
  });

  filter.addEventListener("input", applyFilter);
  setInterval(tick, 1000);
  connect();
})();
