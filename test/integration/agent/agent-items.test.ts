// Input items of agent clients (compaction, compaction_trigger, tool search items, additional_tools): accepted
// with the fields the API requires, refused with a 400 naming the path otherwise.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';

const user = { role: 'user', content: 'Reply exactly with: ok' };

t.test('agent items are accepted on both paths', async (t) => {
  const app = testApp();
  const items = [
    { type: 'compaction', id: 'cmp_1', encrypted_content: 'gAAAAABopaque' },
    { type: 'additional_tools', role: 'developer', tools: [{ type: 'function', name: 'late', parameters: { type: 'object' } }] },
    user,
  ];
  for (const url of [OPENAI, OPENROUTER]) {
    const answer = await post(app, { url, body: { model: 'gpt-4o-mini', input: items }, headers: { 'x-mock-strictness': 'lenient' } });
    t.equal(answer.status, 200, `${url}: accepted`);
  }
});

t.test('missing or mistyped required fields are a 400 naming the path', async (t) => {
  const app = testApp();
  const cases: Array<[unknown, string, RegExp]> = [
    [{ type: 'compaction' }, 'input[0].encrypted_content', /Missing required parameter: 'input\[0\]\.encrypted_content'/],
    [{ type: 'compaction', encrypted_content: 7 }, 'input[0].encrypted_content', /expected a string/],
    [{ type: 'tool_search_call', arguments: 'paths' }, 'input[0].arguments', /expected an object/],
    [{ type: 'tool_search_output', tools: {} }, 'input[0].tools', /expected an array/],
    [{ type: 'additional_tools', tools: [] }, 'input[0].role', /Missing required parameter/],
  ];
  for (const [item, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: [item, user] } });
    t.equal(answer.status, 400, JSON.stringify(item));
    t.match(answer.body.error, { param, message });
  }
});

t.test('a compaction_trigger must be the last input item', async (t) => {
  const app = testApp();
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.2', input: [{ type: 'compaction_trigger' }, user] } });
  t.equal(answer.status, 400);
  t.match(answer.body.error, { param: 'input[0]', message: /must be the final input item/ });
});
