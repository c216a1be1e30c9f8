// app.js — the console's frame: log in and out, the navigation, the live
// event stream, crisis alerts (banner, sound, title-bar count), the one
// place errors are shown, and the keyboard shortcuts. The views are
// queue.js (the waiting young people), chat.js (open chats as tabs) and
// stats.js (today's figures, for supervisors); stories.js (the story
// dashboard, for researchers, supervisors and admins). A researcher sees
// only the story dashboard: no queue, no chats, no live events.

import { L } from './labels-nl.js';
import { api, setCsrf, onUnauthorized, stream } from './api.js';
import { h, fill, $ } from './dom.js';
import { unlockSound, crisisSound } from './alarm.js';
import * as queue from './queue.js';
import * as chat from './chat.js';
import * as stats from './stats.js';
import * as stories from './stories.js';

const QUEUE_POLL_MS = 15000;	// the queue is read again this often, events or not

const state = {
  me: null,		// GET /me: {staff, csrf, outcomes, teams}
  view: 'queue',
  events: null,
  poll: null,
  streamSeen: false,
  alerts: new Map(),	// conversation id -> banner element (unacknowledged)
};

// ---- the one error path --------------------------------------------------

function report(err) {
  let msg;
  if (!err || err.status === undefined) msg = String(err && err.message || err);
  else if (err.status === 0) msg = L.networkError;
  else if (err.status === 401) return;	// onUnauthorized shows the login
  else msg = err.message || (err.status === 403 ? L.forbidden : L.errorTitle);
  const box = $('#errors');
  const item = h('div', { class: 'error' },
    h('strong', {}, L.errorTitle + ': '), h('span', {}, msg),
    h('button', { type: 'button', class: 'quiet', onclick: () => item.remove() }, L.dismiss));
  box.appendChild(item);
  while (box.children.length > 3) box.firstChild.remove();
}

function announce(text) {
  fill($('#announce'), text);
}

// ---- alerts: banner, sound, title ------------------------------------------

function updateTitle() {
  const n = state.alerts.size;
  const q = queue.count();
  let t = L.appTitle;
  if (q > 0) t = `(${q}) ` + t;
  if (n > 0) t = `(${n} ${L.crisis.toLowerCase()}) ` + t;
  document.title = t;
}

// A crisis for conversation id (category may be null): one banner per
// conversation until it is acknowledged; the sound on every new one.
function crisisAlert(id, text, opts = {}) {
  if (state.alerts.has(id)) return;
  const banner = h('div', { class: 'alert crisis-alert', role: 'alert', dataset: { conversation: id } },
    h('strong', {}, L.crisis), ' ', h('span', {}, text),
    h('button', { type: 'button', class: 'primary', onclick: () => { ack(id); chat.open(id, ctx); show('chats'); } }, L.open),
    h('button', { type: 'button', class: 'quiet', onclick: () => ack(id) }, L.seen));
  state.alerts.set(id, banner);
  $('#alerts').appendChild(banner);
  if (!opts.silent) crisisSound();
  updateTitle();
}

function otherAlert(id, text) {
  const banner = h('div', { class: 'alert', role: 'status' }, h('span', {}, text),
    h('button', { type: 'button', class: 'quiet', onclick: () => banner.remove() }, L.dismiss));
  $('#alerts').appendChild(banner);
}

function ack(id) {
  const b = state.alerts.get(id);
  if (b) b.remove();
  state.alerts.delete(id);
  updateTitle();
}

function ackAll() {
  for (const id of [...state.alerts.keys()]) ack(id);
}

// ---- views ------------------------------------------------------------------

