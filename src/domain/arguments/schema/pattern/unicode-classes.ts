// Unicode property classes (`\p{L}`, `\p{Script=Latin}`, `\P{Lu}`) made concrete for the string generator, which
// reads `\p` as the letter p: each becomes the characters of a small pool the real RegExp puts in the class.
// The generator keeps only the characters of its range (printable ASCII) in a class, so the characters beyond it
// that stood in are named for the caller to add to that range. What it makes is still checked with the real pattern.

/** What a value is mostly made of: printable ASCII and a few accented Latin letters and currency signs. */
const EVERYDAY = `${Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('')}áéíóúñçüöÁÉÑ€£`;
/** Looked at only for a class none of the everyday characters is in (other scripts, marks, controls, ...). */
const RARER = 'αβγδΑΒΓΔабвгдАБВГД中文字日本あいうえおアイウエオ한국어عربيעבריתहनदไทย\u0300\u0301\u0308ǅʰª٣Ⅻ½²«»–—¿¡©°¥\u00a0\u2028\u2029\t\n\u200b\ue000\u0378';
const MAX_NAME_LENGTH = 64;
const MAX_REMEMBERED = 256;

// Keyed by the property as a schema writes it (client data): bounded, cleared when full.
const remembered = new Map<string, string | undefined>();

const escaped = (chars: readonly string[]): string => chars.map((char) => ('\\]-^['.includes(char) ? `\\${char}` : char)).join('');

/** The pool characters `\p{name}` (or `\P{name}` when `negated`) matches, escaped for a class; undefined if none or not a property. */
function propertyChars(name: string, options: { negated: boolean }): string | undefined {
  const key = `${options.negated ? 'P' : 'p'}${name}`;
  if (remembered.has(key)) return remembered.get(key);
  let chars: string | undefined;
  if (name.length <= MAX_NAME_LENGTH) {
    try {
      const property = new RegExp(`^\\${key.slice(0, 1)}{${name}}$`, 'u');
      const inPool = (pool: string): string[] => [...pool].filter((char) => property.test(char));
      const found = inPool(EVERYDAY);
      const all = found.length > 0 ? found : inPool(RARER);
      chars = all.length > 0 ? escaped(all) : undefined;
    } catch {
      chars = undefined;
    }
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, chars);
  return chars;
}

/** A pattern for the generator, and the characters beyond printable ASCII it may now hold. */
export interface ConcreteClasses { source: string; beyondAscii: string }

/** `source` with each `\p{…}`/`\P{…}` it has replaced by concrete characters (a class of them outside a class). */
export function withConcreteUnicodeClasses(source: string): ConcreteClasses {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return { source, beyondAscii: '' };
  let out = '';
  let beyondAscii = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (char === '\\') {
      const kind = source[index + 1];
      const close = (kind === 'p' || kind === 'P') && source[index + 2] === '{' ? source.indexOf('}', index + 3) : -1;
      const chars = close < 0 ? undefined : propertyChars(source.slice(index + 3, close), { negated: kind === 'P' });
      if (chars !== undefined) {
        out += inClass ? chars : `[${chars}]`;
        beyondAscii += chars.replace(/[ -~]/g, '');
        index = close;
      } else {
        out += source.slice(index, index + 2);
        index += 1;
      }
      continue;
    }
    if (inClass) inClass = char !== ']';
    else inClass = char === '[';
    out += char;
  }
  return { source: out, beyondAscii };
}
