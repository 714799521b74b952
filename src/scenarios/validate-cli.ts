// `responses-mock validate-fixtures <dir...>`: checks fixture folders the way start-up does, without starting a
// server; several folders load as layers, as --fixtures does. Exit 0 with a summary, 1 with every problem as
// `file: path: reason` (a folder holding no fixture file is one), 2 when the command is wrong.
import { parseArgs } from 'node:util';
import { loadFixtureFolders } from './load.js';

export const VALIDATE_USAGE = [
  'Usage: responses-mock validate-fixtures <dir> [<dir>...]',
  '',
  'Checks the *.json / *.yaml scenario files of each folder (or each file named) as start-up does (--fixtures),',
  'without starting the server: prints every problem as `file: path: reason` and exits 1, or lists the scenarios',
  'and exits 0.',
].join('\n');

export interface ValidateOutput {
  log(line: string): void;
  error(line: string): void;
}

export function runValidateFixtures(argv: string[], out: ValidateOutput = console): number {
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (parsed.values.help) {
      out.log(VALIDATE_USAGE);
      return 0;
    }
    positionals = parsed.positionals;
  } catch (error) {
    out.error(`responses-mock validate-fixtures: ${(error as Error).message}\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    out.error(`responses-mock validate-fixtures: give one or more fixture folders\n${VALIDATE_USAGE}`);
    return 2;
  }
  return reportFixtures(positionals, out);
}

/** Loads the folders and prints what start-up would say: every problem, or the scenarios found. */
export function reportFixtures(dirs: string[], out: ValidateOutput): number {
  const shown = dirs.join(', ');
  const result = loadFixtureFolders(dirs, { requireFiles: true });
  if (!result.ok) {
    for (const problem of result.problems) out.error(problem);
    out.error(`${result.problems.length} problem(s) in ${shown}`);
    return 1;
  }
  out.log(`ok: ${result.scenarios.size} scenario(s) in ${result.files} file(s) in ${shown}`);
  for (const [name, { scenario, source }] of result.scenarios) out.log(`  ${name.padEnd(28)} ${String(scenario.rules.length).padStart(2)} rule(s)  ${source}`);
  return 0;
}
