// The argument reader's files stay small enough to read whole (the project keeps files under ~250 lines): a file that
// grows past it is split by concept, as prompt-dates.ts was taken out of prompt-facts.ts.
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 250;
const root = fileURLToPath(new URL('../../../src/domain/arguments/', import.meta.url));

t.test(`no file of the argument reader is past ${MAX_LINES} lines`, async (t) => {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  t.ok(files.length > 20, 'the files are found');
  for (const name of files) {
    const lines = readFileSync(join(root, name), 'utf8').split('\n').length - 1;
    t.ok(lines <= MAX_LINES, `${name}: ${lines} lines`);
  }
});
