// Browser tests of the inspector: a server on 127.0.0.1 (port 0) with the app at hand, and the page opened
// in a fresh context of the shared Chromium (clipboard allowed), both closed by the test's teardown.
import type { Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { buildApp, type AppOptions } from '../../../src/app.js';
import { CHROMIUM, chromiumInstalled, sharedBrowser } from './browser.js';
import { skipWithout } from '../prerequisite.js';

/**
 * Why the browser tests cannot run here (no Chromium), or undefined. In CI a missing browser is a failure,
 * not a skip: .ci/run installs it.
 */
export function browserSkip(): string | undefined {
  if (chromiumInstalled()) return undefined;
  return skipWithout(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`) || undefined;
}

export async function serve(t: Test, options: AppOptions = {}): Promise<{ app: FastifyInstance; url: string }> {
  const app = buildApp({ logLevel: 'silent', ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  return { app, url };
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** Runs in the page before its own scripts (a measurement to install, say). */
  init?: () => void;
  /** The page address's query (`?token=…`). */
  query?: string;
}

export async function openInspector(t: Test, url: string, options: PageOptions = {}): Promise<Page> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  t.teardown(() => context.close());
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  page.on('pageerror', (error) => t.fail(`page error: ${error.message}`));
  await page.goto(`${url}/__mock/ui${options.query ?? ''}`);
  await page.locator('#count', { hasText: 'requests' }).waitFor();
  return page;
}
