// How a journal summary reads in the list (pure, no DOM): times, durations, what answered, the filters, and
// where polling resumes.

export function formatTime(iso) {
  const date = new Date(iso);
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

export function formatDuration(ms) {
  if (ms === null || ms === undefined) return '…';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** The status shown: the code sent, `closed` when the client left before its answer was due, or `…` while answering. */
export function statusOf(entry) {
  if (entry.status !== null) return { text: String(entry.status), class: `s${String(entry.status)[0]}` };
  if (closedByClient(entry)) return { text: 'closed', class: 'closed' };
  return { text: '…', class: 'pending' };
}

/** A request whose client went away before its answer was due (a rule's latencyMs): nothing was sent. */
export function closedByClient(entry) {
  return entry.status === null && entry.error?.code === 'client_closed';
}

/** `scenario › rule`, `engine → get_weather`, or the refusal's code; a rule the client left before is marked so. */
export function answeredBy(entry) {
  if (entry.rule) {
    const turn = entry.rule.turn === undefined ? '' : ` (turn ${entry.rule.turn})`;
    const rule = `${entry.scenario ?? '?'} › ${entry.rule.name ?? `rule ${entry.rule.index + 1}`}${turn}`;
    return closedByClient(entry) ? `${rule}: client closed first` : rule;
  }
  if (entry.error) return entry.scenario ? `${entry.scenario}: ${entry.error.code}` : `refused: ${entry.error.code}`;
  if (entry.engine) return `engine → ${entry.engine.tools.length > 0 ? entry.engine.tools.join(', ') : 'text'}`;
  if (entry.upstream) return `upstream ${entry.upstream} (recording)`;
  return entry.status === null ? 'answering…' : '—';
}

/**
 * Filters, each a case-insensitive substring unless said otherwise: session, path (or provider), status (`200`,
 * `4xx`, `!200`, `pending`, `closed`), scenario (or rule name; `engine` for the rule-based engine, `upstream` for a recording proxy's).
 */
export function matchesFilters(entry, filters) {
  if (filters.session && !contains(entry.session, filters.session)) return false;
  if (filters.path && !contains(`${entry.method} ${entry.path} ${entry.provider ?? ''}`, filters.path)) return false;
  if (filters.status && !statusMatches(entry, filters.status.trim())) return false;
  if (filters.scenario) {
    const text = `${entry.scenario ?? ''} ${entry.rule?.name ?? ''} ${entry.engine ? 'engine' : ''} ${entry.upstream ? 'upstream' : ''}`;
    if (!contains(text, filters.scenario)) return false;
  }
  return true;
}

function statusMatches(entry, wanted) {
  const { status } = entry;
  if (wanted.startsWith('!')) return !statusMatches(entry, wanted.slice(1));
  if (wanted === 'closed') return closedByClient(entry);
  if (wanted === 'pending') return status === null && !closedByClient(entry);
  if (status === null) return false;
  if (/^[1-5]xx$/i.test(wanted)) return Math.floor(status / 100) === Number(wanted[0]);
  return String(status) === wanted;
}

function contains(text, wanted) {
  return String(text).toLowerCase().includes(wanted.trim().toLowerCase());
}

/**
 * The id to poll the feed after: the newest seen, or just before the oldest entry still being answered that
 * arrived `since` (a time) or later, looking back `window` ids at most. `entries` newest first.
 */
export function pollStart(entries, { newestId, window, since }) {
  let from = newestId;
  for (const entry of entries) {
    if (entry.id <= newestId - window) break;
    if (entry.durationMs === null && Date.parse(entry.time) >= since) from = Math.min(from, entry.id - 1);
  }
  return from;
}
