// api.js — the console's only way to the daemon.
//
// api(method, path, body): JSON in and out under /api/v1, the session
// cookie sent by the browser, X-CSRF-Token on every state-changing request.
// Every failure becomes one ApiError {status, message, body}; a 401 (the
// session is gone) also tells the app through onUnauthorized, so that every
// view need not.
//
// stream(handlers): the live events (Server-Sent Events, GET /events). The
// browser reconnects by itself and sends Last-Event-ID, so the daemon
// resumes after the last event seen. When the browser gives up (the stream
// ended with an error status, e.g. after a restart of the daemon), we open
// a new stream after a growing pause; an EventSource cannot set headers, so
// that one starts afresh, and onState('open') tells the app to read the
// queue and the open chats again. onState('open' | 'down') also shows the
// state in the top bar.

const BASE = '/api/v1';
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30000;
export const EVENT_KINDS = ['queued', 'message', 'status', 'crisis', 'alert', 'claimed',
  'released', 'closed', 'transferred'];

let csrf = null;
let unauthorized = () => {};

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body || {};
  }
}

export function setCsrf(token) { csrf = token; }
export function onUnauthorized(fn) { unauthorized = fn; }

export async function api(method, path, body) {
  const opts = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json; charset=utf-8';
    opts.body = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrf) opts.headers['X-CSRF-Token'] = csrf;
  let r;
  try {
    r = await fetch(BASE + path, opts);
  } catch (e) {
    throw new ApiError(0, 'network');
  }
  let data = null;
  if ((r.headers.get('Content-Type') || '').includes('json')) {
    try { data = await r.json(); } catch (e) { data = null; }
  }
  if (!r.ok) {
    const err = new ApiError(r.status, (data && data.error) || r.statusText, data);
    if (r.status === 429 && data && data.retry_after === undefined) {
      err.body.retry_after = Number(r.headers.get('Retry-After')) || null;
    }
    if (r.status === 401 && path !== '/session') unauthorized(err);
    throw err;
  }
  return data;
}

export function stream(handlers, onState) {
  let es = null;
  let delay = RETRY_MIN_MS;
  let timer = null;
  let stopped = false;

  function open() {
    es = new EventSource(BASE + '/events', { withCredentials: true });
    es.onopen = () => { delay = RETRY_MIN_MS; onState && onState('open'); };
    for (const kind of EVENT_KINDS) {
      es.addEventListener(kind, (ev) => {
        let data;
        try { data = JSON.parse(ev.data); } catch (e) { return; }
        if (handlers[kind]) handlers[kind](data);
      });
    }
    es.onerror = () => {
      onState && onState('down');
      if (es.readyState !== EventSource.CLOSED || stopped) return;
      es.close();
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    };
  }

  open();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      if (es) es.close();
    },
  };
}
