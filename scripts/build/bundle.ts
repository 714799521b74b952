// Build step: the JavaScript of dist/, made by esbuild from src/ with the dependencies bundled in: the CLI
// entry (dist/server.js, which the bin, `npm start` and the image run) and the library entry (dist/index.js,
// startMockServer() and buildApp()), sharing chunks. Node 20 spends most of a start resolving, reading and
// linking modules: the few hundred files of fastify, TypeBox, ajv and ours load in a fraction of the time
// as a few files.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';

const LAZY_MODULES = /[\\/]src[\\/]lazy-modules\.ts$/;
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);';

/** src/lazy-modules.ts without its own require: esbuild then bundles what it requires, run on first call. */
const bundleLazyModules: Plugin = {
  name: 'bundle-lazy-modules',
  setup(plugin) {
    plugin.onLoad({ filter: LAZY_MODULES }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(OWN_REQUIRE)) throw new Error(`${args.path}: expected the line ${OWN_REQUIRE}`);
      return { contents: text.replace(OWN_REQUIRE, ''), loader: 'ts' };
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
    plugins: [bundleLazyModules],
  });
}
