// The known name nearest to a mistyped one (`respnd` → `respond`, `sesionLimit` → `sessionLimit`): at most two
// edits away, case aside, the first of equally near ones; none when nothing is that near. A name whose length
// differs by more than that is not compared: a long unknown key costs no more than a short one.
const MAX_EDITS = 2;

export function closestName(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_EDITS + 1;
  for (const candidate of candidates) {
    if (Math.abs(word.length - candidate.length) > MAX_EDITS) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) { best = candidate; bestDistance = distance; }
  }
  return best;
}

/** Levenshtein distance, one row at a time (names are short). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
