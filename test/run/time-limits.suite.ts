// The tests that assert a time limit (the CLI exits within 2 s of a signal) as one process, which `npm test`
// runs before the other suites so that their load does not stretch the limit; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('time-limits');
