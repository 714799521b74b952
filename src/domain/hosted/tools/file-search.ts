// OpenAI's hosted file search: a `file_search_call` (`fs_`, the queries it ran, `results` only when `include`
// asks for `file_search_call.results`) before an answer that cites the file it found with `file_citation`s,
// as captured (gpt-5-mini, 2025-09). The mock has no files: the one it finds is named after the question's
// topic, its id drawn from the request's seed.
import type { Random } from '../../../deps.js';
import { codePoints, type FileCitation, type ServerItemSpec } from '../types.js';

/** Words that ask about documents rather than the open web. */
const CUES = new Set([
  'according', 'attached', 'contract', 'doc', 'docs', 'document', 'documentation', 'documents', 'file', 'files',
  'guide', 'handbook', 'knowledge', 'manual', 'notes', 'pdf', 'policies', 'policy', 'report', 'spec', 'uploaded',
]);
const STOP = new Set(['what', 'which', 'does', 'that', 'this', 'with', 'from', 'about', 'according', 'document', 'documents', 'file', 'files', 'there', 'their', 'have', 'into', 'says']);
/** Only the start of a long prompt is read: a question is at most this many characters. */
const MAX_QUESTION = 300;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function asksForFiles(prompt: string): boolean {
  for (const word of prompt.toLowerCase().split(/[^a-z]+/)) if (CUES.has(word)) return true;
  return false;
}

export interface FileSearch {
  item: ServerItemSpec;
  text: string;
  citations: FileCitation[];
}

/** The search for `prompt`'s question, and an answer `lead` (an exact directive, if any) that cites its file. */
export function fileSearch(args: { prompt: string; lead?: string; random: Random; withResults: boolean }): FileSearch {
  const question = firstSentence(args.prompt);
  const topic = topicWords(question);
  const queries = [question];
  if (topic.length > 0 && topic.join(' ') !== question) queries.push(topic.join(' '));
  const filename = `${topic.slice(0, 2).join('-') || 'document'}.pdf`;
  const fileId = `file-${args.random.string(ALNUM, 22)}`;
  const about = topic.join(' ') || 'your question';
  const sentences = [`According to ${filename}, the document covers ${about}`, `The passage that answers this is its section on ${about}`];
  const results = args.withResults
    ? [{ attributes: {}, file_id: fileId, filename, score: 0.9, text: `${filename}: ${about}.` }]
    : null;
  const item: ServerItemSpec = {
    idKind: 'file_search', itemType: 'file_search_call',
    added: { status: 'in_progress', queries: [], results: null },
    done: { status: 'completed', queries, results },
    progress: ['in_progress', 'searching', 'completed'].map((phase) => ({ type: `response.file_search_call.${phase}` })),
  };
  // An exact reply stays exact: the file is cited at its end.
  if (args.lead !== undefined) return { item, text: args.lead, citations: [{ type: 'file_citation', fileId, filename, index: codePoints(args.lead) }] };
  // Each sentence cites the file before its full stop, where the service places its citation markers.
  let text = '';
  const citations: FileCitation[] = [];
  for (const sentence of sentences) {
    text += `${text === '' ? '' : ' '}${sentence}`;
    citations.push({ type: 'file_citation', fileId, filename, index: codePoints(text) });
    text += '.';
  }
  return { item, text, citations };
}

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
