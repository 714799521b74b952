// `responses-mock verify-recordings <dir>`: the drift check a CI job runs weekly. Exit 0 when every recorded
// exchange still has the recorded shape, 1 when one drifted, 2 when the command or the folder is wrong.
// Credentials come from OPENAI_API_KEY and OPENROUTER_API_KEY (recordings hold none).
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../../config/config.js';
import { systemClock } from '../../deps.js';
import { DEFAULT_FOLLOW_MS } from './follow-run.js';
import { DEFAULT_TIMEOUT_MS, verifyRecordings } from './verify.js';

export const VERIFY_USAGE = [
  'Usage: responses-mock verify-recordings <dir> [--against <dir>] [--upstream-openai <url>] [--upstream-openrouter <url>] [--follow-ms <ms>] [--timeout-ms <ms>]',
  '',
  'Sends every request recorded in <dir> again (to the real services, or compares with the recording of the',
  'same scenarios in --against <dir>) and reports answers whose fields or event order differ from the recording.',
  `--follow-ms <ms>: how long a background run recorded finished is read again until it has finished (default ${DEFAULT_FOLLOW_MS});`,
  'one still queued or in progress then (or whose read has not answered) is reported, not compared.',
  `--timeout-ms <ms>: how long one request may take, its answer read to the end (default ${DEFAULT_TIMEOUT_MS}); one`,
  'that has not answered then is reported for its rule, and the check goes on.',
  'Credentials: OPENAI_API_KEY (/v1 recordings), OPENROUTER_API_KEY (/api/v1 recordings).',
].join('\n');

const OPTIONS = {
  against: { type: 'string' },
  'upstream-openai': { type: 'string' },
  'upstream-openrouter': { type: 'string' },
  'follow-ms': { type: 'string' },
  'timeout-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export async function runVerify(argv: string[], environment: Record<string, string | undefined>, out: Output = console): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    out.error(`responses-mock verify-recordings: ${(error as Error).message}\n${VERIFY_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    out.log(VERIFY_USAGE);
    return 0;
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) {
    out.error(`responses-mock verify-recordings: give one recording folder\n${VERIFY_USAGE}`);
    return 2;
  }
  // 0 would report every background rule (or every rule) as drift without reading it once.
  const followMs = milliseconds({ flag: 'follow-ms', given: parsed.values['follow-ms'], fallback: DEFAULT_FOLLOW_MS }, out);
  const timeoutMs = milliseconds({ flag: 'timeout-ms', given: parsed.values['timeout-ms'], fallback: DEFAULT_TIMEOUT_MS }, out);
  if (followMs === undefined || timeoutMs === undefined) return 2;
  const bearer = (key: string | undefined) => (key ? `Bearer ${key}` : undefined);
  const upstreams = {
    openai: parsed.values['upstream-openai'] ?? environment.RESPONSES_MOCK_UPSTREAM_OPENAI ?? DEFAULT_CONFIG.upstreamOpenai,
    openrouter: parsed.values['upstream-openrouter'] ?? environment.RESPONSES_MOCK_UPSTREAM_OPENROUTER ?? DEFAULT_CONFIG.upstreamOpenrouter,
  };
  const result = await verifyRecordings({
    dir,
    ...(parsed.values.against !== undefined ? { against: parsed.values.against } : {}),
    upstreams,
    credentials: { openai: bearer(environment.OPENAI_API_KEY), openrouter: bearer(environment.OPENROUTER_API_KEY) },
    clock: systemClock,
    limit: DEFAULT_CONFIG.bodyLimit,
    followMs,
    timeoutMs,
  });
  if (!result.ok) {
    for (const problem of result.problems) out.error(problem);
    return 2;
  }
  const where = parsed.values.against ?? `${upstreams.openai}, ${upstreams.openrouter}`;
  out.log(`verify-recordings: ${result.reports.length} recorded exchange(s) in ${dir}, against ${where}`);
  for (const report of result.reports) {
    out.log(`${report.problems.length === 0 ? 'ok   ' : 'DRIFT'}  ${report.scenario} › ${report.rule}`);
    for (const problem of report.problems) out.log(`         ${problem}`);
  }
  const drifted = result.reports.filter((report) => report.problems.length > 0).length;
  out.log(drifted === 0 ? 'no drift' : `${drifted} of ${result.reports.length} drifted`);
  return drifted === 0 ? 0 : 1;
}

/** A whole number of milliseconds above 0 given for `flag`, or its default; undefined (said why) when wrong. */
function milliseconds(args: { flag: string; given: string | undefined; fallback: number }, out: Output): number | undefined {
  const text = args.given ?? String(args.fallback);
  if (/^\d{1,9}$/.test(text) && Number(text) > 0) return Number(text);
  out.error(`responses-mock verify-recordings: --${args.flag}: give a whole number of milliseconds above 0 (not ${JSON.stringify(text)})\n${VERIFY_USAGE}`);
  return undefined;
}
