// stories.js — the story dashboard (GET /stories/dashboard), for
// researchers, supervisors and admins: how many stories were told, per
// week or month, who told them, about which help, where, at what age,
// about which topics, and how the tellers answered their own questions
// (the triad as a triangle, the five-point questions as five bars). Only
// counts, never a story. A count the daemon hid (under k, or hidden with
// it so that it cannot be worked out) reads "minder dan k". Every chart
// is inline SVG drawn here (no library) with a table under it that says
// the same in text; the SVG is an image with a short label, the table is
// what a screen reader reads.

import { L, STORY_ORDER, storyValueName } from './labels-nl.js';
import { api } from './api.js';
import { h, fill } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const DEFAULT_MONTHS = 12;	// the period shown first: this month and the 11 before
const DIMENSIONS = ['role', 'help_kind', 'municipality', 'age_band', 'topic'];
const TRIAD = 'triad';
const DYADS = ['help_amount', 'heard', 'say'];
const CHOICES = ['frequency', 'feeling', 'years'];
const BAR_ROW = 26;		// px per row of a horizontal bar chart
const LABEL_W = 230;		// px for the labels left of the bars
const CHART_W = 520;		// px of a chart's drawing (it scales to its box)
const SERIES_W = 1040;		// px of the series' drawing (it spans the page)

let root = null;
let form = null;

// An SVG element: s('rect', {x: 1}, child...).
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) {
    if (c === null || c === undefined) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function iso(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function init(el, ctx) {
  root = el;
  const today = new Date();
  const from = new Date(today.getFullYear(), today.getMonth() - (DEFAULT_MONTHS - 1), 1);
  const select = (id, label, options) => [h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([v, t]) => h('option', { value: v }, t)))];
  form = h('form', { class: 'stories-filters', id: 'stories-form' },
    h('label', { for: 'stories-from' }, L.storiesFrom),
    h('input', { id: 'stories-from', type: 'date', required: true, value: iso(from) }),
    h('label', { for: 'stories-to' }, L.storiesTo),
    h('input', { id: 'stories-to', type: 'date', required: true, value: iso(today) }),
    select('stories-by', L.storiesBy, [['month', L.storiesByMonth], ['week', L.storiesByWeek]]),
    select('stories-role', L.storiesRole, [['', L.storiesAll]].concat(
      STORY_ORDER.role.map((r) => [r, storyValueName('role', r)]))),
    select('stories-municipality', L.storiesMunicipality, [['', L.storiesAll]].concat(
      STORY_ORDER.municipality.map((m) => [m, storyValueName('municipality', m)]))),
    h('button', { type: 'submit', class: 'primary' }, L.storiesShow));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); refresh(ctx); });
  fill(root, h('div', { class: 'view-head' },
    h('h2', { id: 'stories-title', tabindex: '-1' }, L.storiesTitle)),
  h('p', { id: 'stories-intro', class: 'muted' }),
  form,
  h('div', { id: 'stories-body', class: 'stories', 'aria-live': 'polite' }));
}

// ---- the charts ----------------------------------------------------------------

// The text of a count: the number, or "minder dan k".
function countText(c, k) {
  return c.n === null ? L.storiesFewer(k) : String(c.n);
}

// The table under a chart: [label, cell] rows.
function table(title, rows, k, head = L.storiesValue) {
  return h('table', { class: 'chart-table' },
    h('caption', { class: 'visually-hidden' }, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, head), h('th', { scope: 'col' }, L.storiesCount))),
    h('tbody', {}, rows.map(([label, c]) => h('tr', { class: c.n === null ? 'suppressed' : null },
      h('th', { scope: 'row' }, label), h('td', { class: 'num' }, countText(c, k))))));
}

function figure(id, title, svg, rows, k, head) {
  const summary = rows.map(([label, c]) => `${label} ${countText(c, k)}`).join(', ');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', L.storiesChartLabel(title, summary));
  return h('figure', { class: 'chart story-chart', id },
    h('figcaption', {}, title), svg, table(title, rows, k, head));
}

