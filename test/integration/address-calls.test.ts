// A shipping address in a prompt, through POST /v1/responses: the tool that saves one is called, with the address
// split into its street, city and postal code.
import t from 'tap';
import { OPENAI, post, testApp } from '../helpers/app.js';

const text = { type: 'string' };
const setAddress = {
  type: 'function',
  name: 'set_address',
  description: 'Save a shipping address',
  parameters: { type: 'object', properties: { street: text, city: text, zip: text }, required: ['street', 'city'] },
};

t.test('an address is saved by its parts', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const cases: Array<[string, Record<string, string>]> = [
    ['Ship it to 221B Baker Street, London', { street: '221B Baker Street', city: 'London' }],
    ['Ship it to 1 Infinite Loop, Cupertino, CA 95014', { street: '1 Infinite Loop', city: 'Cupertino', zip: '95014' }],
  ];
  for (const [input, wanted] of cases) {
    const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input, tools: [setAddress] } });
    t.equal(status, 200);
    const call = body.output?.find((item) => item.type === 'function_call');
    t.equal(call?.name, 'set_address', input);
    t.match(JSON.parse(String(call?.arguments ?? '{}')), wanted, input);
  }
});
