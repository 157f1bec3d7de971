// Builds elements from text nodes only: report text is never parsed as HTML, so a hostile report cannot add markup or script.

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

/** An SVG element with attributes. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Appends children (nodes, strings as text, arrays flattened, null skipped). */
export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Removes every child. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** The CSS class that colours an ACLED event type. */
export function typeClass(type) {
  return {
    'Battles': 't-battles',
    'Explosions/Remote violence': 't-explosions',
    'Violence against civilians': 't-vac',
    'Protests': 't-protests',
    'Riots': 't-riots',
    'Strategic developments': 't-sd',
  }[type] ?? 't-sd';
}

/** The colour of an event type on the map (same as its CSS swatch). */
export function typeColour(type) {
  return {
    'Battles': '#c0392b',
    'Explosions/Remote violence': '#e67e22',
    'Violence against civilians': '#8e44ad',
    'Protests': '#2980b9',
    'Riots': '#16a085',
    'Strategic developments': '#7f8c8d',
  }[type] ?? '#7f8c8d';
}

/** ACLED's taxonomy as the server serves it (GET /api/taxonomy): event types in ACLED's order, with definitions. */
export const taxonomy = fetch('/api/taxonomy').then(r => r.json());

/** The six event type names, in ACLED's order. */
export async function eventTypes() {
  return (await taxonomy).event_types.map(t => t.name);
}
