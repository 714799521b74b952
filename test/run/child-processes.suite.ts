// The tests that mostly wait on child processes (the CLI, the package, the client examples) as one process,
// beside the other suites; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('child-processes');
