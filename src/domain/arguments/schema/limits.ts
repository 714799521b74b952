// The bounds of generation: whatever a tool schema asks, one value stays small and quick to make. A schema
// whose valid values all lie beyond them is refused with a clear reason instead of being tried.

/** Longest string the mock writes (a schema's minLength above this is refused). */
export const MAX_STRING_LENGTH = 4096;
/** Most items in one array (a schema's minItems above this is refused). */
export const MAX_ARRAY_ITEMS = 256;
/** Most properties in one object (a schema's minProperties above this is refused). */
export const MAX_OBJECT_PROPERTIES = 256;
/** Deepest nesting of a generated value; recursion through `$ref` must end before it. */
export const MAX_DEPTH = 48;
/** Most JSON values (scalars, arrays, objects) in one generated document. */
export const MAX_VALUES = 4096;
/** Most characters of string content in one generated document. */
export const MAX_TOTAL_CHARACTERS = 65536;
/** Most distinct schema nodes (merged subschemas) one tool schema may compile to. */
export const MAX_NODES = 2048;
/**
 * Most schema objects and properties folded into nodes for one tool schema, over every branch tried: an object
 * of 1,200 properties with 800 `anyOf` branches that all fail folded the object 800 times (2.8 s, 330 MB).
 */
export const MAX_FOLDED = 100_000;
/** Most schema objects merged into one node (through allOf and $ref). */
export const MAX_FRAGMENTS = 256;
/** Enum members looked at when choosing one (the choice starts at a seeded offset). */
export const MAX_ENUM_SCAN = 64;
/** Repetitions added beyond a quantifier's minimum when a pattern is turned into a string. */
export const MAX_PATTERN_REPEAT = 6;
/**
 * Longest input a pattern that only the backtracking engine understands (look-around, back-references)
 * is ever tested on (every other pattern runs on the linear-time engine at any length): room for a 64-character
 * token, a long email or URL, while each test stays under the request's budget (a test past it is stopped).
 */
export const MAX_BACKTRACKING_INPUT = 256;
/**
 * Inputs up to this long that such a pattern cannot judge within the request's budget get the pattern refused (a
 * 400 naming it); a longer one (a phrase quoted in the prompt, say) is only taken as no match, after at most
 * LONG_INPUT_TEST_MS of CPU: a prompt's text never fails a request the mock's own short values would pass.
 */
export const REFUSING_INPUT = 24;
export const LONG_INPUT_TEST_MS = 20;
/**
 * Milliseconds of CPU all such patterns together may take in one request, every test charged what it took (a
 * test is stopped when they run out): ordinary patterns take microseconds a test, plus about 0.1 ms of watch.
 */
export const BACKTRACKING_BUDGET_MS = 250;
/** Tests of such patterns one request may run (each costs about 0.1 ms of watch however short). */
export const MAX_BACKTRACKING_TESTS = 2000;
/** Whole-document tries (other seeds, other branches) before a schema is declared beyond the mock. */
export const MAX_ATTEMPTS = 8;
/** Strings drawn for a pattern only the backtracking engine runs, whose look-arounds the generator cannot follow. */
export const LOOKAROUND_DRAWS = 32;
/** Longest property name, `$ref`, anchor or format name a schema may hold (they become validator code). */
export const MAX_SCHEMA_NAME_LENGTH = 1024;
/** Deepest nesting of groups in a pattern the mock compiles (RE2 itself stops at 1,000). */
export const MAX_PATTERN_GROUP_DEPTH = 100;
/**
 * Most objects and arrays (subschemas, property maps, lists) one tool schema may hold: each becomes validator
 * code, and a schema at this bound compiles in about a quarter of a second.
 */
export const MAX_SCHEMA_NODES = 5000;
/**
 * Most objects and arrays the schemas of one request (its tools' parameters and its text format's schema) may
 * hold together: five schemas at `MAX_SCHEMA_NODES`. A schema is compiled when a value is made for it, or to be
 * checked when the meta-schema alone cannot judge it (references, patterns): forty tools at the per-schema bound
 * once took 18 to 30 s and 500 MB; requests seen in practice hold a few hundred.
 */
export const MAX_REQUEST_SCHEMA_NODES = 5 * MAX_SCHEMA_NODES;
/** Longest `pattern` (or patternProperties key) a schema may hold. */
export const MAX_SCHEMA_PATTERN_LENGTH = 8192;
/**
 * Most subschemas checking one value may take, counted through `$ref`, `allOf`, `anyOf`, `oneOf`, `not`,
 * `if`/`then`/`else` and `dependentSchemas` (each reference counts its target again): as many as a schema may
 * hold as written.
 */
export const MAX_SCHEMA_CHECKS = MAX_SCHEMA_NODES;

/**
 * Most places one walk of a schema goes through in a row (`$ref` to `$ref`, property in property): a chain of
 * 2,400 definitions each naming the next overflowed the call stack. Client schemas nest a few dozen at most.
 */
export const MAX_SCHEMA_CHAIN = 256;
