// The archive by the national rules: the classification scheme (codes with retention and
// security), a release's code, the files (berkas) and their items, the retention lists, and
// which roles open a terbatas or rahasia release.
import type { AccessRule } from '../bindings/AccessRule';
import type { Berkas } from '../bindings/Berkas';
import type { BerkasDetail } from '../bindings/BerkasDetail';
import type { BerkasInput } from '../bindings/BerkasInput';
import type { BerkasItem } from '../bindings/BerkasItem';
import type { ClassCode } from '../bindings/ClassCode';
import type { ClassifyInput } from '../bindings/ClassifyInput';
import type { DisposalInput } from '../bindings/DisposalInput';
import type { DueKind } from '../bindings/DueKind';
import type { ImportReport } from '../bindings/ImportReport';
import type { ReleaseClass } from '../bindings/ReleaseClass';
import type { Suggestion } from '../bindings/Suggestion';
import { call } from './index';

export function listClassCodes(): Promise<ClassCode[]> {
  return call('list_class_codes');
}

/** The office's own scheme from its CSV text: all lines or none. */
export function importClassCodes(csv: string): Promise<ImportReport> {
  return call('import_class_codes', { csv });
}

export function classSuggestions(): Promise<Suggestion[]> {
  return call('class_suggestions');
}

export function setClassSuggestion(newsTypeId: number, code: string): Promise<void> {
  return call('set_class_suggestion', { newsTypeId, code });
}

export function releaseClass(id: string): Promise<ReleaseClass> {
  return call('release_class', { id });
}

/** Changes a release's code or its own security marking while its file is open. */
export function classifyRelease(input: ClassifyInput): Promise<ReleaseClass> {
  return call('classify_release', { input });
}

export function openBerkas(input: BerkasInput): Promise<Berkas> {
  return call('open_berkas', { input });
}

/** Closes a file at the end of its period (`YYYY-MM-DD`; today when null). */
export function closeBerkas(number: string, periodEnd: string | null): Promise<Berkas> {
  return call('close_berkas', { number, periodEnd });
}

/** Records a closed file's move or final disposition as carried out, with its berita acara. */
export function recordDisposal(input: DisposalInput): Promise<Berkas> {
  return call('record_disposal', { input });
}

/** Adds an archived release (its id, agenda or archive number) to an open file. */
export function addToBerkas(number: string, releaseId: string): Promise<BerkasItem> {
  return call('add_to_berkas', { number, releaseId });
}

export function listBerkas(year: number | null): Promise<Berkas[]> {
  return call('list_berkas', { year });
}

export function getBerkas(number: string): Promise<BerkasDetail> {
  return call('get_berkas', { number });
}

export function retentionDue(year: number, kind: DueKind): Promise<Berkas[]> {
  return call('retention_due', { year, kind });
}

export function accessSetting(): Promise<AccessRule[]> {
  return call('access_setting');
}

export function setAccess(rule: AccessRule): Promise<AccessRule> {
  return call('set_access', { rule });
}

/** Saves a list of `year` as XLSX through the save dialog; the path, or null when cancelled. */
export function exportArchiveList(
  year: number,
  list: 'daftar_berkas' | 'isi_berkas' | 'retensi',
  due: DueKind | null,
): Promise<string | null> {
  return call('export_archive_list', { year, list, due });
}
