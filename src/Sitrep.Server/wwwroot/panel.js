// The event panel: the coded fields, each source's text with the evidence of every field marked (hover a field or a
// claim and its words light up), and the claims side by side. Text is placed with text nodes only, never parsed as HTML.
import { el, clear, typeClass } from './dom.js';

const FIELDS = [
  ['event_date', 'Date'], ['event_type', 'Type'], ['sub_event_type', 'Sub-type'], ['actor1', 'Actor 1'], ['assoc_actor_1', 'Assoc. 1'],
  ['actor2', 'Actor 2'], ['assoc_actor_2', 'Assoc. 2'], ['country', 'Country'], ['admin1', 'Admin 1'], ['admin2', 'Admin 2'],
  ['location', 'Location'], ['geo_precision', 'Geo precision'], ['fatalities', 'Fatalities'], ['injuries', 'Injuries'],
  ['weapon', 'Weapon'], ['source', 'Source'], ['time_precision', 'Time precision'],
];

/** The source text cut at every evidence boundary; each piece is a span that knows which fields and claims rest on it. */
export function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pre = el('div', { class: 'source-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const keys = spans.filter(s => s.start <= a && s.end >= b).map(s => s.key);
    const piece = text.slice(a, b);
    if (keys.length === 0) pre.append(document.createTextNode(piece));
    else pre.append(el('span', { class: 'ev', 'data-keys': [...new Set(keys)].join(' ') }, piece));
  }
  return pre;
}

function light(root, key, on) {
  let first = null;
  for (const s of root.querySelectorAll('.source-text .ev')) {
    if (!s.dataset.keys.split(' ').includes(key)) continue;
    s.classList.toggle('lit', on);
    first ??= s;
  }
  // Scroll the text box (not the page, which would move the field away from the pointer) to the words.
  if (on && first) {
    const box = first.closest('.source-text');
    box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);
  }
}

function hoverable(node, root, key) {
  node.addEventListener('mouseenter', () => light(root, key, true));
  node.addEventListener('mouseleave', () => light(root, key, false));
  node.addEventListener('focus', () => light(root, key, true));
  node.addEventListener('blur', () => light(root, key, false));
  node.tabIndex = 0;
}

function value(v) {
  if (v === null || v === undefined || v === '') return '—';
  return String(v);
}

/** Fills the panel with an event ({event, sources}) and its source documents ([{id, doc_key, text, ...}]). */
export function showEvent(panel, detail, documents, onClose) {
  const e = detail.event;
  clear(panel);
  panel.hidden = false;
  panel.dataset.eventId = e.event_id;

  panel.append(el('div', { class: 'row' },
    el('span', { class: `swatch ${typeClass(e.event_type)}` }), ' ',
    el('h3', { class: 'title' }, `${e.sub_event_type} — ${e.location || e.country || 'unplaced'}, ${e.event_date}`),
    el('a', { class: 'permalink', href: `#/events/${encodeURIComponent(e.event_id)}`, title: 'A link that opens this event' }, 'link'), ' ',
    el('button', { type: 'button', class: 'linkish', onclick: onClose }, 'close')));

  const rows = FIELDS.map(([key, label]) => {
    const evidence = e.evidence?.[key] ?? [];
    const tr = el('tr', { class: evidence.length ? 'has-evidence field' : 'field', 'data-field': key },
      el('th', {}, label), el('td', {}, value(e[key])));
    if (evidence.length) hoverable(tr, panel, key);
    return tr;
  });
  const texts = el('div', { class: 'texts' });
  panel.append(el('div', { class: 'evidence-view' }, el('table', { class: 'fields' }, el('tbody', {}, rows)), texts));
  panel.append(el('p', { class: 'why muted' }, 'Hover a field marked ● or a claim to light up the words it was coded from.'));

  if (e.geocoding) panel.append(el('p', { class: 'why' }, `Placed at ${e.geocoding.chosen}: ${e.geocoding.why}`, e.geocoding.runner_up ? ` (runner-up: ${e.geocoding.runner_up})` : ''));
  for (const w of e.warnings ?? []) panel.append(el('p', { class: 'why error' }, w));

  if (e.claims?.length) {
    panel.append(el('h3', {}, 'Claims'));
    panel.append(el('div', { class: 'claims' }, e.claims.map((c, i) => {
      const card = el('div', { class: 'claim', 'data-claim': String(i) },
        el('div', { class: 'certainty' }, c.certainty, e.primary_claim && e.primary_claim === c.source ? ' · primary' : ''),
        el('strong', {}, c.source),
        el('dl', {}, Object.entries(c.asserts ?? {}).map(([k, v]) => [el('dt', {}, k), el('dd', {}, value(v))])),
        el('blockquote', {}, `“${c.evidence.text}”`));
      hoverable(card, panel, `claim-${i}`);
      return card;
    })));
  }

  if (e.merge?.why?.length) panel.append(el('h3', {}, `Merged from ${detail.sources.length} reports`), el('ul', { class: 'why' }, e.merge.why.map(w => el('li', {}, w))));
  for (const s of detail.sources) {
    const doc = documents.find(d => d.id === s.document_id);
    texts.append(el('p', { class: 'muted' }, [s.source ?? 'unknown outlet', s.published ? ` · ${s.published}` : '', ` · ${s.doc_key}`,
      s.joined_because ? ` · joined because: ${s.joined_because}` : '']));
    if (!doc) continue;
    const spans = [];
    for (const [key, list] of Object.entries(e.evidence ?? {})) {
      for (const x of list) if (x.doc_id === doc.doc_key) spans.push({ start: x.start, end: x.end, key });
    }
    (e.claims ?? []).forEach((c, i) => { if (c.evidence.doc_id === doc.doc_key) spans.push({ start: c.evidence.start, end: c.evidence.end, key: `claim-${i}` }); });
    texts.append(markedText(doc.text, spans));
  }
  panel.scrollIntoView({ block: 'start' });
}
