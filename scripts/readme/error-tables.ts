// What the server answers to each error trigger (error-triggers.ts), sent through the real app: the README's
// error tables are made from what these answers carry on the wire (status, each envelope's code), and a test
// checks that each answer comes from the code it stands for.
import { buildApp } from '../../src/app.js';
import { ERROR_CATALOG, type ErrorCode } from '../../src/errors.js';
import { PROFILES } from '../../src/providers/index.js';
import { errorTriggers, ON_A_SOCKET, UNTRIGGERABLE, type ApiPath, type Trigger } from './error-triggers.js';

export interface WireAnswer {
  trigger: Trigger;
  status: number;
  /** `error.code` as sent (a string, a number or null). */
  wireCode: unknown;
  message: string;
  /** The catalog code the server's log gives for it (create requests only). */
  logged: string | undefined;
}

let cached: Promise<WireAnswer[]> | undefined;

/** Each trigger sent to a fresh app of its own: what came back, and what the server logged it as (asked once
 * per process: the README check and the error-code test share it). */
export function wireAnswers(): Promise<WireAnswer[]> {
  cached ??= send(errorTriggers());
  return cached;
}

async function send(triggers: Trigger[]): Promise<WireAnswer[]> {
  const answers: WireAnswer[] = [];
  for (const trigger of triggers) {
    const lines: Array<{ answered?: string }> = [];
    const app = buildApp({ seed: 1, logLevel: 'info', ...trigger.app, logger: true, logStream: { write: (line) => void lines.push(JSON.parse(line) as { answered?: string }) } });
    try {
      let previous: Record<string, unknown> = {};
      for (const step of trigger.before ?? []) previous = JSON.parse((await app.inject(step)).body) as Record<string, unknown>;
      lines.length = 0;
      const response = await app.inject(trigger.from ? trigger.from(previous) : trigger.request);
      const error = (JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } }).error ?? {};
      const answered = lines.find((line) => line.answered !== undefined)?.answered;
      answers.push({
        trigger,
        status: response.statusCode,
        wireCode: error.code,
        message: String(error.message ?? ''),
        logged: answered === undefined ? undefined : /error (\S+)$/.exec(answered)?.[1],
      });
    } finally {
      await app.close();
    }
  }
  return answers;
}

const shown = (code: unknown): string => (typeof code === 'string' ? `\`${code}\`` : String(code));

/** The README's tables: per code, the status and each path's `error.code` as answered; then the admin API's. */
export function errorTables(answers: WireAnswer[]): { api: string; admin: string } {
  const byCode = new Map<ErrorCode, WireAnswer[]>();
  for (const answer of answers) byCode.set(answer.trigger.code, [...(byCode.get(answer.trigger.code) ?? []), answer]);
  const api: string[] = [];
  const adminRows: string[] = [];
  for (const [code, entry] of Object.entries(ERROR_CATALOG) as Array<[ErrorCode, (typeof ERROR_CATALOG)[ErrorCode]]>) {
    const seen = byCode.get(code) ?? [];
    const on = (path: ApiPath) => seen.find((answer) => answer.trigger.path === path);
    const statuses = [...new Set(seen.map((answer) => answer.status))].join(', ');
    if (seen.some((answer) => answer.trigger.path === 'admin')) {
      adminRows.push(`| \`${code}\` | ${statuses} | ${entry.summary} |`);
      continue;
    }
    const cell = (path: 'openai' | 'openrouter') => {
      const answer = on(path);
      if (answer) return shown(answer.wireCode);
      if (!UNTRIGGERABLE.has(code) && !ON_A_SOCKET.get(code)?.includes(path)) return '—';
      const profile = PROFILES.find((candidate) => candidate.id === path)!;
      return shown((profile.errorReply({ code, message: '', param: null }).body as { error: { code: unknown } }).error.code);
    };
    api.push(`| \`${code}\` | ${statuses || entry.status} | ${cell('openai')} | ${cell('openrouter')} | ${entry.summary} |`);
  }
  return {
    api: ['| code (in the log) | status | `error.code` on `/v1` | `error.code` on `/api/v1` | meaning |', '|---|---|---|---|---|', ...api].join('\n'),
    admin: ['| `error.code` | status | meaning |', '|---|---|---|', ...adminRows].join('\n'),
  };
}
