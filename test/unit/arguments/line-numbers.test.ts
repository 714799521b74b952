// Line numbers for a file tool: "line 42" for `line`, both ends of "lines 10 to 40" for `start_line` and `end_line`,
// whichever the schema names first.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';

const line = { type: 'integer', minimum: 1 };
const object = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object', properties, required: Object.keys(properties), additionalProperties: false,
});

function read(schema: unknown, prompt: string): Record<string, unknown> {
  const generated = generateArgumentSets({ schema, prompt, seed: 7 });
  if (!generated.ok) throw new Error(`no arguments: ${JSON.stringify(generated.problem)}`);
  return JSON.parse(generated.value[0] ?? '{}') as Record<string, unknown>;
}

t.test('a line, and a range of lines', async (t) => {
  const path = { type: 'string' };
  t.same(read(object({ path, start_line: line, end_line: line }), 'Show me lines 10 to 40 of src/server.ts'), { path: 'src/server.ts', start_line: 10, end_line: 40 });
  t.same(read(object({ end_line: line, start_line: line }), 'Print lines 7-12 of the log, 3 times'), { end_line: 12, start_line: 7 });
  t.same(read(object({ path, line }), 'Add a comment on line 42 of app.py'), { path: 'app.py', line: 42 });
  t.same(read(object({ from_line: line, to_line: line }), 'Delete rows 3 through 5'), { from_line: 3, to_line: 5 });
});
