// --watch: reloads the fixtures folder when its files change. A broken edit is logged with every problem
// and the previous scenarios stay in force; the watcher closes with the app.
import { watch, type FSWatcher } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { loadFixtures } from './load.js';
import type { ScenarioRegistry } from './registry.js';

const DEBOUNCE_MS = 100;

export function watchFixtures(app: FastifyInstance, args: { dir: string; registry: ScenarioRegistry }): void {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    const result = loadFixtures(args.dir);
    if (!result.ok) {
      app.log.error(`fixtures not reloaded, keeping the previous ones:\n${result.problems.join('\n')}`);
      return;
    }
    args.registry.replaceAll(result.scenarios);
    app.log.info(`fixtures reloaded: ${result.scenarios.size} scenario(s) from ${result.files} file(s)`);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(args.dir, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    });
  } catch (error) {
    app.log.error(`cannot watch ${args.dir}: ${(error as Error).message}`);
    return;
  }
  app.addHook('onClose', async () => {
    clearTimeout(timer);
    watcher?.close();
  });
}
