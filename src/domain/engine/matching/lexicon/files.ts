// Concepts of the lexicon (lexicon.ts) for a workspace's tools: commands run in a shell, files read, changed or
// created. Strong: "list the files", "read", "edit" ask for such a tool when it names itself otherwise (exec, cat,
// patch, write).
import { keywords as fold } from '../../words.js';

export const FILE_CONCEPTS = [
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
    label: 'create a file',
    prompt: fold('create save'),
    tool: fold('write save'),
    nameOnly: true,
  },
];
