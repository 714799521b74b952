// What differs between models that the mock imitates: call_id style, argument chunking, message phase,
// prices (for OpenRouter's cost fields) and OpenAI's dated snapshots. Unknown models get OpenAI-like traits.

export interface ModelProfile {
  /** How upstream call ids look: `call_` + 24 (OpenAI), `call-<uuid>-N` (xAI), `toolu_…` (Anthropic), `call_` + 32 hex (Meta). */
  callIdStyle: 'openai' | 'xai' | 'anthropic' | 'meta';
  /** Arguments streamed in small pieces (`{"`, `city`, …) or as one delta (grok, muse-spark). */
  argumentChunking: 'pieces' | 'whole';
  /**
   * gpt-5.3-codex and later mark their answer message `phase: "final_answer"` (the spec: "for models like
   * gpt-5.3-codex and beyond"; captures of gpt-5, 5-mini, 5-nano, 5.1-codex-max and 5.2 have no phase).
   */
  messagePhase?: 'final_answer';
  /**
   * A short `phase: "commentary"` message before tool calls: sent unasked (muse-spark, recorded on OpenRouter
   * before its call; its answers carry no final_answer), or when the instructions ask for commentary (OpenAI's
   * phase models: the gpt-5.3-codex capture's request asked for it).
   */
  commentary?: 'unasked' | 'when-asked';
  /** USD per million tokens. */
  pricing: { input: number; output: number };
  /** The dated snapshot OpenAI echoes as `model` for an alias. */
  snapshot?: string;
  /**
   * A reasoning model (o-series, gpt-5*, grok 4, Claude, muse-spark): it may emit reasoning items. false: an OpenAI
   * model known not to reason (gpt-4o, gpt-4.1 and older, the gpt-5 chat models), which refuses an effort;
   * unset: not known either way.
   */
  reasoning?: boolean;
  /**
   * The efforts the model takes, where documented (Azure OpenAI's reasoning guide, and OpenAI's 400s naming the
   * supported values): the o-series low to high; gpt-5 before 5.1 minimal to high; gpt-5-pro high only; gpt-5.1
   * none to high; gpt-5.1-codex-max, 5.2, 5.4 and 5.5 none to xhigh; gpt-5.6 none to max; GPT-6 low to max
   * (gpt-6-sol, gpt-6-luna and gpt-6.1-terra none to max); gpt-5.2's chat model medium only. gpt-5.3 and the
   * later pro models are not checked.
   */
  efforts?: readonly string[];
  /**
   * The effort of a request that names none, when not 'medium': gpt-5.1 to 5.4 answer `effort: "none"` and do
   * not reason unasked (OpenAI captures of 5.1, 5.2 and 5.4).
   */
  defaultEffort?: 'none';
  /**
   * What the response echoes when the request leaves it out, where captures show a model's own default:
   * `top_p` (0.98 from gpt-5.2 on, 0.985 for gpt-5.1-codex-max), `prompt_cache_retention` (24h on gpt-5.6),
   * `text.verbosity` (medium on the gpt-5 family), and `reasoning.context` (all_turns on gpt-5.6; current_turn
   * is every other reasoning model's).
   */
  echoes?: { topP?: number; promptCacheRetention?: string; verbosity?: string; reasoningContext?: string };
  /** gpt-5.6 and later (the spec): `prompt_cache_options` is applied and echoed, and cache diagnostics answered. */
  promptCacheOptions?: true;
  /**
   * How the model reasons after its native web search (grok, recorded on OpenRouter): twice, without a summary —
   * on the tool's output (`tco_…`, its blob led by its id), then an interim `rs_tmp_…`; otherwise once.
   */
  searchReasoning?: 'tool-output-pair';
}

export interface CatalogModel {
  id: string;
  name: string;
  created: number;
  contextLength: number;
  profile: ModelProfile;
}

const openai = (input: number, output: number, extra: Partial<ModelProfile> = {}): ModelProfile => ({
  callIdStyle: 'openai', argumentChunking: 'pieces', pricing: { input, output }, ...extra,
});

/** What gpt-5.1-codex-max, gpt-5.2, 5.4 and 5.5 take (the 400s for 'minimal' on gpt-5.4-mini, gpt-5.2 and gpt-5.5). */
const LATER_EFFORTS: readonly string[] = ['none', 'low', 'medium', 'high', 'xhigh'];
/** gpt-5.6 (sol, terra, luna) adds 'max'; GPT-6 takes the same without 'none' (but GPT6_WITH_NONE). */
const MAX_EFFORTS: readonly string[] = [...LATER_EFFORTS, 'max'];
/** The GPT-6 models that also take 'none'. */
const GPT6_WITH_NONE = /(^|\/)(?:gpt-6-sol|gpt-6-luna|gpt-6\.1-terra)(?:$|-)/;

/** gpt-5.3-codex and later: the answer marked final_answer, and commentary before tool calls when asked. */
const PHASED = { messagePhase: 'final_answer', commentary: 'when-asked' } as const;

