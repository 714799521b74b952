// The tests that assert a time limit (the CLI exits within 2 s of a signal) as one process, which `npm test`
// runs alone before everything else, so that the rest of its work does not stretch the limit; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('time-limits');
