#!/usr/bin/env node
// The `responses-mock` command: runs the compiled server (npm run build makes dist/).
import '../dist/server.js';
