// Lark grammars of custom tools: strings generated from them belong to the language (checked by hand-made
// recognisers for small grammars), generation is seeded and bounded, and what the reader does not support is
// refused with the construct and its line. Codex's apply_patch tool gets a patch built from the prompt.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { applyPatchInput, isApplyPatchTool } from '../../../src/domain/grammar/apply-patch.js';
import { generateLark, type RegexSampler } from '../../../src/domain/grammar/lark-generate.js';
import { parseLark } from '../../../src/domain/grammar/lark-parse.js';

const never: RegexSampler = () => ({ ok: false, reason: 'no regex here' });
const letters: RegexSampler = () => ({ ok: true, value: 'abc' });

function generate(grammar: string, seed = 1, sampleRegex: RegexSampler = never): { ok: boolean; text?: string; reason?: string } {
  const parsed = parseLark(grammar);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const made = generateLark(parsed.value, { random: createRandom([seed, 2, 3, 4]), sampleRegex, maxLength: 2000 });
  return made.ok ? { ok: true, text: made.value } : { ok: false, reason: made.reason };
}

t.test('generated strings belong to the language', async (t) => {
  const arithmetic = 'start: expr\n?expr: term\n    | expr ("+"|"-") term\n?term: NUMBER | "(" expr ")"\n%import common.NUMBER\n%import common.WS\n%ignore WS\n';
  for (let seed = 1; seed <= 30; seed += 1) {
    const made = generate(arithmetic, seed);
    t.ok(made.ok, `seed ${seed}`);
    t.match(made.text, /^[\d.()+\- ]+$/, 'only the language\'s characters');
    t.equal([...made.text!].filter((c) => c === '(').length, [...made.text!].filter((c) => c === ')').length, 'balanced parentheses');
  }
  t.equal(generate('start: "a"~3 "b"~1..2').text?.replace(/b+$/, ''), 'aaa', 'exact repetition');
  t.match(generate('start: ("x" | "y")+ [ "!" ] LETTER\n%import common.LETTER').text, /^[xy]+!?[a-zA-Z]$/);
  t.match(generate('start: "a".."c" "-" "0".."9"').text, /^[abc]-\d$/, 'ranges');
  t.equal(generate('start: A B\nA: "a"\nB: "b"\n%ignore " "').text, 'a b', 'tokens apart when spaces are ignored');
  t.equal(generate('start: A B\nA: "a" "a"\nB: "b"').text, 'aab', 'a terminal is one token');
  t.equal(generate('start: WORD_A\nWORD_A: /[a-z]+/', 1, letters).text, 'abc', 'regex terminals come from the sampler');
  t.equal(generate('start: "a" // a comment\n  | "b" -> bee\n', 1).ok, true, 'comments, continuation lines and aliases');
});

t.test('seeded and bounded', async (t) => {
  const grammar = 'start: item+\nitem: "x" | "(" start ")"';
  t.equal(generate(grammar, 5).text, generate(grammar, 5).text, 'same seed, same string');
  const deep = generate('start: a\na: "(" a ")" | "z"');
  t.ok(deep.ok, 'recursive rules terminate');
  t.match(generate('start: "x"~1000 "x"~1000 "x"~1000').reason, /longer than 2000 characters/, 'length is bounded');
  t.match(generate(`start: ${'('.repeat(200)}"x"${')'.repeat(200)}`).reason, /nest more than 64 deep/, 'nesting is bounded');
});

t.test('unsupported or broken grammars are refused with the construct', async (t) => {
  t.match(generate('start: _sep{x, ","}\n_sep{a, b}: a (b a)*').reason, /template use '_sep\{…\}' at line 1/);
  t.match(generate('%declare FOO\nstart: FOO').reason, /directive %declare at line 1/);
  t.match(generate('start: "a"\n%import python.NAME').reason, /'%import python\.NAME' at line 2 is not supported/);
  t.match(generate('rule: "a"').reason, /no 'start' rule/);
  t.match(generate('start: missing').reason, /'missing' at line 1 is not defined/);
  t.match(generate('start: start "a"').reason, /derives no finite string/);
  t.match(generate('start: /x+/').reason, /the regex \/x\+\/ at line 1: no regex here/);
  t.match(generate('start: "a" @').reason, /unexpected character "@" at line 1/);
  t.match(generate('start: ("a"').reason, /missing '\)'/);
});

t.test("Codex's apply_patch: a patch that adds a file named in the prompt", async (t) => {
  t.ok(isApplyPatchTool({ name: 'apply_patch' }), 'by name, without a grammar');
  t.ok(isApplyPatchTool({ name: 'edit', definition: 'start: begin_patch hunk+ end_patch\nbegin_patch: "*** Begin Patch" LF\nadd_hunk: "*** Add File: " filename LF' }), 'by its markers');
  t.notOk(isApplyPatchTool({ name: 'apply_patch', definition: 'start: "x"' }), 'another grammar under that name is generated from');
  t.equal(applyPatchInput('Create docs/hello.md saying "Hello, world!"'), '*** Begin Patch\n*** Add File: docs/hello.md\n+Hello, world!\n*** End Patch');
  t.equal(applyPatchInput('Write a note'), '*** Begin Patch\n*** Add File: notes.txt\n+Hello from responses-mock.\n*** End Patch');
  t.equal(applyPatchInput('Put "a\nb" in ../etc/passwd.txt'), '*** Begin Patch\n*** Add File: notes.txt\n+a\n+b\n*** End Patch', 'no path escapes');
});
