// The map: the world's countries from a local TopoJSON file as the basemap (no tile server), events as coloured points
// grouped per zoom level on a pixel grid so that thousands of events stay readable.
import { el, typeColour, taxonomy } from './dom.js';

const L = window.L;
const GRID = 36; // pixels: events closer than this at the current zoom share one marker

export class EventMap {
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    this.events = [];
    this.map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: false }).setView([20, 20], 2);
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on('zoomend moveend', () => this.draw());
    this.legend();
    this.ready = this.basemap();
  }

  async basemap() {
    const topo = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
    const countries = window.topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      style: { color: '#8c8474', weight: 0.7, fillColor: '#efeadf', fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map);
    this.layer.remove();
    this.layer.addTo(this.map); // events above the countries
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

  /** Shows these events; fits the view to them when asked. */
  setEvents(events, fit) {
    this.events = events.filter(e => e.latitude !== null && e.longitude !== null);
    if (fit && this.events.length > 0) {
      const bounds = L.latLngBounds(this.events.map(e => [e.latitude, e.longitude]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8 });
    }
    this.draw();
  }

  draw() {
    this.layer.clearLayers();
    const zoom = this.map.getZoom();
    const cells = new Map();
    for (const e of this.events) {
      const p = this.map.project([e.latitude, e.longitude], zoom);
      const key = `${Math.floor(p.x / GRID)}:${Math.floor(p.y / GRID)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const group of cells.values()) this.marker(group);
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
    // Tooltip content is an element, not a string: Leaflet would parse a string as HTML.
    const tip = group.length === 1
      ? el('span', {}, `${group[0].event_date} · ${group[0].sub_event_type} · ${group[0].location}`)
      : el('span', {}, `${group.length} events (${[...counts.entries()].map(([t, n]) => `${n} ${t}`).join(', ')})`);
    m.bindTooltip(tip);
    m.on('click', () => this.clicked(group));
    m.addTo(this.layer);
    const path = m.getElement();
    if (path) {
      path.setAttribute('data-count', String(group.length));
      path.setAttribute('data-event-id', group[0].event_id);
      path.setAttribute('data-event-type', main);
    }
  }

  clicked(group) {
    const bounds = L.latLngBounds(group.map(e => [e.latitude, e.longitude]));
    const spread = !bounds.getNorthEast().equals(bounds.getSouthWest());
    if (group.length > 1 && spread && this.map.getZoom() < this.map.getMaxZoom()) {
      this.map.fitBounds(bounds.pad(0.5));
    } else {
      this.onSelect(group[0].event_id, group);
    }
  }

  /** Centres on an event chosen elsewhere (the list). */
  focus(event) {
    if (event.latitude === null || event.longitude === null) return;
    if (!this.map.getBounds().contains([event.latitude, event.longitude])) this.map.panTo([event.latitude, event.longitude]);
  }
}