/** Echoed defaults, from the captures of each generation (the 2025 gpt-5 family, gpt-5.2 to 5.4, gpt-5.6). */
const GPT5_ECHOES = { verbosity: 'medium' };
const GPT52_ECHOES = { verbosity: 'medium', topP: 0.98 };
const GPT56_ECHOES = { verbosity: 'medium', topP: 0.98, promptCacheRetention: '24h', reasoningContext: 'all_turns' };

/** The dated snapshot OpenAI echoes for an alias, where captured (gpt-5.1-codex-max, 5.3-codex and 5.6-sol echo none). */
const SNAPSHOTS: ReadonlyMap<string, string> = new Map([
  ['gpt-5', 'gpt-5-2025-08-07'], ['gpt-5-mini', 'gpt-5-mini-2025-08-07'], ['gpt-5-nano', 'gpt-5-nano-2025-08-07'],
  ['gpt-5.1', 'gpt-5.1-2025-11-13'], ['gpt-5.2', 'gpt-5.2-2025-12-11'], ['gpt-5.4', 'gpt-5.4-2026-03-05'],
]);

/** The models both /models endpoints list (OpenRouter slugs; OpenAI lists the part after the slash). */
export const MODEL_CATALOG: CatalogModel[] = [
  { id: 'openai/gpt-4o-mini', name: 'OpenAI: GPT-4o-mini', created: 1721260800, contextLength: 128000, profile: openai(0.15, 0.6, { snapshot: 'gpt-4o-mini-2024-07-18', reasoning: false }) },
  { id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o', created: 1715558400, contextLength: 128000, profile: openai(2.5, 10, { snapshot: 'gpt-4o-2024-08-06', reasoning: false }) },
  { id: 'openai/gpt-4.1', name: 'OpenAI: GPT-4.1', created: 1744588800, contextLength: 1047576, profile: openai(2, 8, { snapshot: 'gpt-4.1-2025-04-14', reasoning: false }) },
  { id: 'openai/gpt-4.1-mini', name: 'OpenAI: GPT-4.1 Mini', created: 1744588800, contextLength: 1047576, profile: openai(0.4, 1.6, { snapshot: 'gpt-4.1-mini-2025-04-14', reasoning: false }) },
  { id: 'openai/gpt-5.5', name: 'OpenAI: GPT-5.5', created: 1785456000, contextLength: 400000, profile: openai(5, 30, { ...PHASED, reasoning: true, efforts: LATER_EFFORTS, echoes: GPT52_ECHOES }) },
  { id: 'x-ai/grok-4.3', name: 'xAI: Grok 4.3', created: 1785456000, contextLength: 256000, profile: { callIdStyle: 'xai', argumentChunking: 'whole', pricing: { input: 3, output: 15 }, reasoning: true, searchReasoning: 'tool-output-pair' } },
  { id: 'anthropic/claude-sonnet-4.5', name: 'Anthropic: Claude Sonnet 4.5', created: 1759104000, contextLength: 1000000, profile: { callIdStyle: 'anthropic', argumentChunking: 'pieces', pricing: { input: 3, output: 15 }, reasoning: true } },
  { id: 'meta/muse-spark-1.3', name: 'Meta: Muse Spark 1.3', created: 1785456000, contextLength: 262144, profile: { callIdStyle: 'meta', argumentChunking: 'whole', pricing: { input: 0.5, output: 2 }, reasoning: true, commentary: 'unasked' } },
];

/**
 * The summary a model writes when the request names none: xAI's grok summarises unasked unless its effort is none
 * (recorded on OpenRouter: a summary part at effort low, and `reasoning.summary` reported as `detailed`).
 */
export function unaskedSummary(model: ModelProfile, effort: unknown): 'detailed' | 'none' | undefined {
  if (model.callIdStyle !== 'xai') return undefined;
  return effort === 'none' ? 'none' : 'detailed';
}

/** How a model streams its reasoning summary: grok in one delta (recorded on OpenRouter), the rest in pieces. */
export const summaryChunking = (model: ModelProfile): 'pieces' | 'whole' => (model.callIdStyle === 'xai' ? 'whole' : 'pieces');

/** OpenRouter's `format` of a reasoning item, by the upstream vendor. */
export function reasoningFormat(model: ModelProfile): string {
  switch (model.callIdStyle) {
    case 'xai': return 'xai-responses-v1';
    case 'anthropic': return 'anthropic-claude-v1';
    case 'meta': return 'meta-responses-v1';
    default: return 'openai-responses-v1';
  }
}

const BY_ID = new Map(MODEL_CATALOG.map((model) => [model.id, model.profile]));

/** The traits of a model by slug (`openai/gpt-4o-mini`) or bare name (`gpt-4o-mini`). */
export function modelProfile(model: string): ModelProfile {
  const exact = BY_ID.get(model) ?? BY_ID.get(`openai/${model}`);
  if (exact) return exact;
  const name = model.toLowerCase();
  if (name.startsWith('x-ai/') || name.includes('grok')) return { callIdStyle: 'xai', argumentChunking: 'whole', pricing: { input: 3, output: 15 }, reasoning: /grok-[34]/.test(name), searchReasoning: 'tool-output-pair' };
  if (name.startsWith('anthropic/') || name.includes('claude')) return { callIdStyle: 'anthropic', argumentChunking: 'pieces', pricing: { input: 3, output: 15 }, reasoning: true };
  if (name.startsWith('meta/') || name.startsWith('meta-llama/')) {
    const muse = name.includes('muse');
    return { callIdStyle: 'meta', argumentChunking: 'whole', pricing: { input: 0.5, output: 2 }, reasoning: muse, ...(muse ? { commentary: 'unasked' as const } : {}) };
  }
  if (/(^|\/)(?:gpt-4|gpt-3\.5|chatgpt-4o)/.test(name)) return openai(1, 4, { reasoning: false });
  // gpt-5.2's chat model takes medium alone (`Supported values are: 'medium'.`); whether it reasons is not known.
  if (/(^|\/)gpt-5\.2-chat/.test(name)) return openai(1.25, 10, { efforts: ['medium'] });
  if (/(^|\/)gpt-5(?:\.\d+)?-chat/.test(name)) return openai(1.25, 10, { reasoning: false });
  const snapshot = SNAPSHOTS.get(name);
  const dated = snapshot === undefined ? {} : { snapshot };
  if (/(^|\/)gpt-5\.[1-4](?!\d)/.test(name)) return openai(1.25, 10, { ...phases(name), reasoning: true, defaultEffort: 'none', ...gpt51Traits(name), ...dated });
  if (/(^|\/)gpt-5-pro/.test(name)) return openai(1.25, 10, { reasoning: true, efforts: ['high'], echoes: GPT5_ECHOES });
  if (/(^|\/)gpt-5(?:$|-)/.test(name)) return openai(1.25, 10, { reasoning: true, efforts: ['minimal', 'low', 'medium', 'high'], echoes: GPT5_ECHOES, ...dated });
  if (/(^|\/)gpt-5\.5(?!\d)/.test(name)) return openai(1.25, 10, { ...PHASED, reasoning: true, efforts: LATER_EFFORTS, echoes: GPT52_ECHOES });
  if (/(^|\/)gpt-5\.6(?!\d)/.test(name)) return openai(1.25, 10, { ...PHASED, reasoning: true, efforts: MAX_EFFORTS, echoes: GPT56_ECHOES, promptCacheOptions: true });
  if (/(^|\/)gpt-5/.test(name)) return openai(1.25, 10, { ...PHASED, reasoning: true, echoes: GPT52_ECHOES });
  // GPT-6: gpt-6-astra's live 400s for 'none' and 'minimal' list low to max, and a request without an effort
  // echoes medium; @ai-sdk/openai 4's model catalog gives the family low to max, and none as well to gpt-6-sol,
  // gpt-6-luna and gpt-6.1-terra.
  if (/(^|\/)gpt-6(?:\.\d+)?(?:$|-)/.test(name)) {
    return openai(1.25, 10, { ...PHASED, reasoning: true, efforts: GPT6_WITH_NONE.test(name) ? MAX_EFFORTS : MAX_EFFORTS.slice(1), echoes: GPT56_ECHOES, promptCacheOptions: true });
  }
  if (/(^|\/)o\d/.test(name)) return openai(1.1, 4.4, { reasoning: true, efforts: ['low', 'medium', 'high'] });
  return openai(1, 4);
}

/** gpt-5.1 and 5.2 answer without a phase (captures of 5.1-codex-max and 5.2); 5.3-codex and 5.4 mark it. */
function phases(name: string): Pick<ModelProfile, 'messagePhase' | 'commentary'> {
  return /(^|\/)gpt-5\.[34](?!\d)/.test(name) ? PHASED : {};
}

/** The documented efforts and echoes of gpt-5.1 to 5.4: gpt-5.1 none to high, xhigh from gpt-5.1-codex-max on; 5.3 and the pro models unknown. */
function gpt51Traits(name: string): Pick<ModelProfile, 'efforts' | 'echoes'> {
  if (/(^|\/)gpt-5\.1-codex-max/.test(name)) return { efforts: LATER_EFFORTS, echoes: { verbosity: 'medium', topP: 0.985 } };
  if (/(^|\/)gpt-5\.[24](?!\d)(?!.*-pro)/.test(name)) return { efforts: LATER_EFFORTS, echoes: GPT52_ECHOES };
  if (/(^|\/)gpt-5\.[23](?!\d)/.test(name)) return { echoes: GPT52_ECHOES };
  return /(^|\/)gpt-5\.1(?!\d)/.test(name) ? { efforts: ['none', 'low', 'medium', 'high'], echoes: GPT5_ECHOES } : { echoes: GPT5_ECHOES };
}
