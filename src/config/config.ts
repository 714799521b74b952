// The only reader of argv and the environment. Every setting is a flag and an environment variable
// (`--store-limit` ↔ RESPONSES_MOCK_STORE_LIMIT; PORT and HOST also plain, below the RESPONSES_MOCK_ ones); all
// problems are listed at once.
import { parseArgs } from 'node:util';
import { closestName } from '../domain/closest-name.js';
import type { TextStyle } from '../domain/engine/content/text.js';
import type { Strictness } from '../domain/types.js';
import { folders, hostNames, integer, names, oneOf, scenarioName, size, text, truth, url, type Parser } from './parsers.js';
import { TEXT_STYLES } from '../schemas/constants.js';
import { recordingProblems } from './recording.js';

export interface Config {
  port: number;
  host: string;
  seed: number | undefined;
  strictness: Strictness;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Log lines as JSON, or readable (pino-pretty); auto: readable when standard output is a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  bodyLimit: number;
  storeLimit: number;
  sessionLimit: number;
  /** Characters per streamed delta; 0 = natural pieces (words, JSON tokens). */
  streamChunkSize: number;
  /** Milliseconds before the first stream event. */
  streamTtftMs: number;
  /** How the rule-based engine words text answers. */
  textStyle: TextStyle;
  /** Milliseconds before each streamed delta. */
  streamDelayMs: number;
  /** Milliseconds a streaming client may leave written data unread before it is dropped. */
  streamStallMs: number;
  /** Folders of fixture files, loaded over the shipped ones (a later folder's scenario wins by name). */
  fixtures: string[];
  /** Load the shipped fixtures/ under the user's folders. */
  shippedFixtures: boolean;
  /** Scenario used when a request names none. */
  scenario: string | undefined;
  /** Unmatched scenario requests get an error instead of the rule-based engine. */
  strictScenarios: boolean;
  /** Reload fixtures when their files change. */
  watch: boolean;
  /** Serve the /__mock admin API. */
  admin: boolean;
  /** Require this token (Authorization: Bearer …, or x-mock-admin-token) on the admin API. */
  adminToken: string | undefined;
  /** Journal entries kept per session. */
  journalLimit: number;
  /** Bytes of each journaled body kept; the rest is cut, with a marker saying how much. */
  journalBodyLimit: number;
  /** Bytes of session state (journals, stored responses) kept over all sessions; undefined = a quarter of the heap limit. */
  stateMemory: number | undefined;
  /** Bytes of request bodies held at once over all connections; undefined = an eighth of the heap limit. */
  bodyMemory: number | undefined;
  /** A session unused this long is the first to go when a limit is reached. */
  sessionIdleMs: number;
  /** More header, query-parameter and JSON field names whose values are masked wherever traffic is kept or shown. */
  redact: string[];
  /** More host names the admin API answers for (`*`: any), besides localhost, IP addresses and this machine's name. */
  allowedHosts: string[];
  /** Proxy create requests to the real services and record every exchange into this folder. */
  record: string | undefined;
  /** Answer from loaded scenarios; proxy and record into this folder only what no rule answers. */
  recordMissing: string | undefined;
  /** Record every session into this one scenario (default: one scenario per x-mock-session). */
  recordName: string | undefined;
  /** Record the wait before each stream event (and a JSON answer's latency). */
  recordTiming: boolean;
  /** Where recorded OpenRouter requests go. */
  upstreamOpenrouter: string;
  /** Where recorded OpenAI requests go. */
  upstreamOpenai: string;
  /** Milliseconds a WebSocket connection may live (the real service: 60 minutes). */
  wsConnectionLimitMs: number;
  /** Close a WebSocket with no response in flight after this many idle milliseconds; 0 = never. */
  wsIdleMs: number;
}

