// Build step: in dist/app.cjs, @fastify/websocket gets `ws` and `duplexify` loaded on first use. It requires
// both at start-up, but uses ws only on an upgrade (its server, made at registration, waits for one) and
// duplexify only in injectWS(); with the stream and zlib modules they need they cost every start a few
// milliseconds. Each stays a dist/vendor/ file, required when first used.
import type { Plugin } from 'esbuild';

/** The packages loaded on first use this way (bundle.ts builds each into dist/vendor/). */
export const LAZY_FOR_WEBSOCKET = ['ws', 'duplexify'];

const SHIMS: Record<string, string> = {
  ws: `
    let loaded;
    const load = () => (loaded ??= require('ws'));
    function WebSocket(...args) { return new (load())(...args); }
    // The server @fastify/websocket makes at registration: ws's, made when an upgrade first reaches it.
    class Server {
      #options; #server;
      constructor(options) { this.#options = options; }
      #real() { return (this.#server ??= new (load().Server)(this.#options)); }
      get clients() { return this.#real().clients; }
      get options() { return this.#real().options; }
      address() { return this.#real().address(); }
      close(callback) { return this.#real().close(callback); }
      handleUpgrade(...args) { return this.#real().handleUpgrade(...args); }
      shouldHandle(request) { return this.#real().shouldHandle(request); }
      emit(...args) { return this.#real().emit(...args); }
      on(...args) { this.#real().on(...args); return this; }
      once(...args) { this.#real().once(...args); return this; }
      off(...args) { this.#real().off(...args); return this; }
      removeListener(...args) { this.#real().removeListener(...args); return this; }
    }
    WebSocket.Server = Server;
    WebSocket.WebSocketServer = Server;
    WebSocket.WebSocket = WebSocket;
    module.exports = WebSocket;`,
  duplexify: `
    let loaded;
    module.exports = function Duplexify(...args) { return new (loaded ??= require('duplexify'))(...args); };`,
};

/** Gives @fastify/websocket (only) the lazy stand-ins of SHIMS; their own require() is left to the vendoring. */
export const lazyForWebsocket: Plugin = {
  name: 'lazy-for-websocket',
  setup(plugin) {
    plugin.onResolve({ filter: /^(ws|duplexify)$/ }, (args) =>
      (/[\\/]@fastify[\\/]websocket[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-for-websocket' } : undefined));
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-for-websocket' }, (args) => ({ contents: SHIMS[args.path]!, loader: 'js', resolveDir: '.' }));
  },
};
