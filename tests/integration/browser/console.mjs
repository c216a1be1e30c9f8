// console.mjs — the web console in a real browser: Debian's chromium driven
// by playwright-core. Run by tests/integration/test_console_browser.py,
// which starts the daemon (real PostgreSQL, fake WhatsApp API), adds the
// counsellor, and writes the signed webhooks this script posts. Steps:
//   log in; a webhook arrives and the chat appears in the queue, live;
//   claim it; the young person's hostile text shows as text; reply (Ctrl+
//   Enter); the reply reaches the fake API and its delivery tick shows;
//   hand back (release); a crisis webhook makes the crisis row, the alert,
//   the sound and the title-bar count appear without a reload; the page
//   also fits a tablet; then a researcher logs in and sees only the story
//   dashboard ("Verhalen"): the charts, a suppressed count as "minder dan
//   k", the table under each chart, no text of any story. Screenshots of
//   the queue, the chat and the story dashboard go to SHOTS.
// Every wait is bounded (WAIT_MS). Prints one JSON line: {"ok": true,
// "steps": [...]} or {"ok": false, "step", "error"}; exits 0 or 1.
//
// Environment: CONSOLE_URL (…/console/), DAEMON_URL, FAKE_URL, LOGIN,
// PASSWORD, WEBHOOKS (a JSON file: {chat, crisis, other: {body, sig}}),
// YOUTH (the chat's number), REPLY (the text to send), SHOTS (directory
// for the screenshots), DEBUG_DIR (a screenshot on failure), CHROMIUM,
// RESEARCHER_LOGIN and RESEARCHER_PASSWORD, STORIES (JSON: {from, to,
// total, k, secret}: the period the test seeded, its number of stories,
// k, and a word of the stories' text that must never show).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const WAIT_MS = 15000;
const env = (k) => {
  if (!process.env[k]) throw new Error(`${k} not set`);
  return process.env[k];
};
const hooks = JSON.parse(readFileSync(env('WEBHOOKS'), 'utf8'));
const steps = [];
let step = 'start';
let browser = null;
let page = null;

function digits(s) { return String(s || '').replace(/\D/g, ''); }

async function postWebhook(w) {
  const r = await fetch(env('DAEMON_URL') + '/webhook/whatsapp', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': w.sig },
    body: w.body,
  });
  if (r.status !== 200) throw new Error(`webhook answered ${r.status}`);
}

async function fakeRequests() {
  const r = await fetch(env('FAKE_URL') + '/_requests');
  return r.json();
}

// Poll fn until it returns something true, for at most ms.
async function until(fn, what, ms = WAIT_MS) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

function done(what) { steps.push(what); }

