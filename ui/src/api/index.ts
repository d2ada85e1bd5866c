// The only module that talks to the Rust side: one typed function per Tauri command.
// Every failure is rethrown as an ApiError carrying the backend's kind, message and field.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { ActResult } from '../bindings/ActResult';
import type { AppError } from '../bindings/AppError';
import type { AppSetup } from '../bindings/AppSetup';
import type { BackupProgress } from '../bindings/BackupProgress';
import type { BackupReport } from '../bindings/BackupReport';
import type { PreparedRestore } from '../bindings/PreparedRestore';
import type { CheckInput } from '../bindings/CheckInput';
import type { DisownedPaperParaf } from '../bindings/DisownedPaperParaf';
import type { DocumentRequest } from '../bindings/DocumentRequest';
import type { EvidenceKind } from '../bindings/EvidenceKind';
import type { FirstRun } from '../bindings/FirstRun';
import type { Groups } from '../bindings/Groups';
import type { JobProgress } from '../bindings/JobProgress';
import type { Initials } from '../bindings/Initials';
import type { ListPage } from '../bindings/ListPage';
import type { ListQuery } from '../bindings/ListQuery';
import type { NewRelease } from '../bindings/NewRelease';
import type { NewsType } from '../bindings/NewsType';
import type { NewUser } from '../bindings/NewUser';
import type { Office } from '../bindings/Office';
import type { PaperParafInput } from '../bindings/PaperParafInput';
import type { PaperParafToConfirm } from '../bindings/PaperParafToConfirm';
import type { PaperReviewInput } from '../bindings/PaperReviewInput';
import type { ParafInput } from '../bindings/ParafInput';
import type { Period } from '../bindings/Period';
import type { PublishedRow } from '../bindings/PublishedRow';
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { CheckBatchInput } from '../bindings/CheckBatchInput';
import type { CheckFilter } from '../bindings/CheckFilter';
import type { CheckItem } from '../bindings/CheckItem';
import type { FieldError } from '../bindings/FieldError';
import type { RevokeInput } from '../bindings/RevokeInput';
import type { SaveReport } from '../bindings/SaveReport';
import type { SavedOriginal } from '../bindings/SavedOriginal';
import type { SopReport } from '../bindings/SopReport';
import type { StagedFile } from '../bindings/StagedFile';
import type { Lang } from '../bindings/Lang';
import type { User } from '../bindings/User';
import type { VerifyReport } from '../bindings/VerifyReport';
import type { PrintedHead } from '../bindings/PrintedHead';
import { t } from '../lib/i18n.svelte';

/** An error from the backend (or from the IPC itself), with its message in Indonesian. */
export class ApiError extends Error {
  readonly kind: string;
  readonly field: string | undefined;
  /** Every wrong field, in the form's order, when several are wrong (`field` is the first). */
  readonly fields: FieldError[];

  constructor(kind: string, message: string, field?: string, fields?: FieldError[]) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.field = field;
    this.fields = fields ?? (field ? [{ field, message }] : []);
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && typeof v.message === 'string';
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isAppError(err)) return new ApiError(err.kind, err.message, err.field ?? undefined, err.fields ?? undefined);
  const detail = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const message = detail
    ? t('terjadi-gangguan-saat-menghubungi-aplikasi', { detail })
    : t('terjadi-gangguan-saat-menghubungi-aplikasi-2');
  return new ApiError('io', message);
}

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (err) {
    throw toApiError(err);
  }
}

export function getSetup(): Promise<AppSetup> {
  return call('get_setup');
}

export function setupOffice(input: FirstRun): Promise<AppSetup> {
  return call('setup_office', { input });
}

export function updateOffice(office: Office): Promise<Office> {
  return call('update_office', { office });
}

export function addUser(input: NewUser): Promise<User> {
  return call('add_user', { input });
}

export function setUserActive(id: number, active: boolean): Promise<User> {
  return call('set_user_active', { id, active });
}

