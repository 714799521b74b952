// The integration tests (the app through inject and real ports) as one process, but for those of the
// processes group; see suite.ts.
import { runSuite } from './suite.js';

await runSuite('integration');
