// How the benchmarks start @copilotkit/aimock, the peer measured beside us: its `llmock` CLI (plain node:http,
// no config file) with aimock/fixtures.json, which answers POST /v1/responses carrying a `get_weather` tool
// with a call to it. aimock matches `toolName` when any tool of the request has that name, first fixture wins.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_NAMES } from './workload.js';

const require = createRequire(import.meta.url);

/** The fixture file (JSON: `{ fixtures: [{ match, response }] }`). */
export const AIMOCK_FIXTURES = fileURLToPath(new URL('aimock/fixtures.json', import.meta.url));

/** `node <this> [args]` starts aimock on 127.0.0.1:port, silent, with a fixture file (AIMOCK_FIXTURES by default). */
export function aimockArgs(port: number, fixtures: string = AIMOCK_FIXTURES): string[] {
  // The package exports no ./package.json: find it from its main entry (…/dist/index.cjs).
  const cli = join(dirname(require.resolve('@copilotkit/aimock')), 'cli.js');
  return [cli, '--port', String(port), '--host', '127.0.0.1', '--fixtures', fixtures, '--log-level', 'silent'];
}

/** Fixtures answering the throughput workload: a call to each of its tools, first offered tool first. */
export function aimockFixtures(): { fixtures: unknown[] } {
  return {
    fixtures: [
      ...TOOL_NAMES.map((name) => ({ match: { toolName: name }, response: { toolCalls: [{ name, arguments: { value: 'x' } }] } })),
      { match: {}, response: { content: 'A short answer.' } },
    ],
  };
}
