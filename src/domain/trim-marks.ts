// Dropping the marks a word or clause of client text starts or ends with ("2.3.1." → "2.3.1", "(a)" → "a"), in one
// pass. A regex anchored at the end (`/[.!?]+$/`) retries from every mark of a long run and takes time quadratic in
// it: 100,000 dots after a release name took 5 s.

const SPACE = /\s/u;

/** The text without the characters of `marks` it ends with; with `spaces`, white space of any kind (`\s`) as well. */
export function trimEndOf(text: string, marks: string, options: { spaces?: boolean } = {}): string {
  let end = text.length;
  while (end > 0) {
    const char = text.charAt(end - 1);
    if (!marks.includes(char) && !(options.spaces === true && SPACE.test(char))) break;
    end -= 1;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** The text without the characters of `marks` it starts with. */
export function trimStartOf(text: string, marks: string): string {
  let start = 0;
  while (start < text.length && marks.includes(text.charAt(start))) start += 1;
  return start === 0 ? text : text.slice(start);
}
