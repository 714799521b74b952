// Which request of a packet Node's parser refused: the one being parsed at the error's offset.
import type { IncomingMessage } from 'node:http';
import t from 'tap';
import { failingRequestPath } from '../../../src/http/refusals/failing-request.js';

/** The packet and the offset of `|` in it (where the parser stopped). */
function at(marked: string): { packet: Buffer; bytesParsed: number } {
  return { packet: Buffer.from(marked.replace('|', ''), 'latin1'), bytesParsed: marked.indexOf('|') };
}

const done = (headers: Record<string, string> = {}) => ({ incoming: { url: '/__mock/stats', complete: true, headers } as unknown as IncomingMessage });

t.test('the request line of the request being parsed, not the first of the packet', async (t) => {
  t.equal(failingRequestPath(at('POST /api/v1/responses?x=1 HTTP/1.1\r\nContent-Length: z|z\r\n\r\n')), '/api/v1/responses?x=1', 'alone');
  t.equal(failingRequestPath({ ...at('GET /__mock/stats HTTP/1.1\r\n\r\nPOST /api/v1/responses HTTP/1.1\r\nContent-Length: z|z\r\n\r\n'), parser: done() }), '/api/v1/responses', 'after a request without body');
  t.equal(failingRequestPath({ ...at('POST /__mock/x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /v1/models HTTP/1.1\r\nX: |\u0000\r\n\r\n'), parser: done({ 'content-length': '3' }) }), '/v1/models', 'past the body before it');
  t.equal(failingRequestPath(at('GET /v1/models HTTP/9|.1\r\n\r\n')), '/v1/models', 'a bad version: the target is read');
});

t.test('no request line of its own: undefined (OpenAI envelope)', async (t) => {
  t.equal(failingRequestPath({ ...at('GET /__mock/stats HTTP/1.1\r\n\r\nG|ARBAGE\r\n\r\n'), parser: done() }), undefined, 'garbage after a request');
  t.equal(failingRequestPath({ ...at('POST /__mock/x HTTP/1.1\r\nContent-Length: 9\r\n\r\n{\r\n\r\n}\r\n\r\nG|ARBAGE'), parser: done({ 'content-length': '9' }) }), undefined, 'a blank line inside the body before it');
  t.equal(failingRequestPath(at('x-big: aaaaaaa|aaa')), undefined, 'a head begun in an earlier packet');
  t.equal(failingRequestPath({}), undefined, 'no packet (a timeout)');
});

t.test('a bad body: the request whose headers were read', async (t) => {
  const incoming = { url: '/api/v1/responses', complete: false, headers: {} } as unknown as IncomingMessage;
  t.equal(failingRequestPath({ ...at('GET /__mock/stats HTTP/1.1\r\n\r\nPOST /api/v1/responses HTTP/1.1\r\n\r\nZ|Z\r\n'), parser: { incoming } }), '/api/v1/responses');
});
