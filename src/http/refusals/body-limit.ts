// The words of a 413: how large a body may be and which setting raises that, so a client that hit the limit
// knows what to change without reading the docs. The names are config's (src/config/config.ts, `body-limit`).

/** The flag and the environment variable that set the largest request body. */
export const BODY_LIMIT_SETTING = { flag: '--body-limit', env: 'RESPONSES_MOCK_BODY_LIMIT' } as const;

/** `Request body is too large: …` naming the limit in bytes and how to raise it. */
export function bodyTooLargeMessage(limit: number | undefined): string {
  const size = limit === undefined ? 'the body limit' : `the body limit of ${limit} bytes`;
  return `Request body is too large: it exceeds ${size}. Raise it with ${BODY_LIMIT_SETTING.flag} or ${BODY_LIMIT_SETTING.env}.`;
}
