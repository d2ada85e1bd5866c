// The only module that talks to the Rust side: one typed function per Tauri command.
// Every failure is rethrown as an ApiError carrying the backend's kind, message and field.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from '../bindings/AppError';
import type { AppSetup } from '../bindings/AppSetup';
import type { FirstRun } from '../bindings/FirstRun';
import type { ListPage } from '../bindings/ListPage';
import type { ListQuery } from '../bindings/ListQuery';
import type { NewRelease } from '../bindings/NewRelease';
import type { NewsType } from '../bindings/NewsType';
import type { NewUser } from '../bindings/NewUser';
import type { Office } from '../bindings/Office';
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { StagedFile } from '../bindings/StagedFile';
import type { User } from '../bindings/User';
import type { VerifyReport } from '../bindings/VerifyReport';

/** An error from the backend (or from the IPC itself), with its message in Indonesian. */
export class ApiError extends Error {
  readonly kind: string;
  readonly field: string | undefined;

  constructor(kind: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.field = field;
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && typeof v.message === 'string';
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isAppError(err)) return new ApiError(err.kind, err.message, err.field ?? undefined);
  const detail = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const message = detail
    ? `Terjadi gangguan saat menghubungi aplikasi: ${detail}`
    : 'Terjadi gangguan saat menghubungi aplikasi. Silakan coba lagi.';
  return new ApiError('io', message);
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
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

/** Sends one file's bytes to be checked, thumbnailed and staged. */
export async function stageFile(file: File): Promise<StagedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ApiError('io', `Berkas «${file.name}» tidak dapat dibaca.`, 'evidence');
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
