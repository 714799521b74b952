// A request's own logger is made on first use and writes as Fastify's would: the request id bound, every level,
// child loggers of its own; a request that never logs makes none.
import Fastify, { type FastifyBaseLogger } from 'fastify';
import t from 'tap';
import { lazyChildLogger } from '../../../src/http/traffic/logging.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

t.test('made on first use, once, with its bindings, at every level', async (t) => {
  const { lines, stream } = capture();
  const app = Fastify({ logger: { level: 'trace', stream } });
  const parent = app.log;
  let made = 0;
  const counting = Object.create(parent) as FastifyBaseLogger;
  counting.child = (bindings, options) => {
    made += 1;
    return parent.child(bindings, options);
  };
  const logger = lazyChildLogger(counting, { reqId: 'r1' }, {});
  t.equal(logger.level, 'trace', 'its level is read without making it');
  t.equal(made, 0, 'nothing made until something is logged');
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const) logger[level]({ step: level }, `at ${level}`);
  logger.child({ part: 'inner' }).info('from a child');
  t.equal(made, 1, 'made once');
  t.same(lines.map((line) => [line.msg, line.reqId]), [...['fatal', 'error', 'warn', 'info', 'debug', 'trace'].map((level) => [`at ${level}`, 'r1']), ['from a child', 'r1']]);
  t.equal(lines.at(-1)!.part, 'inner');
  await app.close();
});

t.test("as Fastify's child logger factory: a request's lines carry its id", async (t) => {
  const { lines, stream } = capture();
  const app = Fastify({ logger: { level: 'info', stream }, childLoggerFactory: lazyChildLogger });
  app.get('/', async (request) => {
    request.log.warn('from the route');
    return 'ok';
  });
  await app.inject({ url: '/' });
  await app.inject({ url: '/' });
  const ours = lines.filter((line) => line.msg === 'from the route');
  t.equal(ours.length, 2);
  t.not(ours[0]!.reqId, ours[1]!.reqId, 'each request its own id');
  t.ok(ours.every((line) => typeof line.reqId === 'string'));
  await app.close();
});
