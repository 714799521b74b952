// Loads every *.json, *.yaml and *.yml file of a fixtures folder (or one such file): parse, validate, and gather
// scenarios; and several folders as layers, a later folder's scenario replacing an earlier one of the same name. Every
// problem of every file is reported as `file: path: reason`; nothing invalid is half-loaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type * as Yaml from 'yaml';
import { loadYaml } from '../lazy-modules.js';
import { FILE_SHAPE, validateFixtureFile } from '../domain/scenarios/validate.js';
import { isRecord } from '../domain/is-record.js';
import { MAX_SCENARIO_DEPTH } from '../domain/scenarios/scenario-size.js';
import { duplicateKeys } from './duplicate-keys.js';
import { jsonErrorOffset, lineColumn } from './json-text.js';
import { repeatedYamlKeys } from './yaml-keys.js';
import type { Scenario } from '../schemas/fixtures.js';

export interface LoadedScenario {
  scenario: Scenario;
  /** The file it came from (for messages), or 'admin API'. */
  source: string;
}

/** `empty`: the folders given that hold no fixture file (their subfolders are not read). */
export type LoadResult = { ok: true; scenarios: Map<string, LoadedScenario>; files: number; empty: string[] } | { ok: false; problems: string[] };

const FIXTURE_FILE = /\.(json|ya?ml)$/i;
/** JSON Schema files beside the fixtures are for editors, not scenarios. */
const SCHEMA_FILE = /\.schema\.json$/i;

// The YAML parser is loaded when the first YAML file is parsed: most starts parse none (the shipped fixtures
// load on first use, see runtime.ts), and loading it would cost each start tens of milliseconds.
let yaml: typeof Yaml | undefined;
export const yamlParser = (): typeof Yaml => (yaml ??= loadYaml());

export function loadFixtures(source: string, options: { displayBase?: string } = {}): LoadResult {
  const shown = (file: string) => relative(options.displayBase ?? process.cwd(), file) || file;
  let dir = source;
  let names: string[];
  try {
    const stat = statSync(source);
    // One fixture file named where a folder is expected is that file alone.
    if (stat.isFile() && FIXTURE_FILE.test(source)) [dir, names] = [dirname(source), [basename(source)]];
    else if (!stat.isDirectory()) return { ok: false, problems: [`${source}: neither a folder nor a fixture file (*.json, *.yaml, *.yml)`] };
    else names = readdirSync(dir).filter((name) => FIXTURE_FILE.test(name) && !SCHEMA_FILE.test(name)).sort();
  } catch (error) {
    const missing = FIXTURE_FILE.test(source) ? 'no such file' : 'no such directory';
    return { ok: false, problems: [`${source}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? missing : (error as Error).message}`] };
  }
  const problems: string[] = [];
  const scenarios = new Map<string, LoadedScenario>();
  const claims = new Map<string, string>();
  // The file each name was first seen in, invalid files too: a name used twice is said in the same run.
  const named = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const parsed = parseFile(file);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((problem) => `${shown(file)}: ${problem}`));
      continue;
    }
    const checked = validateFixtureFile(parsed.value);
    const fileNames = isRecord(parsed.value) && isRecord(parsed.value.scenarios) ? Object.keys(parsed.value.scenarios) : [];
    const reused = new Set(fileNames.filter((scenarioName) => named.has(scenarioName)));
    problems.push(...[...reused].map((scenarioName) => `${shown(file)}: scenarios.${scenarioName}: the name is already used in ${named.get(scenarioName)}`));
    for (const scenarioName of fileNames) if (!named.has(scenarioName)) named.set(scenarioName, shown(file));
    if (!checked.ok) {
      problems.push(...checked.problems.map((problem) => `${shown(file)}: ${problem}`));
      continue;
    }
    for (const [scenarioName, scenario] of Object.entries(checked.value.scenarios)) {
      if (scenarios.has(scenarioName) || reused.has(scenarioName)) continue;
      scenarios.set(scenarioName, { scenario, source: shown(file) });
      problems.push(...claimSessions({ claims, name: scenarioName, scenario, at: `${shown(file)}: scenarios.${scenarioName}` }));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios, files: names.length, empty: names.length === 0 ? [source] : [] };
}

/**
 * Several folders as layers: each loaded as above, a scenario of a later folder replacing one of the same
 * name from an earlier folder; then a session is still the default of one scenario at most. With
 * `requireFiles`, a folder holding no fixture file is a problem (a checker given a mistyped folder).
 */
export function loadFixtureFolders(dirs: readonly string[], options: { displayBase?: string; requireFiles?: boolean } = {}): LoadResult {
  const problems: string[] = [];
  const scenarios = new Map<string, LoadedScenario>();
  let files = 0;
  const empty: string[] = [];
  for (const dir of dirs) {
    const result = loadFixtures(dir, options);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (options.requireFiles && result.files === 0) {
      problems.push(`${dir}: holds no fixture file (*.json, *.yaml, *.yml)`);
      continue;
    }
    files += result.files;
    empty.push(...result.empty);
    for (const [name, loaded] of result.scenarios) scenarios.set(name, loaded);
  }
  if (dirs.length > 1) {
    const claims = new Map<string, string>();
    for (const [name, { scenario, source }] of scenarios) problems.push(...claimSessions({ claims, name, scenario, at: `${source}: scenarios.${name}` }));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios, files, empty };
}

