// The page: filters, map, timeline, event list (newest first, a page at a time), unplaced events, the event panel with
// its permalink (#/events/ID), and the paste box, all over the JSON API.
import { el, clear, typeClass, taxonomy } from './dom.js';
import { get, postFile, postReport } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { showEvent } from './panel.js';

// Events per page of the list and map; "?page=N" in the address changes it (the API allows up to 1000).
const PAGE = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('page')) || 500));
const $ = id => document.getElementById(id);
const state = { event_type: '', country: '', q: '', from: null, to: null, fit: true };
const shown = { events: [], next: null, count: 0 };

const map = new EventMap($('map'), id => openEvent(id));
const timeline = new Timeline($('timeline'), (from, to) => { state.from = from; state.to = to; load(); });

for (const t of (await taxonomy).event_types) $('f-type').append(el('option', { value: t.name, title: t.definition }, t.name));

function filters(withDates) {
  const f = { event_type: state.event_type, country: state.country, q: state.q };
  if (withDates) { f.from = state.from; f.to = state.to; }
  return f;
}

let loading = 0;
async function load() {
  const mine = ++loading;
  try {
    const [page, stats, unplaced] = await Promise.all([
      get('/api/events', { ...filters(true), limit: PAGE, order: 'newest' }),
      // The timeline counts ignore the chosen dates so that the rest of the range stays visible to brush again.
      get('/api/stats', filters(false)),
      get('/api/events', { ...filters(true), placed: 'false', limit: 100, order: 'newest' }),
    ]);
    if (mine !== loading) return; // a newer request superseded this one
    await map.ready;
    Object.assign(shown, { events: page.events, next: page.next_cursor, count: page.count });
    map.setEvents(shown.events, state.fit, state.country);
    state.fit = false;
    timeline.set(stats.by_day, state.from ? { from: state.from, to: state.to } : null);
    $('f-dates').textContent = state.from ? `${state.from} – ${state.to}` : '';
    renderList();
    renderUnplaced(unplaced);
  } catch (err) {
    clear($('list')).append(el('li', { class: 'error' }, err.message));
  }
}

async function more() {
  if (!shown.next) return;
  $('more').disabled = true;
  try {
    const page = await get('/api/events', { ...filters(true), limit: PAGE, order: 'newest', cursor: shown.next });
    shown.events = shown.events.concat(page.events);
    shown.next = page.next_cursor;
    map.setEvents(shown.events, false);
    renderList();
  } catch (err) {
    $('list').append(el('li', { class: 'error' }, err.message));
  }
}

function row(e) {
  // A button per event: reachable with Tab, opened with Enter or Space.
  return el('li', { 'data-event-id': e.event_id },
    el('button', { type: 'button', class: 'event-row', onclick: () => openEvent(e.event_id, e) },
      el('span', { class: `swatch ${typeClass(e.event_type)}` }),
      el('span', {}, `${e.event_date} · ${e.sub_event_type} · ${e.location || e.country || 'unplaced'}`,
        e.fatalities ? ` · ${e.fatalities} killed` : '')));
}

function renderList() {
  $('count').textContent = shown.count > shown.events.length ? `(newest ${shown.events.length} of ${shown.count})` : `(${shown.count})`;
  clear($('list')).append(...shown.events.map(row));
  const rest = shown.count - shown.events.length;
  const button = $('more');
  button.hidden = !shown.next || rest <= 0;
  button.disabled = false;
  button.textContent = `${Math.min(rest, PAGE)} more (of ${rest} older)`;
}

function renderUnplaced(page) {
  $('unplaced-count').textContent = String(page.count);
  $('unplaced-section').hidden = page.count === 0;
  clear($('unplaced')).append(...page.events.map(row));
  if (page.count > page.events.length) $('unplaced').append(el('li', { class: 'muted' }, `and ${page.count - page.events.length} more (narrow the filters)`));
}

async function openEvent(id, known) {
  for (const li of document.querySelectorAll('#list li, #unplaced li')) li.classList.toggle('selected', li.dataset.eventId === id);
  const link = `#/events/${encodeURIComponent(id)}`;
  if (location.hash !== link) history.replaceState(null, '', link);
  const panel = $('panel');
  try {
    const detail = await get(`/api/events/${encodeURIComponent(id)}`);
    const documents = await Promise.all(detail.sources.map(s => get(`/api/documents/${s.document_id}`)));
    showEvent(panel, detail, documents, () => { panel.hidden = true; history.replaceState(null, '', location.pathname + location.search); });
    map.focus(known ?? detail.event);
  } catch (err) {
    clear(panel).append(el('p', { class: 'error' }, err.message));
    panel.hidden = false;
  }
}

function openFromAddress() {
  const m = /^#\/events\/(.+)$/.exec(location.hash);
  if (m) openEvent(decodeURIComponent(m[1]));
}
window.addEventListener('hashchange', openFromAddress);

let typing;
$('filters').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state.event_type = $('f-type').value;
    state.country = $('f-country').value.trim();
    state.q = $('f-q').value.trim();
    state.fit = true; // a new selection is shown whole
    load();
  }, 250);
});
$('filters').addEventListener('submit', ev => ev.preventDefault());
$('f-clear').addEventListener('click', () => {
  $('filters').reset();
  Object.assign(state, { event_type: '', country: '', q: '', from: null, to: null, fit: true });
  load();
});
$('more').addEventListener('click', more);

$('paste-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const out = clear($('paste-result'));
  const text = $('paste-text').value;
  const file = $('paste-file').files[0];
  if (!text.trim() && !file) { out.append(el('p', { class: 'error' }, 'Paste the text of a report or choose a file first.')); return; }
  $('paste-submit').disabled = true;
  out.append(el('p', { class: 'muted' }, 'Extracting…'));
  try {
    const fields = { published: $('paste-published').value || null, source: $('paste-source').value.trim() || null };
    // A chosen file wins over the text box: it is what the user picked last, and it keeps its own format.
    const result = file
      ? await postFile(file, fields, $('paste-key').value)
      : await postReport({ text, ...fields }, $('paste-key').value);
    if (file) $('paste-file').value = '';
    clear(out).append(el('p', { class: 'extracted' },
      `${result.events.length} event${result.events.length === 1 ? '' : 's'} extracted`,
      result.already_stored ? ' (this text was already stored)' : '', ` from ${result.doc_key}:`));
    out.append(el('ul', {}, result.events.map(e => el('li', {},
      el('button', { type: 'button', 'data-event-id': e.event_id, onclick: () => openEvent(e.event_id, e) },
        `${e.event_date} · ${e.sub_event_type} · ${e.location || e.country || 'unplaced'} · ${e.actor1}${e.actor2 ? ' vs ' + e.actor2 : ''}`)))));
    state.fit = true;
    await load();
  } catch (err) {
    clear(out).append(el('p', { class: 'error' }, err.message));
  } finally {
    $('paste-submit').disabled = false;
  }
});

await load();
openFromAddress();
