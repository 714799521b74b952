// A cancel racing a stream that a slow client reads, on real sockets: what the client's stream ends with and what
// the store keeps agree. Held on its terminal event (the client stopped reading while the server writes it), the
// response is completed: cancel answers it completed (HTTP), GET and a continuation see it finished (HTTP and a
// WebSocket). Held on an event before it, cancel ends the stream after that event and stores what it wrote. A
// replay by id, which plays each event once the live stream has sent it, tells the test how far the server got.
import http from 'node:http';
import t from 'tap';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { listen, type Listening } from '../../helpers/server.js';
import { socketURL } from '../../helpers/socket.js';
import type { Wire } from '../../helpers/wire.js';

/**
 * Two megabytes of text, in deltas of a million characters: its terminal event is far larger than what a step
 * reads, and its events together far larger than what a loopback connection buffers for a reader that stopped.
 */
const TEXT = 'The dragon slept. '.repeat(120_000);
const DELTA = 1_000_000;
const long = { long: { rules: [{ respond: { text: TEXT } }] } };
const headers = (session: string) => ({ 'content-type': 'application/json', 'x-mock-session': session, 'x-mock-scenario': 'long', 'x-mock-stream': `chunk=${DELTA}` });
const WAIT_MS = 20_000;

/**
 * The SSE frames of a body read in chunks: their types, and the first frame whole (response.created). Only each
 * new chunk is searched for a frame's end: a body of megabyte-long events is never joined or scanned again.
 */
class Frames {
  readonly types: string[] = [];
  first: string | undefined;
  ended = false;
  /** The start of the frame being read: enough for its type, and all of the first frame. */
  #head = '';
  #endsWithNewline = false;

  add(chunk: string): void {
    let rest = chunk;
    if (this.#endsWithNewline && rest.startsWith('\n')) {
      this.#close();
      rest = rest.slice(1);
    }
    for (let end = rest.indexOf('\n\n'); end >= 0; end = rest.indexOf('\n\n')) {
      this.#grow(rest.slice(0, end));
      this.#close();
      rest = rest.slice(end + 2);
    }
    this.#grow(rest);
    if (chunk !== '') this.#endsWithNewline = chunk.endsWith('\n');
  }

  #grow(piece: string): void {
    if (this.first === undefined || this.#head.length < 200) this.#head += piece.slice(0, this.first === undefined ? undefined : 200);
  }

  #close(): void {
    const head = this.#head.replace(/\n$/, '');
    this.first ??= head;
    this.types.push(head.slice('event: '.length, head.indexOf('\n')));
    this.#head = '';
  }
}

async function until(ready: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!ready()) {
    if (Date.now() - started > WAIT_MS) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** GET /v1/responses/{id}?stream=true, read as fast as it comes: the events the live stream has sent. */
function follow(server: Listening, args: { id: string; session: string }): Frames {
  const frames = new Frames();
  void fetch(`${server.openaiBaseURL}/responses/${args.id}?stream=true`, { headers: headers(args.session) }).then(async (response) => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) frames.add(decoder.decode(chunk as Uint8Array, { stream: true }));
    frames.ended = true;
  });
  return frames;
}

/** How much the open streams hold in the server, written and not yet taken by their peers. */
async function held(server: Listening): Promise<{ open: number; bufferedBytes: number }> {
  return ((await (await fetch(`${server.url}/__mock/stats`)).json()) as Wire).streams as { open: number; bufferedBytes: number };
}

/**
 * Reads the slow client a step at a time, and only while the server holds unwritten bytes (its buffers towards
 * the client are full), until the replay shows the server has sent the terminal event: the server then holds it,
 * for the client has made room for no more than a step of it.
 */
