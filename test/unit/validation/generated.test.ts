// The validators in src/generated/ are what the build makes of src/schemas/validators.ts now (a schema changed
// without `npm run build` would otherwise go on being checked against its old version), and the meta-schema
// checks that replace Ajv's own give its outcome and message.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import t from 'tap';
import { GENERATED_DIR, generateValidatorModule } from '../../../scripts/build/validators.js';
import { VALIDATOR_GROUPS } from '../../../src/schemas/validators.js';

const AJV = { 'draft-07': Ajv, '2019-09': Ajv2019, '2020-12': Ajv2020 } as const;
const addFormats = (addFormatsModule as unknown as { default: FormatsPlugin }).default;

for (const group of VALIDATOR_GROUPS) {
  t.test(`src/generated/${group.module}.ts is up to date`, async (t) => {
    const current = readFileSync(`${GENERATED_DIR}${group.module}.ts`, 'utf8');
    t.ok(current === generateValidatorModule(group), 'run `npm run build` after changing src/schemas/');
  });
}

t.test('the generated meta-schema checks judge tool schemas as Ajv does, with the same message', async (t) => {
  const schemas: object[] = [
    { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    { type: 'strin' }, { type: 5 }, { properties: { a: { minimum: 'x' } } }, { pattern: '[a-z]+' }, { required: 'city' },
    { enum: [] }, { items: [{ type: 'string' }] }, { minLength: -1 }, { $defs: { a: { type: 'nope' } } },
    { additionalProperties: 3 }, { $anchor: '1bad' }, { dependentRequired: { a: 'b' } }, { prefixItems: {} },
  ];
  let serial = 0;
  for (const group of VALIDATOR_GROUPS.filter((candidate) => candidate.module.startsWith('meta-schema-'))) {
    const { validators } = await import(`../../../src/generated/${group.module}.js`) as { validators: { metaSchema: ValidateFunction } };
    const ajv = new AJV[group.dialect!]({ ...group.options });
    addFormats(ajv);
    for (const schema of schemas) {
      const candidate = { ...schema, $id: `https://schemas.responses-mock.invalid/${(serial += 1)}.json` };
      let byAjv = 'valid';
      try {
        ajv.addSchema(candidate);
      } catch (error) {
        byAjv = (error as Error).message;
      }
      const generated = validators.metaSchema(candidate) ? 'valid' : `schema is invalid: ${ajv.errorsText(validators.metaSchema.errors)}`;
      t.equal(generated, byAjv, `${group.dialect}: ${JSON.stringify(schema)}`);
    }
  }
});
