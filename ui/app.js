// The inspector page: two views (requests, scenarios) chosen by the URL's hash, the request list with its
// filters, the opened request, and the keys: arrows or j/k through rows, Enter opens, Esc closes.
import { RequestDetail } from './detail.js';
import { byId } from './dom.js';
import { RequestList } from './list.js';
import { ScenariosView } from './scenarios.js';

const list = new RequestList({
  scroller: byId('list'),
  canvas: byId('rows'),
  status: byId('live'),
  onOpen: (id) => {
    if (location.hash !== `#/requests/${id}`) history.pushState(null, '', `#/requests/${id}`);
    void detail.open(id);
  },
});
const detail = new RequestDetail({
  panel: byId('detail'),
  body: byId('detail-body'),
  onClose: () => byId('list').focus(),
});
const scenarios = new ScenariosView({ root: byId('scenarios-view'), onReset: () => void list.reload() });

document.querySelector('form.filters').addEventListener('submit', (event) => event.preventDefault());
for (const name of ['session', 'path', 'status', 'scenario']) {
  const input = byId(`filter-${name}`);
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => list.setFilters({ [name]: input.value }), 80);
  });
}

byId('detail-close').addEventListener('click', () => closeDetail());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !byId('detail').hidden) {
    event.preventDefault();
    closeDetail();
  } else if (document.activeElement === document.body && byId('detail').hidden && !byId('requests-view').hidden) {
    // Nothing has the focus (the page just opened, or a click on no control): the keys go to the list.
    list.onKey(event);
    if (event.defaultPrevented) byId('list').focus();
  }
});

function closeDetail() {
  if (location.hash.startsWith('#/requests/')) history.pushState(null, '', '#/requests');
  detail.close();
}

/** `#/requests`, `#/requests/<id>` or `#/scenarios`. */
function route() {
  const [, view = 'requests', id] = location.hash.split('/');
  const showScenarios = view === 'scenarios';
  byId('requests-view').hidden = showScenarios;
  byId('scenarios-view').hidden = !showScenarios;
  for (const tab of document.querySelectorAll('[role=tab]')) tab.setAttribute('aria-selected', String(tab.dataset.view === (showScenarios ? 'scenarios' : 'requests')));
  if (showScenarios) {
    if (!byId('detail').hidden) detail.close();
    void scenarios.refresh();
  } else if (id !== undefined && /^\d+$/.test(id)) {
    list.selectedId = Number(id);
    void detail.open(Number(id));
  } else if (!byId('detail').hidden) detail.close();
}

window.addEventListener('popstate', route);
window.addEventListener('hashchange', route);
route();
list.start().catch((error) => {
  byId('live').textContent = error.status === 401
    ? 'The admin API needs its token: open this page as /__mock/ui?token=<the --admin-token value>.'
    : `Cannot read the journal: ${error.message}`;
});
