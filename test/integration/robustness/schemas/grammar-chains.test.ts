// A Lark grammar whose shortest string needs a long chain of rules, each naming the next: thousands of them took
// seconds to weigh and then ran the expansion past the call stack (a 500). Past 200 nested rules it is the
// caller's 400 naming the bound, at once, on both paths; a chain within it still gets its input.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

function chain(length: number): string {
  const rules = Array.from({ length }, (_, index) => `r${index}: r${index + 1}`);
  return ['start: r0', ...rules, `r${length}: "done"`].join('\n');
}

const request = (definition: string): unknown => ({
  model: 'gpt-5', input: 'Call it', tool_choice: 'required',
  tools: [{ type: 'custom', name: 'g', format: { type: 'grammar', syntax: 'lark', definition } }],
});

t.test('a chain of 6,000 rules is a 400 naming the bound, on both paths', async (t) => {
  const app = testApp();
  for (const url of [OPENAI, OPENROUTER]) {
    const started = Date.now();
    const response = await post(app, { url, body: request(chain(6000)) });
    t.equal(response.status, 400, url);
    t.match(response.body.error?.message, "cannot generate an input for custom tool 'g' from this grammar: the shortest string of the 'start' rule needs more than 200 nested rules.", url);
    t.ok(Date.now() - started < 5000, `${url}: answered in ${Date.now() - started} ms`);
  }
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the server still answers');
});

t.test('a chain of 150 rules gets its input; a loop is still told apart', async (t) => {
  const app = testApp();
  const within = await post(app, { url: OPENAI, body: request(chain(150)) });
  t.equal(within.status, 200);
  t.equal(within.body.output?.find((item) => item.type === 'custom_tool_call')?.input, 'done');
  const loop = `${chain(300).replace('r300: "done"', 'r300: r0')}`;
  const refused = await post(app, { url: OPENAI, body: request(loop) });
  t.match(refused.body.error?.message, "the 'start' rule derives no finite string");
});
