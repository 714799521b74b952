// Requests that carry no body where none is expected pass, whatever content type they announce: the Python
// openai SDK and OpenAI's own curl example send `content-type: application/json` and an empty body on DELETE.
// A body that is there and wrong is still refused, in each API's own error shape.
import t from 'tap';
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { listen } from '../../../helpers/server.js';

const JSON_TYPE = { 'content-type': 'application/json' };

async function storedResponse(app: FastifyInstance): Promise<string> {
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Say hi' } });
  return created.body.id as string;
}

t.test('GET and DELETE on the API paths take an empty body of any content type', async (t) => {
  const app = testApp();
  for (const headers of [JSON_TYPE, { 'content-type': 'text/plain' }, { 'content-type': 'application/json; charset=utf-8' }]) {
    const id = await storedResponse(app);
    const empty = { headers, payload: '' };
    t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}`, ...empty })).statusCode, 200, `GET ${headers['content-type']}`);
    t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}/input_items`, ...empty })).statusCode, 200, `GET input_items ${headers['content-type']}`);
    const deleted = await app.inject({ method: 'DELETE', url: `/v1/responses/${id}`, ...empty });
    t.equal(deleted.statusCode, 200, `DELETE ${headers['content-type']}`);
    t.same(deleted.json(), { id, object: 'response.deleted', deleted: true });
    const again = await app.inject({ method: 'DELETE', url: `/v1/responses/${id}`, ...empty });
    t.equal(again.statusCode, 404);
    t.match(again.json(), { error: { type: 'invalid_request_error', param: 'id', message: /not found/ } }, 'OpenAI envelope');
  }
  for (const url of ['/v1/models', '/api/v1/models', '/v1/models/gpt-4o-mini', '/health']) {
    t.equal((await app.inject({ method: 'GET', url, headers: JSON_TYPE, payload: '' })).statusCode, 200, url);
  }
});

t.test('a body that is there and wrong is refused in the provider envelope', async (t) => {
  const app = testApp();
  const id = await storedResponse(app);
  const badJson = await app.inject({ method: 'DELETE', url: `/v1/responses/${id}`, headers: JSON_TYPE, payload: '{"x":' });
  t.equal(badJson.statusCode, 400);
  t.match(badJson.json(), { error: { type: 'invalid_request_error', message: /could not parse the JSON body/ } });
  const otherType = await app.inject({ method: 'DELETE', url: `/v1/responses/${id}`, headers: { 'content-type': 'text/plain' }, payload: 'hello' });
  t.equal(otherType.statusCode, 415);
  t.match(otherType.json(), { error: { type: 'invalid_request_error', message: /application\/json/ } });
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}` })).statusCode, 200, 'nothing was deleted');
  const unknownRoute = await app.inject({ method: 'DELETE', url: '/v1/nothing-here', headers: JSON_TYPE, payload: '' });
  t.equal(unknownRoute.statusCode, 404);
  t.match(unknownRoute.json(), { error: { message: /Invalid URL \(DELETE \/v1\/nothing-here\)/ } });
  const openrouter = await app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: JSON_TYPE, payload: '' });
  t.match(openrouter.json(), { error: { code: 404, message: /Invalid URL/ } }, 'OpenRouter envelope');
});

t.test('the create route still needs its body', async (t) => {
  const app = testApp();
  const empty = await app.inject({ method: 'POST', url: OPENAI, headers: JSON_TYPE, payload: '' });
  t.equal(empty.statusCode, 400);
  t.match(empty.json(), { error: { message: /body is empty/ } });
});

t.test('admin routes without a body: reset, DELETE a scenario; errors in the admin shape', async (t) => {
  const app = testApp();
  const admin = (method: 'POST' | 'DELETE' | 'PUT' | 'GET', url: string, payload = '') =>
    app.inject({ method, url: `/__mock${url}`, headers: { host: 'localhost', ...JSON_TYPE }, payload });
  t.same((await admin('POST', '/reset')).json(), { reset: 'all sessions' });
  t.same((await admin('DELETE', '/scenarios/basic-tool-call')).json(), { name: 'basic-tool-call', deleted: true });
  t.same((await admin('GET', '/stats')).statusCode, 200);
  const octets = await app.inject({ method: 'DELETE', url: '/__mock/scenarios/forced-tool', headers: { host: 'localhost', 'content-type': 'application/octet-stream' }, payload: '' });
  t.equal(octets.statusCode, 200, 'any content type, empty');
  const missing = await admin('DELETE', '/scenarios/basic-tool-call');
  t.equal(missing.statusCode, 404);
  t.same(Object.keys(missing.json()), ['error']);
  t.match(missing.json(), { error: { code: 'admin_not_found', message: String } });
  const noBody = await admin('PUT', '/scenarios/x');
  t.equal(noBody.statusCode, 400, 'PUT needs its body');
  t.match(noBody.json(), { error: { code: 'admin_invalid_scenario', problems: Array } });
  const badJson = await admin('POST', '/reset', '{');
  t.match(badJson.json(), { error: { code: 'admin_bad_request' } });
});

t.test('over the wire: DELETE with content-type json and content-length 0, as the Python SDK sends it', async (t) => {
  const server = await listen(t);
  const created = await fetch(`${server.openaiBaseURL}/responses`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ model: 'gpt-4o-mini', input: 'hi' }) });
  const { id } = await created.json() as { id: string };
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${server.openaiBaseURL}/responses/${id}`, { method: 'DELETE', headers: { ...JSON_TYPE, 'content-length': '0' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
  t.equal(answer.status, 200, answer.body);
  t.same(JSON.parse(answer.body), { id, object: 'response.deleted', deleted: true });
});
