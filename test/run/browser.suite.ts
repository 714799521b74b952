// The browser tests (the inspector page in headless Chromium) as one process, sharing one browser; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('browser');
