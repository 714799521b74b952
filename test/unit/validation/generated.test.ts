// The validators in src/generated/ are what the build makes of src/schemas/validators.ts now: a schema changed
// without `npm run build` would otherwise go on being checked against its old version.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { GENERATED_DIR, generateValidatorModule } from '../../../scripts/build/validators.js';
import { VALIDATOR_GROUPS } from '../../../src/schemas/validators.js';

for (const group of VALIDATOR_GROUPS) {
  t.test(`src/generated/${group.module}.ts is up to date`, async (t) => {
    const current = readFileSync(`${GENERATED_DIR}${group.module}.ts`, 'utf8');
    t.ok(current === generateValidatorModule(group), 'run `npm run build` after changing src/schemas/');
  });
}
