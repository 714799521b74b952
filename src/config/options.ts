// The settings given in code (buildApp, startMockServer), checked as the command line's are: a name that is no
// setting (with the nearest one), or a value of the wrong type or one the setting's parser refuses, is a problem;
// all are listed at once. Numbers only need be whole and not negative: a test may want a limit or a wait shorter
// than the command line allows (a 200 ms WebSocket lifetime).
import { closestName } from '../domain/closest-name.js';
import { DEFAULT_CONFIG, SETTINGS, type Config, type Setting } from './config.js';
import { optionRecordingProblems } from './recording.js';

export type CheckedOptions = { ok: true; settings: Partial<Config> } | { ok: false; problems: string[] };

/**
 * `options` holds settings under their camelCase names, beside `ownKeys` that the caller reads itself. Values
 * come back as the parser gives them (a URL without its trailing slash), as from the command line.
 */
export function checkOptions(options: object, ownKeys: readonly string[]): CheckedOptions {
  const known = [...SETTINGS.map((setting) => setting.key), ...ownKeys];
  const problems: string[] = [];
  const settings: Record<string, unknown> = {};
  // The names are listed once, with the first unknown one nothing resembles (an object of thousands of keys
  // would repeat them for each).
  let listed = false;
  for (const [key, value] of Object.entries(options)) {
    if (ownKeys.includes(key)) continue;
    const setting = SETTINGS.find((candidate) => candidate.key === key);
    if (!setting) {
      const guess = closestName(key, known);
      const hint = guess ? ` (did you mean '${guess}'?)` : listed ? '' : `; the options are the command line's settings by their camelCase names: ${known.join(', ')}`;
      listed ||= guess === undefined;
      problems.push(`${cut(key)}: not an option${hint}`);
      continue;
    }
    if (value === undefined) continue;
    const checked = checkValue(setting, value);
    if ('problem' in checked) problems.push(`${key}: ${cut(checked.problem)}`);
    else settings[key] = checked.value;
  }
  problems.push(...optionRecordingProblems(settings));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: settings as Partial<Config> };
}

/** A name or problem as shown: a megabyte key or value given by mistake is not repeated whole. */
const cut = (text: string): string => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** A value of the type the setting holds, then through its command-line parser. */
function checkValue(setting: Setting, value: unknown): { value: unknown } | { problem: string } {
  const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  if (setting.boolean) return typeof value === 'boolean' ? { value } : { problem: `expected true or false, got ${shown}` };
  if (Array.isArray(DEFAULT_CONFIG[setting.key])) {
    const list = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
    return list && list.length === 0 ? { value: [] } : list ? setting.parse(list.join(',')) : { problem: `expected an array of strings, got ${shown}` };
  }
  const numeric = setting.parse.placeholder === '<n>' || setting.parse.placeholder === '<size>';
  if (numeric) return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? { value } : { problem: `expected an integer of 0 or more, got ${shown}` };
  return typeof value === 'string' ? setting.parse(value) : { problem: `expected a string, got ${shown}` };
}

/** `fixtures` in code: a folder, several, or false for no file at all. */
export function fixturesProblem(value: unknown): string | undefined {
  const ok = value === undefined || value === false || typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
  return ok ? undefined : `fixtures: expected a folder, an array of folders or false, got ${JSON.stringify(value) ?? String(value)}`;
}

/**
 * The port startMockServer() listens on: a number, or decimal digits as text (what `process.env` holds, which the
 * command line takes too); null or undefined is any free port. Anything else is given back for listenProblems.
 */
export function listenPort(port: unknown): unknown {
  if (port === undefined || port === null) return 0;
  return typeof port === 'string' && /^\d+$/.test(port.trim()) ? Number(port.trim()) : port;
}

/** `port` (after listenPort) and `host` of startMockServer(), which listens where buildApp does not: a port the socket can take, an address as text. */
export function listenProblems(options: { port: unknown; host: unknown }): string[] {
  const shown = (value: unknown): string => (typeof value === 'string' ? `'${JSON.stringify(cut(value)).slice(1, -1)}'` : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value));
  const { port, host } = options;
  const problems: string[] = [];
  if (!(typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65535)) problems.push(`port: expected an integer from 0 to 65535, got ${shown(port)}`);
  if (!(typeof host === 'string' && host.trim() !== '')) problems.push(`host: expected an address to bind as a string ('127.0.0.1', '::1', 'localhost'), got ${shown(host)}`);
  return problems;
}
