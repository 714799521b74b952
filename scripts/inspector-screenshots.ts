// Screenshots of the inspector for the README (docs/inspector-*.png): a server with a little traffic of each
// kind (tool calls on both paths, a stream, a WebSocket message, a scenario, a refused request), then the
// list, a request opened with why it was answered so, a refused one, a stream, the scenarios view, and the
// list at a phone's width. Run: `npx tsx scripts/inspector-screenshots.ts`
// (needs Debian's chromium).
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import WebSocket from 'ws';
import { buildApp } from '../src/app.js';
import { closeBrowser, sharedBrowser } from '../test/helpers/clients/browser.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const tool = (name: string, description: string): OpenAI.Responses.FunctionTool => ({
  type: 'function', name, description, strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
});
const weather = tool('get_weather', 'Get the weather for a city.');
const time = tool('get_time', 'Get the local time in a city.');

const app = buildApp({ logLevel: 'silent', seed: 7 });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
try {
  const openai = new OpenAI({ apiKey: 'sk-docs-0123456789abcdef', baseURL: `${url}/v1`, maxRetries: 0 });
  const openrouter = new OpenAI({ apiKey: 'sk-or-v1-docs-0123456789abcdef', baseURL: `${url}/api/v1`, maxRetries: 0 });
  await openai.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weather, time] }, { headers: { 'x-mock-session': 'checkout-test' } });
  await openrouter.responses.create({ model: 'openai/gpt-4o-mini', input: 'What time is it in Tokyo and in Lima?', tools: [weather, time] }, { headers: { 'x-mock-session': 'checkout-test' } });
  await openai.responses.create({ model: 'gpt-4o', input: 'Weather in Oslo?', tools: [weather] }, { headers: { 'x-mock-scenario': 'basic-tool-call', 'x-mock-session': 'scenario-run' } });
  const stream = await openai.responses.create({ model: 'gpt-4o', input: 'Write a haiku about mocks', stream: true }, { headers: { 'x-mock-stream': 'ttft=40;delay=8' } });
  for await (const _event of stream) { /* read to the end */ }
  await openrouter.responses.create({
    model: 'anthropic/claude-sonnet-4',
    input: [{ role: 'user', content: [{ type: 'input_text', text: 'Summarise this' }, { type: 'input_txt', text: 'a typo' }] }],
  } as unknown as OpenAI.Responses.ResponseCreateParamsNonStreaming).catch(() => undefined);
  await openai.responses.create({ model: 'gpt-4o', input: 'Book a table', tools: [weather] }, { headers: { 'x-mock-scenario': 'rate-limited-then-ok', 'x-mock-session': 'retry-test' } }).catch(() => undefined);
  await socketMessage(url, { type: 'response.create', model: 'gpt-4o', input: 'What time is it in Rome?', tools: [weather, time] });

  const browser = await sharedBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}/__mock/ui`);
  await page.locator('#count', { hasText: 'requests' }).waitFor();
  await page.screenshot({ path: `${DOCS}inspector-list.png` });
  await page.locator('.row', { hasText: 'engine → get_weather' }).last().click();
  await page.locator('#detail .why').waitFor();
  await page.screenshot({ path: `${DOCS}inspector-why.png` });
  await page.keyboard.press('Escape');
  await page.locator('.row', { hasText: '400' }).click();
  await page.locator('#detail mark.at-fault').waitFor();
  await page.locator('#detail mark.at-fault').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DOCS}inspector-request.png` });
  await page.keyboard.press('Escape');
  await page.locator('.row', { hasText: 'sse' }).click();
  await page.locator('#detail .timeline').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DOCS}inspector-stream.png` });
  await page.click('a[data-view=scenarios]');
  await page.locator('.sessions tbody tr').first().waitFor();
  await page.screenshot({ path: `${DOCS}inspector-scenarios.png` });
  const phone = await browser.newPage({ viewport: { width: 390, height: 720 } });
  await phone.goto(`${url}/__mock/ui`);
  await phone.locator('.row').first().waitFor();
  await phone.screenshot({ path: `${DOCS}inspector-phone.png` });
} finally {
  await closeBrowser();
  await app.close();
}

/** One message over a WebSocket, read to its end. */
async function socketMessage(base: string, event: unknown): Promise<void> {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/v1/responses`);
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify(event));
  await new Promise<void>((resolve) => ws.on('message', (data) => {
    if (/^\{"type":"response\.(completed|incomplete|failed)"/.test(data.toString())) resolve();
  }));
  ws.close();
}