async function main() {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'nl-NL' });
  page = await context.newPage();
  const dialogs = [];
  const pageErrors = [];
  const cspViolations = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
  page.setDefaultTimeout(WAIT_MS);

  step = 'log in';
  await page.goto(env('CONSOLE_URL'));
  await page.waitForSelector('html[data-ready="1"]');
  await page.fill('#login-name', env('LOGIN'));
  await page.fill('#login-password', env('PASSWORD'));
  await page.press('#login-password', 'Enter');
  await page.waitForSelector('#work:not([hidden])');
  await page.waitForSelector('#conn[data-state="open"]');
  // A mark that a reload would wipe: everything below happens on this page.
  await page.evaluate(() => { window.__noReload = 1; });
  done(step);

  step = 'chat arrives live';
  await postWebhook(hooks.chat);
  await page.waitForSelector('#queue-rows tr:not(.crisis)');
  const team = await page.$eval('#queue-rows tr:not(.crisis) .team', (e) => e.textContent);
  if (team !== 'JIT') throw new Error(`the queued chat's team is ${team}, expected JIT`);
  done(step);

  step = 'claim';
  // The rows are drawn anew on every queue event: click by selector, not a handle.
  await page.click('#queue-rows tr:not(.crisis) button');
  const panel = await page.waitForSelector('.chat:not([hidden])[data-status="assigned"]');
  const chatId = await panel.getAttribute('data-id');
  await page.waitForSelector(`#panel-${chatId} .transcript li.from-youth`);
  await page.waitForFunction(() => document.querySelectorAll('#queue-rows tr').length === 0);
  done(step);

  step = 'hostile text shown as text';
  const hostile = await page.$$eval(`#panel-${chatId} .transcript li.from-youth .text`,
    (els) => els.map((e) => e.textContent));
  if (!hostile.some((t) => t.includes('<img src=x onerror=alert(1)>') && t.includes('<script>')))
    throw new Error(`the hostile text is not shown as typed: ${JSON.stringify(hostile)}`);
  const injected = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
    onerror: document.querySelectorAll('[onerror]').length,
  }));
  if (injected.imgs !== 0 || injected.onerror !== 0 || injected.scripts.join() !== 'app.js')
    throw new Error(`elements were injected: ${JSON.stringify(injected)}`);
  done(step);

  step = 'reply';
  const reply = env('REPLY');
  await page.fill(`#reply-${chatId}`, reply);
  await page.press(`#reply-${chatId}`, 'Control+Enter');
  const mine = `#panel-${chatId} .transcript li.from-counsellor`;
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)]
    .some((li) => li.querySelector('.text') && li.querySelector('.text').textContent.length > 0), mine);
  done(step);

  step = 'the reply reaches the fake API';
  const youth = digits(env('YOUTH'));
  await until(async () => (await fakeRequests()).some((r) => digits(r.to) === youth &&
    r.body && r.body.type === 'text' && r.body.text && r.body.text.body === reply &&
    (r.status === 200 || r.status === 201)), 'the reply at the fake WhatsApp API');
  done(step);

  step = 'delivery tick';
  await page.waitForSelector(`${mine} .tick[data-status="delivered"], ${mine} .tick[data-status="read"]`);
  done(step);

  step = 'screenshot of the chat';
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(env('SHOTS'), 'console-chat.png') });
  done(step);

  step = 'hand back (release)';
  await page.click(`#panel-${chatId} button.release`);
  await page.waitForSelector(`#panel-${chatId}`, { state: 'detached' });
  await page.waitForFunction(() => document.querySelector('#announce').textContent.length > 0);
  done(step);

  step = 'crisis appears live';
  const soundsBefore = await page.evaluate(() => Number(document.documentElement.dataset.sounds || 0));
  await postWebhook(hooks.crisis);
  await page.waitForSelector('#queue-rows tr.crisis');
  await page.waitForSelector('.crisis-alert');
  await page.waitForFunction(() => /crisis/i.test(document.title));
  const sounds = await page.evaluate(() => Number(document.documentElement.dataset.sounds || 0));
  if (sounds <= soundsBefore) throw new Error('no crisis sound was played');
  const firstRow = await page.$eval('#queue-rows tr', (tr) => tr.classList.contains('crisis'));
  done(step);

  step = 'screenshot of the queue';
  await postWebhook(hooks.other);
  await page.waitForFunction(() => document.querySelectorAll('#queue-rows tr').length >= 2);
  const order = await page.$$eval('#queue-rows tr', (trs) => trs.map((tr) => tr.classList.contains('crisis')));
  if (!firstRow || order[0] !== true) throw new Error(`the crisis row is not first: ${JSON.stringify(order)}`);
  await page.screenshot({ path: join(env('SHOTS'), 'console-queue.png') });
  done(step);

  step = 'keyboard';
  await page.keyboard.press('Escape');	// acknowledges the alert
  await page.waitForSelector('.crisis-alert', { state: 'detached' });
  await page.keyboard.press('?');
  await page.waitForSelector('#help[open]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#help').open);
  done(step);

  step = 'tablet';
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.click('#nav button[data-view="chats"]');
  await page.waitForSelector('#queue-view', { state: 'hidden' });
  await page.click('#nav button[data-view="queue"]');
  await page.waitForSelector('#queue-view', { state: 'visible' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`the page is ${overflow} px wider than a tablet`);
  done(step);

  step = 'researcher sees only the stories';
  const st = JSON.parse(env('STORIES'));
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.click('#logout');
  await page.waitForSelector('#login-view:not([hidden])');
  await page.fill('#login-name', env('RESEARCHER_LOGIN'));
  await page.fill('#login-password', env('RESEARCHER_PASSWORD'));
  await page.press('#login-password', 'Enter');
  await page.waitForSelector('#stories-view:not([hidden])');
  const navs = await page.$$eval('#nav button', (bs) => bs.filter((b) => !b.hidden).map((b) => b.dataset.view));
  if (navs.join() !== 'stories') throw new Error(`a researcher's menu shows ${navs.join()}`);
  if (await page.isVisible('#work')) throw new Error('a researcher sees the queue and chats');
  done(step);

  step = 'story dashboard: filters and charts';
  await page.fill('#stories-from', st.from);
  await page.fill('#stories-to', st.to);
  await page.selectOption('#stories-by', 'week');
  const loaded = await page.$eval('#stories-view', (e) => e.dataset.loaded || '');
  await page.click('#stories-form button[type="submit"]');
  await page.waitForFunction((l) => (document.querySelector('#stories-view').dataset.loaded || '') !== l, loaded);
  const total = await page.textContent('#stories-total');
  if (!total.includes(`${st.total} verhalen`)) throw new Error(`the total reads ${total}`);
  for (const id of ['stories-series', 'stories-role', 'stories-topic', 'stories-sig-heard']) {
    const bars = await page.$$(`#${id} svg[role="img"] rect.sbar`);
    if (bars.length === 0) throw new Error(`no bars in #${id}`);
  }
  if (!await page.$('#stories-sig-triad svg polygon.triad')) throw new Error('no triangle for the triad');
  done(step);

  step = 'a suppressed count reads "minder dan k"';
  const roleRows = await page.$$eval('#stories-role table.chart-table tbody tr', (trs) => trs.map((tr) => ({
    label: tr.querySelector('th').textContent, n: tr.querySelector('td').textContent,
    suppressed: tr.classList.contains('suppressed') })));
  const fewer = `minder dan ${st.k}`;
  const youthRow = roleRows.find((r) => r.label === 'jongere');
  const hidden = roleRows.filter((r) => r.suppressed);
  if (!youthRow || youthRow.n !== '6' || hidden.length !== 2 || hidden.some((r) => r.n !== fewer))
    throw new Error(`the role table reads ${JSON.stringify(roleRows)}`);
  const marks = await page.$$eval('#stories-role svg text.chart-note', (ts) => ts.map((t) => t.textContent));
  if (marks.filter((t) => t === fewer).length !== 2) throw new Error(`the role chart's marks: ${JSON.stringify(marks)}`);
  const label = await page.getAttribute('#stories-role svg', 'aria-label');
  if (!label.includes(fewer)) throw new Error(`the chart's text alternative: ${label}`);
  const text = await page.textContent('body');
  if (text.includes(st.secret)) throw new Error('text of a story is on the page');
  done(step);

  step = 'screenshot of the story dashboard';
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(env('SHOTS'), 'console-stories.png'), fullPage: true });
  done(step);

  step = 'story dashboard on a tablet';
  await page.setViewportSize({ width: 820, height: 1180 });
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (over > 0) throw new Error(`the story dashboard is ${over} px wider than a tablet`);
  done(step);

  step = 'no reload, no dialog, no error';
  if (await page.evaluate(() => window.__noReload) !== 1) throw new Error('the page was reloaded');
  if (dialogs.length) throw new Error(`dialogs opened: ${JSON.stringify(dialogs)}`);
  if (pageErrors.length) throw new Error(`script errors: ${JSON.stringify(pageErrors)}`);
  if (cspViolations.length) throw new Error(`CSP violations: ${JSON.stringify(cspViolations)}`);
  done(step);
}

main().then(async () => {
  await browser.close();
  process.stdout.write(JSON.stringify({ ok: true, steps }) + '\n');
  process.exit(0);
}).catch(async (e) => {
  if (page && process.env.DEBUG_DIR) {
    await page.screenshot({ path: join(process.env.DEBUG_DIR, 'console-failure.png') }).catch(() => {});
  }
  if (browser) await browser.close().catch(() => {});
  process.stdout.write(JSON.stringify({ ok: false, step, steps, error: String(e && e.message || e) }) + '\n');
  process.exit(1);
});
