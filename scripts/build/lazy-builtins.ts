// Build step: in dist/app.cjs, Fastify's server module gets node:https and node:http2 on first use. It
// requires both when it loads, but calls them only to make an HTTPS or HTTP/2 server, which the mock never
// does; loading them (with node:tls) cost every start several milliseconds.
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';

const SERVER = /[\\/]node_modules[\\/]fastify[\\/]lib[\\/]server\.js$/;
const EAGER = "const https = require('node:https')\nconst http2 = require('node:http2')\n";
const LAZY = "const https = { createServer: (...args) => require('node:https').createServer(...args) }\n"
  + "const http2 = { createServer: (...args) => require('node:http2').createServer(...args), createSecureServer: (...args) => require('node:http2').createSecureServer(...args) }\n";
/** The members the stand-ins have: the build fails if Fastify's server module uses any other. */
const MEMBERS = new Set(['https.createServer', 'http2.createServer', 'http2.createSecureServer']);

export const lazyBuiltins: Plugin = {
  name: 'lazy-builtins',
  setup(plugin) {
    plugin.onLoad({ filter: SERVER }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const used = [...new Set([...code.matchAll(/\b(?:https|http2)\.\w+/g)].map((match) => match[0]))];
      const unknown = used.filter((member) => !MEMBERS.has(member));
      if (!text.includes(EAGER) || unknown.length > 0) {
        return { errors: [{ text: `fastify/lib/server.js changed: update scripts/build/lazy-builtins.ts (${unknown.join(', ') || 'its requires of node:https and node:http2 moved'})` }] };
      }
      return { contents: text.replace(EAGER, LAZY), loader: 'js' };
    });
  },
};
