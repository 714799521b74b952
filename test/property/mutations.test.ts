// Mutated requests (fields removed, retyped, added, nulled, huge, deeply nested, __proto__ keys, truncated
// JSON) against both paths over real HTTP: every answer is a 200 that reads as a response, or a JSON 4xx
// naming the path at fault; never a 5xx, a hang or a dropped connection, and /health answers after.
// A few hundred here; `npx tsx scripts/fuzz.ts` runs 100,000 bodies. FUZZ_SEED / FUZZ_RUNS vary the run.
import t from 'tap';
import fc from 'fast-check';
import { listen } from '../helpers/server.js';
import { healthProblem, judge, sendOver } from '../helpers/fuzz/check.js';
import { mutatedRequest } from '../helpers/fuzz/mutations.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

t.test('mutated requests never get a 5xx or a dropped connection', async (t) => {
  const server = await listen(t);
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(mutatedRequest, async (request) => {
      const answer = await sendOver(server, request);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problem = judge(answer, request);
      if (problem) throw new Error(`${problem} for ${request.body.slice(0, 300)}`);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  t.equal(total, RUNS, `every request answered (${JSON.stringify(Object.fromEntries(statuses))})`);
  t.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, 'both accepted and rejected requests occurred');
  t.equal(await healthProblem(server), null, '/health still answers');
});
