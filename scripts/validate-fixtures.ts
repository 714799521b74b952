// Checks fixture files on the same code path as start-up: `npm run validate-fixtures -- [dir...]` (default the
// shipped fixtures/), what `responses-mock validate-fixtures <dir...>` does for users of the package.
import { fileURLToPath } from 'node:url';
import { reportFixtures } from '../src/scenarios/validate-cli.js';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : [fileURLToPath(new URL('../fixtures', import.meta.url))];
process.exitCode = reportFixtures(dirs, console);
