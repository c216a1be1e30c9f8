// chat.js — the open chats, one tab each: the transcript (young person, bot
// and counsellors; media as kind + caption; each reply with its delivery
// tick), the reply box with the standard answers of my teams, the notes
// (never sent), the time left in WhatsApp's 24-hour window, and claim /
// transfer / release / close. Live events (app.js) add messages and ticks.
// Every text goes in with textContent (dom.js): what a young person types
// is shown as they typed it.

import { L, clock, subject } from './labels-nl.js';
import { api } from './api.js';
import { h, fill, $ } from './dom.js';

const PAGE = 50;		// messages read at once
const TICK_MS = 30000;		// the 24-hour window is redrawn this often
const WINDOW_WARN_S = 2 * 3600;	// less than this left: the window is shown as a warning
const TICKS = { queued: '◷', sending: '◷', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '✕' };

const c = {
  root: null,
  tabs: new Map(),	// String(conversation id) -> Chat
  active: null,
  canned: null,		// GET /canned, read once
  tick: null,
};

export function init(root, ctx) {
  c.root = root;
  fill(root,
    h('div', { class: 'view-head' }, h('h2', { id: 'chats-title', tabindex: '-1' }, L.chatsTitle)),
    h('p', { id: 'chats-empty', class: 'empty' }, L.chatsEmpty),
    h('div', { id: 'chat-tabs', class: 'tabs', role: 'tablist', 'aria-label': L.chatTabs,
      onkeydown: (ev) => tabKeys(ev) }),
    h('div', { id: 'chat-panels' }));
  clearInterval(c.tick);
  c.tick = setInterval(() => { for (const ch of c.tabs.values()) ch.renderWindow(); }, TICK_MS);
  updateCount();
}

export function reset() {
  clearInterval(c.tick);
  c.tabs.clear();
  c.active = null;
  c.canned = null;
  if (c.root) c.root.replaceChildren();
}

export function isOpen(id) { return c.tabs.has(String(id)); }

// My assigned chats, opened as tabs (after a login or a reload of the page).
export async function loadMine(ctx) {
  try {
    const r = await api('GET', '/conversations?status=assigned');
    const mine = (r.items || []).filter((conv) => conv.assigned_to && conv.assigned_to.id === ctx.me.staff.id);
    for (const conv of mine) await open(conv.id, ctx, conv, { background: true });
  } catch (err) {
    ctx.report(err);
  }
}

// Open (or select) the chat with this id; conv when the caller has it already.
export async function open(id, ctx, conv, opts = {}) {
  const key = String(id);
  let ch = c.tabs.get(key);
  if (!ch) {
    ch = new Chat(key, ctx);
    c.tabs.set(key, ch);
    updateCount();
    if (!opts.background || !c.active) activate(key);
    await ch.load(conv);
  } else {
    if (!opts.background) activate(key);
    if (conv) ch.setConv(conv);
  }
  return ch;
}

// Select the n-th tab (0-based); false when there is none.
export function select(n) {
  const key = [...c.tabs.keys()][n];
  if (key === undefined) return false;
  activate(key, true);
  return true;
}

export function message(d, ctx) {
  const key = String(d.conversation_id);
  const ch = c.tabs.get(key);
  if (ch) ch.addMessage(d.message);
  else open(key, ctx, null, { background: true });	// a message in one of my chats
}

export function status(d, ctx) {
  const ch = c.tabs.get(String(d.conversation_id));
  if (ch && d.message) ch.addMessage(d.message);
}

// claimed, released, closed, transferred: read the chat again.
export function changed(d, ctx) {
  const ch = c.tabs.get(String(d.conversation_id));
  if (ch) ch.load();
}

export function refreshAll(ctx) {
  for (const ch of c.tabs.values()) ch.load();
}

function updateCount() {
  const n = c.tabs.size;
  const el = $('#chat-count');
  if (el) fill(el, n ? String(n) : '');
  const empty = $('#chats-empty');
  if (empty) empty.hidden = n > 0;
}

