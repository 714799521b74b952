// A create's log line cuts the request's own credentials out of what answered with the cut its journal entry
// already made, and makes one only for a request the journal did not see.
import type { FastifyReply, FastifyRequest } from 'fastify';
import t from 'tap';
import { createRedactor } from '../../../src/http/traffic/redact.js';
import { RequestLines } from '../../../src/http/traffic/logging.js';
import { Journal } from '../../../src/state/journal/journal.js';

const redactor = createRedactor();
const key = 'own-tool-key-0123456789abcdef';
const headers = { authorization: `Bearer ${key}` };
const facts = { session: 'default', scenario: null, rule: null, responseId: null, model: 'm', engine: { tools: [`call_${key}`], explanation: null } };

function lineOf(request: Record<string, unknown>): Record<string, unknown> {
  const lines: Array<Record<string, unknown>> = [];
  const log = { info: (line: Record<string, unknown>) => lines.push(line), debug: () => {}, error: () => {} };
  const full = { id: 'req-1', method: 'POST', url: '/v1/responses', headers, proxied: null, answered: { facts }, server: { log }, ...request } as unknown as FastifyRequest;
  const reply = { raw: { statusCode: 200 }, elapsedTime: 1 } as unknown as FastifyReply;
  new RequestLines({ enabled: true, redactor, recording: false }).requestCompleted(null, full, reply);
  return lines[0]!;
}

t.test("the line's answer is cut by the journal entry's own cut", async (t) => {
  const entry = new Journal({ limits: { entries: 10, bytes: 1e6, bodyBytes: 1e4 }, redactor }).add({ time: 0, method: 'POST', path: '/v1/responses', headers });
  const ownCut = entry.ownCut;
  t.ok(ownCut, 'the entry has a cut for its credentials');
  let used = 0;
  const counted = Object.assign(Object.create(entry) as object, { ownCut: (text: string) => ((used += 1), ownCut!(text)) });
  const line = lineOf({ journalEntry: counted });
  t.equal(used, 1, "the entry's cut, not one made again");
  t.equal(line.answered, 'engine: called call_[redacted]');
});

t.test('a request without a journal entry still has its credentials cut', async (t) => {
  const line = lineOf({ journalEntry: null });
  t.equal(line.answered, 'engine: called call_[redacted]');
});
