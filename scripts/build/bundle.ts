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

/** Packages that only a dependency requires, on first use: Fastify's light-my-request, for inject() (tests). */
const REQUIRED_LATER_BY_DEPENDENCIES = ['light-my-request'];

/**
 * A package of dist/vendor/ required by a dependency (Fastify requires its default compilers when an app
 * brings none, ours always does; light-my-request on the first inject()) is that file too, rather than
 * code parsed at every start.
 */
function vendoredForDependencies(root: string): Plugin {
  const packages = new Set([...lazyModules(root).filter((name) => !name.startsWith('./')), ...REQUIRED_LATER_BY_DEPENDENCIES]);
  return {
    name: 'vendored-for-dependencies',
    setup(plugin) {
      plugin.onResolve({ filter: /^[@a-z]/ }, (args) =>
        (packages.has(args.path) && args.kind === 'require-call' ? { path: `./${vendored(args.path)}.cjs`, external: true } : undefined));
    },
  };
}

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
    plugins: [requireVendored, vendoredForDependencies(root)],
  });
  // Each module loaded on first use, as one CommonJS file of its own (dist/ needs no node_modules).
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries([...lazyModules(root), ...REQUIRED_LATER_BY_DEPENDENCIES].map((name) => [vendored(name), entryOf(root, name)])),
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}
