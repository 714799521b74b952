// Stream options: the x-mock-stream header (valid forms, every kind of invalid value) and the layering of
// server settings, scenario and header.
import t from 'tap';
import { parseConfig } from '../../../src/config/config.js';
import { readStreamHeader, resolveStreamOptions, serverStreamOptions } from '../../../src/streaming/options.js';

t.test('x-mock-stream: any subset of chunk, ttft and delay', async (t) => {
  t.same(readStreamHeader({}), { ok: true, value: undefined });
  t.same(readStreamHeader({ 'x-mock-stream': 'chunk=8; ttft=200; delay=20' }), { ok: true, value: { chunkSize: 8, ttftMs: 200, deltaDelayMs: 20 } });
  t.same(readStreamHeader({ 'x-mock-stream': 'ttft=0' }), { ok: true, value: { ttftMs: 0 } });
  t.same(readStreamHeader({ 'x-mock-stream': ' Delay = 5 ,chunk=1;' }), { ok: true, value: { deltaDelayMs: 5, chunkSize: 1 } });
  t.same(readStreamHeader({ 'x-mock-stream': ['chunk=2', 'ttft=3'] }), { ok: true, value: { chunkSize: 2, ttftMs: 3 } }, 'repeated headers combine');
});

t.test('x-mock-stream: invalid values are a 400 naming the header', async (t) => {
  const bad: Array<[string, RegExp]> = [
    ['', /it is empty/],
    ['fast', /unknown setting 'fast'/],
    ['speed=3', /unknown setting 'speed=3'/],
    ['constructor=1', /unknown setting/],
    ['chunk=-1', /'chunk' must be an integer from 0 to 1000000, got '-1'/],
    ['ttft=1.5', /'ttft' must be an integer/],
    ['delay=abc', /'delay' must be an integer/],
    ['ttft=600001', /from 0 to 600000/],
    ['delay=1;delay=2', /'delay' is given twice/],
  ];
  for (const [value, message] of bad) {
    const result = readStreamHeader({ 'x-mock-stream': value });
    t.equal(result.ok, false, value);
    if (result.ok) continue;
    t.equal(result.error.code, 'invalid_header');
    t.equal(result.error.param, 'x-mock-stream');
    t.match(result.error.message, /^Invalid 'x-mock-stream' header: /);
    t.match(result.error.message, message);
  }
});

t.test('layers: server < scenario < header; unset fields fall through', async (t) => {
  const server = serverStreamOptions({ streamChunkSize: 4, streamTtftMs: 100, streamDelayMs: 10 });
  t.same(resolveStreamOptions([]), { chunkSize: 0, ttftMs: 0, deltaDelayMs: 0, keepAliveMs: 1000, cutMode: 'end' }, 'default: no delay');
  t.same(resolveStreamOptions([server]), { chunkSize: 4, ttftMs: 100, deltaDelayMs: 10, keepAliveMs: 1000, cutMode: 'end' });
  const scenario = { ttftMs: 500, cutAfterEvents: 3, cutMode: 'reset' as const, deltaDelayMs: undefined };
  t.same(resolveStreamOptions([server, scenario, { ttftMs: 7 }]), { chunkSize: 4, ttftMs: 7, deltaDelayMs: 10, keepAliveMs: 1000, cutMode: 'reset', cutAfterEvents: 3 });
  t.same(resolveStreamOptions([server, undefined, { chunkSize: 0 }]).chunkSize, 0, 'an explicit 0 wins');
});

t.test('server settings: flags and environment variables', async (t) => {
  const parsed = parseConfig(['--stream-ttft-ms', '200', '--stream-chunk-size', '8'], { RESPONSES_MOCK_STREAM_DELAY_MS: '15' });
  t.match(parsed, { ok: true, config: { streamTtftMs: 200, streamChunkSize: 8, streamDelayMs: 15 } });
  t.match(parseConfig([], {}), { ok: true, config: { streamTtftMs: 0, streamChunkSize: 0, streamDelayMs: 0 } }, 'default: no delay');
  const bad = parseConfig(['--stream-delay-ms=-3'], { RESPONSES_MOCK_STREAM_TTFT_MS: 'soon' });
  t.match(bad, { ok: false, problems: [/^RESPONSES_MOCK_STREAM_TTFT_MS: expected an integer/, /^--stream-delay-ms: expected an integer from 0 to 60000/] });
});
