// Steps 4 and 5 on the Rust side: where a release went online, archive numbers, folders and
// the filing index, and the filing set-up the office keeps (label stocks, printer offsets).
import { call } from './index';
import type { ArchiveInput } from '../bindings/ArchiveInput';
import type { ArchiveResult } from '../bindings/ArchiveResult';
import type { ArchiveSeries } from '../bindings/ArchiveSeries';
import type { FolderInfo } from '../bindings/FolderInfo';
import type { IndexFolder } from '../bindings/IndexFolder';
import type { LabelSetup } from '../bindings/LabelSetup';
import type { LabelStock } from '../bindings/LabelStock';
import type { NewFolder } from '../bindings/NewFolder';
import type { PrintOffset } from '../bindings/PrintOffset';
import type { PublishInput } from '../bindings/PublishInput';
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { SeriesInput } from '../bindings/SeriesInput';
import type { Site } from '../bindings/Site';

// ---------- step 4: publication ----------

export function listSites(): Promise<Site[]> {
  return call('list_sites');
}

/** Admin only: a website releases are published on. */
export function addSite(name: string): Promise<Site> {
  return call('add_site', { name });
}

/** Admin only: takes a website out of the operator's choices, or back in. */
export function setSiteActive(id: number, active: boolean): Promise<Site> {
  return call('set_site_active', { id, active });
}

/** The Operator records where and when a release went online; the first moves it to Published. */
export function recordPublication(input: PublishInput): Promise<ReleaseDetail> {
  return call('record_publication', { input });
}

/** The Operator marks an approved release as not going online, with a reason. */
export function markNotPublished(releaseId: string, reason: string): Promise<ReleaseDetail> {
  return call('mark_not_published', { releaseId, reason });
}

// ---------- step 5: archive numbers and filing ----------

export function listSeries(): Promise<ArchiveSeries[]> {
  return call('list_series');
}

export function updateSeries(input: SeriesInput): Promise<ArchiveSeries> {
  return call('update_series', { input });
}

export function listFolders(): Promise<FolderInfo[]> {
  return call('list_folders');
}

export function addFolder(input: NewFolder): Promise<FolderInfo> {
  return call('add_folder', { input });
}

/** The Arsiparis numbers and files one release. */
export function archiveRelease(input: ArchiveInput): Promise<ArchiveResult> {
  return call('archive_release', { input });
}

/** Voids an archive number with a reason; the release goes back to its earlier state. */
export function voidArchiveNo(number: string, reason: string): Promise<void> {
  return call('void_archive_no', { number, reason });
}

/** Files an archived release in another folder (its number stays). */
export function moveRelease(releaseId: string, folder: string): Promise<ArchiveResult> {
  return call('move_release', { releaseId, folder });
}

/** Every archive number of a year, by cabinet, drawer and folder. */
export function filingIndex(year: number): Promise<IndexFolder[]> {
  return call('filing_index', { year });
}

/** The built-in label stocks (sizes in mm). */
export function listStocks(): Promise<LabelStock[]> {
  return call('list_stocks');
}

// Filing set-up kept in the store (issue 13): folders closed and reopened, label stocks and
// printer offsets, a user's rank, a printed audit-chain head checked against the chain.

export function setFolderClosed(code: string, closed: boolean, reason: string): Promise<FolderInfo> {
  return call('set_folder_closed', { code, closed, reason });
}

/** The Avery stocks, the office's own stocks and every printer's saved shift. */
export function labelSetup(): Promise<LabelSetup> {
  return call('label_setup');
}

export function saveLabelStock(stock: LabelStock): Promise<LabelSetup> {
  return call('save_label_stock', { stock });
}

export function removeLabelStock(name: string): Promise<LabelSetup> {
  return call('remove_label_stock', { name });
}

export function savePrintOffset(input: PrintOffset): Promise<PrintOffset> {
  return call('save_print_offset', { input });
}
