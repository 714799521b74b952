// The unit tests (pure modules, no server) as one process; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('unit');