function activate(key, focus) {
  c.active = key;
  for (const [k, ch] of c.tabs) ch.setActive(k === key);
  const ch = c.tabs.get(key);
  if (ch && focus) ch.tab.focus();
}

function closeTab(key) {
  const ch = c.tabs.get(key);
  if (!ch) return;
  ch.tab.remove();
  ch.panel.remove();
  c.tabs.delete(key);
  if (c.active === key) {
    c.active = null;
    const first = c.tabs.keys().next();
    if (!first.done) activate(first.value);
  }
  updateCount();
}

// Arrow keys move between tabs (the WAI-ARIA tabs pattern).
function tabKeys(ev) {
  const keys = [...c.tabs.keys()];
  const i = keys.indexOf(c.active);
  let j = null;
  if (ev.key === 'ArrowRight') j = (i + 1) % keys.length;
  else if (ev.key === 'ArrowLeft') j = (i - 1 + keys.length) % keys.length;
  else if (ev.key === 'Home') j = 0;
  else if (ev.key === 'End') j = keys.length - 1;
  if (j === null || keys.length === 0) return;
  ev.preventDefault();
  activate(keys[j], true);
}

async function cannedFor(ctx) {
  if (c.canned === null) {
    try {
      const r = await api('GET', '/canned');
      c.canned = r.items || [];
    } catch (err) {
      c.canned = [];
      ctx.report(err);
    }
  }
  return c.canned;
}

function senderName(m) {
  if (m.sender === 'youth') return L.youth;
  if (m.sender === 'bot') return L.bot;
  return m.alias ? `${m.alias}` : L.counsellor;
}

function tickEl(m) {
  if (m.direction !== 'out' || !m.status) return null;
  return h('span', { class: `tick tick-${m.status}`, dataset: { status: m.status }, title: L.tick(m.status) },
    h('span', { 'aria-hidden': 'true' }, TICKS[m.status] || '?'),
    h('span', { class: 'visually-hidden' }, L.tick(m.status)),
    m.status === 'failed' && m.error ? h('span', { class: 'tick-error' }, ' ', String(m.error)) : null);
}

function messageEl(m) {
  const media = m.kind && m.kind !== 'text' && m.kind !== 'interactive';
  return h('li', { class: `msg from-${m.sender || 'youth'} ${m.direction === 'out' ? 'out' : 'in'}`,
    dataset: { id: m.id, status: m.status || null } },
    h('div', { class: 'msg-meta' },
      h('span', { class: 'who' }, senderName(m)), ' ',
      h('time', { datetime: m.at || '' }, clock(m.at)), ' ',
      tickEl(m)),
    media ? h('p', { class: 'media' }, h('span', { class: 'kind' }, L.media(m.kind)), ' ',
      m.caption ? h('span', { class: 'caption' }, String(m.caption)) : null) : null,
    m.text ? h('p', { class: 'text' }, String(m.text)) : null);
}

