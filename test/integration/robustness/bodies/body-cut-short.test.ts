// A client that ends its connection mid-body (half-closing it, or resetting it): the answer written, the log line
// and the journal entry tell it the same way, `400 malformed_http` with the same message, whichever of Node's
// parser and the body reader notices first. Over a raw socket on a real port.
import { connect } from 'node:net';
import t from 'tap';
import { buildApp } from '../../../../src/app.js';

const HEAD = 'POST /v1/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-mock-session: cut\r\n';
const CASES = [
  { name: 'content-length', head: `${HEAD}Content-Length: 100\r\n\r\n`, body: '{"model":', declared: 'its content-length is 100' },
  { name: 'chunked', head: `${HEAD}Transfer-Encoding: chunked\r\n\r\n`, body: '9\r\n{"model":\r\n', declared: 'its last chunk never came' },
];

for (const { name, head, body, declared } of CASES) {
  for (const leave of ['end', 'destroy'] as const) {
    t.test(`${name}, the client ${leave === 'end' ? 'half-closes' : 'resets'} mid-body: one description everywhere`, async (t) => {
      const lines: string[] = [];
      const app = buildApp({ seed: 7, fixtures: false, logger: true, logLevel: 'info', logFormat: 'json', logStream: { write: (line: string) => void lines.push(line) } });
      t.teardown(() => app.close());
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(head + body);
          // Once the head is routed and the body is being read.
          setTimeout(() => (leave === 'end' ? socket.end() : socket.destroy()), 100);
        });
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.on('error', () => {});
        socket.on('close', () => resolve(text));
      });
      const message = `The connection ended before the request body was complete (${declared}); the connection is closed.`;
      // Both sides have noticed by the time the journal is read: wait for the entry to settle on its status.
      let entry = app.mock.sessions.peek('cut')?.journal.list()[0];
      for (let tries = 0; tries < 50 && (entry?.status ?? null) === null; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        entry = app.mock.sessions.peek('cut')?.journal.list()[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      t.equal(entry?.status, 400);
      t.same(entry?.error, { code: 'malformed_http', message, param: null }, 'the journal');
      const logged = lines.map((line) => JSON.parse(line) as { msg: string }).filter((line) => line.msg.startsWith('client error answered'));
      t.same(logged.map((line) => line.msg), ['client error answered: 400 malformed_http'], 'the log, once');
      if (leave === 'end') {
        t.match(answer, /^HTTP\/1\.1 400 /, 'a half-closed client still reads its answer');
        t.same(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)), JSON.parse(entry!.answer), 'the answer is the one journaled');
        t.match(JSON.parse(entry!.answer), { error: { message, type: 'invalid_request_error' } });
      }
    });
  }
}
