// Output text logprobs against the official OpenAPI schemas (test/conformance/spec): the output_text part's
// `LogProb`s (bytes included) and the `ResponseLogProb`s of `response.output_text.delta` / `.done`, each entry
// holding exactly the fields its schema declares (the stream's have no `bytes`: ResponseLogProb has none).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import t from 'tap';
import { OPENAI, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';

type Json = Record<string, unknown>;

const document = JSON.parse(readFileSync(fileURLToPath(new URL('./spec/openai-agent-items.json', import.meta.url)), 'utf8')) as { components: { schemas: Record<string, Json> } };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...document, $id: 'spec' });
const schemas = document.components.schemas;

/** The declared fields of a schema, or of its entries' `top_logprobs` items. */
const declared = (schema: Json) => Object.keys(schema.properties as Json);
const topDeclared = (schema: Json) => {
  const top = (schema.properties as Json).top_logprobs as { items: Json };
  return Object.keys(((top.items.$ref ? schemas[String(top.items.$ref).split('/').pop()!] : top.items) as Json).properties as Json);
};

const body = {
  model: 'gpt-4.1-mini', input: 'Reply exactly with: Très beau, 22°C 😀 — "quoted"!', include: ['message.output_text.logprobs'], top_logprobs: 4,
};

t.test('every event and item with logprobs is valid for the spec, entries with exactly the declared fields', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const check = (value: unknown, name: string, label: string) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${name}`)!;
    t.ok(validate(value), `${label} is a ${name}${validate.errors ? `: ${JSON.stringify(validate.errors.slice(0, 3))}` : ''}`);
  };
  const entries = (logprobs: unknown, schema: string, label: string) => {
    t.ok(Array.isArray(logprobs) && logprobs.length > 0, `${label}: has logprobs`);
    for (const entry of logprobs as Json[]) {
      t.same(Object.keys(entry), declared(schemas[schema]!), `${label}: an entry has the fields of ${schema}`);
      for (const top of entry.top_logprobs as Json[]) t.same(Object.keys(top), topDeclared(schemas[schema]!), `${label}: an alternative likewise`);
    }
  };
  const json = (await post(app, { url: OPENAI, body })).body;
  const message = (json.output as Json[])[0]!;
  check(message, 'OutputMessage', 'the JSON message');
  entries((message.content as Json[])[0]!.logprobs, 'LogProb', 'the JSON part');
  const events = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...body, stream: true } })).raw));
  for (const event of events) {
    if (event.type === 'response.output_text.delta') {
      check(event, 'ResponseTextDeltaEvent', 'a delta');
      entries(event.logprobs, 'ResponseLogProb', 'a delta');
    } else if (event.type === 'response.output_text.done') {
      check(event, 'ResponseTextDoneEvent', 'the done event');
      entries(event.logprobs, 'ResponseLogProb', 'the done event');
    } else if (event.type === 'response.content_part.done') {
      check(event, 'ResponseContentPartDoneEvent', 'content_part.done');
      entries((event.part as Json).logprobs, 'LogProb', 'content_part.done');
    } else if (event.type === 'response.content_part.added') {
      check(event, 'ResponseContentPartAddedEvent', 'content_part.added');
    }
  }
});
