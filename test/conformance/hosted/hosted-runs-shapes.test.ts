// OpenAI's hosted code interpreter and file search against captured traffic (captures/, see its README): the
// events of the call item and of the cited message key for key and in order, the items of a JSON body, the
// citations' keys and the echoed tool. Values (ids, code, text, queries) may differ; shapes may not.
import t from 'tap';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import type { Wire } from '../../helpers/wire.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import { annotationKeys, asBlocks as blocks, HOSTED_CAPTURES, itemEvents } from '../captured.js';
import { diffStreams } from '../shape-diff.js';

type Json = Wire;
const itemOf = (body: Json, type: string): Json => (body.output as Json[]).find((item) => item.type === type)!;
const types = (body: Json) => (body.output as Json[]).map((item) => item.type as string);
const textOf = (body: Json): string => itemOf(body, 'message').content[0].text;

t.test('code_interpreter: the call streams its code, then interprets, as captured', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-code-interpreter-tool.1.chunks.txt');
  const app = testApp();
  const tools = [{ type: 'code_interpreter', container: { type: 'auto' } }];
  const request = { model: 'gpt-5-nano', input: 'Use python to compute (17 * 3 + 4) / 2', tools, include: ['code_interpreter_call.outputs'] };
  const mine = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...request, stream: true } })).raw));
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'code_interpreter_call')), recorded: blocks(itemEvents(captured, 'code_interpreter_call')) }), [], 'code_interpreter_call events');
  const done = itemEvents(mine, 'code_interpreter_call').at(-1)!.item;
  t.match(done, { status: 'completed', code: '(17 * 3 + 4) / 2\n', container_id: /^cntr_[0-9a-f]{48}$/, outputs: [{ type: 'logs', logs: '27.5' }] });
  t.equal(itemEvents(mine, 'code_interpreter_call').filter((event) => event.type === 'response.code_interpreter_call_code.delta').map((event) => event.delta).join(''), done.code, 'the deltas spell the code');

  const body = HOSTED_CAPTURES.body('openai-code-interpreter-tool.1.json') as Json;
  const answer = (await post(app, { url: OPENAI, body: request })).body;
  t.same(types(answer), types(body).slice(-4), 'reasoning, the run, reasoning again, the answer: as the capture ends');
  t.same(Object.keys(itemOf(answer, 'code_interpreter_call')), Object.keys(itemOf(body, 'code_interpreter_call')), 'the call item keys of a JSON body');
  t.same(answer.tools, body.tools, 'the tool echoed as sent');
  t.match(textOf(answer), /27\.5/, 'the answer states the output');
});

t.test('code_interpreter: a file the code saves is linked and cited once the text is complete, as captured', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-code-interpreter-tool.1.chunks.txt');
  const app = testApp();
  const request = { model: 'gpt-4.1', input: 'Use python to compute 6 * 7 and save the result as a CSV', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }], stream: true };
  const mine = eventsOf(parseSse((await post(app, { url: OPENAI, body: request })).raw));
  t.same(annotationKeys(mine), annotationKeys(captured), 'annotation.added and container_file_citation keys');
  const order = (events: Json[]) => itemEvents(events, 'message').map((event) => event.type as string).filter((type, i, all) => type !== all[i - 1]);
  t.same(order(mine), order(captured), 'the citation announced after the last delta');
  const done = itemEvents(mine, 'message').at(-1)!.item.content[0];
  const citation = done.annotations[0];
  t.equal([...done.text].slice(citation.start_index, citation.end_index).join(''), 'sandbox:/mnt/data/result.csv', 'the citation covers the sandbox link');
  t.equal(citation.container_id, itemEvents(mine, 'code_interpreter_call').at(-1)!.item.container_id, "in the call's container");
});

t.test('file_search: the search, then a message citing the file, as captured', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-file-search-tool.1.chunks.txt');
  const app = testApp();
  const body = HOSTED_CAPTURES.body('openai-file-search-tool.1.json') as Json;
  const request = { model: 'gpt-5-mini', input: 'What is an embedding model according to this document?', tools: [{ type: 'file_search', vector_store_ids: body.tools[0].vector_store_ids }] };
  const mine = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...request, stream: true } })).raw));
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'file_search_call')), recorded: blocks(itemEvents(captured, 'file_search_call')) }), [], 'file_search_call events');
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'message')), recorded: blocks(itemEvents(captured, 'message')) }), [], 'message events, the citation announced among the deltas');
  t.same(annotationKeys(mine), annotationKeys(captured), 'annotation.added and file_citation keys');
  t.match(itemEvents(mine, 'file_search_call').at(-1)!.item, { status: 'completed', queries: ['What is an embedding model according to this document?', 'embedding model'], results: null });

  const answer = (await post(app, { url: OPENAI, body: request })).body;
  t.same(types(answer), types(body), 'reasoning, the search, reasoning again, the answer');
  for (const type of ['file_search_call', 'message']) t.same(Object.keys(itemOf(answer, type)), Object.keys(itemOf(body, type)), `${type} keys of a JSON body`);
  const citation = itemOf(answer, 'message').content[0].annotations[0];
  t.same(Object.keys(citation), Object.keys(itemOf(body, 'message').content[0].annotations[0]), 'file_citation keys');
  t.match(citation, { file_id: /^file-[A-Za-z0-9]{22}$/, filename: 'embedding-model.pdf' });
  const text = [...textOf(answer)];
  for (const cited of itemOf(answer, 'message').content[0].annotations as Json[]) t.equal(text[cited.index], '.', 'each citation stands before a full stop');
  t.same(answer.tools, body.tools, 'the echoed tool with its defaults expanded');
});