// A suppressed count in a chart: a dashed outline with "minder dan k" beside it.
function hiddenMark(x, y, w, hgt, k, textX, textY, anchor = 'start') {
  return [s('rect', { class: 'sbar suppressed', x, y, width: w, height: hgt }),
    s('text', { class: 'chart-note', x: textX, y: textY, 'text-anchor': anchor }, L.storiesFewer(k))];
}

// Horizontal bars: rows of [label, cell].
function hbars(id, title, rows, k) {
  const max = Math.max(1, ...rows.map(([, c]) => c.n || 0));
  const barW = CHART_W - LABEL_W - 110;
  const svg = s('svg', { class: 'bars-svg', viewBox: `0 0 ${CHART_W} ${rows.length * BAR_ROW + 4}` });
  rows.forEach(([label, c], i) => {
    const y = i * BAR_ROW + 2;
    svg.appendChild(s('text', { class: 'chart-label', x: LABEL_W - 8, y: y + 17, 'text-anchor': 'end' }, label));
    if (c.n === null) {
      for (const el of hiddenMark(LABEL_W, y + 4, 24, BAR_ROW - 8, k, LABEL_W + 32, y + 17)) svg.appendChild(el);
      return;
    }
    const w = Math.round((c.n / max) * barW);
    svg.appendChild(s('rect', { class: 'sbar', x: LABEL_W, y: y + 4, width: Math.max(w, c.n > 0 ? 2 : 0), height: BAR_ROW - 8 }));
    svg.appendChild(s('text', { class: 'chart-num', x: LABEL_W + w + 6, y: y + 17 }, c.n));
  });
  return figure(id, title, svg, rows, k);
}

// Vertical bars (the series, the five-point questions): rows of [label, cell];
// ends: words under the first and the last bar.
function vbars(id, title, rows, k, head, ends, width = CHART_W) {
  const H = 170, base = 140, top = 24;
  const step = Math.max(18, Math.min(90, Math.floor((width - 40) / Math.max(1, rows.length))));
  const W = Math.max(width, rows.length * step + 40);
  const max = Math.max(1, ...rows.map(([, c]) => c.n || 0));
  const every = Math.max(1, Math.ceil((rows.length * 70) / W));	// a label is ~70 px wide
  const svg = s('svg', { class: 'bars-svg', viewBox: `0 0 ${W} ${H + (ends ? 18 : 0)}` });
  svg.appendChild(s('line', { class: 'axis', x1: 20, x2: 20 + rows.length * step, y1: base, y2: base }));
  rows.forEach(([label, c], i) => {
    const x = 20 + i * step + 3, w = step - 6;
    if (c.n === null) {
      for (const el of hiddenMark(x, base - 16, w, 16, k, x + w / 2, base - 22, 'middle')) svg.appendChild(el);
    } else {
      const bh = Math.round((c.n / max) * (base - top));
      svg.appendChild(s('rect', { class: 'sbar', x, y: base - bh, width: w, height: bh }));
      svg.appendChild(s('text', { class: 'chart-num', x: x + w / 2, y: base - bh - 5, 'text-anchor': 'middle' }, c.n));
    }
    if (i % every === 0 || i === rows.length - 1) {
      svg.appendChild(s('text', { class: 'chart-label', x: x + w / 2, y: base + 16, 'text-anchor': 'middle' }, label));
    }
  });
  if (ends) {
    svg.appendChild(s('text', { class: 'chart-note', x: 20, y: H + 10 }, `1 = ${ends[0]}`));
    svg.appendChild(s('text', { class: 'chart-note', x: 20 + Math.min(5, rows.length) * step, y: H + 10, 'text-anchor': 'end' }, `5 = ${ends[1]}`));
  }
  return figure(id, title, svg, rows, k, head);
}

