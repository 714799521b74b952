// The small building blocks: the bounded LRU map, property-name splitting, and roles read from names.
import t from 'tap';
import { LruMap } from '../../../src/domain/arguments/lru.js';
import { nameWords, roleOf } from '../../../src/domain/arguments/names.js';
import { fitLength } from '../../../src/domain/arguments/extract-text.js';
import { hasCompositionCycle } from '../../../src/domain/arguments/sampling-schema.js';

t.test('LruMap evicts the least recently used entry and reports it', async (t) => {
  const evicted: string[] = [];
  const map = new LruMap<string, string>({ maxEntries: 2, onEvict: (value) => evicted.push(value) });
  map.set('a', 'A');
  map.set('b', 'B');
  t.equal(map.get('a'), 'A', 'reading a makes b the oldest');
  map.set('c', 'C');
  t.same(evicted, ['B']);
  t.equal(map.get('b'), undefined);
  t.equal(map.size, 2);
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
  ['filePath', 'path'],
  ['channel_id', 'channel'],
  ['repo', 'repo'],
  ['temperature', 'other'],
];
for (const [name, role] of roles) {
  t.test(`roleOf(${name}) is ${role}`, async (t) => t.equal(roleOf(nameWords(name)), role));
}

t.test('fitLength cuts after a whole word when it can', async (t) => {
  t.equal(fitLength('hello wide world', 12), 'hello wide');
  t.equal(fitLength('hello wide world', 10), 'hello wide');
  t.equal(fitLength('abcdefghij', 4), 'abcd');
  t.equal(fitLength('short', undefined), 'short');
});

t.test('hasCompositionCycle finds $ref/allOf loops only', async (t) => {
  t.ok(hasCompositionCycle({ allOf: [{ $ref: '#' }] }));
  t.ok(hasCompositionCycle({ $defs: { a: { allOf: [{ $ref: '#/$defs/b' }] }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }));
  t.notOk(hasCompositionCycle({ $defs: { n: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/n' } } } } }, $ref: '#/$defs/n' }));
  t.notOk(hasCompositionCycle({ type: 'object', properties: { a: { type: 'string' } } }));
});
