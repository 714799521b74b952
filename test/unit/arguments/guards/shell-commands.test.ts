// A shell's command read from the prompt: written after "run"/"execute" when it opens with a program or a path,
// to its clause's end; a folder listed or a file shown as the command that does it; as words for an argv array.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const cmd = object({ cmd: { type: 'string', description: 'Shell command to execute.' } });
const argv = object({ command: { type: 'array', items: { type: 'string' }, description: 'The command to execute' } });

t.test('a command written after run or execute, to its clause\'s end', async (t) => {
  t.same(read(cmd, 'Run ls -la'), { cmd: 'ls -la' });
  t.same(read(cmd, 'Run npm test and then show me the output'), { cmd: 'npm test' });
  t.same(read(cmd, 'Can you run python3 -m pytest -q for me?'), { cmd: 'python3 -m pytest -q' });
  t.same(read(cmd, 'Please run make.'), { cmd: 'make' });
  t.same(read(cmd, 'Execute ./build.sh --fast, then tell me what happened'), { cmd: './build.sh --fast' });
  t.same(read(cmd, 'Run the command git status'), { cmd: 'git status' });
  t.same(read(cmd, 'Run find . -name "*.ts"'), { cmd: 'find . -name "*.ts"' });
  t.same(read(cmd, 'Run `npm run build`'), { cmd: 'npm run build' });
});

t.test('a folder listed or a file shown is the command that does it', async (t) => {
  t.same(read(cmd, 'List the files in src'), { cmd: 'ls src' });
  t.same(read(cmd, 'List the files in this folder'), { cmd: 'ls' });
  t.same(read(cmd, 'Show me the contents of ./lib'), { cmd: 'ls ./lib' });
  t.same(read(cmd, 'Show me package.json'), { cmd: 'cat package.json' });
  t.same(read(cmd, 'Show me the contents of package.json'), { cmd: 'cat package.json' });
});

t.test('an argv array takes the command\'s words, a quoted argument whole', async (t) => {
  t.same(read(argv, 'Run ls -la'), { command: ['ls', '-la'] });
  t.same(read(argv, 'Run grep -rn "TODO fix" src'), { command: ['grep', '-rn', 'TODO fix', 'src'] });
  t.same(read(argv, 'Run `npm run build`'), { command: ['npm', 'run', 'build'] });
});

t.test('no program, no command: the words of a task are not one', async (t) => {
  t.not(read(cmd, 'Run the tests').cmd, 'the tests');
  t.not(read(cmd, 'Run a marathon').cmd, 'a marathon');
  // A property for code or SQL is no shell's.
  t.not(read(object({ code: { type: 'string' } }), 'Run python to add 2 and 2').code, 'python');
});

t.test('a path property takes the folder listed or the file shown', async (t) => {
  const path = object({ path: { type: 'string' } });
  t.same(read(path, 'List the files in src'), { path: 'src' });
  t.same(read(path, 'List the files in this folder'), { path: '.' });
  t.same(read(path, 'Show me the contents of package.json'), { path: 'package.json' });
});
