// How dist/ starts: dist/app.cjs (all of dist/ but what loads on first use) compiled with the V8 code cache
// that `npm run build` made by starting the server once (dist/app.cache), so that a start compiles none of
// the code it runs. The build writes its id into both files; another build's cache, or one V8 rejects (another
// Node.js version, other V8 flags), is not used, and the script compiles as it would without one.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type * as App from './entry.js';

/** The first line of dist/app.cjs: this text, then the build's id. */
export const BUILD_LINE = '// responses-mock build ';
export const BUILD_ID_LENGTH = 16;

export interface LoadedApp {
  app: typeof App;
  /** Whether the script was compiled from the build's cache (false: no cache, another build's, or rejected). */
  cached: boolean;
  /** The cache file's content for what has been compiled so far (the build starts the server first). */
  codeCache(): Buffer;
}

/** The cache's data when it was made by the build of the script (whose id the cache file starts with). */
function cachedData(file: string, buildId: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(file);
  } catch {
    return undefined;
  }
  return cache.toString('latin1', 0, BUILD_ID_LENGTH) === buildId ? cache.subarray(BUILD_ID_LENGTH) : undefined;
}

function compile(): LoadedApp {
  // This file is dist/load.cjs, beside them.
  const file = join(__dirname, 'app.cjs');
  const source = readFileSync(file, 'utf8');
  const buildId = source.slice(BUILD_LINE.length, BUILD_LINE.length + BUILD_ID_LENGTH);
  const cache = cachedData(join(__dirname, 'app.cache'), buildId);
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cache });
  const exported = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(exported.exports, exported.exports, Module.createRequire(file), exported, file, dirname(file));
  return {
    app: exported.exports as typeof App,
    cached: cache !== undefined && script.cachedDataRejected !== true,
    codeCache: () => Buffer.concat([Buffer.from(buildId, 'latin1'), script.createCachedData()]),
  };
}

let loaded: LoadedApp | undefined;

/** dist/app.cjs's exports, run once however many entries ask. */
export function loadApp(): LoadedApp {
  return (loaded ??= compile());
}
