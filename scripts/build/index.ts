// `npm run build`: dist/ from scratch, in three steps. The validators (Ajv standalone code, generated into
// src/generated/), the JavaScript (esbuild: the CLI and the library entry with their dependencies bundled in),
// and the type declarations (tsc, which also type-checks src/: declarations.ts). `npm test` runs the first
// two, then the declarations beside the tests (scripts/test/index.ts): the tests need only the JavaScript.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.js';
import { writeCodeCache } from './code-cache.js';
import { writeDeclarations } from './declarations.js';
import { writeValidatorModules } from './validators.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** dist/ from scratch without its type declarations. */
export async function buildJavaScript(): Promise<void> {
  rmSync(`${ROOT}dist`, { recursive: true, force: true });
  writeValidatorModules();
  await bundle(ROOT);
  writeCodeCache(ROOT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildJavaScript();
  if (!writeDeclarations()) process.exitCode = 1;
}
