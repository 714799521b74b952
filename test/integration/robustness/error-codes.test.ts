// The README's error tables come from the wire: every code of the catalog has a request that causes it (or is
// a bug no request should cause), and each such request is answered with that very code — the server's log
// says which — with the catalog's status, in the path's own envelope.
import t from 'tap';
import { ERROR_CATALOG, type ErrorCode } from '../../../src/errors.js';
import { errorTriggers, ON_A_SOCKET, UNTRIGGERABLE } from '../../../scripts/readme/error-triggers.js';
import { wireAnswers } from '../../../scripts/readme/error-tables.js';

t.test('every code is caused by a request, on the paths that answer it', async (t) => {
  const covered = new Set(errorTriggers().map((trigger) => trigger.code));
  for (const code of Object.keys(ERROR_CATALOG) as ErrorCode[]) t.ok(covered.has(code) || UNTRIGGERABLE.has(code) || ON_A_SOCKET.has(code), `${code} has a trigger`);
  const answers = await wireAnswers();
  for (const answer of answers) {
    const { code, path } = answer.trigger;
    const name = `${code} on ${path}`;
    t.equal(answer.status, ERROR_CATALOG[code].status, `${name}: status`);
    t.ok(answer.message.length > 0, `${name}: a message`);
    if (path === 'admin') t.equal(answer.wireCode, code, `${name}: the admin API sends the code itself`);
    else if (answer.trigger.request.method === 'POST' && code !== 'unsupported_media_type' && code !== 'unsupported_content_encoding' && code !== 'body_too_large' && code !== 'upstream_failed') t.equal(answer.logged, code, `${name}: the log names the code`);
    if (path === 'openrouter') t.ok(answer.wireCode === 'invalid_prompt' || answer.wireCode === answer.status, `${name}: OpenRouter's code is invalid_prompt or the status`);
    if (path === 'openai') t.ok(answer.wireCode === null || typeof answer.wireCode === 'string', `${name}: OpenAI's code is a string or null`);
  }
});
