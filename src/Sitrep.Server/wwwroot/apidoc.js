// Renders openapi.json as a readable reference page (text nodes only; no third-party viewer, nothing from a CDN).
import { el, clear } from './dom.js';

function ref(spec, schema) {
  if (schema?.$ref) return spec.components.schemas[schema.$ref.split('/').pop()];
  return schema;
}

function schemaText(spec, schema, depth = 0) {
  schema = ref(spec, schema);
  if (!schema) return '';
  if (depth > 2) return schema.type ?? 'object';
  if (schema.type === 'array') return `[${schemaText(spec, schema.items, depth + 1)}]`;
  if (schema.properties) {
    const pad = '  '.repeat(depth + 1);
    const lines = Object.entries(schema.properties).map(([k, v]) => `${pad}${k}: ${schemaText(spec, v, depth + 1)}${v.description ? '  // ' + v.description : ''}`);
    return `{\n${lines.join('\n')}\n${'  '.repeat(depth)}}`;
  }
  return schema.enum ? schema.enum.join(' | ') : (schema.type ?? 'any');
}

const spec = await (await fetch('openapi.json')).json();
const doc = clear(document.getElementById('doc'));
doc.append(el('h2', {}, `${spec.info.title} ${spec.info.version}`), el('p', {}, spec.info.description));
for (const [path, ops] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(ops)) {
    const section = el('section', { class: 'endpoint', id: op.operationId },
      el('h3', {}, el('span', { class: `method ${method}` }, method.toUpperCase()), el('code', {}, path)),
      el('p', {}, op.summary), op.description ? el('p', { class: 'muted' }, op.description) : null);
    if (op.parameters?.length) {
      section.append(el('table', {}, el('tbody', {}, op.parameters.map(p =>
        el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, p.description ?? ''))))));
    }
    const body = op.requestBody?.content;
    if (body) {
      for (const [type, c] of Object.entries(body)) section.append(el('p', {}, 'Body ', el('code', {}, type)), el('pre', {}, schemaText(spec, c.schema)));
    }
    for (const [status, r] of Object.entries(op.responses ?? {})) {
      section.append(el('p', {}, el('strong', {}, status), ' ', r.description));
      const json = r.content?.['application/json'];
      if (json?.schema) section.append(el('pre', {}, schemaText(spec, json.schema)));
    }
    doc.append(section);
  }
}
