// Writes recorded rules into fixture files: `<dir>/<scenario>.yaml`, one scenario per recording name, each
// rule appended in arrival order, the session listed under `sessions` so a replay picks the scenario by
// itself. Writes to one file never interleave, and each lands whole (written aside, then renamed). The YAML
// library loads with the first write, as it does with the first YAML fixture read.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { yamlParser } from '../scenarios/load.js';
import type { Rule, Scenario } from '../schemas/fixtures.js';

export interface AppendArgs {
  /** The scenario name (already valid). */
  scenario: string;
  session: string;
  rule: Rule;
  /** Drop what the scenario held before (the first exchange of a fresh recording). */
  fresh: boolean;
  /** The scenario's description, from the rules it holds once this one is added. */
  description(rules: Rule[]): string;
  /**
   * The id of the response whose recorded rule this one takes the place of (a background run, recorded when it
   * was queued, rewritten once it has finished); appended when no rule answers with it.
   */
  replaces?: string;
}

export class RecordingWriter {
  /** The last write queued per file: the next one waits for it. Entries go once their write is done. */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  /** The file a scenario is written to. */
  fileOf(scenario: string): string {
    return join(this.dir, `${scenario.replace(/:/g, '_')}.yaml`);
  }

  append(args: AppendArgs): Promise<void> {
    const file = this.fileOf(args.scenario);
    const previous = this.#queues.get(file) ?? Promise.resolve();
    const next = previous.then(() => this.#write(file, args));
    const settled = next.catch(() => undefined);
    this.#queues.set(file, settled);
    void settled.then(() => {
      if (this.#queues.get(file) === settled) this.#queues.delete(file);
    });
    return next;
  }

  /** Resolves once every queued write is done. */
  async idle(): Promise<void> {
    while (this.#queues.size > 0) await Promise.all([...this.#queues.values()]);
  }

  async #write(file: string, args: AppendArgs): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const scenarios = await readScenarios(file);
    const before = args.fresh ? undefined : scenarios.get(args.scenario);
    const sessions = before?.sessions ?? [];
    const rules = [...(before?.rules ?? [])];
    const at = args.replaces === undefined ? -1 : rules.findLastIndex((rule) => replayedId(rule) === args.replaces);
    if (at >= 0) rules[at] = args.rule;
    else rules.push(args.rule);
    const scenario: Scenario = {
      description: args.description(rules),
      sessions: sessions.includes(args.session) ? sessions : [...sessions, args.session],
      // The live service accepted every request recorded here, some of which the documented rules refuse.
      strictness: before?.strictness ?? 'lenient',
      rules,
    };
    scenarios.set(args.scenario, scenario);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, render(scenarios));
    await rename(temporary, file);
  }
}

/** The id of the response a rule answers with: its JSON body's, or its stream's (the last response it carried). */
function replayedId(rule: Rule): unknown {
  const replay = rule.respond?.replay;
  const carried = replay?.events?.findLast((event) => typeof event.response === 'object' && event.response !== null)?.response;
  const body = replay?.body ?? carried;
  return typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
}

async function readScenarios(file: string): Promise<Map<string, Scenario>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const document = yamlParser().parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) throw new Error(`${file} is not valid YAML (${document.errors[0]!.message.split('\n')[0]}); not overwriting it`);
  const value = document.toJS({ maxAliasCount: 100 }) as { scenarios?: Record<string, Scenario> } | null;
  return new Map(Object.entries(value?.scenarios ?? {}));
}

/** YAML for people: requests and answers as blocks, each stream event on one line. */
function render(scenarios: Map<string, Scenario>): string {
  const document = new (yamlParser().Document)({ scenarios: Object.fromEntries(scenarios) }, { aliasDuplicateObjects: false });
  for (const name of scenarios.keys()) {
    const rules = document.getIn(['scenarios', name, 'rules']) as { items: unknown[] } | undefined;
    for (let index = 0; index < (rules?.items.length ?? 0); index += 1) {
      const events = document.getIn(['scenarios', name, 'rules', index, 'respond', 'replay', 'events']) as { items: Array<{ flow?: boolean }> } | undefined;
      for (const event of events?.items ?? []) {
        event.flow = true;
        // A line break inside a flow collection is written double-quoted: yaml's plain multi-line scalar
        // there can read back as a mapping (a delta such as "). Summary:\n\nTop").
        yamlParser().visit(event as never, { Scalar: (_key, node) => void (typeof node.value === 'string' && node.value.includes('\n') && (node.type = 'QUOTE_DOUBLE')) });
      }
      const timing = document.getIn(['scenarios', name, 'rules', index, 'respond', 'replay', 'timing']) as { flow?: boolean } | undefined;
      if (timing) timing.flow = true;
    }
  }
  return document.toString({ lineWidth: 0 });
}
