// Build step: the JavaScript of dist/, made by esbuild from src/ with the dependencies bundled in. One
// CommonJS script, dist/app.cjs (src/entry.ts: the library and the CLI), run by dist/load.cjs
// (src/code-cache.ts) with the V8 code cache that the build makes next (scripts/build/code-cache.ts): Node 20
// has no compile cache for ES modules, and compiling was most of a start. The entries stay ES modules:
// dist/server.cjs (the CLI, which the bin, `npm start` and the image run; dist/server.js is the same as an ES module) and dist/index.js (startMockServer(),
// buildApp()). What loads on first use is a CommonJS file of its own in dist/vendor/, which dist/app.cjs
// requires through dist/load.cjs (with its code cache too).
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { BUILD_ID_LENGTH, BUILD_LINE } from '../../src/code-cache.js';
import { lazyBuiltins } from './lazy-builtins.js';
import { LAZY_FOR_WEBSOCKET, lazyForWebsocket } from './lazy-websocket.js';

const LAZY_MODULES = /[\\/]src[\\/]lazy-modules\.ts$/;
const LAZY_REQUIRE = /require\('([^']+)'\)/g;
/** src/lazy-modules.ts's own require(), which dist/app.cjs does without: it has the one dist/load.cjs gives it. */
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);\n';
/**
 * Where a module that src/lazy-modules.ts loads on first use lives in dist/: a CommonJS bundle of its own,
 * named after the package, or after the file for a module of src/ ('./a/b-c.js' → vendor/b-c).
 */
const vendored = (name: string): string => `vendor/${name.startsWith('./') ? name.replace(/^.*\//, '').replace(/\.js$/, '') : name}`;

/** What a name that src/lazy-modules.ts requires resolves to: a package, or a TypeScript file of src/. */
function entryOf(root: string, name: string): string {
  return name.startsWith('./') ? `${root}src/${name.slice(2).replace(/\.js$/, '.ts')}` : createRequire(`${root}package.json`).resolve(name);
}

/** The packages and modules of src/ that src/lazy-modules.ts requires. */
function lazyModules(root: string): string[] {
  const text = readFileSync(`${root}src/lazy-modules.ts`, 'utf8');
  return [...text.matchAll(LAZY_REQUIRE)].map((match) => match[1]!);
}

/**
 * src/lazy-modules.ts requiring dist/vendor/ rather than node_modules, through dist/app.cjs's require (which
 * dist/load.cjs gives it, src/code-cache.ts): still loaded on first call only.
 */
const requireVendored: Plugin = {
  name: 'require-vendored',
  setup(plugin) {
    plugin.onLoad({ filter: LAZY_MODULES }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(OWN_REQUIRE)) return { errors: [{ text: `src/lazy-modules.ts no longer has \`${OWN_REQUIRE.trim()}\`: update scripts/build/bundle.ts` }] };
      return { contents: text.replace(OWN_REQUIRE, '').replace(LAZY_REQUIRE, (_all, name: string) => `require('./${vendored(name)}.cjs')`), loader: 'ts' };
    });
    plugin.onResolve({ filter: /^\.\/vendor\// }, (args) => (LAZY_MODULES.test(args.importer) ? { path: args.path, external: true } : undefined));
  },
};

/** Packages that only a dependency requires, on first use: Fastify's light-my-request, for inject() (tests). */
const REQUIRED_LATER_BY_DEPENDENCIES = ['light-my-request'];

/**
 * A package of dist/vendor/ required by a dependency (Fastify requires its default compilers when an app
 * brings none, ours always does; light-my-request on the first inject()) is that file too, rather than
 * code parsed at every start.
 */
function vendoredForDependencies(root: string): Plugin {
  const packages = new Set([...lazyModules(root).filter((name) => !name.startsWith('./')), ...REQUIRED_LATER_BY_DEPENDENCIES, ...LAZY_FOR_WEBSOCKET]);
  return {
    name: 'vendored-for-dependencies',
    setup(plugin) {
      plugin.onResolve({ filter: /^[@a-z]/ }, (args) =>
        (packages.has(args.path) && args.kind === 'require-call' ? { path: `./${vendored(args.path)}.cjs`, external: true } : undefined));
    },
  };
}