// The triad: a triangle, a corner per answer, a circle at each as large as its share.
function triangle(id, title, rows, k) {
  const pts = [[260, 80], [90, 240], [430, 240]];	// ikzelf, mensen om me heen, de hulp
  const corners = STORY_ORDER.triad;
  const max = Math.max(1, ...rows.map(([, c]) => c.n || 0));
  const svg = s('svg', { class: 'triad-svg', viewBox: `0 0 ${CHART_W} 310` },
    s('polygon', { class: 'triad', points: pts.map((p) => p.join(',')).join(' ') }));
  corners.forEach((v, i) => {
    const [x, y] = pts[i];
    const row = rows.find(([, , val]) => val === v);
    const c = row ? row[1] : { n: 0, suppressed: false };
    const ly = i === 0 ? y - 58 : y + 48;	// the label clear of the largest circle
    if (c.n === null) {
      svg.appendChild(s('circle', { class: 'dot suppressed', cx: x, cy: y, r: 12 }));
    } else if (c.n > 0) {
      svg.appendChild(s('circle', { class: 'dot', cx: x, cy: y, r: Math.round(6 + 24 * Math.sqrt(c.n / max)) }));
    }
    svg.appendChild(s('text', { class: 'chart-label', x, y: ly, 'text-anchor': 'middle' },
      storyValueName(TRIAD, v)));
    svg.appendChild(s('text', { class: c.n === null ? 'chart-note' : 'chart-num', x, y: ly + 16, 'text-anchor': 'middle' },
      countText(c, k)));
  });
  return figure(id, title, svg, rows.map(([label, c]) => [label, c]), k);
}

// The cells of chart d as rows [label, cell, value], in the order of the
// labels (known values, then others, "not given" last); known values that
// did not occur as 0 (only asked when the total is shown).
function rowsOf(d, cells, known) {
  const byValue = new Map(cells.map((c) => [c.value, c]));
  const order = (known || []).slice();
  for (const c of cells) if (c.value !== null && !order.includes(c.value)) order.push(c.value);
  const rows = order.map((v) => [storyValueName(d, v), byValue.get(v) || { value: v, n: 0, suppressed: false }, v]);
  if (byValue.has(null)) rows.push([L.notGiven, byValue.get(null), null]);
  return rows;
}

function draw(r) {
  const k = r.k;
  const body = document.getElementById('stories-body');
  const head = h('p', { class: 'stories-total', id: 'stories-total' },
    r.total.n === null ? L.storiesFewerTotal(k) : L.storiesTotal(r.total.n));
  if (r.total.n === null || r.total.n === 0) {
    fill(body, head, r.total.n === 0 ? h('p', { class: 'muted' }, L.storiesNone) : null);
    return;
  }
  const charts = [vbars('stories-series', L.storiesOverTime(r.by),
    r.series.map((c) => [c.period, c]), k, L.storiesPeriod, null, SERIES_W)];
  for (const d of DIMENSIONS) {
    charts.push(hbars(`stories-${d}`, L.dimName(d), rowsOf(d, r.dimensions[d] || [], STORY_ORDER[d]), k));
  }
  const sig = r.signifiers || {};
  charts.push(triangle('stories-sig-triad', L.sigName(TRIAD), rowsOf(TRIAD, sig[TRIAD] || [], STORY_ORDER.triad), k));
  for (const d of DYADS) {
    charts.push(vbars(`stories-sig-${d}`, L.sigName(d), rowsOf(d, sig[d] || [], ['1', '2', '3', '4', '5']),
      k, L.storiesValue, L.dyadEnds(d)));
  }
  for (const d of CHOICES) {
    charts.push(hbars(`stories-sig-${d}`, L.sigName(d), rowsOf(d, sig[d] || [], STORY_ORDER[d]), k));
  }
  fill(body, head, h('div', { class: 'story-charts' }, charts));
}

export async function refresh(ctx) {
  if (!root) return;
  const q = new URLSearchParams({
    from: form.querySelector('#stories-from').value,
    to: form.querySelector('#stories-to').value,
    by: form.querySelector('#stories-by').value,
  });
  for (const f of ['role', 'municipality']) {
    const v = form.querySelector(`#stories-${f}`).value;
    if (v) q.set(f, v);
  }
  let r;
  try {
    r = await api('GET', '/stories/dashboard?' + q.toString());
  } catch (err) {
    ctx.report(err);
    return;
  }
  // The daemon counts whole weeks or months: show the period it counted.
  form.querySelector('#stories-from').value = r.from;
  form.querySelector('#stories-to').value = r.to;
  fill(document.getElementById('stories-intro'), L.storiesIntro(r.k));
  draw(r);
  root.dataset.loaded = String(Date.now());
}
