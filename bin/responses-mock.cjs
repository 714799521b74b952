#!/usr/bin/env node
// The `responses-mock` command: runs the compiled server (npm run build makes dist/), as CommonJS: Node starts
// it without its ES module loader.
'use strict';
require('../dist/server.cjs');