export function addNewsType(name: string): Promise<NewsType> {
  return call('add_news_type', { name });
}

export function setNewsTypeActive(id: number, active: boolean): Promise<void> {
  return call('set_news_type_active', { id, active });
}

/** Signs a user in with their PIN; every write needs a signed-in user. */
export function signIn(userId: number, pin: string): Promise<User> {
  return call('sign_in', { userId, pin });
}

export function signOut(): Promise<void> {
  return call('sign_out');
}

/** The sign-in screen's switch: the language of this window's messages from the backend. */
export function setLang(lang: Lang): Promise<void> {
  return call('set_lang', { lang });
}

/** The signed-in user's language, kept for the next sign-in. */
export function setUserLang(lang: Lang): Promise<User> {
  return call('set_user_lang', { lang });
}

/** Admin only: sets a user's PIN (and lifts a lock). */
export function resetPin(id: number, pin: string): Promise<void> {
  return call('reset_pin', { id, pin });
}

/** Sends one file's bytes to be checked, thumbnailed and staged. */
export async function stageFile(file: File, field = 'evidence'): Promise<StagedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ApiError('io', t('berkas-tidak-dapat-dibaca', { name: file.name }), field);
  }
  try {
    return await invoke<StagedFile>('stage_file', bytes, {
      headers: { 'x-file-name': encodeURIComponent(file.name) },
    });
  } catch (err) {
    throw toApiError(err);
  }
}

export function registerRelease(input: NewRelease): Promise<ReleaseDetail> {
  return call('register_release', { input });
}

export function listReleases(query: ListQuery): Promise<ListPage> {
  return call('list_releases', { query });
}

/** The release id when `text` is an exact agenda or letter number, else null. */
export function findExact(text: string): Promise<string | null> {
  return call('find_exact', { text });
}

export function getRelease(key: string): Promise<ReleaseDetail> {
  return call('get_release', { key });
}

export function verify(checkFiles: boolean): Promise<VerifyReport> {
  return call('verify', { checkFiles });
}

/** Tells the app benchmark that the UI reached a point (once per name); a no-op otherwise. */
const benchMarks = new Set<string>();
export function benchMark(what: string): void {
  if (benchMarks.has(what)) return;
  benchMarks.add(what);
  call('bench_mark', { what }).catch(() => undefined);
}

/** The Kasi's check: complete sends the release to the Kadis, otherwise it is returned. */
export function checkRelease(input: CheckInput): Promise<ReleaseDetail> {
  return call('check_release', { input });
}

/** The Kasi's check of several releases at once: all of them, or none with every reason. */
export function checkReleases(input: CheckBatchInput): Promise<ActResult> {
  return call('check_releases', { input });
}

/** The releases waiting for the Kasi's check, through the queue's filters. */
export function checkQueue(filter: CheckFilter): Promise<CheckItem[]> {
  return call('check_queue', { filter });
}

/** The Kadis's deciding paraf or the Kabid's co-paraf, on one release or a batch. */
export function parafReleases(input: ParafInput): Promise<ActResult> {
  return call('paraf_releases', { input });
}

/** The Kasi records a paraf written on paper, with the scan of the initialed page. */
export function recordPaperParaf(input: PaperParafInput): Promise<ActResult> {
  return call('record_paper_paraf', { input });
}

/** The paper parafs recorded in the signed-in Kadis's or Kabid's name, not yet confirmed. */
export function paperParafsToConfirm(): Promise<PaperParafToConfirm[]> {
  return call('paper_parafs_to_confirm');
}

/** The official confirms a paper paraf recorded in their name (PIN). */
export function confirmPaperParaf(input: PaperReviewInput): Promise<ActResult> {
  return call('confirm_paper_paraf', { input });
}

/** The official says a paper paraf recorded in their name is not theirs (PIN and reason). */
export function disownPaperParaf(input: PaperReviewInput): Promise<ActResult> {
  return call('disown_paper_paraf', { input });
}