export const DEFAULT_CONFIG: Config = {
  port: 8080,
  host: '127.0.0.1',
  seed: undefined,
  strictness: 'strict',
  logLevel: 'info',
  logFormat: 'auto',
  bodyLimit: 32 * 1024 * 1024,
  storeLimit: 1000,
  sessionLimit: 100_000,
  textStyle: 'summary',
  streamChunkSize: 0,
  streamTtftMs: 0,
  streamDelayMs: 0,
  streamStallMs: 30_000,
  fixtures: [],
  shippedFixtures: true,
  scenario: undefined,
  strictScenarios: false,
  watch: false,
  admin: true,
  adminToken: undefined,
  journalLimit: 500,
  journalBodyLimit: 1024 * 1024,
  stateMemory: undefined,
  bodyMemory: undefined,
  sessionIdleMs: 60_000,
  redact: [],
  allowedHosts: [],
  record: undefined,
  recordMissing: undefined,
  recordName: undefined,
  recordTiming: false,
  upstreamOpenrouter: 'https://openrouter.ai/api/v1',
  upstreamOpenai: 'https://api.openai.com/v1',
  wsConnectionLimitMs: 60 * 60 * 1000,
  wsIdleMs: 0,
};

export interface Setting {
  flag: string;
  env: string[];
  help: string;
  parse: Parser;
  key: keyof Config;
  /** A switch (`--watch`): no value on the command line; its env var takes true/false. */
  boolean?: { whenSet: boolean };
  /** The flag may be repeated; its values are joined with commas before parsing. */
  multiple?: true;
  /** What --help shows as the default, when DEFAULT_CONFIG's value does not say it well. */
  shownDefault?: string;
}

const env = (name: string) => [`RESPONSES_MOCK_${name}`];
/** The generic name too, after the tool's own (which wins when both are set: PORT may be meant for another program). */
const envAlso = (name: string) => [...env(name), name];

