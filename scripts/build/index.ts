// `npm run build`: dist/ from scratch, in three steps. The validators (Ajv standalone code, generated into
// src/generated/), the type declarations (tsc, which also type-checks src/), and the JavaScript (esbuild:
// the CLI and the library entry with their dependencies bundled in).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.js';
import { writeValidatorModules } from './validators.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

rmSync(`${ROOT}dist`, { recursive: true, force: true });
writeValidatorModules();
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
await bundle(ROOT);
