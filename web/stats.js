// stats.js — today's figures for supervisors (GET /stats): chats per route,
// median and longest wait per team, crisis chats and the time to claim
// them, drawn as plain bar charts. Each bar has its number beside it as
// text; the bars themselves are decoration (aria-hidden).

import { L, duration } from './labels-nl.js';
import { api } from './api.js';
import { h, fill } from './dom.js';

let root = null;

export function init(el, ctx) {
  root = el;
  fill(root, h('div', { class: 'view-head' },
    h('h2', { id: 'stats-title', tabindex: '-1' }, L.statsTitle),
    h('button', { type: 'button', onclick: () => refresh(ctx) }, L.statsRefresh)),
  h('div', { id: 'stats-body', class: 'stats' }));
}

// One chart: rows of [label, value, text]; bars scaled to the largest value.
function chart(title, rows, id) {
  const max = Math.max(1, ...rows.map((r) => r[1] || 0));
  return h('figure', { class: 'chart', id },
    h('figcaption', {}, title),
    rows.length === 0 ? h('p', { class: 'muted' }, L.statsNone) :
      h('table', { class: 'bars' }, h('tbody', {}, rows.map(([label, value, text]) => {
        const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
        bar.style.width = `${Math.round(((value || 0) / max) * 100)}%`;	// CSSOM: allowed by the CSP
        return h('tr', {}, h('th', { scope: 'row' }, label),
          h('td', { class: 'bar-cell' }, bar), h('td', { class: 'num' }, text));
      }))));
}

export async function refresh(ctx) {
  if (!root) return;
  let r;
  try {
    r = await api('GET', '/stats');
  } catch (err) {
    ctx.report(err);
    return;
  }
  const t = (r && r.today) || {};
  const routes = Object.entries(t.by_route || {}).sort((a, b) => b[1] - a[1]);
  const teams = Object.entries(t.by_team || {});
  const cr = t.crisis || {};
  fill(document.getElementById('stats-body'),
    chart(L.statsByRoute, routes.map(([k, n]) => [k, n, String(n)]), 'chart-routes'),
    chart(`${L.statsWaitTeam} (${L.statsMedian})`,
      teams.map(([k, v]) => [k, v.median_wait_seconds, duration(v.median_wait_seconds)]), 'chart-wait-median'),
    chart(`${L.statsWaitTeam} (${L.statsMax})`,
      teams.map(([k, v]) => [k, v.max_wait_seconds, duration(v.max_wait_seconds)]), 'chart-wait-max'),
    chart(`${L.navQueue}`, teams.map(([k, v]) => [k, v.queued,
      `${v.queued} ${L.statsQueued}, ${v.claimed} ${L.statsClaimed}, ${v.waiting_now} ${L.statsWaitingNow}`]), 'chart-teams'),
    h('figure', { class: 'chart crisis-figures', id: 'chart-crisis' },
      h('figcaption', {}, L.statsCrisis),
      h('dl', {},
        h('dt', {}, L.statsCrisisCount), h('dd', { class: 'big' }, String(cr.count || 0)),
        h('dt', {}, `${L.statsClaim} (${L.statsMedian})`), h('dd', {}, duration(cr.median_claim_seconds)),
        h('dt', {}, `${L.statsClaim} (${L.statsMax})`), h('dd', {}, duration(cr.max_claim_seconds)))));
}
