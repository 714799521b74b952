// Commentary before tool calls: who sends it (unasked, when asked, never), what it announces (the calls by
// name, namespaced as called; a web search's query), and when there is none (no calls, refusals, scripted
// endings, hosted items other than a web search).
import t from 'tap';
import { withCommentary, type CommentaryContext } from '../../../src/domain/engine/content/commentary.js';
import type { Decision } from '../../../src/domain/engine/plan.js';
import type { ServerItemSpec } from '../../../src/domain/hosted/types.js';
import type { ModelProfile } from '../../../src/domain/models.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const model = (commentary?: ModelProfile['commentary']): ModelProfile => ({ callIdStyle: 'openai', argumentChunking: 'pieces', pricing: { input: 1, output: 1 }, ...(commentary ? { commentary } : {}) });
const tool = (name: string, namespace?: string): FunctionTool => ({ name, namespace, description: '', parameters: null, strict: undefined });
const calls = (...tools: FunctionTool[]): Decision => ({ calls: tools.map((called) => ({ tool: called, arguments: '{}' })) });
const context = (over: Partial<CommentaryContext> = {}): CommentaryContext => ({ model: model('unasked'), instructions: undefined, conversation: [], preface: [], ...over });
const said = (decision: Decision, over: Partial<CommentaryContext> = {}) => withCommentary(decision, context(over)).commentary;

t.test('who sends it', async (t) => {
  const weather = calls(tool('get_weather'));
  t.equal(said(weather), "I'll call get_weather now.", 'unasked');
  t.equal(said(weather, { model: model() }), undefined, 'a model without commentary');
  t.equal(said(weather, { model: model('when-asked') }), undefined, 'not asked');
  t.equal(said(weather, { model: model('when-asked'), instructions: 'Send a Commentary message first.' }), "I'll call get_weather now.", 'asked in the instructions');
  const system = { type: 'message' as const, role: 'system', text: 'Give commentary before tools.' };
  t.equal(said(weather, { model: model('when-asked'), conversation: [system] }), "I'll call get_weather now.", 'asked by a system message');
  t.equal(said(weather, { model: model('when-asked'), conversation: [{ ...system, role: 'user' }] }), undefined, 'a user message does not count');
  for (const declined of ['Do not send commentary.', 'No commentary, just call the tools.', "Don't add any commentary before tools.", 'Work without commentary.']) {
    t.equal(said(weather, { model: model('when-asked'), instructions: declined }), undefined, declined);
  }
  t.equal(said(weather, { model: model('when-asked'), instructions: `${'Be brief. '.repeat(20)}Send commentary first.` }), "I'll call get_weather now.", 'a decline far before it does not count');
});

t.test('what it announces, and when there is none', async (t) => {
  t.equal(said(calls(tool('lookup', 'crm'))), "I'll call crm.lookup now.", 'a namespaced call as called');
  t.equal(said(calls(tool('a'), tool('b'), tool('a'), tool('c'))), "I'll call a, b and c now.", 'each tool once');
  const search: ServerItemSpec = { idKind: 'web_search', itemType: 'web_search_call', added: {}, done: { action: { type: 'search', query: 'ai news' } }, progress: [] };
  t.equal(said({ text: 'found', calls: [] }, { preface: [search] }), `I'll search the web for "ai news" first, then sum up what I find.`);
  t.equal(said({ text: 'found', calls: [] }, { preface: [{ ...search, idKind: 'openrouter_datetime', itemType: 'openrouter:datetime' }] }), undefined, 'other hosted items: none');
  t.equal(said({ text: 'hello', calls: [] }), undefined, 'a plain answer');
  t.equal(said({ ...calls(tool('x')), refusal: 'no' }), undefined, 'a refusal');
  t.equal(said({ ...calls(tool('x')), outcome: { status: 'failed', error: { code: 'server_error', message: 'm' } } }), undefined, 'a scripted ending');
});
