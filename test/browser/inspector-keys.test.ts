// The inspector's keys on a page just opened: ↓ then Enter opens a request without a click on the list first,
// and the list keeps the focus for the keys after; typing in a filter still types.
import t from 'tap';
import OpenAI from 'openai';
import { closeBrowser } from '../helpers/clients/browser.js';
import { browserSkip, openInspector, serve } from '../helpers/clients/inspector.js';

// The callbacks given to page.evaluate run in the page; the Node project has no DOM types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const skip = browserSkip();
t.teardown(closeBrowser);

t.test('↓ then Enter on a page just opened opens the newest request', { skip }, async (t) => {
  const { url } = await serve(t, { seed: 3 });
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'test', baseURL: `${url}/v1`, maxRetries: 0 });
  await client.responses.create({ model: 'gpt-4o', input: 'first' });
  await client.responses.create({ model: 'gpt-4o-mini', input: 'second' });
  await page.locator('#count', { hasText: /^2 requests/ }).waitFor();
  t.ok(await page.evaluate(() => document.activeElement === document.body), 'nothing has the focus yet');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#detail h2').waitFor({ timeout: 2000 });
  t.match(await page.locator('#detail').textContent(), /"input": "second"/, 'the newest request is open');
  await page.keyboard.press('Escape');
  t.ok(await page.evaluate(() => document.activeElement?.id === 'list'), 'the list has the focus');

  await page.click('#filter-path');
  await page.keyboard.type('mini');
  t.equal(await page.evaluate(() => document.activeElement?.value), 'mini', 'a filter still takes what is typed');
});
