// Whole numbers as the messages write them, with a comma between groups of three digits (1,000,000), as en-US
// does, but without Intl: the process's first Intl call loads its locale data (about 9 ms), and messages built
// when a module loads would pay it at every start-up.

/** `n` (a non-negative integer) with its digits grouped by threes: 100000 → '100,000'. */
export function groupDigits(n: number): string {
  const digits = String(n);
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${out}` : `${digits.slice(0, end)}${out}`;
  return out;
}
