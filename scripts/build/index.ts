// `npm run build`: dist/ from scratch, in three steps. The validators (Ajv standalone code, generated into
// src/generated/), the JavaScript (esbuild: the CLI and the library entry with their dependencies bundled in),
// and the type declarations (tsc, which also type-checks src/). `npm test` runs the first two, then the
// declarations beside the tests (scripts/test/index.ts): the tests need only the JavaScript.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.js';
import { writeValidatorModules } from './validators.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The command that writes dist/'s type declarations. */
export const DECLARATIONS = [process.execPath, require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'];

/** dist/ from scratch without its type declarations. */
export async function buildJavaScript(): Promise<void> {
  rmSync(`${ROOT}dist`, { recursive: true, force: true });
  writeValidatorModules();
  await bundle(ROOT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildJavaScript();
  const tsc = spawnSync(DECLARATIONS[0]!, DECLARATIONS.slice(1), { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
