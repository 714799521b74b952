import t from 'tap';
import { formatPath, joinPath, pathSegments, quoteList } from '../../../src/domain/validation/paths.js';

t.test('formatPath turns JSON pointers into API paths', async (t) => {
  t.equal(formatPath(''), '');
  t.equal(formatPath('/model'), 'model');
  t.equal(formatPath('/input/2/content/0/text'), 'input[2].content[0].text');
  t.equal(formatPath('/metadata/a~1b'), 'metadata.a/b');
});

t.test('joinPath and pathSegments round-trip', async (t) => {
  t.equal(joinPath('input[1]', 'call_id'), 'input[1].call_id');
  t.equal(joinPath('input[1]', '[0].text'), 'input[1][0].text');
  t.equal(joinPath('', 'model'), 'model');
  t.same(pathSegments('input[2].content[0].text'), ['input', 2, 'content', 0, 'text']);
});

t.test('quoteList lists values as OpenAI does', async (t) => {
  t.equal(quoteList(['a']), "'a'");
  t.equal(quoteList(['a', 'b']), "'a' and 'b'");
  t.equal(quoteList(['assistant', 'system', 'developer', 'user']), "'assistant', 'system', 'developer', and 'user'");
});
