// The inspector in headless Chromium (one browser for the file): a request sent by the openai SDK appears in
// the list within a second; opening it shows the body and the answer; a 400 marks the JSON path at fault;
// "copy as curl" runs as is and gets the same answer; a scenario loaded through the page changes the next
// answer; the keys work; hostile text renders as text, bidirectional controls escaped; 10,000 entries stay
// virtualised (see inspector-scale).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import OpenAI from 'openai';
import { readFeed } from '../../src/state/journal/journal-feed.js';
import { weatherTool } from '../helpers/app.js';
import { closeBrowser } from '../helpers/clients/browser.js';
import { browserSkip, openInspector, serve } from '../helpers/clients/inspector.js';

// The callbacks given to page.evaluate run in the page; the Node project has no DOM types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, navigator: any;

const run = promisify(execFile);
const tools = [weatherTool] as OpenAI.Responses.Tool[];

const skip = browserSkip();
t.teardown(closeBrowser);

t.test('a request from the openai SDK: listed within a second, opened with its body and answer, copied as curl', { skip }, async (t) => {
  const { app, url } = await serve(t, { seed: 42 });
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'sk-inspector-0123456789abcdef', baseURL: `${url}/v1`, maxRetries: 0 });
  const response = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools, tool_choice: 'required' });
  const row = page.locator('.row', { hasText: 'engine → get_weather' });
  await row.waitFor({ timeout: 1000 });
  t.match(await row.textContent(), /POST \/v1\/responses.*gpt-4o.*200/, 'time, path, model and status in the row');

  await page.focus('#list');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.locator('#detail h2').waitFor();
  t.ok(await page.evaluate(() => document.activeElement?.matches('#detail h2')), 'the opened request takes the focus');
  const detail = page.locator('#detail');
  t.match(await detail.textContent(), /"input": "What is the weather in Paris\?"/, 'the body, pretty-printed');
  t.match(await detail.textContent(), new RegExp(`"id": "${response.id}"`), 'the answer');
  t.match(await detail.textContent(), /authorization\s*Bearer \*\*\*cdef/, 'the key masked');

  await page.click('#copy-curl');
  await page.locator('.copy-status', { hasText: 'copied' }).waitFor();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  t.match(command, /OPENAI_API_KEY:-sk-placeholder/, 'the key is a placeholder');
  const original = readFeed(app.mock.sessions, { limit: 1 }).items[0]!.entry;
  const { stdout } = await run('bash', ['-c', command]);
  t.equal(stdout, original.answer, 'the copied command gets the same answer, byte for byte (seeded)');
  const replayed = readFeed(app.mock.sessions, { limit: 1 }).items[0]!.entry;
  t.not(replayed.id, original.id);
  t.equal(replayed.body, original.body, 'the same body');
  t.equal(replayed.path, original.path);

  await page.keyboard.press('Escape');
  t.ok(await detail.isHidden(), 'Esc closes');
  t.ok(await page.evaluate(() => document.activeElement?.id === 'list'), 'and the list has the focus again');
});

