// OpenAI's hosted file search: a `file_search_call` (`fs_`, the queries it ran, `results` only when `include`
// asks for `file_search_call.results`) before an answer that cites the file it found with `file_citation`s,
// as captured (gpt-5-mini, 2025-09). The mock has no files: the one it finds is named after the question's
// topic, its id drawn from the request's seed. `fileSearchItem` builds the call from its values, the engine's
// or a scenario's.
import type { Random } from '../../../deps.js';
import { exactDirective } from '../../engine/content/text.js';
import { codePoints, withoutFullStop, type FileCitation, type ServerItemSpec } from '../types.js';
import { mentionsAny } from '../../engine/words.js';

/** Words that ask about documents rather than the open web. */
const CUES = new Set([
  'according', 'attached', 'contract', 'doc', 'docs', 'document', 'documentation', 'documents', 'file', 'files',
  'guide', 'handbook', 'knowledge', 'manual', 'notes', 'pdf', 'policies', 'policy', 'report', 'spec', 'uploaded',
]);
const STOP = new Set(['what', 'which', 'does', 'that', 'this', 'with', 'from', 'about', 'according', 'document', 'documents', 'file', 'files', 'there', 'their', 'have', 'into', 'says']);
/** Only the start of a long prompt is read: a question is at most this many characters. */
const MAX_QUESTION = 300;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const asksForFiles = (prompt: string): boolean => mentionsAny(prompt, CUES);

/** A file a search found: what its result lists (when `include` asks) and what citations name. */
export interface FoundFile {
  fileId: string;
  filename: string;
  text: string;
  score: number;
  attributes: Record<string, unknown>;
}

/** What the engine searches for a prompt: the question and its topic words, and the name of the file it finds. */
export interface PlannedSearch {
  queries: string[];
  /** The question's topic, in words ("your question" when it has none). */
  about: string;
  filename: string;
}

export function plannedSearch(prompt: string): PlannedSearch {
  const question = firstSentence(prompt);
  const topic = topicWords(question);
  const queries = [question];
  if (topic.length > 0 && topic.join(' ') !== question) queries.push(topic.join(' '));
  return { queries, about: topic.join(' ') || 'your question', filename: `${topic.slice(0, 2).join('-') || 'document'}.pdf` };
}

/** A file id, drawn from the request's seed. */
export const newFileId = (random: Random): string => `file-${random.string(ALNUM, 22)}`;

/** A found file with the result's defaults: a passage naming the topic, a score of 0.9, no attributes. */
export function foundFile(given: { filename: string; about: string; fileId: string; text?: string; score?: number; attributes?: Record<string, unknown> }): FoundFile {
  const { filename, fileId } = given;
  return { fileId, filename, text: given.text ?? `${filename}: ${given.about}.`, score: given.score ?? 0.9, attributes: given.attributes ?? {} };
}

export function fileSearchItem(args: { queries: string[]; files: readonly FoundFile[]; withResults: boolean }): ServerItemSpec {
  const results = args.withResults
    ? args.files.map((file) => ({ attributes: file.attributes, file_id: file.fileId, filename: file.filename, score: file.score, text: file.text }))
    : null;
  return {
    idKind: 'file_search', itemType: 'file_search_call',
    added: { status: 'in_progress', queries: [], results: null },
    done: { status: 'completed', queries: args.queries, results },
    progress: ['in_progress', 'searching', 'completed'].map((phase) => ({ type: `response.file_search_call.${phase}` })),
  };
}

/** The engine's answer: an exact directive, else two sentences on the file found (none found: one saying so). */
export function searchSentences(args: { prompt: string; about: string; filename: string | undefined }): string[] {
  const lead = exactDirective(args.prompt);
  if (lead !== undefined) return [lead];
  if (args.filename === undefined) return [`I found no file about ${args.about}`];
  return [`According to ${args.filename}, the document covers ${args.about}`, `The passage that answers this is its section on ${args.about}`];
}

/**
 * Sentences after `before` (a paragraph ending with a line break, if any), each citing the files before its
 * full stop, where the service places its markers.
 */
export function citedSentences(args: { before?: string; sentences: string[]; files: readonly FoundFile[] }): { text: string; citations: FileCitation[] } {
  let text = args.before ?? '';
  const citations: FileCitation[] = [];
  for (const sentence of args.sentences) {
    text += `${text === '' || text.endsWith('\n') ? '' : ' '}${withoutFullStop(sentence)}`;
    citations.push(...citedAt(codePoints(text), args.files));
    text += '.';
  }
  return { text, citations };
}

/** The files cited at the end of `text`, before its closing full stop. */
export function fileCitations(text: string, files: readonly FoundFile[]): FileCitation[] {
  return citedAt(codePoints(withoutFullStop(text)), files);
}

const citedAt = (index: number, files: readonly FoundFile[]): FileCitation[] =>
  files.map((file) => ({ type: 'file_citation', fileId: file.fileId, filename: file.filename, index }));

function firstSentence(prompt: string): string {
  const head = prompt.slice(0, MAX_QUESTION).trim();
  const end = head.search(/[?!.\n]/);
  return (end >= 0 ? head.slice(0, end + 1) : head).trim() || 'document search';
}

/** The question's content words: `What does the refund policy say about returns?` → refund policy returns. */
function topicWords(question: string): string[] {
  const words = question.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 4 && !STOP.has(word));
  return words.slice(0, 4);
}
