// The page: filters, list, map and timeline read one state, kept in the URL so that a
// view can be shared; every change of state reloads what depends on it.
"use strict";
(function () {
  const { el } = FW;
  const FILTERS = ["type", "side", "claimant", "modality", "min_outlets", "q"];
  const KEYS = [...FILTERS, "from", "to", "event", "place", "base"];
  const LIST_LIMIT = 200, MAP_LIMIT = 5000;
  const form = document.getElementById("filters");
  const list = document.getElementById("events");
  const card = document.getElementById("card");
  const status = document.getElementById("status");
  let state = {}, map = null, chart = null, loadSeq = 0;

  function readURL() {
    const q = new URLSearchParams(location.search);
    state = {};
    for (const k of KEYS) if (q.get(k)) state[k] = q.get(k);
  }

  function writeURL() {
    const q = new URLSearchParams();
    for (const k of KEYS) if (state[k]) q.set(k, state[k]);
    const s = q.toString();
    history.replaceState(null, "", s ? `?${s}` : location.pathname);
  }

  // Update the state; reload the data when a filter or the dates changed.
  FW.setState = function (patch, reload = true) {
    const before = filterParams(true).toString();
    state = { ...state, ...patch };
    for (const k of Object.keys(state)) if (!state[k]) delete state[k];
    writeURL();
    if (reload && filterParams(true).toString() !== before) loadData();
    if ("event" in patch || "place" in patch) showCard();
  };

  function filterParams(withDates) {
    const q = new URLSearchParams();
    for (const k of FILTERS) if (state[k]) q.set(k, state[k]);
    if (withDates) for (const k of ["from", "to"]) if (state[k]) q.set(k, state[k]);
    return q;
  }

  function fillForm() {
    for (const k of FILTERS) form.elements[k].value = state[k] || "";
  }

  function listItem(e) {
    return el("li", { dataset: { eventId: e.cluster_id }, class: state.event === e.cluster_id ? "selected" : null,
      tabindex: 0, on: { click: () => FW.setState({ event: e.cluster_id, place: null }),
        keydown: (ev) => { if (ev.key === "Enter") FW.setState({ event: e.cluster_id, place: null }); } } },
    swatch(e), el("span", { class: "date" }, e.date || "undated"),
    el("span", {}, `${e.sub_event_type} — ${e.place || "no place"}`,
      e.outlets > 1 ? ` (${e.outlets} outlets)` : "", e.modality !== "asserted" ? ` [${e.modality}]` : ""));
  }

  function swatch(e) {
    const s = el("span", { class: "swatch" });
    s.style.borderColor = FW.colour(e.event_type);
    s.style.background = e.modality === "asserted" ? FW.colour(e.event_type) : "transparent";
    if (e.modality === "alleged") s.style.borderStyle = "dashed";
    return s;
  }

  async function loadList(seq) {
    const q = filterParams(true);
    q.set("limit", LIST_LIMIT);
    const page = await FW.getJSON(`/api/events?${q}`);
    if (seq !== loadSeq) return;
    FW.clear(list);
    FW.append(list, [page.items.map(listItem)]);
    status.textContent = page.items.length ? `${page.items.length}${page.next_cursor ? "+" : ""} events` : "no events match";
    if (page.next_cursor) list.appendChild(moreButton(page.next_cursor, q));
  }

  function moreButton(cursor, q) {
    const li = el("li", { class: "more" }, el("button", { type: "button", on: { click: async () => {
      q.set("cursor", cursor);
      const page = await FW.getJSON(`/api/events?${q}`);
      li.remove();
      FW.append(list, [page.items.map(listItem)]);
      if (page.next_cursor) list.appendChild(moreButton(page.next_cursor, q));
    } } }, "more"));
    return li;
  }

  async function loadMap(seq) {
    const q = filterParams(true);
    q.set("limit", MAP_LIMIT);
    const fc = await FW.getJSON(`/api/events.geojson?${q}`);
    if (seq !== loadSeq) return;
    map.show(fc.features);
  }

  async function loadHistogram(seq) {
    const h = await FW.getJSON(`/api/histogram?${filterParams(false)}`);
    if (seq !== loadSeq) return;
    const xs = h.bins.map((b) => Date.parse(b.date) / 1000), ys = h.bins.map((b) => b.count);
    if (!chart) chart = makeChart(xs, ys);
    else chart.setData([xs, ys]);
    document.getElementById("range").textContent = state.from || state.to ? `${state.from || "…"} – ${state.to || "…"}` : "";
  }

  function makeChart(xs, ys) {
    const box = document.getElementById("timeline");
    const day = (t) => new Date(t * 1000).toISOString().slice(0, 10);
    return new uPlot({
      width: box.clientWidth, height: box.clientHeight,
      scales: { x: { time: true } },
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      series: [{}, { label: "events", stroke: "#37474f", fill: "rgba(55,71,79,.35)",
        paths: uPlot.paths.bars({ size: [0.9, 12, 3] }), points: { show: false } }],
      axes: [{}, { size: 36 }],
      hooks: { setSelect: [(u) => {
        if (u.select.width < 2) return;
        const from = day(u.posToVal(u.select.left, "x")), to = day(u.posToVal(u.select.left + u.select.width, "x"));
        FW.setState({ from, to });
      }] },
    }, [xs, ys], box);
  }

  function loadData() {
    const seq = ++loadSeq;
    status.textContent = "loading…";
    return Promise.all([loadList(seq), loadMap(seq), loadHistogram(seq)]).catch((err) => {
      status.textContent = `could not load: ${err.message}`;
    });
  }

  async function showCard() {
    try {
      if (state.event) await FW.eventCard(card, state.event);
      else if (state.place) await FW.placeCard(card, state.place);
      else { card.hidden = true; FW.clear(card); }
    } catch (err) {
      FW.append(FW.clear(card), [`could not load: ${err.message}`]);
      card.hidden = false;
    }
    for (const li of list.querySelectorAll("li[data-event-id]")) {
      li.classList.toggle("selected", li.dataset.eventId === state.event);
    }
  }

  async function fillChoices() {
    const f = await FW.getJSON("/api/facets");
    FW.append(form.elements.type, [f.event_types.map((t) => el("option", { value: t }, t))]);
    FW.append(document.getElementById("claimants"), [f.claimants.map((c) => el("option", { value: c }))]);
  }

  function wireForm() {
    let timer = null;
    const apply = () => {
      const patch = {};
      for (const k of FILTERS) patch[k] = form.elements[k].value.trim();
      FW.setState(patch);
    };
    form.addEventListener("change", apply);
    form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 300); });
    form.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
    form.addEventListener("reset", () => setTimeout(() => FW.setState(Object.fromEntries(FILTERS.map((k) => [k, null]))), 0));
    document.getElementById("all-dates").addEventListener("click", () => {
      if (chart) chart.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
      FW.setState({ from: null, to: null });
    });
    window.addEventListener("resize", () => {
      const box = document.getElementById("timeline");
      if (chart) chart.setSize({ width: box.clientWidth, height: box.clientHeight });
    });
  }

  async function start() {
    readURL();
    await fillChoices();
    fillForm();
    wireForm();
    map = await FW.createMap(document.getElementById("map"), state, (id) => FW.setState({ event: id, place: null }));
    await loadData();
    await showCard();
    document.body.dataset.ready = "1";
  }

  start().catch((err) => { status.textContent = `could not start: ${err && err.message}`; console.error(err && err.stack || err); });
})();
