// GET /__mock/ui: the inspector, a page served from the package's ui/ folder (plain HTML, CSS and JS modules:
// no build step, no CDN). Registered in the admin scope, behind the same Host check and token; a token given
// as `?token=` is swapped for an HttpOnly, SameSite=Strict cookie and the address cleaned of it. /__mock,
// /__mock/ and /__mock/ui/ lead to it, with the token when their address has one.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { hostAllowed, INSPECTOR_COOKIE, inspectorCookie } from '../http/headers/admin-guard.js';
import { INSPECTOR_UI } from '../runtime.js';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
]);

/** Nothing but the page's own files runs or loads; request data is never markup (the page sets text only). */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

interface Asset {
  type: string;
  body: Buffer;
}

/** The page's files, read once on first use (a few tens of kilobytes), by name. */
let assets: Map<string, Asset> | undefined;

function loadAssets(): Map<string, Asset> {
  if (assets) return assets;
  assets = new Map();
  for (const name of readdirSync(INSPECTOR_UI)) {
    const type = TYPES.get(extname(name));
    if (type && /^[a-z][a-z0-9-]*\.[a-z]+$/.test(name)) assets.set(name, { type, body: readFileSync(join(INSPECTOR_UI, name)) });
  }
  return assets;
}

function sendAsset(reply: FastifyReply, asset: Asset): FastifyReply {
  return reply.headers(SECURITY_HEADERS).type(asset.type).send(asset.body);
}

/** The admin root and trailing slashes, as people and browsers type them. */
const SHORT_FORMS = ['/__mock', '/__mock/', '/__mock/ui/'];

/**
 * A short form with `?token=` goes on to the page's address with the token, before the guard (which takes a
 * token in the address of the page only): there the guard checks it and the page swaps it for the cookie, as
 * if the page had been opened so. A Host the admin API refuses is left to the guard, so it learns nothing.
 * Added to the admin scope before the guard.
 */
export function shortFormsWithToken(admin: FastifyInstance, args: { token: string | undefined; allowedHosts: readonly string[] }): void {
  if (args.token === undefined) return;
  admin.addHook('onRequest', async (request, reply) => {
    const token = (request.query as Record<string, unknown> | undefined)?.token;
    if (request.method !== 'GET' || typeof token !== 'string' || !SHORT_FORMS.includes(request.url.split('?')[0]!)) return;
    if (!hostAllowed(request.headers.host, { allowed: args.allowedHosts })) return;
    return reply.redirect(`/__mock/ui?token=${encodeURIComponent(token)}`, 302);
  });
}

export function uiRoutes(admin: FastifyInstance, args: { token: string | undefined }): void {
  admin.get('/ui', (request, reply) => {
    const query = request.query as Record<string, unknown>;
    if (args.token !== undefined && typeof query.token === 'string') {
      // The guard has checked the token: the browser keeps a cookie standing for it, and the address bar,
      // history and later logs do not keep the token.
      reply.header('set-cookie', `${INSPECTOR_COOKIE}=${inspectorCookie(args.token)}; Path=/__mock; HttpOnly; SameSite=Strict`);
      return reply.headers(SECURITY_HEADERS).redirect('/__mock/ui', 303);
    }
    return sendAsset(reply, loadAssets().get('index.html')!);
  });
  // The admin root and a trailing slash, as people and browsers type them: the page (after the same guard).
  for (const path of ['/', '/ui/']) admin.get(path, (_request, reply) => reply.redirect('/__mock/ui', 302));
  admin.get('/ui/:file', (request, reply) => {
    const asset = loadAssets().get((request.params as { file: string }).file);
    if (!asset) return reply.callNotFound();
    return sendAsset(reply, asset);
  });
}
