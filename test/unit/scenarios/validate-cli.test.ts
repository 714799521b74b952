// `responses-mock validate-fixtures <dir...>`: every problem of every folder and exit 1, the scenarios found
// and exit 0, or 2 for a wrong command line.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runValidateFixtures } from '../../../src/scenarios/validate-cli.js';

function run(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidateFixtures(argv, { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out, err };
}

t.test('valid folders: a summary, exit 0', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'a.yaml'), 'scenarios:\n  one:\n    rules:\n      - respond: { text: x }\n');
  const { code, out, err } = run([dir]);
  t.equal(code, 0);
  t.same(err, []);
  t.match(out[0], new RegExp(`^ok: 1 scenario\\(s\\) in 1 file\\(s\\) in ${dir}$`));
  t.match(out[1], /^ {2}one +1 rule\(s\)/);
});

t.test('invalid files: every problem, exit 1', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'bad.yaml'), "scenarios:\n  broken:\n    rules:\n      - match: { message: { regex: '(a)\\1' } }\n        respond: { text: x }\n  broken2:\n    rules:\n      - match: { mesage: weather }\n        respond: { text: hi }\n");
  const { code, err } = run([dir, join(dir, 'missing')]);
  t.equal(code, 1);
  t.match(err, [
    /bad\.yaml: scenarios\.broken2\.rules\[0\]\.match: unknown field 'mesage'/,
    /bad\.yaml: scenarios\.broken\.rules\[0\]\.match\.message\.regex: uses what the linear-time engine \(RE2\) does not run/,
    /missing: no such directory$/,
    /^3 problem\(s\) in /,
  ]);
});

t.test('every problem of every file in one run: semantic ones beside a misshapen rule, a name an invalid file used', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'a.yaml'), [
    'scenarios:',
    '  s:',
    '    rules:',
    '      - respond: { error: { status: 429, headers: { content-length: "5" } } }',
    '      - match: { turn: { min: 3, max: 1 } }',
    '        respond: { text: a }',
    '      - respond: { error: { status: 99 } }',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'b.yaml'), 'scenarios:\n  s:\n    rules:\n      - respond: { text: x, refusal: y }\n');
  const { code, err } = run([dir]);
  t.equal(code, 1);
  t.same(err.map((line) => line.replace(/^.*?([ab]\.yaml)/, '$1')), [
    'a.yaml: scenarios.s.rules[2].respond.error.status: must be >= 400',
    "a.yaml: scenarios.s.rules[0].respond.error.headers.content-length: 'content-length' frames the response and cannot be set by a scenario",
    'a.yaml: scenarios.s.rules[1].match.turn: min 3 is above max 1',
    `b.yaml: scenarios.s: the name is already used in ${relative(process.cwd(), join(dir, 'a.yaml'))}`,
    "b.yaml: scenarios.s.rules[0].respond: 'text' and 'refusal' each give the message; choose one",
    `5 problem(s) in ${dir}`,
  ]);
});

t.test('a folder holding no fixture file: named, exit 1', async (t) => {
  const empty = mkdtempSync(join(tmpdir(), 'fixtures-'));
  const other = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(other, 'notes.txt'), 'not a fixture');
  writeFileSync(join(other, 'editor.schema.json'), '{}');
  const full = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(full, 'a.yaml'), 'scenarios:\n  one:\n    rules:\n      - respond: { text: x }\n');
  const { code, out, err } = run([empty, full, other]);
  t.equal(code, 1);
  t.same(out, []);
  t.same(err, [
    `${empty}: holds no fixture file (*.json, *.yaml, *.yml)`,
    `${other}: holds no fixture file (*.json, *.yaml, *.yml)`,
    `2 problem(s) in ${empty}, ${full}, ${other}`,
  ]);
});

t.test('no folder, or an unknown option: usage, exit 2; --help: usage, exit 0', async (t) => {
  t.match(run([]), { code: 2, err: [/give one or more fixture folders\nUsage: responses-mock validate-fixtures <dir>/] });
  t.match(run(['--nope', 'x']), { code: 2, err: [/Unknown option '--nope'/] });
  t.match(run(['--help']), { code: 0, out: [/^Usage: responses-mock validate-fixtures/] });
});
