// A fixture folder that holds no fixture file (empty, or only subfolders, which are not read) is said on the
// log as the app starts; an app without a logger (startMockServer's default) stays silent.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../../src/app.js';

const warnings = (options: Parameters<typeof buildApp>[0]) => {
  const lines: Array<{ level: number; msg: string }> = [];
  const app = buildApp({ logger: true, logLevel: 'info', logStream: { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) }, ...options });
  return { app, warned: lines.filter((line) => line.level === 40).map((line) => line.msg) };
};

t.test('an empty folder, or one with only subfolders, is warned about by name', async (t) => {
  const empty = mkdtempSync(join(tmpdir(), 'fixtures-'));
  const nested = mkdtempSync(join(tmpdir(), 'fixtures-'));
  mkdirSync(join(nested, 'more'));
  writeFileSync(join(nested, 'more', 'a.yaml'), 'scenarios:\n  deep:\n    rules:\n      - respond: { text: x }\n');
  const full = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(full, 'a.yaml'), 'scenarios:\n  top:\n    rules:\n      - respond: { text: x }\n');
  const { app, warned } = warnings({ fixtures: [empty, nested, full] });
  t.teardown(() => app.close());
  t.same(warned, [
    `fixtures: ${empty} holds no fixture file (*.json, *.yaml, *.yml; subfolders are not read): it adds no scenario`,
    `fixtures: ${nested} holds no fixture file (*.json, *.yaml, *.yml; subfolders are not read): it adds no scenario`,
  ]);
  t.same(app.mock.fixtures.empty, [empty, nested]);
});

t.test('a folder with a fixture file, and a fresh --record-missing folder, are not', async (t) => {
  const full = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(full, 'a.json'), JSON.stringify({ scenarios: {} }));
  const recording = join(mkdtempSync(join(tmpdir(), 'recording-')), 'new');
  const { app, warned } = warnings({ fixtures: full, recordMissing: recording });
  t.teardown(() => app.close());
  t.same(warned, []);
});
