// The Python openai SDK against the mock's own process (the built CLI, as the Docker image runs it), driven only
// through HTTP: a fixture file loaded by POST /__mock/scenarios, two workers side by side each with its own
// scenario under one name, the SDK's retry of a 429, the journal read back and a session reset.
import t from 'tap';
import { startServer } from '../helpers/child-server.js';
import { pythonOpenAI, runPython } from '../helpers/clients/python.js';
import { skipWithout } from '../helpers/prerequisite.js';
import type { Wire } from '../helpers/wire.js';

const setup = await pythonOpenAI();
if (process.env.TAP_TIMEOUT === undefined) t.setTimeout(300_000);

t.test('a Python test suite drives the CLI through its admin API', { skip: skipWithout(setup.ok ? false : `the Python openai SDK is not available: ${setup.reason}`) }, async (t) => {
  const server = await startServer(t);
  const results = await runPython<Wire>(setup.ok ? setup.python : '', ['admin_http'], server.url.origin);
  const report = results.admin_http?.report;
  if (!report) return void t.fail(results.admin_http?.error ?? 'admin_http did not run');
  t.same(report.loaded, [200, { loaded: ['python-rate-limited'], replaced: [] }], 'a whole fixture file, loaded as YAML');
  for (const city of ['Oslo', 'Lima']) {
    const worker = report.workers[city];
    t.same(worker.chosen, [200, { session: `python-worker-${city}`, scenario: 'weather-loop' }]);
    t.equal(worker.answer, `Bring a coat in ${city}.`, `${city}: its own rules, though the other worker used the same name at the same time`);
    t.same(worker.rules, [0, 1]);
    t.match(worker.last_sent, { previous_response_id: worker.first_id, instructions: 'Be brief.', input: [{ type: 'function_call_output', call_id: worker.call_id, output: '-3 C' }] }, `${city}: what the SDK sent at the last step`);
  }
  t.equal(report.retried, 'after the retry');
  t.same(report.retry_journal, [[429, '0'], [200, '1']], 'the SDK retried the 429 once');
  t.same([report.reset, report.after_reset], [[200, { reset: 'python-retry' }], 0]);
  t.equal(report.bad_file[0], 400);
  t.match(report.bad_file[1].error.problems, [/^\(top level\): this is one scenario \('rules'\), not a fixture file/]);
});
