// Build step: the JavaScript of dist/, made by esbuild from src/ with the dependencies bundled in: the CLI
// entry (dist/server.js, which the bin, `npm start` and the image run) and the library entry (dist/index.js,
// startMockServer() and buildApp()), sharing chunks. Node 20 spends most of a start resolving, reading and
// linking modules: the few hundred files of fastify, TypeBox, ajv and ours load in a fraction of the time
// as a few files.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const LAZY_MODULES = /[\\/]src[\\/]lazy-modules\.ts$/;
const LAZY_REQUIRE = /require\('([^']+)'\)/g;
/** Where a package that src/lazy-modules.ts loads on first use lives in dist/: a CommonJS bundle of its own. */
const vendored = (name: string): string => `vendor/${name}`;

/** The packages src/lazy-modules.ts requires. */
function lazyPackages(root: string): string[] {
  const text = readFileSync(`${root}src/lazy-modules.ts`, 'utf8');
  return [...text.matchAll(LAZY_REQUIRE)].map((match) => match[1]!);
}

/** src/lazy-modules.ts requiring dist/vendor/ rather than node_modules: still loaded on first call only. */
const requireVendored: Plugin = {
  name: 'require-vendored',
  setup(plugin) {
    plugin.onLoad({ filter: LAZY_MODULES }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replace(LAZY_REQUIRE, (_all, name: string) => `require('./${vendored(name)}.cjs')`), loader: 'ts' };
    });
  },
};

export async function bundle(root: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/server.ts', 'src/index.ts'],
    outdir: 'dist',
    // Chunks at dist/'s top level too: `new URL('../…', import.meta.url)` (package.json, the shipped
    // fixtures) must resolve the same from every output file.
    chunkNames: '[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies call require() for Node's built-ins; an ES module has none of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [requireVendored],
  });
  // Each package loaded on first use, as one CommonJS file of its own (dist/ needs no node_modules).
  const resolve = createRequire(`${root}package.json`).resolve;
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(lazyPackages(root).map((name) => [vendored(name), resolve(name)])),
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}
