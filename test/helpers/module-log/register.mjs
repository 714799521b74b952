// `node --import tsx --import ./register.mjs`: appends the URL of every ES module loaded from then on to the
// file named by MODULE_LOG, one a line, before the module runs (written synchronously by the hooks thread).
import { register } from 'node:module';
import process from 'node:process';

register('./hooks.mjs', import.meta.url, { data: { file: process.env.MODULE_LOG } });
