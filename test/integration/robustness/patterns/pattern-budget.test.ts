// Patterns only the backtracking engine runs share one budget per request (time, every test charged, and a number
// of tests), across every pattern, tool, generation and the schema check: a request that holds many such patterns,
// or many words to test, answers within moments. Nothing of a spent budget is carried to the next request.
import t from 'tap';
import type { Test } from 'tap';
import { OPENAI, OPENROUTER, post, testApp, type Posted } from '../../../helpers/app.js';

const WITHIN_MS = 1500;
const SLOW = '^(?=a)(a|a|a)*$';

const lookup = (parameters: unknown): unknown[] => [{ type: 'function', name: 'lookup', description: 'look up a code', parameters }];

/** Milliseconds of this process's CPU since `started`: what the request cost, whatever else the machine runs. */
function cpuMsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

async function timed(url: string, body: unknown): Promise<{ response: Posted; ms: number }> {
  const app = testApp();
  const started = process.cpuUsage();
  const response = await post(app, { url, body });
  const ms = cpuMsSince(started);
  await app.close();
  return { response, ms };
}

function answeredWithin(t: Test, label: string, { response, ms }: { response: Posted; ms: number }): void {
  t.ok(response.status === 200 || response.status === 400, `${label}: ${response.status}`);
  t.ok(ms < WITHIN_MS, `${label}: answered in ${ms.toFixed(0)} ms of CPU`);
  if (response.status === 400) t.match(String(response.body.error?.message), "Invalid schema for function 'lookup'", `${label}: names the tool`);
}

t.test('many slow-ish patterns in one tool share the request\'s budget', async (t) => {
  const properties: Record<string, unknown> = {};
  for (let index = 0; index < 80; index += 1) properties[`p${index}`] = { type: 'string', pattern: `${SLOW}|^q${index}$` };
  const body = {
    model: 'gpt-4o', input: `Set the code to "${'a'.repeat(14)}b" or "${'a'.repeat(14)}c"`, tool_choice: 'required',
    tools: lookup({ type: 'object', properties, required: Object.keys(properties), additionalProperties: false }),
  };
  for (const url of [OPENAI, OPENROUTER]) {
    const answered = await timed(url, body);
    answeredWithin(t, url, answered);
    if (answered.response.status === 400) t.match(String(answered.response.body.error?.message), /tools\[0\]\.parameters\.properties\.p\d+\.pattern/, `${url}: the place`);
  }
});

t.test('the schema check of patternProperties shares it too, even with tool_choice none', async (t) => {
  const ref = { anyOf: [{ $ref: '#' }, { type: 'null' }] };
  const patternProperties: Record<string, unknown> = {};
  for (let index = 0; index < 60; index += 1) patternProperties[`${SLOW}|^r${index}$`] = ref;
  const properties = { [`${'a'.repeat(14)}b`]: ref, [`${'a'.repeat(14)}c`]: ref };
  const body = { model: 'gpt-4o', input: 'hello', tool_choice: 'none', tools: lookup({ type: 'object', properties, patternProperties, additionalProperties: false }) };
  for (const url of [OPENAI, OPENROUTER]) {
    const answered = await timed(url, body);
    answeredWithin(t, url, answered);
    if (answered.response.status === 400) t.match(String(answered.response.body.error?.message), 'tools[0].parameters.patternProperties[', `${url}: the place`);
  }
});

t.test('every test is charged, however short, and their number is bounded', async (t) => {
  const letters = 'bcdefghijklmnopqrstuvwxyz';
  const words = Array.from({ length: 8000 }, (_, index) => `${'a'.repeat(10)}${letters[index % 25]}${letters[Math.floor(index / 25) % 25]}${letters[Math.floor(index / 625) % 25]}`);
  const body = {
    model: 'gpt-4o', input: `Set s to one of ${words.map((word) => `"${word}"`).join(', ')}`, tool_choice: 'required',
    tools: lookup({ type: 'object', properties: { s: { type: 'string', pattern: SLOW } }, required: ['s'], additionalProperties: false }),
  };
  answeredWithin(t, OPENAI, await timed(OPENAI, body));
});

t.test('a pattern refused in one request answers the next ordinary request as a fresh server does', async (t) => {
  const pattern = `${SLOW}|^[a-z]{3}\\d$`;
  const ask = (input: string, name = 's'): unknown => ({
    model: 'gpt-4o', input, tool_choice: 'required',
    tools: lookup({ type: 'object', properties: { [name]: { type: 'string', pattern } }, required: [name], additionalProperties: false }),
  });
  const answer = (response: Posted): unknown => ({ status: response.status, output: response.body.output?.map((item) => item.arguments), error: response.body.error?.message });
  const ordinary = [ask('Look up abc1'), ask('Look up abc1', 't'), { ...(ask('hello', 't') as object), tool_choice: 'none' }];
  const fresh: unknown[] = [];
  for (const body of ordinary) {
    const app = testApp();
    fresh.push(answer(await post(app, { url: OPENAI, body })));
    await app.close();
  }
  t.equal((fresh[0] as { status: number }).status, 200, 'a fresh server calls the tool');
  const app = testApp();
  const slow = await post(app, { url: OPENAI, body: ask(`Look up "${'a'.repeat(19)}b"`) });
  t.equal(slow.status, 400, 'the slow word spends the budget');
  for (const [index, body] of ordinary.entries()) t.same(answer(await post(app, { url: OPENAI, body })), fresh[index], `ordinary request ${index} after the slow one, same server`);
  await app.close();
  const other = testApp();
  for (const [index, body] of ordinary.entries()) t.same(answer(await post(other, { url: OPENAI, body })), fresh[index], `ordinary request ${index}, another server in the process`);
  await other.close();
});

t.test('a request refused for spending the budget is refused again when sent again: remembered tests are charged', async (t) => {
  const ref = { anyOf: [{ $ref: '#' }, { type: 'null' }] };
  const patternProperties: Record<string, unknown> = {};
  for (let index = 0; index < 64; index += 1) patternProperties[`^(?=z)z$|^r${index}$`] = ref;
  const properties: Record<string, unknown> = {};
  for (let index = 0; index < 60; index += 1) properties[`n${index}`] = ref;
  const body = { model: 'gpt-4o', input: 'hello', tool_choice: 'none', tools: lookup({ type: 'object', properties, patternProperties }) };
  const app = testApp();
  const statuses: number[] = [];
  for (let round = 0; round < 3; round += 1) statuses.push((await post(app, { url: OPENAI, body })).status);
  await app.close();
  t.same(statuses, [400, 400, 400]);
});
