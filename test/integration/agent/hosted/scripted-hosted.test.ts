// A scenario's `respond.hosted` through inject: each kind with its values in JSON and as a stream, the citations
// the scripted text gets, the defaults (an entry with no values is the engine's own item, byte for byte), where
// an apply_patch call goes, and the 400 for a kind the path or the request's tools lack.
import t from 'tap';
import type { Rule } from '../../../../src/schemas/fixtures.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';
import { code, files, itemOf, patch, SCENARIO, scripted, textOf, typesOf } from '../../../helpers/hosted.js';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import type { Wire } from '../../../helpers/wire.js';

/** The stream's events of the item at `index`, from its output_item.added to its output_item.done. */
const itemEvents = (raw: string, index: number): Wire[] => eventsOf(parseSse(raw)).filter((event) => event.output_index === index);
const withoutId = ({ id: _id, ...rest }: Wire): Wire => rest;

t.test('an entry with no values is the engine\'s own item: the same bytes, JSON and stream', async (t) => {
  const cases: Array<[string, string, Record<string, unknown>, Record<string, unknown>]> = [
    ['code_interpreter', OPENAI, { code_interpreter: {} }, { model: 'gpt-4.1', input: 'Compute 6 * 7 in python and save it to a file', tools: [code], include: ['code_interpreter_call.outputs'] }],
    ['file_search', OPENAI, { file_search: {} }, { model: 'gpt-4.1', input: 'What does the refund policy say about returns?', tools: [files], include: ['file_search_call.results'] }],
    ['web_search', OPENAI, { web_search: {} }, { model: 'gpt-4.1', input: 'Search the web for rust news', tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'] }],
    ['openrouter:web_search', OPENROUTER, { web_search: {} }, { model: 'openai/gpt-4o', input: 'Search the web for rust news', tools: [{ type: 'openrouter:web_search' }] }],
    ['datetime', OPENROUTER, { datetime: {} }, { model: 'openai/gpt-4o', input: 'What time is it?', tools: [{ type: 'openrouter:datetime', parameters: { timezone: 'Asia/Tokyo' } }] }],
    ['apply_patch', OPENAI, { apply_patch: {} }, { model: 'gpt-5.1', input: 'Create a shopping checklist markdown file with milk, bread and eggs', tools: [patch] }],
  ];
  for (const [name, url, entry, body] of cases) {
    for (const stream of [false, true]) {
      const app = testApp(scripted([{ respond: { hosted: [entry] } }]));
      const engine = await post(app, { url, body: { ...body, stream } });
      const answer = await post(app, { url, body: { ...body, stream }, headers: SCENARIO });
      t.equal(answer.status, 200);
      t.equal(answer.raw, engine.raw, `${name}${stream ? ', streamed' : ''}`);
      await app.close();
    }
  }
});

t.test('code_interpreter: the code, logs, container and file given; the text links and cites the file', async (t) => {
  const run = { code: 'import pandas as pd\nprint(pd.Series([1, 2, 3]).sum())\n', logs: '6\n', container: 'cntr_given', file: { path: '/mnt/data/sum.csv', file_id: 'cfile_given' } };
  const app = testApp(scripted([{ respond: { text: 'The sum is 6.', hosted: [{ code_interpreter: run }] }, times: 'always' }]));
  const body = { model: 'gpt-4.1', input: 'Sum the column', tools: [code], include: ['code_interpreter_call.outputs'] };
  const json = await post(app, { url: OPENAI, body, headers: SCENARIO });
  t.same(typesOf(json.body), ['code_interpreter_call', 'message']);
  t.match(itemOf(json.body, 'code_interpreter_call'), { id: /^ci_/, status: 'completed', code: run.code, container_id: 'cntr_given', outputs: [{ type: 'logs', logs: '6\n' }] });
  const part = textOf(json.body);
  t.equal(part.text, 'The sum is 6. I saved it as a file: [Download sum.csv](sandbox:/mnt/data/sum.csv)', 'linked after the text, as the engine links');
  const start = part.text.indexOf('sandbox:');
  t.same(part.annotations, [{ type: 'container_file_citation', container_id: 'cntr_given', end_index: start + 25, file_id: 'cfile_given', filename: 'sum.csv', start_index: start }]);
  t.equal(part.text.slice(start, start + 25), 'sandbox:/mnt/data/sum.csv', 'the citation spans the URL');
  const stream = await post(app, { url: OPENAI, body: { ...body, stream: true }, headers: SCENARIO });
  const events = itemEvents(stream.raw, 0);
  t.same([...new Set(events.map((event) => event.type))], [
    'response.output_item.added', 'response.code_interpreter_call.in_progress', 'response.code_interpreter_call_code.delta',
    'response.code_interpreter_call_code.done', 'response.code_interpreter_call.interpreting', 'response.code_interpreter_call.completed', 'response.output_item.done',
  ], "the engine's events");
  t.equal(events.filter((event) => event.type === 'response.code_interpreter_call_code.delta').map((event) => event.delta).join(''), run.code, 'the code, in deltas');
  t.same(withoutId(events.at(-1)!.item), withoutId(itemOf(json.body, 'code_interpreter_call')), 'the item the JSON answer holds');
  const annotated = eventsOf(parseSse(stream.raw)).filter((event) => event.type === 'response.output_text.annotation.added');
  t.equal(annotated.length, 1, 'the citation announced');

  const bare = testApp(scripted([{ respond: { text: 'Ran it.', hosted: [{ code_interpreter: { code: 'x = 1\n' } }, { code_interpreter: { code: 'y\n', file: { path: '/mnt/data/y.txt' }, cite: false } }] } }]));
  const quiet = await post(bare, { url: OPENAI, body, headers: SCENARIO });
  t.same((quiet.body.output as Wire[]).slice(0, 2).map((item) => item.outputs), [[], []], 'scripted code prints nothing unless logs are given');
  t.same(textOf(quiet.body), { type: 'output_text', annotations: [], logprobs: [], text: 'Ran it.' }, 'cite: false leaves the text as written');
});

t.test('file_search: queries and files given, results when include asks, citations at the end before the full stop', async (t) => {
  const found = [
    { filename: 'refunds.pdf', file_id: 'file-refunds', text: 'Refunds within 30 days.', score: 0.97, attributes: { team: 'support' } },
    { filename: 'faq.md' },
  ];
  const app = testApp(scripted([{ respond: { text: 'Refunds take 30 days.', hosted: [{ file_search: { queries: ['refund window'], files: found } }] }, times: 'always' }]));
  const body = { model: 'gpt-4.1', input: 'How long do refunds take?', tools: [files], include: ['file_search_call.results'] };
  const json = await post(app, { url: OPENAI, body, headers: SCENARIO });
  const search = itemOf(json.body, 'file_search_call');
  t.match(search, { status: 'completed', queries: ['refund window'] });
  t.same(search.results[0], { attributes: { team: 'support' }, file_id: 'file-refunds', filename: 'refunds.pdf', score: 0.97, text: 'Refunds within 30 days.' });
  t.match(search.results[1], { attributes: {}, file_id: /^file-[A-Za-z0-9]{22}$/, filename: 'faq.md', score: 0.9 });
  const part = textOf(json.body);
  t.equal(part.text, 'Refunds take 30 days.', 'the text as written');
  t.same(part.annotations, [
    { type: 'file_citation', file_id: 'file-refunds', filename: 'refunds.pdf', index: 20 },
    { type: 'file_citation', file_id: search.results[1].file_id, filename: 'faq.md', index: 20 },
  ]);
  const plain = await post(app, { url: OPENAI, body: { ...body, include: [] }, headers: SCENARIO });
  t.equal(itemOf(plain.body, 'file_search_call').results, null, 'no results unless include asks');
  const stream = await post(app, { url: OPENAI, body: { ...body, stream: true }, headers: SCENARIO });
  t.same(itemEvents(stream.raw, 0).map((event) => event.type), ['response.output_item.added', 'response.file_search_call.in_progress', 'response.file_search_call.searching', 'response.file_search_call.completed', 'response.output_item.done']);
  t.same(eventsOf(parseSse(stream.raw)).filter((event) => event.type === 'response.output_text.annotation.added').map((event) => (event.annotation as Wire).filename), ['refunds.pdf', 'faq.md']);

  const none = testApp(scripted([{ respond: { hosted: [{ file_search: { files: [] } }] } }]));
  const empty = await post(none, { url: OPENAI, body, headers: SCENARIO });
  t.same(itemOf(empty.body, 'file_search_call').results, [], 'a search that found nothing');
  t.same(textOf(empty.body), { type: 'output_text', annotations: [], logprobs: [], text: 'I found no file about long refunds take.' }, 'and the default answer says so');
});

t.test('web_search: sources given, cited after the text; each tool as its service sends it', async (t) => {
  const sources = [{ url: 'https://blog.rust-lang.org/2025/02/20/Rust-1.85.0.html', title: 'Announcing Rust 1.85.0' }, { url: 'https://doc.rust-lang.org/edition-guide/' }];
  const rules: Rule[] = [{ respond: { text: 'Rust 2024 is stable.', hosted: [{ web_search: { query: 'rust 2024 edition', sources } }] }, times: 'always' }];
  const app = testApp(scripted(rules));
  const openai = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'What is new in Rust?', tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'] }, headers: SCENARIO });
  t.same(withoutId(itemOf(openai.body, 'web_search_call')), { type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'rust 2024 edition', sources: sources.map(({ url }) => ({ type: 'url', url })) } });
  const part = textOf(openai.body);
  t.equal(part.text, 'Rust 2024 is stable.\n- Announcing Rust 1.85.0 ([blog.rust-lang.org](https://blog.rust-lang.org/2025/02/20/Rust-1.85.0.html?utm_source=openai))\n- doc.rust-lang.org ([doc.rust-lang.org](https://doc.rust-lang.org/edition-guide/?utm_source=openai))');
  t.same(part.annotations.map((annotation: Wire) => [annotation.title, part.text.slice(annotation.start_index, annotation.end_index)]), [
    ['Announcing Rust 1.85.0', '([blog.rust-lang.org](https://blog.rust-lang.org/2025/02/20/Rust-1.85.0.html?utm_source=openai))'],
    ['doc.rust-lang.org', '([doc.rust-lang.org](https://doc.rust-lang.org/edition-guide/?utm_source=openai))'],
  ], 'each citation spans its link; an untitled page is titled with its host');
  const server = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What is new in Rust?', tools: [{ type: 'openrouter:web_search' }] }, headers: SCENARIO });
  t.same(typesOf(server.body), ['openrouter:web_search', 'message']);
  t.same(itemOf(server.body, 'openrouter:web_search').action, { type: 'search', query: 'rust 2024 edition', sources: sources.map(({ url }) => ({ type: 'url', url })) });
  t.match(textOf(server.body).annotations, [{ type: 'url_citation', url: sources[0]!.url, start_index: 0, end_index: 0 }, { url: sources[1]!.url }], "OpenRouter's citations point nowhere, as recorded");
  const preview = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What is new in Rust?', tools: [{ type: 'web_search_preview' }], stream: true }, headers: SCENARIO });
  const events = itemEvents(preview.raw, 0);
  t.same(events.map((event) => event.type), ['response.output_item.added', 'response.web_search_call.in_progress', 'response.web_search_call.searching', 'response.web_search_call.completed', 'response.output_item.done']);
  t.same([(events[0]!.item as Wire).action, (events.at(-1)!.item as Wire).action], [{ type: 'search', query: '' }, { type: 'search', query: 'rust 2024 edition' }], "OpenRouter's web_search_call starts with an empty query");
});

t.test('datetime: the instant given, in the timezone given or the tool\'s', async (t) => {
  const app = testApp(scripted([
    { respond: { hosted: [{ datetime: { datetime: '2026-03-01T09:30:00+01:00' } }] } },
    { respond: { text: 'Morning in Paris.', hosted: [{ datetime: { timezone: 'Europe/Paris', datetime: '2026-03-01T08:30:00Z' } }] } },
  ]));
  const tools = [{ type: 'openrouter:datetime', parameters: { timezone: 'Asia/Tokyo' } }];
  const first = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What time is it?', tools }, headers: SCENARIO });
  t.match(itemOf(first.body, 'openrouter:datetime'), { status: 'completed', datetime: '2026-03-01T17:30:00.000+09:00', timezone: 'Asia/Tokyo' });
  t.equal(textOf(first.body).text, 'It is Sunday, March 1, 2026 at 17:30 (Asia/Tokyo).', "the engine's sentence for it");
  const second = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What time is it?', tools, stream: true }, headers: SCENARIO });
  t.same(itemEvents(second.raw, 0).map((event) => event.type), ['response.output_item.added', 'response.output_item.done']);
  t.match(itemEvents(second.raw, 0)[1]!.item, { datetime: '2026-03-01T09:30:00.000+01:00', timezone: 'Europe/Paris' });
});
