// Tool words used in another sense leave the prompt's words, read from the words beside them; one occurrence in
// the tool's sense keeps the word.
import t from 'tap';
import { otherSenses } from '../../../../src/domain/engine/matching/senses.js';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const fn = (name: string, description: string, properties: string[]): FunctionTool =>
  ({ name, description, parameters: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, {}])) }, strict: undefined });

t.test('a word beside the words that give it another sense', async (t) => {
  const rows: Array<[string, string[]]> = [
    ['I had a great time', ['time']],
    ['What time is it in Tokyo?', []],
    ['In order to learn Spanish', ['order']],
    ['What does "out of order" mean?', ['order']],
    ['What is the status of order 12345?', []],
    ['Can you recommend a good book to read?', ['book', 'read']],
    ['Book a table for two', []],
    ['What order should I read the Dune books in?', ['order', 'read', 'book']],
    ['Read src/index.ts', []],
    ['Write a haiku about autumn', ['write']],
    ['How should I email my professor?', ['email']],
    ['How do I run this? Run git log.', []],
    ['Keep track of my habits', ['track']],
    ['Track package 1Z999', []],
    ['My search for a job', ['search']],
    ['Why do cats purr?', ['cat']],
    ['That makes sense', ['make']],
    ['Nice to meet you', ['meet']],
    ['Meet Ana at noon', []],
    ['Write an essay on climate change', ['write', 'change']],
    ['What should I write in a birthday card?', ['write']],
    ['I lost track of time reading', ['track', 'time', 'read']],
    ['Put these events in order of importance', ['event', 'order']],
    ['Should I learn JavaScript or TypeScript?', ['script']],
    ['Make it shorter', ['make']],
    ['Make a dinner reservation', []],
    ['Track and field was my sport', ['track']],
    ['Give me a list of party games', ['list']],
    ['Once upon a time', ['time']],
    ['The hotel we stayed at had a pool', ['hotel']],
    ['The table is made of oak', ['table']],
    ['The hotel in Rome, book it', []],
    ['The hotel is booked? Book another one in Rome', []],
    ['I have no time today.', ['time']],
    ['What time is it? I have no time', []],
    ['I have no time. What time is it?', []],
    ['Write the letter to disk', []],
    ['Write a poem about a file', ['write']],
  ];
  for (const [prompt, stems] of rows) {
    const senses = otherSenses(prompt, { filePath: () => false });
    t.same([...senses.anywhere, ...senses.asAction].sort(), stems.sort(), prompt);
  }
});

t.test('a word in another sense is no sign for the tool it names', async (t) => {
  const time = fn('get_time', 'Get the current time in a timezone.', ['timezone']);
  t.same(matchTools('I had a great time at the concert', [time]), []);
  t.equal(matchTools('What time is it in Tokyo?', [time])[0]?.tool.name, 'get_time');
  const order = fn('get_order_status', 'Look up the status of an order.', ['order_id']);
  t.same(matchTools('In order to learn Spanish, what should I do first?', [order]), []);
  t.equal(matchTools('In order to plan, where is my order?', [order])[0]?.tool.name, 'get_order_status', 'one occurrence in the tool\'s sense keeps it');
});

t.test('a noun is lost only by a tool naming it as its action; a file path keeps reading and writing', async (t) => {
  const table = fn('book_table', 'Reserve a restaurant table.', ['restaurant', 'party_size']);
  const books = fn('search_books', 'Search the library catalog for books.', ['title', 'author']);
  t.same(otherSenses('Find a good book about whales', { filePath: () => false }).asAction, new Set(['book']));
  t.same(matchTools('Find a good book about whales', [table]), []);
  t.equal(matchTools('Find books by Ursula Le Guin', [table, books])[0]?.tool.name, 'search_books');
  const write = fn('write_file', 'Write content to a file.', ['path', 'content']);
  const read = fn('read_file', 'Read a file.', ['path']);
  t.same(matchTools('Write a summary of the French revolution', [write]), []);
  t.equal(matchTools('Write the summary to out.md', [read, write])[0]?.tool.name, 'write_file');
});

t.test('a request after a statement, a file word and a meal beside no booking', async (t) => {
  const hotel = fn('book_hotel', 'Book a hotel room.', ['city', 'check_in', 'check_out', 'guests']);
  const ride = fn('book_ride', 'Book a taxi ride.', ['pickup', 'dropoff', 'pickup_time']);
  const table = fn('book_table', 'Reserve a restaurant table.', ['restaurant', 'party_size', 'date', 'time']);
  const reminder = fn('set_reminder', 'Set a reminder.', ['text', 'time']);
  const time = fn('get_time', 'Get the current time in a timezone.', ['timezone']);
  const names = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);
  t.same(names('The hotel is booked? Book another one in Rome', [hotel, ride, table]), ['book_hotel']);
  t.same(names('Set a reminder for lunch time tomorrow at noon', [table, reminder, time]), ['set_reminder']);
  t.same(names('Set a reminder for lunch time tomorrow at noon', [table]), [], 'lunch alone asks for no table');
  t.same(names('Reserve lunch at Nopa for 4', [hotel, ride, table]), ['book_table'], 'beside a booking it does');
  t.same(names('I have no time today.', [time]), []);
  // "no time" holds in its own clause only: a clause asking for the time still asks, first or last.
  for (const prompt of ['What time is it? I have no time', 'I have no time. What time is it?']) t.same(names(prompt, [table, reminder, time]), ['get_time'], prompt);
  const write = fn('write_file', 'Write content to a file.', ['path', 'content']);
  const read = fn('read_file', 'Read a file.', ['path']);
  t.same(names('Write the letter to disk', [read, write]), ['write_file']);
  t.same(names('Write the summary to a file', [read, write]), ['write_file']);
});

t.test('"news" is no plural of "new": a new job is no search for news', async (t) => {
  const search = fn('web_search', 'Search the web for information.', ['query']);
  t.same(matchTools('I start a new job on Monday', [search]), []);
  t.equal(matchTools('Any news about the launch?', [search])[0]?.tool.name, 'web_search');
});

t.test('reading the senses is linear in the prompt', async (t) => {
  for (const prompt of ['a good book '.repeat(20000), 'how do i '.repeat(20000), 'time '.repeat(50000), 'out of order '.repeat(15000)]) {
    const started = performance.now();
    otherSenses(prompt, { filePath: () => true });
    const elapsed = performance.now() - started;
    t.ok(elapsed < 1000, `${JSON.stringify(prompt.slice(0, 12))}… took ${elapsed.toFixed(1)} ms`);
  }
});