t.test('a 400 marks the JSON path at fault in the body', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/api/v1`, maxRetries: 0 });
  const refused = await client.responses.create({
    model: 'openai/gpt-4o',
    input: [{ role: 'user', content: 'hi' }, { role: 'robot', content: 'there' }],
  } as unknown as OpenAI.Responses.ResponseCreateParamsNonStreaming).catch((error: unknown) => error);
  t.type(refused, OpenAI.BadRequestError);
  await page.locator('.row', { hasText: '400' }).click();
  const mark = page.locator('#detail mark.at-fault');
  await mark.waitFor();
  t.equal(await mark.textContent(), '"role": "robot"', 'the offending node is marked');
  t.match(await page.locator('#detail .error-banner').textContent(), /at input\[1\]\.role/);
  t.match(await page.locator('#detail .pinned-note').textContent(), /robot/, 'the message is pinned beside it');
});

t.test('a scenario loaded through the page changes the next answer; a copied rule loads as is', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
  const ask = (scenario?: string) => client.responses.create({ model: 'gpt-4o', input: 'Weather in Rome?', tools }, scenario ? { headers: { 'x-mock-scenario': scenario } } : {});

  await page.click('a[data-view=scenarios]');
  await page.fill('#scenario-name', 'from-page');
  await page.fill('#scenario-text', 'rules:\n  - respond:\n      text: 3\n    times: never\n');
  await page.click('#scenario-load');
  await page.locator('.problems li').first().waitFor();
  t.ok(await page.locator('.problems li').count() >= 2, 'every problem of an invalid scenario is listed');
  await page.fill('#scenario-text', 'rules:\n  - respond:\n      text: Scripted through the page.\n    times: always\n');
  await page.click('#scenario-load');
  await page.locator('.load-result .ok').waitFor();
  t.equal((await ask('from-page')).output_text, 'Scripted through the page.');
  await page.locator('.scenario', { hasText: 'from-page' }).waitFor();

  const engine = await ask();
  await page.click('a[data-view=requests]');
  await page.locator('.row', { hasText: 'engine → get_weather' }).click();
  await page.click('#copy-rule');
  const rule = await page.locator('#detail .copy-output').textContent();
  const loaded = await fetch(`${url}/__mock/scenarios/copied`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: rule! });
  t.equal(loaded.status, 201, 'the copied scenario loads as is');
  const scripted = await ask('copied');
  t.same(scripted.output.map((item) => item.type === 'function_call' ? [item.name, item.arguments] : item.type), engine.output.map((item) => item.type === 'function_call' ? [item.name, item.arguments] : item.type), 'and answers the same way');
});

t.test('a request whose client left during a rule\'s latency shows as closed, not as still answering', { skip }, async (t) => {
  const slow = { rules: [{ name: 'late', respond: { text: 'late', latencyMs: 10_000 } }] };
  const { url } = await serve(t, { fixtures: false, scenarios: { slow } });
  const page = await openInspector(t, url);
  const gaveUp = new AbortController();
  const sent = fetch(`${url}/v1/responses`, { method: 'POST', signal: gaveUp.signal, headers: { 'content-type': 'application/json', 'x-mock-scenario': 'slow' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) });
  const row = page.locator('.row', { hasText: 'slow › late' });
  await row.waitFor();
  t.equal(await row.locator('.code').textContent(), '…', 'while it waits: answering');
  gaveUp.abort();
  await sent.catch(() => undefined);
  await page.locator('.row .code', { hasText: 'closed' }).waitFor();
  t.match(await row.textContent(), /POST \/v1\/responses.*closed.*slow › late \(turn 1\): client closed first/, 'the row says closed, and which rule was due');
  t.equal(await row.locator('.code').getAttribute('data-class'), 'closed');
  await row.click();
  const detail = page.locator('#detail');
  await detail.locator('h2', { hasText: 'closed' }).waitFor();
  const text = await detail.textContent();
  t.match(text, /client_closed at the request as a whole: The client closed the connection before its answer was due/, 'the banner gives the reason');
  t.match(text, /None: the client closed the connection before its answer was due\./, 'the answer: none, and why');
  t.notMatch(text, /undefined|Not answered yet/, 'nothing blank or undefined, and not "answering"');
  await page.keyboard.press('Escape');
  await page.fill('#filter-status', 'pending');
  await row.waitFor({ state: 'hidden' });
  await page.fill('#filter-status', 'closed');
  await row.waitFor({ state: 'visible' });
  t.pass('the status filter tells closed from pending');
});

t.test('offline, and at a phone\'s width: nothing loaded from elsewhere; rows of two lines; a request fills the screen', { skip }, async (t) => {
  const { url } = await serve(t);
  await fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) });
  const loaded: string[] = [];
  const page = await openInspector(t, url, { width: 390, height: 800 });
  page.on('request', (request) => loaded.push(request.url()));
  await page.reload();
  await page.locator('.row').first().waitFor();
  t.ok(loaded.length >= 5, `the page and its files (${loaded.length} requests)`);
  t.same(loaded.filter((address) => !address.startsWith(url) && !address.startsWith('data:')), [], 'all from the mock itself');
  const row = await page.locator('.row').first().boundingBox();
  t.ok(row!.height > 40, `taller rows (${row!.height} px)`);
  await page.locator('.row').first().click();
  await page.locator('#detail h2').waitFor();
  const detail = await page.locator('#detail').boundingBox();
  t.same([detail!.x, detail!.width], [0, 390], 'the request fills the width');
});

t.test('a stream opens as its events with their times', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
  const stream = await client.responses.create({ model: 'gpt-4o', input: 'Tell me a short story', stream: true }, { headers: { 'x-mock-stream': 'delay=3' } });
  let events = 0;
  for await (const _event of stream) events += 1;
  await page.locator('.row', { hasText: 'sse' }).click();
  await page.locator('#detail .timeline-summary', { hasText: 'ended: complete' }).waitFor();
  t.equal(await page.locator('#detail .timeline tbody tr').count(), events, 'one row per event');
  t.match(await page.locator('#detail .timeline-summary').textContent(), /first event at [\d.]+ ms/);
  t.equal(await page.locator('#detail .timeline tbody tr').first().locator('.event-type').textContent(), 'response.created');
});

t.test('hostile text in prompts, tool names, scenario names, sessions and headers renders as text', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const img = '<img src=x onerror="window.__xss=1;alert(1)">';
  const script = '<script>window.__xss=2;alert(2)</script>';
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await send({ model: 'gpt-4o', input: `${img} ${script}` }, { 'x-note': script, 'x-mock-session': img });
  await send({ model: 'gpt-4o', input: 'call it', tools: [{ type: 'function', name: img, parameters: {} }] });
  await send({ model: 'gpt-4o', input: 'x' }, { 'x-mock-scenario': img.replace(/ /g, '') });
  await fetch(`${url}/__mock/scenarios/xss`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ description: script, rules: [{ name: img, respond: { text: img } }] }) });
  await send({ model: 'gpt-4o', input: script }, { 'x-mock-scenario': 'xss', 'x-mock-session': script });
  await page.locator('#count', { hasText: '4 requests' }).waitFor();
  await page.focus('#list');
  for (let index = 0; index < 4; index += 1) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#detail h2').waitFor();
    await page.click('#copy-rule');
    await page.keyboard.press('Escape');
  }
  await page.click('a[data-view=scenarios]');
  await page.locator('.scenario', { hasText: 'xss' }).click();
  await page.locator('.sessions tbody tr').first().waitFor();
  const found = await page.evaluate(() => ({
    xss: window.__xss,
    images: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute: { name: string }) => attribute.name.startsWith('on'))).length,
    text: document.body.innerText,
  }));
  t.same(dialogs, [], 'no dialog');
  t.equal(found.xss, undefined, 'no payload ran');
  t.equal(found.images, 0, 'no injected element');
  t.equal(found.scripts, 1, 'only the page\'s own script');
  t.equal(found.handlers, 0, 'no inline handler anywhere');
  t.ok(found.text.includes(img.replace(/ /g, '')) || found.text.includes(img), 'the payloads shown as text');
  t.ok(found.text.includes(script), 'the script shown as text');
});

t.test('text that would reorder itself (right-to-left overrides) reads in the order it was sent', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
  await client.responses.create({ model: '\u202Egpt-4o-mini', input: 'pay \u202E0001$ \u2066now\u2069 שלום', stream: true }).then(async (stream) => {
    for await (const _event of stream) { /* read to the end */ }
  });
  const row = page.locator('.row').first();
  await row.waitFor();
  t.match(await row.locator('.model').textContent(), '\\u202egpt-4o-mini', 'the model in the list, its override escaped');
  await row.click();
  await page.locator('#detail .timeline-summary', { hasText: 'ended: complete' }).waitFor();
  await page.locator('#detail .timeline details').first().locator('summary').click();
  await page.locator('#detail .timeline details[open] pre').waitFor();
  const shown = await page.locator('body').innerText();
  t.match(shown, '"model": "\\u202egpt-4o-mini"', 'the body as valid JSON, escaped');
  t.match(shown, '"input": "pay \\u202e0001$ \\u2066now\\u2069 שלום"', 'right-to-left script itself is left as it is');
  t.notOk(/[\u202A-\u202E\u2066-\u2069]/.test(shown), 'no control left to turn a line around');
});
