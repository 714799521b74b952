// What an API key looks like in text that names no credential (an echoed message, a query value, a metadata
// key): a recording cuts it from everything it writes and keeps, and the journal and the logs from a path.
import { REDACTED } from './own-credentials.js';

/** OpenAI (`sk-…`, `sk-proj-…`), OpenRouter (`sk-or-v1-…`), Anthropic (`sk-ant-…`) keys, not inside a base64 blob; bearer tokens. */
export const KEY_SHAPED = /(?<![\w-])sk-[A-Za-z0-9_-]{16,}|\b[Bb]earer\s+[A-Za-z0-9._~+/-]{16,}=*/g;

/** What every match of KEY_SHAPED begins with. */
export const KEY_HEADS: readonly string[] = ['sk-', 'Bearer', 'bearer'];

/** `text` with everything shaped like a key replaced by `[redacted]`. */
export function cutKeyShaped(text: string): string {
  return text.replace(KEY_SHAPED, REDACTED);
}
