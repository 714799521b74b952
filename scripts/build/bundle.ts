// Build step: bundles the CLI entry (src/server.ts) with its dependencies into one ES module, dist/server.js,
// which the bin, `npm start` and the image run. Node 20 spends most of a start-up resolving and reading the
// few hundred files of fastify, TypeBox, yaml and ours; one file starts in a fraction of that. The library
// entry (dist/index.js) stays tsc's unbundled output.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/server.ts'],
  // At dist/'s top level like tsc's output, so that `new URL('../…', import.meta.url)` (package.json, the
  // shipped fixtures) resolves the same from the bundle as from dist/*.js.
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies call require() for Node's built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
