// The map: an offline basemap (Natural Earth countries, oblasts of Ukraine and regions of
// Russia, all shipped in the package) or OpenStreetMap tiles when the user is online;
// events as clustered markers styled by type and modality.
"use strict";
(function () {
  const { el } = FW;

  async function basemap() {
    const [world, ukr, rus] = await Promise.all(["countries-50m", "ukr.topo", "rus.topo"].map(
      (name) => FW.getJSON(`/static/basemap/${name}.json`)));
    const countries = L.geoJSON(topojson.feature(world, world.objects.countries),
      { style: { color: "#8d8d8d", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false });
    const admin1 = L.geoJSON(
      { type: "FeatureCollection", features: [
        ...topojson.feature(ukr, ukr.objects.ukr).features, ...topojson.feature(rus, rus.objects.RUS).features] },
      { style: { color: "#b0a58f", weight: 0.8, fill: true, fillOpacity: 0 },
        onEachFeature: (f, layer) => layer.bindTooltip(el("span", {}, f.properties.name || ""), { sticky: true }) });
    return L.layerGroup([countries, admin1]);
  }

  function legend() {
    const box = el("div", { class: "legend" });
    for (const [type, colour] of Object.entries(FW.TYPE_COLOURS)) {
      box.appendChild(el("div", {}, FW.symbol(type, "asserted", 1), " ", type));
      void colour;
    }
    for (const m of ["asserted", "reported", "alleged", "denied", "planned"]) {
      box.appendChild(el("div", {}, FW.symbol("", m, 1), " ", m));
    }
    return box;
  }

  FW.createMap = async function (container, state, onSelect) {
    const map = L.map(container, { minZoom: 2, maxZoom: 14, worldCopyJump: true }).setView([48.5, 34], 5);
    const offline = await basemap();
    const osm = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      { maxZoom: 18, attribution: "© OpenStreetMap contributors" });
    const bases = { "Natural Earth (offline)": offline, "OpenStreetMap (online)": osm };
    (state.base === "osm" ? osm : offline).addTo(map);
    L.control.layers(bases, null, { collapsed: false }).addTo(map);
    map.on("baselayerchange", (e) => FW.setState({ base: e.layer === osm ? "osm" : null }, false));
    const Legend = L.Control.extend({ onAdd: legend });
    new Legend({ position: "bottomleft" }).addTo(map);
    const markers = L.markerClusterGroup({ disableClusteringAtZoom: 9, maxClusterRadius: 40 });
    map.addLayer(markers);

    return {
      map,
      show(features) {
        markers.clearLayers();
        const list = [];
        for (const f of features) {
          const p = f.properties, [lon, lat] = f.geometry.coordinates;
          const svg = FW.symbol(p.event_type, p.modality, p.outlets);
          const size = Number(svg.getAttribute("width"));
          const icon = L.divIcon({ html: svg, className: "fw-marker", iconSize: [size, size] });
          const m = L.marker([lat, lon], { icon, title: `${p.sub_event_type} — ${p.place || ""}`, keyboard: true });
          m.on("click", () => onSelect(p.cluster_id));
          list.push(m);
        }
        markers.addLayers(list);
      },
    };
  };
})();
