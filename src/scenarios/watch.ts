// --watch: reloads the fixtures when a file of the user's folders (or a file given alone) changes. A broken edit is logged with every
// problem and the previous scenarios stay in force; the watchers close with the app.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { LoadResult } from './load.js';
import type { ScenarioRegistry } from './registry.js';

const DEBOUNCE_MS = 100;

export function watchFixtures(app: FastifyInstance, args: { dirs: string[]; load: () => LoadResult; registry: ScenarioRegistry }): void {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    const result = args.load();
    if (!result.ok) {
      app.log.error(`fixtures not reloaded, keeping the previous ones:\n${result.problems.join('\n')}`);
      return;
    }
    const problem = args.registry.replaceAll(result.scenarios);
    if (problem) {
      app.log.error(`fixtures not reloaded, keeping the previous ones: ${problem}`);
      return;
    }
    app.log.info(`fixtures reloaded: ${result.scenarios.size} scenario(s) from ${result.files} file(s)`);
  };
  const watchers: FSWatcher[] = [];
  for (const dir of args.dirs) {
    try {
      // A file is watched through its folder: editors that save by renaming replace the file watched.
      watchers.push(watch(statSync(dir).isFile() ? dirname(dir) : dir, () => {
        clearTimeout(timer);
        timer = setTimeout(reload, DEBOUNCE_MS);
      }));
    } catch (error) {
      app.log.error(`cannot watch ${dir}: ${(error as Error).message}`);
    }
  }
  app.addHook('onClose', async () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  });
}
