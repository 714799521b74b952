// Headers naming the account a key belongs to (the Codex CLI's chatgpt-account-id when signed in with ChatGPT,
// OpenAI's organization and project) go on to the service unchanged, but are kept out of recordings and the
// journal as credentials are: written as [redacted], their values cut wherever the service echoed them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { recordingDir, scenariosIn, send, startRecorder, startTiny } from '../../../helpers/recording.js';

const ACCOUNT = {
  'chatgpt-account-id': 'f1e2d3c4-b5a6-4789-9abc-account000001',
  'x-openai-account-id': 'f1e2d3c4-b5a6-4789-9abc-account000002',
  'openai-organization': 'org-account-organization-000003',
  'openai-project': 'proj_account_project_000004',
};
/** A masked value keeps at most its last four characters: the rest must appear nowhere. */
const cores = Object.values(ACCOUNT).map((value) => value.slice(0, -4));

t.test('account headers reach the service but not the recording or the journal', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    const echoed = `account ${String(req.headers['chatgpt-account-id'])} in ${String(req.headers['openai-project'])}`;
    if (req.body.includes('refuse me')) {
      // OpenAI names the organization and project in its answer's headers too.
      res.writeHead(429, { 'content-type': 'application/json', 'openai-organization': ACCOUNT['openai-organization'], 'openai-project': ACCOUNT['openai-project'], 'x-request-id': 'req_9' });
      return void res.end(JSON.stringify({ error: { message: `Rate limit reached for ${echoed}`, type: 'rate_limit', param: null, code: null } }));
    }
    res.writeHead(200, { 'content-type': 'application/json', 'openai-organization': ACCOUNT['openai-organization'] });
    res.end(JSON.stringify({
      id: 'resp_acct', object: 'response', created_at: 1760000000, status: 'completed', model: 'gpt-4o-2024-08-06', error: null, incomplete_details: null,
      output: [{ id: 'msg_acct', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: echoed, annotations: [] }] }],
      usage: null, metadata: { account: ACCOUNT['x-openai-account-id'] },
    }));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const headers = { authorization: 'Bearer chatgpt-oauth-access-token-0000', ...ACCOUNT, 'x-mock-session': 'codex' };
  const answered = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'hello', store: false }, headers });
  t.equal(answered.status, 200);
  t.match(answered.text, ACCOUNT['chatgpt-account-id'], 'the client gets the answer as the service sent it');
  const refused = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'refuse me', store: false }, headers });
  t.equal(refused.status, 429);
  for (const [name, value] of Object.entries(ACCOUNT)) t.equal(tiny.received[0]!.headers[name], value, `${name} went to the service unchanged`);

  const journal = await (await fetch(`${recorder.url}/__mock/requests?session=codex`)).text();
  t.same(cores.filter((core) => journal.includes(core)), [], 'the journal holds none of them');
  t.match(journal, /openai-project/, 'the journal keeps the header, masked');
  await recorder.close();
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    t.same(cores.filter((core) => text.includes(core)), [], `${file} holds none of them`);
  }
  const [first, second] = scenariosIn(dir).get('codex')!.rules;
  t.match(first!.respond.replay, { request: { headers: { 'chatgpt-account-id': '[redacted]', 'x-openai-account-id': '[redacted]', 'openai-organization': '[redacted]', 'openai-project': '[redacted]' } }, body: { metadata: { account: '[redacted]' } } });
  t.match(second!.respond.replay, { status: 429, headers: { 'x-request-id': 'req_9' }, body: { error: { message: 'Rate limit reached for account [redacted] in [redacted]' } } });
  t.notOk('openai-organization' in (second!.respond.replay!.headers ?? {}), "the service's organization header is not kept");
});
