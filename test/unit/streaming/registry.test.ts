// The open-stream registry: counts, release once, abort-all resolving once every stream has let go.
import t from 'tap';
import { StreamRegistry } from '../../../src/streaming/delivery/registry.js';

t.test('register, release, count', async (t) => {
  const registry = new StreamRegistry();
  const a = registry.register();
  const b = registry.register();
  t.equal(registry.open, 2);
  a.release();
  a.release();
  t.equal(registry.open, 1, 'release is idempotent');
  b.abort();
  t.equal(b.signal.aborted, true);
  b.release();
  t.same(registry.stats(), { open: 0, started: 2, completed: 1, aborted: 1, bufferedBytes: 0 });
});

t.test('abortAll aborts every stream and waits until they are released', async (t) => {
  const registry = new StreamRegistry();
  const handles = [registry.register(), registry.register(), registry.register()];
  for (const handle of handles) handle.signal.addEventListener('abort', () => setImmediate(() => handle.release()));
  const count = await registry.abortAll();
  t.equal(count, 3);
  t.equal(registry.open, 0, 'resolved only after the releases');
  t.ok(handles.every((handle) => handle.signal.aborted));
  t.equal(await registry.abortAll(), 0, 'nothing open: resolves at once');
});

t.test('abortAll does not hang on a stream that never lets go', async (t) => {
  const registry = new StreamRegistry();
  registry.register();
  const started = Date.now();
  t.equal(await registry.abortAll({ graceMs: 30 }), 1);
  t.ok(Date.now() - started < 1000);
  t.equal(registry.open, 1);
});