/** Paper parafs disowned by their official, on releases still waiting: the Kasi's to correct. */
export function disownedPaperParafs(): Promise<DisownedPaperParaf[]> {
  return call('disowned_paper_parafs');
}

/** The Kadis takes back the paraf of a release, with a reason. */
export function revokeParaf(input: RevokeInput): Promise<ActResult> {
  return call('revoke_paraf', { input });
}

export function saveInitials(pin: string, initials: Initials): Promise<void> {
  return call('save_initials', { pin, initials });
}

export function parafGroups(): Promise<Groups> {
  return call('paraf_groups');
}

// ---------- documents (release sheet, labels, folder labels, calibration, Daftar Arsip) ----------

/** A document as PDF bytes, for the in-app preview. */
export function renderDocument(
  request: DocumentRequest,
  job: string,
  onProgress: (p: JobProgress) => void,
): Promise<ArrayBuffer> {
  const channel = new Channel<JobProgress>();
  channel.onmessage = onProgress;
  return call('render_document', { request, job, onProgress: channel });
}

/** Stops the job `job` (a document being rendered); false when it had already finished. */
export function cancelJob(job: string): Promise<boolean> {
  return call('cancel_job', { job });
}

/** Asks where to save the document (system dialog); the saved path, or null when cancelled. */
export function saveDocument(request: DocumentRequest): Promise<string | null> {
  return call('save_document', { request });
}

/** Opens the document in the system PDF viewer, to print it. */
export function openDocument(request: DocumentRequest): Promise<void> {
  return call('open_document', { request });
}

/** `http://127.0.0.1:<port>/<token>` of the app's video server (see lib/media.ts). */
export function mediaBase(): Promise<string> {
  return call('media_base');
}

/** Saves one original through the system save dialog; null when cancelled. */
export function saveEvidence(key: string, sha256: string): Promise<SavedOriginal | null> {
  return call('save_evidence', { key, sha256 });
}

/** Saves every original of a release (or those of `kind`) into a folder the user picks. */
export function saveAllEvidence(key: string, kind: EvidenceKind | null = null): Promise<SaveReport | null> {
  return call('save_all_evidence', { key, kind });
}

// ---------- reports ----------

export function sopTimeReport(year: number, month: number | null): Promise<SopReport> {
  return call('sop_time_report', { year, month });
}

export function publishedReport(period: Period): Promise<PublishedRow[]> {
  return call('published_report', { period });
}

/** Asks where to save the agenda of `period` as CSV or XLSX; the path, or null when cancelled. */
export function exportAgenda(period: Period, format: 'csv' | 'xlsx'): Promise<string | null> {
  return call('export_agenda', { period, format });
}

/**
 * Pengaturan → Cadangan: the backend asks for the destination through the system's save
 * dialog (the page never names a path) and reports progress; null when the user cancels.
 */
export function backupData(
  onProgress: (progress: BackupProgress) => void,
): Promise<BackupReport | null> {
  const channel = new Channel<BackupProgress>();
  channel.onmessage = onProgress;
  return call('backup_data', { onProgress: channel });
}

/** Pulihkan: the open dialog (in Rust) picks the backup; `null` when the user cancels. */
export function prepareRestore(
  onProgress: (progress: BackupProgress) => void,
): Promise<PreparedRestore | null> {
  const channel = new Channel<BackupProgress>();
  channel.onmessage = onProgress;
  return call('prepare_restore', { onProgress: channel });
}

/** Restarts the app so that a prepared restore takes the data folder's place. */
export function restartApp(): Promise<void> {
  return call('restart_app', {});
}

export function setUserRank(id: number, rank: string): Promise<User> {
  return call('set_user_rank', { id, rank });
}

/** Where a head printed on a ledger sits in the audit chain; null when it is not in it. */
export function findPrintedHead(head: string): Promise<PrintedHead | null> {
  return call('find_printed_head', { head });
}
