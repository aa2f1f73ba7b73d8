// The event card (every report with its sentence highlighted in the article) and the
// place card (the control timeline as a strip, each side's claims under it).
"use strict";
(function () {
  const { el } = FW;
  const articles = new Map();

  function article(id) {
    if (!articles.has(id)) articles.set(id, FW.getJSON(`/api/articles/${encodeURIComponent(id)}`));
    return articles.get(id);
  }

  // The article text with the evidence span wrapped in <mark>, all of it as text nodes.
  function highlighted(text, start, end) {
    const mark = el("mark", { class: "evidence" }, text.slice(start, end));
    const box = el("div", { class: "article-text" }, text.slice(0, start), mark, text.slice(end));
    return { box, mark };
  }

  function field(name, value) {
    return value === null || value === undefined || value === "" ? [] : [el("dt", {}, name), el("dd", {}, value)];
  }

  function reportBlock(r, first) {
    const block = el("div", { class: "report", dataset: { articleId: r.article_id } },
      el("div", { class: "meta" }, [r.outlet || "unknown outlet", r.published, r.modality,
        r.claimed_by ? `claimed by ${r.claimed_by}` : null].filter(Boolean).join(" · ")),
      el("div", { class: "title" }, el("b", {}, r.title || r.article_id)));
    article(r.article_id).then((a) => {
      const { box, mark } = highlighted(a.text, r.evidence.start, r.evidence.end);
      block.appendChild(box);
      box.scrollTop = Math.max(0, mark.offsetTop - 40);  // the box is the mark's offsetParent
      if (first === 0) mark.scrollIntoView({ block: "nearest" });
    }).catch(() => block.appendChild(el("div", {}, "(article not available)")));
    return block;
  }

  function contradictionBlock(c) {
    return el("div", { class: "contradiction" }, el("div", {}, el("b", {}, c.kind), " — ", c.summary),
      c.sides.map((s) => el("div", { class: "side" }, el("i", {}, s.label), ": ", s.claimants.join(", "),
        s.reports.map(reportBlock))));
  }

  function closeButton() {
    return el("button", { class: "close", type: "button", on: { click: () => FW.setState({ event: null, place: null }) } }, "×");
  }

  FW.eventCard = async function (card, id) {
    const d = await FW.getJSON(`/api/events/${encodeURIComponent(id)}`);
    const e = d.event;
    const place = e.place_key
      ? el("button", { class: "linklike", type: "button", on: { click: () => FW.setState({ place: e.place_key, event: null }) } }, e.place || e.place_key)
      : e.place;
    FW.append(FW.clear(card), [closeButton(), el("h2", { dataset: { eventId: e.cluster_id } }, e.sub_event_type),
      el("dl", {}, field("type", e.event_type), field("date", e.date && `${e.date} (${e.date_precision})`),
        field("place", place), field("actors", [e.actor1, e.actor2].filter(Boolean).join(" — ")),
        field("claimants", e.claimed_by.join(", ")), field("modality", e.modality),
        field("fatalities", e.fatalities), field("outlets", `${e.outlets} independent, ${e.reports} reports`),
        field("first reported", e.first_reported)),
      d.disagreements.length ? el("h3", {}, "disagreements") : null,
      d.disagreements.map((g) => el("div", {}, `${g.field}: `, g.values.map((v) => JSON.stringify(v)).join("; "))),
      d.contradictions.length ? el("h3", {}, "contradictions") : null,
      d.contradictions.map(contradictionBlock),
      el("h3", {}, "reports"), d.reports.map((r, n) => reportBlock(r, n))]);
    card.hidden = false;
  };

  function sideOf(holder) {
    return ["Ukraine", "Russia", "contested"].includes(holder) ? holder : "other";
  }

  function strip(status) {
    const dayMs = 86400000;
    const first = Date.parse(status[0].from_date);
    const lastRow = status[status.length - 1];
    const last = Math.max(Date.parse(lastRow.to_date || lastRow.from_date) + dayMs, first + dayMs);
    const box = el("div", { class: "strip" });
    for (const s of status) {
      const a = Date.parse(s.from_date), b = s.to_date ? Date.parse(s.to_date) + dayMs : last;
      const seg = el("div", { class: `seg holder-${sideOf(s.holder)} basis-${s.basis}`,
        title: `${s.from_date}${s.to_date ? " – " + s.to_date : " –"}: ${s.holder} (${s.extent}, ${s.basis}; ${s.claimants.join(", ")})` });
      seg.style.left = `${(100 * (a - first)) / (last - first)}%`;
      seg.style.width = `${(100 * (b - a)) / (last - first)}%`;
      box.appendChild(seg);
    }
    const axis = el("div", { class: "strip-axis" }, el("span", {}, status[0].from_date),
      el("span", {}, lastRow.to_date || "now"));
    return [box, axis];
  }

  FW.placeCard = async function (card, key) {
    const t = await FW.getJSON(`/api/places/${encodeURIComponent(key)}/timeline`);
    const bySide = new Map();
    for (const c of t.claims) {
      const side = c.side || "unknown";
      if (!bySide.has(side)) bySide.set(side, []);
      bySide.get(side).push(c);
    }
    FW.append(FW.clear(card), [closeButton(), el("h2", { dataset: { placeKey: t.place_key } }, t.place),
      el("dl", {}, field("country", t.country_code), field("region", t.admin1)),
      el("h3", {}, "control over time (derived)"),
      t.status.length ? strip(t.status) : el("p", {}, "no control status derived"),
      el("ul", {}, t.status.map((s) => el("li", {}, `${s.from_date}: ${s.holder} (${s.extent}, ${s.basis}) — `,
        s.claimants.join(", "), ` · ${s.reports} reports`))),
      el("h3", {}, "claims, by the claimant's side"),
      [...bySide.entries()].map(([side, claims]) => el("div", { class: "claims-side" }, el("b", {}, side),
        claims.map((c) => el("div", {}, `${c.date || "undated"}: ${c.holder || "?"} ${c.extent || ""} — `,
          `${c.claimant} (${c.modality}${c.use && c.use !== "control" ? ", not counted: " + c.use : ""})`,
          reportBlock(c.report))))),
      t.contradictions.length ? el("h3", {}, "contradictions") : null,
      t.contradictions.map(contradictionBlock)]);
    card.hidden = false;
  };
})();
