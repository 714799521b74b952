// Dropping the marks a word or clause of client text starts or ends with ("2.3.1." → "2.3.1", "(a)" → "a"), in one
// pass. A regex anchored at the end (`/[.!?]+$/`) retries from every mark of a long run and takes time quadratic in
// it: 100,000 dots after a release name took 5 s.

/** The text without the characters of `marks` it ends with. */
export function trimEndOf(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** The text without the characters of `marks` it starts with. */
export function trimStartOf(text: string, marks: string): string {
  let start = 0;
  while (start < text.length && marks.includes(text.charAt(start))) start += 1;
  return start === 0 ? text : text.slice(start);
}
