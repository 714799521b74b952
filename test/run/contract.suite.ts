// The contract tests (real clients on real ports) as one process, but for the client examples (in the
// child-processes group); see suite.ts.
import { runSuite } from './suite.js';

await runSuite('contract');
