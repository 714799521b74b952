// The request list: the journal entries the page holds (every session's), newest first, filtered, and
// virtualised — only the rows in view exist, recycled as the list scrolls. Kept live by polling the journal
// forward from the newest id seen; new rows above keep the user's place and selection.
import * as api from './api.js';
import { matchesFilters, pollStart } from './format.js';
import { fillRow, makeRow } from './row.js';

/** Summaries per request to the feed. */
const PAGE = 2000;
/** Summaries held by the page; older ones are fetched again on demand. */
const HOLD = 20000;
const POLL_MS = 500;
/** Rows rendered beyond the visible ones, each side. */
const OVERSCAN = 8;
/** An entry still being answered is refreshed while this young. */
const PENDING_MS = 120_000;

export class RequestList {
  constructor({ scroller, canvas, status, onOpen }) {
    this.scroller = scroller;
    this.canvas = canvas;
    this.status = status;
    this.onOpen = onOpen;
    /** Newest first. */
    this.entries = [];
    this.byId = new Map();
    /** The entries that pass the filters, newest first. */
    this.shown = [];
    this.filters = { session: '', path: '', status: '', scenario: '' };
    this.selectedId = null;
    this.newestId = 0;
    this.cleared = 0;
    this.exhausted = false;
    this.pool = [];
    this.rowHeight = 0;
    this.frame = 0;
    this.loading = null;
    scroller.addEventListener('scroll', () => this.schedule(), { passive: true });
    scroller.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('resize', () => {
      this.rowHeight = 0;
      this.schedule();
    });
  }

  async start() {
    await this.reload();
    this.poll();
  }

  /** Forgets what the page holds and loads the newest entries again (after a reset, say). */
  async reload() {
    const page = await api.feed({ limit: PAGE });
    this.entries = [];
    this.byId.clear();
    this.exhausted = page.requests.length < PAGE;
    this.newestId = page.newestId;
    this.cleared = page.cleared;
    this.append(page.requests);
    this.refilter();
    void this.fillOlder();
  }

  setFilters(filters) {
    this.filters = { ...this.filters, ...filters };
    this.refilter();
  }

  /** Older entries, a page at a time, until the page holds HOLD of them or there are no more. */
  async fillOlder() {
    while (!this.exhausted && this.entries.length < HOLD) await this.loadOlder();
  }

