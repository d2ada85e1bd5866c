// URLs of stored files served by the backend's `pd:` scheme: 320px thumbnails and full images.
import { convertFileSrc } from '@tauri-apps/api/core';

/** The 320px JPEG thumbnail of a stored or staged file. */
export function thumbUrl(sha: string): string {
  return convertFileSrc('thumb/' + sha, 'pd');
}

/** The full image (images only). */
export function fileUrl(sha: string): string {
  return convertFileSrc('file/' + sha, 'pd');
}

export function isImage(mime: string): boolean {
  return mime.startsWith('image/');
}

export function isVideo(mime: string): boolean {
  return mime.startsWith('video/');
}

export function isPdf(mime: string): boolean {
  return mime === 'application/pdf';
}
