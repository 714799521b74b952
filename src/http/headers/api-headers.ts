// Which headers an answer on an emulated API path carries, whatever gives it (a route, a check before the routes,
// the router, Node's HTTP parser, the WebSocket handshake): CORS as OpenRouter and OpenAI answer it, and on
// OpenAI's path an `x-request-id` (req_ + 32 hex, one per answer), as the real one sends. Never on /__mock.

export interface ApiPaths {
  /** The emulated APIs' path prefixes (`/api/v1`, `/v1`). */
  prefixes: readonly string[];
  /** The prefix whose answers carry an x-request-id (OpenAI's). */
  identified: string;
  /** The next x-request-id (deps.ts: a sequence from the server's seed when it has one). */
  nextId(): string;
}

export const CORS_ORIGIN = 'access-control-allow-origin';
export const CORS_EXPOSE = 'access-control-expose-headers';
export const REQUEST_ID = 'x-request-id';

/** Whether a request target is on a path: the prefix itself, below it, or it with a query (`/v1`, `/v1/…`, `/v1?…`). */
export function onPath(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  const next = url.charCodeAt(prefix.length);
  // NaN: the target is the prefix itself; 47 '/', 63 '?'.
  return Number.isNaN(next) || next === 47 || next === 63;
}

/**
 * The headers of an answer written outside a route (the router's refusals, the parser's, the handshake's): none
 * off the API paths or when the path is not known, else CORS and, on OpenAI's path, a fresh request id.
 */
export function apiHeadersFor(paths: ApiPaths, url: string | undefined): Record<string, string> {
  if (url === undefined || !paths.prefixes.some((prefix) => onPath(url, prefix))) return {};
  const headers: Record<string, string> = { [CORS_ORIGIN]: '*', [CORS_EXPOSE]: '*' };
  if (onPath(url, paths.identified)) headers[REQUEST_ID] = paths.nextId();
  return headers;
}