  /** One page of entries older than the oldest held (one request at a time). */
  loadOlder() {
    this.loading ??= this.fetchOlder().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Older entries go below the ones held, so nothing in view moves. */
  async fetchOlder() {
    const oldest = this.entries.at(-1);
    if (!oldest) {
      this.exhausted = true;
      return;
    }
    const page = await api.feed({ before: oldest.id, limit: PAGE });
    this.exhausted = page.requests.length < PAGE;
    this.append(page.requests);
    for (const entry of page.requests) if (matchesFilters(entry, this.filters)) this.shown.push(entry);
    this.showCount();
    this.schedule();
  }

  append(summaries) {
    for (const entry of summaries) {
      if (this.byId.has(entry.id)) continue;
      this.byId.set(entry.id, entry);
      this.entries.push(entry);
    }
  }

  async poll() {
    let again = POLL_MS;
    try {
      const from = this.pollFrom();
      const page = await api.feed({ after: from, limit: PAGE });
      // A reset (from a test, say) or a dropped session took entries the page holds: it reads them again.
      if (page.newestId < this.newestId || page.cleared !== this.cleared) await this.reload();
      else this.merge(page.requests, page.newestId);
      if (page.requests.length === PAGE) again = 0;
      this.status.textContent = '';
    } catch (error) {
      this.status.textContent = `Not updating: ${error.message}`;
      again = POLL_MS * 4;
    }
    // A hidden tab polls slowly.
    setTimeout(() => this.poll(), document.hidden ? Math.max(again, 5000) : again);
  }

  pollFrom() {
    return pollStart(this.entries, { newestId: this.newestId, window: PAGE, since: Date.now() - PENDING_MS });
  }

  /** Updated entries in place; new ones on top, the view moved down by as many rows so nothing in view moves. */
  merge(summaries, newestId) {
    const added = [];
    let changed = false;
    for (const entry of summaries) {
      const known = this.byId.get(entry.id);
      if (known) {
        if (known.durationMs !== entry.durationMs || known.status !== entry.status) {
          Object.assign(known, entry);
          changed = true;
        }
      } else {
        added.push(entry);
        this.byId.set(entry.id, entry);
      }
    }
    this.newestId = Math.max(this.newestId, newestId);
    if (added.length > 0) {
      added.sort((a, b) => b.id - a.id);
      this.entries.unshift(...added);
      const shownAdded = added.filter((entry) => matchesFilters(entry, this.filters));
      this.shown.unshift(...shownAdded);
      if (this.scroller.scrollTop > 0) this.scroller.scrollTop += shownAdded.length * this.measure();
      this.trim();
      this.showCount();
      changed = true;
    }
    if (changed) this.render(true);
  }

  trim() {
    if (this.entries.length <= HOLD) return;
    for (const entry of this.entries.splice(HOLD)) this.byId.delete(entry.id);
    this.exhausted = false;
    this.refilter();
  }

  refilter() {
    this.shown = this.entries.filter((entry) => matchesFilters(entry, this.filters));
    this.showCount();
    this.render(true);
  }

  showCount() {
    const held = this.entries.length;
    const count = this.shown.length === held ? `${held} requests` : `${this.shown.length} of ${held} requests`;
    this.scroller.setAttribute('aria-label', `Requests: ${count}`);
    document.getElementById('count').textContent = count + (this.exhausted ? '' : ' (older ones load as you scroll)');
  }

  measure() {
    if (this.rowHeight === 0) this.rowHeight = parseFloat(getComputedStyle(this.scroller).getPropertyValue('--row-h')) || 30;
    return this.rowHeight;
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render(false);
    });
  }

  /** Lays out the rows in view; `all` redraws their texts even if the same entries stay in place. */
  render(all) {
    const rowHeight = this.measure();
    this.canvas.style.height = `${this.shown.length * rowHeight}px`;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / rowHeight) - OVERSCAN);
    const last = Math.min(this.shown.length, Math.ceil((this.scroller.scrollTop + this.scroller.clientHeight) / rowHeight) + OVERSCAN);
    while (this.pool.length < last - first) this.pool.push(this.makeRow());
    for (let slot = 0; slot < this.pool.length; slot += 1) {
      const row = this.pool[slot];
      const entry = this.shown[first + slot];
      if (first + slot >= last || !entry) {
        row.hidden = true;
        continue;
      }
      row.hidden = false;
      row.style.transform = `translateY(${(first + slot) * rowHeight}px)`;
      if (all || row.entryId !== entry.id) fillRow(row, entry);
      const selected = entry.id === this.selectedId;
      row.setAttribute('aria-selected', String(selected));
    }
    this.scroller.setAttribute('aria-activedescendant', this.selectedId !== null && this.indexOf(this.selectedId) >= 0 ? `row-${this.selectedId}` : '');
    // Near the end: fetch older entries.
    if (last >= this.shown.length - OVERSCAN && !this.exhausted && this.entries.length >= HOLD) void this.loadOlder();
  }

  makeRow() {
    const row = makeRow(() => this.open(row.entryId));
    this.canvas.append(row);
    return row;
  }

  indexOf(id) {
    return this.shown.findIndex((entry) => entry.id === id);
  }

  select(index) {
    const entry = this.shown[Math.max(0, Math.min(this.shown.length - 1, index))];
    if (!entry) return;
    this.selectedId = entry.id;
    const rowHeight = this.measure();
    const top = this.indexOf(entry.id) * rowHeight;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + rowHeight > this.scroller.scrollTop + this.scroller.clientHeight) this.scroller.scrollTop = top + rowHeight - this.scroller.clientHeight;
    this.render(false);
  }

  open(id) {
    this.selectedId = id;
    this.render(false);
    this.onOpen(id);
  }

  onKey(event) {
    const current = this.selectedId === null ? -1 : this.indexOf(this.selectedId);
    const page = Math.max(1, Math.floor(this.scroller.clientHeight / this.measure()) - 1);
    const moves = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: page, PageUp: -page };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key in moves) this.select(current + moves[event.key]);
    else if (event.key === 'Home') this.select(0);
    else if (event.key === 'End') this.select(this.shown.length - 1);
    else if (event.key === 'Enter' && this.selectedId !== null) this.open(this.selectedId);
    else return;
    event.preventDefault();
  }
}
