// Conformance to recordings, property tests and the tap example, as one process; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('other');
