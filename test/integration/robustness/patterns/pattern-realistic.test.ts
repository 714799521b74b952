// Patterns agents send, which only the backtracking engine runs (look-around, a back-reference, a `Script=`
// property, repeat counts past RE2's 1,000), get a call whose value matches them, on both paths: a group
// repeated an exact number of times, or holding a repeat, is no reason to refuse them.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const PATTERNS = [
  '^(?!0)((25[0-5]|2[0-4]\\d|1\\d{2}|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d{2}|[1-9]?\\d)$',
  '^(?!0)((25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(25[0-5]|2[0-4]\\d|[01]?\\d\\d?)$',
  '^(?!000)(\\d{3}-){2}\\d{4}$',
  '^(?!00)([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$',
  '^(?!0000)(\\d{4} ){3}\\d{4}$',
  '^(?=.*[A-Z])([A-Z]{2}\\d{2}){2}$',
  '^(?!.*\\.\\.)[a-zA-Z0-9._%+-]+@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$',
  '^[\\w.+-]+(?<!\\.)@(?:[\\w-]+\\.)+\\w{2,}$',
  '^(?=.{1,253}$)(?!-)([A-Za-z0-9-]{1,63}(?<!-)\\.)+[A-Za-z]{2,63}$',
  '^(?=.{1,253}$)([a-z0-9-]+\\.)+[a-z]{2,}$',
  '^(?![-.])([a-z0-9-]{1,63}\\.)*[a-z0-9-]{1,63}$',
  '^(?!-)(?!.*--)[a-z0-9]+(?:-[a-z0-9]+)*$',
  '^(?!java\\.)[a-z]+(\\.[a-z][a-z0-9_]*)*$',
  '^(?!.*,,)([a-z]+)(,\\s*[a-z]+)*$',
  '^(?!.*\\.\\.)(/[\\w.-]+)+$',
  '^(?=https?://)https?://([\\w-]+\\.)+[\\w-]+(/[\\w\\-./?%&=]*)?$',
  '^(?=\\S)(\\S+\\s+){4}\\S+$',
  '^(?!\\s)(\\S+\\s*){1,50}$',
  '^([a-z]+ ?){1,2000}$',
  '^(?!0)\\+?(\\d[\\s-]?){7,14}\\d$',
  '^(?![0-9]+$)(?!-)[a-z0-9-]{1,63}(?<!-)$',
  '^([\'"])(.*)\\1$',
];

const request = (pattern: string, input: string): unknown => ({
  model: 'gpt-4o',
  input,
  tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { s: { type: 'string', pattern } }, required: ['s'], additionalProperties: false } }],
  tool_choice: 'required',
});

t.test('realistic backtracking patterns get a value that matches them', async (t) => {
  for (const seed of [1, 7]) {
    const app = testApp({ seed });
    for (const pattern of PATTERNS) {
      for (const [url, input] of [[OPENAI, 'Look it up'], [OPENROUTER, 'Set s to "aaaaaaaaaaaaaaaab"']] as const) {
        const response = await post(app, { url, body: request(pattern, input) });
        t.equal(response.status, 200, `${pattern} ${url} seed ${seed}: ${String(response.body.error?.message)}`);
        const call = response.body.output?.find((item) => item.type === 'function_call');
        const value = call === undefined ? undefined : (JSON.parse(String(call.arguments)) as { s: string }).s;
        t.ok(value !== undefined && new RegExp(pattern, 'u').test(value), `${pattern} ${url} seed ${seed}: ${value}`);
      }
    }
    await app.close();
  }
});
