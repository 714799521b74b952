// A streamed answer as the journal kept it: when each event was written (time since the request arrived, the
// gap before it), time to first event, the longest gap, how the stream ended; each event's data on demand.
import { h } from './dom.js';
import { formatDuration } from './format.js';

/** Rows drawn at first; the rest on request (a long stream has thousands of deltas). */
const FIRST_ROWS = 300;

export function timelineView(stream) {
  const events = stream.steps.filter((step) => step.type !== ':' && step.type !== '[DONE]');
  const first = events[0];
  let longest = { gap: 0, index: -1 };
  stream.steps.forEach((step, index) => {
    const gap = index === 0 ? step.at : step.at - stream.steps[index - 1].at;
    if (index > 0 && gap > longest.gap) longest = { gap, index };
  });
  const summary = [
    `${events.length} event(s)${stream.omitted > 0 ? ` kept, ${stream.omitted} more not kept (raise --journal-body-limit)` : ''}`,
    `first event at ${first ? formatDuration(first.at) : '—'}`,
    longest.index > 0 ? `longest gap ${formatDuration(longest.gap)} (before #${longest.index})` : null,
    `ended: ${stream.end ?? 'still streaming'}`,
  ].filter(Boolean).join(' · ');
  const body = h('tbody');
  const table = h('table', { class: 'timeline' },
    h('thead', {}, h('tr', {}, ['#', 'at', 'gap', 'event', 'data'].map((name) => h('th', { scope: 'col' }, name)))),
    body);
  const draw = (from, to) => {
    for (let index = from; index < to; index += 1) body.append(row(stream.steps, index));
  };
  draw(0, Math.min(FIRST_ROWS, stream.steps.length));
  const more = stream.steps.length > FIRST_ROWS
    ? h('button', { type: 'button', onclick: (event) => {
      draw(FIRST_ROWS, stream.steps.length);
      event.currentTarget.remove();
    } }, `Show all ${stream.steps.length} steps`)
    : null;
  return h('div', { class: 'stream' }, h('p', { class: 'timeline-summary' }, summary), h('div', { class: 'table-scroll' }, table), more);
}

function row(steps, index) {
  const step = steps[index];
  const gap = index === 0 ? step.at : step.at - steps[index - 1].at;
  const data = step.data === '' ? h('span', { class: 'muted' }, step.type === ':' ? 'keep-alive' : '') : dataCell(step.data);
  return h('tr', {},
    h('td', { class: 'num' }, String(index)),
    h('td', { class: 'num' }, formatDuration(step.at)),
    h('td', { class: 'num' }, `+${formatDuration(gap)}`),
    h('td', { class: 'event-type' }, step.type),
    h('td', {}, data));
}

/** What an event says, in short: its delta, the item it opens or closes, or the response's status. */
function preview(data) {
  let event;
  try {
    event = JSON.parse(data);
  } catch {
    return data.slice(0, 200);
  }
  const said = event.delta ?? event.text ?? event.arguments;
  if (typeof said === 'string') return JSON.stringify(said);
  const item = event.item ?? event.part;
  if (item && typeof item === 'object') return [item.type, item.name, item.status].filter(Boolean).join(' ');
  if (event.response && typeof event.response === 'object') return `response ${event.response.status ?? ''}`.trim();
  return data.slice(0, 200);
}

/** The event in short on one line; the whole of it pretty-printed when opened. */
function dataCell(data) {
  const details = h('details', {}, h('summary', {}, preview(data)));
  details.addEventListener('toggle', () => {
    if (!details.open || details.childElementCount > 1) return;
    let pretty = data;
    try {
      pretty = JSON.stringify(JSON.parse(data), null, 2);
    } catch {
      // Cut by the journal's limit: shown as kept.
    }
    details.append(h('pre', { class: 'json' }, pretty));
  });
  return details;
}
