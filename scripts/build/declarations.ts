// Build step: dist/'s type declarations, written by tsc (which also type-checks src/: tsconfig.build.json's
// project, which tsconfig.json's check of the other folders reads through these declarations). tsc works
// incrementally, keeping its state beside its output in node_modules/.cache/ (a fresh clone has neither and
// compiles everything); the declarations of today's src/ files are then copied into dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'node_modules/.cache/responses-mock/declarations');
const require = createRequire(import.meta.url);

/** Writes dist/'s `.d.ts` files; false (with tsc's errors on stderr) if src/ does not type-check. */
export function writeDeclarations(): boolean {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) return false;
  // Only those of files src/ has now: the folder may still hold the output of a file since removed.
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => /(?<!\.d)\.ts$/.test(name));
  for (const name of sources) {
    const declaration = name.replace(/\.ts$/, '.d.ts');
    mkdirSync(dirname(join(ROOT, 'dist', declaration)), { recursive: true });
    copyFileSync(join(OUT, declaration), join(ROOT, 'dist', declaration));
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !writeDeclarations()) process.exitCode = 1;
