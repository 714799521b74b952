// Injected into dist/app.cjs (scripts/build/bundle.ts): import.meta.url for src/ as a CommonJS script, which
// finds package.json, fixtures/ and ui/ from its own path.
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
