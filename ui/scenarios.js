// The scenarios view: the loaded scenarios in the fixture format, each session's progress through them (with
// a reset), and a form that loads or replaces a scenario from pasted YAML or JSON, showing the API's problems.
import * as api from './api.js';
import { h, replace } from './dom.js';
import { formatTime } from './format.js';

const EXAMPLE = `rules:
  - name: call the tool
    match: { message: weather, tools: [get_weather] }
    respond:
      calls:
        - name: get_weather
          arguments: { city: Paris }
  - match: { afterToolOutput: get_weather }
    respond:
      text: It is sunny in Paris.`;

export class ScenariosView {
  constructor({ root, onReset }) {
    this.root = root;
    this.onReset = onReset;
    this.list = h('div', { class: 'scenario-list' });
    this.sessions = h('div', { class: 'sessions' });
    this.name = h('input', { id: 'scenario-name', name: 'name', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}', autocomplete: 'off', spellcheck: 'false' });
    this.text = h('textarea', { id: 'scenario-text', name: 'text', rows: '12', spellcheck: 'false', placeholder: EXAMPLE });
    this.result = h('div', { class: 'load-result', role: 'status' });
    const form = h('form', { class: 'load', onsubmit: (event) => {
      event.preventDefault();
      void this.load();
    } },
    h('label', { for: 'scenario-name' }, 'Name'), this.name,
    h('label', { for: 'scenario-text' }, 'Scenario (YAML or JSON: description?, rules)'), this.text,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'scenario-load' }, 'Load or replace')),
    this.result);
    replace(root,
      h('section', {}, h('h2', {}, 'Load a scenario'), form),
      h('section', {}, h('h2', {}, 'Sessions'), this.sessions),
      h('section', {}, h('h2', {}, 'Loaded scenarios'), this.list));
  }

  async refresh() {
    await Promise.all([this.showScenarios(), this.showSessions()]);
  }

  async showScenarios() {
    try {
      const { scenarios } = await api.scenarios();
      const names = Object.keys(scenarios).sort();
      replace(this.list, names.length === 0 ? h('p', { class: 'muted' }, 'None loaded.') : names.map((name) => scenarioItem(name, scenarios[name], this)));
    } catch (error) {
      replace(this.list, h('p', { class: 'problem' }, error.message));
    }
  }

  async showSessions() {
    try {
      const { sessions } = await api.sessions();
      if (sessions.length === 0) return replace(this.sessions, h('p', { class: 'muted' }, 'No session yet: one starts with its first request.'));
      replace(this.sessions, h('div', { class: 'table-scroll' }, h('table', { class: 'session-table' },
        h('thead', {}, h('tr', {}, ['Session', 'Default scenario', 'Progress', 'Requests', 'Last used', ''].map((name) => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, sessions.map((session) => this.sessionRow(session))))));
    } catch (error) {
      replace(this.sessions, h('p', { class: 'problem' }, error.message));
    }
  }

  sessionRow(session) {
    const progress = Object.entries(session.progress).map(([name, p]) => {
      const used = p.uses.filter((uses) => uses > 0).length;
      return h('div', {}, `${name}: turn ${p.turn}, ${used} of ${p.uses.length} rule(s) used`);
    });
    const reset = h('button', { type: 'button', class: 'reset', onclick: async () => {
      reset.disabled = true;
      try {
        await api.resetSession(session.id);
        await this.showSessions();
        this.onReset();
      } catch (error) {
        reset.disabled = false;
        reset.title = error.message;
      }
    } }, 'Reset');
    reset.setAttribute('aria-label', `Reset session ${session.id}`);
    return h('tr', {},
      h('th', { scope: 'row' }, session.id),
      h('td', {}, session.scenario ?? '—'),
      h('td', {}, progress.length > 0 ? progress : '—'),
      h('td', { class: 'num' }, String(session.journalEntries)),
      h('td', {}, formatTime(session.lastUsed)),
      h('td', {}, reset));
  }

  async load() {
    const name = this.name.value.trim();
    replace(this.result, 'Loading…');
    try {
      const loaded = await api.putScenario(name, this.text.value);
      replace(this.result, h('p', { class: 'ok' }, `Scenario '${name}' loaded: ${loaded.rules.length} rule(s). Requests use it with x-mock-scenario: ${name}.`));
      await this.showScenarios();
    } catch (error) {
      const problems = error.body?.error?.problems ?? [];
      replace(this.result, h('p', { class: 'problem' }, error.message), problems.length > 0 ? h('ul', { class: 'problems' }, problems.map((problem) => h('li', {}, problem))) : null);
    }
  }

  edit(name, scenario) {
    this.name.value = name;
    this.text.value = JSON.stringify(scenario, null, 2);
    this.text.focus();
  }
}

function scenarioItem(name, scenario, view) {
  const rules = scenario.rules?.length ?? 0;
  const text = JSON.stringify({ scenarios: { [name]: scenario } }, null, 2);
  const remove = h('button', { type: 'button', onclick: async () => {
    try {
      await api.deleteScenario(name);
      await view.showScenarios();
    } catch (error) {
      remove.title = error.message;
    }
  } }, 'Delete');
  return h('details', { class: 'scenario' },
    h('summary', {}, h('strong', {}, name), ` — ${rules} rule(s)${scenario.description ? `: ${scenario.description}` : ''}`),
    h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => view.edit(name, scenario) }, 'Edit'), remove),
    h('pre', { class: 'json', tabindex: '0' }, text));
}
