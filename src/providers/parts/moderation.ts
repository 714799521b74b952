// What a moderated completion (`moderation: {model}` on an OpenAI create) reports: a moderation result for the
// input and one for the output, in the shape of the spec's ModerationResultBody, every category clear with a
// small score, each measured on text. The mock moderates nothing: nothing is ever flagged.
type Item = Record<string, unknown>;

/** The omni-moderation categories. */
const CATEGORIES = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm',
  'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence', 'violence/graphic',
] as const;

function result(model: string, base: number): Item {
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const types: Record<string, string[]> = {};
  CATEGORIES.forEach((category, index) => {
    categories[category] = false;
    scores[category] = Number((base * (1 + index / 4)).toPrecision(3));
    types[category] = ['text'];
  });
  return { type: 'moderation_result', model, flagged: false, categories, category_scores: scores, category_applied_input_types: types };
}

/** The response's `moderation`: null unless the request asked for a moderated completion. */
export function moderationResults(asked: unknown): Item | null {
  const model = typeof asked === 'object' && asked !== null ? (asked as Item).model : undefined;
  if (typeof model !== 'string') return null;
  return { input: result(model, 1.2e-5), output: result(model, 8.5e-6) };
}
