// The integration tests (the app through inject and real ports) as one process, but for those that start
// child processes (the child-processes group); see suite.ts.
import { runSuite } from './suite.js';

await runSuite('integration');
