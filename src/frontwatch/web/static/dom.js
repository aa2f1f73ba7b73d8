// Building the page from data. Every string from the API (article text, titles, names)
// becomes a text node: nothing here ever assigns innerHTML or builds markup from strings.
"use strict";
const FW = window.FW = {};

FW.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  FW.append(node, children);
  return node;
};

FW.append = function (node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
};

FW.svg = function (tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
};

FW.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

FW.getJSON = async function (url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
};

// Colours by event type; line style by modality (see the legend on the map).
FW.TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
  "Political developments": "#607d8b",
};
FW.colour = (type) => FW.TYPE_COLOURS[type] || "#444";

// A marker drawn as SVG: asserted solid, reported outlined, alleged dashed,
// denied outlined and crossed out, planned dotted; radius grows with outlets.
FW.symbol = function (type, modality, outlets) {
  const r = 5 + 2 * Math.min(outlets || 1, 6);
  const size = 2 * r + 4, c = size / 2, colour = FW.colour(type);
  const svg = FW.svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: `mod-${modality}` });
  const circle = FW.svg("circle", { cx: c, cy: c, r, stroke: colour, "stroke-width": 2.5,
    fill: modality === "asserted" ? colour : "#ffffff", "fill-opacity": modality === "asserted" ? 0.85 : 0.6 });
  if (modality === "alleged") circle.setAttribute("stroke-dasharray", "4 3");
  if (modality === "planned") circle.setAttribute("stroke-dasharray", "1 3");
  svg.appendChild(circle);
  if (modality === "denied") {
    const d = r * 0.75;
    svg.appendChild(FW.svg("line", { x1: c - d, y1: c - d, x2: c + d, y2: c + d, stroke: colour, "stroke-width": 2.5 }));
    svg.appendChild(FW.svg("line", { x1: c - d, y1: c + d, x2: c + d, y2: c - d, stroke: colour, "stroke-width": 2.5 }));
  }
  return svg;
};