class Chat {
  constructor(key, ctx) {
    this.key = key;
    this.ctx = ctx;
    this.conv = null;
    this.fetchedAt = 0;
    this.next = null;		// cursor of the older page
    this.ids = new Set();	// message ids shown
    this.loaded = false;	// the newest page was read
    const tabId = `tab-${key}`;
    const panelId = `panel-${key}`;
    this.tab = h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId,
      'aria-selected': 'false', tabindex: '-1', class: 'tab', dataset: { id: key },
      onclick: () => activate(key) }, h('span', { class: 'tab-label' }, '…'));
    this.panel = h('div', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId,
      class: 'chat', hidden: true, dataset: { id: key } });
    $('#chat-tabs').appendChild(this.tab);
    $('#chat-panels').appendChild(this.panel);
    this.build();
  }

  build() {
    const k = this.key;
    this.el = {
      title: h('h3', { class: 'chat-title' }),
      status: h('p', { class: 'chat-status' }),
      window: h('p', { class: 'chat-window' }),
      summary: h('dl', { class: 'summary' }),
      older: h('button', { type: 'button', class: 'quiet older', hidden: true, onclick: () => this.loadMessages(this.next) }, L.older),
      log: h('ol', { class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': L.transcript }),
      reply: h('form', { class: 'reply', onsubmit: (ev) => { ev.preventDefault(); this.send(); } }),
      notes: h('ul', { class: 'notes' }),
      noteForm: h('form', { class: 'note-form', onsubmit: (ev) => { ev.preventDefault(); this.addNote(); } }),
      actions: h('div', { class: 'actions' }),
    };
    const text = h('textarea', { id: `reply-${k}`, name: 'text', rows: '3', maxlength: '4096',
      'aria-describedby': `reply-hint-${k}`,
      onkeydown: (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); this.send(); } } });
    const canned = h('select', { id: `canned-${k}`, onchange: () => this.useCanned() });
    fill(this.el.reply,
      h('label', { for: `canned-${k}` }, L.canned), canned,
      h('label', { for: `reply-${k}` }, L.reply), text,
      h('p', { id: `reply-hint-${k}`, class: 'hint' }, L.replyHint),
      h('button', { type: 'submit', class: 'primary send' }, L.send));
    this.el.text = text;
    this.el.canned = canned;
    const note = h('textarea', { id: `note-${k}`, rows: '2', maxlength: '4096' });
    fill(this.el.noteForm, h('label', { for: `note-${k}` }, L.noteLabel), note,
      h('button', { type: 'submit' }, L.noteAdd));
    this.el.note = note;
    fill(this.panel,
      h('header', { class: 'chat-head' }, this.el.title, this.el.status, this.el.window,
        h('details', { class: 'summary-box' }, h('summary', {}, L.summary), this.el.summary),
        h('button', { type: 'button', class: 'quiet close-tab', onclick: () => closeTab(k) }, L.closeTab)),
      h('div', { class: 'chat-body' },
        h('div', { class: 'chat-main' }, this.el.older, this.el.log, this.el.reply),
        h('aside', { class: 'chat-side' },
          h('section', { 'aria-label': L.actions }, h('h4', {}, L.actions), this.el.actions),
          h('section', { 'aria-label': L.notes }, h('h4', {}, L.notes), this.el.notes, this.el.noteForm))));
  }

  setActive(on) {
    this.tab.setAttribute('aria-selected', on ? 'true' : 'false');
    this.tab.tabIndex = on ? 0 : -1;
    this.panel.hidden = !on;
    if (on) this.tab.classList.remove('unread');
  }

  mine() {
    const me = this.ctx.me;
    return !!(this.conv && me && this.conv.status === 'assigned' && this.conv.assigned_to &&
      this.conv.assigned_to.id === me.staff.id);
  }

  async load(conv) {
    try {
      if (!conv) conv = await api('GET', `/conversations/${encodeURIComponent(this.key)}`);
      this.setConv(conv);
      if (!this.loaded) await this.loadMessages(null);
      await this.loadNotes();
      await this.fillCanned();
    } catch (err) {
      if (err.status === 404 || err.status === 403) {
        this.ctx.announce(err.status === 404 ? L.notFound : L.forbidden);
        closeTab(this.key);
      }
      this.ctx.report(err);
    }
  }

  setConv(conv) {
    const was = this.mine();
    this.conv = conv;
    this.fetchedAt = Date.now();
    this.render();
    if (was && !this.mine() && conv.assigned_to) this.ctx.announce(L.claimedBy(conv.assigned_to.alias));
  }

  render() {
    const conv = this.conv;
    const s = conv.summary || {};
    const topic = subject(s, conv.crisis_category);
    fill(this.tab.querySelector('.tab-label'),
      conv.crisis ? h('span', { class: 'badge crisis-badge' }, L.crisis) : null, conv.crisis ? ' ' : null,
      `${conv.team || ''}${topic ? ' · ' + topic : ''}`);
    this.tab.classList.toggle('crisis', !!conv.crisis);
    fill(this.el.title, conv.crisis ? h('span', { class: 'badge crisis-badge' }, L.crisis) : null,
      conv.crisis ? ' ' : null, `${conv.team || ''}${topic ? ' — ' + topic : ''}`);
    fill(this.el.status, `${L.status}: ${L.statusName(conv.status)}`,
      conv.assigned_to ? ` · ${L.assignedTo(conv.assigned_to.alias)}` : '');
    this.panel.dataset.status = conv.status;
    fill(this.el.summary, Object.entries(s).flatMap(([k, v]) => [h('dt', {}, k),
      h('dd', {}, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))]));
    this.renderWindow();
    this.el.reply.hidden = !this.mine();
    this.el.text.disabled = !this.mine();
    this.renderActions();
  }

  renderWindow() {
    const conv = this.conv;
    if (!conv) return;
    const el = this.el.window;
    el.classList.remove('warn', 'shut');
    if (conv.window_seconds_left === null || conv.window_seconds_left === undefined) {
      fill(el, conv.channel === 'sms' ? L.windowSms : '');
      return;
    }
    const left = conv.window_seconds_left - (Date.now() - this.fetchedAt) / 1000;
    if (left <= 0) {
      el.classList.add('shut');
      fill(el, L.windowShut);
    } else {
      if (left < WINDOW_WARN_S) el.classList.add('warn');
      fill(el, L.windowLeft(left));
    }
  }

  renderActions() {
    const me = this.ctx.me;
    const conv = this.conv;
    const k = this.key;
    const parts = [];
    if (conv.status === 'queued') {
      parts.push(h('button', { type: 'button', class: 'primary', onclick: () => this.act('claim', {}) }, L.claim));
    }
    if (this.mine()) {
      const teams = (me.teams || ['JIP', 'JIT', 'CIT']).filter((t) => t !== conv.team);
      const team = h('select', { id: `transfer-team-${k}` }, teams.map((t) => h('option', { value: t }, t)));
      const note = h('input', { id: `transfer-note-${k}`, maxlength: '4096' });
      parts.push(h('form', { class: 'act transfer', onsubmit: (ev) => {
        ev.preventDefault();
        const body = { team: team.value };
        if (note.value.trim()) body.note = note.value.trim();
        this.act('transfer', body, L.transferred(team.value));
      } }, h('label', { for: `transfer-team-${k}` }, L.transferTo), team,
      h('label', { for: `transfer-note-${k}` }, L.transferNote), note,
      h('button', { type: 'submit' }, L.transfer)));
      parts.push(h('button', { type: 'button', class: 'release', onclick: () => this.act('release', {}, L.released) }, L.release));
      const outcome = h('select', { id: `outcome-${k}` }, (me.outcomes || []).map((o) => h('option', { value: o }, o)));
      parts.push(h('form', { class: 'act close', onsubmit: (ev) => {
        ev.preventDefault();
        this.act('close', { outcome: outcome.value }, L.closed);
      } }, h('label', { for: `outcome-${k}` }, L.outcome), outcome, h('button', { type: 'submit' }, L.close)));
    }
    fill(this.el.actions, parts);
  }

  // claim, transfer, release, close. After the last three the chat is no
  // longer mine: its tab closes and the announcement says what happened.
  async act(what, body, done) {
    try {
      const conv = await api('POST', `/conversations/${encodeURIComponent(this.key)}/${what}`, body);
      if (what === 'claim') {
        this.setConv(conv);
        this.ctx.ack(this.key);
        await this.fillCanned();
        this.el.text.focus();
      } else {
        this.ctx.announce(done);
        closeTab(this.key);
      }
      this.ctx.refreshQueue();
    } catch (err) {
      this.ctx.report(err);
      if (err.status === 409) this.load();
    }
  }

  async loadMessages(before) {
    const q = `?limit=${PAGE}` + (before ? `&before=${encodeURIComponent(before)}` : '');
    const r = await api('GET', `/conversations/${encodeURIComponent(this.key)}/messages${q}`);
    const items = (r.items || []).filter((m) => !this.ids.has(String(m.id)));
    const els = items.map((m) => { this.ids.add(String(m.id)); return messageEl(m); });
    // Older pages, and the first page, go before what live events added already.
    this.el.log.prepend(...els);
    if (!before) { this.loaded = true; this.scrollDown(true); }
    this.next = r.next || null;
    this.el.older.hidden = !this.next;
  }

  // A message from an event or a reply just sent: added, or its tick updated.
  addMessage(m) {
    if (!m || m.id === undefined) return;
    const id = String(m.id);
    if (this.ids.has(id)) {
      const old = this.el.log.querySelector(`li[data-id="${CSS.escape(id)}"]`);
      if (old) old.replaceWith(messageEl(m));
      return;
    }
    this.ids.add(id);
    const near = this.nearBottom();
    this.el.log.appendChild(messageEl(m));
    this.scrollDown(near);
    if (m.direction === 'in') {
      if (c.active !== this.key || document.hidden) this.tab.classList.add('unread');
      this.ctx.announce(`${L.newMessage}: ${this.conv ? this.conv.team : ''}`);
      if (this.conv) { this.conv.window_seconds_left = this.conv.channel === 'sms' ? null : 24 * 3600; this.fetchedAt = Date.now(); this.renderWindow(); }
    }
  }

  nearBottom() {
    const l = this.el.log;
    return l.scrollHeight - l.scrollTop - l.clientHeight < 80;
  }

  scrollDown(yes) {
    if (yes) this.el.log.scrollTop = this.el.log.scrollHeight;
  }

  async send() {
    const text = this.el.text.value.trim();
    if (!text || !this.mine()) return;
    const btn = this.el.reply.querySelector('button.send');
    btn.disabled = true;
    try {
      const r = await api('POST', `/conversations/${encodeURIComponent(this.key)}/messages`, { text });
      this.el.text.value = '';
      this.addMessage({ id: r.id, direction: 'out', sender: 'counsellor', alias: this.ctx.me.staff.alias,
        kind: 'text', text, at: new Date().toISOString(), status: r.status || 'queued' });
    } catch (err) {
      if (err.status === 422 && err.body && 'template' in err.body) {
        this.ctx.report(new Error(L.outsideWindow(err.body.template)));
      } else {
        this.ctx.report(err);
      }
    } finally {
      btn.disabled = false;
      this.el.text.focus();
    }
  }

  async fillCanned() {
    if (!this.mine() || this.el.canned.options.length > 0) return;
    const items = await cannedFor(this.ctx);
    const lang = this.conv.language === 'en' ? 'en' : 'nl';
    const byTeam = new Map();
    for (const it of items) {
      if (!byTeam.has(it.team)) byTeam.set(it.team, []);
      byTeam.get(it.team).push(it);
    }
    const teams = [...byTeam.keys()].sort((a, b) => (a === this.conv.team ? -1 : b === this.conv.team ? 1 : 0));
    fill(this.el.canned, h('option', { value: '' }, L.cannedPick),
      teams.map((t) => h('optgroup', { label: t }, byTeam.get(t).map((it) =>
        h('option', { value: (it.text && (it.text[lang] || it.text.nl)) || '' }, it.title)))));
  }

  useCanned() {
    const v = this.el.canned.value;
    if (!v) return;
    const t = this.el.text;
    t.value = t.value.trim() ? `${t.value.trimEnd()} ${v}` : v;
    this.el.canned.value = '';
    t.focus();
  }

  async loadNotes() {
    const r = await api('GET', `/conversations/${encodeURIComponent(this.key)}/notes`);
    const items = r.items || [];
    fill(this.el.notes, items.length ? items.map((n) => h('li', {},
      h('div', { class: 'msg-meta' }, h('span', { class: 'who' }, String(n.alias || '')), ' ',
        h('time', { datetime: n.at || '' }, clock(n.at))),
      h('p', { class: 'text' }, String(n.text)))) : h('li', { class: 'muted' }, L.notesEmpty));
  }

  async addNote() {
    const text = this.el.note.value.trim();
    if (!text) return;
    try {
      await api('POST', `/conversations/${encodeURIComponent(this.key)}/notes`, { text });
      this.el.note.value = '';
      await this.loadNotes();
    } catch (err) {
      this.ctx.report(err);
    }
  }
}