/** The start-up warning for a fixture folder that holds no fixture file. */
export function emptyFolderWarning(dir: string): string {
  return `fixtures: ${dir} holds no fixture file (*.json, *.yaml, *.yml; subfolders are not read): it adds no scenario`;
}

/** A session is the default of one scenario at most. */
function claimSessions(args: { claims: Map<string, string>; name: string; scenario: Scenario; at: string }): string[] {
  const problems: string[] = [];
  for (const [index, session] of (args.scenario.sessions ?? []).entries()) {
    const owner = args.claims.get(session);
    if (owner !== undefined && owner !== args.name) problems.push(`${args.at}.sessions[${index}]: session '${session.slice(0, 200)}' already uses scenario '${owner}'`);
    else args.claims.set(session, args.name);
  }
  return problems;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problems: string[] };

function parseFile(file: string): Parsed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`(file): cannot be read (${(error as Error).message})`] };
  }
  const json = /\.json$/i.test(file);
  if (holdsNothing(text, { json })) return { ok: false, problems: [`(file): is empty${json ? '' : ' (blank lines and comments only)'}; ${FILE_SHAPE}`] };
  return json ? parseJson(text) : parseYaml(text);
}

/** Blank text, or in YAML only comments: nothing to load, which is said as such rather than as `null`. */
function holdsNothing(text: string, options: { json: boolean }): boolean {
  if (options.json) return text.trim() === '';
  for (let at = 0; at <= text.length;) {
    const end = text.indexOf('\n', at);
    if (!/^\s*(#.*)?$/.test(text.slice(at, end === -1 ? text.length : end))) return false;
    if (end === -1) break;
    at = end + 1;
  }
  return true;
}

function parseJson(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, problems: [`(file): invalid JSON${jsonErrorLocation(text, message)}: ${message}`] };
  }
  const repeated = duplicateKeys(text);
  return repeated.length > 0 ? { ok: false, problems: repeated } : { ok: true, value };
}

/** Why and where text that is not JSON fails to parse: `at line 3, column 14: Expected ',' or '}' …`. */
export function describeJsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'it could not be read';
  } catch (error) {
    const message = (error as Error).message;
    return `${jsonErrorLocation(text, message).trim() || 'as written'}: ${message}`;
  }
}

/** Where JSON.parse failed: from its message when it says, else found by reading the text (json-text.ts). */
function jsonErrorLocation(text: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return ` at line ${lineCol[1]}, column ${lineCol[2]}`;
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : jsonErrorOffset(text);
  return at >= 0 ? ` at ${lineColumn(text, at)}` : '';
}

/** Alias expansions a YAML document may make (the yaml parser's own default). */
const MAX_ALIAS_COUNT = 100;
const TOO_DEEP = `nests more than ${MAX_SCENARIO_DEPTH} levels deep`;
/** The parser's problems listed: text nested thousands deep gives one or more for each level. */
const MAX_YAML_PROBLEMS = 20;

/**
 * YAML text → data, or each problem as `(file): invalid YAML at line L, column C: reason`. The parser recurses
 * once per level: a document nested thousands deep overflows its stack, which it reports as
 * RESOURCE_EXHAUSTION; that is said as the nesting it is, never as the engine's own message.
 */
export function parseYaml(text: string): Parsed {
  const parser = yamlParser();
  // Repeated keys are found by repeatedYamlKeys: the parser's own check is quadratic in a mapping's keys.
  // Placed here, for the problems listed only: the parser's pretty errors place and quote every one.
  const document = parser.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    // The nesting is one problem, however many of the parser's levels gave up on it (that depends on its stack).
    const exhausted = document.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
    return {
      ok: false,
      problems: document.errors.filter((error) => error.code !== 'RESOURCE_EXHAUSTION' || error === exhausted).slice(0, MAX_YAML_PROBLEMS).map((error) => {
        const reason = error.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : error.message.split('\n')[0]!;
        return `(file): invalid YAML at ${lineColumn(text, error.pos[0])}: ${reason}`;
      }),
    };
  }
  const repeated = repeatedYamlKeys(parser, { document, text });
  if (repeated.length > 0) return { ok: false, problems: repeated };
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // Expanding the aliases is where a small document can grow without bound (or nest past the stack).
    const reason = error instanceof ReferenceError
      ? `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, a limit against documents that grow without bound; repeat the values instead`
      : error instanceof RangeError ? TOO_DEEP : `cannot be read (${(error as Error).message})`;
    return { ok: false, problems: [`(file): invalid YAML: ${reason}`] };
  }
}
