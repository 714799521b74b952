// How dist/ starts: dist/app.cjs (all of dist/ but what loads on first use) compiled with the V8 code cache
// that `npm run build` made by starting the server once (dist/app.cache), so that a start compiles none of
// the code it runs; and each file of dist/vendor/ (what loads on first use) likewise when the app first
// requires it, with its cache beside it (x.cjs → x.cache). The build writes its id into each script and its
// cache, and the cache's digest into the cache: another build's cache, a damaged one, or one V8 rejects
// (another Node.js version, other V8 flags) is not used, and the script compiles as it would without one.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type * as App from './entry.js';

/** The first line of dist/app.cjs and of each file of dist/vendor/: this text, then the build's id. */
export const BUILD_LINE = '// responses-mock build ';
export const BUILD_ID_LENGTH = 16;
/**
 * A cache file holds the build's id, the digest of the V8 data that follows, then that data. V8 checks its
 * version, flags and the script's length, not the data: damaged data could crash the process or run wrong code.
 */
const DIGEST_LENGTH = 16;
const digestOf = (data: Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, DIGEST_LENGTH);
/** What dist/app.cjs requires of dist/vendor/ (scripts/build/bundle.ts writes these requires). */
const VENDORED = /^\.\/vendor\/.+\.cjs$/;

/** How a script was compiled: from its cache, without the cache it has (another build's, damaged, or V8 rejected it), or without one. */
export type CacheUse = 'accepted' | 'rejected' | 'none';

export interface LoadedApp {
  app: typeof App;
  /** Whether the script was compiled from the build's cache (false: no cache, another build's, or rejected). */
  cached: boolean;
  /** The files of dist/vendor/ loaded so far ('vendor/ws.cjs'), each with how it was compiled. */
  vendored(): Map<string, CacheUse>;
  /** A file of dist/vendor/ ('./vendor/ws.cjs') loaded as the app loads it, once. */
  requireVendored(path: string): unknown;
  /** Each cache file with its content for what has been compiled so far (the build starts the server first). */
  codeCaches(): Map<string, Buffer>;
}

interface Compiled {
  script: Script;
  use: CacheUse;
  /** The cache file and its content, if the script carries the build's id. */
  codeCache(): [string, Buffer] | undefined;
}

/** The cache's V8 data when the file is there ('none' if not), made by the build of the script and intact. */
function cachedData(file: string, buildId: string): Buffer | 'none' | 'rejected' {
  let cache: Buffer;
  try {
    cache = readFileSync(file);
  } catch {
    return 'none';
  }
  const data = cache.subarray(BUILD_ID_LENGTH + DIGEST_LENGTH);
  const header = cache.toString('latin1', 0, BUILD_ID_LENGTH + DIGEST_LENGTH);
  return header === buildId + digestOf(data) ? data : 'rejected';
}

/**
 * A script's text. The build writes ASCII only (non-ASCII characters escaped), which is read as Latin-1: a copy
 * of the bytes, where decoding 2.6 MB as UTF-8 took a few milliseconds of every start.
 */
function sourceText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** A script of the build, as a CommonJS module's body, compiled from `cacheFile` when that holds the build's cache. */
function compile(file: string, cacheFile: string): Compiled {
  const source = sourceText(readFileSync(file));
  const buildId = source.startsWith(BUILD_LINE) ? source.slice(BUILD_LINE.length, BUILD_LINE.length + BUILD_ID_LENGTH) : undefined;
  const found = buildId === undefined ? 'none' : cachedData(cacheFile, buildId);
  const cache = typeof found === 'string' ? undefined : found;
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cache });
  const codeCache = (): [string, Buffer] | undefined => {
    if (buildId === undefined) return undefined;
    const data = script.createCachedData();
    return [cacheFile, Buffer.concat([Buffer.from(buildId + digestOf(data), 'latin1'), data])];
  };
  return { script, use: typeof found === 'string' ? found : script.cachedDataRejected === true ? 'rejected' : 'accepted', codeCache };
}

/** Runs a compiled module body as Node runs a CommonJS module's. */
function run(compiled: Compiled, module: { exports: unknown }, args: { file: string; require: NodeJS.Require }): void {
  const body = compiled.script.runInThisContext() as (...args: unknown[]) => void;
  body.call(module.exports, module.exports, args.require, module, args.file, dirname(args.file));
}

function load(): LoadedApp {
  // This file is dist/load.cjs, beside them.
  const file = join(__dirname, 'app.cjs');
  const requireFromApp = Module.createRequire(file);
  const vendored = new Map<string, Compiled>();
  /** Like require(), with the app's require cache, but compiling the file from its cache. */
  const requireVendored = (path: string): unknown => {
    const vendorFile = join(__dirname, path);
    const known = requireFromApp.cache[vendorFile];
    if (known !== undefined) return known.exports;
    const compiled = compile(vendorFile, vendorFile.replace(/\.cjs$/, '.cache'));
    const module = new Module(vendorFile);
    module.filename = vendorFile;
    requireFromApp.cache[vendorFile] = module;
    try {
      run(compiled, module, { file: vendorFile, require: Module.createRequire(vendorFile) });
    } catch (error) {
      delete requireFromApp.cache[vendorFile];
      throw error;
    }
    module.loaded = true;
    vendored.set(path.slice(2), compiled);
    return module.exports;
  };
  const require = Object.assign((id: string): unknown => (VENDORED.test(id) ? requireVendored(id) : requireFromApp(id)), requireFromApp);
  const app = compile(file, join(__dirname, 'app.cache'));
  const exported = { exports: {} };
  run(app, exported, { file, require });
  return {
    app: exported.exports as typeof App,
    cached: app.use === 'accepted',
    vendored: () => new Map([...vendored].map(([path, compiled]) => [path, compiled.use])),
    requireVendored,
    codeCaches: () => new Map([app, ...vendored.values()].flatMap((compiled) => {
      const cache = compiled.codeCache();
      return cache === undefined ? [] : [cache];
    })),
  };
}

let loaded: LoadedApp | undefined;

/** dist/app.cjs's exports, run once however many entries ask. */
export function loadApp(): LoadedApp {
  return (loaded ??= load());
}
