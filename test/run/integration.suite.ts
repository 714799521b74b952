// The integration tests (the app through inject and real ports) as one process; see suite.ts.
import { runSuite } from './suite.js';

await runSuite(['test/integration']);
