// Requests that ask for an upgrade the server does not make: a POST with `Upgrade: h2c` (as curl --http2 writes
// it over http://) or `Upgrade: websocket`, and a request without Host that asks for one. Node hands such requests
// over unparsed; each is a JSON 400 naming what is wrong, and its connection is closed, not left open.
import { connect } from 'node:net';
import t from 'tap';
import { testApp } from '../../helpers/app.js';

/** Everything the server writes for these bytes until it closes the connection, or what came within `waitMs`. */
function untilClosed(port: number, bytes: string, waitMs: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, waitMs);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

const BODY = '{"model":"gpt-4o-mini","input":"hi"}';
const H2C = 'Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n';
const WEBSOCKET = 'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

t.test('an upgrade asked of a POST is a JSON 400 naming upgrade, and the connection closes', async (t) => {
  const app = testApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const { port } = app.server.address() as { port: number };
  const cases = [
    { name: 'POST /v1/responses, h2c', path: '/v1/responses', headers: H2C, body: BODY, param: /"param":"upgrade"/ },
    { name: 'POST /v1/responses, websocket', path: '/v1/responses', headers: WEBSOCKET, body: BODY, param: /"param":"upgrade"/ },
    { name: 'POST /api/v1/responses, h2c', path: '/api/v1/responses', headers: H2C, body: BODY, param: /Invalid 'upgrade' header/ },
    { name: 'POST /__mock/reset, h2c', path: '/__mock/reset', headers: H2C, body: '', param: /"code":"admin_bad_request","message":"Invalid 'upgrade' header/ },
  ];
  for (const { name, path, headers, body, param } of cases) {
    const bytes = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const answer = await untilClosed(port, bytes, 3_000);
    // It was 'The request body does not match its content-length', the body being left unread.
    t.match(answer.text, /^HTTP\/1\.1 400 /, `${name}: 400`);
    t.match(answer.text, param, `${name}: names the upgrade`);
    t.ok(answer.closed, `${name}: the connection is closed`);
  }
  const noHost = await untilClosed(port, `GET /v1/responses HTTP/1.1\r\n${WEBSOCKET}\r\n`, 3_000);
  t.match(noHost.text, /^HTTP\/1\.1 400 [^]*"param":"host"/, 'a handshake without Host: 400 naming host');
  t.ok(noHost.closed, 'a handshake without Host: the connection is closed');
  const health = await untilClosed(port, `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n${H2C}\r\n`, 3_000);
  t.match(health.text, /^HTTP\/1\.1 200 [^]*"status":"ok"/, 'a GET asking for h2c is answered in HTTP/1.1');
  t.ok(health.closed, 'and its connection closed');
});
