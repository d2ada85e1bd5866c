// The agenda list's filters and loaded rows, kept while the user opens a release and comes
// back. Rows arrive by keyset paging (next_cursor); stale answers are dropped.
import { tick } from 'svelte';
import { benchMark, listReleases } from '../../api';
import type { ListQuery } from '../../bindings/ListQuery';
import type { ReleaseSummary } from '../../bindings/ReleaseSummary';
import type { Status } from '../../bindings/Status';

const PAGE = 100;

class AgendaList {
  search = $state('');
  status = $state<Status | null>(null);
  year = $state<number | null>(null);
  month = $state<number | null>(null);
  typeId = $state<number | null>(null);

  rows = $state.raw<ReleaseSummary[]>([]);
  total = $state(0);
  nextCursor = $state<string | null>(null);
  loading = $state(false);
  loaded = $state(false);
  error = $state<string | null>(null);
  /** Bumped on every fresh first page, so the table starts again at the top. */
  generation = $state(0);

  /** app.dataVersion at the last reload, and the scroll position to restore. */
  version = -1;
  scrollTop = 0;
  private token = 0;

  filtered = $derived(
    this.search.trim() !== '' || this.status !== null || this.year !== null || this.typeId !== null,
  );

  private query(cursor: string | null): ListQuery {
    const search = this.search.trim();
    return {
      status: this.status,
      year: this.year,
      month: this.year !== null ? this.month : null,
      news_type_id: this.typeId,
      checked: null,
      waiting_act: null,
      search: search === '' ? null : search,
      cursor,
      limit: PAGE,
    };
  }

  async reload(version: number) {
    const token = ++this.token;
    this.version = version;
    this.loading = true;
    this.error = null;
    try {
      const page = await listReleases(this.query(null));
      if (token !== this.token) return;
      this.rows = page.rows;
      this.total = page.total;
      this.nextCursor = page.next_cursor;
      this.scrollTop = 0;
      this.generation += 1;
      this.loaded = true;
      void tick().then(() => benchMark('agenda'));
    } catch (err) {
      if (token !== this.token) return;
      this.error = (err as Error).message;
    } finally {
      if (token === this.token) this.loading = false;
    }
  }

  /** Records changed (at another desk, on the office's server) while the list is shown: the
   *  rows loaded are read again in place, the scroll position and the filters kept. */
  async refresh(version: number) {
    const token = ++this.token;
    this.version = version;
    try {
      const limit = Math.min(Math.max(PAGE, this.rows.length), 500);
      const page = await listReleases({ ...this.query(null), limit });
      if (token !== this.token) return;
      this.rows = page.rows;
      this.total = page.total;
      this.nextCursor = page.next_cursor;
    } catch {
      // The rows shown stay; the next reload or change tries again.
    }
  }

  async loadMore() {
    const cursor = this.nextCursor;
    if (!cursor || this.loading) return;
    const token = this.token;
    this.loading = true;
    try {
      const page = await listReleases(this.query(cursor));
      if (token !== this.token) return;
      this.rows = this.rows.concat(page.rows);
      this.total = page.total;
      this.nextCursor = page.next_cursor;
    } catch (err) {
      if (token !== this.token) return;
      this.error = (err as Error).message;
    } finally {
      if (token === this.token) this.loading = false;
    }
  }

  clearFilters() {
    this.search = '';
    this.status = null;
    this.year = null;
    this.month = null;
    this.typeId = null;
  }
}

export const agenda = new AgendaList();