async function holdAtTerminal(server: Listening, args: { step(): Promise<void>; replay: Frames }): Promise<void> {
  const { replay } = args;
  while (!replay.types.includes('response.completed')) {
    if ((await held(server)).bufferedBytes > 0) await args.step();
    else await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await until(() => replay.ended, 'the replay ended');
}

/** Waits (10 ms at a time, so as not to keep the server busy) until it holds bytes its client has not taken. */
async function untilHeld(server: Listening): Promise<void> {
  const started = Date.now();
  while ((await held(server)).bufferedBytes === 0) {
    if (Date.now() - started > WAIT_MS) throw new Error('timed out waiting until the server holds the stream');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What arrives next, or nothing after a little while; the listener does not outlive the wait. */
function arrival(emitter: { once(name: string, listener: () => void): unknown; removeListener(name: string, listener: () => void): unknown }, name: string): Promise<void> {
  return new Promise((woken) => {
    const wake = (): void => {
      clearTimeout(timer);
      emitter.removeListener(name, wake);
      woken();
    };
    const timer = setTimeout(wake, 5);
    emitter.once(name, wake);
  });
}

async function send(server: Listening, args: { path: string; session: string; method?: string; body?: unknown }): Promise<{ status: number; body: Wire }> {
  const response = await fetch(`${server.openaiBaseURL}${args.path}`, {
    method: args.method ?? 'GET',
    headers: headers(args.session),
    ...(args.body !== undefined ? { body: JSON.stringify(args.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Wire };
}

/** A streamed create over HTTP whose reader reads only when told (a step: what has arrived, or a little wait). */
function slowCreate(server: Listening, args: { session: string; body: unknown }): Promise<{ frames: Frames; step(): Promise<void>; rest(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.openaiBaseURL}/responses`, { method: 'POST', agent: false, headers: headers(args.session) }, (response) => {
      response.setEncoding('utf8');
      response.pause();
      const frames = new Frames();
      const ended = new Promise<void>((done) => response.once('end', done));
      const step = async (): Promise<void> => {
        const chunk = response.read() as string | null;
        if (chunk !== null) return frames.add(chunk);
        await arrival(response, 'readable');
        const late = response.read() as string | null;
        if (late !== null) frames.add(late);
      };
      resolve({ frames, step, rest: () => (response.on('data', (chunk: string) => frames.add(chunk)), response.resume(), ended) });
    });
    request.on('error', reject);
    request.end(JSON.stringify(args.body));
  });
}

/** A background stream read slowly, once its first event names the response, and a replay following it. */
async function startRun(server: Listening, session: string) {
  const client = await slowCreate(server, { session, body: { model: 'gpt-4o', input: 'Tell me about the dragon', stream: true, background: true } });
  while (client.frames.types.length === 0) await client.step();
  const first = client.frames.first!;
  const id = (JSON.parse(first.slice(first.indexOf('data: ') + 6)) as Wire).response.id as string;
  return { client, id, replay: follow(server, { id, session }) };
}

t.test('HTTP: a cancel landing while response.completed is still being written answers the completed response', async (t) => {
  const server = await listen(t, { scenarios: long });
  const session = 'http-race';
  const { client, id, replay } = await startRun(server, session);
  await holdAtTerminal(server, { step: client.step, replay });
  t.notOk(client.frames.types.includes('response.completed'), 'the client has not read response.completed');
  t.ok((await held(server)).bufferedBytes > 0, 'the server is still writing it');
  const cancelled = await send(server, { path: `/responses/${id}/cancel`, method: 'POST', session });
  await client.rest();
  t.equal(client.frames.types.at(-1), 'response.completed', 'the client got the response completed');
  t.match(cancelled, { status: 200, body: { id, status: 'completed' } }, 'so cancel answers it completed');
  t.equal(cancelled.body.output[0].content[0].text, TEXT, 'with its whole output');
  const stored = await send(server, { path: `/responses/${id}`, session });
  t.match(stored.body, { status: 'completed', usage: { output_tokens: Number } }, 'and the store keeps it completed');
  t.same(replay.types, client.frames.types, 'its replay has the same events');
});

t.test('HTTP: a cancel landing while an event before the last is still being written ends the stream after it', async (t) => {
  const server = await listen(t, { scenarios: long });
  const session = 'http-mid';
  const { client, id, replay } = await startRun(server, session);
  // The client reads no more: the server fills what the connection buffers, then holds the event it is writing.
  await untilHeld(server);
  t.notOk(replay.types.includes('response.completed'), 'the server holds an event before the terminal one');
  const cancelled = await send(server, { path: `/responses/${id}/cancel`, method: 'POST', session });
  await client.rest();
  const deltas = client.frames.types.filter((type) => type === 'response.output_text.delta').length;
  t.notOk(client.frames.types.includes('response.completed'), 'the client got no terminal event');
  t.match(cancelled, { status: 200, body: { id, status: 'cancelled', usage: null } }, 'cancel answers it cancelled');
  t.equal(cancelled.body.output[0]?.content[0]?.text ?? '', TEXT.slice(0, deltas * DELTA), 'with the text the client got');
  const stored = await send(server, { path: `/responses/${id}`, session });
  t.match(stored.body, { status: 'cancelled', output: cancelled.body.output }, 'GET shows the same');
  await until(() => replay.ended, 'the replay ended');
  t.same(replay.types, client.frames.types, 'the replay stopped where the client did');
});

t.test('WebSocket: once response.completed is handed to the socket, the stored response is completed', async (t) => {
  const server = await listen(t, { scenarios: long });
  const session = 'ws-race';
  const ws = new WebSocket(socketURL(server.url), { headers: { 'x-mock-session': session, 'x-mock-scenario': 'long', 'x-mock-stream': 'chunk=1000000' } });
  let tcp: Socket | undefined;
  ws.once('upgrade', (response) => (tcp = response.socket));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const received: Wire[] = [];
  ws.on('message', (data) => received.push(JSON.parse(data.toString()) as Wire));
  ws.pause();
  ws.send(JSON.stringify({ type: 'response.create', model: 'gpt-4o', input: 'Tell me about the dragon', background: true }));
  // A step: what the socket reads at once (a chunk of a message), not a whole message of a megabyte.
  const step = async (): Promise<void> => {
    ws.resume();
    await arrival(tcp!, 'data');
    ws.pause();
  };
  while (received.length === 0) await step();
  const id = received[0]!.response.id as string;
  const replay = follow(server, { id, session });
  await holdAtTerminal(server, { step, replay });
  t.notOk(received.some((event) => event.type === 'response.completed'), 'the client has not read response.completed');
  t.ok((await held(server)).bufferedBytes > 0, 'the server is still writing it');
  const stored = await send(server, { path: `/responses/${id}`, session });
  t.match(stored.body, { id, status: 'completed', usage: { output_tokens: Number } }, 'GET shows it completed');
  t.equal(stored.body.output[0]?.content[0].text, TEXT);
  const next = await send(server, { path: '/responses', method: 'POST', session, body: { model: 'gpt-4o', input: 'And then?', previous_response_id: id } });
  t.equal(next.status, 200, 'it can be continued');
  const cancel = await send(server, { path: `/responses/${id}/cancel`, method: 'POST', session });
  t.equal(cancel.status, 400, 'a socket ignores background (the SDKs strip it): cancel refuses a response it made');
  ws.resume();
  await until(() => received.at(-1)?.type === 'response.completed', 'the client read to the end');
  t.same(replay.types, received.map((event) => event.type), 'the client and the replay saw the same events');
  ws.close();
});
