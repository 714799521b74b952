// One request opened: its facts, the body pretty-printed with a validation error pinned to its JSON path, the
// answer (JSON, or a stream's events with their timeline) and the copy buttons. Every text goes in as text.
import * as api from './api.js';
import { curlCommand } from './copy.js';
import { scenarioRule } from './rule.js';
import { h, replace } from './dom.js';
import { answeredBy, closedByClient, formatDuration, formatTime, statusOf } from './format.js';
import { jsonBlock, parsePath } from './json-view.js';
import { timelineView } from './timeline.js';

const REFRESH_MS = 500;

export class RequestDetail {
  constructor({ panel, body, onClose }) {
    this.panel = panel;
    this.body = body;
    this.onClose = onClose;
    this.id = null;
    this.timer = 0;
  }

  async open(id) {
    clearTimeout(this.timer);
    this.id = id;
    this.panel.hidden = false;
    document.body.classList.add('detail-open');
    replace(this.body, h('p', { class: 'muted' }, 'Loading…'));
    await this.load(id, { focus: true });
  }

  close() {
    clearTimeout(this.timer);
    this.id = null;
    this.panel.hidden = true;
    document.body.classList.remove('detail-open');
    this.onClose();
  }

  async load(id, { focus }) {
    let entry;
    try {
      entry = await api.entry(id);
    } catch (error) {
      if (this.id === id) replace(this.body, h('p', { class: 'problem' }, error.status === 404 ? `Request ${id} is no longer in the journal.` : error.message));
      return;
    }
    if (this.id !== id) return;
    // A refresh keeps the stream's events the user opened.
    const opened = focus ? [] : openedEvents(this.body);
    replace(this.body, ...render(entry));
    reopenEvents(this.body, opened);
    const heading = this.body.querySelector('h2');
    if (focus && heading) heading.focus();
    // A stream still being written, or an answer still waiting: shown again until it is done.
    if (entry.durationMs === null) this.timer = setTimeout(() => this.load(id, { focus: false }), REFRESH_MS);
  }
}

/** The rows of the stream's timeline whose event is opened. */
function openedEvents(body) {
  return [...body.querySelectorAll('.timeline tbody tr')].flatMap((row, index) => (row.querySelector('details[open]') ? [index] : []));
}

function reopenEvents(body, indexes) {
  const rows = body.querySelectorAll('.timeline tbody tr');
  for (const index of indexes) {
    const details = rows[index]?.querySelector('details');
    if (details) details.open = true;
  }
}

function render(entry) {
  const headerAtFault = entry.error?.param && Object.hasOwn(entry.headers, entry.error.param) ? entry.error.param : null;
  const note = entry.error ? `${entry.error.code}: ${entry.error.message}` : null;
  const body = jsonBlock(entry.body, { param: headerAtFault ? null : entry.error?.param ?? null, note });
  const status = statusOf(entry);
  return [
    h('h2', { tabindex: '-1' }, h('span', { class: 'code', 'data-class': status.class }, status.text), ` ${entry.method} ${entry.path}`),
    facts(entry),
    entry.error ? errorBanner(entry, body, headerAtFault) : null,
    h('h3', {}, 'Request headers'),
    headerTable(entry.headers, headerAtFault),
    h('h3', {}, `Request body (${entry.bodyBytes} bytes)`),
    body.element,
    h('h3', {}, entry.stream ? 'Answer: stream' : 'Answer'),
    entry.stream ? timelineView(entry.stream) : entry.answer === '' ? h('p', { class: 'muted' }, noAnswer(entry)) : jsonBlock(entry.answer).element,
    copyButtons(entry),
  ];
}

function noAnswer(entry) {
  if (closedByClient(entry)) return 'None: the client closed the connection before its answer was due.';
  return entry.status === null ? 'Not answered yet.' : 'No body.';
}

