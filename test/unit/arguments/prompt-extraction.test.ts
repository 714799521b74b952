// Table-driven checks of the values read from the prompt: explicit key/values, enums, places, free
// text, numbers, booleans, formats, name spellings, and one argument set per listed value.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';

function argumentSets(request: { schema: unknown; prompt: string; seed: number }): string[] {
  const generated = generateArgumentSets(request);
  if (!generated.ok) throw new Error(`no arguments: ${JSON.stringify(generated.problem)}`);
  return generated.value;
}

const str = { type: 'string' } as const;
const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)): unknown => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const weather = object({ city: str, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } }, ['city']);
const search = object({ query: str, limit: { type: 'integer', minimum: 1, maximum: 10 } }, ['query']);

interface Row {
  prompt: string;
  schema: unknown;
  /** The exact argument sets expected, parsed. */
  sets?: unknown[];
  /** Or: a pattern the single set must match (tap's t.match semantics). */
  match?: Record<string, unknown>;
  /** Keys the single set must not have. */
  absent?: string[];
}

const rows: Row[] = [
  // explicit key/value
  { prompt: 'Call get_weather with city exactly Paris.', schema: weather, sets: [{ city: 'Paris' }] },
  { prompt: 'Call search with query ping', schema: search, sets: [{ query: 'ping' }] },
  { prompt: 'weather in Oslo, unit=celsius', schema: weather, sets: [{ city: 'Oslo', unit: 'celsius' }] },
  { prompt: 'search with query "hello world" and limit: 5', schema: search, sets: [{ query: 'hello world', limit: 5 }] },
  { prompt: 'Forecast for Rome with "days" 3', schema: object({ city: str, days: { type: 'integer' } }), sets: [{ city: 'Rome', days: 3 }] },
  { prompt: "Look up the note titled 'Q3 plan'", schema: object({ title: str }), sets: [{ title: 'Q3 plan' }] },
  { prompt: 'Set the name to "Ada Lovelace"', schema: object({ name: str }), sets: [{ name: 'Ada Lovelace' }] },
  // the only number for the only numeric property; venues are places
  { prompt: 'Book a table for 4 at Chez Panisse', schema: object({ restaurant: str, party_size: { type: 'integer', minimum: 1 } }), sets: [{ restaurant: 'Chez Panisse', party_size: 4 }] },
  { prompt: 'Book a meeting on 2026-12-01 for 3 people', schema: object({ date: { type: 'string', format: 'date' }, attendees: { type: 'integer' } }), sets: [{ date: '2026-12-01', attendees: 3 }] },
  // enum
  { prompt: 'What is the weather in Paris in Fahrenheit?', schema: weather, sets: [{ city: 'Paris', unit: 'fahrenheit' }] },
  { prompt: 'Mark it as in progress', schema: object({ status: { enum: ['todo', 'in_progress', 'done'] } }), sets: [{ status: 'in_progress' }] },
  { prompt: 'Convert 42 km to mi', schema: object({ value: { type: 'number' }, from: { enum: ['km', 'mi'] }, to: { enum: ['km', 'mi'] } }), sets: [{ value: 42, from: 'km', to: 'mi' }] },
  { prompt: 'Update todo 7 to done', schema: object({ status: { enum: ['todo', 'done'] } }), sets: [{ status: 'done' }] },
  // places
  { prompt: 'What is the weather in Paris?', schema: weather, sets: [{ city: 'Paris' }] },
  { prompt: "How's the weather in New York today?", schema: weather, sets: [{ city: 'New York' }] },
  { prompt: 'Any rain expected for San Francisco?', schema: object({ location: str }), sets: [{ location: 'San Francisco' }] },
  { prompt: 'weather at Rio de Janeiro', schema: object({ location: str }), sets: [{ location: 'Rio de Janeiro' }] },
  { prompt: 'Flights from London to Tokyo', schema: object({ origin: str, destination: str }), sets: [{ origin: 'London', destination: 'Tokyo' }] },
  { prompt: 'weather in Paris, France', schema: object({ location: str }), sets: [{ location: 'Paris, France' }] },
  { prompt: 'Hold the review in Room 4B at 10:00', schema: object({ location: str }), sets: [{ location: 'Room 4B' }] },
  { prompt: 'Weather in Paris 3 days from now', schema: object({ location: str }), sets: [{ location: 'Paris' }] },
  // free text
  { prompt: 'Search the web for the latest news on AI.', schema: search, sets: [{ query: 'the latest news on AI' }] },
  { prompt: 'Tell me about quantum computing!', schema: object({ topic: str }), sets: [{ topic: 'quantum computing' }] },
  { prompt: 'Generate an image of a red fox in the snow, 1024x1024', schema: object({ prompt: str }), sets: [{ prompt: 'a red fox in the snow' }] },
  { prompt: 'Hello there, general assistant', schema: object({ message: str }), sets: [{ message: 'Hello there, general assistant' }] },
  { prompt: 'Please summarise this very long request', schema: object({ text: { type: 'string', maxLength: 15 } }), sets: [{ text: 'Please' }] },
  // what is to be said, and a short title for it
  { prompt: 'Email bob@example.com that the offsite in Lisbon is confirmed', schema: object({ to: str, subject: str, body: str }), sets: [{ to: 'bob@example.com', subject: 'The offsite in Lisbon is confirmed', body: 'The offsite in Lisbon is confirmed' }] },
  { prompt: "Send an email to priya@acme.io with the subject 'Invoice #4411' saying the payment went through", schema: object({ subject: str, body: str }), sets: [{ subject: 'Invoice #4411', body: 'The payment went through' }] },
  { prompt: 'Send a quick email to sam@contoso.com asking if we are still on for lunch tomorrow', schema: object({ subject: str, body: str }), sets: [{ subject: 'We are still on for lunch tomorrow', body: 'We are still on for lunch tomorrow' }] },
  { prompt: 'Remind me to call mom at 18:30', schema: object({ time: str, message: str }), sets: [{ time: '18:30', message: 'Call mom' }] },
  { prompt: 'Send an email to ana@example.com with subject Lunch saying see you at noon', schema: object({ to: str, subject: str, body: str }), sets: [{ to: 'ana@example.com', subject: 'Lunch', body: 'See you at noon' }] },
  { prompt: 'What time is it in Tokyo right now?', schema: object({ title: str, attendees: { type: 'array', items: str } }, ['title']), match: { title: 'What time is it in Tokyo right now?' }, absent: ['attendees'] },
  { prompt: 'Remember that my favourite colour is green', schema: object({ content: str }), sets: [{ content: 'My favourite colour is green' }] },
  { prompt: 'Add a dentist appointment on 2025-03-12 for 45 minutes', schema: object({ summary: str, duration_minutes: { type: 'integer' } }), sets: [{ summary: 'Dentist appointment', duration_minutes: 45 }] },
  { prompt: 'Ping #ops: the backup finished', schema: object({ channel: str, text: str }), sets: [{ channel: '#ops', text: 'The backup finished' }] },
  // numbers
  { prompt: 'Forecast for Berlin for 3 days', schema: object({ location: str, days: { type: 'integer', minimum: 1 } }), sets: [{ location: 'Berlin', days: 3 }] },
  { prompt: 'Search for cats, top 5 results', schema: object({ query: str, max_results: { type: 'integer' } }), sets: [{ query: 'cats', max_results: 5 }] },
  { prompt: 'give me the first 4 hits for llamas', schema: object({ q: str, limit: { type: 'integer' } }), sets: [{ q: 'llamas', limit: 4 }] },
  { prompt: 'Search for cats, top 50 results', schema: search, match: { query: 'cats' }, absent: ['limit'] },
  { prompt: 'Pick n = 6 items', schema: object({ n: { type: 'integer', multipleOf: 3 } }), sets: [{ n: 6 }] },
  { prompt: 'Pick n = 7 items', schema: object({ n: { type: 'integer', multipleOf: 3, minimum: 3, maximum: 3 } }), sets: [{ n: 3 }] },
  { prompt: 'Wait for three minutes', schema: object({ minutes: { type: 'integer' } }), sets: [{ minutes: 3 }] },
  { prompt: 'multiply 6 by 7', schema: object({ a: { type: 'number' }, b: { type: 'number' } }), sets: [{ a: 6, b: 7 }] },
  { prompt: 'Refund $25.50 on order 98765 because the item arrived damaged', schema: object({ order_id: str, amount: { type: 'number' }, reason: str }, ['order_id', 'reason']), sets: [{ order_id: '98765', amount: 25.5, reason: 'The item arrived damaged' }] },
  { prompt: 'How much is 1,200 euros in yen?', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200 }] },
  { prompt: 'List the bike for €1,499.99 in Oslo', schema: object({ price: { type: 'number' } }, []), sets: [{ price: 1499.99 }] },
  { prompt: 'Convert 250 USD to EUR', schema: object({ amount: { type: 'number' } }, []), sets: [{ amount: 250 }] },
  // booleans
  { prompt: 'List files with recursive=true', schema: object({ recursive: { type: 'boolean' } }, []), sets: [{ recursive: true }] },
  { prompt: 'List files recursively', schema: object({ recursive: { type: 'boolean' } }, []), sets: [{}] },
  // formats
  { prompt: 'Send it to ops@example.com please', schema: object({ recipient: { type: 'string', format: 'email' } }), sets: [{ recipient: 'ops@example.com' }] },
  { prompt: 'Open https://example.org/a?b=1.', schema: object({ url: { type: 'string', format: 'uri' } }), sets: [{ url: 'https://example.org/a?b=1' }] },
  { prompt: 'Fetch order 123e4567-e89b-12d3-a456-426614174000', schema: object({ id: { type: 'string', format: 'uuid' } }), sets: [{ id: '123e4567-e89b-12d3-a456-426614174000' }] },
  { prompt: 'Book it for 2025-03-14', schema: object({ date: { type: 'string', format: 'date' } }), sets: [{ date: '2025-03-14' }] },
  { prompt: 'Starts 2025-03-14', schema: object({ start: { type: 'string', format: 'date-time' } }), sets: [{ start: '2025-03-14T00:00:00Z' }] },
  { prompt: 'Email bob@example.com', schema: object({ email_address: str }), sets: [{ email_address: 'bob@example.com' }] },
  // what a property's description says, when its name says little
  { prompt: 'Email bob@example.com that the offsite in Lisbon is confirmed', schema: object({ to: { type: 'string', description: 'Recipient email address' } }), sets: [{ to: 'bob@example.com' }] },
  { prompt: 'Email bob@example.com that the offsite in Lisbon is confirmed', schema: object({ to: str }), sets: [{ to: 'bob@example.com' }] },
  { prompt: 'Drive from Leeds to York, then email the route to me@example.com', schema: object({ from: str, to: str }), sets: [{ from: 'Leeds', to: 'York' }] },
  { prompt: 'Email bob@example.com the ferry times in Lisbon', schema: object({ to: { type: 'string', description: 'Destination city' } }), sets: [{ to: 'Lisbon' }] },
  { prompt: 'It starts at 2025-03-14T09:30 in Oslo', schema: object({ start: { type: 'string', description: 'Start time, ISO 8601' } }), sets: [{ start: '2025-03-14T09:30:00Z' }] },
  // phone numbers and names
  { prompt: 'Save Jane Doe as a contact: jane.doe@example.com, +44 20 7946 0958', schema: object({ name: str, email: str, phone: str }), sets: [{ name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+44 20 7946 0958' }] },
  { prompt: "Text +14155550100 that I'm running 10 minutes late", schema: object({ phone_number: str, message: str }), sets: [{ phone_number: '+14155550100', message: "I'm running 10 minutes late" }] },
  { prompt: 'Call 555-0142 on 2025-03-12 at 10:30', schema: object({ mobile: str, date: { type: 'string', format: 'date' } }), sets: [{ mobile: '555-0142', date: '2025-03-12' }] },
  { prompt: 'Reach me on (555-0142) after six', schema: object({ mobile: str }), sets: [{ mobile: '555-0142' }] },
  { prompt: 'Call (415) 555-0100 now', schema: object({ phone: str }), sets: [{ phone: '(415) 555-0100' }] },
  { prompt: 'My number is +44 20 7946 0958', schema: object({ phone: { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$' } }), sets: [{ phone: '+442079460958' }] },
  { prompt: 'Create an event called Team sync on 2026-12-03 with Ana and Bo', schema: object({ title: str, date: { type: 'string', format: 'date' }, attendees: { type: 'array', items: str } }), sets: [{ title: 'Team sync', date: '2026-12-03', attendees: ['Ana', 'Bo'] }] },
  { prompt: 'Assign the login bug to Maria Garcia', schema: object({ assignee: str }), sets: [{ assignee: 'Maria Garcia' }] },
  // repositories, branches, labels and working directories
  { prompt: 'Show me the open issues in facebook/react', schema: object({ repo: str }), sets: [{ repo: 'facebook/react' }] },
  { prompt: 'Show me the open issues in facebook/react', schema: object({ owner: str, repo: str }), sets: [{ owner: 'facebook', repo: 'react' }] },
  { prompt: "File 'Crash on start' with the label bug", schema: object({ title: str, labels: { type: 'array', items: str } }), sets: [{ title: 'Crash on start', labels: ['bug'] }] },
  { prompt: 'Run `npm test` in /srv/app', schema: object({ cmd: str, workdir: str }), sets: [{ cmd: 'npm test', workdir: '/srv/app' }] },
  {
    prompt: 'Open a PR from feature/login into main',
    schema: object({ head: { type: 'string', description: 'Branch with the changes' }, base: { type: 'string', description: 'The name of the branch to merge into' } }),
    sets: [{ head: 'feature/login', base: 'main' }],
  },
  { prompt: 'Merge fix/typo into the develop branch', schema: object({ base_branch: str, head_branch: str }), sets: [{ base_branch: 'develop', head_branch: 'fix/typo' }] },
  { prompt: 'Deploy the release-2.0 branch to fix the outage', schema: object({ branch: str }), sets: [{ branch: 'release-2.0' }] },
  // code written in the prompt: arithmetic, SQL, a search pattern
  { prompt: 'What is (17 + 25) * 3?', schema: object({ expression: str }), sets: [{ expression: '(17 + 25) * 3' }] },
  { prompt: 'Calculate 2^10 - 24 for me on 2025-01-02.', schema: object({ formula: str }), sets: [{ formula: '2^10 - 24' }] },
  { prompt: 'How many orders in March? Use SELECT count(*) FROM orders WHERE month = 3', schema: object({ query: str }), sets: [{ query: 'SELECT count(*) FROM orders WHERE month = 3' }] },
  { prompt: 'Run DELETE FROM sessions WHERE expired; then report', schema: object({ sql: str }), sets: [{ sql: 'DELETE FROM sessions WHERE expired' }] },
  { prompt: 'Search for how to select rows from a table', schema: object({ query: str }), sets: [{ query: 'how to select rows from a table' }] },
  { prompt: 'Find every TODO in src/engine', schema: object({ pattern: str, path: str }), sets: [{ pattern: 'TODO', path: 'src/engine' }] },
  // currencies, units and languages in their direction
  { prompt: 'How much is 1,200 euros in yen?', schema: object({ amount: { type: 'number' }, from: { type: 'string', description: 'ISO 4217 code of the source currency' }, to: { type: 'string', description: 'ISO 4217 code of the target currency' } }), sets: [{ amount: 1200, from: 'EUR', to: 'JPY' }] },
  { prompt: 'Convert $250 to British pounds', schema: object({ amount: { type: 'number' }, from_currency: str, to_currency: str }), sets: [{ amount: 250, from_currency: 'USD', to_currency: 'GBP' }] },
  { prompt: 'Convert 40 dollars to euros', schema: object({ from: { enum: ['USD', 'EUR'] }, to: { enum: ['USD', 'EUR'] } }), sets: [{ from: 'USD', to: 'EUR' }] },
  { prompt: 'How many miles is 42 kilometers?', schema: object({ value: { type: 'number' }, from_unit: str, to_unit: str }), sets: [{ value: 42, from_unit: 'kilometers', to_unit: 'miles' }] },
  { prompt: 'How many miles is 42 kilometers?', schema: object({ from_unit: { enum: ['km', 'mi'] }, to_unit: { enum: ['km', 'mi'] } }), sets: [{ from_unit: 'km', to_unit: 'mi' }] },
  { prompt: "Translate 'Where is the train station?' into Japanese", schema: object({ text: str, target_language: str }), sets: [{ text: 'Where is the train station?', target_language: 'Japanese' }] },
  { prompt: "Translate 'Bonjour' from French to German", schema: object({ source_language: str, target_language: { type: 'string', pattern: '^[a-z]{2}$' } }), sets: [{ source_language: 'French', target_language: 'de' }] },
  { prompt: "Say 'thanks' in Japanese", schema: object({ target_language: { enum: ['en', 'fr', 'ja'] } }), sets: [{ target_language: 'ja' }] },
  // name spellings
  { prompt: 'weather in Lisbon', schema: object({ city_name: str }), sets: [{ city_name: 'Lisbon' }] },
  { prompt: 'weather in Lisbon', schema: object({ cityName: str }), sets: [{ cityName: 'Lisbon' }] },
  { prompt: 'search with search-query llamas and max results 3', schema: object({ 'search-query': str, maxResults: { type: 'integer' } }), sets: [{ 'search-query': 'llamas', maxResults: 3 }] },
  // values the schema rejects are dropped, not forced
  { prompt: 'weather in Paris', schema: object({ city: { type: 'string', enum: ['Berlin', 'Rome'] } }), match: { city: /^(Berlin|Rome)$/ } },
  { prompt: 'weather in Paris', schema: object({ city: { type: 'string', pattern: '^[A-Z]{3}$' } }), match: { city: /^[A-Z]{3}$/ } },
  { prompt: 'What is the weather?', schema: weather, absent: ['unit'] },
  // several sets
  { prompt: 'What is the weather in Paris and London?', schema: weather, sets: [{ city: 'Paris' }, { city: 'London' }] },
  { prompt: 'Weather for Paris, London and Tokyo', schema: weather, sets: [{ city: 'Paris' }, { city: 'London' }, { city: 'Tokyo' }] },
  { prompt: 'weather in Paris and London in celsius', schema: weather, sets: [{ city: 'Paris', unit: 'celsius' }, { city: 'London', unit: 'celsius' }] },
  { prompt: 'Weather in A1a, B1b, C1c, D1d, E1e, F1f, G1g, H1h, I1i and J1j', schema: object({ city: { type: 'string', pattern: '^[A-Z]' } }), match: {} },
  { prompt: 'Search for "cats" and "dogs"', schema: search, sets: [{ query: 'cats' }, { query: 'dogs' }] },
  { prompt: 'Show open and closed issues', schema: object({ state: { enum: ['open', 'closed', 'all'] } }), sets: [{ state: 'open' }, { state: 'closed' }] },
  { prompt: 'Paris is nice. Weather in London?', schema: weather, sets: [{ city: 'London' }] },
  { prompt: 'Weather in Paris. London is next.', schema: weather, sets: [{ city: 'Paris' }] },
  { prompt: 'Weather in Washington D.C. please', schema: weather, sets: [{ city: 'Washington D.C.' }] },
  { prompt: 'Give me a 5-day forecast for Oslo', schema: object({ city: str, days: { type: 'integer' } }), sets: [{ city: 'Oslo', days: 5 }] },
  // a list fills an array property whole
  { prompt: 'Email ana@example.org and li@example.org, cc boss@example.org: the report is ready', schema: object({ to: { type: 'array', items: { type: 'string', format: 'email' } }, cc: { type: 'array', items: { type: 'string', format: 'email' } } }), sets: [{ to: ['ana@example.org', 'li@example.org'], cc: ['boss@example.org'] }] },
  { prompt: 'Invite ana@example.org, li@example.org and bo@example.org', schema: object({ emails: { type: 'array', items: str } }), sets: [{ emails: ['ana@example.org', 'li@example.org', 'bo@example.org'] }] },
  { prompt: 'Compare the weather in Paris and London', schema: object({ cities: { type: 'array', items: str } }), sets: [{ cities: ['Paris', 'London'] }] },
  { prompt: 'Invite ana@example.org and li@example.org', schema: object({ attendees: { type: 'array', items: { type: 'string', format: 'email' }, maxItems: 1 } }), sets: [{ attendees: ['ana@example.org'] }] },
  // identifiers led by a word of the property's name
  { prompt: 'Check the inventory for sku_123 today', schema: object({ sku: str }), sets: [{ sku: 'sku_123' }] },
  { prompt: 'Fetch the profile of user-42 in Paris', schema: object({ user_id: str, city: str }), sets: [{ user_id: 'user-42', city: 'Paris' }] },
  // identifiers: a shaped token, or the value after the name's leading words ("order 98765")
  { prompt: 'Where is my order A-10482?', schema: object({ order_id: str }), sets: [{ order_id: 'A-10482' }] },
  { prompt: 'Refund $25.50 on order 98765 because the item arrived damaged', schema: object({ order_id: str, reason: str }), sets: [{ order_id: '98765', reason: 'The item arrived damaged' }] },
  { prompt: 'Cancel order 98765 now', schema: object({ order_number: { type: 'integer' } }), sets: [{ order_number: 98765 }] },
  { prompt: "What's NVDA trading at? Use the API", schema: object({ ticker: str }), sets: [{ ticker: 'NVDA' }] },
  { prompt: 'Where is my UPS package 1Z999AA10123456784?', schema: object({ tracking_number: str, carrier: { enum: ['ups', 'dhl'] } }), sets: [{ tracking_number: '1Z999AA10123456784', carrier: 'ups' }] },
  { prompt: 'Mark PROJ-142 as done', schema: object({ ticket_id: str, status: { enum: ['todo', 'done'] } }), sets: [{ ticket_id: 'PROJ-142', status: 'done' }] },
  { prompt: 'Fetch the profile for user 4821', schema: object({ user_id: str }), sets: [{ user_id: '4821' }] },
  { prompt: 'Show the message 8812 from #general', schema: object({ message_id: str, channel: str }), sets: [{ message_id: '8812', channel: '#general' }] },
];

for (const row of rows) {
  t.test(`${row.prompt} → ${JSON.stringify(row.sets ?? row.match ?? {})}`, async (t) => {
    const sets = argumentSets({ schema: row.schema, prompt: row.prompt, seed: 7 }).map((text) => JSON.parse(text) as unknown);
    if (row.sets !== undefined) t.same(sets, row.sets);
    if (row.match !== undefined) {
      t.equal(sets.length, 1, 'one set');
      t.match(sets[0], row.match);
    }
    for (const key of row.absent ?? []) t.notOk(Object.hasOwn(sets[0] as object, key), `no ${key}`);
  });
}

t.test('at most eight sets, in prompt order', async (t) => {
  const cities = ['Paris', 'London', 'Tokyo', 'Berlin', 'Rome', 'Madrid', 'Vienna', 'Prague', 'Oslo', 'Lisbon'];
  const prompt = `Weather in ${cities.slice(0, -1).join(', ')} and ${cities.at(-1) ?? ''}`;
  const sets = argumentSets({ schema: weather, prompt, seed: 1 }).map((text) => JSON.parse(text) as { city: string });
  t.same(sets.map((set) => set.city), cities.slice(0, 8));
});

t.test('the seed changes sampled values, never prompt values', async (t) => {
  const schema = object({ city: str, ref_id: { type: 'string', minLength: 5 } });
  const first = JSON.parse(argumentSets({ schema, prompt: 'weather in Paris', seed: 1 })[0] ?? '') as Record<string, string>;
  const second = JSON.parse(argumentSets({ schema, prompt: 'weather in Paris', seed: 2 })[0] ?? '') as Record<string, string>;
  t.equal(first.city, 'Paris');
  t.equal(second.city, 'Paris');
  t.not(first.ref_id, second.ref_id);
});

t.test('look-ups in one prompt do not disturb the next prompt', async (t) => {
  const schema = object({ choice: { type: 'string', enum: ['value_1', 'value_1234', 'value_2'] } });
  for (const seed of [1, 2, 3, 4]) {
    argumentSets({ schema, prompt: 'pick value_2 now, thanks', seed });
    t.same(argumentSets({ schema, prompt: 'use value_1234 please', seed }).map((text) => JSON.parse(text) as unknown), [{ choice: 'value_1234' }], `seed ${seed}`);
  }
});