function show(view) {
  if (view === 'stats' && !isSupervisor()) return;
  if (view === 'stories' && !readsStories()) return;
  if ((view === 'queue' || view === 'chats') && isResearcher()) return;
  state.view = view;
  $('#work').hidden = view === 'stats' || view === 'stories';
  $('#work').dataset.focus = view;
  $('#stats-view').hidden = view !== 'stats';
  $('#stories-view').hidden = view !== 'stories';
  for (const b of document.querySelectorAll('#nav button')) {
    if (b.dataset.view === view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (view === 'stats') stats.refresh(ctx);
  if (view === 'stories') stories.refresh(ctx);
  const target = view === 'stats' ? $('#stats-title') : view === 'stories' ? $('#stories-title')
    : view === 'chats' ? $('#chats-title') : $('#queue-title');
  if (target) target.focus();
}

function isSupervisor() {
  const r = state.me && state.me.staff.role;
  return r === 'supervisor' || r === 'admin';
}

function isResearcher() {
  return !!state.me && state.me.staff.role === 'researcher';
}

function readsStories() {
  return isSupervisor() || isResearcher();
}

// What every view may use.
const ctx = {
  get me() { return state.me; },
  report,
  announce,
  show,
  crisisAlert,
  ack,
  updateTitle,
  refreshQueue: () => queue.refresh(ctx),
};

// ---- events ------------------------------------------------------------------

function startEvents() {
  state.events = stream({
    queued: () => queue.refresh(ctx),
    claimed: (d) => { queue.refresh(ctx); chat.changed(d, ctx); ack(d.conversation_id); },
    released: (d) => { queue.refresh(ctx); chat.changed(d, ctx); },
    closed: (d) => { queue.refresh(ctx); chat.changed(d, ctx); },
    transferred: (d) => { queue.refresh(ctx); chat.changed(d, ctx); },
    message: (d) => chat.message(d, ctx),
    status: (d) => chat.status(d, ctx),
    crisis: (d) => {
      const mine = chat.isOpen(d.conversation_id);
      crisisAlert(d.conversation_id, d.category === 'crisis_unclaimed' ? L.crisisUnclaimed
        : mine ? L.crisisInChat(d.category) : L.crisisAlert(d.category));
      queue.refresh(ctx);
    },
    alert: (d) => otherAlert(d.conversation_id, d.category === 'idle' ? L.idleAlert : String(d.category)),
  }, (st) => {
    const c = $('#conn');
    c.dataset.state = st;
    fill(c, st === 'open' ? L.live : L.offline);
    // After a reconnect, read again what may have changed meanwhile.
    if (st === 'open' && state.streamSeen) { queue.refresh(ctx); chat.refreshAll(ctx); }
    if (st === 'open') state.streamSeen = true;
  });
}

// ---- log in and out -----------------------------------------------------------

async function start(me) {
  state.me = me;
  setCsrf(me.csrf);
  $('#login-view').hidden = true;
  $('#work').hidden = false;
  $('#nav').hidden = false;
  $('#logout').hidden = false;
  $('#nav button[data-view="stats"]').hidden = !isSupervisor();
  $('#nav button[data-view="stories"]').hidden = !readsStories();
  $('#nav button[data-view="queue"]').hidden = isResearcher();
  $('#nav button[data-view="chats"]').hidden = isResearcher();
  fill($('#me'), L.youAre(me.staff.alias || me.staff.login, me.staff.role));
  stories.init($('#stories-view'), ctx);
  if (isResearcher()) {	// counts only: no queue, no chats, no events
    show('stories');
    return;
  }
  queue.init($('#queue-view'), ctx);
  chat.init($('#chat-view'), ctx);
  stats.init($('#stats-view'), ctx);
  show('queue');
  startEvents();
  state.poll = setInterval(() => queue.refresh(ctx), QUEUE_POLL_MS);
  await Promise.all([queue.refresh(ctx), chat.loadMine(ctx)]);
}

function stop(message) {
  if (state.events) state.events.close();
  state.events = null;
  clearInterval(state.poll);
  state.me = null;
  state.streamSeen = false;
  setCsrf(null);
  ackAll();
  queue.reset();
  chat.reset();
  $('#work').hidden = true;
  $('#stats-view').hidden = true;
  $('#stories-view').hidden = true;
  $('#nav').hidden = true;
  $('#logout').hidden = true;
  fill($('#me'));
  fill($('#conn'));
  $('#login-view').hidden = false;
  fill($('#login-error'), message || '');
  document.title = L.appTitle;
  $('#login-name').focus();
}

async function login(ev) {
  ev.preventDefault();
  unlockSound();
  const form = ev.target;
  const btn = form.querySelector('button[type="submit"]');
  fill($('#login-error'));
  btn.disabled = true;
  fill(btn, L.loginBusy);
  try {
    const r = await api('POST', '/session', { login: form.login.value, password: form.password.value });
    setCsrf(r.csrf);
    form.password.value = '';
    const me = await api('GET', '/me');
    await start(me);
  } catch (err) {
    if (err.status === 401 || err.status === 400) fill($('#login-error'), err.message);
    else if (err.status === 429) fill($('#login-error'), L.retryAfter((err.body && err.body.retry_after) || '?'));
    else if (err.status === 0) fill($('#login-error'), L.networkError);
    else fill($('#login-error'), err.message);
  } finally {
    btn.disabled = false;
    fill(btn, L.loginButton);
  }
}

async function logout() {
  try { await api('DELETE', '/session'); } catch (err) { /* gone already */ }
  stop(L.loggedOut);
}

// ---- keyboard ------------------------------------------------------------------

function keys(ev) {
  if (ev.key === 'Escape') {
    if ($('#help').open) { $('#help').close(); ev.preventDefault(); return; }
    const first = state.alerts.keys().next();
    if (!first.done) { ack(first.value); ev.preventDefault(); }
    return;
  }
  const t = ev.target;
  if (ev.ctrlKey || ev.metaKey || ev.altKey || !state.me) return;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  if (ev.key === 'w') show('queue');
  else if (ev.key === 'g') show('chats');
  else if (ev.key === 'o') show('stats');
  else if (ev.key === 'e') show('stories');
  else if (ev.key === 'v') { if (!isResearcher()) queue.next(ctx); }
  else if (ev.key === '?') toggleHelp();
  else if (/^[1-9]$/.test(ev.key)) { if (!isResearcher() && chat.select(Number(ev.key) - 1)) show('chats'); }
  else return;
  ev.preventDefault();
}

function toggleHelp() {
  const d = $('#help');
  if (d.open) d.close();
  else d.showModal();
}

// ---- start ---------------------------------------------------------------------

function labels() {
  for (const el of document.querySelectorAll('[data-l]')) el.textContent = L[el.dataset.l];
  document.title = L.appTitle;
  $('#nav').setAttribute('aria-label', L.nav);
  fill($('#help-keys'), L.keys.map(([k, what]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, what)]));
}

async function boot() {
  labels();
  onUnauthorized(() => { if (state.me) stop(L.sessionGone); });
  $('#login-form').addEventListener('submit', login);
  $('#logout').addEventListener('click', logout);
  $('#help-button').addEventListener('click', toggleHelp);
  for (const b of document.querySelectorAll('#nav button')) b.addEventListener('click', () => show(b.dataset.view));
  document.addEventListener('keydown', keys);
  document.addEventListener('pointerdown', unlockSound, { once: true });
  try {
    const me = await api('GET', '/me');	// still logged in (the cookie)?
    await start(me);
  } catch (err) {
    stop('');
  }
  document.documentElement.dataset.ready = '1';
}

boot();
