// Everyday words a prompt uses for a kind of tool the tool itself names differently: "list the files" asks for
// something that runs commands (exec, shell, cmd). Small on purpose: each concept pairs prompt words with the
// words such tools carry in their name, parameter names or short description. Folded like all matched words.
import { keywords } from './words.js';

export interface Concept {
  /** Shown in the engine's explanation. */
  label: string;
  prompt: Set<string>;
  tool: Set<string>;
}

const fold = (words: string): Set<string> => keywords(words);

export const LEXICON: readonly Concept[] = [
  {
    label: 'run a command',
    prompt: fold('list files folder folders directory directories ls run execute command terminal script grep build compile install echo git npm make'),
    tool: fold('shell command cmd exec execute bash terminal sh run process'),
  },
  {
    label: 'read a file',
    prompt: fold('read open view cat contents'),
    tool: fold('read open view cat contents'),
  },
  {
    label: 'change a file',
    prompt: fold('edit change modify fix patch rename replace update write create add delete'),
    tool: fold('patch edit apply diff replace'),
  },
  {
    label: 'search',
    prompt: fold('search find look lookup google web internet online news latest'),
    tool: fold('search web browse query lookup find'),
  },
  {
    label: 'date and time',
    prompt: fold('time date today clock day'),
    tool: fold('time date clock datetime'),
  },
];
