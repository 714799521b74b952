// Which patterns repeat a group that holds a repeat: the shape a backtracking engine takes exponential time on
// when it misses, read from the pattern's text in one pass.

/** Whether the text at `index` is a quantifier that repeats more than once (`*`, `+`, `{n}` with n > 1, `{n,}`, `{n,m}` with m > 1). */
function repeatsAt(source: string, index: number): boolean {
  const char = source[index];
  if (char === '*' || char === '+') return true;
  if (char !== '{') return false;
  const braced = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(source.slice(index, index + 24));
  if (braced === null) return false;
  const max = braced[2] === undefined ? Number(braced[1]) : braced[3] === '' ? Infinity : Number(braced[3]);
  return max > 1;
}

/**
 * Whether a group that repeats holds a repeat, `(a+)+` or `((a{1,100}){1,100})`: one pass, escapes and character
 * classes passed over. Such a pattern splits one run of text in exponentially many ways when a backtracking
 * engine misses (twenty characters took seconds).
 */
export function nestsRepeats(source: string): boolean {
  const outer: boolean[] = [];
  let repeats = false;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') {
      outer.push(repeats);
      repeats = false;
    } else if (char === ')') {
      const inner: boolean = repeats;
      const repeated = repeatsAt(source, index + 1);
      if (inner && repeated) return true;
      repeats = (outer.pop() ?? false) || inner || repeated;
    } else if (repeatsAt(source, index)) repeats = true;
  }
  return false;
}
