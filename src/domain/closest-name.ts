// The known names nearest to a mistyped one (`respnd` → `respond`, `sesionLimit` → `sessionLimit`): at most two
// edits away, case aside; none when nothing is that near. Only the edits near the diagonal are counted, and a
// name whose length differs by more than two is not compared: a long unknown name against many known ones
// costs a few steps per character, not the product of the lengths.
const MAX_EDITS = 2;

/** The nearest name, the first of equally near ones. */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_EDITS + 1;
  for (const { name, distance } of near(word, candidates)) {
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Up to `limit` names, nearest first, equally near ones in alphabetical order (whatever order they come in). */
export function closestNames(word: string, candidates: readonly string[], limit = 5): string[] {
  const found = [...near(word, candidates)].sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return found.slice(0, limit).map((entry) => entry.name);
}

function* near(word: string, candidates: readonly string[]): Generator<{ name: string; distance: number }> {
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(word.length - candidate.length) > MAX_EDITS) continue;
    const distance = boundedDistance(lower, candidate.toLowerCase());
    if (distance <= MAX_EDITS) yield { name: candidate, distance };
  }
}

/** Levenshtein distance when it is at most MAX_EDITS, else more: only the band around the diagonal is filled. */
function boundedDistance(a: string, b: string): number {
  const far = MAX_EDITS + 1;
  let previous = Array.from({ length: b.length + 2 }, (_, j) => (j <= MAX_EDITS ? j : far));
  let row = new Array<number>(b.length + 2).fill(far);
  for (let i = 1; i <= a.length; i += 1) {
    const low = Math.max(1, i - MAX_EDITS);
    const high = Math.min(b.length, i + MAX_EDITS);
    row[low - 1] = low === 1 ? Math.min(i, far) : far;
    let best = row[low - 1]!;
    for (let j = low; j <= high; j += 1) {
      const cost = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, cost, far);
      if (row[j]! < best) best = row[j]!;
    }
    row[high + 1] = far;
    if (best >= far) return far;
    [previous, row] = [row, previous];
  }
  return previous[b.length]!;
}
