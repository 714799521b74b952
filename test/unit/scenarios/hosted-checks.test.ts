// A rule's `respond.hosted` is checked when the fixture loads: its shape by the schema, then what the schema
// cannot say (one kind per entry, the kind's path against match.provider, a real timezone and date, a diff that
// fits its operation, call ids used once). Each problem is `path: reason`; a file's are `file: path: reason`.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateScenario } from '../../../src/domain/scenarios/validate.js';
import { loadFixtures } from '../../../src/scenarios/load.js';

const problemsOf = (rules: unknown[]): string[] => {
  const result = validateScenario({ rules });
  return result.ok ? [] : result.problems;
};

t.test('every kind with every value, and every kind with none, is valid', async (t) => {
  t.same(problemsOf([{
    respond: {
      text: 'Done.',
      hosted: [
        { web_search: { query: 'rust 2024', sources: [{ url: 'https://blog.rust-lang.org/2025/02/20/Rust-1.85.0.html', title: 'Rust 1.85' }, { url: 'http://example.com' }], cite: true } },
        { code_interpreter: { code: 'print(1)\n', logs: '1\n', container: 'cntr_1', file: { path: '/mnt/data/out.csv', file_id: 'cfile_1' }, cite: false } },
        { file_search: { queries: ['refunds'], files: [{ filename: 'policy.pdf', file_id: 'file-1', text: 'Thirty days.', score: 0.5, attributes: { team: 'support', page: 3, public: true } }] } },
        { apply_patch: { call_id: 'call_1', operation: 'update_file', path: 'notes.md', diff: '@@\n+more\n' } },
        { apply_patch: { call_id: 'call_2', operation: 'create_file', path: 'new.md', diff: '+# New\n+\n' } },
        { apply_patch: { operation: 'delete_file', path: 'old.md' } },
      ],
    },
  }, {
    match: { provider: 'openrouter' },
    respond: { hosted: [{ web_search: {} }, { datetime: { timezone: 'Europe/Paris', datetime: '2026-03-01T09:30:00+01:00' } }] },
  }, {
    respond: { hosted: [{ code_interpreter: {} }, { file_search: {} }, { apply_patch: {} }, { datetime: {} }] },
  }]), []);
});

t.test('the schema: unknown kinds and fields, wrong types, an empty list or entry', async (t) => {
  const problems = problemsOf([
    { respond: { hosted: [{ code_interpeter: {} }, {}, { web_search: { sources: [{ url: 'ftp://x' }, { title: 'no url' }] } }] } },
    { respond: { hosted: [{ file_search: { files: [{ file_id: 'file-1' }], queries: [] } }, { apply_patch: { operation: 'rename_file', diff: 5 } }] } },
    { respond: { hosted: [] } },
    { respond: { hosted: [{ code_interpreter: { logz: 'x', file: { path: 'relative.txt' } } }, { file_search: { files: [{ filename: 'a.pdf', score: 2 }] } }] } },
    { respond: { hosted: [{ datetime: { datetime: 'tomorrow' } }] } },
  ]);
  const expected = [
    /^rules\[0\]\.respond\.hosted\[0\]: unknown field 'code_interpeter' \(did you mean 'code_interpreter'\?\); known fields: web_search, code_interpreter, file_search, apply_patch, shell, datetime$/,
    /^rules\[0\]\.respond\.hosted\[1\]: must not be empty$/,
    /^rules\[0\]\.respond\.hosted\[2\]\.web_search\.sources\[0\]\.url: must match /,
    /^rules\[0\]\.respond\.hosted\[2\]\.web_search\.sources\[1\]: 'url' is required$/,
    /^rules\[1\]\.respond\.hosted\[0\]\.file_search\.files\[0\]: 'filename' is required$/,
    /^rules\[1\]\.respond\.hosted\[0\]\.file_search\.queries: must have at least 1 item/,
    /^rules\[1\]\.respond\.hosted\[1\]\.apply_patch\.operation: must be 'create_file' or 'update_file' or 'delete_file' \(got the string 'rename_file'\)$/,
    /^rules\[1\]\.respond\.hosted\[1\]\.apply_patch\.diff: must be a string \(got the number 5\)$/,
    /^rules\[2\]\.respond\.hosted: must have at least 1 item/,
    /^rules\[3\]\.respond\.hosted\[0\]\.code_interpreter: unknown field 'logz' \(did you mean 'logs'\?\)/,
    /^rules\[3\]\.respond\.hosted\[0\]\.code_interpreter\.file\.path: must match /,
    /^rules\[3\]\.respond\.hosted\[1\]\.file_search\.files\[0\]\.score: must be <= 1$/,
    /^rules\[4\]\.respond\.hosted\[0\]\.datetime\.datetime: must match /,
  ];
  for (const pattern of expected) t.ok(problems.some((problem) => pattern.test(problem)), `${pattern}\n  in: ${problems.join('\n      ')}`);
});

