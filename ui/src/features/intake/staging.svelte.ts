// The evidence files of the intake form: sent to stage_file at most two at a time, with the
// refused ones kept as dismissable errors and repeated content kept once.
import { ApiError, stageFile } from '../../api';
import type { EvidenceInput } from '../../bindings/EvidenceInput';
import type { EvidenceKind } from '../../bindings/EvidenceKind';
import type { StagedFile } from '../../bindings/StagedFile';
import { t } from '../../lib/i18n.svelte';

const PARALLEL = 2;

export type StageItem = {
  id: number;
  name: string;
  state: 'pending' | 'working' | 'done' | 'error';
  staged: StagedFile | null;
  kind: EvidenceKind;
  error: string | null;
};

export type StageNote = { id: number; text: string };

export class Staging {
  items = $state<StageItem[]>([]);
  notes = $state<StageNote[]>([]);
  batchTotal = $state(0);
  batchDone = $state(0);

  private files = new Map<number, File>();
  private running = 0;
  private nextId = 1;
  private generation = 0;

  busy = $derived(this.items.some((i) => i.state === 'pending' || i.state === 'working'));
  ready = $derived(this.items.filter((i) => i.state === 'done' && i.staged !== null));
  failed = $derived(this.items.filter((i) => i.state === 'error'));

  add(files: Iterable<File>) {
    for (const file of files) {
      const id = this.nextId++;
      this.files.set(id, file);
      this.items.push({ id, name: file.name, state: 'pending', staged: null, kind: 'photo', error: null });
      this.batchTotal += 1;
    }
    this.pump();
  }

  private pump() {
    while (this.running < PARALLEL) {
      const next = this.items.find((i) => i.state === 'pending');
      if (!next) return;
      next.state = 'working';
      this.running += 1;
      void this.stage(next.id, this.generation);
    }
  }

  private async stage(id: number, generation: number) {
    const file = this.files.get(id);
    let staged: StagedFile | null = null;
    let error: string | null = null;
    try {
      if (!file) throw new ApiError('io', t('berkas-tidak-ditemukan'));
      staged = await stageFile(file);
    } catch (err) {
      error = err instanceof Error ? err.message : t('berkas-tidak-dapat-diproses');
    }
    this.files.delete(id);
    if (generation !== this.generation) return;
    this.running -= 1;
    this.batchDone += 1;
    const item = this.items.find((i) => i.id === id);
    if (item) this.settle(item, staged, error);
    if (this.batchDone >= this.batchTotal) {
      this.batchDone = 0;
      this.batchTotal = 0;
    }
    this.pump();
  }

  private settle(item: StageItem, staged: StagedFile | null, error: string | null) {
    if (!staged) {
      item.state = 'error';
      item.error = error;
      return;
    }
    const same = this.items.find((i) => i.id !== item.id && i.staged?.sha256 === staged.sha256);
    if (same) {
      this.items = this.items.filter((i) => i.id !== item.id);
      const text = same.name === staged.name
        ? t('berkas-sudah-ada-dalam-daftar', { name: staged.name })
        : t('berkas-sama-isinya-dengan-disimpan', { name: staged.name, name2: same.name });
      this.notes.push({ id: item.id, text });
      return;
    }
    item.staged = staged;
    item.kind = staged.kind;
    item.state = 'done';
  }

  remove(id: number) {
    this.items = this.items.filter((i) => i.id !== id);
  }

  dismissNote(id: number) {
    this.notes = this.notes.filter((n) => n.id !== id);
  }

  /** The evidence list of NewRelease, in the order the files were added. */
  evidence(): EvidenceInput[] {
    return this.ready.map((i) => ({ sha256: i.staged!.sha256, kind: i.kind, name: i.staged!.name }));
  }

  reset() {
    this.generation += 1;
    this.items = [];
    this.notes = [];
    this.files.clear();
    this.running = 0;
    this.batchDone = 0;
    this.batchTotal = 0;
  }
}
