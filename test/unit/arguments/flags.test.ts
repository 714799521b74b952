// A boolean property the arguments hold (required, as in strict mode) whose name's words the prompt writes is true
// ("Find nonstop flights" → nonstop), false where they are negated ("no video", "don't overwrite"); its generated
// value stays when the prompt does not name it.
import t from 'tap';
import { closedObject as object, readArguments } from '../../helpers/arguments.js';

const flag = { type: 'boolean' };

function read(schema: unknown, prompt: string, seed = 7): Record<string, unknown> {
  return readArguments(schema, prompt, { seed });
}

t.test('a flag named in the prompt is set; negated, it is cleared', async (t) => {
  const rows: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
    [{ nonstop: flag }, 'Find nonstop flights from SFO to JFK', { nonstop: true }],
    [{ urgent: flag }, 'Send an urgent email to ops@acme.com', { urgent: true }],
    [{ in_stock: flag }, 'Wireless headphones under $150, in stock only', { in_stock: true }],
    [{ only_in_stock: flag }, 'Desks that are in stock', { only_in_stock: true }],
    [{ overwrite: flag }, 'Write it to notes.txt, overwriting it', { overwrite: true }],
    [{ weekdays_only: flag }, 'Run the backup every weekday at 2am', { weekdays_only: true }],
    [{ include_video: flag }, 'Set up a sync with a video link', { include_video: true }],
    [{ recursive: flag }, 'Delete the folder recursively', { recursive: true }],
    [{ video: flag }, 'Set up a sync, no video', { video: false }],
    [{ video: flag }, 'Set up a sync without a video link', { video: false }],
    [{ overwrite: flag }, "Save it, but don't overwrite the old one", { overwrite: false }],
    [{ urgent: flag }, 'It is not urgent', { urgent: false }],
    [{ all_day: flag }, 'Block Friday as an all-day event', { all_day: true }],
  ];
  for (const [properties, prompt, expected] of rows) t.same(read(object(properties), prompt), expected, prompt);
});

t.test('a flag the prompt does not name keeps its generated value; short names are not read', async (t) => {
  const schema = object({ on: flag, all: flag, urgent: flag });
  for (const seed of [1, 2, 3]) {
    const quiet = read(schema, 'Post the notes', seed);
    t.same(read(schema, 'Post the notes on Friday for all of us', seed), quiet, 'on and all say nothing');
  }
});

t.test('a negation holds within its clause; a later mention corrects an earlier one', async (t) => {
  const rows: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
    [{ nonstop: flag }, 'No layovers, nonstop only', { nonstop: true }],
    [{ nonstop: flag }, 'No, nonstop please', { nonstop: true }],
    [{ send_email: flag }, 'No problem, send email to bob', { send_email: true }],
    [{ send_notification: flag }, 'Without delay, send notification to all', { send_notification: true }],
    [{ nonstop: flag }, 'Any airline. No: nonstop', { nonstop: true }],
    [{ nonstop: flag }, 'Not — nonstop', { nonstop: true }],
    [{ nonstop: flag }, 'No and nonstop', { nonstop: true }],
    [{ dry_run: flag }, 'Deploy to prod now, skip the dry run? No, do a dry run first', { dry_run: true }],
    [{ force: flag }, 'Delete it but never force push; use force delete', { force: true }],
    [{ dry_run: flag }, 'Do a dry run. Actually, no dry run', { dry_run: false }],
    [{ refundable: flag }, 'Non-refundable is fine', { refundable: false }],
    [{ skip_tests: flag }, "Don't skip tests", { skip_tests: false }],
    [{ cache: flag }, 'Build it and skip cache', { cache: false }],
    [{ cache: flag }, 'Build it, disable cache', { cache: false }],
  ];
  for (const [properties, prompt, expected] of rows) t.same(read(object(properties), prompt), expected, prompt);
});
