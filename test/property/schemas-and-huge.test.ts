// Random JSON Schemas (as tool parameters and as text.format), and megabytes in every position of valid
// requests, on both paths over real HTTP: every answer is a 200 that reads as a response (a stream that ends as
// a response ends) or a JSON 4xx naming the path at fault — never a 5xx, a hang or a dropped connection — and
// /health answers after.
// A few hundred cases here; `npx tsx scripts/fuzz.ts` runs 100,000 bodies. FUZZ_SEED varies the run.
import t, { type Test } from 'tap';
import fc from 'fast-check';
import { healthProblem, judge, sendOver, type FuzzRequest } from '../helpers/fuzz/check.js';
import { hugeRequest } from '../helpers/fuzz/huge.js';
import { schemaRequest } from '../helpers/fuzz/schemas.js';
import { listen } from '../helpers/server.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

async function run(t: Test, args: { arbitrary: fc.Arbitrary<FuzzRequest>; runs: number }): Promise<void> {
  const server = await listen(t);
  const statuses = new Map<number, number>();
  // fc.check, not fc.assert: a counterexample here is megabytes long; the report keeps it short.
  const details = await fc.check(
    fc.asyncProperty(args.arbitrary, async (request) => {
      const answer = await sendOver(server, request);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problem = judge(answer, request);
      if (problem) throw new Error(`${problem} for ${request.provider} ${request.body.slice(0, 400)}`);
    }),
    { numRuns: args.runs, seed: SEED, endOnFailure: true },
  );
  t.notOk(details.failed, details.failed ? `seed ${details.seed}: ${String(details.errorInstance).slice(0, 1500)}` : 'no bad answer');
  if (details.failed) return;
  t.equal([...statuses.values()].reduce((a, b) => a + b, 0), args.runs, `every request answered (${JSON.stringify(Object.fromEntries(statuses))})`);
  t.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, 'both accepted and rejected requests occurred');
  t.equal(await healthProblem(server), null, '/health still answers');
}

t.test('random schemas as tool parameters and as text.format', (t) => run(t, { arbitrary: schemaRequest, runs: 200 }));
t.test('megabytes in every position', (t) => run(t, { arbitrary: hugeRequest, runs: 12 }));
