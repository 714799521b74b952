// One row of the request list: made once, then refilled with whichever entry scrolls into its place.
import { h, visible } from './dom.js';
import { answeredBy, formatDuration, formatTime, statusOf } from './format.js';

const CELLS = ['time', 'transport', 'path', 'model', 'code', 'answered', 'duration'];

export function makeRow(onClick) {
  const cells = CELLS.map((name) => h('span', { class: `cell ${name}` }));
  const row = h('div', { class: 'row', role: 'option', onclick: onClick }, cells);
  row.cells = cells;
  return row;
}

export function fillRow(row, entry) {
  row.entryId = entry.id;
  row.id = `row-${entry.id}`;
  const [time, transport, path, model, code, answered, duration] = row.cells;
  time.textContent = formatTime(entry.time);
  transport.textContent = entry.transport === 'websocket' ? 'ws' : entry.stream ? 'sse' : 'http';
  path.textContent = visible(`${entry.method} ${entry.path}`);
  path.title = visible(`${entry.provider ?? ''} · session ${entry.session}`);
  model.textContent = visible(entry.model ?? '—');
  const status = statusOf(entry);
  code.textContent = status.text;
  code.dataset.class = status.class;
  answered.textContent = visible(answeredBy(entry));
  duration.textContent = formatDuration(entry.durationMs);
}