export const SETTINGS: Setting[] = [
  { flag: 'port', env: envAlso('PORT'), key: 'port', parse: integer(0, 65535), help: 'port to listen on (0 = any free port)' },
  { flag: 'host', env: envAlso('HOST'), key: 'host', parse: text, help: 'address to bind' },
  { flag: 'seed', env: env('SEED'), key: 'seed', parse: integer(0, 2 ** 32 - 1), help: 'fix ids and timestamps: same request + same seed → same bytes' },
  { flag: 'strictness', env: env('STRICTNESS'), key: 'strictness', parse: oneOf('strict', 'lenient'), help: 'history validation: strict (documented rules) or lenient (what the live services accept)' },
  { flag: 'log-level', env: env('LOG_LEVEL'), key: 'logLevel', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'), help: 'log level: info logs one line per request (method, path, status, session, what answered, duration)' },
  { flag: 'log-format', env: env('LOG_FORMAT'), key: 'logFormat', parse: oneOf('auto', 'json', 'pretty'), help: 'json (one JSON object a line), pretty (readable, through pino-pretty) or auto: pretty when standard output is a terminal' },
  { flag: 'body-limit', env: env('BODY_LIMIT'), key: 'bodyLimit', parse: size(1024, 1024 ** 3), help: 'largest request body' },
  { flag: 'store-limit', env: env('STORE_LIMIT'), key: 'storeLimit', parse: integer(1, 1_000_000), help: 'stored responses kept per session (OpenAI path)' },
  { flag: 'session-limit', env: env('SESSION_LIMIT'), key: 'sessionLimit', parse: integer(1, 1_000_000), help: 'sessions kept at once; idle ones go first, and a request that needed a dropped session\'s state gets an error naming it' },
  { flag: 'session-idle-ms', env: env('SESSION_IDLE_MS'), key: 'sessionIdleMs', parse: integer(0, 86_400_000), help: 'a session unused this long is dropped first when --session-limit or --state-memory is reached' },
  { flag: 'state-memory', env: env('STATE_MEMORY'), key: 'stateMemory', parse: size(1024 * 1024, 64 * 1024 ** 3), shownDefault: 'a quarter of the heap limit', help: 'memory for session state (journals, stored responses) over all sessions; a session keeps at most an eighth in each' },
  { flag: 'body-memory', env: env('BODY_MEMORY'), key: 'bodyMemory', parse: size(1024 * 1024, 64 * 1024 ** 3), shownDefault: 'an eighth of the heap limit', help: 'request bodies held at once over all connections (HTTP bodies until answered, WebSocket creates queued or running, WebSocket steering input queued); past it a request gets a 503 server_overloaded with retry-after, unless it is the only one' },
  { flag: 'text-style', env: env('TEXT_STYLE'), key: 'textStyle', parse: oneOf(...TEXT_STYLES), help: 'how the rule-based engine words text answers: summary (a sentence from the tool outputs or the prompt\'s words), echo (the prompt quoted back, outputs listed as returned) or fixed (one sentence); a rule\'s respond.textStyle wins' },
  { flag: 'stream-chunk-size', env: env('STREAM_CHUNK_SIZE'), key: 'streamChunkSize', parse: integer(0, 1_000_000), help: 'characters per streamed delta (0 = word and JSON-token pieces)' },
  { flag: 'stream-ttft-ms', env: env('STREAM_TTFT_MS'), key: 'streamTtftMs', parse: integer(0, 600_000), help: 'milliseconds before the first stream event' },
  { flag: 'stream-delay-ms', env: env('STREAM_DELAY_MS'), key: 'streamDelayMs', parse: integer(0, 60_000), help: 'milliseconds before each streamed delta' },
  { flag: 'stream-stall-ms', env: env('STREAM_STALL_MS'), key: 'streamStallMs', parse: integer(100, 3_600_000), help: 'drop a streaming client that reads nothing for this long (ms)' },
  { flag: 'fixtures', env: env('FIXTURES'), key: 'fixtures', parse: folders, multiple: true, help: 'folder of *.json / *.yaml scenario files (or one such file), loaded over the shipped ones (a scenario of the same name replaces the shipped one); repeat the flag or separate folders with commas for several, a later folder winning by name' },
  { flag: 'no-shipped-fixtures', env: env('NO_SHIPPED_FIXTURES'), key: 'shippedFixtures', parse: truth({ whenSet: false }), boolean: { whenSet: false }, help: 'load only the --fixtures folders, not the shipped scenarios' },
  { flag: 'scenario', env: env('SCENARIO'), key: 'scenario', parse: text, help: 'scenario used when a request sends no x-mock-scenario header' },
  { flag: 'strict-scenarios', env: env('STRICT_SCENARIOS'), key: 'strictScenarios', parse: truth({ whenSet: true }), boolean: { whenSet: true }, help: 'answer an unmatched scenario request with an error instead of the rule-based engine' },
  { flag: 'watch', env: env('WATCH'), key: 'watch', parse: truth({ whenSet: true }), boolean: { whenSet: true }, help: 'reload fixtures when their files change' },
  { flag: 'no-admin', env: env('NO_ADMIN'), key: 'admin', parse: truth({ whenSet: false }), boolean: { whenSet: false }, help: 'disable the /__mock admin API' },
  { flag: 'admin-token', env: env('ADMIN_TOKEN'), key: 'adminToken', parse: text, help: 'require this bearer token on the /__mock admin API' },
  { flag: 'journal-limit', env: env('JOURNAL_LIMIT'), key: 'journalLimit', parse: integer(1, 1_000_000), help: 'request journal entries kept per session' },
  { flag: 'journal-body-limit', env: env('JOURNAL_BODY_LIMIT'), key: 'journalBodyLimit', parse: size(1024, 1024 ** 3), help: 'how much of each request body the journal keeps; the rest is cut, with a marker saying how much' },
  { flag: 'allowed-hosts', env: env('ALLOWED_HOSTS'), key: 'allowedHosts', parse: hostNames, help: 'more host names the /__mock admin API answers for (comma-separated; * = any), besides localhost, IP addresses and this machine\'s name' },
  { flag: 'redact', env: env('REDACT'), key: 'redact', parse: names, help: 'more header, query-parameter or JSON field names to mask in the journal and logs and to redact in recordings (comma-separated; credentials and key-like names always are)' },
  { flag: 'record', env: env('RECORD'), key: 'record', parse: text, help: 'proxy create requests to the real services and record each exchange as a scenario rule in this folder' },
  { flag: 'record-missing', env: env('RECORD_MISSING'), key: 'recordMissing', parse: text, help: 'answer from the scenarios in this folder; proxy and record only what no rule answers' },
  { flag: 'record-name', env: env('RECORD_NAME'), key: 'recordName', parse: scenarioName, help: 'record every session into this scenario (default: one scenario per x-mock-session)' },
  { flag: 'record-timing', env: env('RECORD_TIMING'), key: 'recordTiming', parse: truth({ whenSet: true }), boolean: { whenSet: true }, help: 'record the wait before each stream event, and replay it' },
  { flag: 'upstream-openrouter', env: env('UPSTREAM_OPENROUTER'), key: 'upstreamOpenrouter', parse: url, help: 'where recorded /api/v1 requests go' },
  { flag: 'upstream-openai', env: env('UPSTREAM_OPENAI'), key: 'upstreamOpenai', parse: url, help: 'where recorded /v1 requests go' },
  { flag: 'ws-connection-limit-ms', env: env('WS_CONNECTION_LIMIT_MS'), key: 'wsConnectionLimitMs', parse: integer(1000, 86_400_000), help: 'lifetime of a WebSocket connection (ms); later response.create messages get websocket_connection_limit_reached' },
  { flag: 'ws-idle-ms', env: env('WS_IDLE_MS'), key: 'wsIdleMs', parse: integer(0, 86_400_000), help: 'close a WebSocket idle this long (ms; 0 = never, as the real service documents no idle timeout)' },
];

export type ConfigResult =
  /** `notes`: what start-up logs as warnings (a setting that does nothing here but may serve another command). */
  | { ok: true; config: Config; notes: string[] }
  | { ok: false; problems: string[] }
  | { ok: 'help' }
  | { ok: 'version' };

export function parseConfig(argv: string[], environment: Record<string, string | undefined>): ConfigResult {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(SETTINGS.map((setting) => [setting.flag, { type: setting.boolean ? 'boolean' as const : 'string' as const, multiple: setting.multiple === true }])),
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { ok: false, problems: [withGuess(error as Error & { code?: string })] };
  }
  if (parsed.values.help) return { ok: 'help' };
  if (parsed.values.version) return { ok: 'version' };
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const problems: string[] = [];
  const given = new Map<string, string>();
  for (const setting of SETTINGS) {
    const flagValue = parsed.values[setting.flag];
    // A switch on the command line reads as its env-var spelling of "set".
    const fromFlag = flagValue === true ? 'true' : Array.isArray(flagValue) ? flagValue.join(',') : flagValue;
    const envName = setting.env.find((name) => environment[name] !== undefined && environment[name] !== '');
    const raw = typeof fromFlag === 'string' ? fromFlag : envName ? environment[envName] : undefined;
    if (raw === undefined) continue;
    const result = setting.parse(raw);
    const name = typeof fromFlag === 'string' ? `--${setting.flag}` : envName!;
    if ('problem' in result) {
      problems.push(`${name}: ${result.problem}`);
      continue;
    }
    config[setting.key] = result.value;
    given.set(setting.key, name);
  }
  const recording = recordingProblems(config as unknown as Config, given);
  // Noted, not used: a recording variable without --record (buildApp would refuse it as an option).
  for (const key of recording.dropped) config[key] = DEFAULT_CONFIG[key as keyof Config];
  problems.push(...recording.problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: config as unknown as Config, notes: recording.notes };
}

/** An unknown flag near a known one says which (`--stict-scenarios` → `--strict-scenarios`). */
function withGuess(error: Error & { code?: string }): string {
  const flag = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '--([^']+)'/.exec(error.message)?.[1] : undefined;
  const guess = flag === undefined ? undefined : closestName(flag, [...SETTINGS.map((setting) => setting.flag), 'help', 'version']);
  return guess === undefined ? error.message : `${error.message} (did you mean '--${guess}'?)`;
}
