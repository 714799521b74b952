// A real server on 127.0.0.1, port 0, for tests where the wire matters; closed by the test's teardown.
import type { Test } from 'tap';
import type { AppOptions } from '../../src/app.js';
import { buildApp } from '../../src/app.js';

export interface Listening {
  url: string;
  openrouterBaseURL: string;
  openaiBaseURL: string;
}

export async function listen(t: Test, options: AppOptions = {}): Promise<Listening> {
  const app = buildApp({ logLevel: 'silent', ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  return { url, openrouterBaseURL: `${url}/api/v1`, openaiBaseURL: `${url}/v1` };
}
