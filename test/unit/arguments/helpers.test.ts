// The small building blocks: the bounded cache, property-name splitting, roles read from names, paths.
import t from 'tap';
import { BoundedCache, cacheKey } from '../../../src/domain/arguments/cache.js';
import { propertyKind, roleOf } from '../../../src/domain/arguments/prompt/kinds.js';
import { nameWords } from '../../../src/domain/arguments/prompt/names.js';
import { fitLength } from '../../../src/domain/arguments/prompt/phrases/extract-text.js';
import { pointerToPath } from '../../../src/domain/arguments/schema/types.js';

t.test('BoundedCache evicts the least recently used entry and reports it', async (t) => {
  const evicted: string[] = [];
  const map = new BoundedCache<string>({ maxEntries: 2, maxBytes: 1e6, sizeOf: (value) => value.length, onEvict: (value) => evicted.push(value) });
  map.set('a', 'A');
  map.set('b', 'B');
  t.equal(map.get('a'), 'A', 'reading a makes b the oldest');
  map.set('c', 'C');
  t.same(evicted, ['B']);
  t.equal(map.get('b'), undefined);
  t.equal(map.size, 2);
});

t.test('BoundedCache keeps to its byte budget too', async (t) => {
  const map = new BoundedCache<string>({ maxEntries: 1000, maxBytes: 3000, sizeOf: (value) => value.length });
  for (let index = 0; index < 50; index += 1) map.set(cacheKey(`prompt ${index}`), 'x'.repeat(500));
  t.ok(map.bytes <= 3000, `${map.bytes} bytes kept`);
  t.ok(map.size < 50 && map.size > 0, `${map.size} entries kept`);
  map.set('huge', 'x'.repeat(10000));
  t.equal(map.get('huge'), undefined, 'a value larger than the whole budget is not kept');
  t.equal(cacheKey('a'.repeat(2_000_000)).length, 45, 'long texts are keyed by a fixed-size digest');
  t.equal(cacheKey('city'), 'city', 'short texts are their own key');
  t.not(cacheKey('t4:city'), cacheKey('city', ''), 'a text that looks like several parts is not taken for them');
  t.not(cacheKey('st4:city'), cacheKey('t4:city'), 'nor a text that looks like a marked one');
  t.equal(cacheKey(`h${'A'.repeat(43)}=`)[0], 's', 'a text starting with a mark is marked');
  t.not(cacheKey('ab', 'c'), cacheKey('a', 'bc'), 'parts are kept apart');
  t.not(cacheKey('a'.repeat(3000)), cacheKey(`${'a'.repeat(2999)}b`), 'digests tell long texts apart');
  const keyed = new BoundedCache<string>({ maxEntries: 1000, maxBytes: 10_000, sizeOf: () => 0 });
  keyed.set(cacheKey('k'.repeat(2000)), '');
  t.ok(keyed.bytes >= 4000, `a key counts in the byte budget (${keyed.bytes} bytes)`);
});

const names: [string, string[]][] = [
  ['city', ['city']],
  ['city_name', ['city', 'name']],
  ['cityName', ['city', 'name']],
  ['city-name', ['city', 'name']],
  ['HTTPServerURL', ['http', 'server', 'url']],
  ['max_results2', ['max', 'results2']],
  ['größe', ['größe']],
  ['__', []],
];
for (const [name, words] of names) {
  t.test(`nameWords(${name})`, async (t) => t.same(nameWords(name), words));
}

const roles: [string, string][] = [
  ['destination_city', 'location'],
  ['email_address', 'other'],
  ['search_query', 'text'],
  ['email_subject', 'other'],
  ['subject', 'title'],
  ['body', 'message'],
  ['filePath', 'path'],
  ['channel_id', 'channel'],
  ['full_name', 'name'],
  ['attendees', 'name'],
  ['file_name', 'path'],
  ['phone_number', 'other'],
  ['from_unit', 'unit'],
  ['currency_code', 'currency'],
  ['target_language', 'language'],
  ['expression', 'expression'],
  ['repo', 'repo'],
  ['temperature', 'other'],
  ['cities', 'location'],
  ['order_id', 'identifier'],
  ['message_id', 'identifier'],
  ['ticker', 'identifier'],
  ['page_num', 'other'],
  ['code', 'command'],
  ['file_paths', 'path'],
  ['class', 'other'],
  ['label', 'label'],
  ['timer_label', 'label'],
  ['labels', 'other'],
];
for (const [name, role] of roles) {
  t.test(`roleOf(${name}) is ${role}`, async (t) => t.equal(roleOf(nameWords(name)), role));
}

const described: [string, string, { role: string; formatKinds: string[] }][] = [
  ['to', 'Recipient email address', { role: 'other', formatKinds: ['email'] }],
  ['to', 'The email address to send to', { role: 'other', formatKinds: ['email'] }],
  ['to', 'Destination airport', { role: 'location', formatKinds: [] }],
  ['target', 'Target city, e.g. Paris', { role: 'location', formatKinds: [] }],
  ['start', 'Start time (ISO 8601)', { role: 'other', formatKinds: ['date-time', 'time', 'date'] }],
  ['body', 'The body of the email', { role: 'message', formatKinds: [] }],
  ['to', 'ISO 4217 code of the target currency', { role: 'currency', formatKinds: [] }],
  ['value', 'A value; the date it was sent is elsewhere', { role: 'other', formatKinds: [] }],
];
for (const [name, description, kind] of described) {
  t.test(`propertyKind(${name}, "${description}")`, async (t) => t.match(propertyKind(nameWords(name), { declared: [], description }), kind));
}

t.test('fitLength cuts after a whole word when it can', async (t) => {
  t.equal(fitLength('hello wide world', 12), 'hello wide');
  t.equal(fitLength('hello wide world', 10), 'hello wide');
  t.equal(fitLength('abcdefghij', 4), 'abcd');
  t.equal(fitLength('short', undefined), 'short');
});

t.test('pointerToPath reads a JSON pointer as a dotted path', async (t) => {
  t.equal(pointerToPath(''), '');
  t.equal(pointerToPath('/properties/a/items'), '.properties.a.items');
  t.equal(pointerToPath('/properties/a b/anyOf/1'), '.properties["a b"].anyOf[1]');
  t.equal(pointerToPath('/$defs/a~1b'), '.$defs["a/b"]');
});
