// What the WebSocket server (ws) would refuse in an upgrade request, checked before it does, so that the refusal
// is a JSON error in the path's envelope with the API's headers (ws writes a bare text/html answer): an Upgrade
// that is not websocket, a missing or malformed Sec-WebSocket-Key, a version other than 13 (or 8), a
// Sec-WebSocket-Protocol that is not a list of distinct names.
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
  const protocols = headers['sec-websocket-protocol'];
  if (protocols !== undefined && !protocolList(protocols)) {
    return {
      code: 'malformed_http',
      message: "Invalid 'sec-websocket-protocol' header: expected subprotocol names (letters, digits and !#$%&'*+-.^_`|~), distinct, separated by commas.",
      param: 'sec-websocket-protocol',
    };
  }
  return undefined;
}

/** Whether the header is a list of distinct tokens separated by commas, with blanks around them (as ws parses it). */
function protocolList(header: string): boolean {
  const names = new Set<string>();
  for (const part of header.split(',')) {
    let start = 0;
    let end = part.length;
    while (start < end && isBlank(part.charCodeAt(start))) start += 1;
    while (end > start && isBlank(part.charCodeAt(end - 1))) end -= 1;
    const name = part.slice(start, end);
    if (name === '' || names.has(name)) return false;
    for (let at = 0; at < name.length; at += 1) if (!TOKEN_CHARS.includes(name[at]!)) return false;
    names.add(name);
  }
  return true;
}

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09;
/** The characters of an HTTP token (RFC 9110 tchar). */
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
