// Calls the server's API; a non-2xx answer becomes an Error carrying the server's {"error"} message.

async function answer(response) {
  const body = await response.text();
  let json = null;
  try { json = body ? JSON.parse(body) : null; } catch { /* not JSON: reported below */ }
  if (!response.ok) throw new Error(json?.error ?? `HTTP ${response.status}`);
  return json;
}

/** GET a JSON resource with query parameters (empty values left out). */
export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return answer(await fetch(s ? `${path}?${s}` : path, { headers: { Accept: 'application/json' } }));
}

// Sent with every write: a browser lets only this page's own scripts set it, so the server knows the page meant the post.
const CLIENT = { 'X-Sitrep-Client': 'sitrep-page' };

/** POST a report; returns the events extracted from it. */
export async function postReport(report, apiKey) {
  const headers = { ...CLIENT, 'Content-Type': 'application/json' };
  if (apiKey) headers['X-Api-Key'] = apiKey;
  return answer(await fetch('/api/documents', { method: 'POST', headers, body: JSON.stringify(report) }));
}

/** POST a file (HTML, PDF or text) as a multipart form; the server recognises the format. */
export async function postFile(file, fields, apiKey) {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
  const headers = apiKey ? { ...CLIENT, 'X-Api-Key': apiKey } : { ...CLIENT };
  return answer(await fetch('/api/documents', { method: 'POST', headers, body: form }));
}
