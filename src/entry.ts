// What dist/app.cjs holds (scripts/build/bundle.ts): the library's exports, and the CLI, which runs only when
// dist/server.js asks for it (src/server.ts runs on load).
export * from './index.js';

/** Runs the CLI: reads process.argv and the environment, and listens (or answers --help, --version, …). */
export const runCli = (): Promise<unknown> => import('./server.js');