t.test('what the schema cannot say', async (t) => {
  t.same(problemsOf([
    { respond: { hosted: [{ web_search: {}, code_interpreter: {} }] } },
    { match: { provider: 'openrouter' }, respond: { hosted: [{ web_search: {} }, { code_interpreter: {} }, { apply_patch: {} }] } },
    { match: { provider: 'openai' }, respond: { hosted: [{ datetime: { timezone: 'Mars/Olympus_Mons', datetime: '2026-02-30T10:00:00Z' } }] } },
    { respond: { hosted: [{ apply_patch: { operation: 'delete_file', path: 'a.md', diff: '+x\n' } }, { apply_patch: { operation: 'create_file', diff: '+a\nb\n', call_id: 'call_x' } }, { apply_patch: { call_id: 'call_x' } }, { shell: { call_id: 'call_x' } }] } },
    { respond: { error: { status: 500 }, hosted: [{ web_search: {} }] } },
    { respond: { replay: { body: { output: [] } }, hosted: [{ web_search: {} }] } },
    { match: { provider: 'openrouter' }, respond: { hosted: [{ datetime: { datetime: '2026-03-01T09:30:00+99:00' } }, { datetime: { datetime: '0950-03-01T09:30:00Z' } }] } },
  ]), [
    "rules[0].respond.hosted[0]: one item per entry: 'web_search' and 'code_interpreter' are given; list each as its own entry",
    "rules[1].respond.hosted[1].code_interpreter: the OpenRouter path (/api/v1) does not produce a code_interpreter_call, and this rule matches provider 'openrouter' (code_interpreter runs on the OpenAI path (/v1))",
    "rules[1].respond.hosted[2].apply_patch: the OpenRouter path (/api/v1) does not produce an apply_patch_call, and this rule matches provider 'openrouter' (apply_patch runs on the OpenAI path (/v1))",
    "rules[2].respond.hosted[0].datetime: the OpenAI path (/v1) does not produce an openrouter:datetime, and this rule matches provider 'openai' (datetime runs on the OpenRouter path (/api/v1))",
    "rules[2].respond.hosted[0].datetime.timezone: 'Mars/Olympus_Mons' is not an IANA timezone name (e.g. 'Europe/Paris', 'UTC')",
    "rules[2].respond.hosted[0].datetime.datetime: '2026-02-30T10:00:00Z' is not a date and time of the calendar",
    'rules[3].respond.hosted[0].apply_patch.diff: a delete_file has no diff',
    "rules[3].respond.hosted[1].apply_patch.diff: line 2 does not start with '+' (a create_file diff adds every line of the new file)",
    "rules[3].respond.hosted[2].apply_patch.call_id: 'call_x' is already the call_id of rules[3].respond.hosted[1]",
    "rules[3].respond.hosted[3].shell.call_id: 'call_x' is already the call_id of rules[3].respond.hosted[1]",
    "rules[4].respond: 'error' answers with an HTTP error; it cannot be combined with text, json, refusal, calls, hosted, fail or incomplete",
    "rules[5].respond: 'replay' answers with a recording; it cannot be combined with 'hosted'",
    "rules[6].respond.hosted[0].datetime.datetime: '2026-03-01T09:30:00+99:00' is not a date and time of the calendar",
    "rules[6].respond.hosted[1].datetime.datetime: '0950-03-01T09:30:00Z' is not a date and time of the calendar",
  ]);
});

t.test('a fixture folder with wrong hosted values does not load: every problem as file: path: reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-fixtures-'));
  const wrong = [
    'scenarios:',
    '  runs:',
    '    rules:',
    '      - match: { provider: openrouter }',
    '        respond:',
    '          hosted:',
    '            - code_interpreter: { code: "print(1)" }',
    '            - datetime: { timezone: Nowhere/Land }',
    '      - respond:',
    '          hosted:',
    '            - apply_patch: { operation: delete_file, diff: "+x" }',
  ];
  writeFileSync(join(dir, 'hosted.yaml'), [...wrong, '            - file_search: { files: [{ filename: a.pdf, score: 1.5 }] }', ''].join('\n'));
  writeFileSync(join(dir, 'fine.json'), JSON.stringify({ scenarios: { fine: { rules: [{ respond: { hosted: [{ web_search: {} }] } }] } } }));
  const result = loadFixtures(dir, { displayBase: dir });
  t.notOk(result.ok, 'nothing is half-loaded');
  // The schema's problems come first, then the rest of every rule whose respond holds its shape (rules[1]'s does not).
  t.same(result.ok ? [] : result.problems, [
    'hosted.yaml: scenarios.runs.rules[1].respond.hosted[1].file_search.files[0].score: must be <= 1',
    "hosted.yaml: scenarios.runs.rules[0].respond.hosted[0].code_interpreter: the OpenRouter path (/api/v1) does not produce a code_interpreter_call, and this rule matches provider 'openrouter' (code_interpreter runs on the OpenAI path (/v1))",
    "hosted.yaml: scenarios.runs.rules[0].respond.hosted[1].datetime.timezone: 'Nowhere/Land' is not an IANA timezone name (e.g. 'Europe/Paris', 'UTC')",
  ]);
  writeFileSync(join(dir, 'hosted.yaml'), [...wrong, ''].join('\n'));
  const again = loadFixtures(dir, { displayBase: dir });
  t.same(again.ok ? [] : again.problems, [
    "hosted.yaml: scenarios.runs.rules[0].respond.hosted[0].code_interpreter: the OpenRouter path (/api/v1) does not produce a code_interpreter_call, and this rule matches provider 'openrouter' (code_interpreter runs on the OpenAI path (/v1))",
    "hosted.yaml: scenarios.runs.rules[0].respond.hosted[1].datetime.timezone: 'Nowhere/Land' is not an IANA timezone name (e.g. 'Europe/Paris', 'UTC')",
    'hosted.yaml: scenarios.runs.rules[1].respond.hosted[0].apply_patch.diff: a delete_file has no diff',
  ]);
});
