// What the WebSocket server (ws) would refuse in an upgrade request, checked before it does, so that the refusal
// is a JSON error in the path's envelope with the API's headers (ws writes a bare text/html answer): an Upgrade
// that is not websocket, a missing or malformed Sec-WebSocket-Key, a version other than 13 (or 8).
import type { IncomingHttpHeaders } from 'node:http';
import type { MockError } from '../../domain/types.js';

/** 16 bytes in base64 (RFC 6455), as ws checks it. */
const KEY = /^[+/0-9A-Za-z]{22}==$/;

export function handshakeProblem(headers: IncomingHttpHeaders): MockError | undefined {
  const { upgrade } = headers;
  if (upgrade === undefined || upgrade.toLowerCase() !== 'websocket') {
    return { code: 'malformed_http', message: "Invalid 'upgrade' header: a WebSocket handshake sends 'Upgrade: websocket'.", param: 'upgrade' };
  }
  const key = headers['sec-websocket-key'];
  if (typeof key !== 'string' || !KEY.test(key)) {
    return { code: 'malformed_http', message: "Missing or invalid 'sec-websocket-key' header: expected 16 random bytes in base64 (RFC 6455).", param: 'sec-websocket-key' };
  }
  const version = Number(headers['sec-websocket-version']);
  if (version !== 13 && version !== 8) {
    return {
      code: 'malformed_http',
      message: "Missing or invalid 'sec-websocket-version' header: the supported versions are 13 and 8.",
      param: 'sec-websocket-version',
      headers: { 'sec-websocket-version': '13, 8' },
    };
  }
  return undefined;
}