/**
 * dist/app.cjs as ASCII: esbuild escapes strings and templates, but leaves other characters as they are in
 * regular expression literals and comments, where \uXXXX (each UTF-16 unit) means the same. A text of one
 * byte a character reads faster and is half the size in memory, as V8 keeps it.
 */
const ascii = (text: string): string => text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** dist/app.cjs's first line carries the build's id, which its code cache must carry too (src/code-cache.ts). */
function withBuildId(text: string): string {
  const rest = ascii(text.slice(text.indexOf('\n')));
  return `${BUILD_LINE}${createHash('sha256').update(rest).digest('hex').slice(0, BUILD_ID_LENGTH)}${rest}`;
}

/** The names of the values src/index.ts exports (its types are in dist/index.d.ts). */
async function libraryExports(root: string): Promise<string[]> {
  const result = await build({ absWorkingDir: root, entryPoints: ['src/index.ts'], outdir: 'dist', format: 'esm', write: false, metafile: true, logLevel: 'warning' });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

/** The ES module entries: each runs dist/app.cjs through src/code-cache.ts (the library entry re-exports it). */
function writeEntries(root: string, names: string[]): void {
  const load = "import { createRequire } from 'node:module';\nconst { app } = createRequire(import.meta.url)('./load.cjs').loadApp();\n";
  writeFileSync(`${root}dist/server.js`, `// The CLI (src/server.ts), as dist/app.cjs holds it.\n${load}await app.runCli();\n`);
  // The same CLI as CommonJS, which the bin, \`npm start\` and the image run: Node starts it without its ES module
  // loader, about 5 ms sooner. A failure ends it with status 1, as an awaited one ends dist/server.js, whatever
  // --unhandled-rejections says.
  writeFileSync(`${root}dist/server.cjs`, `// The CLI (src/server.ts), as dist/app.cjs holds it.\n'use strict';\nrequire('./load.cjs').loadApp().app.runCli().catch((error) => {\n  console.error(error);\n  process.exit(1);\n});\n`);
  writeFileSync(`${root}dist/index.js`, `// The library (src/index.ts), as dist/app.cjs holds it.\n${load}${names.map((name) => `export const ${name} = app.${name};\n`).join('')}`);
}

export async function bundle(root: string): Promise<void> {
  const app = await build({
    absWorkingDir: root,
    entryPoints: { app: 'src/entry.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A CommonJS script has no import.meta.
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: ['scripts/build/import-meta-url.ts'],
    banner: { js: `${BUILD_LINE}${'0'.repeat(BUILD_ID_LENGTH)}` },
    sourcemap: true,
    sourcesContent: false,
    write: false,
    logLevel: 'warning',
    plugins: [requireVendored, lazyForWebsocket, lazyBuiltins, vendoredForDependencies(root)],
  });
  mkdirSync(`${root}dist`, { recursive: true });
  for (const file of app.outputFiles) writeFileSync(file.path, file.path.endsWith('.cjs') ? withBuildId(file.text) : file.contents);
  await build({
    absWorkingDir: root,
    entryPoints: { load: 'src/code-cache.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  writeEntries(root, await libraryExports(root));
  // Each module loaded on first use, as one CommonJS file of its own (dist/ needs no node_modules), with
  // the build's id (of its own text) for its code cache, as dist/app.cjs.
  const vendor = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries([...lazyModules(root), ...REQUIRED_LATER_BY_DEPENDENCIES, ...LAZY_FOR_WEBSOCKET].map((name) => [vendored(name), entryOf(root, name)])),
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: `${BUILD_LINE}${'0'.repeat(BUILD_ID_LENGTH)}` },
    write: false,
    logLevel: 'warning',
  });
  for (const file of vendor.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, withBuildId(file.text));
  }
}
