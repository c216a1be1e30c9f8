// queue.js — the young people waiting for my teams (GET /queue): crisis
// first, then priority, then the longest wait, as the daemon orders them.
// "Volgende jongere helpen" takes the most urgent one (POST /queue/next);
// "Aannemen" a chosen one. The list is read again on every queue event
// (app.js) and every few seconds; the waits tick on between reads. A crisis
// row that was not there before raises the crisis alert.

import { L, duration, subject } from './labels-nl.js';
import { api } from './api.js';
import { h, fill, $ } from './dom.js';
import * as chat from './chat.js';

const TICK_MS = 5000;	// waits and windows are redrawn this often

const q = {
  root: null,
  items: [],
  total: 0,
  fetchedAt: 0,
  seenCrisis: new Set(),
  loading: null,	// the read in flight
  again: false,		// another read was asked for meanwhile
  tick: null,
};

// Chats waiting for my teams: the server lists the most urgent, total counts them all.
export function count() { return q.total; }

export function reset() {
  clearInterval(q.tick);
  q.items = [];
  q.total = 0;
  q.seenCrisis = new Set();
  if (q.root) q.root.replaceChildren();
}

export function init(root, ctx) {
  q.root = root;
  fill(root,
    h('div', { class: 'view-head' },
      h('h2', { id: 'queue-title', tabindex: '-1' }, L.queueTitle),
      h('span', { id: 'queue-summary', class: 'muted', role: 'status' }),
      h('button', { type: 'button', id: 'next-button', class: 'primary', onclick: () => next(ctx) },
        L.next, ' ', h('kbd', {}, 'v'))),
    h('p', { id: 'queue-empty', class: 'empty' }, L.queueEmpty),
    h('table', { id: 'queue-table', class: 'queue', hidden: true },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, L.colTeam),
        h('th', { scope: 'col' }, L.colWho),
        h('th', { scope: 'col' }, L.colWait),
        h('th', { scope: 'col' }, L.colWindow),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, L.colAction)))),
      h('tbody', { id: 'queue-rows' })));
  clearInterval(q.tick);
  q.tick = setInterval(redrawTimes, TICK_MS);
}

// Read the queue again; calls while a read is in flight make one more read after it.
export function refresh(ctx) {
  if (q.loading) { q.again = true; return q.loading; }
  q.loading = (async () => {
    try {
      const r = await api('GET', '/queue');
      q.items = r.items || [];
      q.total = Number.isInteger(r.total) ? r.total : q.items.length;
      q.fetchedAt = Date.now();
      render(ctx);
    } catch (err) {
      ctx.report(err);
    } finally {
      q.loading = null;
      if (q.again) { q.again = false; refresh(ctx); }
    }
  })();
  return q.loading;
}

export async function next(ctx) {
  const btn = $('#next-button');
  if (btn) btn.disabled = true;
  try {
    const conv = await api('POST', '/queue/next');
    ctx.ack(conv.id);
    await chat.open(conv.id, ctx, conv);
    ctx.show('chats');
  } catch (err) {
    if (err.status === 404) ctx.announce(L.nextNone), flash(L.nextNone);
    else ctx.report(err);
  } finally {
    if (btn) btn.disabled = false;
    refresh(ctx);
  }
}

async function claim(id, ctx) {
  try {
    const conv = await api('POST', `/conversations/${encodeURIComponent(id)}/claim`);
    ctx.ack(id);
    await chat.open(conv.id, ctx, conv);
    ctx.show('chats');
  } catch (err) {
    ctx.report(err);
  } finally {
    refresh(ctx);
  }
}

function flash(text) {
  const s = $('#queue-summary');
  if (s) fill(s, text);
}

function topic(item) {
  return subject(item.summary, item.crisis_category) || '—';
}

function elapsed() { return (Date.now() - q.fetchedAt) / 1000; }

function waitText(item) { return duration(item.wait_seconds + elapsed()); }

function windowText(item) {
  if (item.window_seconds_left === null || item.window_seconds_left === undefined) return L.windowSms;
  const left = item.window_seconds_left - elapsed();
  return left > 0 ? duration(left) : '0';
}

function render(ctx) {
  const rows = $('#queue-rows');
  if (!rows) return;
  const fresh = [];
  // The row that has the keyboard focus keeps it across the redraw.
  const focused = rows.contains(document.activeElement) ? document.activeElement.closest('tr').dataset.id : null;
  fill(rows, q.items.map((item) => {
    if (item.crisis && !q.seenCrisis.has(item.id)) {
      q.seenCrisis.add(item.id);
      fresh.push(item);
    }
    return h('tr', { class: item.crisis ? 'crisis' : null, dataset: { id: item.id } },
      h('td', {}, h('span', { class: 'team' }, item.team)),
      h('td', {},
        item.crisis ? h('span', { class: 'badge crisis-badge' }, L.crisis) : null,
        item.crisis ? ' ' : null,
        h('span', { class: 'topic' }, topic(item)),
        item.language && item.language !== 'nl' ? h('span', { class: 'lang' }, ' ', item.language) : null),
      h('td', { class: 'wait' }, waitText(item)),
      h('td', { class: 'window' }, windowText(item)),
      h('td', {}, h('button', { type: 'button', onclick: () => claim(item.id, ctx),
        'aria-label': `${L.claim}: ${item.team}, ${topic(item)}` }, L.claim)));
  }));
  $('#queue-table').hidden = q.items.length === 0;
  $('#queue-empty').hidden = q.items.length > 0;
  fill($('#queue-summary'), q.total ? L.queueCount(q.total) : '');
  fill($('#queue-count'), q.total ? String(q.total) : '');
  if (focused) {
    const b = rows.querySelector(`tr[data-id="${CSS.escape(focused)}"] button`);
    if (b) b.focus();
  }
  for (const item of fresh) ctx.crisisAlert(item.id, L.crisisAlert(item.crisis_category));
  ctx.updateTitle();
}

function redrawTimes() {
  const rows = $('#queue-rows');
  if (!rows) return;
  for (const tr of rows.children) {
    const item = q.items.find((i) => String(i.id) === tr.dataset.id);
    if (!item) continue;
    fill(tr.querySelector('.wait'), waitText(item));
    fill(tr.querySelector('.window'), windowText(item));
  }
}
