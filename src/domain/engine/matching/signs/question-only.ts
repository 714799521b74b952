// A question about a value ("Where is 12 George St, Sydney, 2000?") asks for it looked up, never changed: a value
// alone does not ask for a tool that makes, changes or removes things (update_address), though it still asks for
// one that reads (geocode, get_directions). A later request ("What a day. Ship it to …") asks again.
import { toolAction, type Action } from '../actions.js';
import { laterRequest } from '../request.js';

/** The question words after which a prompt asks about its value rather than for it changed. */
const QUESTIONS: ReadonlySet<string> = new Set(['where', 'what', 'which', 'who', 'when', 'how', 'is', 'are', 'was', 'were']);

/**
 * Whether the prompt is only a question: its asked action opens with a question word and no later clause asks for
 * a task. Read once per prompt, and only when a tool that changes things takes one of its values.
 */
export function onlyQuestion(prompt: string, asked: Action | undefined): boolean {
  return asked?.kind === 'read' && QUESTIONS.has(asked.word) && laterRequest(prompt) === undefined;
}

/** Whether a tool makes, changes or removes things (update_address, set_address), by its name or description. */
export function changesThings(tool: { name: string; description?: string | undefined }): boolean {
  const action = toolAction(tool.name, tool.description ?? '');
  return action !== undefined && action.kind !== 'read';
}
