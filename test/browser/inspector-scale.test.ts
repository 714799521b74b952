// The inspector with 10,000 journal entries: only the rows in view exist (the DOM stays the same size however
// far the list scrolls or whatever it filters), new entries keep the user's place and selection, and the
// keys reach both ends. Long tasks in the page are measured and reported, not asserted on (speed varies).
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { closeBrowser } from '../helpers/clients/browser.js';
import { browserSkip, openInspector, serve } from '../helpers/clients/inspector.js';

// The callbacks given to page.evaluate run in the page; the Node project has no DOM types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, PerformanceObserver: any, requestAnimationFrame: any;

const skip = browserSkip();
t.teardown(closeBrowser);

const ENTRIES = 10_000;
const SESSIONS = 20;

/** Journal entries as the HTTP layer makes them, added directly (sending 10,000 requests proves nothing more). */
function fill(app: FastifyInstance, args: { count: number; session?: (n: number) => string }): void {
  for (let n = 0; n < args.count; n += 1) {
    const openai = n % 2 === 0;
    const entry = app.mock.sessions.get(args.session?.(n) ?? `suite-${n % SESSIONS}`).journal.add({
      time: Date.now(),
      method: 'POST',
      path: openai ? '/v1/responses' : '/api/v1/responses',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-0123456789abcdef' },
      transport: 'http',
      provider: openai ? 'openai' : 'openrouter',
    });
    entry.complete({ status: n % 10 === 0 ? 400 : 200, body: `{"model":"gpt-4o","input":"request ${n}"}`, model: 'gpt-4o', engine: { tools: ['get_weather'] }, answer: '{"object":"response"}' });
  }
}

/** Rows in the DOM, rows shown, and the row at the top of the view. */
const layout = () => ({
  rows: document.querySelectorAll('#rows .row').length,
  shown: document.querySelectorAll('#rows .row:not([hidden])').length,
  top: (() => {
    const list = document.getElementById('list').getBoundingClientRect();
    return document.elementFromPoint(list.left + 40, list.top + 5)?.closest('.row')?.id ?? null;
  })(),
  selected: document.querySelector('#rows .row[aria-selected=true]')?.id ?? null,
  count: document.getElementById('count').textContent,
});

const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

t.test('10,000 entries: bounded rows wherever the list is, the place kept as entries arrive, filters', { skip }, async (t) => {
  const { app, url } = await serve(t, { journalLimit: ENTRIES / SESSIONS });
  fill(app, { count: ENTRIES });
  const page = await openInspector(t, url, {
    // Every task over 50 ms, from the first script on.
    init: () => {
      window.__longTasks = [];
      new PerformanceObserver((list: { getEntries(): Array<{ duration: number }> }) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    },
  });
  await page.locator('#count', { hasText: /^10000 requests$/ }).waitFor({ timeout: 60_000 });
  const loaded = await page.evaluate(() => window.__longTasks.slice());

  // The view holds about 20 rows of 30 px; 8 more are drawn on each side.
  const bound = 60;
  let view = await page.evaluate(layout);
  t.ok(view.rows > 10 && view.rows <= bound, `the rows in view and a few more exist, not 10,000 (${view.rows})`);
  t.equal(view.top, `row-${ENTRIES}`, 'newest first');

  await page.evaluate(() => {
    window.__longTasks = [];
  });
  for (const fraction of [0.25, 0.5, 0.75, 1, 0.5]) {
    await page.locator('#list').evaluate((list: { scrollTop: number; scrollHeight: number }, at: number) => {
      list.scrollTop = list.scrollHeight * at;
    }, fraction);
    await page.evaluate(settled);
    view = await page.evaluate(layout);
    t.ok(view.rows <= bound, `scrolled to ${fraction * 100}%: still ${view.rows} rows`);
  }
  const middle = view.top;
  t.match(middle, /^row-\d+$/);
  t.ok(Math.abs(Number(middle!.slice(4)) - ENTRIES / 2) < 100, `the middle of the list is shown (${middle})`);
  await page.locator(`#${middle}`).click();
  const scrolled = await page.evaluate(() => window.__longTasks.slice());

  fill(app, { count: 25, session: () => 'late' });
  await page.locator('#count', { hasText: /^10025 requests$/ }).waitFor();
  await page.evaluate(settled);
  view = await page.evaluate(layout);
  t.equal(view.top, middle, 'new entries above: the row at the top of the view stays');
  t.equal(view.selected, middle, 'and so does the selection');

  await page.focus('#list');
  await page.keyboard.press('End');
  await page.evaluate(settled);
  t.equal((await page.evaluate(layout)).selected, 'row-1', 'End: the oldest');
  await page.keyboard.press('Home');
  await page.evaluate(settled);
  t.equal((await page.evaluate(layout)).selected, `row-${ENTRIES + 25}`, 'Home: the newest');

  await page.evaluate(() => {
    window.__longTasks = [];
  });
  await page.fill('#filter-session', 'suite-3');
  await page.locator('#count', { hasText: /^500 of 10025 requests$/ }).waitFor();
  t.ok((await page.evaluate(layout)).rows <= bound, 'filtered: as few rows');
  await page.fill('#filter-session', '');
  await page.fill('#filter-status', '4xx');
  // 1,000 of the first ones and 3 of the late ones are 400s.
  await page.locator('#count', { hasText: /^1003 of 10025 requests$/ }).waitFor();
  await page.fill('#filter-status', '');
  await page.locator('#count', { hasText: /^10025 requests$/ }).waitFor();
  const filtered = await page.evaluate(() => window.__longTasks.slice());

  const report = (what: string, tasks: number[]) => `${what}: ${tasks.length} long task(s)${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ''}`;
  t.comment(`${report('loading 10,000 entries', loaded)}; ${report('scrolling', scrolled)}; ${report('filtering', filtered)}`);
});
