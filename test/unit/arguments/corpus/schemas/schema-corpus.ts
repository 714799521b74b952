// Tool schemas for the argument generator's corpus test: real-world shapes (weather, search, email,
// GitHub, payments, MCP, OpenAI strict mode…) and one synthetic case per JSON Schema keyword we support.
import { developerTools } from './corpus-developer-tools.js';
import { everydayTools } from './corpus-everyday-tools.js';
import { schemaShapes } from './corpus-schema-shapes.js';
import { taskTools } from './corpus-task-tools.js';
import { keywordCases } from './corpus-keywords.js';

export interface CorpusEntry {
  name: string;
  schema: unknown;
  /** Prompts written for this tool, tried in addition to the shared ones. */
  prompts?: readonly string[];
}

export const corpus: readonly CorpusEntry[] = [...everydayTools, ...taskTools, ...developerTools, ...schemaShapes, ...keywordCases];

/** Schemas no value can satisfy: the generator answers `{}` for them. */
export const unsatisfiable = new Set(['false schema', 'contradictory bounds', 'contradictory allOf types', 'required but forbidden', 'email too short for any address']);
