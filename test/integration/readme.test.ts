// README.md is the one place a new user reads: its generated sections (client examples, error codes,
// settings) match the code, every error code and every setting is documented, and the quick start is there.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { README_PATH, renderReadme } from '../../scripts/readme.js';
import { SETTINGS } from '../../src/config/config.js';
import { ERROR_CATALOG } from '../../src/errors.js';

const readme = readFileSync(README_PATH, 'utf8');

t.test('the generated sections are up to date (npm run readme)', async (t) => {
  t.equal(await renderReadme(readme), readme);
});

t.test('every error code and every setting is documented', async (t) => {
  for (const code of Object.keys(ERROR_CATALOG)) t.match(readme, `\`${code}\``, code);
  for (const setting of SETTINGS) {
    t.match(readme, `--${setting.flag}`, setting.flag);
    for (const name of setting.env) t.match(readme, `\`${name}\``, name);
  }
});

t.test('the quick start gives the two commands', async (t) => {
  t.match(readme, 'npm install && npm start');
  t.match(readme, 'npm install && npm test');
});
