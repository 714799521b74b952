// The contract tests (real clients on real ports) as one process; see suite.ts.
import { runSuite } from './suite.js';

await runSuite(['test/contract']);
