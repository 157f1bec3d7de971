// The page: filters, map, timeline, event list, event panel and the paste box, all over the JSON API.
import { el, clear, typeClass, taxonomy } from './dom.js';
import { get, postFile, postReport } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { showEvent } from './panel.js';

const MAX_ON_MAP = 1000; // the API's largest page
const $ = id => document.getElementById(id);
const state = { event_type: '', country: '', q: '', from: null, to: null, first: true };

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
    const [page, stats] = await Promise.all([
      get('/api/events', { ...filters(true), limit: MAX_ON_MAP, order: 'newest' }),
      // The timeline counts ignore the chosen dates so that the rest of the range stays visible to brush again.
      get('/api/stats', filters(false)),
    ]);
    if (mine !== loading) return; // a newer request superseded this one
    await map.ready;
    map.setEvents(page.events, state.first);
    state.first = false;
    timeline.set(stats.by_day, state.from ? { from: state.from, to: state.to } : null);
    $('f-dates').textContent = state.from ? `${state.from} – ${state.to}` : '';
    renderList(page);
  } catch (err) {
    clear($('list')).append(el('li', { class: 'error' }, err.message));
  }
}

function renderList(page) {
  $('count').textContent = page.count > page.events.length ? `(${page.events.length} of ${page.count})` : `(${page.count})`;
  const list = clear($('list'));
  for (const e of page.events) {
    list.append(el('li', { 'data-event-id': e.event_id, onclick: () => openEvent(e.event_id, e) },
      el('span', { class: `swatch ${typeClass(e.event_type)}` }),
      el('span', {}, `${e.event_date} · ${e.sub_event_type} · ${e.location || e.country || 'unplaced'}`,
        e.fatalities ? ` · ${e.fatalities} killed` : '')));
  }
}

async function openEvent(id, known) {
  for (const li of document.querySelectorAll('#list li')) li.classList.toggle('selected', li.dataset.eventId === id);
  const panel = $('panel');
  try {
    const detail = await get(`/api/events/${encodeURIComponent(id)}`);
    const documents = await Promise.all(detail.sources.map(s => get(`/api/documents/${s.document_id}`)));
    showEvent(panel, detail, documents, () => { panel.hidden = true; });
    map.focus(known ?? detail.event);
  } catch (err) {
    clear(panel).append(el('p', { class: 'error' }, err.message));
    panel.hidden = false;
  }
}

let typing;
$('filters').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state.event_type = $('f-type').value;
    state.country = $('f-country').value.trim();
    state.q = $('f-q').value.trim();
    load();
  }, 250);
});
$('filters').addEventListener('submit', ev => ev.preventDefault());
$('f-clear').addEventListener('click', () => {
  $('filters').reset();
  Object.assign(state, { event_type: '', country: '', q: '', from: null, to: null });
  load();
});

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
    state.first = true;
    await load();
  } catch (err) {
    clear(out).append(el('p', { class: 'error' }, err.message));
  } finally {
    $('paste-submit').disabled = false;
  }
});

load();
