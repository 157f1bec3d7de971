// The map, fully offline: countries from a local TopoJSON file, admin-1 boundaries and names (Natural Earth) once zoomed
// in, place names from the bundled gazetteer by zoom, and events as coloured points grouped per zoom level on a pixel
// grid so that thousands of events stay readable.
import { el, typeColour, taxonomy } from './dom.js';
import { get } from './api.js';

const L = window.L;
const GRID = 36; // pixels: events closer than this at the current zoom share one marker
const ADMIN1_ZOOM = 4; // admin-1 boundaries from this zoom (the file is loaded the first time it is reached)
const ADMIN1_LABEL_ZOOM = 5;
const PLACE_ZOOM = 4; // gazetteer place names from this zoom

// A ring that crosses the antimeridian jumps by about 360° of longitude between two neighbouring points, and Leaflet
// would draw that jump as a band across the whole world. Shifting the rest of the ring by ±360° keeps it continuous
// (it then reaches past ±180°, which Leaflet draws where it belongs).
function unwrapRing(ring) {
  let shift = 0;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) shift -= 360; else if (d < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
}

export function unwrapGeometry(g) {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(p => p.map(unwrapRing)) };
  return g;
}

export class EventMap {
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    this.events = [];
    this.countries = new Map(); // lower-case name -> layer, to fit a country filter
    this.map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true }).setView([20, 20], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth · GeoNames · Who\u2019s On First');
    // Panes stack the basemap, boundaries and names under the events, and keep names from catching clicks.
    for (const [name, z] of [['base', 200], ['admin1', 250], ['labels', 350]]) this.map.createPane(name).style.zIndex = String(z);
    this.map.getPane('labels').style.pointerEvents = 'none';
    this.layer = L.layerGroup().addTo(this.map);
    this.admin1Lines = L.layerGroup();
    this.admin1Labels = L.layerGroup();
    this.placeLabels = L.layerGroup().addTo(this.map);
    this.map.on('zoomend moveend', () => { this.draw(); this.overlays(); });
    this.legend();
    this.ready = this.basemap();
  }

  async basemap() {
    const topo = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
    const countries = window.topojson.feature(topo, topo.objects.countries);
    // Antarctica holds no events and is the one shape that wraps the pole; leaving it out keeps the south clean.
    countries.features = countries.features.filter(f => f.id !== '010').map(f => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
    L.geoJSON(countries, {
      pane: 'base',
      style: { color: '#8c8474', weight: 0.7, fillColor: '#efeadf', fillOpacity: 1, className: 'country' },
      interactive: false,
      onEachFeature: (f, layer) => { if (f.properties?.name) this.countries.set(f.properties.name.toLowerCase(), layer); },
    }).addTo(this.map);
  }

  async legend() {
    const types = (await taxonomy).event_types;
    const Legend = L.Control.extend({
      onAdd: () => el('div', { class: 'legend' },
        types.map(t => {
          const dot = el('span', { class: 'swatch' });
          dot.style.background = typeColour(t.name);
          return el('div', { title: t.definition }, dot, t.name);
        })),
    });
    new Legend({ position: 'bottomleft' }).addTo(this.map);
  }

  /** Admin-1 lines and names, and gazetteer place names, for the current view. */
  async overlays() {
    const zoom = this.map.getZoom();
    if (zoom >= ADMIN1_ZOOM) {
      this.admin1 ??= fetch('vendor/admin1/admin1.json').then(r => r.json()).then(data => {
        L.geoJSON(data.lines, { pane: 'admin1', interactive: false, style: { color: '#a39b89', weight: 0.8, dashArray: '3 3', className: 'admin1-line' } })
          .addTo(this.admin1Lines);
        return data;
      });
      const data = await this.admin1;
      if (!this.map.hasLayer(this.admin1Lines)) this.admin1Lines.addTo(this.map);
      this.admin1Labels.clearLayers();
      if (this.map.getZoom() >= ADMIN1_LABEL_ZOOM) {
        const view = this.map.getBounds().pad(0.1);
        for (const a of data.labels) {
          if (view.contains([a.lat, a.lon])) this.label(this.admin1Labels, a.lat, a.lon, a.name, 'admin1-label');
        }
        if (!this.map.hasLayer(this.admin1Labels)) this.admin1Labels.addTo(this.map);
      }
    } else {
      this.admin1Lines.remove();
      this.admin1Labels.remove();
    }
    await this.places(zoom);
  }

  async places(zoom) {
    const mine = (this.placeRequest = (this.placeRequest ?? 0) + 1);
    if (zoom < PLACE_ZOOM) { this.placeLabels.clearLayers(); return; }
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
      .map(v => v.toFixed(4)).join(',');
    try {
      const answer = await get('/api/places', { bbox, limit: zoom >= 8 ? 80 : 40 });
      if (mine !== this.placeRequest) return; // the view moved on
      this.placeLabels.clearLayers();
      const taken = [];
      for (const p of answer.places) {
        // Largest first; a smaller place whose name would overlap a larger one's is left out.
        const pt = this.map.latLngToContainerPoint([p.latitude, p.longitude]);
        if (taken.some(t => Math.abs(t.x - pt.x) < 70 && Math.abs(t.y - pt.y) < 16)) continue;
        taken.push(pt);
        this.label(this.placeLabels, p.latitude, p.longitude, p.name, 'place-label', true);
      }
    } catch {
      // Labels are a convenience: the map stays usable without them.
    }
  }

  label(layer, lat, lon, text, cls, dot = false) {
    // The icon's content is an element, never an HTML string.
    const html = el('span', { class: cls }, dot ? el('i', { class: 'dot' }) : '', text);
    L.marker([lat, lon], { pane: 'labels', interactive: false, keyboard: false, icon: L.divIcon({ className: 'map-label', html, iconSize: null }) }).addTo(layer);
  }

  /** Shows these events; fits the view to them when asked (or to the named country when none is placed). */
  setEvents(events, fit, country) {
    this.events = events.filter(e => e.latitude !== null && e.longitude !== null);
    if (fit) this.fit(country);
    this.draw();
  }

  fit(country) {
    const shape = country ? this.countries.get(country.toLowerCase()) : null;
    if (this.events.length > 0) {
      const bounds = L.latLngBounds(this.events.map(e => [e.latitude, e.longitude]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8 });
    } else if (shape) {
      this.map.fitBounds(shape.getBounds(), { maxZoom: 8 });
    }
  }

  draw() {
    // A redraw replaces every marker; a keyboard user on one keeps focus on the marker that now holds its event.
    const active = document.activeElement;
    const focused = active && active.classList && active.classList.contains('event-marker') ? active.getAttribute('data-event-id') : null;
    this.layer.clearLayers();
    const zoom = this.map.getZoom();
    const cells = new Map();
    for (const e of this.events) {
      const p = this.map.project([e.latitude, e.longitude], zoom);
      const key = `${Math.floor(p.x / GRID)}:${Math.floor(p.y / GRID)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const group of cells.values()) {
      const path = this.marker(group);
      if (focused && path && group.some(e => e.event_id === focused)) path.focus({ preventScroll: true });
    }
  }

  marker(group) {
    const lat = group.reduce((s, e) => s + e.latitude, 0) / group.length;
    const lon = group.reduce((s, e) => s + e.longitude, 0) / group.length;
    const counts = new Map();
    for (const e of group) counts.set(e.event_type, (counts.get(e.event_type) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const m = L.circleMarker([lat, lon], {
      radius: group.length === 1 ? 7 : Math.min(26, 8 + 3 * Math.sqrt(group.length)),
      fillColor: typeColour(main), color: '#222', weight: 1, fillOpacity: 0.85,
      className: 'event-marker',
    });
    const text = group.length === 1
      ? `${group[0].event_date} · ${group[0].sub_event_type} · ${group[0].location}`
      : `${group.length} events (${[...counts.entries()].map(([t, n]) => `${n} ${t}`).join(', ')})`;
    // Tooltip content is an element, not a string: Leaflet would parse a string as HTML.
    m.bindTooltip(el('span', {}, text));
    m.on('click', () => this.clicked(group, m));
    m.addTo(this.layer);
    const path = m.getElement();
    if (path) {
      path.setAttribute('data-count', String(group.length));
      path.setAttribute('data-event-id', group[0].event_id);
      path.setAttribute('data-event-type', main);
      // Reachable by keyboard: Tab to a marker, Enter or Space opens it.
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', text);
      path.addEventListener('keydown', ev => {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.clicked(group, m); }
      });
    }
    return path;
  }

  clicked(group, marker) {
    const bounds = L.latLngBounds(group.map(e => [e.latitude, e.longitude]));
    const spread = !bounds.getNorthEast().equals(bounds.getSouthWest());
    if (group.length === 1) {
      this.onSelect(group[0].event_id, group[0]);
    } else if (spread && this.map.getZoom() < this.map.getMaxZoom()) {
      this.map.fitBounds(bounds.pad(0.5));
    } else {
      this.stack(group, marker);
    }
  }

  /** Several events at one point (or at the deepest zoom): a list to choose from. */
  stack(group, marker) {
    const sorted = [...group].sort((a, b) => (b.event_date ?? '').localeCompare(a.event_date ?? ''));
    const list = el('ol', { class: 'stack' }, sorted.map(e => el('li', {},
      el('button', { type: 'button', class: 'linkish', 'data-event-id': e.event_id, onclick: () => { this.map.closePopup(); this.onSelect(e.event_id, e); } },
        `${e.event_date} · ${e.sub_event_type}${e.fatalities ? ` · ${e.fatalities} killed` : ''}`))));
    const content = el('div', { class: 'stack-popup' }, el('strong', {}, `${group.length} events at ${group[0].location || 'this point'}`), list);
    marker.unbindTooltip();
    marker.bindPopup(content, { maxHeight: 260, minWidth: 220 }).openPopup();
    list.querySelector('button')?.focus();
  }

  /** Centres on an event chosen elsewhere (the list). */
  focus(event) {
    if (event.latitude === null || event.longitude === null) return;
    if (!this.map.getBounds().contains([event.latitude, event.longitude])) this.map.panTo([event.latitude, event.longitude]);
  }
}
