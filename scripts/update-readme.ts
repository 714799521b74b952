// Rewrites the generated sections of README.md (see scripts/readme.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { README_PATH, renderReadme } from './readme.js';

const before = readFileSync(README_PATH, 'utf8');
const after = await renderReadme(before);
writeFileSync(README_PATH, after);
console.log(before === after ? 'README.md is up to date' : 'README.md updated');