function facts(entry) {
  const rows = [
    ['Time', `${formatTime(entry.time)} (${entry.time})`],
    ['Session', entry.session],
    ['Transport', entry.transport === 'websocket' ? 'WebSocket' : entry.stream ? 'HTTP, server-sent events' : 'HTTP'],
    ['Provider', entry.provider ?? '—'],
    ['Model', entry.model ?? '—'],
    ['Duration', formatDuration(entry.durationMs)],
    ['Answered by', answeredBy(entry)],
  ];
  const list = h('dl', { class: 'facts' }, rows.map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]));
  const why = whyOf(entry);
  if (why) list.append(h('dt', {}, 'Why'), h('dd', { class: 'why' }, why));
  return list;
}

/** The scenario's miss, the engine's reason, and the candidate tools with their scores and what each came from. */
function whyOf(entry) {
  const explanation = entry.engine?.explanation;
  if (!explanation || typeof explanation !== 'object') return null;
  const lines = [explanation.scenario, explanation.reason].filter((line) => typeof line === 'string').map((line) => h('div', {}, line));
  const ranked = Array.isArray(explanation.ranked) ? explanation.ranked : [];
  if (ranked.length > 0) {
    lines.push(h('ul', { class: 'matches', 'aria-label': 'Tools matching the prompt, best first' }, ranked.map((match) =>
      h('li', {}, h('code', {}, String(match.tool)), ` score ${match.score}`, Array.isArray(match.why) && match.why.length > 0 ? ` — ${match.why.join('; ')}` : ''))));
  }
  return lines;
}

function errorBanner(entry, body, headerAtFault) {
  const { param } = entry.error;
  const where = param === null ? 'the request as a whole' : headerAtFault ? `header ${param}` : param;
  const banner = h('div', { class: 'error-banner', role: 'alert' },
    h('strong', {}, entry.error.code), ` at ${where}: `, entry.error.message);
  const located = body.located;
  if (located && located.missing.length > 0 && param !== null) {
    banner.append(h('div', { class: 'muted' }, located.found.length > 0
      ? `Not in the body past ${located.found.join('.')}: ${located.missing.join('.')} (marked: the nearest part that is).`
      : `No ${parsePath(param)[0]} in the body.`));
  }
  if (body.mark) banner.append(' ', h('button', { type: 'button', onclick: () => body.mark.scrollIntoView({ block: 'center' }) }, 'Show in body'));
  return banner;
}

function headerTable(headers, atFault) {
  const names = Object.keys(headers).sort();
  if (names.length === 0) return h('p', { class: 'muted' }, 'None kept.');
  return h('table', { class: 'headers' }, h('tbody', {}, names.map((name) => h('tr', { class: name === atFault ? 'at-fault' : null },
    h('th', { scope: 'row' }, name), h('td', {}, headers[name])))));
}

function copyButtons(entry) {
  const output = h('pre', { class: 'copy-output', hidden: true, tabindex: '0' });
  const status = h('p', { class: 'copy-status', role: 'status' });
  const show = async (made, what) => {
    if (!made.ok) {
      output.hidden = true;
      status.textContent = made.reason;
      return;
    }
    output.hidden = false;
    output.textContent = made.text;
    status.textContent = (await copyText(made.text, output)) ? `${what} copied.` : `${what} below: select it and copy.`;
  };
  return h('div', { class: 'copy' },
    h('h3', {}, 'Copy'),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', id: 'copy-curl', onclick: () => {
        const made = curlCommand(entry, location.origin);
        return show(made.ok ? { ok: true, text: made.command } : made, 'The curl command');
      } }, 'Copy as curl'),
      h('button', { type: 'button', id: 'copy-rule', onclick: () => show(scenarioRule(entry), 'The scenario (PUT it to /__mock/scenarios/<name>)') }, 'Copy as scenario rule')),
    status,
    output);
}

/** The clipboard where the page may use it; otherwise the text is selected for the user to copy. */
async function copyText(text, shown) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(shown);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return false;
  }
}
