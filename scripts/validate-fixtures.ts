// Checks fixture files on the same code path as start-up: `npm run validate-fixtures -- [dir...]` (default the
// shipped fixtures/); several folders load as layers, as --fixtures does. Prints every problem as
// `file: path: reason` and exits 1, or a summary and exits 0.
import { fileURLToPath } from 'node:url';
import { loadFixtureFolders } from '../src/scenarios/load.js';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : [fileURLToPath(new URL('../fixtures', import.meta.url))];
const dir = dirs.join(', ');
const result = loadFixtureFolders(dirs);
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  console.error(`${result.problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`ok: ${result.scenarios.size} scenario(s) in ${result.files} file(s) in ${dir}`);
for (const [name, { scenario, source }] of result.scenarios) console.log(`  ${name.padEnd(28)} ${String(scenario.rules.length).padStart(2)} rule(s)  ${source}`);
