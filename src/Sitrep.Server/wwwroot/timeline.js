// The timeline: events per day as an SVG histogram; dragging across it chooses a date range, a double-click clears it.
import { svg, clear } from './dom.js';

const DAY = 86400000;
const PAD = { left: 34, right: 10, top: 8, bottom: 18 };

function toDay(s) { return Date.parse(`${s}T00:00:00Z`); }
function iso(t) { return new Date(t).toISOString().slice(0, 10); }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick times between t0 and t1 (ms, UTC days), at most about `most` of them, on day, month or year boundaries. */
export function ticks(t0, t1, most) {
  const days = (t1 - t0) / DAY;
  const out = [];
  const dayLabel = d => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? ' ' + d.getUTCFullYear() : ''}`;
  for (const step of [1, 2, 7, 14]) {
    if (days / step > most) continue;
    for (let t = t0; t < t1; t += step * DAY) out.push({ time: t, label: dayLabel(new Date(t)) });
    return out;
  }
  const start = new Date(t0);
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    if (days / (months * 30.44) > most) continue;
    let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
    if (months >= 12) { y = Math.ceil((y + (m > 1 ? 1 : 0)) / (months / 12)) * (months / 12); m = 0; }
    else m = Math.ceil(m / months) * months;
    for (let d = new Date(Date.UTC(y, m, 1)); d.getTime() < t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))) {
      if (d.getTime() < t0) continue;
      out.push({ time: d.getTime(), label: months >= 12 || d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
    }
    return out;
  }
  return out;
}

export class Timeline {
  constructor(node, onRange) {
    this.node = node;
    this.onRange = onRange;
    this.days = [];
    this.range = null;
    node.addEventListener('pointerdown', e => this.start(e));
    node.addEventListener('pointermove', e => this.move(e));
    node.addEventListener('pointerup', e => this.end(e));
    node.addEventListener('dblclick', () => { this.range = null; this.draw(); this.onRange(null, null); });
    new ResizeObserver(() => this.draw()).observe(node);
  }

  /** Counts per day ([{date, count}]) and the chosen range ({from, to} or null). */
  set(byDay, range) {
    this.days = byDay.filter(d => /^\d{4}-\d\d-\d\d$/.test(d.date));
    this.range = range;
    this.draw();
  }

  scale() {
    const w = this.node.clientWidth, h = this.node.clientHeight;
    const t0 = toDay(this.days[0].date), t1 = toDay(this.days[this.days.length - 1].date) + DAY;
    const x = t => PAD.left + (t - t0) / (t1 - t0) * (w - PAD.left - PAD.right);
    const fromX = px => t0 + Math.max(0, Math.min(1, (px - PAD.left) / (w - PAD.left - PAD.right))) * (t1 - t0);
    return { w, h, t0, t1, x, fromX };
  }

  draw() {
    clear(this.node);
    if (this.days.length === 0) {
      const t = svg('text', { x: 10, y: 20 });
      t.textContent = 'No dated events for these filters.';
      this.node.append(t);
      return;
    }
    const { h, t0, t1, x } = this.scale();
    const max = Math.max(...this.days.map(d => d.count));
    const bottom = h - PAD.bottom;
    const barW = Math.max(1, x(t0 + DAY) - x(t0) - 1);
    for (const d of this.days) {
      const t = toDay(d.date);
      const bh = Math.max(1, d.count / max * (bottom - PAD.top));
      const inRange = this.range && d.date >= this.range.from && d.date <= this.range.to;
      const bar = svg('rect', { class: inRange ? 'bar in' : 'bar', x: x(t), y: bottom - bh, width: barW, height: bh, 'data-date': d.date });
      const title = svg('title');
      title.textContent = `${d.date}: ${d.count} event${d.count === 1 ? '' : 's'}`;
      bar.append(title);
      this.node.append(bar);
    }
    // Date ticks at a step that leaves room for each label: days, weeks, months or years.
    for (const t of ticks(t0, t1, Math.max(2, Math.floor((this.node.clientWidth - PAD.left - PAD.right) / 90)))) {
      const px = x(t.time);
      this.node.append(svg('line', { class: 'tick', x1: px, x2: px, y1: bottom, y2: bottom + 4 }));
      const s = svg('text', { class: 'tick-label', x: px, y: h - 4, 'text-anchor': 'middle' });
      s.textContent = t.label;
      this.node.append(s);
    }
    const top = svg('text', { x: 2, y: PAD.top + 8 });
    top.textContent = String(max);
    this.node.append(top);
    if (this.range) {
      const a = x(toDay(this.range.from)), b = x(toDay(this.range.to) + DAY);
      this.node.append(svg('rect', { class: 'brush', x: a, y: PAD.top, width: Math.max(1, b - a), height: bottom - PAD.top }));
    }
  }

  start(e) {
    if (this.days.length === 0) return;
    this.node.setPointerCapture(e.pointerId);
    this.dragFrom = e.offsetX;
    this.brush = svg('rect', { class: 'brush', x: e.offsetX, y: PAD.top, width: 1, height: this.node.clientHeight - PAD.top - PAD.bottom });
    this.node.append(this.brush);
  }

  move(e) {
    if (this.dragFrom === undefined) return;
    const a = Math.min(this.dragFrom, e.offsetX), b = Math.max(this.dragFrom, e.offsetX);
    this.brush.setAttribute('x', a);
    this.brush.setAttribute('width', Math.max(1, b - a));
  }

  end(e) {
    if (this.dragFrom === undefined) return;
    const { fromX } = this.scale();
    const a = Math.min(this.dragFrom, e.offsetX), b = Math.max(this.dragFrom, e.offsetX);
    this.dragFrom = undefined;
    if (b - a < 3) { this.draw(); return; } // a click, not a drag
    const from = iso(Math.floor(fromX(a) / DAY) * DAY), to = iso(Math.floor((fromX(b) - 1) / DAY) * DAY);
    this.range = { from, to: to < from ? from : to };
    this.draw();
    this.onRange(this.range.from, this.range.to);
  }
}
